"""Translations: `.ts` sources live in resources/translations (in git); `.qm` files are built.

The `.qm` files are compiled with the `lrelease` that PySide6 ships, into the user cache, when
missing or older than their `.ts` source; so a fresh clone needs no extra build step.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("fr", "en")


def ts_dir() -> Path:
    return Path(str(resources.files("ngo_calendar.resources"))) / "translations"


def lrelease() -> str | None:
    """PySide6's own lrelease (the wheel ships it), else one on PATH."""
    import PySide6

    shipped = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    return str(shipped) if shipped.exists() else shutil.which("pyside6-lrelease")


def compiled(language: str, cache: Path | None = None) -> Path | None:
    """The `.qm` for a language, built from its `.ts` when needed; None if there is none."""
    source = ts_dir() / f"ngo_calendar_{language}.ts"
    if not source.exists():
        return None
    shipped = source.with_suffix(".qm")
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    cache = cache or Path(platformdirs.user_cache_dir("ngo-calendar", appauthor=False))
    target = cache / "translations" / shipped.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = lrelease()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
    return target


class Translations:
    """The app's and Qt's own translators, swapped together when the language changes."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        self.language = language if language in LANGUAGES else "fr"
        QLocale.setDefault(
            QLocale(QLocale.Language.French if self.language == "fr" else QLocale.Language.English)
        )
        if self.language == "en":
            return True  # the source strings are English
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
