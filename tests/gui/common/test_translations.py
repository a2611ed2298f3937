"""Translations: the Linguist catalogues, the .qm built by the real lrelease, and real widgets
shown in French and in English. Every test leaves the shared QApplication untranslated."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from pytestqt.qtbot import QtBot

from ngo_calendar.app import open_workspace
from ngo_calendar.core import workspace
from ngo_calendar.gui.common import i18n
from ngo_calendar.gui.common.i18n import Translations, compiled, lrelease, ts_dir
from ngo_calendar.gui.editor.dialog import ItemEditor
from ngo_calendar.gui.settings.tabs import CampaignsTab
from ngo_calendar.gui.window.launch import WindowHost
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.helpers import REPO

TODAY = date(2026, 12, 2)
ROOT = REPO
PLACEHOLDER = re.compile(r"%L?[1-9n]|\{\w+\}")
ACCELERATOR = re.compile(r"(?<!&)&(?!&)\S")


# The main window's own texts are filed by lupdate under "MainWindow" (or under no class at all,
# for those read through `tr = self.tr`), but looked up at run time under "ItemOperations":
def catalogue(language: str) -> ET.Element:
    return ET.parse(ts_dir() / f"ngo_calendar_{language}.ts").getroot()


def messages(language: str) -> Iterator[tuple[str, ET.Element]]:
    for context in catalogue(language).iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = translation.findall("numerusform")
    return [f.text or "" for f in numerus] if numerus else [translation.text or ""]


# -- the catalogues ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_catalogue_is_well_formed_linguist_xml(language: str) -> None:
    root = catalogue(language)
    assert root.tag == "TS"
    assert root.get("language") == language
    assert sum(1 for _ in messages(language)) > 200


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_entry_is_translated(language: str) -> None:
    """French entirely; English too, whose plural forms are written out by hand."""
    open_ = [
        (context, m.findtext("source"))
        for context, m in messages(language)
        if m.find("translation").get("type") is not None  # unfinished, obsolete, vanished
        or not all(text.strip() for text in forms(m))
    ]
    assert open_ == []


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    wrong = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        for text in forms(message):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append((context, source, text))
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                wrong.append((context, source, text))
    assert wrong == []


def test_plural_entries_have_both_forms() -> None:
    for language in i18n.LANGUAGES:
        for _, message in messages(language):
            if message.get("numerus") == "yes":
                assert len(forms(message)) == 2, message.findtext("source")
    english = {m.findtext("source"): forms(m) for _, m in messages("en")}
    assert english["%n item(s) shown"] == ["%n item shown", "%n items shown"]


def test_french_typography() -> None:
    """A non-breaking space before : ; ? ! and inside « », never plain quotes."""
    wrong = [
        text
        for _, message in messages("fr")
        for text in forms(message)
        if re.search(r" [:;?!]|«\S|\S»|\"", text) or re.search(r"\S[:;?!](\s|$)", text)
    ]
    assert wrong == []


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_lrelease_finds_no_invalid_translation(language: str, tmp_path: Path) -> None:
    """Qt's own checks: accelerators, surrounding spaces, ending punctuation, place markers."""
    tool = lrelease()
    assert tool is not None
    source = ts_dir() / f"ngo_calendar_{language}.ts"
    done = subprocess.run(
        [tool, "-fail-on-invalid", str(source), "-qm", str(tmp_path / "out.qm")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_catalogue_holds_every_text_of_the_code(tmp_path: Path) -> None:
    """lupdate over the GUI code today finds nothing that the French catalogue lacks.

    When this fails: run scripts/update_translations.py, then translate the new entries."""
    import PySide6

    tool = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ngo_calendar" / "gui").rglob("*.py"))
    assert len(sources) > 50 and any("crisis" in s for s in sources)  # every wing of the window
    subprocess.run(
        [str(tool), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True
    )
    found = {
        (c.findtext("name") or "", m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    known = {(context, m.findtext("source")) for context, m in messages("fr")}
    assert sorted(found - known) == []


def test_no_text_is_outside_a_class() -> None:
    assert [m.findtext("source") for context, m in messages("fr") if not context] == []


# -- building and loading ------------------------------------------------------------------------


def test_lrelease_is_the_one_pyside6_ships() -> None:
    import PySide6

    tool = lrelease()
    assert tool is not None
    assert Path(tool).parent == Path(PySide6.__file__).parent


def test_compiled_builds_a_qm_that_qt_loads(tmp_path: Path) -> None:
    qm = compiled("fr", tmp_path)
    assert qm is not None
    assert qm.parent == tmp_path / "translations"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("ItemEditor", "In review") == "En relecture"
    assert translator.translate("ItemEditor", "Held (crisis)") == "Suspendu (crise)"
    built = qm.stat().st_mtime_ns
    assert compiled("fr", tmp_path) == qm
    assert qm.stat().st_mtime_ns == built  # up to date: not built again


def test_no_qm_for_an_unknown_language(tmp_path: Path) -> None:
    assert compiled("de", tmp_path) is None
    assert not (tmp_path / "translations").exists()


def test_built_files_go_to_the_chosen_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.CACHE_ENV, str(tmp_path / "cache"))
    assert i18n.cache_dir() == tmp_path / "cache"
    qm = compiled("en")
    assert qm is not None
    assert qm.is_relative_to(tmp_path / "cache")


def test_tests_never_build_into_the_user_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    assert i18n.cache_dir().is_relative_to(tmp_path_factory.getbasetemp())


# -- the window in each language -----------------------------------------------------------------


def build_window(qtbot: QtBot, db: Database, folder: Path) -> MainWindow:
    window = MainWindow(db, folder, today=TODAY, remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.wait_until_shown()  # past the first look: the complete month
    return window


def test_french_window_filters_views_and_editor(
    qtbot: QtBot, cdb: Database, ws_dir: Path, translations: Translations
) -> None:
    assert translations.install("fr")
    window = build_window(qtbot, cdb, ws_dir)
    bar = window.filter_bar
    assert [b.text() for b in (bar.channels, bar.campaigns, bar.statuses)] == [
        "Canaux",
        "Campagnes",
        "Statut",
    ]
    assert bar.clear_button.text() == "Effacer les filtres"
    assert window.period_label.text() == "Décembre 2026"
    window.navigation.show_view("agenda")
    assert window.wait_until_shown()
    header = window.stack.agenda.model().headerData
    assert header(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Jour"
    editor = ItemEditor(window.items.editor_context(), None, window)
    qtbot.addWidget(editor)
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert tabs == ["Général", "Texte", "Récurrence", "Pièces jointes", "Notes", "Historique"]
    assert editor.windowTitle() == "Nouvelle publication"
    assert editor.general.status_combo.itemText(2) == "En relecture"


def test_french_window_actions_and_counts(
    qtbot: QtBot, cdb: Database, ws_dir: Path, translations: Translations
) -> None:
    assert translations.install("fr")
    window = build_window(qtbot, cdb, ws_dir)
    assert window.act_undo.text() == "Annuler"
    assert window.act_redo.text() == "Rétablir"
    assert [window.view_actions[n].text() for n in ("month", "week", "agenda")] == [
        "Mois",
        "Semaine",
        "Agenda",
    ]
    assert window.counts_label.text() == "0 publication affichée · 0 idée"
    window.navigation.show_view("week")
    assert window.wait_until_shown()
    assert window.period_label.text().startswith("Semaine 49\u00a0: ")


def test_french_tooltip_of_an_item(
    qtbot: QtBot, cdb: Database, ws_dir: Path, translations: Translations
) -> None:
    from ngo_calendar.core.items import edit as items
    from ngo_calendar.core.model.domain import AllDay, ItemDraft
    from ngo_calendar.gui.common.chips import occurrence_tooltip

    draft = ItemDraft(title="Gala", channels=["Facebook"], start=AllDay(TODAY), rrule="FREQ=DAILY")
    items.create_item(cdb, draft)
    assert translations.install("fr")
    window = build_window(qtbot, cdb, ws_dir)
    tooltip = occurrence_tooltip(window.shown[0], window.tz)
    assert "Canaux\u00a0: Facebook" in tooltip
    assert "Statut\u00a0: Brouillon" in tooltip
    assert "Se répète" in tooltip


def test_english_plurals(qtbot: QtBot, translations: Translations) -> None:
    assert translations.install("en")
    tab = CampaignsTab({7: 1, 8: 2})
    qtbot.addWidget(tab)
    assert tab.removal_note(7, "Gala") == (
        'Removing "Gala" leaves its 1 item in the calendar, without a campaign.'
    )
    assert "leaves its 2 items in" in (tab.removal_note(8, "Gala") or "")
    translations.install("fr")
    assert tab.removal_note(8, "Gala") == (
        "Supprimer «\u00a0Gala\u00a0»\u00a0: 2 publications restent dans le calendrier, "
        "sans campagne."
    )


def test_english_plurals_in_the_status_bar(
    qtbot: QtBot, cdb: Database, ws_dir: Path, translations: Translations
) -> None:
    from ngo_calendar.core.items import edit as items
    from ngo_calendar.core.model.domain import AllDay, ItemDraft

    items.create_item(cdb, ItemDraft(title="Gala", channels=["Facebook"], start=AllDay(TODAY)))
    assert translations.install("en")
    window = build_window(qtbot, cdb, ws_dir)
    assert window.counts_label.text() == "1 item shown · 0 ideas"


def test_language_changed_in_the_settings_rebuilds_the_window_in_english(
    qtbot: QtBot,
    cdb: Database,
    ws_dir: Path,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    translations.install("fr")
    host = WindowHost(cdb, ws_dir, translations)
    host.open()
    french = host.window
    assert french is not None
    assert french.filter_bar.channels.text() == "Canaux"

    def choose_english(dialog) -> bool:  # noqa: ANN001 - the real SettingsDialog
        assert dialog.windowTitle() == "Paramètres de l’espace de travail"
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return True

    monkeypatch.setattr(french, "run_settings", choose_english)
    assert french.open_settings()  # emits languageChanged: the host switches
    english = host.window
    assert english is not None and english is not french
    qtbot.addWidget(english)
    assert translations.language == "en"
    assert workspace.settings(cdb).language == "en"
    assert english.filter_bar.channels.text() == "Channels"
    assert english.filter_bar.clear_button.text() == "Clear filters"
    assert english.act_undo.text() == "Undo"
    assert not french.isVisible()


def test_switch_language_back_to_french(
    qtbot: QtBot, cdb: Database, ws_dir: Path, translations: Translations
) -> None:
    translations.install("en")
    host = WindowHost(cdb, ws_dir, translations)
    host.open()
    host.switch_language("fr")
    assert host.window is not None
    qtbot.addWidget(host.window)
    assert host.window.filter_bar.audiences.text() == "Publics"


def test_unknown_language_falls_back_to_french(translations: Translations) -> None:
    assert translations.install("de")
    assert translations.language == "fr"
    assert QLocale().language() == QLocale.Language.French


# -- the language a new workspace starts with ----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"), [("en_US.UTF-8", "en"), ("fr_FR.UTF-8", "fr"), ("C", "fr")]
)
def test_new_workspace_takes_the_system_language(
    lang: str,
    expected: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    translations: Translations,
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", lang)
    db = open_workspace(tmp_path / "workspace")
    try:
        language = workspace.settings(db).language
    finally:
        db.close()
    assert language == expected
    assert translations.install(language)  # what the launcher does with it
    assert QLocale().language() == (
        QLocale.Language.English if expected == "en" else QLocale.Language.French
    )


def test_switching_language_moves_nothing_and_uses_one_locale(
    qtbot: QtBot, cdb: Database, ws_dir: Path, translations: Translations
) -> None:
    """Issue 13: switching to English showed "12/2/26" in the date box beside "30 Nov"
    headings, 12-hour times in the views beside 24-hour ones in the editor, went back to today
    and moved the window."""
    from datetime import date, datetime

    from PySide6.QtCore import QLocale

    from ngo_calendar.core.items import edit as items
    from ngo_calendar.core.model.domain import ItemDraft, Timed
    from ngo_calendar.gui.common.chips import when_long

    items.create_item(cdb, ItemDraft("Soir", channels=["Facebook"],
                                     start=Timed(datetime(2027, 3, 10, 18, 30))))  # fmt: skip
    translations.install("fr")
    host = WindowHost(cdb, ws_dir, translations)
    host.open()
    french = host.window
    assert french is not None
    french.navigation.show_view("week")
    assert french.wait_until_shown()
    french.navigation.go_to(date(2027, 3, 10))
    assert french.wait_until_shown()
    french.setGeometry(120, 80, 1200, 800)
    place = french.geometry()
    host.switch_language("en")
    english = host.window
    assert english is not None and english is not french
    qtbot.addWidget(english)
    assert english.wait_until_shown()
    assert (english.navigation.view_name, english.navigation.anchor) == ("week", date(2027, 3, 10))
    assert english.geometry() == place
    assert english.date_edit.text() == "10/03/2027"  # day, month, four-digit year
    [occ] = [o for o in english.shown if o.title == "Soir"]
    assert when_long(occ, english.tz, QLocale()).endswith("18:30")  # not 6:30 PM
    # The week's hour labels and blocks: 24-hour too.
    assert english.stack.week._time_text(datetime(2027, 3, 10, 18, 30)) == "18:30"


def test_french_crisis_banner_tab_and_plan(
    qtbot: QtBot, cdb: Database, ws_dir: Path, translations: Translations
) -> None:
    from datetime import UTC, datetime

    from ngo_calendar.core.crisis import apply as crisis_apply
    from ngo_calendar.core.crisis import propose as crisis
    from ngo_calendar.core.crisis.plan import Crisis
    from ngo_calendar.core.items import edit as items
    from ngo_calendar.core.model.domain import ItemDraft, Timed
    from ngo_calendar.gui.crisis.dialog import CrisisDialog

    assert translations.install("fr")
    draft = ItemDraft("Soirée jeux", channels=["Facebook"], start=Timed(datetime(2026, 12, 9, 18)))
    items.create_item(cdb, draft)
    declared = Crisis("Tempête", datetime(2026, 12, 5, 7, 0, tzinfo=UTC))
    crisis_apply.start(cdb, crisis.propose(cdb, declared))
    window = build_window(qtbot, cdb, ws_dir)
    assert window.crisis.banner_label.text() == (
        "Crise «\xa0Tempête\xa0» depuis le 05/12/2026 08:00\xa0: "
        "1 élément(s) en pause jusqu'à la fin"
    )
    assert window.side.tabText(window.crisis.held_tab) == "En pause (1)"
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Crise" in menus
    dialog = CrisisDialog(window, window.crisis.active)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Terminer la crise"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "Action"
    )
    assert dialog.model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "Raison"
    )
