"""File → Export cohort workbook...: the whole of one cohort as an Excel workbook that
Werkfit Desktop can import again (docs/cohort-workbook.md). Written in the background with a
progress bar; private notes only when the user ticks them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.cohorts import list_cohorts
from werkfit_desktop.services.exporting.workbook import export_cohort_workbook
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.tasks import Cancelled


class WorkbookExportDialog(QDialog):
    def __init__(
        self,
        db: Database,
        settings: Settings,
        tasks,
        cohort_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.settings, self.tasks = db, settings, tasks
        self.progress = None
        self.summary = None
        self.setWindowTitle(self.tr("Export cohort workbook"))
        self.cohort = QComboBox()
        for row in list_cohorts(db):
            self.cohort.addItem(f"{row.code} — {row.programme_name}", row.id)
        if cohort_id:
            index = self.cohort.findData(cohort_id)
            if index >= 0:
                self.cohort.setCurrentIndex(index)
        self.private = QCheckBox(self.tr("Include private coaching notes"))
        self.private.setToolTip(
            self.tr("Private notes are personal: only include them when the receiver may read them")
        )
        explanation = QLabel(
            self.tr(
                "Everything of one cohort in one Excel workbook: the cohort, participants, "
                "sessions, attendance, observations, certificates, practice days, outcomes and "
                "coaching notes. Werkfit Desktop can import it again (File → Import...)."
            )
        )
        explanation.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export..."))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Cohort:"), self.cohort)
        form.addRow("", self.private)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.cohort.count() > 0
        )
        if self.cohort.count() == 0:
            self.message.setText(self.tr("There are no cohorts yet."))
        self.resize(520, 260)

    def start(self) -> None:
        cohort_id = self.cohort.currentData()
        if not cohort_id:
            return
        code = self.cohort.currentText().split(" — ")[0]
        path = choose_path(self, self._folder() / f"{code}.xlsx")
        if path is None:
            return
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.settings.set_value("export/folder", str(path.parent))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.message.setText(self.tr("Writing %1…").replace("%1", path.name))
        private = self.private.isChecked()
        db = self.db

        def work(progress):
            self.progress = progress
            return export_cohort_workbook(db, cohort_id, path, private, progress)

        task = self.tasks.start(work, self._done, self._failed, self._progressed)
        if task is not None:
            self.progress = task.progress

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, summary) -> None:
        self.progress = None
        self.summary = summary
        self.bar.hide()
        rows = sum(summary.rows.values())
        text = (
            self.tr("Saved as %1 (%2 rows).")
            .replace("%1", str(summary.path))
            .replace("%2", str(rows))
        )
        self.message.setText(text)
        show_done(self, text)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.progress = None
        self.bar.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if isinstance(error, Cancelled):
            self.message.setText(self.tr("Cancelled: no file was written."))
            return
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        self.message.setText(self.tr("The workbook could not be written: %1").replace("%1", reason))

    def reject(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
        super().reject()

    def _folder(self) -> Path:
        folder = self.settings.value("export/folder")
        if folder and Path(str(folder)).is_dir():
            return Path(str(folder))
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs else Path.home()


# overridable (tests replace these) -------------------------------------------------------
def choose_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("WorkbookExportDialog", "Export cohort workbook"),
        str(suggested),
        QCoreApplication.translate("WorkbookExportDialog", "Excel workbook (*.xlsx)"),
    )
    return Path(name) if name else None


def show_done(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(
        parent, QCoreApplication.translate("WorkbookExportDialog", "Export cohort workbook"), text
    )
