"""The Planning area: a week (days with their sessions) or a month (calendar with ISO week
numbers) of sessions across cohorts, filtered by cohort or trainer; generating a cohort's
sessions, moving, cancelling, restoring and adding single sessions — all undoable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import planning
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.planning import PlannedSession
from werkfit_desktop.services.schedule import holidays_between
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.session_cancel import CancelSessionDialog
from werkfit_desktop.ui.dialogs.session_closed_days import ClosedDaysDialog
from werkfit_desktop.ui.dialogs.session_common import (
    WARNING_STYLE,
    load_policy,
    translate_message,
)
from werkfit_desktop.ui.dialogs.session_edit import SessionDialog, SessionSlot
from werkfit_desktop.ui.dialogs.session_schedule import ScheduleDialog, ScheduleRequest
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.item_models.planning import (
    DATE_ROLE,
    HOLIDAY_ROLE,
    SESSIONS_ROLE,
    MonthModel,
    WeekModel,
)
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.tasks import TaskRunner
from werkfit_desktop.ui.widgets import planning_commands as commands
from werkfit_desktop.ui.widgets.planning_details import SessionDetails
from werkfit_desktop.ui.widgets.planning_month import MonthView
from werkfit_desktop.ui.widgets.planning_toolbar import PlanningToolbar
from werkfit_desktop.ui.widgets.planning_week import WeekView

WEEK, MONTH = "week", "month"
INFO_STYLE = (
    "background: #e8f1f7; color: #173a4d; border: 1px solid #9cc3d8;"
    " border-radius: 4px; padding: 6px;"
)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


class PlanningView(QWidget):
    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack = db, events, undo_stack
        self.settings, self.tasks = settings, tasks
        saved_mode = settings.state("planning/mode")
        self.mode = (
            MONTH if saved_mode is not None and bytes(saved_mode.data()) == b"month" else WEEK
        )
        self.anchor = self.today()
        self._selected_id: str | None = None

        self.toolbar = PlanningToolbar()
        bar = self.toolbar
        self.header, self.cohort_filter, self.trainer_filter = (
            bar.header,
            bar.cohort_filter,
            bar.trainer_filter,
        )
        self.week_button, self.month_button = bar.week_button, bar.month_button
        bar.previous_button.clicked.connect(self.go_previous)
        bar.today_button.clicked.connect(self.go_today)
        bar.next_button.clicked.connect(self.go_next)
        bar.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        bar.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        bar.cohort_filter.currentIndexChanged.connect(self.refresh)
        bar.trainer_filter.currentIndexChanged.connect(self.refresh)
        bar.generate_button.clicked.connect(self.generate)
        bar.add_button.clicked.connect(self.add_session)
        bar.closed_days_button.clicked.connect(self.manage_closed_days)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        # week and month ------------------------------------------------------------------
        self.week_model = WeekModel(self)
        self.week_view = WeekView(self.week_model)
        self.week_view.customContextMenuRequested.connect(self._week_menu)
        self.week_view.activated.connect(lambda _index: self.move_current())  # Enter
        self.week_view.selectionModel().currentChanged.connect(self._on_week_current)

        self.month_model = MonthModel(self)
        self.month_view = MonthView()
        self.month_view.setModel(self.month_model)
        self.month_view.selectionModel().currentChanged.connect(self._on_month_current)
        self.month_view.activated.connect(self._open_week_of)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.week_view)
        self.stack.addWidget(self.month_view)
        self.details = SessionDetails()
        self.details.move_button.clicked.connect(self.move_current)
        self.details.cancel_button.clicked.connect(self.cancel_current)
        self.details.restore_button.clicked.connect(self.restore_current)
        self.details.remove_button.clicked.connect(self.remove_current)
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.summary)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        state = settings.state("planning/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([900, 260])

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageUp), self.go_previous),
            (QKeySequence(Qt.Key.Key_PageDown), self.go_next),
            (QKeySequence("Ctrl+T"), self.go_today),
            (QKeySequence(Qt.Key.Key_Home), self.go_today),
            (QKeySequence("Ctrl+G"), self.generate),
            (QKeySequence(Qt.Key.Key_Insert), self.add_session),
            (QKeySequence(Qt.Key.Key_F2), self.move_current),
            (QKeySequence(Qt.Key.Key_Delete), self.cancel_current),
        ):
            shortcut = QShortcut(keys, self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.events.changed.connect(self.on_data_changed)
        self.reload_filters()
        self.set_mode(self.mode)

    # things tests replace --------------------------------------------------------------
    def today(self) -> dt.date:
        return dt.date.today()

    @property
    def language(self) -> str:
        return self.settings.language

    def ask_schedule(self, cohort_id: str | None) -> ScheduleRequest | None:
        dialog = ScheduleDialog(
            self.db, self.settings, self.today(), cohort_id, self.language, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def ask_move(self, session: PlannedSession) -> SessionSlot | None:
        dialog = SessionDialog(
            self.db, session, policy=load_policy(self.settings), language=self.language, parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def ask_new_session(self, cohort_id: str | None, day: dt.date) -> SessionSlot | None:
        dialog = SessionDialog(
            self.db,
            None,
            cohort_id,
            day,
            policy=load_policy(self.settings),
            language=self.language,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def ask_cancel_reason(self, session: PlannedSession) -> str | None:
        dialog = CancelSessionDialog(session, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason_text()

    def confirm_remove(self, session: PlannedSession) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove session"),
            self.tr("Remove the session of %1 on %2 from the planning?")
            .replace("%1", session.cohort_code)
            .replace("%2", format_date(session.date)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_closed_days(self) -> bool:
        """Show the closing days; True when something changed."""
        dialog = ClosedDaysDialog(self.db, self.today(), self)
        dialog.exec()
        return dialog.changed

    # navigation ------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.week_button.setChecked(mode == WEEK)
        self.month_button.setChecked(mode == MONTH)
        self.stack.setCurrentWidget(self.week_view if mode == WEEK else self.month_view)
        self.settings.set_state("planning/mode", QByteArray(mode.encode()))
        self.refresh()

    def go_to(self, day: dt.date) -> None:
        self.anchor = day
        self.banner.hide()  # it spoke of the last action, not of where the user goes now
        self.refresh()

    def go_today(self) -> None:
        self.go_to(self.today())

    def go_previous(self) -> None:
        self._step(-1)

    def go_next(self) -> None:
        self._step(1)

    def _step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.go_to(self.anchor + dt.timedelta(days=7 * direction))
        else:
            month = self.anchor.year * 12 + self.anchor.month - 1 + direction
            self.go_to(dt.date(month // 12, month % 12 + 1, 1))

    def period(self) -> tuple[dt.date, dt.date]:
        if self.mode == WEEK:
            monday = _monday(self.anchor)
            return monday, monday + dt.timedelta(days=6)
        first = self.anchor.replace(day=1)
        start = _monday(first)
        month = first.year * 12 + first.month
        last = dt.date(month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return start, _monday(last) + dt.timedelta(days=6)

    def header_text(self) -> str:
        if self.mode == WEEK:
            start, end = self.period()
            week_year, week, _ = start.isocalendar()
            return (
                self.tr("Week %1 · %2 (%3 – %4)")
                .replace("%1", str(week))
                .replace("%2", str(week_year))
                .replace("%3", format_date(start))
                .replace("%4", format_date(end))
            )
        return f"{QLocale().standaloneMonthName(self.anchor.month)} {self.anchor.year}"

    # loading ---------------------------------------------------------------------------
    def reload_filters(self) -> None:
        self.toolbar.set_choices(
            planning.cohort_choices(self.db), planning.trainer_choices(self.db)
        )

    def refresh(self) -> None:
        """Reload the shown week or month (keeping the chosen session chosen)."""
        start, end = self.period()
        sessions = planning.sessions_between(
            self.db,
            start,
            end,
            cohort_id=self.cohort_filter.currentData(),
            trainer_id=self.trainer_filter.currentData(),
        )
        holidays = {d: h.name for d, h in holidays_between(start, end, self.language).items()}
        closed = planning.closed_day_notes(self.db, start, end, self.cohort_filter.currentData())
        self.header.setText(self.header_text())
        if self.mode == WEEK:
            self.week_model.set_week(start, sessions, holidays, closed, self.today())
            self.week_view.show_days()
            self._reselect()
        else:
            self.month_view.month_delegate.today = self.today()
            self.month_model.set_month(
                self.anchor.year, self.anchor.month, sessions, holidays, closed, self.today()
            )
            index = self.month_model.index_of_date(self.anchor)
            if index.isValid():
                self.month_view.setCurrentIndex(index)
        self._show_summary(sessions)

    def _reselect(self) -> None:
        index = self.week_model.index_of(self._selected_id) if self._selected_id else QModelIndex()
        if not index.isValid():
            index = self.week_model.day_index(self.anchor)
            self._selected_id = None
        self.week_view.setCurrentIndex(index)
        self.week_view.scrollTo(index)
        self._on_week_current(index, QModelIndex())

    def _show_summary(self, sessions: list[PlannedSession]) -> None:
        if not sessions:
            if not planning.cohort_choices(self.db):
                text = self.tr(
                    "There are no cohorts yet. Make a cohort under Cohorts, then generate its "
                    "sessions here."
                )
            else:
                text = self.tr(
                    "No sessions in this period. Generate a cohort's sessions (Ctrl+G) or add a "
                    "single session (Insert)."
                )
            self.summary.setText(text)
            return
        parts = [self.tr("%n session(s)", "", len(sessions))]
        cancelled = sum(1 for s in sessions if s.cancelled)
        doubled = sum(1 for s in sessions if s.double_booked and not s.cancelled)
        if cancelled:
            parts.append(self.tr("%n cancelled", "", cancelled))
        if doubled:
            parts.append("⚠ " + self.tr("%n with a double-booked trainer", "", doubled))
        self.summary.setText(" · ".join(parts))

    # selection -------------------------------------------------------------------------
    def current_session(self) -> PlannedSession | None:
        if self.mode != WEEK:
            return None
        return self.week_model.session_at(self.week_view.currentIndex())

    def select_session(self, session_id: str) -> bool:
        """Show the week of the session and choose it (True when it is shown)."""
        index = self.week_model.index_of(session_id)
        if index.isValid():
            self.week_view.setCurrentIndex(index)
        return index.isValid()

    def _on_week_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session = self.week_model.session_at(current)
        if session is None:
            day = current.data(DATE_ROLE) if current.isValid() else None
            if day is not None:
                self.anchor = day
            self._selected_id = None
            self.details.show_hint()
            return
        self._selected_id = session.id
        self.anchor = session.date
        self.details.show_session(session)

    def _on_month_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        day = current.data(DATE_ROLE)
        self.details.show_day(day, current.data(SESSIONS_ROLE) or [], current.data(HOLIDAY_ROLE))
        if day.month == self.anchor.month:
            self.anchor = day

    def _open_week_of(self, index: QModelIndex) -> None:
        day: dt.date = index.data(DATE_ROLE)
        sessions = index.data(SESSIONS_ROLE) or []
        self.anchor = day
        self._selected_id = sessions[0].id if sessions else None
        self.set_mode(WEEK)

    def _week_menu(self, position) -> None:
        menu = QMenu(self)
        session = self.current_session()
        if session is not None:
            menu.addAction(self.tr("Move..."), self.move_current)
            if session.cancelled:
                menu.addAction(self.tr("Restore"), self.restore_current)
            else:
                menu.addAction(self.tr("Cancel session..."), self.cancel_current)
            if not session.recorded:
                menu.addAction(self.tr("Remove from the planning"), self.remove_current)
            menu.addSeparator()
        menu.addAction(self.tr("Add session..."), self.add_session)
        menu.addAction(self.tr("Generate sessions..."), self.generate)
        menu.exec(self.week_view.viewport().mapToGlobal(position))

    # actions ---------------------------------------------------------------------------
    def run_service(self, action) -> bool:
        """Run a service call that returns Changes; publish them, or say what went wrong."""
        try:
            changes = action()
        except ValidationFailed as failed:
            self.show_banner([e.message(translate_message) for e in failed.errors], error=True)
            return False
        self.publish(changes)
        return True

    def publish(self, changes: Changes) -> None:
        self.events.publish(changes, self)

    def show_banner(self, lines: list[str], error: bool = False, warning: bool = False) -> None:
        if not lines:
            self.banner.hide()
            return
        if error:
            self.banner.setObjectName("errorBanner")
            self.banner.setStyleSheet("")
        else:
            self.banner.setObjectName("planningNotice")
            self.banner.setStyleSheet(WARNING_STYLE if warning else INFO_STYLE)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setText("\n".join(lines))
        self.banner.show()

    def generate(self) -> None:
        request = self.ask_schedule(self.cohort_filter.currentData())
        if request is None:
            return
        try:
            plan, changes = planning.generate_schedule(
                self.db,
                request.cohort_id,
                request.pattern,
                request.policy,
                request.replace_future,
                self.today(),
                self.language,
            )
        except ValidationFailed as failed:
            self.show_banner([e.message(translate_message) for e in failed.errors], error=True)
            return
        code = self.cohort_filter.itemText(self.cohort_filter.findData(request.cohort_id))
        self.undo_stack.push(
            commands.GenerateSchedule(
                self, plan, self.tr("Generate sessions for %1").replace("%1", code)
            )
        )
        lines = [
            self.tr("%n session(s) generated for %1", "", len(plan.sessions)).replace("%1", code)
            + (
                f" ({format_date(plan.first_date)} – {format_date(plan.last_date)})"
                if plan.sessions
                else ""
            )
        ]
        if plan.skipped:
            lines.append(
                self.tr("Skipped: %1").replace(
                    "%1", "; ".join(f"{format_date(d)} — {reason}" for d, reason in plan.skipped)
                )
            )
        lines += [f"⚠ {w.message(translate_message)}" for w in plan.warnings]
        self.anchor = plan.first_date or self.anchor
        self._selected_id = plan.session_ids[0] if plan.session_ids else None
        self.publish(changes)
        self.show_banner(lines, warning=bool(plan.warnings))

    def move_current(self) -> None:
        session = self.current_session()
        if session is None:
            return
        slot = self.ask_move(session)
        if slot is None:
            return
        try:
            changes, notices = planning.move_session(
                self.db,
                session.id,
                slot.date,
                slot.start_time,
                slot.end_time,
                slot.location,
                slot.trainer_id,
                load_policy(self.settings),
                self.language,
            )
        except ValidationFailed as failed:
            self.show_banner([e.message(translate_message) for e in failed.errors], error=True)
            return
        self.undo_stack.push(commands.MoveSession(self, session, slot, self.tr("Move session")))
        self.anchor, self._selected_id = slot.date, session.id
        self.publish(changes)
        self.show_banner(
            [
                self.tr("Session moved to %1.").replace("%1", format_date(slot.date)),
                *(f"⚠ {n.message(translate_message)}" for n in notices),
            ],
            warning=bool(notices),
        )

    def cancel_current(self) -> None:
        session = self.current_session()
        if session is None or session.cancelled:
            return
        reason = self.ask_cancel_reason(session)
        if reason is None:
            return
        if self.run_service(lambda: planning.cancel_session(self.db, session.id, reason)):
            self.undo_stack.push(
                commands.CancelSession(self, session.id, reason, self.tr("Cancel session"))
            )
            self.show_banner(
                [self.tr("Session cancelled: %1. Undo with Ctrl+Z.").replace("%1", reason)]
            )

    def restore_current(self) -> None:
        session = self.current_session()
        if session is None or not session.cancelled:
            return
        reason = session.cancel_reason or self.tr("(no reason given)")
        if self.run_service(lambda: planning.restore_session(self.db, session.id)):
            self.undo_stack.push(
                commands.RestoreSession(self, session.id, reason, self.tr("Restore session"))
            )
            self.show_banner([])

    def add_session(self) -> None:
        current = self.current_session()
        day = current.date if current else self.anchor
        slot = self.ask_new_session(self.cohort_filter.currentData(), day)
        if slot is None:
            return
        try:
            new_id, changes, notices = planning.add_session(
                self.db,
                slot.cohort_id,
                slot.module_id,
                slot.date,
                slot.start_time,
                slot.end_time,
                slot.location,
                slot.trainer_id,
                load_policy(self.settings),
                self.language,
            )
        except ValidationFailed as failed:
            self.show_banner([e.message(translate_message) for e in failed.errors], error=True)
            return
        self.undo_stack.push(commands.AddSession(self, new_id, self.tr("Add session")))
        self.anchor, self._selected_id = slot.date, new_id
        self.publish(changes)
        self.show_banner(
            [f"⚠ {n.message(translate_message)}" for n in notices], warning=bool(notices)
        )

    def remove_current(self) -> None:
        session = self.current_session()
        if session is None or not self.confirm_remove(session):
            return
        if self.run_service(lambda: planning.remove_session(self.db, session.id)):
            self.undo_stack.push(
                commands.RemoveSession(self, session.id, self.tr("Remove session"))
            )

    def manage_closed_days(self) -> None:
        if self.open_closed_days():
            self.refresh()

    # app-wide --------------------------------------------------------------------------
    def on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("cohorts", "programmes") or changes.everything:
            self.reload_filters()
        if changes.touches("sessions", "cohorts", "programmes", "attendance", "documents"):
            self.refresh()

    def save_state(self) -> None:
        self.settings.set_state("planning/splitter", self.splitter.saveState())
        self.settings.set_state("planning/mode", QByteArray(self.mode.encode()))
