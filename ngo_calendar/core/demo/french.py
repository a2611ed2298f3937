"""Dates and numbers written as the demo's French texts write them (« mardi 1er décembre »).

Kept apart from the demo's data tables: these are wording rules, not data.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip


def fr_date(day: date) -> str:
    number = "1er" if day.day == 1 else str(day.day)
    return f"{WEEKDAYS_FR[day.weekday()]} {number} {MONTHS_FR[day.month - 1]}"


def weekend_fr(friday: date) -> str:
    """'27 au 29 novembre', or '29 novembre au 1er décembre' across a month's end."""
    sunday = friday + timedelta(days=2)
    end = f"{'1er' if sunday.day == 1 else sunday.day} {MONTHS_FR[sunday.month - 1]}"
    if sunday.month == friday.month:
        return f"{friday.day} au {end}"
    return f"{friday.day} {MONTHS_FR[friday.month - 1]} au {end}"


def number(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")  # French thousands: a narrow no-break space
