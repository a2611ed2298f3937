"""Refresh the Qt Linguist sources (.ts) from the GUI code with PySide6's lupdate.

Run after changing user-visible texts; then translate the new entries (Qt Linguist, or by
editing the .ts) and commit the .ts files. The .qm files are built by the app, not committed.

After lupdate, this script:
- fills the English catalogue's new entries with their source text (the sources are English),
  except plural (%n) ones, whose singular and plural forms a person writes;
- pre-fills a new entry with the translation of the same text in another context, left
  "unfinished" so that someone checks it (Qt Linguist: mark it done);
- warns about texts found outside any class (an empty context): the app never looks them up
  there, so they stay untranslated until the code calls tr() on its own class.
Exit status 0; a summary of what is left to translate is printed.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "ngo_calendar" / "resources" / "translations"
LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "en"


def lupdate(target: Path, language: str) -> None:
    tool = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    sources = sorted(str(p) for p in (ROOT / "ngo_calendar" / "gui").rglob("*.py"))
    cmd = [str(tool), "-silent", "-no-obsolete", "-locations", "none"]
    subprocess.run([*cmd, "-target-language", language, *sources, "-ts", str(target)], check=True)


def _key(message: ET.Element) -> tuple[str, str, bool]:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") == "unfinished"


def _empty(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform") or [translation]
    return not all((form.text or "").strip() for form in forms)


def complete(target: Path, language: str) -> bool:
    """Fill what can be filled without a translator (see the module's doc); True if changed."""
    tree = ET.parse(target)
    messages = [
        (c.findtext("name") or "", m) for c in tree.iter("context") for m in c.iter("message")
    ]
    known: dict[tuple[str, str, bool], ET.Element] = {}
    for _, message in messages:
        translation = message.find("translation")
        if translation is not None and not _unfinished(message) and not _empty(translation):
            known.setdefault(_key(message), translation)
    nameless = [_key(m)[0] for context, m in messages if context == ""]
    if nameless:
        print(f"  warning: {len(nameless)} texts outside any class, never looked up: {nameless}")
    changed = False
    for context, message in messages:
        translation = message.find("translation")
        if translation is None or not _unfinished(message) or not _empty(translation):
            continue
        source, _, numerus = _key(message)
        if language == SOURCE_LANGUAGE and not numerus:
            translation.text = source
            del translation.attrib["type"]
            changed = True
        elif _key(message) in known:
            reused = known[_key(message)]
            translation.text = reused.text
            for old, new in zip(
                translation.iter("numerusform"), reused.iter("numerusform"), strict=False
            ):
                old.text = new.text
            print(f"  pre-filled from another context, to review: {context}: {source!r}")
            changed = True
    if changed:
        tree.write(target, encoding="utf-8", xml_declaration=True)
    return changed


def summary(target: Path) -> str:
    messages = list(ET.parse(target).iter("message"))
    open_ = sum(1 for m in messages if _unfinished(m))
    return f"{len(messages)} texts, {open_} unfinished"


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = TS_DIR / f"ngo_calendar_{language}.ts"
        lupdate(target, language)
        if complete(target, language):
            lupdate(target, language)  # back to lupdate's own layout, so that diffs stay small
        print(f"updated {target.relative_to(ROOT)}: {summary(target)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
