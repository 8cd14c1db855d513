"""The Nazorg area: a job coach's caseload (overdue first) and, for the chosen participant,
the coaching notes with the note editor and the timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import coaching
from werkfit_desktop.services.caseload import (
    CaseloadFilter,
    assign_job_coach,
    caseload,
    job_coach_of,
    restore_job_coaches,
)
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.coaching import LOCAL, NoteRow
from werkfit_desktop.services.staff import get_staff
from werkfit_desktop.ui.dialogs.current_staff import change_current_staff, current_staff_id
from werkfit_desktop.ui.dialogs.handover import ask_handover
from werkfit_desktop.ui.dialogs.outcome_commands import WriteDone
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.caseload import COL_NAME, COL_OWNER, CaseloadModel
from werkfit_desktop.ui.item_models.exports import caseload_table
from werkfit_desktop.ui.labels_coaching import coaching_label
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.widgets.coaching_note_editor import CoachingNoteEditor
from werkfit_desktop.ui.widgets.participant_timeline import ParticipantTimelineWidget
from werkfit_desktop.ui.widgets.table_export import ExportButton, as_shown

_REFRESH_ON = ("participants", "notes", "outcomes", "enrolments", "employers", "staff")


class AftercareView(QWidget):
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
        self.staff_id = current_staff_id(settings, db, self, ask=False)
        self.filter = CaseloadFilter.ALL
        self.participant_id: str | None = None
        self._build()
        events.changed.connect(self.on_data_changed)
        self._show_staff()
        self.refresh()

    # building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.signed_in = QLabel()
        self.switch_button = QPushButton(self.tr("Switch..."))
        self.switch_button.clicked.connect(self.switch_staff)
        top.addWidget(self.signed_in)
        top.addWidget(self.switch_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(self.splitter, 1)
        self.splitter.addWidget(self._build_caseload())
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([780, 720])
        if (state := self.settings.state("aftercare/splitter")) is not None:
            self.splitter.restoreState(state)

    def _build_caseload(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[CaseloadFilter, QPushButton] = {}
        for value in CaseloadFilter:
            button = QPushButton(coaching_label(value))
            button.setCheckable(True)
            button.setChecked(value is self.filter)
            button.clicked.connect(lambda _=False, v=value: self.set_filter(v))
            self.filter_group.addButton(button)
            self.filter_buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = CaseloadModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.assign_button = QPushButton(self.tr("Assign to me"))
        self.assign_button.setToolTip(
            self.tr("Make you the job coach of the selected participants")
        )
        self.assign_button.clicked.connect(self.assign_selected_to_me)
        self.handover_button = QPushButton(self.tr("Hand over to..."))
        self.handover_button.setToolTip(
            self.tr("Another staff member takes over the selected participants (Ctrl+Shift+O)")
        )
        self.handover_button.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.handover_button.clicked.connect(self.hand_over_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.handover_button)
        buttons.addStretch(1)
        self.export_button = ExportButton(self.export_table, self.settings, self)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        return box

    def _build_detail(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        notes = QSplitter(Qt.Orientation.Vertical)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.notes.currentItemChanged.connect(self._note_chosen)
        self.editor = CoachingNoteEditor(self.db)
        self.editor.saved.connect(self._note_saved)
        notes.addWidget(self.notes)
        notes.addWidget(self.editor)
        notes.setStretchFactor(0, 2)
        notes.setStretchFactor(1, 3)
        self.notes_splitter = notes
        self.tabs.addTab(notes, self.tr("Notes"))
        self.timeline = ParticipantTimelineWidget(
            self.db, self.events, self.undo_stack, self.settings
        )
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        layout.addWidget(self.tabs, 1)
        return box

    # the current staff member
    def switch_staff(self) -> None:
        self.flush_drafts()
        self._staff_changed(change_current_staff(self.settings, self.db, self))

    def set_staff(self, staff_id: str | None) -> None:
        """Work as this staff member (the main window calls this after its own 'Wisselen')."""
        self.flush_drafts()
        self._staff_changed(staff_id)

    def _staff_changed(self, staff_id: str | None) -> None:
        self.staff_id = staff_id
        self._show_staff()
        keep, self.participant_id = self.participant_id, None
        self.editor.set_context(None, None)  # the editor writes as the new staff member
        self.refresh(keep)

    def _show_staff(self) -> None:
        staff = get_staff(self.db, self.staff_id) if self.staff_id else None
        if staff is None:
            self.staff_id = None
            self.signed_in.setText(self.tr("Nobody is signed in."))
            self.switch_button.setText(self.tr("Choose who you are..."))
        else:
            self.signed_in.setText(self.tr("Signed in as %1").replace("%1", staff.name))
            self.switch_button.setText(self.tr("Switch..."))

    # the caseload
    def set_filter(self, value: CaseloadFilter | str) -> None:
        self.filter = CaseloadFilter(value)
        self.filter_buttons[self.filter].setChecked(True)
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        keep = keep or self.participant_id
        rows = caseload(self.db, self.staff_id, self.today(), self.filter) if self.staff_id else []
        self.model.set_rows(rows)
        self.table.setColumnHidden(COL_OWNER, self.filter is not CaseloadFilter.UNASSIGNED)
        self.assign_button.setVisible(self.filter is CaseloadFilter.UNASSIGNED and bool(rows))
        self.handover_button.setVisible(self.filter is not CaseloadFilter.UNASSIGNED and bool(rows))
        self.table.setVisible(bool(rows))
        self.export_button.setEnabled(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(self._empty_text())
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            index = self.model.index(row, COL_NAME)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._open_participant(self.model.row_id(row))
        else:
            self._open_participant(None)

    def export_table(self):
        """The caseload as shown: this filter, these columns (the job coach only when shown)."""
        title = self.tr("Caseload %1").replace("%1", coaching_label(self.filter))
        return as_shown(self.table, caseload_table(self.model, title))

    def _empty_text(self) -> str:
        if self.staff_id is None:
            return self.tr("Choose who you are (button above) to see your caseload.")
        return {
            CaseloadFilter.ALL: self.tr(
                "No participants in your caseload yet. Participants are assigned to you "
                "under 'Unassigned' or by a colleague."
            ),
            CaseloadFilter.TODAY: self.tr("No contacts due today."),
            CaseloadFilter.THIS_WEEK: self.tr("No more contacts due this week."),
            CaseloadFilter.OVERDUE: self.tr("Nobody is overdue. Well done!"),
            CaseloadFilter.UNASSIGNED: self.tr("Every participant with notes has a job coach."),
        }[self.filter]

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            participant_id = self.model.row_id(current.row())
            if participant_id != self.participant_id:
                self._open_participant(participant_id)

    def selected_ids(self) -> list[str]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.row_id(row) for row in sorted(rows)]

    def ask_handover(self, names: list[str]) -> str | None:
        """Who takes over (None: cancelled); tests replace this."""
        return ask_handover(self.db, names, self.staff_id, self)

    def hand_over_selected(self) -> None:
        """'Overdragen aan...': the selected participants get another job coach (undoable)."""
        ids = self.selected_ids()
        if not ids or not self.staff_id:
            return
        names = [self.model.rows()[self.model.row_of(i)].name for i in ids]
        target = self.ask_handover(names)
        if not target:
            return
        self.flush_drafts()
        before = job_coach_of(self.db, ids)
        self.events.publish(assign_job_coach(self.db, ids, target), self)
        text = self.tr("Hand over %n participant(s)", "", len(ids))
        self.undo_stack.push(
            WriteDone(
                text,
                lambda changes: self.events.publish(changes, self),
                lambda: restore_job_coaches(self.db, before),
                lambda: assign_job_coach(self.db, ids, target),
            )
        )

    def assign_selected_to_me(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        ids = [self.model.row_id(row) for row in sorted(rows)]
        if ids and self.staff_id:
            self.events.publish(assign_job_coach(self.db, ids, self.staff_id), self)

    # one participant
    def _open_participant(self, participant_id: str | None) -> None:
        if participant_id == self.participant_id and participant_id is not None:
            self._fill_notes()
            return
        self.participant_id = participant_id
        row = self.model.row_of(participant_id) if participant_id else -1
        if row >= 0:
            line = self.model.rows()[row]
            extra = " · ".join(x for x in (line.number, line.employer) if x)
            self.heading.setText(f"{line.name}  ({extra})")
        else:
            self.heading.setText("")
        self.tabs.setEnabled(participant_id is not None)
        self.editor.set_context(self.staff_id, participant_id)
        self.timeline.set_participant(participant_id)
        self._fill_notes()

    def _fill_notes(self) -> None:
        self.notes.blockSignals(True)
        self.notes.clear()
        rows = (
            coaching.notes_for_participant(self.db, self.participant_id, self.staff_id)
            if self.participant_id
            else []
        )
        for note in rows:
            item = QListWidgetItem(self._note_text(note))
            item.setData(Qt.ItemDataRole.UserRole, note)
            self.notes.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("No notes yet: write the first one below."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.notes.addItem(item)
        self.notes.setCurrentRow(-1)  # choosing a note opens it in the editor
        self.notes.blockSignals(False)

    def _note_text(self, note: NoteRow) -> str:
        at = note.data.contact_at.astimezone(LOCAL)
        parts = [at.strftime("%d-%m-%Y %H:%M"), coaching_label(note.data.contact_type)]
        parts.append(note.author_name)
        head = " · ".join(parts)
        if note.draft:
            head += "  " + self.tr("(draft)")
        if note.data.private:
            head += "  " + self.tr("(private)")
        body = note.data.discussed.strip().splitlines()[0] if note.data.discussed.strip() else ""
        return f"{head}\n{body}"

    def _note_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        note = item.data(Qt.ItemDataRole.UserRole) if item else None
        if isinstance(note, NoteRow):
            self.editor.open_note(note)

    def _note_saved(self, changes: Changes) -> None:
        self.events.publish(changes, self)

    # app wiring
    def on_data_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches(*_REFRESH_ON):
            self.refresh()
        if changes.touches("plans"):
            self.editor.reload_goals()

    def flush_drafts(self) -> None:
        """Keep the note being typed (call before closing the window)."""
        self.editor.flush()

    def save_state(self) -> None:
        self.flush_drafts()
        self.settings.set_state("aftercare/splitter", self.splitter.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802
        self.flush_drafts()
        super().closeEvent(event)
