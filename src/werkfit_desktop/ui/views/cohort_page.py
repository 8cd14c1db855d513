"""The cohort page: the header (programme, organisation, period, week, location, funding),
the participants with attendance, lateness, certificates, practice days, phase and status,
the cohort's totals, and the actions enrol, unenrol and edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.dates import iso_week_label
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import cohorts as service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.cohorts import CohortState, EnrolmentSnapshot, MemberRow
from werkfit_desktop.services.programmes import list_programmes
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.cohort_editor import CohortDialog
from werkfit_desktop.ui.dialogs.cohort_forms import translate_error
from werkfit_desktop.ui.dialogs.enrol import EnrolDialog, EnrolRequest
from werkfit_desktop.ui.dialogs.enrol_dropout import UnenrolDialog, UnenrolRequest
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.cohorts import (
    M_NAME,
    CohortMembersModel,
    cohort_label,
    format_percent,
    format_period,
)
from werkfit_desktop.ui.item_models.exports import cohort_members_table
from werkfit_desktop.ui.views.cohort_commands import WriteCommand
from werkfit_desktop.ui.widgets.phase_board import PhaseBoard
from werkfit_desktop.ui.widgets.table_export import ExportButton, as_shown

_BADGE = "border-radius: 8px; padding: 2px 8px; font-weight: 600; "
_STATE_STYLE = {
    CohortState.RUNNING: _BADGE + "background: #e3f1e6; color: #1e6b33;",
    CohortState.PLANNED: _BADGE + "background: #e4eef5; color: #2f5f7f;",
    CohortState.FINISHED: _BADGE + "background: #ececec; color: #555;",
}
_TOTALS_STYLE = "background: #eef3f6; border-radius: 4px; padding: 6px 8px; font-weight: 600;"


class CohortPanel(QWidget):
    participant_requested = Signal(str)
    """Open this participant (id) in the Deelnemers area."""

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack, self.today = db, events, undo_stack, today
        self.tasks = None  # the app's background runner (CohortsView sets it)
        # The certificates' "expiring soon" window (a user setting; CohortsView sets it).
        self.expiry_window: Callable[[], int] = lambda: 90
        self.cohort_id: str | None = None
        self.page: service.CohortPage | None = None

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.state_label = QLabel()
        self.state_label.setObjectName("cohortState")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addWidget(self.state_label)
        title_row.addSpacing(12)
        title_row.addWidget(self.subtitle, 1)

        self.facts: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(10)
        facts.setVerticalSpacing(2)
        for column in (1, 3, 5):
            facts.setColumnStretch(column, 1)
        for number, (key, text) in enumerate(
            (
                ("period", self.tr("Period")),
                ("week", self.tr("Week")),
                ("sessions", self.tr("Sessions")),
                ("location", self.tr("Location")),
                ("funding", self.tr("Funding")),
                ("certificates", self.tr("Certificates")),
            )
        ):
            caption = QLabel(text)
            caption.setObjectName("muted")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            row, column = divmod(number, 3)
            facts.addWidget(caption, row, column * 2, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(value, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)

        self.enrol_button = QPushButton(self.tr("Enrol &participants..."))
        self.enrol_button.setToolTip(self.tr("Enrol existing or new participants (Ctrl+Shift+I)"))
        self.enrol_button.clicked.connect(self.enrol_participants)
        self.unenrol_button = QPushButton(self.tr("&Unenrol..."))
        self.unenrol_button.setToolTip(
            self.tr("Record that the selected participant left the cohort (Del)")
        )
        self.unenrol_button.clicked.connect(self.unenrol_current)
        self.phase_button = QPushButton(self.tr("Change p&hase..."))
        self.phase_button.setToolTip(
            self.tr("Change the phase or the lead of the selected participant (F2)")
        )
        self.phase_button.clicked.connect(self.change_phase_current)
        self.edit_button = QPushButton(self.tr("Edit &cohort..."))
        self.edit_button.setToolTip(
            self.tr("Change code, period, location, funding (Ctrl+Shift+E)")
        )
        self.edit_button.clicked.connect(self.edit_cohort)
        self.overview_button = QPushButton(self.tr("Cohort &overview (PDF)..."))
        self.overview_button.setToolTip(
            self.tr("Attendance, certificates and outcomes of this cohort with charts, as PDF")
        )
        self.overview_button.clicked.connect(self.print_overview)
        actions = QHBoxLayout()
        actions.addWidget(self.enrol_button)
        actions.addWidget(self.unenrol_button)
        actions.addWidget(self.phase_button)
        actions.addStretch(1)
        self.sheets_button = QPushButton(self.tr("Progress &sheets..."))
        self.sheets_button.setToolTip(
            self.tr("The progress sheets of all participants: one PDF each, or one combined PDF")
        )
        self.sheets_button.clicked.connect(self.export_sheets)
        actions.addWidget(self.sheets_button)
        actions.addWidget(self.overview_button)
        actions.addWidget(self.edit_button)

        self.model = CohortMembersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(M_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(M_NAME, QHeaderView.ResizeMode.Stretch)
        # Double-click and Enter both activate a row.
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._set_buttons())
        self.empty = QLabel(
            self.tr(
                "No participants in this cohort yet.\nEnrol them with 'Enrol participants...' "
                "(Ctrl+Shift+I)."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)

        self.phase_board = PhaseBoard(db, events, undo_stack, None, today=today)
        self.phase_board.participant_requested.connect(self.participant_requested)
        self.phase_board.current_changed.connect(lambda *_: self._set_buttons())
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.table_stack, self.tr("&Table"))
        self.views.addTab(self.phase_board, self.tr("Phase &board"))
        self.views.currentChanged.connect(lambda *_: self._set_buttons())
        # The participants table as a workbook or CSV file (the settings are the area's).
        self.export_button = ExportButton(self.export_table, None, self)
        self.views.setCornerWidget(self.export_button, Qt.Corner.TopRightCorner)

        self.totals = QLabel()
        self.totals.setObjectName("cohortTotals")
        self.totals.setStyleSheet(_TOTALS_STYLE)
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addLayout(facts)
        layout.addSpacing(4)
        layout.addLayout(actions)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.totals)

        # Active while the cohort page is on screen.
        QShortcut(QKeySequence("Ctrl+Shift+I"), self, self.enrol_participants)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.edit_cohort)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.table,
            self.unenrol_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_F2),
            self.table,
            self.change_phase_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self._set_buttons()

    # showing -------------------------------------------------------------------------
    def show_cohort(self, cohort_id: str | None) -> None:
        self.cohort_id = cohort_id
        self.refresh()

    def refresh(self) -> None:
        if self.cohort_id is None:
            self.page = None
            self.model.set_rows([])
            self.phase_board.set_cohort(None)
            self._set_buttons()
            return
        current = self.current_member()
        try:
            self.page = service.cohort_page(
                self.db, self.cohort_id, self.today(), self.expiry_window()
            )
        except LookupError:  # the cohort went (undo of its creation)
            self.cohort_id, self.page = None, None
            self.model.set_rows([])
            self.phase_board.set_cohort(None)
            self._set_buttons()
            return
        self._show_header(self.page.header)
        self.model.set_rows(self.page.members)
        self.table_stack.setCurrentWidget(self.table if self.page.members else self.empty)
        self._show_totals(self.page.totals)
        if self.phase_board.cohort_id != self.cohort_id:
            self.phase_board.set_cohort(self.cohort_id)
        else:  # it follows the changes itself; this catches a refresh without any
            self.phase_board.reload()
        if current is not None:
            self.select_enrolment(current.enrolment_id)
        self._set_buttons()

    def _show_header(self, header: service.CohortHeader) -> None:
        self.title.setText(header.code)
        self.state_label.setText(cohort_label(header.state))
        self.state_label.setStyleSheet(_STATE_STYLE[header.state])
        self.subtitle.setText(f"{header.programme_name} · {header.organisation_name}")
        self.facts["period"].setText(format_period(header.start_date, header.end_date))
        if header.state is CohortState.RUNNING and header.week is not None:
            year, week = iso_week_label(header.as_of)
            text = (
                self.tr("Week %1 of %2")
                .replace("%1", str(header.week))
                .replace("%2", str(header.weeks))
                if header.weeks
                else self.tr("Week %1").replace("%1", str(header.week))
            )
            text += " · " + self.tr("now week %1 of %2").replace("%1", str(week)).replace(
                "%2", str(year)
            )
        elif header.state is CohortState.PLANNED:
            year, week = iso_week_label(header.start_date)
            text = (
                self.tr("Starts in week %1 of %2").replace("%1", str(week)).replace("%2", str(year))
            )
        elif header.weeks:
            text = self.tr("Finished after %n week(s)", "", header.weeks)
        else:
            text = self.tr("Finished")
        self.facts["week"].setText(text)
        self.facts["location"].setText(header.location or "—")
        self.facts["funding"].setText(header.funding_source or "—")
        self.facts["sessions"].setText(
            self.tr("%1 of %2 held")
            .replace("%1", str(header.sessions_held))
            .replace("%2", str(header.sessions_planned))
            if header.sessions_planned
            else self.tr("none planned yet (see Planning)")
        )
        self.facts["certificates"].setText(
            ", ".join(header.certificate_types) if header.certificate_types else self.tr("none")
        )

    def _show_totals(self, totals: service.CohortTotals) -> None:
        parts = [
            self.tr("%n participant(s)", "", totals.participants)
            + " ("
            + self.tr("%1 in the cohort, %2 dropped out")
            .replace("%1", str(totals.active))
            .replace("%2", str(totals.dropped_out))
            + ")",
            self.tr("attendance %1").replace("%1", format_percent(totals.attendance_pct)),
            self.tr("%n time(s) late", "", totals.times_late),
        ]
        if totals.certificates_planned:
            parts.append(
                self.tr("certificates %1 of %2")
                .replace("%1", str(totals.certificates_obtained))
                .replace("%2", str(totals.certificates_planned))
            )
        parts.append(
            self.tr("%n practice day(s)", "", totals.practice_days)
            + " · "
            + self.tr("%n shadowing day(s)", "", totals.shadowing_days)
        )
        self.totals.setText(self.tr("Total: ") + " · ".join(parts))

    def current_member(self) -> MemberRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.page is None:
            return None
        return self.model.row_at(index.row())

    def select_enrolment(self, enrolment_id: str) -> None:
        row = self.model.row_of(enrolment_id, lambda r: r.enrolment_id)
        if row >= 0:
            self.table.selectRow(row)

    def export_table(self):
        """The participants table as shown (same columns, order and sorting)."""
        code = self.page.header.code if self.page else ""
        title = self.tr("Cohort %1").replace("%1", code)
        return as_shown(self.table, cohort_members_table(self.model, title))

    def export_sheets(self) -> None:
        """All progress sheets of the cohort, written in the background (the app's runner)."""
        from werkfit_desktop.ui.dialogs.batch_export import export_cohort_sheets_dialog

        if self.cohort_id is not None:
            export_cohort_sheets_dialog(self, self.db, self.tasks, self.cohort_id)

    def print_overview(self) -> None:
        """The cohort overview PDF (saved where the user chooses, then opened)."""
        from werkfit_desktop.ui.dialogs.cohort_overview_export import export_cohort_overview

        if self.cohort_id is not None:
            export_cohort_overview(self, self.db, self.cohort_id, self.today())

    def _set_buttons(self) -> None:
        has_cohort = self.page is not None
        member = self.current_member()
        self.enrol_button.setEnabled(has_cohort)
        self.edit_button.setEnabled(has_cohort)
        self.overview_button.setEnabled(has_cohort)
        self.sheets_button.setEnabled(has_cohort)
        self.export_button.setEnabled(has_cohort)
        on_table = self.views.currentWidget() is self.table_stack
        self.unenrol_button.setEnabled(on_table and member is not None and not member.dropped_out)
        board_card = self.phase_board.current_card()
        self.phase_button.setEnabled(
            (member is not None and not member.dropped_out)
            if on_table
            else board_card is not None and not board_card.card.dropped_out
        )

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.participant_requested.emit(self.model.row_at(index.row()).participant_id)

    # writing -------------------------------------------------------------------------
    def publish(self, changes: Changes) -> None:
        self.events.publish(changes, self)

    def report_refused(self, failed: ValidationFailed) -> None:
        self.show_warning("\n".join(translate_error(e) for e in failed.errors))

    def show_warning(self, text: str) -> None:
        """Tell the user something could not be done (tests replace this)."""
        QMessageBox.warning(self, self.tr("Not possible"), text)

    def push(self, text: str, undo, redo) -> None:
        """Put a write that already happened on the undo stack."""
        self.undo_stack.push(WriteCommand(text, undo, redo, self.publish, self.report_refused))

    def enrol_participants(self) -> None:
        if self.page is None:
            return
        header = self.page.header
        cohort_id = header.id
        start = max(header.start_date, self.today())
        if header.end_date is not None:
            start = min(start, header.end_date)

        def submit(request: EnrolRequest) -> Changes:
            today = self.today()
            if request.new_participant is not None:
                new_id, changes = service.enrol_new_participant(
                    self.db, cohort_id, request.new_participant, request.start_date, today
                )
                before = EnrolmentSnapshot.before_new_participant(cohort_id, new_id)
                ids = [new_id]
                after = service.enrolment_snapshot(self.db, cohort_id, ids, with_participants=True)
                text = self.tr("Enrol new participant")
            else:
                ids = list(request.participant_ids)
                before = service.enrolment_snapshot(self.db, cohort_id, ids)
                changes = service.enrol(self.db, cohort_id, ids, request.start_date, today)
                after = service.enrolment_snapshot(self.db, cohort_id, ids)
                text = self.tr("Enrol %n participant(s)", "", len(changes.enrolments))
            if changes.enrolments:
                self.push(
                    text,
                    lambda: service.restore_enrolments(self.db, before),
                    lambda: service.restore_enrolments(self.db, after),
                )
            self.publish(changes)
            return changes

        dialog = EnrolDialog(
            header.code,
            start,
            lambda text: service.candidates_for_enrolment(self.db, cohort_id, text),
            submit,
            self,
        )
        self.ask_enrolment(dialog)

    def ask_enrolment(self, dialog: EnrolDialog) -> None:
        """Run the enrol dialog (tests replace this: fill the dialog, then try_accept)."""
        dialog.exec()

    def unenrol_current(self) -> None:
        member = self.current_member()
        if self.page is None or member is None or member.dropped_out:
            return
        cohort_id = self.page.header.id

        def submit(request: UnenrolRequest) -> Changes:
            ids = [member.participant_id]
            before = service.enrolment_snapshot(self.db, cohort_id, ids)
            changes = service.unenrol(
                self.db,
                member.enrolment_id,
                request.date,
                request.reason,
                request.note,
                self.today(),
            )
            after = service.enrolment_snapshot(self.db, cohort_id, ids)
            self.push(
                self.tr("Unenrol %1").replace("%1", member.name),
                lambda: service.restore_enrolments(self.db, before),
                lambda: service.restore_enrolments(self.db, after),
            )
            self.publish(changes)
            return changes

        dialog = UnenrolDialog(member.name, self.page.header.code, self.today(), submit, self)
        self.ask_unenrol(dialog)

    def ask_unenrol(self, dialog: UnenrolDialog) -> None:
        """Run the unenrol dialog (tests replace this)."""
        dialog.exec()

    def change_phase_current(self) -> None:
        """Change the phase or lead of the selected participant (table or board)."""
        if self.views.currentWidget() is self.table_stack:
            member = self.current_member()
            enrolment_id = member.enrolment_id if member and not member.dropped_out else None
        else:
            card = self.phase_board.current_card()
            enrolment_id = card.card.enrolment_id if card and not card.card.dropped_out else None
        if enrolment_id is not None:
            self.phase_board.change_phase(enrolment_id)

    def edit_cohort(self) -> None:
        if self.cohort_id is None:
            return
        cohort_id = self.cohort_id
        details = service.get_cohort(self.db, cohort_id)

        def submit(data: service.CohortInput) -> Changes:
            changes = service.update_cohort(self.db, cohort_id, data)
            after = service.get_cohort(self.db, cohort_id).data
            self.push(
                self.tr("Edit cohort %1").replace("%1", after.code),
                lambda: service.update_cohort(self.db, cohort_id, details.data),
                lambda: service.update_cohort(self.db, cohort_id, after),
            )
            self.publish(changes)
            return changes

        dialog = CohortDialog(
            list_programmes(self.db),
            service.list_organisations(self.db),
            lambda programme_id, start: service.suggest_cohort_code(self.db, programme_id, start),
            submit,
            initial=details.data,
            session_count=details.session_count,
            parent=self,
        )
        self.ask_cohort_edit(dialog)

    def ask_cohort_edit(self, dialog: CohortDialog) -> None:
        """Run the cohort dialog (tests replace this)."""
        dialog.exec()
