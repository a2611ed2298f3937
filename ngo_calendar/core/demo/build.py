"""A demo workspace: a fictional French food bank with three months of plan around today.

Everything is written through the same services as the window and the command line (settings,
lists, then `items.create_item` one item at a time), joined into one operation of the unit of
work, so the demo also carries history like real work. It stays off the undo stack: loading a
demo is not an edit to take back. Running it again adds nothing: each demo item has a stable uid
(`demo-NNN@ngo-calendar`) and uids already present are skipped.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ngo_calendar.store import Database
from ngo_calendar.store.models import Item

from .. import workspace
from ..items import edit as items
from ..items import occurrences
from ..model.domain import (
    DEFAULT_AUDIENCES,
    DEFAULT_OBJECTIVES,
    DEFAULT_TIMEZONE,
    AllDay,
    ItemDraft,
    ItemKind,
    Sensitivity,
    Status,
    Timed,
)
from ..model.timing import local_to_utc, start_key
from ..write import unit_of_work
from ..write.unit_of_work import reading
from . import data
from . import french as fr

SEED = 20261122  # a constant: the same day gives the same demo, run after run
SPAN = 45  # days before and after today
DAILY_POSTS = (2, 2, 2, 1, 2, 1, 0)  # Monday first: quieter at the weekend, silent on Sunday
# A fixed number of extra posts on random days: 91 days are 13 whole weeks, so every day gives
# the same number of posts, hence the same keys (a later run on another day adds nothing).
EXTRA_POSTS = 6
# Posting times people actually use; none falls in the 02:00-03:00 gap of spring-forward day.
POST_TIMES = ((8, 30), (9, 0), (10, 0), (11, 30), (12, 15), (14, 0), (17, 30), (18, 0), (19, 0))
# Stable key ranges, so that adding an event to the tables does not renumber the posts.
RECURRING_KEY, COLLECTE_KEY, FIRST_EVENT = 0, 1, 10
FIRST_MILESTONE, FIRST_IDEA, FIRST_POST = 50, 60, 100
DISTRIBUTION_TIME = time(9, 0)


@dataclass(frozen=True)
class DemoReport:
    """How many demo items this run created, how many were there already, and the span."""

    added: int
    kept: int
    first: date
    last: date

    def as_dict(self) -> dict[str, object]:
        return {
            "added": self.added,
            "kept": self.kept,
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
        }


@dataclass(frozen=True)
class _Names:
    """The workspace's spelling of what the demo tables name by index or by demo name."""

    objectives: list[str]
    audiences: list[str]
    channels: dict[str, str]


def load_demo(db: Database, today: date | None = None) -> DemoReport:
    """Fill the workspace with the demo association; safe to run again (nothing is doubled).

    Meant for a trial workspace: it renames the association and sets Europe/Paris, since the
    demo's times are French wall-clock times.
    """
    today = today or date.today()
    added = kept = 0
    with unit_of_work.write(db, "demo", data.EDITOR, undoable=False):
        names = _prepare_workspace(db, today)
        present = _present_keys(db)
        for key, draft in _plan(today, names):
            uid = demo_uid(key)
            if uid in present:
                kept += 1
                continue
            changes = items.create_item(db, draft, who=data.EDITOR, uid=uid, undoable=False)
            added += 1
            if key == RECURRING_KEY:
                # Only right after creating the series: a second run must not add these again,
                # nor redo an exception the user has since taken back.
                _adjust_series(db, changes.new_id, today)
    return DemoReport(added, kept, today - timedelta(days=SPAN), today + timedelta(days=SPAN))


