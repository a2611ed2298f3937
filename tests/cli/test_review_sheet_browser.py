"""The review sheet as a reviewer uses it: written by `review sheet`, opened in a real headless
Chromium (the system's, driven by Playwright), two items approved and a change requested on a
third, the decisions saved from the page, then recorded by `review apply`. And its PDF, whose
text holds every waiting item's title.

Skipped only outside CI when the system has no Chromium; in CI (CI=1, set by .ci/run) a missing
browser fails the test."""

from __future__ import annotations

import hashlib
import os
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import future

from .conftest import Cli

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The flags this machine's notes give for a closed network: no background connections.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is needed in CI (.ci/run installs it)")
    pytest.skip(f"{what} is not installed here")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright")
    if not Path(CHROMIUM).exists():
        _missing("Chromium (Debian package chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def sheet(cli: Cli, tmp_path: Path) -> tuple[Cli, list[int], Path]:
    cli.ok("person", "add", "Claire Martin", "--role", "reviewer")
    titles = ["Appel aux bénévoles", "Fête de quartier 🎉", "Collecte : merci !", "Gala d'hiver"]
    ids = [
        cli.add(
            "--title",
            title,
            "--channel",
            "Facebook",
            "--body",
            f"Texte de « {title} »",
            "--at",
            future(n + 1),
        )
        for n, title in enumerate(titles)
    ]
    cli.ok("review", "submit", *map(str, ids))
    path = tmp_path / "relecture.html"
    assert "4 item(s)" in cli.ok("review", "sheet", str(path)).out
    return cli, ids, path


def statuses(cli: Cli) -> dict[int, str]:
    return {row["id"]: row["status"] for row in cli.listing("2000-01-01", "2100-01-01")}


def test_a_reviewer_decides_in_the_browser_and_the_decisions_are_recorded(
    browser: Any, sheet: tuple[Cli, list[int], Path], tmp_path: Path
) -> None:
    cli, ids, path = sheet
    page = browser.new_page()
    asked: list[str] = []
    problems: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text))
    page.goto(path.as_uri())
    assert page.locator("section.item h2").all_inner_texts()[1] == "Fête de quartier 🎉"
    save = page.locator("#save")
    assert save.is_disabled()  # no name yet
    page.select_option("#reviewer", "Claire Martin")
    page.check("section.item[data-index='0'] input[value=approve]")
    page.check("section.item[data-index='1'] input[value=approve]")
    page.check("section.item[data-index='2'] input[value=changes]")
    assert save.is_disabled()  # a requested change must say what
    assert "changer" in page.inner_text("#save-why")
    page.fill("section.item[data-index='2'] textarea", "Ajouter l'adresse du local, s'il te plaît")
    assert save.is_enabled()
    assert page.inner_text("#tally") == "2 validé(s) · 1 à modifier · 1 en attente"
    with page.expect_download() as download:
        save.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name.startswith("review-decisions-") and saved.suffix == ".json"
    assert page.is_visible("#saved")
    # Nothing but the file itself (and the download made in the page) was asked for.
    assert [u for u in asked if not u.startswith(("file:", "blob:"))] == []
    assert problems == []

    out = cli.ok("review", "apply", str(saved), "--json").json()
    assert out["reviewer"] == "Claire Martin" and out["skipped"] == []
    now = statuses(cli)
    assert [now[i] for i in ids] == ["approved", "approved", "draft", "in_review"]
    thread = cli.ok("item", "show", str(ids[2]), "--json").json()["thread"]
    assert [(r["who"], r["kind"], r["text"]) for r in thread] == [
        ("Claire Martin", "changes", "Ajouter l'adresse du local, s'il te plaît")
    ]
    # The same file again: every decision is about an item changed since, and reported.
    again = cli.ok("review", "apply", str(saved), "--json").json()
    assert again["applied"] == [] and len(again["skipped"]) == 3
    # Edited by hand after saving: refused whole, in one line, nothing written.
    edited = tmp_path / "edited.json"
    edited.write_text(saved.read_text("utf-8").replace("s'il te plaît", "vite"), "utf-8")
    before = cli.counts()
    assert "seal" in cli.refused("review", "apply", str(edited))
    assert cli.counts() == before


def test_approve_all_and_the_pages_seal_matches_pythons(
    browser: Any, sheet: tuple[Cli, list[int], Path]
) -> None:
    cli, ids, path = sheet
    page = browser.new_page()
    page.goto(path.as_uri())
    for text in ("", "abc", "é" * 55, "Fête 🎉 " * 40, "x" * 1000):
        digest = page.evaluate("text => window.ngoSheet.sha256(text)", text)
        assert digest == hashlib.sha256(text.encode()).hexdigest(), text[:20]
    page.select_option("#reviewer", "Claire Martin")
    page.click("#approve-all")
    assert page.inner_text("#tally") == "4 validé(s) · 0 à modifier · 0 en attente"
    with page.expect_download() as download:
        page.click("#save")
    saved = Path(download.value.path())
    cli.ok("review", "apply", str(saved))
    assert set(statuses(cli).values()) == {"approved"}


def test_the_pdf_sheet_holds_every_waiting_title(sheet: tuple[Cli, list[int], Path]) -> None:
    from pypdf import PdfReader

    cli, _ids, path = sheet
    pdf = path.with_suffix(".pdf")
    assert "4 item(s)" in cli.ok("review", "sheet", str(pdf)).out
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    # Compared without spaces or line breaks (the layout wraps long titles) and with
    # ligatures undone (a PDF's text may hold "ﬁ" for "fi").
    flat = "".join(unicodedata.normalize("NFKC", text).split())
    for row in cli.ok("review", "queue", "--json").json():
        title = row["title"].replace("🎉", "")  # an emoji may be drawn as an image
        assert "".join(title.split()) in flat, row["title"]
    assert "Feuillederelecture" in flat


def test_a_sheet_is_written_as_html_or_pdf_only(cli: Cli, tmp_path: Path) -> None:
    line = cli.refused("review", "sheet", str(tmp_path / "sheet.docx"))
    assert "written as .html or .pdf" in line
    assert not (tmp_path / "sheet.docx").exists()
    assert "No such file" in cli.refused("review", "sheet", str(tmp_path / "no" / "s.html"))
    assert "No such file" in cli.refused("review", "apply", str(tmp_path / "none.json"))
