"""Fixtures the core's tests share."""

from __future__ import annotations

from datetime import date

import pytest

from ngo_calendar.core import workspace
from ngo_calendar.store import Database
from tests.helpers import new_item


@pytest.fixture
def lists_in_use(cdb: Database) -> Database:
    """Channels, a campaign with an objective, and two items using them."""
    workspace.save_campaign(
        cdb, "Winter appeal", "#8e24aa", "Collecter des dons", date(2026, 12, 1), date(2026, 12, 31)
    )
    new_item(
        cdb,
        title="Appeal launch",
        channels=["Facebook", "Instagram"],
        variants={"Facebook": "Long text for Facebook"},
        campaign="Winter appeal",
        objective="Collecter des dons",
        audiences=["Donateurs", "Grand public"],
    )
    new_item(cdb, title="Newsletter", channels=["Newsletter"], audiences=["Donateurs"])
    return cdb
