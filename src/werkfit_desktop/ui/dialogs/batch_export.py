"""Export the progress sheets of a whole cohort (or a selection) into a folder, off the GUI
thread, with a progress dialog whose Cancel stops after the participant in hand.

    export_cohort_sheets_dialog(parent, db, tasks, cohort_id)

The work is services/batch_export.export_cohort_sheets on the TaskRunner; the window stays
responsive. A large cohort (more than batch_export.POOL_FROM sheets) is made by two worker
processes: the TaskRunner thread then only waits on them and passes their progress on, so
the GUI thread keeps the interpreter to itself. `choose_folder` and `show_result` are module functions so that tests can
replace them (no modal dialog is left open in a test)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.batch_export import BatchResult, export_cohort_sheets
from werkfit_desktop.ui.dialogs.pdf_files import default_folder
from werkfit_desktop.ui.tasks import Progress, TaskRunner


class BatchExport:
    """One running export: the progress dialog, the task and, when done, its result."""

    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        tasks: TaskRunner,
        cohort_id: str,
        folder: Path,
        participant_ids: list[str] | None = None,
        combined: bool = False,
        on_done: Callable[[BatchResult | None], None] | None = None,
    ) -> None:
        self.parent = parent
        self.folder = folder
        self.result: BatchResult | None = None
        self.error: BaseException | None = None
        self.done = False
        self._on_done = on_done
        self._progress: Progress | None = None
        self.dialog = QProgressDialog(
            QCoreApplication.translate("BatchExport", "Making the progress reports…"),
            QCoreApplication.translate("BatchExport", "Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setWindowTitle(
            QCoreApplication.translate("BatchExport", "Progress reports of the cohort")
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.show()

        def work(progress: Progress) -> BatchResult:
            self._progress = progress
            return export_cohort_sheets(db, cohort_id, folder, progress, participant_ids, combined)

        task = tasks.start(work, self._succeeded, self._failed, self._progressed)
        if task is not None:
            self._progress = task.progress

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
        self.dialog.setLabelText(
            QCoreApplication.translate("BatchExport", "Stopping after the current participant…")
        )

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self.done:
            return
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if name and not (self._progress and self._progress.cancelled):
            self.dialog.setLabelText(
                QCoreApplication.translate("BatchExport", "%1 of %2: %3")
                .replace("%1", str(done + 1))
                .replace("%2", str(total))
                .replace("%3", name)
            )

    def _finish(self) -> None:
        self.done = True
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        show_result(self.parent, self.folder, self.result, self.error)
        if self._on_done:
            self._on_done(self.result)

    def _succeeded(self, result: BatchResult) -> None:
        self.result = result
        self._finish()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._finish()


def export_cohort_sheets_dialog(
    parent: QWidget | None,
    db: Database,
    tasks: TaskRunner,
    cohort_id: str,
    participant_ids: list[str] | None = None,
) -> BatchExport | None:
    """Ask one file each or one combined file, and the folder; then export in the
    background. The running export, or None when the user cancelled a question."""
    combined = ask_combined(parent)
    if combined is None:
        return None
    folder = choose_folder(parent, default_folder())
    if folder is None:
        return None
    return BatchExport(parent, db, tasks, cohort_id, Path(folder), participant_ids, combined)


def result_text(folder: Path, result: BatchResult | None, error: BaseException | None) -> str:
    if result is None:
        return QCoreApplication.translate("BatchExport", "The export stopped: %1").replace(
            "%1", str(error) or type(error).__name__
        )
    lines = [
        QCoreApplication.translate("BatchExport", "Progress reports saved in %1: %2")
        .replace("%1", str(folder))
        .replace("%2", QLocale().toString(len(result.written)))
    ]
    if result.cancelled:
        lines.append(
            QCoreApplication.translate(
                "BatchExport", "Cancelled: the others were not made; no half file was left."
            )
        )
    if result.failed:
        lines.append(QCoreApplication.translate("BatchExport", "These could not be made:"))
        lines.extend(f"• {name}: {message}" for name, message in result.failed)
    lines.extend(result.warnings)  # characters the font cannot print (shown as "□")
    return "\n".join(lines)


# overridable (tests replace these) -------------------------------------------------------
def ask_combined(parent: QWidget | None) -> bool | None:
    """True: one combined PDF; False: one file per participant; None: cancelled."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("BatchExport", "Progress reports of the cohort"))
    box.setText(
        QCoreApplication.translate(
            "BatchExport", "One PDF file per participant, or all reports in one PDF file?"
        )
    )
    each = box.addButton(
        QCoreApplication.translate("BatchExport", "One file per &participant"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    together = box.addButton(
        QCoreApplication.translate("BatchExport", "One &combined file"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(each)
    box.exec()
    clicked = box.clickedButton()
    if clicked is each:
        return False
    if clicked is together:
        return True
    return None


def choose_folder(parent: QWidget | None, suggested: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("BatchExport", "Folder for the progress reports"),
        str(suggested),
    )
    return Path(name) if name else None


def show_result(
    parent: QWidget | None, folder: Path, result: BatchResult | None, error: BaseException | None
) -> None:
    text = result_text(folder, result, error)
    title = QCoreApplication.translate("BatchExport", "Progress reports of the cohort")
    if error is not None or (result is not None and result.failed):
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)
