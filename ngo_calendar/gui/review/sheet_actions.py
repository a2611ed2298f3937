"""The review sheet from the window: write it for a reviewer away from the laptop (a page to
decide in a browser, or a PDF), and record the decisions file they send back. A controller the
main window composes (it reaches the window through its `WindowContext`); core makes and
records the sheet (a write on the database worker, but no undo step: Ctrl+Z still takes back the
last edit) and checks and records the decisions (one undoable operation), the window asks for
the files and says what happened."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenuBar, QMessageBox

from ngo_calendar.core.model.domain import Status
from ngo_calendar.core.model.refusals import REFUSALS
from ngo_calendar.core.write.changes import Changes

from ..common import file_dialogs
from ..common.context import WindowContext, window_action
from ..common.errors import error_text
from ..common.labels import status_label

if TYPE_CHECKING:
    from ngo_calendar.core.review.decisions import Outcome, Skipped
    from ngo_calendar.core.workspace import Database

    from ..common.db_worker import Job


class ReviewSheetController:
    """Texts here are translated in the context "ReviewSheetActions" (the name of the mixin
    this controller was), where the catalogues file them."""

    def __init__(self, context: WindowContext) -> None:
        self.context = context
        self.last_report = ""  # what the last decisions file did, as shown (tests read it)
        self._sheet_job: Job | None = None

    def build_menu(self, menus: QMenuBar, submit: QAction) -> None:
        """The Review menu: `submit` (send the selected item to review), the sheet, the
        decisions, and the validation settings."""
        window = self.context.dialog_parent
        self.act_sheet = window_action(
            window,
            QCoreApplication.translate("ReviewSheetActions", "Review sheet for a reviewer…"),
            ["Ctrl+Shift+R"],
            self.write_sheet,
        )
        self.act_apply_decisions = window_action(
            window,
            QCoreApplication.translate("ReviewSheetActions", "Apply a reviewer’s decisions…"),
            [],
            self.apply_decisions,
        )
        self.act_validation = window_action(
            window,
            QCoreApplication.translate("ReviewSheetActions", "Validation settings…"),
            [],
            lambda: self.context.open_settings("reviewTab"),
        )
        menu = menus.addMenu(QCoreApplication.translate("ReviewSheetActions", "&Review"))
        menu.addAction(submit)
        menu.addSeparator()
        menu.addActions([self.act_sheet, self.act_apply_decisions])
        menu.addSeparator()
        menu.addAction(self.act_validation)

    # -- the sheet -----------------------------------------------------------------------------
    def ask_sheet_path(self) -> str:
        """Where to write the sheet; tests replace this. Empty when the person cancels."""
        day = datetime.now(UTC).date().isoformat()
        folder = Path.home() / (
            QCoreApplication.translate("ReviewSheetActions", "review-sheet") + f"-{day}.html"
        )
        path, chosen = file_dialogs.save_file(
            self.context.dialog_parent,
            QCoreApplication.translate("ReviewSheetActions", "Review sheet for a reviewer"),
            str(folder),
            QCoreApplication.translate(
                "ReviewSheetActions", "Page to decide in a browser (*.html);;PDF to print (*.pdf)"
            ),
        )
        return with_chosen_suffix(path, chosen)

    def write_sheet(self) -> None:
        path = self.ask_sheet_path()
        if not path:
            return
        from ngo_calendar.core.review import sheet as review_sheet
        from ngo_calendar.core.write import acting

        try:
            kind = review_sheet.check_output(Path(path))
        except REFUSALS as exc:
            self.context.show_error(error_text(exc))
            return
        db, who = self.context.db, acting.current_user()
        self.context.statusBar().showMessage(
            QCoreApplication.translate("ReviewSheetActions", "Writing the review sheet…")
        )
        self._sheet_job = self.context.worker.submit(
            lambda job: _make_sheet(job, db, who, Path(path), kind),
            lambda made: self._sheet_made(made, Path(path)),
            self._sheet_failed,
            label="review sheet",
        )

    def _sheet_made(self, made: tuple[str, str | None, int], path: Path) -> None:
        self._sheet_job = None
        kind, printable, count = made
        if printable is not None:  # a PDF is laid out by Qt, here on the window's thread
            from .sheet_pdf import write_pdf

            try:
                write_pdf(printable, path, path.stem)
            except REFUSALS as exc:
                self.context.show_error(error_text(exc))
                return
        text = QCoreApplication.translate(
            "ReviewSheetActions", "Review sheet of %n item(s) written to %1"
        ).replace("%n", str(count))
        text = text.replace("%1", str(path))
        self.context.statusBar().showMessage(text, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("ReviewSheetActions", "Review sheet"),
            text,
            parent=self.context.dialog_parent,
        )
        how = (
            QCoreApplication.translate(
                "ReviewSheetActions",
                "Send it to the reviewer: they open it in any browser, decide, and save their "
                "decisions to a file that you record with Review › Apply a reviewer’s decisions.",
            )
            if kind == "html"
            else QCoreApplication.translate(
                "ReviewSheetActions",
                "Print it or send it; decisions on paper are entered in the Review tab.",
            )
        )
        box.setInformativeText(how)
        opening = box.addButton(
            QCoreApplication.translate("ReviewSheetActions", "Open"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        opening.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.setObjectName("sheetWritten")
        box.open()

    def _sheet_failed(self, exc: BaseException) -> None:
        self._sheet_job = None
        self.context.statusBar().clearMessage()
        if isinstance(exc, REFUSALS):
            self.context.show_error(error_text(exc))
            return
        raise exc  # the window's handler logs it and says so; the window goes on

    # -- the decisions -------------------------------------------------------------------------
    def ask_decisions_path(self) -> str:
        """The decisions file to record; tests replace this. Empty when the person cancels."""
        path, _kind = file_dialogs.open_file(
            self.context.dialog_parent,
            QCoreApplication.translate("ReviewSheetActions", "Apply a reviewer’s decisions"),
            str(Path.home() / "Downloads"),
            QCoreApplication.translate(
                "ReviewSheetActions", "Decisions saved from a review sheet (*.json);;All files (*)"
            ),
        )
        return path

    def apply_decisions(self) -> None:
        path = self.ask_decisions_path()
        if not path:
            return
        from ngo_calendar.core.review import decisions as review_decisions

        db = self.context.db
        found: list[tuple[str, Outcome]] = []  # the reviewer and what was recorded

        def work() -> Changes:
            decisions = review_decisions.read(db, Path(path))
            outcome = review_decisions.apply(db, decisions)
            found.append((decisions.reviewer, outcome))
            return outcome.changes or Changes(label="review sheet decisions")

        if self.context.run_write(work) is None:
            return
        self._report(*found[0])

    def _report(self, reviewer: str, outcome: Outcome) -> None:
        from ngo_calendar.core.calendar import query

        text = QCoreApplication.translate(
            "ReviewSheetActions", "Decisions of %1: %n recorded."
        ).replace("%1", reviewer)
        text = text.replace("%n", str(len(outcome.applied)))
        lines = []
        for skipped in outcome.skipped:
            decision, reason = skipped.decision, _reason(skipped)
            item = query.get_item(self.context.db, decision.item_id)
            title = item.title if item is not None and item.uid == decision.uid else ""
            what = (
                f"“{title}”"
                if title
                else QCoreApplication.translate("ReviewSheetActions", "item %1").replace(
                    "%1", str(decision.item_id)
                )
            )
            lines.append(f"• {what}: {reason}")
        if lines:
            text += " " + QCoreApplication.translate(
                "ReviewSheetActions", "Not applied: %n (why, item by item, below)."
            )
            text = text.replace("%n", str(len(lines)))
        self.last_report = "\n".join([text, *lines])
        self.context.statusBar().showMessage(text, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("ReviewSheetActions", "Reviewer’s decisions"),
            text,
            parent=self.context.dialog_parent,
        )
        if lines:
            box.setDetailedText("\n".join(lines))
        if outcome.applied:
            box.setInformativeText(
                QCoreApplication.translate("ReviewSheetActions", "Ctrl+Z takes them back.")
            )
        box.setObjectName("decisionsReport")
        box.open()


def with_chosen_suffix(path: str, chosen: str) -> str:
    """The file type picked in the dialog wins over the name's default .html (a name the
    person typed with .pdf or .html stays as typed)."""
    if not path:
        return path
    wanted = ".pdf" if chosen.endswith("(*.pdf)") else ".html"
    suffix = Path(path).suffix.lower()
    if suffix == wanted or (suffix == ".pdf" and wanted == ".html"):
        return path
    if suffix in (".html", ".htm"):
        return str(Path(path).with_suffix(wanted))
    return path + wanted if not suffix else path


def _reason(skipped: Skipped) -> str:
    """Why a decision was not applied, in the window's language (core gives the reason)."""
    status = status_label(Status(skipped.status)).lower() if skipped.status else ""
    texts = {
        "unknown": QCoreApplication.translate(
            "ReviewSheetActions", "not a decision this program knows"
        ),
        "gone": QCoreApplication.translate("ReviewSheetActions", "no longer in the workspace"),
        "changed": QCoreApplication.translate(
            "ReviewSheetActions", "changed after the sheet was made (now %1)"
        ),
        "not_in_review": QCoreApplication.translate(
            "ReviewSheetActions", "no longer in review (%1)"
        ),
        "empty": QCoreApplication.translate(
            "ReviewSheetActions", "a requested change that says nothing"
        ),
        "not_on_sheet": QCoreApplication.translate(
            "ReviewSheetActions", "not on the sheet these decisions answer"
        ),
    }
    return texts.get(skipped.why, skipped.reason).replace("%1", status)


def _make_sheet(
    job: Job, db: Database, who: str, path: Path, kind: str
) -> tuple[str, str | None, int]:
    """On the database worker: read the queue, build and record the sheet; an HTML sheet is
    written here, a PDF's printable text goes back to the window (Qt lays it out there)."""
    from ngo_calendar.core.review import sheet as review_sheet
    from ngo_calendar.core.review import sheet_html as review_sheet_html

    sheet = review_sheet.make(db, datetime.now(UTC), who)
    job.check()
    if kind == "html":
        review_sheet.write_text(path, review_sheet_html.page(sheet))
        return kind, None, len(sheet.entries)
    return kind, review_sheet_html.printable(sheet), len(sheet.entries)
