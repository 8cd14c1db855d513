"""The attendance register (Aanwezigheid): pick a session, mark everyone by keyboard.

Every mark is saved at once (one transaction each, through services.attendance), pushed on
the shared undo stack and broadcast; there is no Save button to forget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import attendance as service
from werkfit_desktop.services.attendance import Mark, Register, RegisterRow
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.item_models.register import (
    COL_STATUS,
    STATUS_ORDER,
    RegisterModel,
    status_label,
    status_letter,
)
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.tasks import TaskRunner
from werkfit_desktop.ui.widgets.register_header import RegisterHeader
from werkfit_desktop.ui.widgets.register_picker import RegisterPicker
from werkfit_desktop.ui.widgets.register_table import RegisterTable

_KEEP = object()  # "leave the note as it is"

_STYLE = "QLabel#minutesHint { background: #fff3c4; border-radius: 4px; padding: 4px 8px; }"


class MarkCommand(QUndoCommand):
    """Undoable marks in one session: undo writes the marks from before back, redo the
    marks from after (each in a transaction of its own)."""

    def __init__(self, view: AttendanceView, session_id: str, before, after, text: str):
        super().__init__(text)
        self._view, self._session_id = view, session_id
        self._before, self._after = list(before), list(after)
        self._done = True  # the first redo is the write that already happened

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if not self._view.write_marks(self._session_id, self._after):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._view.write_marks(self._session_id, self._before):
            self.setObsolete(True)


def _mark(row: RegisterRow) -> Mark:
    return Mark(row.participant_id, row.status, row.minutes_late, row.note)


class AttendanceView(QWidget):
    session_opened = Signal(str)
    """A session's register was opened (its id)."""

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack = db, events, undo_stack
        self.settings, self.tasks = settings, tasks
        self.today = today or dt.date.today()
        self.register: Register | None = None
        # Each cohort's session list once loaded, until data changes elsewhere.
        self._sessions_of: dict[str, list[service.SessionChoice]] = {}
        self._reload_after_edit = False
        self.setStyleSheet(_STYLE)

        self.picker = RegisterPicker()
        self.picker.today = self.today
        self.picker.cohort_chosen.connect(self.on_cohort_chosen)
        self.picker.session_chosen.connect(self.open_session)
        self.header = RegisterHeader()
        self.session_actions = self.header.session_actions
        """Room for the sign-in sheet and scan buttons (added by the main window)."""
        self.title, self.subtitle = self.header.title, self.header.subtitle
        self.cancelled_banner = self.header.cancelled_banner
        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.hide()
        self.counters = QLabel()
        self.counters.setObjectName("countLabel")
        self.everyone_button = QPushButton(self.tr("Everyone else present"))
        self.everyone_button.setToolTip(
            self.tr("Mark everyone without a mark as present (Ctrl+Shift+A)")
        )
        self.everyone_button.clicked.connect(self.mark_rest_present)
        counters_row = QHBoxLayout()
        counters_row.addWidget(self.counters, 1)
        counters_row.addWidget(self.everyone_button)

        self.model = RegisterModel(self)
        self.model.note_edited.connect(self.on_note_edited)
        self.model.minutes_edited.connect(self.on_minutes_edited)
        self.table = RegisterTable()
        self.table.setModel(self.model)
        self.table.status_requested.connect(self.on_status_key)
        self.table.late_requested.connect(self.on_late_entered)
        self.table.clear_requested.connect(lambda: self.set_status(None))
        self.table.note_requested.connect(self.edit_note)
        self.table.undo_requested.connect(self.undo_stack.undo)
        self.table.redo_requested.connect(self.undo_stack.redo)
        self.table.minutes_entry_changed.connect(self.on_minutes_entry)
        self.table.customContextMenuRequested.connect(self.on_context_menu)
        self.table.itemDelegate().closeEditor.connect(self.on_editor_closed)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.status_buttons = QHBoxLayout()
        self._buttons: list[QToolButton] = []
        for status in STATUS_ORDER:
            self._add_button(
                f"{status_label(status)} ({status_letter(status)})",
                lambda _c=False, s=status: self.on_status_key(s),
            )
        self._add_button(self.tr("Clear (Delete)"), lambda: self.set_status(None))
        self._add_button(self.tr("Note (N)"), self.edit_note)
        self.status_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.header)
        layout.addWidget(self.error_banner)
        layout.addLayout(counters_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)
        layout.addLayout(self.status_buttons)
        self.setFocusProxy(self.table)
        QShortcut(
            QKeySequence("Ctrl+Shift+A"),
            self,
            activated=self.mark_rest_present,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.events.changed.connect(self.on_data_changed)
        self.reload_choices(initial=True)

    def _add_button(self, text: str, slot) -> None:
        button = QToolButton()
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table keeps the keyboard
        button.clicked.connect(slot)
        self.status_buttons.addWidget(button)
        self._buttons.append(button)

    # choosing -----------------------------------------------------------------------------
    @property
    def current_session_id(self) -> str | None:
        return self.register.session_id if self.register else None

    def reload_choices(self, initial: bool = False) -> None:
        """Fill the cohort and session lists; at the start, today's session (else the most
        recent one held) is opened."""
        cohort_id, session_id = self.picker.cohort_id, self.current_session_id
        if initial or cohort_id is None:
            first = service.first_session(self.db, self.today)
            cohort_id = first.cohort_id if first else None
            session_id = first.id if first else None
        cohorts = service.register_cohorts(self.db, self.today)
        if cohort_id not in {c.id for c in cohorts}:
            cohort_id, session_id = (cohorts[0].id if cohorts else None), None
        self.picker.set_cohorts(cohorts, cohort_id)
        self._load_sessions(cohort_id, session_id)

    def _cohort_sessions(self, cohort_id: str | None) -> list[service.SessionChoice]:
        """The cohort's sessions, asked once and then kept (forgotten on a change)."""
        if cohort_id is None:
            return []
        if cohort_id not in self._sessions_of:
            self._sessions_of[cohort_id] = service.register_sessions(self.db, cohort_id)
        return self._sessions_of[cohort_id]

    def _load_sessions(self, cohort_id: str | None, session_id: str | None) -> None:
        sessions = self._cohort_sessions(cohort_id)
        if session_id not in {s.id for s in sessions}:
            chosen = service.default_session(sessions, self.today)
            session_id = chosen.id if chosen else None
        self.picker.set_sessions(sessions, session_id)
        self.open_session(session_id)

    def on_cohort_chosen(self, cohort_id: str) -> None:
        self._load_sessions(cohort_id, None)

    def open_session(self, session_id: str | None) -> None:
        """Show this session's register (None: the empty state)."""
        self.table.cancel_minutes()
        self._hide_error()
        if session_id is None:
            self.register = None
            self._show_empty()
            return
        if self.picker.session_id != session_id:
            if not self.picker.select_session(session_id):
                self._open_elsewhere(session_id)
            return  # select_session emitted session_chosen, which opened it
        changed = self.current_session_id != session_id
        try:
            self.register = service.open_register(self.db, session_id)
        except LookupError:  # removed by another view or device meanwhile
            self.register = None
            self.reload_choices()
            return
        self._show_register(keep_row=not changed)
        if changed:
            self.session_opened.emit(session_id)

    def _open_elsewhere(self, session_id: str) -> None:
        """Another cohort's session: switch the picker to its cohort and show it."""
        try:
            register = service.open_register(self.db, session_id)
        except LookupError:
            return  # removed meanwhile: stay where we are
        cohort_id = register.cohort_id
        if not self.picker.show_cohort(cohort_id):
            self.picker.set_cohorts(service.register_cohorts(self.db, self.today), cohort_id)
        sessions = self._cohort_sessions(cohort_id)
        if session_id not in {s.id for s in sessions}:  # planned since the list was kept
            self._sessions_of.pop(cohort_id, None)
            sessions = self._cohort_sessions(cohort_id)
        self.picker.set_sessions(sessions, session_id)
        self.table.cancel_minutes()
        self.register = register
        self._show_register(keep_row=False)
        self.session_opened.emit(session_id)

    def _show_register(self, keep_row: bool = True) -> None:
        register = self.register
        assert register is not None
        row = self.table.currentIndex().row() if keep_row else -1
        self.model.set_rows(register.rows, editable=not register.cancelled)
        self.header.show_register(register)
        self.picker.show()
        if register.rows:
            self.stack.setCurrentWidget(self.table)
            row = row if 0 <= row < len(register.rows) else self._first_unmarked_row()
            self.table.setCurrentIndex(self.model.index(row, COL_STATUS))
        else:
            self.empty_label.setText(
                self.tr(
                    "Nobody is enrolled in this cohort on %1.\nEnrol participants under "
                    "Cohorts; they appear here from their start date."
                ).replace("%1", format_date(register.date))
            )
            self.stack.setCurrentWidget(self.empty_label)
        self._update_counters()
        self._set_enabled(not register.cancelled and bool(register.rows), bool(register.rows))

    def _first_unmarked_row(self) -> int:
        for number, row in enumerate(self.model.rows()):
            if row.status is None:
                return number
        return 0

    def _show_empty(self) -> None:
        self.model.set_rows([], editable=False)
        self.header.show_title(self.tr("Attendance"))
        self.counters.setText("")
        if self.picker.cohort_id is None:
            text = self.tr(
                "There are no cohorts yet.\nCreate a cohort under Cohorts, enrol its "
                "participants and plan its sessions under Planning; then take attendance here."
            )
        else:
            text = self.tr(
                "This cohort has no sessions yet.\nPlan its sessions under Planning; then take "
                "attendance here."
            )
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)
        self._set_enabled(False, shown=False)
        self.picker.setVisible(self.picker.cohort_id is not None)

    def _set_enabled(self, markable: bool, shown: bool = True) -> None:
        """Marking controls: enabled when the register can be marked, hidden when there
        is no register to mark at all (an empty state)."""
        for button in (self.everyone_button, *self._buttons):
            button.setEnabled(markable)
            button.setVisible(shown)
        self.hint.setText(self._key_help() if markable else "")

    def _key_help(self) -> str:
        return self.tr(
            "Keys: ↑↓ move · the letter on a button sets that status · N note · Delete clear · "
            "Ctrl+Z undo. Every change is saved at once."
        )

    def _update_counters(self) -> None:
        if self.register is None:
            self.counters.setText("")
            return
        counts = service.tally(self.model.rows())
        parts = [
            self.tr("%1 of %2 registered")
            .replace("%1", str(counts.registered))
            .replace("%2", str(counts.enrolled))
        ]
        for status in STATUS_ORDER:
            if counts.by_status[status]:
                parts.append(f"{counts.by_status[status]} {status_label(status).lower()}")
        self.counters.setText(" · ".join(parts))

    # marking ------------------------------------------------------------------------------
    def _current_row(self) -> int:
        row = self.table.currentIndex().row()
        return row if self.register and 0 <= row < self.model.rowCount() else -1

    def _refuse_if_cancelled(self) -> bool:
        if self.register is not None and self.register.cancelled:
            self._show_error(
                self.tr(
                    "This session was cancelled; attendance cannot be registered for it. "
                    "Choose another session."
                )
            )
            return True
        return False

    def on_status_key(self, status: AttendanceStatus) -> None:
        if self._refuse_if_cancelled() or self._current_row() < 0:
            return
        if status is AttendanceStatus.LATE:
            self.table.setFocus()
            self.table.start_minutes(self.model.row(self._current_row()).minutes_late)
            return
        if self.set_status(status):
            self.table.move_down()

    def on_late_entered(self, minutes: int) -> None:
        if self.set_status(AttendanceStatus.LATE, minutes):
            self.table.move_down()

    def on_minutes_entry(self, active: bool) -> None:
        if active:
            row = self.model.row(self._current_row())
            self.hint.setText(
                self.tr(
                    "Minutes late for %1: type the number and press Enter (Esc cancels)."
                ).replace("%1", row.name)
            )
            self.hint.setObjectName("minutesHint")
        else:
            self.hint.setObjectName("muted")
            self.hint.setText(self._key_help() if self.model.editable else "")
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)

    def set_status(
        self, status: AttendanceStatus | None, minutes: int | None = None, note=_KEEP
    ) -> bool:
        """Save the current row's mark at once (undoable). False when nothing was saved."""
        number = self._current_row()
        if number < 0 or (status is not None and self._refuse_if_cancelled()):
            return False
        row = self.model.row(number)
        after_note = row.note if note is _KEEP else note
        if status is None:
            minutes, after_note = None, None
        elif status is not AttendanceStatus.LATE:
            minutes = None
        if (row.status, row.minutes_late, row.note) == (status, minutes, after_note):
            return True  # nothing changes: no write, no undo step
        if status is None:
            text = self.tr("Clear the mark of %1").replace("%1", row.name)
        elif note is not _KEEP:
            text = self.tr("Note for %1").replace("%1", row.name)
        else:
            text = self.tr("%1: %2").replace("%1", row.name).replace("%2", status_label(status))
        return self._save(
            [_mark(row)], [Mark(row.participant_id, status, minutes, after_note)], text
        )

    def _save(self, before: list[Mark], after: list[Mark], text: str) -> bool:
        session_id = self.current_session_id
        assert session_id is not None
        try:
            if len(after) == 1:
                changes = service.record_mark(self.db, session_id, *after[0])
            else:
                changes = service.restore_marks(self.db, session_id, after)
        except ValidationFailed as failed:
            self._show_validation(failed)
            return False
        self._after_write(session_id, changes)
        # What was stored (e.g. the note trimmed) is what redo writes again.
        stored = {r.participant_id: _mark(r) for r in self.model.rows()}
        after = [stored.get(m.participant_id, m) for m in after]
        self.undo_stack.push(MarkCommand(self, session_id, before, after, text))
        return True

    def mark_rest_present(self) -> None:
        """'Iedereen aanwezig': everyone without a mark becomes present (one undo step)."""
        if self.register is None or self._refuse_if_cancelled():
            return
        self.table.cancel_minutes()
        session_id = self.register.session_id
        try:
            marked, changes = service.mark_rest_present(self.db, session_id)
        except ValidationFailed as failed:
            self._show_validation(failed)
            return
        if not marked:
            return
        self._after_write(session_id, changes)
        before = [Mark(pid, None) for pid in marked]
        after = [Mark(pid, AttendanceStatus.PRESENT) for pid in marked]
        self.undo_stack.push(
            MarkCommand(self, session_id, before, after, self.tr("Everyone else present"))
        )

    def write_marks(self, session_id: str, marks: list[Mark]) -> bool:
        """Undo and redo: write these marks back and show them."""
        try:
            changes = service.restore_marks(self.db, session_id, marks)
        except ValidationFailed as failed:
            self._show_validation(failed)
            return False
        if session_id != self.current_session_id:
            self.open_session(session_id)
        self._after_write(session_id, changes)
        if marks and (row := self.model.row_of(marks[0].participant_id)) >= 0:
            self.table.setCurrentIndex(self.model.index(row, COL_STATUS))
        return True

    def _after_write(self, session_id: str, changes: Changes) -> None:
        self._hide_error()
        if session_id == self.current_session_id:
            self.register = service.open_register(self.db, session_id)
            self.model.set_rows(self.register.rows, editable=not self.register.cancelled)
            self._update_counters()
        cohort_id = self.picker.cohort_id
        if cohort_id is not None:
            self._sessions_of[cohort_id] = service.register_sessions(self.db, cohort_id)
            self.picker.update_sessions(self._sessions_of[cohort_id])
        self.events.publish(changes, self)

    # note and minutes ----------------------------------------------------------------------
    def edit_note(self) -> None:
        number = self._current_row()
        if number < 0 or self._refuse_if_cancelled():
            return
        if self.model.row(number).status is None:
            self._show_error(
                self.tr("Set a status first (%1), then add a note.").replace(
                    "%1", ", ".join(status_letter(s) for s in STATUS_ORDER)
                )
            )
            return
        self.table.edit_note()

    def on_note_edited(self, number: int, text: str) -> None:
        row = self.model.row(number)
        if (text.strip() or None) == row.note:
            return
        self.table.setCurrentIndex(self.model.index(number, COL_STATUS))
        self.set_status(row.status, row.minutes_late, note=text)

    def on_minutes_edited(self, number: int, minutes: int) -> None:
        self.table.setCurrentIndex(self.model.index(number, COL_STATUS))
        self.set_status(AttendanceStatus.LATE, minutes)

    def on_editor_closed(self, *_args) -> None:
        if self._reload_after_edit:
            self._reload_after_edit = False
            self.refresh()

    def on_context_menu(self, position: QPoint) -> None:
        index: QModelIndex = self.table.indexAt(position)
        if not index.isValid() or self.register is None or self.register.cancelled:
            return
        self.table.setCurrentIndex(self.model.index(index.row(), COL_STATUS))
        menu = QMenu(self)
        for status in STATUS_ORDER:
            action = menu.addAction(f"{status_label(status)}\t{status_letter(status)}")
            action.triggered.connect(lambda _c=False, s=status: self.on_status_key(s))
        menu.addSeparator()
        menu.addAction(self.tr("Edit note") + "\tN", self.edit_note)
        menu.addAction(self.tr("Clear mark") + "\tDelete", lambda: self.set_status(None))
        menu.addSeparator()
        menu.addAction(self.tr("Everyone else present"), self.mark_rest_present)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # messages -----------------------------------------------------------------------------
    def _show_validation(self, failed: ValidationFailed) -> None:
        self._show_error("\n".join(e.message(QCoreApplication.translate) for e in failed.errors))

    def _show_error(self, text: str) -> None:
        self.error_banner.setText(self.tr("Not saved: %1").replace("%1", text))
        self.error_banner.show()

    def _hide_error(self) -> None:
        self.error_banner.hide()

    # other views' changes ------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload what is shown (another view changed data)."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            self._reload_after_edit = True  # do not throw away a note being typed
            return
        self._sessions_of.clear()
        self.reload_choices()

    def on_data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self:
            return
        if changes.touches(
            "attendance", "sessions", "enrolments", "participants", "cohorts", "programmes"
        ):
            # The kept session lists hold dates, modules and counts: all may have changed.
            self._sessions_of.clear()
            self.refresh()
