"""Print a participant's progress sheet (voortgangsrapportage): a small dialog for the
period, the sections and the coordinator's explanation; then the PDF is built from
services/progress.py (the same figures as the screen), saved atomically (a temporary file
in the same folder, then os.replace) and opened in the system's PDF viewer.

    export_progress_sheet(self, db, participant_id)

`ask_options`, `choose_save_path`, `open_pdf`, `show_error` and `show_warnings` are module
functions so that tests can replace them (no modal dialog is left open in a test)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.progress_sheet import SECTIONS, build_progress_sheet
from werkfit_desktop.services import progress
from werkfit_desktop.services.progress import SheetOptions
from werkfit_desktop.ui.dialogs.pdf_files import (
    ask_pdf_path,
    default_folder,
    open_in_viewer,
    pdf_name,
    save_and_open,
)


class ProgressSheetOptionsDialog(QDialog):
    """Period (from–to), which sections, and the explanation (toelichting)."""

    def __init__(
        self,
        participant: str,
        start: dt.date | None,
        end: dt.date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress report of %1").replace("%1", participant))
        labels = {
            "ladder": self.tr("Participation ladder"),
            "attendance": self.tr("Attendance"),
            "skills": self.tr("Skills over the weeks"),
            "certificates": self.tr("Certificates"),
            "practice": self.tr("Practice days"),
            "plan": self.tr("Development plan"),
            "outcome": self.tr("Outcome"),
            "notes": self.tr("Coaching (summary, never private notes)"),
            "explanation": self.tr("Explanation"),
            "signatures": self.tr("Signature fields"),
        }
        today = dt.date.today()
        self.from_edit = self._date_edit(start or today)
        self.to_edit = self._date_edit(min(end, today) if end else today)
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel("–"))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), period)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.from_edit)
        box = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for index, key in enumerate(SECTIONS):
            check = QCheckBox(labels[key])
            check.setChecked(True)
            self.section_boxes[key] = check
            grid.addWidget(check, index // 2, index % 2)
        self.explanation = QPlainTextEdit()
        self.explanation.setTabChangesFocus(True)
        self.explanation.setPlaceholderText(
            self.tr("The coordinator's explanation, printed under the figures (optional).")
        )
        self.explanation.setFixedHeight(90)
        explanation_label = QLabel(self.tr("E&xplanation:"))
        explanation_label.setBuddy(self.explanation)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make PDF"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(explanation_label)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.from_edit.setFocus()

    @staticmethod
    def _date_edit(day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        return edit

    def options(self) -> SheetOptions:
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        sections = frozenset(k for k, box in self.section_boxes.items() if box.isChecked())
        return SheetOptions(start, end, sections, self.explanation.toPlainText().strip())

    def accept(self) -> None:
        options = self.options()
        if options.period_to < options.period_from:
            self.error.setText(self.tr("The end of the period lies before its start."))
            self.error.show()
            self.to_edit.setFocus()
            return
        super().accept()


def suggested_filename(name: str, number: str, day: dt.date) -> str:
    text = (
        QCoreApplication.translate("ProgressSheetExport", "Progress report %1 %2 %3")
        .replace("%1", name)
        .replace("%2", number)
        .replace("%3", day.strftime("%d-%m-%Y"))
    )
    return pdf_name(text)


def export_progress_sheet(parent: QWidget | None, db: Database, participant_id: str) -> Path | None:
    """Ask the options, build, save and open the sheet; the saved path, or None."""
    figures = progress.progress_figures(db, participant_id)
    options = ask_options(parent, figures)
    if options is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        sheet = progress.progress_sheet_data(db, participant_id, options)
        buffer = io.BytesIO()
        _pages, warnings = build_progress_sheet(sheet, buffer)
    finally:
        QGuiApplication.restoreOverrideCursor()
    suggested = default_folder() / suggested_filename(figures.name, figures.number, dt.date.today())
    path = save_and_open(
        parent, buffer.getvalue(), suggested, choose_save_path, open_pdf, show_error
    )
    if path is not None and warnings:
        show_warnings(parent, warnings)
    return path


# overridable (tests replace these) -------------------------------------------------------
def ask_options(parent: QWidget | None, figures: progress.ProgressFigures) -> SheetOptions | None:
    dialog = ProgressSheetOptionsDialog(
        figures.name, figures.enrolment_start, figures.enrolment_end, parent
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.options()


def choose_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    caption = QCoreApplication.translate("ProgressSheetExport", "Save progress report")
    return ask_pdf_path(parent, caption, suggested)


def open_pdf(path: Path) -> bool:
    return open_in_viewer(path)


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("ProgressSheetExport", "Progress report"), text
    )


def show_warnings(parent: QWidget | None, warnings: list[str]) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ProgressSheetExport", "Progress report"),
        "\n".join(warnings),
    )
