"""The review commands as a person types them: submit, the queue, approve (one or several, as
someone of the workspace), request changes with a comment, the settings, silent approval when
any command runs, the review sheet and the decisions brought back (applied only about what the
sheet held, by people who may review: issue 27), and every refusal in one line with exit 2 and
nothing written."""

from __future__ import annotations

import json
import shutil

from tests.helpers import dump, future, page_data, row, sealed, sha256

from .conftest import Cli


def statuses(cli: Cli) -> dict[str, str]:
    return {row["title"]: row["status"] for row in cli.listing("2000-01-01", "2100-01-01")}


def test_submit_queue_approve_and_request_changes(cli: Cli) -> None:
    cli.ok("person", "add", "Mme la présidente", "--role", "reviewer")
    later = cli.add("--title", "Plus tard", "--channel", "Facebook", "--at", future(10))
    soon = cli.add("--title", "Bientôt", "--channel", "Instagram", "--at", future(0, 23))
    third = cli.add("--title", "Troisième", "--channel", "Facebook", "--at", future(5))
    assert cli.ok("review", "submit", str(later), str(soon), str(third)).out.startswith("in review")
    queue = cli.ok("review", "queue", "--json").json()
    assert [row["title"] for row in queue] == ["Bientôt", "Troisième", "Plus tard"]
    assert queue[0]["channels"][0] == {
        "channel": "Instagram",
        "text": "",
        "length": 0,
        "limit": 2200,
    }
    assert "3 waiting for review" in cli.ok("review", "queue").out
    cli.ok(
        "review",
        "approve",
        str(later),
        str(third),
        "--comment",
        "Parfait",
        "--as",
        "mme la présidente",
    )
    thread = cli.ok("item", "show", str(later), "--json").json()["thread"]
    assert [(r["who"], r["kind"], r["text"]) for r in thread] == [
        ("Mme la présidente", "approval", "Parfait")
    ]
    cli.ok("review", "request-changes", str(soon), "--comment", "Ajouter l'heure")
    assert statuses(cli) == {"Plus tard": "approved", "Troisième": "approved", "Bientôt": "draft"}
    assert cli.ok("review", "queue", "--json").json() == []
    shown = cli.ok("item", "show", str(soon), "--json").json()
    assert shown["status"] == "draft" and shown["thread"][0]["kind"] == "changes"
    assert "cli-tester (changes): Ajouter l'heure" in cli.ok("item", "show", str(soon)).out
    cli.ok("undo")  # the requested changes, and only them
    assert statuses(cli)["Bientôt"] == "in_review"


def test_refusals_say_what_and_change_nothing(cli: Cli) -> None:
    draft = cli.add("--title", "Brouillon", "--channel", "Facebook", "--at", future(3))
    before = cli.counts()
    line = cli.refused("review", "approve", str(draft))
    assert "item 1 is draft, not in_review" in line, line
    line = cli.refused("review", "approve", str(draft), "--as", "Personne")
    assert "not one of the workspace's people" in line, line
    assert "--comment" in cli.refused("review", "request-changes", str(draft))
    line = cli.refused("review", "settings", "--mode", "rules", "--channel", "TikTok")
    assert "channel: TikTok" in line and "Facebook" in line, line
    assert "--silent-after" in cli.refused("review", "settings", "--silent-after", "soon")
    assert "404" in cli.refused("review", "submit", "404")
    assert cli.counts() == before


def test_settings_show_and_change_only_what_is_given(cli: Cli) -> None:
    shown = cli.ok("review", "settings", "--json").json()
    assert shown["mode"] == "off" and shown["silent_after_hours"] is None
    cli.ok(
        "review", "settings", "--mode", "rules", "--channel", "instagram", "--silent-after", "48"
    )
    cli.ok("review", "settings", "--sensitivity", "essential")
    shown = cli.ok("review", "settings", "--json").json()
    assert (shown["mode"], shown["channels"], shown["sensitivities"]) == (
        "rules",
        ["Instagram"],
        ["essential"],
    )
    assert shown["silent_after_hours"] == 48
    cli.ok("review", "settings", "--silent-after", "off")
    assert cli.ok("review", "settings", "--json").json()["silent_after_hours"] is None


def test_any_command_approves_what_waited_past_its_silent_approval_time(cli: Cli) -> None:
    near = cli.add("--title", "Dans une heure", "--channel", "Facebook", "--at", future(0, 23))
    far = cli.add("--title", "Dans dix jours", "--channel", "Facebook", "--at", future(10))
    cli.ok("review", "submit", str(near), str(far))
    cli.ok("review", "settings", "--silent-after", "48")
    # The next command (any) runs the silent approval first.
    assert statuses(cli) == {"Dans une heure": "approved", "Dans dix jours": "in_review"}
    queue = cli.ok("review", "queue", "--json").json()
    assert queue[0]["silent_approval"] is not None


