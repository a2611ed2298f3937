"""Search across every date, in a tab beside the calendar: what is coming first, then what is
past, then the ideas (core/calendar/search.py decides the order and what matches).

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
"""

__all__ = ["panel"]
