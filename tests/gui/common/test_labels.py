"""Every operation's name (core/write/operations.py) reaches the window in French: the Undo
tooltip (operation_label) and an item's history (action_label) both have a French text for it
(issue 28, point 15: "Annuler import", "submit for review" seen in the French window)."""

from __future__ import annotations

from ngo_calendar.core.write.operations import OPERATIONS
from ngo_calendar.gui.common.i18n import Translations
from ngo_calendar.gui.common.labels import action_label, operation_label, operation_labels

# Words French writes as English does.
SAME_IN_FRENCH = {"import"}


def test_every_operation_has_french_words(translations: Translations) -> None:
    assert set(operation_labels()) == OPERATIONS
    translations.install("fr")
    untranslated = [
        label
        for label in sorted(OPERATIONS)
        if (operation_label(label) == label and label not in SAME_IN_FRENCH)
        or action_label(label) == label
    ]
    assert untranslated == []
    assert operation_label("import") == "import" and action_label("import") == "Importé"
    assert operation_label("undo: edit") == "annulation — la modification"
    assert action_label("submit for review") == "Envoyé en relecture"


def test_the_english_words_read_as_english(translations: Translations) -> None:
    translations.install("en")
    assert operation_label("submit for review") == "sending to review"
    assert action_label("edit occurrence") == "One date edited"


def test_a_refusal_of_undo_names_the_operation_in_french(translations: Translations) -> None:
    """Seen in the French status bar: « edit » (made elsewhere…) where the tooltip said
    « la modification »."""
    from ngo_calendar.core.model.domain import StackMoved
    from ngo_calendar.gui.common.errors import error_text

    translations.install("fr")
    said = error_text(StackMoved("undo", "move"))
    assert "« " + operation_label("move") + " »" in said.replace("\xa0", " ")
    assert "move" not in said
