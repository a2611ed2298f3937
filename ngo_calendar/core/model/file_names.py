"""Names as parts of file names: ASCII, lower case, dashes, portable to every file system.

A channel's per-channel file (`plan-facebook.ics` beside `plan.ics`, in an export or the
published folder) is named once, when the channel is created, and kept with it: a rename keeps
its subscribers' address. Two channels never share a file, whatever their names ("Face book",
"face-book" and "FACE_BOOK"; "Événements" and "evenements"; "日本語" and "📅", which have no
ASCII letter), case-insensitively too (Windows and macOS fold case), and no name is one that
Windows reserves (CON, NUL, COM1...).

The migration that named the channels already there (store/migrations/versions/0008) keeps a
frozen copy of these rules: change them here, not there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

SLUG_MAX = 60  # the bound of the files written before names were stored: their names stay
NO_LETTERS = "canal"  # for a name with no ASCII letter or digit ("日本語", "📅")
# What Windows refuses as a file's name, with or without an extension, in any case.
RESERVED = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{n}" for n in range(1, 10)]
    + [f"lpt{n}" for n in range(1, 10)]
)


def slug(text: str) -> str:
    """A name as a file name's part: accents folded, lower case, dashes (Événements:
    evenements; "Face book": face-book); empty when nothing of it is ASCII."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")[:SLUG_MAX]


def reserved(name: str) -> bool:
    """Whether Windows refuses `name` as a file's name (CON, nul.txt, Com1.ics...)."""
    return name.split(".", 1)[0].casefold() in RESERVED


def channel_file_name(name: str, taken: Collection[str]) -> str:
    """The file name part of a new channel called `name`, none of `taken` (compared
    case-insensitively): its slug when free, else the slug (or `canal`) with a number."""
    used = {t.casefold() for t in taken}
    base = slug(name) or NO_LETTERS
    if not reserved(base) and base not in used:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        found = base[: SLUG_MAX - len(suffix)].rstrip("-") + suffix
        if found not in used and not reserved(found):
            return found
        n += 1
