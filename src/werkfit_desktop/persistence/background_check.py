"""The whole-file check of a database (`recovery.diagnose`) on a thread of its own.

SQLite reads the file without holding Python's lock, so the check runs on the other core
while the program goes on importing (PySide6, the main window). `start_early(path)` begins
it before anything else (`werkfit` does so before importing Qt); `checking_of(path)` takes
that check over when it is for the same file, or starts one."""

from __future__ import annotations

import threading
from pathlib import Path

_early: dict[Path, BackgroundCheck] = {}


class BackgroundCheck:
    """`recovery.diagnose(path)` on a thread; `result()` waits for it."""

    def __init__(self, path: Path) -> None:
        from werkfit_desktop.persistence.recovery import diagnose

        self.path = path
        # Looked at before the check opens the file (its connection makes a -wal while open):
        # a -wal found now is one left by a program that did not close the file.
        self.found_wal = path.with_name(path.name + "-wal").exists()
        self._diagnose = diagnose
        self._diagnosis = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="werkfit-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._diagnosis = self._diagnose(self.path)
        except BaseException as exc:  # handed to the caller of result()
            self._error = exc

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._diagnosis


def _key(path: Path) -> Path:
    return Path(path).absolute()


def start_early(path: Path | None) -> None:
    """Begin checking `path` now (when it exists); `checking_of` picks the check up."""
    if path is None:
        return
    try:
        if not Path(path).is_file():
            return
    except OSError:
        return
    _early[_key(path)] = BackgroundCheck(Path(path))


def checking_of(path: Path) -> BackgroundCheck:
    """The check of `path`: the early one when there is one for this file, else a new one."""
    early = _early.pop(_key(path), None)
    return early if early is not None else BackgroundCheck(path)
