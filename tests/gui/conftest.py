"""GUI tests see the window as a person does: with the English catalogue installed (plurals
such as "1 item shown" come from it), unless a test installs another language itself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ngo_calendar.gui.i18n import Translations


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    installed.install("en")
    yield installed
    installed.uninstall()
