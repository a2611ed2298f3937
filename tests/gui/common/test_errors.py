"""How a refusal reads in the window (gui/common/errors.py): the field, the value and the
reason in the window's language, from the refusal's code, never from core's English."""

from __future__ import annotations

from pathlib import Path

import pytest

from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import InputError, ItemDraft, UnreadableFile
from ngo_calendar.core.model.reasons import reason
from ngo_calendar.gui.common.errors import FIELDS, error_text, field_text, where_text
from ngo_calendar.gui.common.i18n import Translations
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database


def refused_title(db: Database) -> InputError:
    with pytest.raises(InputError) as refused:
        items.create_item(db, ItemDraft(title="  ", channels=["Facebook"]))
    return refused.value


def test_in_english_a_refusal_reads_as_core_words_it(
    cdb: Database, translations: Translations
) -> None:
    assert translations.install("en")
    exc = refused_title(cdb)
    assert exc.accepted == "give the item a title"  # the command line's words
    assert error_text(exc) == 'Title: "  " — give the item a title'


def test_in_french_a_refusal_reads_in_french(cdb: Database, translations: Translations) -> None:
    assert translations.install("fr")
    assert error_text(refused_title(cdb)) == 'Titre\xa0: "  " — donnez un titre à la publication'
    too_long = InputError("char_limit", 0, reason("text.range.characters", low=1, high=1000000))
    assert error_text(too_long) == (
        "Limite de caractères\xa0: 0 — indiquez de 1 à 1\u202f000\u202f000 caractères"
    )
    # A field the window named itself (already in its language) is shown as it is.
    words = InputError("Mots sensibles", "x" * 90, reason("crisis_input.word"))
    assert error_text(words).startswith("Mots sensibles\xa0: xxx")
    assert error_text(words).endswith("— un mot ou une courte expression (80 caractères au plus)")


def test_in_french_a_refused_file_says_where_in_french(translations: Translations) -> None:
    assert translations.install("fr")
    json = UnreadableFile(
        Path("plan.json"), "line 3, column 7", reason("file.not_json", error="Expecting value")
    )
    assert error_text(json) == "plan.json, ligne 3, colonne 7\xa0: pas du JSON (Expecting value)"
    missing = UnreadableFile("x.ics", "file", reason("file.missing"))
    assert error_text(missing) == "x.ics, fichier\xa0: fichier ou dossier introuvable"
    field = UnreadableFile("plan.json", "rows[2].action", reason("text.choice", choices="keep"))
    assert error_text(field) == "plan.json, rows[2].action\xa0: au choix\xa0: keep"
    assert translations.install("en")
    assert error_text(json) == str(json)  # English: what the command line prints


def test_every_field_has_a_french_name(translations: Translations) -> None:
    assert translations.install("fr")
    same = {f: field_text(f) for f in FIELDS if field_text(f) == FIELDS[f]}
    assert set(same.values()) <= {"Notes", "Version", "Association", "Validation", "Action",
                                  "Message", "Description"}  # fmt: skip
    assert field_text("unknown field") == "unknown field"
    assert where_text("byte 12") == "octet 12" and where_text("crisis.from") == "crisis.from"


@pytest.fixture
def french(translations: Translations) -> Translations:
    """French installed before the window is made (list it before `window`)."""
    assert translations.install("fr")
    return translations


def test_the_french_window_says_a_refusal_in_french(
    french: Translations, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refusal met in the French window (a review sheet named .odt) is shown in French."""
    assert window.act_undo.text() == "Annuler"  # the window is French
    sheet = window.review_sheet
    monkeypatch.setattr(sheet, "ask_sheet_path", lambda: str(tmp_path / "feuille.odt"))
    sheet.write_sheet()
    assert window.last_error == (
        f"{tmp_path / 'feuille.odt'}, nom du fichier\xa0: "
        "une feuille de relecture s’enregistre en .html ou en .pdf"
    )
    assert not (tmp_path / "feuille.odt").exists()


def test_undo_refusals_and_missing_rows_read_in_french(french: Translations) -> None:
    from ngo_calendar.core.model.domain import NotFoundError, NothingToUndo, UndoConflict
    from ngo_calendar.core.model.reasons import reason

    changed = reason("undo.changed", name=reason("undo.record.item", title="Appel"), fields="title")
    gone = reason("undo.deleted", name=reason("undo.record.channel", name="Facebook"))
    both = reason("undo.problems", first=changed, rest=gone)
    refused = UndoConflict(reason("undo.conflict.undo", label="edit", problems=both))
    assert str(refused) == (
        "cannot undo “edit”: “Appel” was changed since (title); "
        "the channel “Facebook” was deleted since"
    )
    assert error_text(refused) == (
        "impossible d’annuler «\xa0la modification\xa0»\xa0: "
        "«\xa0Appel\xa0» a été modifié depuis (titre)\xa0; "
        "le canal «\xa0Facebook\xa0» a été supprimé depuis"
    )
    assert error_text(NothingToUndo(reason("undo.nothing.redo"))) == "rien à rétablir"
    missing = NotFoundError(reason("found.item", id=42))
    assert error_text(missing) == "aucune publication n’a l’identifiant 42"
