"""One app instance per database file: a lock file beside it (stale locks of crashed
processes are taken over by QLockFile)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class DatabaseLock:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # a lock is stale only when its process is gone

    def acquire(self) -> bool:
        return self._lock.tryLock(200)

    def holder(self) -> str:
        """Which process holds the lock, e.g. 'pid 4242, laptop-jc'."""
        info = self._lock.getLockInfo()  # (pid, hostname, appname) in PySide6
        if isinstance(info, tuple) and len(info) >= 2 and info[0]:
            return f"pid {info[-3]}, {info[-2]}"
        return "?"

    def release(self) -> None:
        self._lock.unlock()
