"""The window words every reason core can give from one table keyed by its code
(gui/common/reasons.py): in English word for word as core, in French translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ngo_calendar.core.model.reasons import ENGLISH
from ngo_calendar.gui.common.i18n import Translations
from ngo_calendar.gui.common.reasons import PLACES, SOURCES, reason_text
from tests.helpers import reason_sample as sample


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    assert translations.install("fr")
    yield
    translations.uninstall()


def test_the_window_has_a_text_for_every_code_and_only_those(qapp: QApplication) -> None:
    assert set(SOURCES) == set(ENGLISH)
    for code, parts in SOURCES.items():
        assert "".join(parts).count("%") == len(PLACES.get(code, ())), code


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_in_english_the_window_says_what_core_says(qapp: QApplication, code: str) -> None:
    assert reason_text(sample(code)) == str(sample(code))


@pytest.mark.parametrize("code", sorted(set(ENGLISH) - {"crisis.given"}))
def test_in_french_every_reason_is_translated(french: None, code: str) -> None:
    shown = reason_text(sample(code))
    assert shown and shown != str(sample(code)), code
    for value in sample(code).params.values():
        assert value in shown  # its values are in the French text too
