"""Undo and redo for the writes of the Groepen area: each step is one service call (one
transaction) whose Changes are published like any other write."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import ValidationFailed


class WriteCommand(QUndoCommand):
    """A write that already happened (the first redo does nothing), with the service calls
    that undo and redo it. When one of them is refused (ValidationFailed, e.g. a module
    that meanwhile got sessions), `refused` is told and nothing changes."""

    def __init__(
        self,
        text: str,
        undo: Callable[[], Changes],
        redo: Callable[[], Changes],
        publish: Callable[[Changes], None],
        refused: Callable[[ValidationFailed], None],
    ) -> None:
        super().__init__(text)
        self._undo, self._redo, self._publish, self._refused = undo, redo, publish, refused
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Changes]) -> None:
        try:
            changes = step()
        except ValidationFailed as failed:
            self._refused(failed)
            return
        self._publish(changes)
