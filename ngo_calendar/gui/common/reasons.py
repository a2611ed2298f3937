"""Core's reasons (core/model/reasons.py: a code and its values) as a person reads them, in the
window's language, from one table keyed by the codes (gui/common/reason_texts.py), never by
matching English sentences. Core's refusals (InputError, UnreadableFile) carry such a
reason too: gui/common/errors.py words them with the field's name."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from ngo_calendar.core.model.reasons import ENGLISH, Reason, Value, from_text

from .labels import field_label, operation_label
from .reason_places import PLACES
from .reason_texts import CONTEXT, SOURCES


def reason_text(why: Reason | str) -> str:
    """A reason in the window's language. A text (a record kept before reasons had codes) is
    read back through core's table; one no code words is shown as it is."""
    found = why if isinstance(why, Reason) else from_text(why)
    if found is None:
        return str(why)
    parts = SOURCES[found.code]
    if not parts:
        return found.params.get("text", "")
    context = CONTEXT[found.code.split(".")[0]]
    text = ", ".join(QCoreApplication.translate(context, source) for source in parts)
    names = PLACES.get(found.code, ())
    values = found.raw
    grouped = set(re.findall(r"\{(\w+):,\}", ENGLISH[found.code]))
    shown = [_value_text(values.get(name, ""), name in grouped) for name in names]
    # An operation's name (undo.*: "edit", "move"...) in the words of the Undo tooltip.
    shown = [_words(found.code, name, text) for name, text in zip(names, shown, strict=True)]
    return filled(text, *shown)


def _words(code: str, name: str, text: str) -> str:
    """Values that are names core stores (an operation, fields) in the window's words."""
    if code.startswith("undo.") and name == "label":  # "edit", "move": the Undo tooltip's
        return operation_label(text)
    if code == "undo.changed" and name == "fields":  # "title, start": the history's
        return ", ".join(field_label(field).lower() for field in text.split(", "))
    return text


def filled(text: str, *values: str) -> str:
    """A translated text with %1, %2… replaced by the values, in one pass: a value that holds
    "%2" is shown as it is, not filled in again."""

    def value(place: re.Match[str]) -> str:
        number = int(place.group(1))
        return values[number - 1] if 1 <= number <= len(values) else place.group(0)

    return re.sub(r"%(\d)", value, text)


def _value_text(value: Value, grouped: bool) -> str:
    """A value as the window shows it: a reason in its language, a number as its locale writes
    it when core's text groups its digits (10 000 in French, 10,000 in English)."""
    if isinstance(value, Reason):
        return reason_text(value)
    if isinstance(value, int) and grouped:
        locale = QLocale()
        if locale.language() == QLocale.Language.C:  # no locale chosen: core's own grouping
            return f"{value:,}"
        return locale.toString(value)
    return str(value)


def reasons_text(reasons: tuple[Reason, ...] | list[Reason]) -> str:
    return "; ".join(reason_text(r) for r in reasons)
