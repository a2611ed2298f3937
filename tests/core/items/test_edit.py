"""Item services: each write validates, runs in one transaction and returns what it changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from ngo_calendar.core import (
    AllDay,
    Changes,
    InputError,
    ItemDraft,
    NotFoundError,
    Timed,
    workspace,
)
from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.items.series import shift_byday, shift_until
from ngo_calendar.core.model.domain import ItemKind, Sensitivity, Status
from ngo_calendar.store import Database
from ngo_calendar.store.models import HistoryEntry, Item, UndoEntry

NINE = datetime(2026, 4, 7, 9, 0)  # a Tuesday


def only(ids: frozenset[int]) -> int:
    assert len(ids) == 1
    return next(iter(ids))


def create(db: Database, **fields) -> int:
    fields.setdefault("title", "Appel aux bénévoles")
    if fields.get("start") is not None:
        fields.setdefault("channels", ["Facebook"])  # a dated item needs a channel
    return items.create_item(db, ItemDraft(**fields)).new_id


def uid_of(db: Database, item_id: int) -> str:
    found = query.get_item(db, item_id)
    assert found is not None
    return found.uid


def counts(db: Database) -> tuple[int, int, int]:
    with db.reading() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (Item, HistoryEntry, UndoEntry)
        )


def row(db: Database, item_id: int) -> Item:
    with db.reading() as s:
        item = s.get(Item, item_id)
        assert item is not None
        return item


def dates(db: Database, item_id: int, first=date(2026, 4, 1), last=date(2026, 5, 31)):
    found = query.occurrences(db, first, last)
    return [(o.start_utc or o.start_date) for o in found if o.item_id == item_id]


def local(instant: datetime, db: Database) -> datetime:
    return instant.astimezone(workspace.settings(db).tz).replace(tzinfo=None)


def test_create_gives_ids_a_stable_unique_uid_and_revision_zero(cdb: Database) -> None:
    changes = items.create_item(cdb, ItemDraft("Un", channels=["Facebook"]))
    assert changes == Changes(label="create", created=changes.created)
    first = changes.new_id
    second = create(cdb, title="Deux")
    assert first != second
    a, b = row(cdb, first), row(cdb, second)
    assert a.uid != b.uid
    assert a.uid.endswith("@ngo-calendar")
    assert a.revision == 0 and b.revision == 0
    items.update_item(cdb, first, ItemDraft("Un, corrigé"))
    assert row(cdb, first).uid == a.uid


def test_create_stores_every_field(cdb: Database) -> None:
    workspace.save_campaign(cdb, "Noël solidaire", objective="Collecter des dons")
    draft = ItemDraft(
        title="  Collecte de Noël  ",
        kind=ItemKind.EVENT,
        body="Rendez-vous place du marché",
        channels=["Instagram", "Facebook"],
        variants={"Instagram": "Texte court #noel"},
        status=Status.IN_REVIEW,
        start=Timed(datetime(2026, 12, 5, 10, 0)),
        duration_minutes=120,
        campaign="Noël solidaire",
        objective="Collecter des dons",
        audiences=["Donateurs", "Grand public"],
        tags=["noël", " ", "collecte", "noël"],
        attachments=["affiche.png"],
        notes="Prévoir la tonnelle",
        sensitivity=Sensitivity.TIME_BOUND,
    )
    item_id = items.create_item(cdb, draft).new_id
    stored = items.item_draft(cdb, item_id)
    assert stored == replace(draft, title="Collecte de Noël", tags=["collecte", "noël"])
    assert row(cdb, item_id).start_utc.isoformat() == "2026-12-05T09:00:00+00:00"


def test_update_grows_the_revision(cdb: Database) -> None:
    item_id = create(cdb, channels=["Facebook"])
    changes = items.update_item(cdb, item_id, ItemDraft("Nouveau titre", channels=["Newsletter"]))
    assert changes == Changes(label="edit", updated=frozenset({uid_of(cdb, item_id)}))
    assert row(cdb, item_id).revision == 1
    items.set_status(cdb, item_id, Status.APPROVED)
    assert row(cdb, item_id).revision == 2
    draft = items.item_draft(cdb, item_id)
    assert (draft.title, draft.channels, draft.status) == (
        "Nouveau titre",
        ["Newsletter"],
        Status.APPROVED,
    )


def test_set_status(cdb: Database) -> None:
    item_id = create(cdb)
    changes = items.set_status(cdb, item_id, Status.PUBLISHED)
    assert changes == Changes(label="status", updated=frozenset({uid_of(cdb, item_id)}))
    assert row(cdb, item_id).status == "published"


def test_unknown_item_is_not_found(cdb: Database) -> None:
    before = counts(cdb)
    for call in (
        lambda: items.set_status(cdb, 999, Status.DRAFT),
        lambda: items.update_item(cdb, 999, ItemDraft("x")),
        lambda: items.delete_item(cdb, 999),
        lambda: occurrences.move_item(cdb, 999, None),
        lambda: items.item_draft(cdb, 999),
    ):
        with pytest.raises(NotFoundError):
            call()
    assert counts(cdb) == before


def test_move_single_item_timed_all_day_and_backlog(cdb: Database) -> None:
    item_id = create(cdb, start=Timed(NINE), duration_minutes=30)
    changes = occurrences.move_item(cdb, item_id, Timed(datetime(2026, 4, 9, 14, 0)))
    assert changes == Changes(label="move", updated=frozenset({uid_of(cdb, item_id)}))
    assert dates(cdb, item_id) == [datetime.fromisoformat("2026-04-09T12:00+00:00")]

    occurrences.move_item(cdb, item_id, AllDay(date(2026, 4, 10)))
    moved = row(cdb, item_id)
    assert (moved.start_utc, moved.start_date) == (None, date(2026, 4, 10))
    assert dates(cdb, item_id) == [date(2026, 4, 10)]

    occurrences.move_item(cdb, item_id, None)
    assert dates(cdb, item_id) == []
    assert [o.item_id for o in query.backlog(cdb)] == [item_id]
    assert row(cdb, item_id).revision == 3


def test_move_refuses_the_spring_gap_and_writes_nothing(cdb: Database) -> None:
    item_id = create(cdb, start=Timed(NINE))
    before = counts(cdb)
    with pytest.raises(InputError, match="03:00"):
        occurrences.move_item(cdb, item_id, Timed(datetime(2026, 3, 29, 2, 30)))
    assert counts(cdb) == before
    assert row(cdb, item_id).revision == 0


def weekly(db: Database, **fields) -> int:
    fields.setdefault("rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=4")
    return create(db, start=Timed(NINE), duration_minutes=30, **fields)


def test_move_one_occurrence_of_a_series(cdb: Database) -> None:
    item_id = weekly(cdb)
    changes = occurrences.move_item(
        cdb, item_id, Timed(datetime(2026, 4, 16, 18, 0)), occurrence="20260414T070000Z"
    )
    assert changes.updated_ids == {item_id}
    found = [local(d, cdb) for d in dates(cdb, item_id)]
    assert found == [
        datetime(2026, 4, 7, 9, 0),
        datetime(2026, 4, 16, 18, 0),
        datetime(2026, 4, 21, 9, 0),
        datetime(2026, 4, 28, 9, 0),
    ]
    occ = query.occurrences(cdb, date(2026, 4, 16), date(2026, 4, 16))
    assert [(o.occurrence_key, o.moved, o.duration_minutes) for o in occ] == [
        ("20260414T070000Z", True, 30)
    ]
    # moving it again, then back onto its own slot, leaves no override
    occurrences.move_item(cdb, item_id, AllDay(date(2026, 4, 17)), occurrence="20260414T070000Z")
    assert date(2026, 4, 17) in dates(cdb, item_id)
    with cdb.reading() as s:
        moved = s.get(Item, item_id).overrides
        assert [(o.start_utc, o.start_date) for o in moved] == [(None, date(2026, 4, 17))]
    occurrences.move_item(
        cdb, item_id, Timed(datetime(2026, 4, 14, 9, 0)), occurrence="20260414T070000Z"
    )
    with cdb.reading() as s:
        assert s.get(Item, item_id).overrides == []
    assert [local(d, cdb).day for d in dates(cdb, item_id)] == [7, 14, 21, 28]


def test_move_occurrence_refuses_unknown_keys_and_backlog(cdb: Database) -> None:
    item_id = weekly(cdb)
    before = counts(cdb)
    for key in ("20260415T070000Z", "20260414", "nonsense", "20260505T070000Z"):
        with pytest.raises(InputError) as caught:
            occurrences.move_item(cdb, item_id, Timed(NINE), occurrence=key)
        assert caught.value.field == "occurrence"
    with pytest.raises(InputError):
        occurrences.move_item(cdb, item_id, None)
    with pytest.raises(InputError):
        occurrences.move_item(cdb, item_id, None, occurrence="20260414T070000Z")
    assert counts(cdb) == before


def test_move_whole_series_by_two_days_shifts_byday_and_exdates(cdb: Database) -> None:
    item_id = weekly(cdb)
    occurrences.delete_occurrence(cdb, item_id, "20260421T070000Z")
    occurrences.move_item(
        cdb, item_id, Timed(datetime(2026, 4, 16, 9, 0)), occurrence="20260414T070000Z"
    )
    changes = occurrences.move_item(
        cdb, item_id, Timed(datetime(2026, 4, 9, 9, 0)), "20260407T070000Z", whole_series=True
    )
    assert changes.updated_ids == {item_id}
    draft = items.item_draft(cdb, item_id)
    assert draft.rrule == "FREQ=WEEKLY;BYDAY=TH;COUNT=4"
    assert draft.start == Timed(datetime(2026, 4, 9, 9, 0))
    with cdb.reading() as s:
        item = s.get(Item, item_id)
        assert [e.key for e in item.exdates] == ["20260423T070000Z"]
        assert [(o.key, o.start_utc.isoformat()) for o in item.overrides] == [
            ("20260416T070000Z", "2026-04-18T07:00:00+00:00")
        ]
    assert [local(d, cdb) for d in dates(cdb, item_id)] == [
        datetime(2026, 4, 9, 9, 0),
        datetime(2026, 4, 18, 9, 0),
        datetime(2026, 4, 30, 9, 0),
    ]


def test_move_whole_series_keeps_an_until_occurrence(cdb: Database) -> None:
    item_id = weekly(cdb, rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20260428T070000Z")
    assert len(dates(cdb, item_id)) == 4
    occurrences.move_item(
        cdb, item_id, Timed(datetime(2026, 4, 9, 9, 0)), "20260407T070000Z", whole_series=True
    )
    assert [local(d, cdb).day for d in dates(cdb, item_id)] == [9, 16, 23, 30]
    assert items.item_draft(cdb, item_id).rrule == "FREQ=WEEKLY;BYDAY=TH;UNTIL=20260430T070000Z"


def test_move_whole_all_day_series(cdb: Database) -> None:
    item_id = create(cdb, start=AllDay(date(2026, 4, 6)), rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=3")
    occurrences.delete_occurrence(cdb, item_id, "20260413")
    occurrences.move_item(cdb, item_id, AllDay(date(2026, 4, 8)), "20260406", whole_series=True)
    assert dates(cdb, item_id) == [date(2026, 4, 8), date(2026, 4, 22)]
    with pytest.raises(InputError, match="same kind"):
        occurrences.move_item(cdb, item_id, Timed(NINE), "20260408", whole_series=True)


def test_delete_occurrence(cdb: Database) -> None:
    item_id = weekly(cdb)
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 4, 15, 9, 0)), "20260414T070000Z")
    changes = occurrences.delete_occurrence(cdb, item_id, "20260414T070000Z")
    assert changes == Changes(label="delete occurrence", updated=frozenset({uid_of(cdb, item_id)}))
    assert [local(d, cdb).day for d in dates(cdb, item_id)] == [7, 21, 28]
    with cdb.reading() as s:
        item = s.get(Item, item_id)
        assert ([e.key for e in item.exdates], item.overrides) == (["20260414T070000Z"], [])


def test_delete_occurrence_refusals(cdb: Database) -> None:
    single = create(cdb, start=Timed(NINE))
    series = weekly(cdb)
    before = counts(cdb)
    with pytest.raises(InputError, match="recurring"):
        occurrences.delete_occurrence(cdb, single, "20260407T070000Z")
    with pytest.raises(InputError):
        occurrences.delete_occurrence(cdb, series, "20260408T070000Z")
    with pytest.raises(InputError):
        occurrences.delete_occurrence(cdb, series, "20260407")
    assert counts(cdb) == before


def test_duplicate(cdb: Database) -> None:
    original = create(cdb, channels=["Facebook"], start=Timed(NINE), status=Status.PUBLISHED)
    changes = items.duplicate_item(cdb, original)
    copy = changes.new_id
    assert changes.updated_ids == frozenset() and copy != original
    assert row(cdb, copy).uid != row(cdb, original).uid
    assert row(cdb, copy).revision == 0
    assert items.item_draft(cdb, copy) == replace(
        items.item_draft(cdb, original), status=Status.DRAFT
    )
    in_review = create(cdb, status=Status.IN_REVIEW, channels=["Instagram"])
    elsewhere = items.duplicate_item(cdb, in_review, AllDay(date(2026, 5, 1))).new_id
    assert items.item_draft(cdb, elsewhere).status == Status.DRAFT  # nobody reviewed the copy
    assert items.item_draft(cdb, elsewhere).start == AllDay(date(2026, 5, 1))
    for status in (Status.IN_REVIEW, Status.APPROVED, Status.HELD, Status.CANCELLED):
        copied = items.duplicate_item(cdb, create(cdb, start=Timed(NINE), status=status))
        assert items.item_draft(cdb, copied.new_id).status == Status.DRAFT, status
    idea = create(cdb, status=Status.IDEA, start=None, channels=["Facebook"])
    assert items.item_draft(cdb, items.duplicate_item(cdb, idea).new_id).status == Status.IDEA
    dated = items.duplicate_item(cdb, idea, AllDay(date(2026, 5, 2))).new_id
    assert items.item_draft(cdb, dated).status == Status.DRAFT
    to_backlog = items.duplicate_item(cdb, original, None).new_id
    assert items.item_draft(cdb, to_backlog).start is None


def test_delete(cdb: Database) -> None:
    item_id = weekly(cdb, channels=["Facebook"], tags=["x"])
    keep = create(cdb)
    gone = uid_of(cdb, item_id)
    changes = items.delete_item(cdb, item_id)
    assert changes == Changes(label="delete", deleted=frozenset({gone}))
    assert query.get_item(cdb, item_id) is None
    assert query.count_items(cdb) == 1
    assert query.get_item(cdb, keep) is not None


BAD_DRAFTS = [
    (ItemDraft("x", channels=["Twitter"]), "channel"),
    (ItemDraft("x", campaign="Inconnue"), "campaign"),
    (ItemDraft("x", objective="Conquérir le monde"), "objective"),
    (ItemDraft("x", audiences=["Martiens"]), "audience"),
    (ItemDraft("   "), "title"),
    (
        ItemDraft("x", channels=["Facebook"], start=Timed(NINE), rrule="FREQ=WEEKLY;BYDAY=XX"),
        "rrule",
    ),
    (ItemDraft("x", rrule="FREQ=WEEKLY"), "rrule"),
    (ItemDraft("x", channels=["Facebook"], variants={"Instagram": "court"}), "variant"),
    (ItemDraft("x", channels=["Facebook"], start=Timed(datetime(2026, 3, 29, 2, 30))), "start"),
    (ItemDraft("x", duration_minutes=-5), "duration"),
    (ItemDraft("x", days=0), "days"),
]


@pytest.mark.parametrize(("draft", "field"), BAD_DRAFTS)
def test_invalid_create_writes_nothing(cdb: Database, draft: ItemDraft, field: str) -> None:
    before = counts(cdb)
    with pytest.raises(InputError) as caught:
        items.create_item(cdb, draft)
    assert caught.value.field == field
    assert counts(cdb) == before


@pytest.mark.parametrize(("draft", "field"), BAD_DRAFTS)
def test_invalid_update_writes_nothing(cdb: Database, draft: ItemDraft, field: str) -> None:
    item_id = create(cdb, channels=["Facebook"], start=Timed(NINE))
    kept = items.item_draft(cdb, item_id)
    before = counts(cdb)
    with pytest.raises(InputError) as caught:
        items.update_item(cdb, item_id, draft)
    assert caught.value.field == field
    assert counts(cdb) == before
    assert items.item_draft(cdb, item_id) == kept
    assert row(cdb, item_id).revision == 0


def test_unknown_name_error_lists_the_known_ones(cdb: Database) -> None:
    with pytest.raises(InputError) as caught:
        items.create_item(cdb, ItemDraft("x", channels=["Twitter"]))
    assert "Facebook, Instagram, Newsletter" in str(caught.value)


def test_update_can_remove_a_variant_and_change_order(cdb: Database) -> None:
    item_id = create(cdb, channels=["Facebook", "Instagram"], variants={"Instagram": "court"})
    items.update_item(cdb, item_id, ItemDraft("x", channels=["Instagram", "Facebook"]))
    draft = items.item_draft(cdb, item_id)
    assert (draft.channels, draft.variants) == (["Instagram", "Facebook"], {})
    items.update_item(
        cdb, item_id, ItemDraft("x", channels=["Facebook"], variants={"Facebook": "long"})
    )
    draft = items.item_draft(cdb, item_id)
    assert (draft.channels, draft.variants) == (["Facebook"], {"Facebook": "long"})


@pytest.mark.parametrize(
    ("rule", "days", "hours", "shifted"),
    [
        ("FREQ=WEEKLY;BYDAY=TU", 2, 0, "FREQ=WEEKLY;BYDAY=TH"),
        ("FREQ=WEEKLY;BYDAY=MO,FR", -1, 0, "FREQ=WEEKLY;BYDAY=SU,TH"),
        ("FREQ=MONTHLY;BYDAY=1SA", 1, 0, "FREQ=MONTHLY;BYDAY=1SU"),
        ("FREQ=WEEKLY;BYDAY=TU", 7, 0, "FREQ=WEEKLY;BYDAY=TU"),
        ("FREQ=WEEKLY;UNTIL=20260428", 2, 0, "FREQ=WEEKLY;UNTIL=20260430"),
        ("FREQ=WEEKLY;UNTIL=20260428T090000", 0, 3, "FREQ=WEEKLY;UNTIL=20260428T120000"),
        # across the autumn change the wall time is kept, so the UTC hour changes
        ("FREQ=DAILY;UNTIL=20261024T070000Z", 2, 0, "FREQ=DAILY;UNTIL=20261026T080000Z"),
    ],
)
def test_series_rule_shifts(rule: str, days: int, hours: int, shifted: str) -> None:
    delta = timedelta(days=days, hours=hours)
    paris = ZoneInfo("Europe/Paris")
    assert shift_until(shift_byday(rule, days), delta, days, paris) == shifted


def test_saving_an_unchanged_item_changes_nothing(cdb: Database) -> None:
    from ngo_calendar.core.write import undo as undo_module

    item_id = create(cdb, title="Même", channels=["Facebook"])
    before = query.get_item(cdb, item_id)
    changes = items.update_item(cdb, item_id, items.item_draft(cdb, item_id))
    again = items.set_status(cdb, item_id, Status.DRAFT)
    assert not changes and not again
    assert query.get_item(cdb, item_id).revision == before.revision
    assert undo_module.state(cdb).undo_label == "create"


def test_moving_a_whole_series_without_naming_an_occurrence_starts_from_its_first(
    cdb: Database,
) -> None:
    item_id = create(
        cdb,
        title="Série",
        channels=["Facebook"],
        start=Timed(datetime(2026, 12, 1, 9, 0)),
        rrule="FREQ=WEEKLY;BYDAY=TU",
    )
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 12, 3, 10, 0)), whole_series=True)
    got = query.occurrences(cdb, date(2026, 12, 1), date(2026, 12, 20))
    local = [o.start_utc.astimezone(ZoneInfo("Europe/Paris")) for o in got]
    assert [(d.day, d.hour) for d in local] == [(3, 10), (10, 10), (17, 10)]


def test_a_series_with_named_days_is_not_moved_by_days(cdb: Database) -> None:
    item_id = create(
        cdb,
        title="Le 15",
        channels=["Facebook"],
        start=Timed(datetime(2026, 12, 15, 9, 0)),
        rrule="FREQ=MONTHLY;BYMONTHDAY=15",
    )
    with pytest.raises(InputError) as caught:
        occurrences.move_item(cdb, item_id, Timed(datetime(2026, 12, 17, 9, 0)), whole_series=True)
    assert caught.value.field == "rrule"
    # The same day at another time is fine: no day is renamed.
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 12, 15, 11, 0)), whole_series=True)
    got = query.occurrences(cdb, date(2027, 1, 1), date(2027, 1, 31))
    assert [o.start_utc.astimezone(ZoneInfo("Europe/Paris")).hour for o in got] == [11]


def test_editing_a_series_start_keeps_its_removed_and_moved_dates(cdb: Database) -> None:
    paris = ZoneInfo("Europe/Paris")
    item_id = create(
        cdb,
        title="Hebdo",
        channels=["Facebook"],
        start=Timed(datetime(2026, 12, 1, 9)),
        rrule="FREQ=WEEKLY",
    )
    slots = {
        o.start_utc.astimezone(paris).day: o.occurrence_key
        for o in query.occurrences(cdb, date(2026, 12, 1), date(2026, 12, 31))
    }
    occurrences.delete_occurrence(cdb, item_id, slots[8])
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 12, 16, 9)), slots[15])
    edited = replace(items.item_draft(cdb, item_id), start=Timed(datetime(2026, 12, 1, 10)))
    items.update_item(cdb, item_id, edited)
    shown = [
        (o.start_utc.astimezone(paris).day, o.start_utc.astimezone(paris).hour, o.moved)
        for o in query.occurrences(cdb, date(2026, 12, 1), date(2026, 12, 31))
    ]
    assert shown == [(1, 10, False), (16, 9, True), (22, 10, False), (29, 10, False)]


def test_a_stale_editor_cannot_overwrite_a_newer_change(cdb: Database) -> None:
    item_id = create(cdb, title="A", channels=["Facebook"])
    opened = items.item_draft(cdb, item_id)
    occurrences.move_item(
        cdb, item_id, Timed(datetime(2026, 12, 3, 18))
    )  # the command line, meanwhile
    with pytest.raises(InputError) as caught:
        items.update_item(cdb, item_id, replace(opened, title="B"))
    assert caught.value.field == "revision"
    assert query.get_item(cdb, item_id).title == "A"
    assert query.get_item(cdb, item_id).start_utc is not None


def test_a_removed_date_on_the_spring_forward_night_stays_removed_when_the_series_moves(
    cdb: Database,
) -> None:
    item_id = create(
        cdb,
        title="Nuit",
        channels=["Facebook"],
        start=Timed(datetime(2027, 3, 21, 2, 30)),
        rrule="FREQ=WEEKLY",
    )
    gap_night = query.occurrences(cdb, date(2027, 3, 28), date(2027, 3, 28))[0]
    assert gap_night.start_utc.astimezone(ZoneInfo("Europe/Paris")).hour == 3  # 02:30 skipped
    occurrences.delete_occurrence(cdb, item_id, gap_night.occurrence_key)
    occurrences.move_item(cdb, item_id, Timed(datetime(2027, 3, 22, 2, 30)), whole_series=True)
    days = [
        o.start_utc.astimezone(ZoneInfo("Europe/Paris")).day
        for o in query.occurrences(cdb, date(2027, 3, 20), date(2027, 4, 6))
    ]
    assert days == [22, 5]  # the 29th (the removed night, moved a day) stays removed


def test_duplicating_a_series_keeps_its_removed_and_moved_dates(cdb: Database) -> None:
    item_id = create(
        cdb,
        title="Hebdo",
        channels=["Facebook"],
        start=Timed(datetime(2026, 12, 1, 9)),
        rrule="FREQ=WEEKLY",
    )
    slots = [
        o.occurrence_key for o in query.occurrences(cdb, date(2026, 12, 1), date(2026, 12, 31))
    ]
    occurrences.delete_occurrence(cdb, item_id, slots[1])
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 12, 16, 9)), slots[2])
    occurrences.edit_occurrence(cdb, item_id, slots[2], status=Status.APPROVED)
    copy_id = items.duplicate_item(cdb, item_id).new_id

    def shown(which: int) -> list[tuple[str, bool]]:
        occs = query.occurrences(cdb, date(2026, 12, 1), date(2026, 12, 31))
        return [(o.occurrence_key, o.moved) for o in occs if o.item_id == which]

    assert shown(copy_id) == shown(item_id)
    assert len(shown(copy_id)) == 4
    statuses = {
        o.occurrence_key: o.status
        for o in query.occurrences(cdb, date(2026, 12, 1), date(2026, 12, 31))
        if o.item_id == copy_id
    }
    assert set(statuses.values()) == {"draft"}  # the approved date's copy was never reviewed
