"""Translations: `.ts` sources live in ngo_calendar/resources/translations (in git); `.qm`
files are built.

The `.qm` files are compiled with the `lrelease` that PySide6 ships, into a cache folder, when
missing or out of date; so a fresh clone needs no extra build step. The folder is
`$NGO_CALENDAR_CACHE_DIR` when set (tests, packagers), else the user cache. A packager may also
ship ready `.qm` files next to the `.ts` ones: they are used when at least as new as their source.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("fr", "en")
CACHE_ENV = "NGO_CALENDAR_CACHE_DIR"

log = logging.getLogger(__name__)


def ts_dir() -> Path:
    return Path(str(resources.files("ngo_calendar.resources"))) / "translations"


def cache_dir() -> Path:
    """Where built files go: $NGO_CALENDAR_CACHE_DIR, else the user cache."""
    chosen = os.environ.get(CACHE_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_cache_dir("ngo-calendar", appauthor=False))


def lrelease() -> str | None:
    """PySide6's own lrelease (the wheel ships it), else one on PATH."""
    import PySide6

    shipped = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    return str(shipped) if shipped.exists() else shutil.which("pyside6-lrelease")


def compiled(language: str, cache: Path | None = None) -> Path | None:
    """The `.qm` for a language, built from its `.ts` when needed; None if it cannot be had.

    A built file is named after its source's content, so that an edited `.ts` (or another copy
    of the app sharing the cache) never picks up a stale one.
    """
    source = ts_dir() / f"ngo_calendar_{language}.ts"
    if not source.exists():
        return None
    shipped = source.with_suffix(".qm")
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    folder = (cache or cache_dir()) / "translations"
    target = folder / f"{source.stem}-{digest}.qm"
    if target.exists():
        return target
    tool = lrelease()
    if tool is None:
        log.warning("no lrelease found: the window stays in English")
        return None
    folder.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        subprocess.run(
            [tool, "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
        )
        os.replace(partial, target)  # atomic: a concurrent reader never sees half a file
    except (OSError, subprocess.CalledProcessError) as exc:
        log.warning("could not build %s: %s", target.name, exc)
        partial.unlink(missing_ok=True)
        return None
    for old in folder.glob(f"{source.stem}-*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


class Translations:
    """The app's and Qt's own translators, swapped together when the language changes."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Use `language` (fr or en; anything else means fr); False if its `.qm` is missing.

        English loads its `.qm` too: the sources are English, but their plural forms
        ("%n item(s)") are only written out in the catalogue.
        """
        self.uninstall()
        self.language = language if language in LANGUAGES else "fr"
        # One locale for every date, time and number the window shows. English is the British
        # kind: 24-hour times and day-month dates, as in the French window and in the editor.
        QLocale.setDefault(
            QLocale(QLocale.Language.French, QLocale.Country.France)
            if self.language == "fr"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        loaded = False
        qm = compiled(self.language)
        own = QTranslator(self.app)
        if qm is not None and own.load(str(qm)):
            self.app.installTranslator(own)
            self._installed.append(own)
            loaded = True
        qt = QTranslator(self.app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{self.language}", qt_dir):
            self.app.installTranslator(qt)
            self._installed.append(qt)
        return loaded

    def uninstall(self) -> None:
        """Remove the translators installed here; the source texts show again."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