def test_a_decisions_file_that_cannot_be_taken_is_refused_in_one_line(cli: Cli) -> None:
    item = cli.add("--title", "Appel", "--channel", "Facebook", "--at", future(3))
    cli.ok("review", "submit", str(item))
    broken = cli.cwd / "decisions.json"
    broken.write_text('{"format": "ngo-calendar review decisions",\n "version": 1,,}', "utf-8")
    before = cli.counts()
    line = cli.refused("review", "apply", str(broken))
    assert f"{broken}: line 2, column 15: not JSON" in line
    broken.write_text('{"format": "something else"}', "utf-8")
    assert "not a file of decisions saved from a review sheet" in cli.refused(
        "review", "apply", str(broken)
    )
    other = {
        "format": "ngo-calendar review decisions",
        "version": 1,
        "workspace": "0" * 32,
        "sheet": "1" * 32,
        "reviewer": "X",
        "decisions": [],
        "seal": "0" * 64,
    }
    broken.write_text(json.dumps(other), "utf-8")
    assert "another workspace" in cli.refused("review", "apply", str(broken))
    assert cli.counts() == before


def test_decisions_are_applied_only_about_what_the_sheet_held_by_who_may_review(
    cli: Cli,
) -> None:
    cli.ok("person", "add", "Mme la présidente", "--role", "reviewer")
    cli.ok("person", "add", "Camille", "--role", "editor")
    sent = cli.add("--title", "Envoyé", "--channel", "Facebook", "--at", future(3))
    later = cli.add("--title", "Plus tard", "--channel", "Facebook", "--at", future(4))
    never = cli.add("--title", "Jamais envoyé", "--channel", "Facebook", "--at", future(5))
    cli.ok("review", "submit", str(sent))
    page = cli.cwd / "relecture.html"
    cli.ok("review", "sheet", str(page))
    cli.ok("review", "submit", str(later))
    # What anybody holding the page reads from it: the ids, the key, what it shows.
    data = page_data(page.read_text("utf-8"))
    assert [shown["item"] for shown in data["items"]] == [sent]
    known = {r["id"]: r for r in cli.listing("2000-01-01", "2100-01-01")}

    def about(item: int) -> dict:
        return row(item, known[item]["uid"], known[item]["revision"])

    decisions = cli.cwd / "decisions.json"
    for reviewer, says in [
        ("Présidente", "'Présidente' is not one of the workspace's people"),
        ("Camille", "'Camille' may not review (role: editor)"),
    ]:
        decisions.write_text(json.dumps(sealed(data, reviewer, [about(sent)])), "utf-8")
        before, digest, rows = cli.counts(), sha256(decisions), dump(cli.folder)
        assert says in cli.refused("review", "apply", str(decisions))
        assert cli.counts() == before and dump(cli.folder) == rows
        assert sha256(decisions) == digest
    # A sheet made on a copy of the workspace (same secret, so a valid seal) was never
    # recorded here: refused whole.
    copy = Cli(cli.cwd / "copy", cli.cwd)
    shutil.copytree(cli.folder, copy.folder)
    copy.ok("review", "sheet", str(cli.cwd / "copie.html"))
    elsewhere = page_data((cli.cwd / "copie.html").read_text("utf-8"))
    decisions.write_text(json.dumps(sealed(elsewhere, "Mme la présidente", [about(sent)])))
    before = dump(cli.folder)
    assert "a sheet this workspace never made" in cli.refused("review", "apply", str(decisions))
    assert dump(cli.folder) == before
    # Sealed with the page's own key, about items the sheet never held: reported, not applied.
    forged = sealed(data, "Mme la présidente", [about(sent), about(later), about(never)])
    decisions.write_text(json.dumps(forged), "utf-8")
    report = cli.ok("review", "apply", str(decisions), "--json").json()
    assert [d["item"] for d in report["applied"]] == [sent]
    assert [(d["item"], d["reason"]) for d in report["skipped"]] == [
        (later, "not on the sheet these decisions answer"),
        (never, "not on the sheet these decisions answer"),
    ]
    assert statuses(cli) == {
        "Envoyé": "approved",
        "Plus tard": "in_review",
        "Jamais envoyé": "draft",
    }


def test_a_sheet_is_not_an_undo_step(cli: Cli) -> None:
    cli.ok("person", "add", "Mme la présidente", "--role", "reviewer")
    item = cli.add("--title", "Appel", "--channel", "Facebook", "--at", future(3))
    cli.ok("review", "submit", str(item))
    before = cli.counts()
    cli.ok("review", "sheet", str(cli.cwd / "relecture.html"))
    assert cli.counts() == {**before, "review_sheets": before["review_sheets"] + 1}
    cli.ok("undo")  # the submission, not the sheet
    assert statuses(cli) == {"Appel": "draft"}
