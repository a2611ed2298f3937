"""What Ctrl+Z and Ctrl+Shift+Z take, and what their actions say.

The stack is shared by every program that opens the workspace. Two readings of it are kept:
`store`, the stack as it is now (the actions' state and tooltips name its top), and `seen`, as
the person last saw it: after this window's own write, or after being told another program
wrote. Undo passes `seen`'s entry to core, which refuses (StackMoved) when another program's
entry is on top: the first Ctrl+Z after another program's write says so and undoes nothing.
Texts are translated in the context "MainWindow", where the window's own texts are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ngo_calendar.core.workspace import Database
from ngo_calendar.core.write import undo_stack
from ngo_calendar.core.write.undo_stack import StackState

from ..common.labels import operation_label


class UndoActions:
    def __init__(self, undo: QAction, redo: QAction) -> None:
        self.undo, self.redo = undo, redo
        self.seen = StackState(None, None)
        self.store = StackState(None, None)
        self._told = False  # False: the next reading is what the person sees (the first too)

    def tell(self) -> None:
        """The next reading of the stack is what the person sees (this window wrote, or a
        refusal was just shown)."""
        self._told = False

    def read(self, db: Database, own: bool) -> None:
        """The stack read again; what Ctrl+Z takes moves on only after this window's own
        writes (another program's write is told at the next Ctrl+Z)."""
        stack = self.store = undo_stack.state(db)
        if own or not self._told:
            self.seen, self._told = stack, True
        self.undo.setEnabled(stack.undo_label is not None)
        self.redo.setEnabled(stack.redo_label is not None)
        self.undo.setText(QCoreApplication.translate("MainWindow", "Undo"))
        self.redo.setText(QCoreApplication.translate("MainWindow", "Redo"))
        if stack.undo_label:
            what = operation_label(stack.undo_label)
            tip = QCoreApplication.translate("MainWindow", "Undo %1 (Ctrl+Z)").replace("%1", what)
            if stack.undo_id != self.seen.undo_id:
                tip += "\n" + QCoreApplication.translate(
                    "MainWindow", "Made by another program: Ctrl+Z first says so."
                )
            self.undo.setToolTip(tip)
        else:
            self.undo.setToolTip(QCoreApplication.translate("MainWindow", "Nothing to undo"))
        if stack.redo_label:
            what = operation_label(stack.redo_label)
            tip = QCoreApplication.translate("MainWindow", "Redo %1 (Ctrl+Shift+Z)")
            self.redo.setToolTip(tip.replace("%1", what))
        else:
            self.redo.setToolTip(QCoreApplication.translate("MainWindow", "Nothing to redo"))
