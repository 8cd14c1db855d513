"""The Overzicht area (dashboard): running cohorts with this week's attendance, the paid-work
rate per finished cohort (both as a chart with a "Table" toggle showing the same numbers),
the follow-ups due or overdue, certificates expiring soon and this week's sessions; and
"Print (1 page)..." for the one-page sheet to pin up in the office.

Double-click (or Enter) on a row asks the main window to open the cohort or participant:
`cohort_requested(cohort_id)`, `participant_requested(participant_id)`."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.files import write_atomically
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.dashboard_sheet import build_dashboard_sheet
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.dashboard import Dashboard, dashboard, day_label, sheet_data
from werkfit_desktop.ui.dialogs.current_staff import current_staff_id
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_date, format_number
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.widgets.charts import bar_chart, set_bar_values
from werkfit_desktop.ui.widgets.overview_sections import Cell, OverviewSection, OverviewTable

EXPIRY_WINDOW_DAYS = 90
_REFRESH_ON = (
    "attendance",
    "sessions",
    "certificates",
    "notes",
    "outcomes",
    "cohorts",
    "enrolments",
    "participants",
    "staff",
)


def _pct(value: float | None) -> str:
    """'81,8 %', '100 %' (as on the chart and the printed sheet); '' without a figure."""
    if value is None:
        return ""
    rounded = round(value, 1)
    return format_number(rounded, 0 if rounded.is_integer() else 1) + " %"


class OverviewView(QWidget):
    participant_requested = Signal(str)
    cohort_requested = Signal(str)

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        tasks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack = db, events, undo_stack
        self.settings, self.tasks = settings, tasks
        self.today = dt.date.today  # replaceable (tests, demo dates)
        self.board: Dashboard | None = None
        self._stale = True
        self._build()
        events.changed.connect(self.on_data_changed)
        self.refresh()

    # building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.week_label = QLabel()
        font = self.week_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.week_label.setFont(font)
        top.addWidget(self.week_label, 1)
        self.mine_box = QCheckBox(self.tr("Only my participants"))
        self.mine_box.setToolTip(self.tr("Follow-ups of the participants you coach"))
        self.mine_box.setChecked(
            bool(self.settings.value("overview/mine", False) in (True, "true"))
        )
        self.mine_box.toggled.connect(self._mine_toggled)
        top.addWidget(self.mine_box)
        self.print_button = QPushButton(self.tr("Print (1 page)..."))
        self.print_button.setToolTip(self.tr("A one-page PDF to pin up in the office (Ctrl+P)"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_sheet)
        top.addWidget(self.print_button)
        outer.addLayout(top)

        self.running_table = OverviewTable(
            [
                self.tr("Cohort"),
                self.tr("Programme"),
                self.tr("Participants"),
                self.tr("Attendance this week"),
                self.tr("Present / registered"),
            ],
            stretch=1,
        )
        self.running_chart = bar_chart(self.tr("Attendance this week (%)"), [], [])
        self.running = OverviewSection(
            self.tr("Running cohorts"), self.running_table, self.running_chart
        )
        self.finished_table = OverviewTable(
            [
                self.tr("Cohort"),
                self.tr("End date"),
                self.tr("Participants"),
                self.tr("Into paid work"),
                self.tr("Percentage"),
            ]
        )
        self.finished_chart = bar_chart(self.tr("Into paid work (%)"), [], [])
        self.finished = OverviewSection(
            self.tr("Outcome per finished cohort"), self.finished_table, self.finished_chart
        )
        self.follow_table = OverviewTable(
            [
                self.tr("Participant"),
                self.tr("Next contact"),
                self.tr("Days overdue"),
                self.tr("Job coach"),
            ]
        )
        self.follow_ups = OverviewSection(self.tr("Follow-ups due"), self.follow_table)
        self.expiring_table = OverviewTable(
            [self.tr("Participant"), self.tr("Certificate"), self.tr("Valid until")]
        )
        self.expiring = OverviewSection(self.tr("Certificates expiring soon"), self.expiring_table)
        self.sessions_table = OverviewTable(
            [self.tr("Day"), self.tr("Time"), self.tr("Cohort"), self.tr("Module")],
            stretch=3,
        )
        self.sessions = OverviewSection(self.tr("Sessions this week"), self.sessions_table)
        self.running_table.row_activated.connect(self.cohort_requested)
        self.finished_table.row_activated.connect(self.cohort_requested)
        self.sessions_table.row_activated.connect(self.cohort_requested)
        self.follow_table.row_activated.connect(self.participant_requested)
        self.expiring_table.row_activated.connect(self.participant_requested)

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.running, 0, 0, 1, 6)
        grid.addWidget(self.finished, 0, 6, 1, 6)
        grid.addWidget(self.follow_ups, 1, 0, 1, 5)
        grid.addWidget(self.expiring, 1, 5, 1, 3)
        grid.addWidget(self.sessions, 1, 8, 1, 4)
        for column in range(12):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        for section in (self.follow_ups, self.expiring, self.sessions):
            section.setMinimumHeight(200)
        for section in (self.running, self.finished):
            section.setMinimumHeight(280)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.setTabOrder(self.mine_box, self.print_button)

    # data
    def staff_id(self) -> str | None:
        if not self.mine_box.isChecked():
            return None
        return current_staff_id(self.settings, self.db, self, ask=False)

    def _mine_toggled(self, on: bool) -> None:
        self.settings.set_value("overview/mine", on)
        self.refresh()

    def on_data_changed(self, changes: Changes, initiator: object | None = None) -> None:
        if not changes.touches(*_REFRESH_ON):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown: no work for a hidden page

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        board = dashboard(self.db, self.today(), EXPIRY_WINDOW_DAYS, self.staff_id())
        self.board = board
        self.week_label.setText(
            self.tr("Week %1 of %2 (%3 to %4)")
            .replace("%1", str(board.week))
            .replace("%2", str(board.week_year))
            .replace("%3", format_date(board.week_start))
            .replace("%4", format_date(board.week_end))
        )
        self._show_running(board)
        self._show_finished(board)
        self._show_follow_ups(board)
        self._show_expiring(board)
        self._show_sessions(board)

    def _show_running(self, board: Dashboard) -> None:
        set_bar_values(
            self.running_chart,
            [c.code for c in board.running],
            [c.attendance_pct for c in board.running],
        )
        self.running_table.set_rows(
            [
                (
                    c.cohort_id,
                    [
                        Cell(c.code),
                        Cell(c.programme_name),
                        Cell(str(c.participants), True),
                        Cell(_pct(c.attendance_pct), True),
                        Cell(f"{c.week.attended} / {c.week.registered}", True),
                    ],
                )
                for c in board.running
            ]
        )
        self.running.set_empty(
            None if board.running else self.tr("No running cohorts yet — create one under Cohorts.")
        )

    def _show_finished(self, board: Dashboard) -> None:
        set_bar_values(
            self.finished_chart,
            [c.code for c in board.finished],
            [c.paid_work_pct for c in board.finished],
        )
        self.finished_table.set_rows(
            [
                (
                    c.cohort_id,
                    [
                        Cell(c.code),
                        Cell(format_date(c.end_date)),
                        Cell(str(c.participants), True),
                        Cell(str(c.paid_work), True),
                        Cell(_pct(c.paid_work_pct), True),
                    ],
                )
                for c in board.finished
            ]
        )
        self.finished.set_empty(
            None
            if board.finished
            else self.tr("No finished cohorts yet: outcomes appear here once a cohort ends.")
        )

    def _show_follow_ups(self, board: Dashboard) -> None:
        self.follow_table.set_rows(
            [
                (
                    r.participant_id,
                    [
                        Cell(r.name),
                        Cell(format_date(r.next_due)),
                        Cell(str(r.days_overdue) if r.days_overdue else "", True),
                        Cell(r.owner or ""),
                    ],
                )
                for r in board.follow_ups
            ]
        )
        self.follow_ups.title.setText(
            self.tr("Follow-ups due (%1 overdue)").replace("%1", str(board.overdue_count))
            if board.follow_ups
            else self.tr("Follow-ups due")
        )
        self.follow_ups.set_empty(
            None
            if board.follow_ups
            else self.tr("No follow-ups due this week. Coaching notes are written under Aftercare.")
        )

    def _show_expiring(self, board: Dashboard) -> None:
        self.expiring_table.set_rows(
            [
                (
                    c.participant_id,
                    [
                        Cell(c.participant_name),
                        Cell(c.type_name),
                        Cell(format_date(c.valid_until)),
                    ],
                )
                for c in board.expiring
            ]
        )
        self.expiring.set_empty(
            None
            if board.expiring
            else self.tr("No certificates expire in the next %1 days.").replace(
                "%1", str(EXPIRY_WINDOW_DAYS)
            )
        )

    def _show_sessions(self, board: Dashboard) -> None:
        rows = []
        for s in board.sessions:
            time = f"{s.start_time:%H:%M}–{s.end_time:%H:%M}" if s.start_time and s.end_time else ""
            rows.append(
                (
                    s.cohort_id,
                    [
                        Cell(day_label(s.date)),
                        Cell(time),
                        Cell(s.cohort_code),
                        Cell(
                            self.tr("Cancelled: %1").replace("%1", s.module_name)
                            if s.cancelled
                            else s.module_name
                        ),
                    ],
                )
            )
        self.sessions_table.set_rows(rows)
        self.sessions.set_empty(
            None if rows else self.tr("No sessions this week. Sessions are planned under Planning.")
        )

    # printing
    def print_sheet(self) -> Path | None:
        """Write the one-page PDF (atomically) where the user chooses, and open it."""
        board = self.board or dashboard(self.db, self.today(), EXPIRY_WINDOW_DAYS)
        buffer = io.BytesIO()
        _pages, warnings = build_dashboard_sheet(
            sheet_data(self.db, board, EXPIRY_WINDOW_DAYS), buffer
        )
        name = (
            self.tr("Overview week %1 %2")
            .replace("%1", str(board.week))
            .replace("%2", str(board.week_year))
        )
        path = self.choose_path(self._folder() / f"{name}.pdf")
        if path is None:
            return None
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_atomically(path, buffer.getvalue())
        except OSError as exc:
            self.show_error(
                self.tr("The overview cannot be saved as %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            return None
        self.settings.set_value("overview/folder", str(path.parent))
        if warnings:  # characters the font cannot print (shown as "□")
            self.show_warnings(warnings)
        if not self.open_pdf(path):
            self.show_error(
                self.tr("The overview was saved as %1, but no PDF viewer could be opened.").replace(
                    "%1", str(path)
                )
            )
        return path

    def _folder(self) -> Path:
        folder = self.settings.value("overview/folder")
        if folder and Path(str(folder)).is_dir():
            return Path(str(folder))
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs else Path.home()

    # overridable (tests replace these: no modal dialog is left open)
    def choose_path(self, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save overview"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        return Path(name) if name else None

    def open_pdf(self, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Overview"), text)

    def show_warnings(self, warnings: list[str]) -> None:
        QMessageBox.information(self, self.tr("Overview"), "\n".join(warnings))
