"""Long work off the GUI thread: plain functions with a progress/cancel handle, run on a
worker thread; results and progress come back to the GUI thread through signals.

Tests use `InlineTaskRunner`, which runs the function at once on the calling thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """The user cancelled the task."""


class Progress:
    """Handed to a task: report how far it is, ask whether to stop."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def update(self, done: int, total: int, text: str = "") -> None:
        if self._report:
            self._report(done, total, text)
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, function: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)
        self._function = function

    def run(self) -> None:
        try:
            result = self._function(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class TaskRunner:
    """Runs tasks on a single background thread (database work is serial anyway)."""

    def __init__(self) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)

    def start(
        self,
        function: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        task = Task(function)
        task.setAutoDelete(False)
        task.signals.succeeded.connect(on_success)
        task.signals.failed.connect(on_failure)
        if on_progress:
            task.signals.progressed.connect(on_progress)
        self._pool.start(task)
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


class InlineTaskRunner(TaskRunner):
    """Runs each task at once on the calling thread (for tests)."""

    def start(self, function, on_success, on_failure, on_progress=None):
        progress = Progress(on_progress)
        try:
            result = function(progress)
        except BaseException as exc:  # noqa: BLE001
            on_failure(exc)
        else:
            on_success(result)
        return None
