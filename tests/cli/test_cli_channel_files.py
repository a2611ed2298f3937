"""Each channel's own file in an export and the published folder (issue 27, point 7): channels
whose names slug alike ("Face book", "face-book", "FACE_BOOK"; "Événements" and "evenements";
"日本語" and "📅", with no ASCII letter) each get their own file with their own events; a rename
keeps the file; names Windows reserves are avoided; `channel list` shows each file."""

from __future__ import annotations

import re
from pathlib import Path

import icalendar

from .conftest import Cli

# Added to the template's Facebook, Instagram and Lettre.
ALIKE = ("Face book", "face-book", "FACE_BOOK", "日本語", "📅", "Événements", "evenements")
RESERVED = ("CON", "nul", "Com1", "LPT9")


def titles(path: Path) -> list[str]:
    found = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    return sorted(str(e["summary"]) for e in found)


def add_channels(cli: Cli, names: tuple[str, ...]) -> None:
    for n, name in enumerate(names):
        cli.ok("channel", "add", name, "--kind", "event")
        cli.add("--title", f"Sur {name}", "--channel", name, "--at", f"2026-12-{n + 1:02}T18:00")


def file_names(cli: Cli) -> dict[str, str]:
    return {c["name"]: c["file_name"] for c in cli.ok("channel", "list", "--json").json()}


def test_channels_whose_names_slug_alike_each_get_their_own_file(cli: Cli, tmp_path: Path) -> None:
    add_channels(cli, ALIKE)
    share = tmp_path / "share"
    share.mkdir()
    cli.ok("publish", "folder", str(share), "--per-channel")
    # One file per channel, each with that channel's events only.
    own = [titles(path) for path in share.glob("calendrier-*.ics")]
    assert len(own) == 3 + len(ALIKE)
    for name in ALIKE:
        assert own.count([f"Sur {name}"]) == 1, name
    named = file_names(cli)
    assert len({f.casefold() for f in named.values()}) == len(named) == 3 + len(ALIKE)
    # Free slugs keep the name the files had before names were stored.
    assert named["Facebook"] == "facebook" and named["Face book"] == "face-book"
    assert named["Événements"] == "evenements" and named["evenements"] != "evenements"
    for name in ALIKE:
        path = share / f"calendrier-{named[name]}.ics"
        assert titles(path) == [f"Sur {name}"], name
    published = {p.name for p in share.glob("*.ics")}
    assert published == {"calendrier.ics"} | {f"calendrier-{f}.ics" for f in named.values()}
    assert all(re.fullmatch(r"[a-z0-9-]+\.ics", name) for name in published)
    # The same names in an export, beside the file asked for.
    out = tmp_path / "plan.ics"
    written = cli.ok("export", "ics", str(out), "--per-channel", "--json").json()["channels"]
    assert sorted(written) == sorted(str(tmp_path / f"plan-{f}.ics") for f in named.values())
    for name in ALIKE:
        assert titles(tmp_path / f"plan-{named[name]}.ics") == [f"Sur {name}"]


def test_a_renamed_channel_keeps_its_file(cli: Cli, tmp_path: Path) -> None:
    add_channels(cli, ("Face book",))
    share = tmp_path / "share"
    share.mkdir()
    cli.ok("publish", "folder", str(share), "--per-channel")
    cli.ok("channel", "edit", "Face book", "--name", "Page Facebook de l'antenne")
    cli.add("--title", "Après", "--channel", "Page Facebook de l'antenne", "--on", "2026-12-20")
    # Its subscribers keep their address, and see what comes after the rename.
    assert titles(share / "calendrier-face-book.ics") == ["Après", "Sur Face book"]
    assert not list(share.glob("*page*"))
    assert file_names(cli)["Page Facebook de l'antenne"] == "face-book"
    # A new channel with the old name gets a file of its own.
    cli.ok("channel", "add", "Face book", "--kind", "event")
    assert file_names(cli)["Face book"] == "face-book-2"


def test_names_windows_reserves_are_never_a_file_name(cli: Cli, tmp_path: Path) -> None:
    add_channels(cli, RESERVED)
    named = file_names(cli)
    reserved = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}
    for name in RESERVED:
        assert named[name].casefold() not in reserved, named
        assert re.fullmatch(r"[a-z0-9-]+", named[name])
    out = tmp_path / "plan.ics"
    cli.ok("export", "ics", str(out), "--per-channel")
    for name in RESERVED:
        assert titles(tmp_path / f"plan-{named[name]}.ics") == [f"Sur {name}"]


def test_channel_list_shows_each_channels_file(cli: Cli) -> None:
    add_channels(cli, ("日本語",))
    lines = cli.ok("channel", "list").out.splitlines()
    assert lines[0] == "Facebook (facebook) #1877f2, file *-facebook.ics"
    assert lines[-1].endswith(", file *-canal.ics") and lines[-1].startswith("日本語 (event)")
