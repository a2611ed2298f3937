"""Fixtures the tests of the window's shared parts use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ngo_calendar.gui.common.i18n import Translations


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """Installs languages on the shared application; back to the untranslated sources after."""
    locale = QLocale()
    installed = Translations(qapp)
    yield installed
    installed.uninstall()
    QLocale.setDefault(locale)
