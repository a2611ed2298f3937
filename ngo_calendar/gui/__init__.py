"""The PySide6 window: thin views and dialogs over the core services."""

# The core's reading (and with it SQLAlchemy) is imported before Qt, whichever window module is
# imported first: PySide6 hooks every later import to read its source (shibokensupport looks
# for `from __feature__` switches), which costs 60 ms over SQLAlchemy's few hundred modules.
from ngo_calendar.core.calendar import query as _query  # noqa: F401