def _prepare_workspace(db: Database, today: date) -> _Names:
    """Settings, channels, campaigns and people; existing ones keep whatever the user set."""
    workspace.update_settings(db, association=data.ASSOCIATION, timezone=DEFAULT_TIMEZONE)
    language = workspace.settings(db).language
    objectives = _resolve(db, "objectives", DEFAULT_OBJECTIVES, language)
    audiences = _resolve(db, "audiences", DEFAULT_AUDIENCES, language)
    existing = {c.name.casefold(): c.name for c in workspace.channels(db)}
    for name, kind, colour, weekly in data.CHANNELS:
        if name.casefold() not in existing:
            workspace.save_channel(db, name, kind, colour, weekly_target=weekly)
            existing[name.casefold()] = name
    channels = {name: existing[name.casefold()] for name, *_ in data.CHANNELS}
    friday = collecte_friday(today)
    appeal_start, appeal_end = _appeal_span(today)
    campaigns = set(workspace.names(db, "campaigns"))
    for name, colour, objective, first, last in (
        (data.COLLECTE, "#e65100", objectives[data.DONATIONS], friday - timedelta(days=14), friday),
        (data.APPEAL, "#1565c0", objectives[data.RECRUIT], appeal_start, appeal_end),
    ):
        if name not in campaigns:
            workspace.save_campaign(db, name, colour, objective, first, last + timedelta(days=2))
    people = {name for name, _role in workspace.people(db)}
    for person, role in ((data.EDITOR, "editor"), (data.REVIEWER, "reviewer")):
        if person not in people:
            workspace.save_person(db, person, role)
    return _Names(objectives, audiences, channels)


def _resolve(db: Database, kind: str, defaults: dict[str, list[str]], language: str) -> list[str]:
    """Names by index: the workspace's language first, then French; missing ones are added."""
    present = set(workspace.names(db, kind))
    native = defaults.get(language, defaults["fr"])
    chosen = []
    for own, french in zip(native, defaults["fr"], strict=True):
        name = own if own in present or french not in present else french
        if name not in present:
            workspace.add_named(db, kind, name)
        chosen.append(name)
    return chosen


def demo_uid(key: int) -> str:
    return f"demo-{key:03d}@ngo-calendar"


def _present_keys(db: Database) -> set[str]:
    # A read only: the uids of demo items already in the workspace.
    with reading(db) as s:
        return set(s.scalars(select(Item.uid).where(Item.uid.like("demo-%@ngo-calendar"))))


def collecte_friday(today: date) -> date:
    """The Friday of the collection weekend: the last one of November when it is near enough
    to show in the demo's three months with its run-up, else one in about two weeks."""
    for year in (today.year - 1, today.year, today.year + 1):
        friday = date(year, 11, 30)
        friday -= timedelta(days=(friday.weekday() - 4) % 7)
        if today - timedelta(days=SPAN - 14) <= friday <= today + timedelta(days=SPAN - 9):
            return friday
    soon = today + timedelta(days=17)
    return soon + timedelta(days=(4 - soon.weekday()) % 7)


def _appeal_span(today: date) -> tuple[date, date]:
    return today - timedelta(days=30), today + timedelta(days=60)


def _series_dates(today: date) -> tuple[date, date, date]:
    """The series' first Tuesday, the Tuesday without distribution, the one moved a day on."""
    first = today - timedelta(days=SPAN)
    first += timedelta(days=(1 - first.weekday()) % 7)
    coming = today + timedelta(days=(1 - today.weekday()) % 7 or 7)
    return first, coming + timedelta(days=14), coming + timedelta(days=21)


def _tuesday_key(day: date, tz: ZoneInfo) -> str:
    return start_key(local_to_utc(datetime.combine(day, DISTRIBUTION_TIME), tz))


def _adjust_series(db: Database, item_id: int, today: date) -> None:
    tz = workspace.settings(db).tz
    _first, skip, moved = _series_dates(today)
    occurrences.delete_occurrence(db, item_id, _tuesday_key(skip, tz), data.EDITOR, undoable=False)
    wednesday = Timed(datetime.combine(moved + timedelta(days=1), DISTRIBUTION_TIME))
    occurrences.move_item(
        db, item_id, wednesday, _tuesday_key(moved, tz), who=data.EDITOR, undoable=False
    )


