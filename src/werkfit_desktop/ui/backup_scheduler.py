"""Automatic backups while the app runs: every 30 minutes when data changed since the last
backup (never when nothing changed), and on closing; each followed by thinning.

The scheduler listens to the app's one change signal (events.py) to know whether anything
changed; the backup itself runs on the TaskRunner, off the GUI thread (SQLite's backup API
reads a snapshot, so the user can keep working meanwhile). Where backups go and how many are
kept are settings (keys below); by default `<stem>-backups/` beside the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from werkfit_desktop.persistence.backup import (
    BackupFile,
    RetentionPolicy,
    make_backup,
    thin_backups,
)
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.tasks import TaskRunner

INTERVAL_MS = 30 * 60 * 1000

# QSettings keys (an empty folder means: beside the database).
FOLDER_KEY = "backup/folder"
KEEP_KEYS = {
    "hourly_hours": "backup/keep_hours",
    "daily": "backup/keep_days",
    "weekly": "backup/keep_weeks",
    "monthly": "backup/keep_months",
}


def configured_folder(settings) -> str | None:
    """The backup folder chosen in the settings, or None for the default beside the database."""
    if settings is None:
        return None
    value = settings.value(FOLDER_KEY, "")
    return str(value) if value else None


def retention_policy(settings) -> RetentionPolicy:
    """The retention from the settings; a missing or unreadable value keeps its default."""
    defaults = RetentionPolicy()
    if settings is None:
        return defaults
    values = {}
    for field, key in KEEP_KEYS.items():
        try:
            values[field] = max(0, int(settings.value(key, getattr(defaults, field))))
        except (TypeError, ValueError):
            values[field] = getattr(defaults, field)
    return RetentionPolicy(**values)


class BackupScheduler(QObject):
    """Makes the automatic backups of one database file."""

    backup_made = Signal(object)
    """A backup was made and verified (BackupFile); thinning has run after it."""
    backup_failed = Signal(str)
    """A backup could not be made (why, as text); it is tried again at the next tick."""

    def __init__(
        self,
        db_path: Path,
        events: AppEvents,
        tasks: TaskRunner,
        settings=None,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._tasks = tasks
        self._settings = settings
        self._changed = False
        self._running = False
        events.changed.connect(self.on_data_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.on_tick)
        self.timer.start()

    @property
    def changed_since_backup(self) -> bool:
        return self._changed

    @property
    def folder(self) -> str | None:
        return configured_folder(self._settings)

    def on_data_changed(self, _changes, _initiator) -> None:
        """Something was saved: the next tick makes a backup."""
        self._changed = True

    def on_tick(self) -> None:
        """Every 30 minutes: an `auto` backup when something changed since the last one."""
        if self._changed and not self._running:
            self.start_backup("auto")

    def _work(self, reason: str) -> Callable:
        db_path, folder, policy = self.db_path, self.folder, retention_policy(self._settings)

        def work(_progress) -> BackupFile:
            made = make_backup(db_path, reason, folder)
            thin_backups(db_path, folder, policy)
            return made

        return work

    def start_backup(
        self,
        reason: str = "auto",
        on_success: Callable[[BackupFile], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Make a backup in the background (a manual one too: `reason="manual"`)."""
        self._running = True
        was_changed, self._changed = self._changed, False  # changes from now on count again

        def succeeded(made: BackupFile) -> None:
            self._running = False
            self.backup_made.emit(made)
            if on_success:
                on_success(made)

        def failed(error: BaseException) -> None:
            self._running = False
            self._changed = self._changed or was_changed
            self.backup_failed.emit(str(error) or type(error).__name__)
            if on_failure:
                on_failure(error)

        self._tasks.start(self._work(reason), succeeded, failed)

    def backup_on_close(self) -> BackupFile | None:
        """On closing (after the background work is done): a `close` backup when something
        changed since the last backup; None when nothing did or it failed."""
        self.timer.stop()
        if not self._changed:
            return None
        try:
            made = self._work("close")(None)
        except Exception as error:  # noqa: BLE001 - closing must go on; the data is saved
            self.backup_failed.emit(str(error) or type(error).__name__)
            return None
        self._changed = False
        self.backup_made.emit(made)
        return made
