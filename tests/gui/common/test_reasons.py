"""The window words every reason core can give from one table keyed by its code
(gui/common/reasons.py): in English word for word as core, in French translated; refusals
(core's InputError and UnreadableFile) included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ngo_calendar.core.model.reasons import ENGLISH, reason
from ngo_calendar.gui.common.i18n import Translations
from ngo_calendar.gui.common.reason_places import PLACES
from ngo_calendar.gui.common.reason_texts import CONTEXT, SOURCES
from ngo_calendar.gui.common.reasons import filled, reason_text
from tests.helpers import reason_sample as sample

# Codes whose text is only their value (a person's words, the system's message): the same in
# every language.
AS_GIVEN = {code for code, text in ENGLISH.items() if text in ("{text}", "{error}")}


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English window: its catalogue and its locale (numbers grouped 12,345)."""
    locale = QLocale()
    translations = Translations(qapp)
    assert translations.install("en")
    yield
    translations.uninstall()
    QLocale.setDefault(locale)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    translations = Translations(qapp)
    assert translations.install("fr")
    yield
    translations.uninstall()
    QLocale.setDefault(locale)


def test_the_window_has_a_text_for_every_code_and_only_those(qapp: QApplication) -> None:
    assert set(SOURCES) == set(ENGLISH)
    for code, parts in SOURCES.items():
        assert "".join(parts).count("%") == len(PLACES.get(code, ())), code
        assert code.split(".")[0] in CONTEXT, code


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_in_english_the_window_says_what_core_says(english: None, code: str) -> None:
    assert reason_text(sample(code)) == str(sample(code))


@pytest.mark.parametrize("code", sorted(set(ENGLISH) - AS_GIVEN))
def test_in_french_every_reason_is_translated(french: None, code: str) -> None:
    shown = reason_text(sample(code))
    assert shown and shown != str(sample(code)), code
    digits = shown.replace("\u202f", "").replace("\xa0", "")  # 12 345: grouped the French way
    for value in sample(code).params.values():
        if value != str(reason("rule.help")):  # a reason within is translated too
            assert value in digits  # its values are in the French text too


def test_in_french_numbers_are_grouped_and_reasons_within_translated(french: None) -> None:
    assert reason_text(reason("text.too_long", most=300, given=12345)) == (
        "saisissez au plus 300 caractères (et non 12\u202f345)"
    )
    nested = reason("import.rule", rule=reason("rule.count", most=10000, help=reason("rule.help")))
    assert reason_text(nested) == (
        "une règle de répétition que ce calendrier ne peut garder\xa0: COUNT=10\u202f000 au "
        "maximum\xa0; indiquez une règle iCalendar (RRULE) comme FREQ=WEEKLY;BYDAY=TU ou "
        "FREQ=MONTHLY;BYDAY=1MO;COUNT=6"
    )
    listed = reason("list.known", known=reason("list.none_yet"))
    assert reason_text(listed) == "noms existants\xa0: aucun pour l’instant"


def test_a_value_is_filled_in_once(qapp: QApplication) -> None:
    """A value that holds %2 (a title, a file name) is shown as it is."""
    assert filled("%1 and %2", "100%2", "x") == "100%2 and x"
    assert (
        reason_text(reason("crisis_input.gone", title="50%1 off")) == "“50%1 off” no longer exists"
    )