def _plan(today: date, names: _Names) -> list[tuple[int, ItemDraft]]:
    """Every demo item with its stable key, in the same order for the same day."""
    rng = random.Random(SEED)
    plan = [(RECURRING_KEY, _recurring(today, names)), (COLLECTE_KEY, _collecte(today, names))]
    plan += [(FIRST_EVENT + i, _event(row, today, names)) for i, row in enumerate(data.EVENTS)]
    for i, (title, body, offset) in enumerate(data.MILESTONES):
        day = today + timedelta(days=offset)
        draft = ItemDraft(title, ItemKind.MILESTONE, body, [names.channels[data.WEBSITE]])
        draft.status, draft.start = _dated_status(day, today), AllDay(day)
        draft.objective, draft.sensitivity = names.objectives[data.OUR_NEWS], Sensitivity.TIME_BOUND
        plan.append((FIRST_MILESTONE + i, draft))
    for i, (title, body, objective) in enumerate(data.IDEAS):
        channel = names.channels[data.INSTAGRAM if i % 2 else data.FACEBOOK]
        draft = ItemDraft(title, body=body, channels=[channel], status=Status.IDEA, tags=["idée"])
        draft.objective, draft.audiences = (
            names.objectives[objective],
            [names.audiences[data.PUBLIC]],
        )
        plan.append((FIRST_IDEA + i, draft))
    plan += [(FIRST_POST + i, d) for i, d in enumerate(_posts(rng, today, names))]
    return plan


def _dated_status(day: date, today: date) -> Status:
    if day < today:
        return Status.PUBLISHED
    return Status.APPROVED if day <= today + timedelta(days=21) else Status.DRAFT


def _recurring(today: date, names: _Names) -> ItemDraft:
    first, skip, moved = _series_dates(today)
    title, body = data.RECURRING
    return ItemDraft(
        title=title,
        kind=ItemKind.EVENT,
        body=body,
        channels=[names.channels[data.EVENTS_CHANNEL], names.channels[data.FACEBOOK]],
        status=Status.APPROVED,
        start=Timed(datetime.combine(first, DISTRIBUTION_TIME)),
        duration_minutes=180,
        objective=names.objectives[data.OUR_NEWS],
        audiences=[names.audiences[data.BENEFICIARIES]],
        tags=["distribution", "infos-pratiques"],
        notes=data.RECURRING_SKIP_NOTE.format(skip=fr.fr_date(skip), moved=fr.fr_date(moved)),
        sensitivity=Sensitivity.ESSENTIAL,  # practical information stays up in a crisis
        rrule="FREQ=WEEKLY;BYDAY=TU",
    )


def _collecte(today: date, names: _Names) -> ItemDraft:
    friday = collecte_friday(today)
    return ItemDraft(
        title="Collecte nationale dans les magasins du Val d'Orsanne",
        kind=ItemKind.EVENT,
        body=f"Du {fr.weekend_fr(friday)}, gilets orange et caddies à l'entrée de six magasins.",
        channels=[names.channels[c] for c in (data.EVENTS_CHANNEL, data.FACEBOOK, data.INSTAGRAM)],
        status=_dated_status(friday, today),
        start=AllDay(friday),
        days=3,
        campaign=data.COLLECTE,
        objective=names.objectives[data.DONATIONS],
        audiences=[names.audiences[data.PUBLIC], names.audiences[data.DONORS]],
        tags=["collecte"],
        sensitivity=Sensitivity.TIME_BOUND,
    )


def _event(row: data.EventRow, today: date, names: _Names) -> ItemDraft:
    title, body, offset, weekday, clock, length, objective, audiences, campaign = row
    day = today + timedelta(days=offset)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    if day > today + timedelta(days=SPAN):
        day -= timedelta(days=7)
    draft = ItemDraft(title, ItemKind.EVENT, body, [names.channels[data.EVENTS_CHANNEL]])
    draft.channels.append(names.channels[data.FACEBOOK])
    if clock is None:
        draft.start, draft.days = AllDay(day), length
    else:
        hour, minute = (int(part) for part in clock.split(":"))
        draft.start, draft.duration_minutes = (
            Timed(datetime.combine(day, time(hour, minute))),
            length,
        )
    draft.status, draft.campaign = _dated_status(day, today), campaign
    draft.objective = names.objectives[objective]
    draft.audiences = [names.audiences[a] for a in audiences]
    draft.sensitivity = Sensitivity.TIME_BOUND  # only meaningful on its date
    return draft


def _posts(rng: random.Random, today: date, names: _Names) -> list[ItemDraft]:
    friday = collecte_friday(today)
    appeal_start, appeal_end = _appeal_span(today)
    seen: set[str] = set()
    drafts: list[ItemDraft] = []
    days = [today + timedelta(days=offset) for offset in range(-SPAN, SPAN + 1)]
    extra = set(rng.sample([d for d in days if DAILY_POSTS[d.weekday()]], EXTRA_POSTS))
    for day in days:
        count = DAILY_POSTS[day.weekday()] + (day in extra)
        for _ in range(count):
            draft = _post(rng, day, friday, names, seen)
            if draft.campaign == data.APPEAL and not appeal_start <= day <= appeal_end:
                draft.campaign = None
            drafts.append(draft)
    _set_statuses(drafts, today)
    return drafts


