"""Export then import, as an invariant (hypothesis): whatever the plan (titles and texts with
the characters iCalendar escapes, accents and emoji, timed and all-day items, around the change
of time, series with a removed and an edited date, every status, kind and sensitivity), an
empty workspace that imports the export holds the same items field by field; the file read in
slices of one event reads the same; a second import changes nothing and one undo empties it."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import vobject
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ngo_calendar.app import open_workspace
from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.ics import export as ics_export
from ngo_calendar.core.ics import importer as ics_import
from ngo_calendar.core.ics import read as ics_read
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import AllDay, ItemDraft, ItemKind, Sensitivity, Status, Timed
from ngo_calendar.core.model.timing import local_to_utc, start_key, zone
from ngo_calendar.core.write import undo
from tests.helpers import dump, records

PARIS = zone("Europe/Paris")
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
# Every class of character a field accepts: letters with accents (composed and combining),
# other scripts (Arabic, CJK), emoji (beyond the BMP, joined by ZWJ), spaces of other widths,
# and what iCalendar escapes or splits on (, ; \\ : " and ^ in parameters).
CHARACTERS = list("abcdeéèêàçôûÉœßøæ€✨🎄,;:\\\"'()!?-«»0123456789^") + [
    "e\u0301",  # e and a combining acute accent
    "مرحبا",
    "日本語",
    "👩\u200d👩\u200d👧",  # one emoji of three, joined
    "\u00a0",  # no-break space (French before « : »)
    "\u202f",  # narrow no-break space
]
word = st.lists(st.sampled_from(CHARACTERS), min_size=1, max_size=9).map("".join)
line = st.lists(word, min_size=1, max_size=6).map(" ".join).filter(str.strip)
# A text of several lines: line breaks as any system types them, tabs, blank lines.
text_line = st.lists(st.one_of(word, st.just("\t")), min_size=1, max_size=6).map(" ".join)
body = st.one_of(
    st.just(""),
    st.tuples(
        st.lists(text_line, min_size=1, max_size=4), st.sampled_from(("\n", "\r\n", "\r", "\n\n"))
    ).map(lambda parts: parts[1].join(parts[0])),
)
timed = st.builds(
    lambda day, hour, minute: Timed(datetime(2026, 1, 1) + timedelta(days=day, hours=hour,
                                                                      minutes=minute)),
    st.integers(0, 400), st.integers(0, 23), st.sampled_from((0, 15, 30, 45)),
)  # fmt: skip
all_day = st.builds(lambda day: AllDay(date(2026, 1, 1) + timedelta(days=day)), st.integers(0, 400))
item = st.fixed_dictionaries({
    "title": line,
    "body": body,
    "notes": body,
    "variant": st.one_of(st.none(), body),  # the channel's own text
    "kind": st.sampled_from(list(ItemKind)),
    "status": st.sampled_from([Status.DRAFT, Status.IN_REVIEW, Status.APPROVED,
                               Status.PUBLISHED, Status.CANCELLED]),
    "sensitivity": st.sampled_from(list(Sensitivity)),
    "start": st.one_of(timed, all_day),
    "minutes": st.one_of(st.none(), st.integers(1, 600)),
    "days": st.integers(1, 4),
    "tags": st.lists(line.map(lambda t: t[:80].strip()).filter(bool), max_size=3, unique=True),
    "rule": st.sampled_from((None, "FREQ=WEEKLY;COUNT=4", "FREQ=DAILY;COUNT=5")),
    "removed": st.booleans(),  # the series' second date removed
    "edited": st.one_of(st.none(), line),  # the series' third date retitled
})  # fmt: skip


def _make(db, spec, channel="Facebook"):  # type: ignore[no-untyped-def]
    start = spec["start"]
    draft = ItemDraft(
        spec["title"], kind=spec["kind"], body=spec["body"], channels=[channel],
        status=spec["status"], start=start, notes=spec["notes"], tags=spec["tags"],
        duration_minutes=spec["minutes"] if isinstance(start, Timed) else None,
        days=spec["days"] if isinstance(start, AllDay) else 1,
        sensitivity=spec["sensitivity"], rrule=spec["rule"],
        variants={} if spec["variant"] is None else {channel: spec["variant"]},
    )  # fmt: skip
    made = items.create_item(db, draft).new_id
    if spec["rule"] is None:
        return
    step = timedelta(days=7 if "WEEKLY" in spec["rule"] else 1)

    def key(n: int) -> str:
        if isinstance(start, Timed):
            return start_key(local_to_utc(start.local + n * step, PARIS))
        return start_key(start.day + n * step)

    if spec["removed"]:
        occurrences.delete_occurrence(db, made, key(1))
    if spec["edited"] is not None:
        occurrences.edit_occurrence(db, made, key(2), title=spec["edited"])


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_by_others(out: Path, specs: list[dict[str, Any]], channel: str) -> None:
    """Readers that share no code with ours take the file, every title and text as written."""
    text = out.read_text(encoding="utf-8")
    (cal,) = list(vobject.readComponents(io.StringIO(text)))
    cal.validate()
    masters = [e for e in cal.vevent_list if not hasattr(e, "recurrence_id")]
    found = sorted(
        (e.summary.value, e.description.value if hasattr(e, "description") else "") for e in masters
    )
    expected = []
    for spec in specs:
        body, variant = _lines(spec["body"]), _lines(spec["variant"] or "").strip()
        parts = ([body] if body else []) + ([f"{channel}: {variant}"] if variant else [])
        expected.append((spec["title"].strip(), "\n\n".join(parts)))
    assert found == sorted(expected)
    assert len(icalendar.Calendar.from_ical(text).walk("VEVENT")) == len(cal.vevent_list)


# A channel whose name ends with a backslash lost its own texts (icalendar read `aaa\:` in the
# unquoted parameter as an escaped colon); one with a double quote or a caret too.
ODD_CHANNEL_TEXT = {
    "title": "Appel", "body": "", "notes": "", "variant": "Un don\nsur deux lignes",
    "start": Timed(datetime(2026, 1, 1, 0, 0)), "status": Status.DRAFT,
    "sensitivity": Sensitivity.MOVABLE, "kind": ItemKind.POST, "days": 1, "minutes": None,
    "tags": [], "rule": None, "removed": False, "edited": None,
}  # fmt: skip


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    specs=st.lists(item, min_size=1, max_size=6),
    channel=st.one_of(st.just("Facebook"), line.map(lambda n: n[:60].strip()).filter(bool)),
)
@example(specs=[ODD_CHANNEL_TEXT], channel="aaa\\")
@example(specs=[ODD_CHANNEL_TEXT], channel='Lettre "info" ^ \\ ;,:')
def test_export_then_import_keeps_every_item(specs, channel, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("plan")
    db = open_workspace(folder / "ws")
    empty = open_workspace(folder / "empty")
    try:
        workspace.update_settings(db, timezone="Europe/Paris", language="fr")
        workspace.update_settings(empty, timezone="Europe/Paris", language="fr")
        workspace.save_channel(db, channel, "facebook", "#1877f2")
        for spec in specs:
            _make(db, spec, channel)
        out = folder / "plan.ics"
        ics_export.write(db, out, ics_export.ExportOptions(), NOW)
        _read_by_others(out, specs, channel)
        assert ics_read.read(out, PARIS, slice_size=1) == ics_read.read(out, PARIS)
        planned = ics_import.plan(empty, out)
        assert planned.counts() == {"imported": len(specs), "updated": 0, "skipped": 0}
        before = dump(folder / "empty")
        ics_import.apply(empty, planned)
        assert records(empty) == records(db)
        after = dump(folder / "empty")
        again = ics_import.plan(empty, out)
        assert again.counts() == {"imported": 0, "updated": 0, "skipped": len(specs)}
        ics_import.apply(empty, again)
        assert dump(folder / "empty") == after
        undo.undo(empty)  # the second import changed nothing: no undo step of its own
        assert dump(folder / "empty") == before and query.count_items(empty) == 0
    finally:
        db.close()
        empty.close()
