"""TEXT values (RFC 5545, 3.3.11) of our own X-NGO-* properties.

icalendar escapes the TEXT of the properties it knows (SUMMARY, DESCRIPTION) but writes and
reads an X- property as it is: a line break in an item's notes would end the content line (and
icalendar refuses to write it), a comma in a tag would split it in two. So our properties are
escaped here when written and unescaped when read: a backslash, a semicolon and a comma get a
backslash before them, a line break is written \\n; a list (the tags) is its escaped texts
joined by commas, as CATEGORIES is.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"[\\;,\n]")
_ESCAPED = re.compile(r"\\([nN;,\\])")
_UNESCAPED_COMMA = re.compile(r"(?<!\\)((?:\\\\)*),")
_BREAKS = {"n": "\n", "N": "\n"}


def escaped(text: str) -> str:
    """A text as a TEXT value: \\ ; , escaped, line breaks (any of \\r\\n, \\r, \\n) as \\n."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SPECIAL.sub(lambda m: "\\n" if m.group() == "\n" else "\\" + m.group(), text)


def unescaped(value: str) -> str:
    """A TEXT value read back: \\n and \\N are line breaks, \\; \\, \\\\ their character; a
    backslash before anything else is kept as it is (a file written by hand)."""
    return _ESCAPED.sub(lambda m: _BREAKS.get(m.group(1), m.group(1)), value)


def joined(texts: list[str]) -> str:
    """Several texts as one value, each escaped, separated by commas."""
    return ",".join(escaped(t) for t in texts)


def split(value: str) -> list[str]:
    """The texts of a value written by `joined` (a comma escaped is part of a text)."""
    parts, start = [], 0
    for found in _UNESCAPED_COMMA.finditer(value):
        end = found.end() - 1
        parts.append(value[start:end])
        start = found.end()
    parts.append(value[start:])
    return [unescaped(p) for p in parts]