def _post(rng: random.Random, day: date, friday: date, names: _Names, seen: set[str]) -> ItemDraft:
    """One post on `day`: a theme, a (title, body) pair and fillers, with a title not yet used."""
    in_collecte = friday - timedelta(days=14) <= day <= friday + timedelta(days=9)
    themes = [t for t in data.THEMES if t.campaign != data.COLLECTE or in_collecte]
    weights = [t.weight for t in themes]
    for _attempt in range(30):
        theme = rng.choices(themes, weights)[0]
        after = theme.after and day > friday + timedelta(days=2)
        title, body = rng.choice(theme.after if after else theme.posts)
        fill = _fillers(rng, day, friday)
        title = title.format(**fill)
        title = title[0].upper() + title[1:]
        if title not in seen:
            break
    seen.add(title)
    channels = list(
        theme.channels[:-1] if len(theme.channels) > 1 and rng.random() < 0.3 else theme.channels
    )
    variants = {}
    if data.INSTAGRAM in channels and theme.short and rng.random() < 0.6:
        variants[names.channels[data.INSTAGRAM]] = theme.short.format(**fill)
    hour, minute = rng.choice(POST_TIMES)
    return ItemDraft(
        title=title,
        body=body.format(**fill),
        channels=[names.channels[c] for c in channels],
        variants=variants,
        start=Timed(datetime.combine(day, time(hour, minute))),
        campaign=theme.campaign,
        objective=names.objectives[theme.objective],
        audiences=[names.audiences[a] for a in theme.audiences],
        tags=list(theme.tags),
        sensitivity=theme.sensitivity,
    )


def _fillers(rng: random.Random, day: date, friday: date) -> dict[str, str]:
    prenom, role = rng.choice(data.PORTRAITS)
    return {
        "lieu": rng.choice(data.LIEUX),
        "antenne": rng.choice(data.ANTENNES),
        "partenaire": rng.choice(data.PARTENAIRES),
        "produit": rng.choice(data.PRODUITS),
        "restes": rng.choice(data.RESTES),
        "prenom": prenom,
        "role": role,
        "kg": fr.number(rng.randrange(120, 2400, 10)),
        "benevoles": str(rng.randint(4, 25)),
        "familles": str(rng.randint(280, 460)),
        "jour": rng.choice(fr.WEEKDAYS_FR[:6]),
        "ce_jour": fr.fr_date(day),
        "plus_tard": fr.fr_date(_weekday_after(day, rng.randint(3, 12))),
        "collecte": fr.weekend_fr(friday),
    }


def _weekday_after(day: date, days: int) -> date:
    """A deadline or an extra opening `days` on, moved off Sunday when nobody is at the local."""
    later = day + timedelta(days=days)
    return later + timedelta(days=1) if later.weekday() == 6 else later


def _set_statuses(drafts: list[ItemDraft], today: date) -> None:
    """Statuses that fit the date: the past published (a few cancelled), the coming week
    approved or waiting for review, the weeks after in review or draft, later still draft."""
    for i, draft in enumerate(drafts):
        assert isinstance(draft.start, Timed)
        days_ahead = (draft.start.local.date() - today).days
        if days_ahead < 0:
            cancelled = i % 23 == 7
            draft.status = Status.CANCELLED if cancelled else Status.PUBLISHED
            if cancelled:
                draft.notes = data.CANCEL_REASONS[i % len(data.CANCEL_REASONS)]
        elif days_ahead <= 7:
            draft.status = Status.IN_REVIEW if i % 3 == 0 else Status.APPROVED
        elif days_ahead <= 21:
            draft.status = (Status.IN_REVIEW, Status.APPROVED, Status.DRAFT, Status.DRAFT)[i % 4]
        else:
            draft.status = Status.DRAFT
        if draft.status == Status.IN_REVIEW:
            draft.notes = f"Relecture demandée à {data.REVIEWER}."
