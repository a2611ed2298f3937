"""Regenerate the screenshots of README.md and docs/ with `ngo-calendar screenshot` on a fresh
demo workspace, and the review sheet as a reviewer sees it, in the system's Chromium (driven by
Playwright).

python scripts/screenshots.py            # writes docs/screenshots/*.png
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SHOTS = [
    ("month", ["--view", "month"]),
    ("week", ["--view", "week"]),
    ("agenda", ["--view", "agenda"]),
    ("editor", ["--view", "week", "--editor"]),
    ("review", ["--view", "review"]),
    ("month-en", ["--view", "month", "--lang", "en"]),
    ("export-dialog", ["--view", "export"]),
]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        base = [sys.executable, "-m", "ngo_calendar", "--data-dir", folder]
        subprocess.run([*base, "demo"], check=True, stdout=subprocess.DEVNULL)
        day = date.today().isoformat()
        for name, extra in SHOTS:
            target = OUT / f"{name}.png"
            cmd = [*base, "screenshot", str(target), "--date", day, "--size", "1400x900"]
            if "--lang" not in extra:
                cmd += ["--lang", "fr"]
            subprocess.run([*cmd, *extra], check=True)
            print(f"wrote {target.relative_to(ROOT)}")
        sheet = Path(folder) / "relecture.html"
        people = subprocess.run(
            [*base, "person", "list", "--json"], check=True, capture_output=True, text=True
        )
        editor = next(p["name"] for p in json.loads(people.stdout) if p["role"] == "editor")
        subprocess.run([*base, "review", "sheet", str(sheet), "--as", editor], check=True)
        shoot_sheet(sheet, OUT / "review-sheet.png")
        # Crisis mode: the preview of a three-day crisis, then the month once it is declared.
        options = ["--date", day, "--size", "1400x900", "--lang", "fr"]
        preview = OUT / "crisis-preview.png"
        subprocess.run(
            [*base, "screenshot", str(preview), *options, "--view", "crisis"], check=True
        )
        subprocess.run([*base, "crisis", "start", "--name", "Inondations dans la vallée",
                        "--from", f"{day}T08:00", "--message", "holding:Facebook"],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        month = OUT / "crisis-month.png"
        subprocess.run([*base, "screenshot", str(month), *options], check=True)
        print("wrote docs/screenshots/crisis-preview.png and crisis-month.png")
    return 0


def shoot_sheet(sheet: Path, target: Path) -> None:
    """The sheet with a reviewer's name picked, one item approved and one change asked."""
    from playwright.sync_api import sync_playwright

    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=flags)
        page = browser.new_page(viewport={"width": 1000, "height": 1150})
        page.goto(sheet.as_uri())
        names = page.locator("#reviewer option").all_inner_texts()
        if len(names) > 1:
            page.select_option("#reviewer", label=names[1])
        page.check("section.item[data-index='0'] input[value=approve]")
        page.check("section.item[data-index='1'] input[value=changes]")
        page.fill("section.item[data-index='1'] textarea", "Ajouter l'adresse du local, merci !")
        page.screenshot(path=str(target))
        browser.close()
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    raise SystemExit(main())
