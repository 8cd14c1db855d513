"""File → Restore from backup...: the database's backups with date, reason, size and what
they hold; Restore puts one back after the current state is itself backed up, and Undo
restore goes back to that state.

    dialog = RestoreBackupDialog(db_path, folder, tasks, close_database, reopen_database, parent)

The dialog never holds the database: before writing into the file it calls
`close_database()` (the main window waits for its background work and closes every
connection: `Database.close()`), afterwards — also when the restore failed — it calls
`reopen_database()` (the main window reopens, clears its undo stack and broadcasts
Changes(everything=True)). `confirm_restore` and `show_error` are methods tests replace
(no modal question is left open in a test).

Also here: `back_up_by_hand`, File → Make backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.backup import BackupFile, backup_folder, restore_backup
from werkfit_desktop.persistence.errors import DatabaseProblem
from werkfit_desktop.services.backups import REASON_LABELS, BackupSummary, backup_summaries
from werkfit_desktop.ui.tasks import TaskRunner

DATE_COLUMN, REASON_COLUMN, SIZE_COLUMN, PARTICIPANTS_COLUMN, NOTES_COLUMN = range(5)


def made_at_text(made_at) -> str:
    return made_at.strftime("%d-%m-%Y %H:%M")


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("Backup", REASON_LABELS.get(reason, reason))


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def problem_text(error: BaseException) -> str:
    if isinstance(error, DatabaseProblem):
        return error.message(QCoreApplication.translate)
    return str(error) or type(error).__name__


class RestoreBackupDialog(QDialog):
    """Choose a backup and restore it; undo the restore."""

    def __init__(
        self,
        db_path: Path,
        folder: str | Path | None,
        tasks: TaskRunner,
        close_database: Callable[[], None],
        reopen_database: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.folder = folder
        self._tasks = tasks
        self._close_database = close_database
        self._reopen_database = reopen_database
        self.summaries: list[BackupSummary] = []
        self.undo_backup: BackupFile | None = None  # the state before the last restore
        self.busy = False
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(720, 440)

        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. What the database holds now is first kept "
                "as a backup itself, so a restore can be undone."
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(
            self.tr("Backup folder: %1").replace("%1", str(backup_folder(self.db_path, folder)))
        )
        self.folder_label.setObjectName("muted")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Reason"),
                self.tr("Size"),
                self.tr("Participants"),
                self.tr("Notes"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.on_restore())

        self.empty_label = QLabel(
            self.tr(
                "There are no backups of this database yet. Make one with File → Make backup; "
                "Werkfit Desktop also makes them by itself while you work and when you close it."
            )
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_label.hide()

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.on_restore)
        self.undo_button = QPushButton(self.tr("&Undo restore"))
        self.undo_button.clicked.connect(self.on_undo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        self.refresh()

    # the list --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the backups (in the background: each one is opened to count its rows)."""
        self.busy = True
        self._update_buttons()
        db_path, folder = self.db_path, self.folder
        self._tasks.start(
            lambda _progress: backup_summaries(db_path, folder), self._show, self._show_failure
        )

    def _show(self, summaries: list[BackupSummary]) -> None:
        self.busy = False
        self.summaries = summaries
        self.table.setRowCount(len(summaries))
        locale = QLocale()
        grey = QColor("#888888")
        for row, summary in enumerate(summaries):
            if summary.damaged:
                counts = (self.tr("damaged"), "")
            else:
                counts = (locale.toString(summary.participants), locale.toString(summary.notes))
            cells = (
                made_at_text(summary.made_at),
                reason_text(summary.reason),
                size_text(summary.size),
                *counts,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (SIZE_COLUMN, PARTICIPANTS_COLUMN, NOTES_COLUMN):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(str(summary.path))
                if summary.damaged:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(summaries))
        self.empty_label.setVisible(not summaries)
        self._update_buttons()

    def _show_failure(self, error: BaseException) -> None:
        self.busy = False
        self._show([])
        self.show_error(problem_text(error))

    def selected_summary(self) -> BackupSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.summaries[rows[0].row()] if rows else None

    def select_backup(self, path: Path) -> None:
        for row, summary in enumerate(self.summaries):
            if summary.path == path:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected_summary()
        self.restore_button.setEnabled(not self.busy and chosen is not None and not chosen.damaged)
        self.undo_button.setEnabled(not self.busy and self.undo_backup is not None)

    # restoring -------------------------------------------------------------------------
    def on_restore(self) -> None:
        chosen = self.selected_summary()
        if chosen is None or chosen.damaged or self.busy:
            return
        if not self.confirm_restore(chosen):
            return
        self._restore(chosen.path, undoing=False, made_at=chosen.made_at)

    def on_undo(self) -> None:
        if self.undo_backup is None or self.busy:
            return
        self._restore(self.undo_backup.path, undoing=True, made_at=self.undo_backup.made_at)

    def _restore(self, source: Path, undoing: bool, made_at) -> None:
        self.busy = True
        self._update_buttons()
        self._close_database()
        db_path, folder = self.db_path, self.folder

        def succeeded(undo: BackupFile | None) -> None:
            self._reopen_database()
            self.undo_backup = None if undoing else undo
            if undoing:
                text = self.tr("The restore was undone: the data are as they were before it.")
            else:
                text = self.tr(
                    "Restored: the data are as they were on %1. The state before is kept as a "
                    "backup; Undo restore goes back to it."
                ).replace("%1", made_at_text(made_at))
            self.status_label.setText(text)
            self.status_label.show()
            self.refresh()

        def failed(error: BaseException) -> None:
            self._reopen_database()
            self.busy = False
            self._update_buttons()
            self.show_error(problem_text(error))

        self._tasks.start(
            lambda _progress: restore_backup(db_path, source, folder), succeeded, failed
        )

    # questions (tests replace these) ---------------------------------------------------
    def confirm_restore(self, summary: BackupSummary) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Go back to the data of %1? Everything saved after that is replaced; the "
                "current state is kept as a backup first, so you can undo this."
            ).replace("%1", made_at_text(summary.made_at)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Restore from backup"), text)


def back_up_by_hand(parent: QWidget | None, scheduler, on_done: Callable | None = None) -> None:
    """File → Make backup: a `manual` backup in the background, then where it went."""

    def succeeded(made: BackupFile) -> None:
        show_backup_made(parent, made)
        if on_done:
            on_done(made)

    def failed(error: BaseException) -> None:
        show_backup_failed(parent, problem_text(error))
        if on_done:
            on_done(None)

    scheduler.start_backup("manual", succeeded, failed)


# overridable (tests replace these) -------------------------------------------------------
def show_backup_made(parent: QWidget | None, made: BackupFile) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Backup", "Make backup"),
        QCoreApplication.translate("Backup", "The backup was made and checked:\n%1 (%2)")
        .replace("%1", str(made.path))
        .replace("%2", size_text(made.size)),
    )


def show_backup_failed(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Backup", "Make backup"),
        QCoreApplication.translate("Backup", "The backup could not be made: %1").replace(
            "%1", text
        ),
    )
