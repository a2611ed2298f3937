"""A channel's file name part: its slug when free, else numbered; portable everywhere, never
one Windows reserves, never another channel's, case-insensitively too."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from ngo_calendar.core.model.file_names import SLUG_MAX, channel_file_name, reserved, slug

PORTABLE = re.compile(r"[a-z0-9][a-z0-9-]*")


def named(names: list[str]) -> list[str]:
    """Each name's part, given one after the other as channels are created."""
    taken: list[str] = []
    for name in names:
        taken.append(channel_file_name(name, taken))
    return taken


def test_the_slug_folds_accents_case_and_separators() -> None:
    assert slug("Événements") == "evenements"
    assert slug("Lettre d'info") == "lettre-d-info"
    assert [slug(n) for n in ("Face book", "face-book", "FACE_BOOK")] == ["face-book"] * 3
    assert slug("日本語") == slug("📅") == ""


def test_names_that_shared_a_file_each_get_one() -> None:
    names = ["Face book", "face-book", "FACE_BOOK", "日本語", "📅", "Événements", "evenements"]
    assert named(names) == [
        "face-book",
        "face-book-2",
        "face-book-3",
        "canal",
        "canal-2",
        "evenements",
        "evenements-2",
    ]


def test_a_free_slug_is_kept_as_the_files_before_were_named() -> None:
    # Subscribers of `plan-facebook.ics` keep their address after the upgrade.
    assert named(["Facebook", "Lettre d'info"]) == ["facebook", "lettre-d-info"]
    long = "Une très longue chaîne de vidéos pour les bénévoles du dimanche matin"
    assert channel_file_name(long, []) == slug(long) and len(slug(long)) == SLUG_MAX


def test_names_windows_reserves_are_avoided() -> None:
    for name in ("CON", "nul", "Aux", "PRN", "com1", "LPT9", "Com 1"):
        found = channel_file_name(name, [])
        assert not reserved(found) and not reserved(f"{found}.ics"), (name, found)
    assert channel_file_name("CON", []) == "con-2"
    assert reserved("con.ics") and reserved("Nul") and not reserved("console")


def test_a_taken_name_is_compared_regardless_of_case() -> None:
    assert channel_file_name("Facebook", ["FACEBOOK"]) == "facebook-2"


def test_a_numbered_name_taken_by_a_channel_is_passed_over() -> None:
    # "Facebook 2" took `facebook-2` first: the second "facebook" gets the next number.
    assert named(["Facebook", "Facebook 2", "FACEBOOK"]) == ["facebook", "facebook-2", "facebook-3"]


def test_a_long_name_numbered_stays_within_the_bound() -> None:
    long = "x" * 80
    found = named([long, long.upper()])
    assert found[1].endswith("-2") and len(found[1]) <= SLUG_MAX and found[0] != found[1]


NAMES = st.text(st.characters(exclude_categories=("Cs",)), min_size=0, max_size=90)


@given(st.lists(NAMES, max_size=30))
def test_any_names_get_distinct_portable_file_names(names: list[str]) -> None:
    found = named(names)
    assert len({f.casefold() for f in found}) == len(found)
    for part in found:
        assert PORTABLE.fullmatch(part) and len(part) <= SLUG_MAX, part
        assert not reserved(part)
        assert f"{part}.ics".isascii()
