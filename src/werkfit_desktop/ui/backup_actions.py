"""The main window's backups: File → Make backup and Restore from backup..., the automatic
backups (every 30 minutes when something changed) and the backup on closing.

Wiring in main_window.py is two lines: `self.backups = BackupActions(self, file_menu)` while
building the menus, and `self.backups.on_close()` in closeEvent after the background work
is done. A window on a server database (no file) gets no backup actions: its server is
backed up by its administrator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from werkfit_desktop.persistence.backup import BackupFile
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.ui.backup_scheduler import BackupScheduler

if TYPE_CHECKING:
    from werkfit_desktop.ui.dialogs.restore_backup import RestoreBackupDialog


class BackupActions(QObject):
    """Owns the scheduler and the two File menu actions of one main window."""

    def __init__(self, window, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.scheduler: BackupScheduler | None = None
        self.make_action = QAction(self.tr("Make &backup"), window)
        self.make_action.setToolTip(self.tr("A checked copy of the database in the backup folder"))
        self.make_action.triggered.connect(self.on_make_backup)
        self.restore_action = QAction(self.tr("&Restore from backup..."), window)
        self.restore_action.triggered.connect(self.on_restore)
        file_menu.addAction(self.make_action)
        file_menu.addAction(self.restore_action)
        path = window.db.path
        if path is None:
            self.make_action.setEnabled(False)
            self.restore_action.setEnabled(False)
            return
        self.scheduler = BackupScheduler(
            path, window.events, window.tasks, window.settings, parent=self
        )
        self.scheduler.backup_made.connect(self.on_backup_made)
        self.scheduler.backup_failed.connect(self.on_backup_failed)

    # the actions -----------------------------------------------------------------------
    def on_make_backup(self) -> None:
        from werkfit_desktop.ui.dialogs.restore_backup import back_up_by_hand

        if self.scheduler is not None:
            back_up_by_hand(self.window, self.scheduler)

    def restore_dialog(self) -> RestoreBackupDialog | None:
        """The restore dialog, or None when an unsaved edit was not let go."""
        from werkfit_desktop.ui.dialogs.restore_backup import RestoreBackupDialog

        if self.scheduler is None or not self.window.participants.confirm_leave():
            return None
        return RestoreBackupDialog(
            self.scheduler.db_path,
            self.scheduler.folder,
            self.window.tasks,
            self.close_database,
            self.reopen_database,
            self.window,
        )

    def on_restore(self) -> None:
        dialog = self.restore_dialog()
        if dialog is not None:
            show_dialog(dialog)

    def close_database(self) -> None:
        """Before a restore: no background work, no open connection."""
        self.window.tasks.wait()
        self.window.db.close()

    def reopen_database(self) -> None:
        """After a restore (or a failed one): new connections, and every view refreshes.
        The undo stack is cleared: its steps belong to the data before the restore."""
        self.window.db.reopen()
        self.window.undo_stack.clear()
        self.window.events.publish(Changes(everything=True), None)

    def on_close(self) -> BackupFile | None:
        """On closing the window: a `close` backup when something changed."""
        return self.scheduler.backup_on_close() if self.scheduler is not None else None

    # what the status bar says ----------------------------------------------------------
    def on_backup_made(self, made: BackupFile) -> None:
        self.window.statusBar().showMessage(
            self.tr("Backup made at %1").replace("%1", made.made_at.strftime("%H:%M")), 10_000
        )

    def on_backup_failed(self, reason: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("The automatic backup failed: %1").replace("%1", reason)
        )


def show_dialog(dialog: RestoreBackupDialog) -> None:
    """Shown modally (tests replace this)."""
    dialog.exec()
    dialog.deleteLater()
