"""The participant's progress at a glance (tab "Voortgang" on the participant page): the
same figures as the progress sheet, from the same service (services/progress.py
progress_figures), and the button that prints the sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.progress import ProgressFigures, progress_figures
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_date, format_number
from werkfit_desktop.ui.labels import label
from werkfit_desktop.ui.settings import Settings

KINDS = (
    "participants",
    "enrolments",
    "sessions",
    "attendance",
    "observations",
    "certificates",
    "placement_days",
    "outcomes",
    "plans",
    "phases",
    "notes",
)


class ParticipantProgressWidget(QWidget):
    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events = db, events
        self.participant_id: str | None = None
        self.figures: ProgressFigures | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Module"),
                self.tr("Held"),
                self.tr("Present"),
                self.tr("Late"),
                self.tr("Absent"),
                self.tr("Sick"),
                self.tr("Attendance"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.print_button = QPushButton(self.tr("&Print progress report…"))
        self.print_button.clicked.connect(self.print_sheet)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        events.changed.connect(self.on_data_changed)
        self.set_participant(None)

    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        self.refresh()

    def on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if self.participant_id and changes.touches(*KINDS):
            self.refresh()

    def refresh(self) -> None:
        self.print_button.setEnabled(self.participant_id is not None)
        self.table.setRowCount(0)
        if self.participant_id is None:
            self.figures = None
            self.summary.setText(self.tr("Choose a participant to see their progress."))
            return
        f = self.figures = progress_figures(self.db, self.participant_id)
        lines = []
        if f.cohort_code:
            lines.append(
                self.tr("Cohort %1 (%2)")
                .replace("%1", f.cohort_code)
                .replace("%2", f.programme or "")
            )
        if f.phase is not None:
            lines.append(
                self.tr("Phase: %1 since %2, lead: %3")
                .replace("%1", label(f.phase.phase))
                .replace("%2", format_date(f.phase.start_date))
                .replace("%3", f.phase.lead_name or label(f.phase.lead_role) or "–")
            )
        if f.ladder_intake and f.ladder_now:
            lines.append(
                self.tr("Participation ladder: rung %1 at intake, rung %2 now")
                .replace("%1", str(f.ladder_intake.rung))
                .replace("%2", str(f.ladder_now.rung))
            )
        done = sum(1 for g in f.plan.goals if g.status == "achieved")
        lines.append(
            self.tr("Goals achieved: %1 of %2; certificates: %3; practice days: %4")
            .replace("%1", str(done))
            .replace("%2", str(len(f.plan.goals)))
            .replace("%3", str(len(f.certificates)))
            .replace("%4", str(len(f.placement_days)))
        )
        if not f.cohort_code:
            lines.append(self.tr("Not enrolled in a cohort yet: enrol the participant first."))
        self.summary.setText("\n".join(lines))
        rows = [(m.module_name, m.figures) for m in f.modules]
        if rows:
            rows.append((self.tr("Total"), f.attendance_total))
        self.table.setRowCount(len(rows))
        for row, (name, fig) in enumerate(rows):
            pct = fig.attendance_pct
            values = [
                name,
                fig.sessions_held,
                fig.present,
                fig.late,
                fig.absent,
                fig.sick,
                "–" if pct is None else format_number(pct, 1) + " %",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value if isinstance(value, str) else format_number(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def print_sheet(self) -> None:
        from werkfit_desktop.ui.dialogs.progress_sheet_export import export_progress_sheet

        if self.participant_id is not None:
            export_progress_sheet(self, self.db, self.participant_id)
