"""Undo for the outcome and development-plan writes: the write happens first (so a refusal
shows in the dialog and nothing lands on the undo stack), then a command that can undo and
redo it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from werkfit_desktop.services.changes import Changes


class WriteDone(QUndoCommand):
    """`undo_fn()` and `redo_fn()` each return the Changes they made; `publish` sends them.
    The first redo (QUndoStack.push) is the write that already happened."""

    def __init__(
        self,
        text: str,
        publish: Callable[[Changes], None],
        undo_fn: Callable[[], Changes],
        redo_fn: Callable[[], Changes],
    ) -> None:
        super().__init__(text)
        self._publish, self._undo, self._redo = publish, undo_fn, redo_fn
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._publish(self._redo())

    def undo(self) -> None:
        self._publish(self._undo())
