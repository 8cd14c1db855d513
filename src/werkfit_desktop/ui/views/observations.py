"""Skill observations: per cohort and ISO week a grid of participants x work skills, scored 1-4
by keyboard, each change saved at once and undoable; punctuality can be taken over from the
week's attendance after the trainer's confirmation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import observations as service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.observations import (
    NOTE_ROLE,
    SCORE_ROLE,
    ObservationGridModel,
)
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.tasks import TaskRunner
from werkfit_desktop.ui.widgets.cohort_week_bar import CohortWeekBar
from werkfit_desktop.ui.widgets.observation_legend import ScoreLegend
from werkfit_desktop.ui.widgets.observation_table import ObservationTable

Week = tuple[int, int]


class WriteCells(QUndoCommand):
    """Undoable change of cells in one week: undo writes the previous values back, redo the
    new ones, each in a transaction of its own. The first redo is the save already done."""

    def __init__(self, view, cohort_id: str, week: Week, before, after, focus, text: str):
        super().__init__(text)
        self._view, self._cohort_id, self._week = view, cohort_id, week
        self._before, self._after, self._focus = list(before), list(after), focus
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)

    def _write(self, values) -> None:
        changes = service.restore_scores(
            self._view.db, self._cohort_id, *self._week, values, today=self._view.today()
        )
        self._view.show_written(self._cohort_id, self._week, changes, self._focus)


class ObservationsView(QWidget):
    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack, self.settings = db, events, undo_stack, settings
        self.tasks = tasks
        self._today = today
        self._note_cell: tuple[str, str] | None = None  # the cell the note editor writes to

        title = QLabel(self.tr("Skill observations"))
        title.setObjectName("pageTitle")
        self.skills_button = QPushButton(self.tr("Skills..."))
        self.skills_button.setToolTip(self.tr("Rename, reorder, add or switch off skills"))
        self.skills_button.clicked.connect(self.edit_skill_list)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.skills_button)
        self.bar = CohortWeekBar(settings, self.today, "observations/cohort")
        self.bar.changed.connect(self.reload)
        self.cohort_combo, self.week_label = self.bar.cohort_combo, self.bar.week_label

        self.info_label = QLabel()
        self.info_label.setObjectName("muted")
        self.info_label.setWordWrap(True)

        self.model = ObservationGridModel(self)
        self.table = ObservationTable()
        self.table.setModel(self.model)
        self.table.score_typed.connect(self.on_score_typed)
        self.table.clear_requested.connect(self.on_clear)
        self.table.note_requested.connect(self.start_note)
        self.table.week_step.connect(self.step_week)
        self.table.selectionModel().currentChanged.connect(self.on_current_changed)
        self.table.setAccessibleName(self.tr("Observation grid"))

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.note_label = QLabel(self.tr("&Note:"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.note_label.setBuddy(self.note_edit)
        self.note_edit.textEdited.connect(self.on_note_edited)
        self.note_edit.returnPressed.connect(self.save_note)
        self.note_edit.editingFinished.connect(self.on_note_left)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.note_edit,
            activated=self.cancel_note,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.punctuality_button = QPushButton(self.tr("Take punctuality from attendance"))
        self.punctuality_button.clicked.connect(self.confirm_punctuality)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addWidget(self.note_edit, 1)
        note_row.addSpacing(12)
        note_row.addWidget(self.punctuality_button)

        self.legend = ScoreLegend()
        self.status_label = QLabel()
        self.status_label.setObjectName("savedLabel")
        self.status_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend)
        bottom.addStretch(1)
        bottom.addWidget(self.status_label, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.info_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(note_row)
        layout.addLayout(bottom)

        for key, step in ((Qt.Key.Key_PageUp, -1), (Qt.Key.Key_PageDown, 1)):
            QShortcut(
                QKeySequence(key),
                self,
                activated=lambda s=step: self.step_week(s),
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.setTabOrder(self.bar.cohort_combo, self.table)
        self.setTabOrder(self.table, self.note_edit)
        self.setTabOrder(self.note_edit, self.punctuality_button)
        self.events.changed.connect(self.on_data_changed)
        self.load_cohorts()

    # what is shown --------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def cohort_id(self) -> str | None:
        return self.bar.cohort_id

    @property
    def week(self) -> Week:
        return self.bar.week

    def load_cohorts(self) -> None:
        self.bar.set_choices(service.cohort_choices(self.db))
        self.reload()

    def show_week(self, cohort_id: str, week: Week) -> None:
        self._flush_note()
        self.bar.choose(cohort_id, week)
        self.reload()

    def step_week(self, step: int) -> None:
        self._flush_note()
        self.bar.step(step)

    def reload(self) -> None:
        """Read the week from the database and show it; the current cell stays put."""
        self._note_cell = None
        if self.cohort_id is None:
            self.model.set_grid(None)
            self._show_empty(
                self.tr(
                    "There are no cohorts yet. Create a cohort with participants under "
                    "Cohorts, or load the demo data from the File menu."
                )
            )
            self.info_label.setText("")
            self._update_note_and_buttons()
            return
        grid = service.week_grid(self.db, self.cohort_id, *self.week)
        self.model.set_grid(grid)
        code = self.bar.choice(self.cohort_id).code
        if not grid.skills:
            self._show_empty(
                self.tr("The list of skills is empty. Add the skills you observe with 'Skills...'.")
            )
        elif not grid.participants:
            self._show_empty(
                self.tr(
                    "Nobody in cohort %1 is enrolled in week %2 of %3.\nChoose another week "
                    "(PgUp/PgDn) or enrol participants under Cohorts."
                )
                .replace("%1", code)
                .replace("%2", str(grid.week))
                .replace("%3", str(grid.week_year))
            )
        else:
            self.stack.setCurrentWidget(self.table)
            self.table.fit_header()
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
        self.info_label.setText(self._info_text(grid) if self.model.rowCount() else "")
        self._update_note_and_buttons()

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _info_text(self, grid: service.WeekGrid) -> str:
        people = self.tr("%n participant(s)", "", len(grid.participants))
        if grid.held_sessions:
            sessions = self.tr("%n session(s) this week", "", grid.held_sessions)
        else:
            sessions = self.tr("no sessions this week (you can still record observations)")
        help_text = self.tr("Type 1–4 to score and move right, Delete to clear, N to write a note.")
        return f"{people} · {sessions} · {help_text}"

    def show_written(self, cohort_id: str, week: Week, changes: Changes, focus) -> None:
        """After a write, undo or redo: show that week with the cell, tell the other views."""
        if (cohort_id, week) != (self.cohort_id, self.week):
            self.show_week(cohort_id, week)
        else:
            self.reload()
        self._focus_cell(*focus)
        self.events.publish(changes, self)

    def _focus_cell(self, participant_id: str, skill_id: str) -> None:
        row, column = self.model.row_of(participant_id), self.model.column_of(skill_id)
        if row >= 0 and column >= 0:
            self.table.setCurrentIndex(self.model.index(row, column))

    # entering scores ------------------------------------------------------------------
    def _current_cell(self):
        index = self.table.currentIndex()
        if self.model.grid is None or not index.isValid():
            return None
        return index, self.model.participant_id(index.row()), self.model.skill_id(index.column())

    def on_score_typed(self, score: int) -> None:
        current = self._current_cell()
        if current is None:
            return
        index, pid, sid = current
        note = index.data(NOTE_ROLE)
        if self._write(pid, sid, score, note, self.tr("Score %1").replace("%1", str(score))):
            self._move_on(index)

    def on_clear(self) -> None:
        current = self._current_cell()
        if current is None or current[0].data(SCORE_ROLE) is None:
            return
        _index, pid, sid = current
        self._write(pid, sid, None, None, self.tr("Clear score"))

    def _write(self, pid: str, sid: str, score, note, text: str) -> bool:
        assert self.model.grid is not None and self.cohort_id is not None
        before = self.model.grid.value(pid, sid)
        try:
            changes = service.set_score(
                self.db, self.cohort_id, pid, sid, *self.week, score, note, today=self.today()
            )
        except ValidationFailed as failed:
            self.status_label.setText(
                " ".join(e.message(QCoreApplication.translate) for e in failed.errors)
            )
            return False
        after = service.CellValue(pid, sid, score, (note or "").strip() or None)
        if changes.observations:
            self.undo_stack.push(
                WriteCells(self, self.cohort_id, self.week, [before], [after], (pid, sid), text)
            )
        self.reload()
        self._focus_cell(pid, sid)
        self.status_label.setText(self.tr("Saved"))
        if changes.observations:
            self.events.publish(changes, self)
        return True

    def _move_on(self, index) -> None:
        """Right; from the last skill to the first skill of the next participant."""
        row, column = index.row(), index.column() + 1
        if column >= self.model.columnCount():
            if row + 1 >= self.model.rowCount():
                return
            row, column = row + 1, 0
        self.table.setCurrentIndex(self.model.index(row, column))

    # the note -------------------------------------------------------------------------
    def _flush_note(self) -> None:
        """Save a note being typed before the grid shows something else."""
        if self._note_cell is not None:
            self.save_note()

    def on_current_changed(self, _current, _previous) -> None:
        self._update_note_and_buttons()

    def _update_note_and_buttons(self) -> None:
        current = self._current_cell()
        if self._note_cell is None:
            has_score = current is not None and current[0].data(SCORE_ROLE) is not None
            self.note_edit.setText(current[0].data(NOTE_ROLE) or "" if current else "")
            self.note_edit.setEnabled(has_score)
            self.note_edit.setPlaceholderText(
                self.tr("A note on this score (N or Enter to write, Enter to save)")
                if has_score
                else self.tr("Give a score first; a note belongs to a score.")
            )
        grid = self.model.grid
        self.punctuality_button.setEnabled(bool(grid and grid.punctuality_suggestions))
        self.punctuality_button.setToolTip(
            self.tr(
                "Fill in the grey suggestions for 'Op tijd komen' from this week's attendance "
                "(all empty cells, or the selected participants)."
            )
            if grid and grid.punctuality_skill_id
            else self.tr("The skill list has no skill 'Op tijd komen'.")
        )

    def start_note(self) -> None:
        current = self._current_cell()
        if current is None:
            return
        index, pid, sid = current
        if index.data(SCORE_ROLE) is None:
            self.status_label.setText(self.tr("Give a score first; a note belongs to a score."))
            return
        self._note_cell = (pid, sid)
        self.note_edit.setEnabled(True)
        self.note_edit.setFocus()
        self.note_edit.selectAll()

    def on_note_edited(self, _text: str) -> None:
        if self._note_cell is None:
            current = self._current_cell()
            if current is not None:
                self._note_cell = (current[1], current[2])

    def save_note(self) -> None:
        cell = self._note_cell
        if cell is None or self.model.grid is None:
            self.table.setFocus()
            return
        self._note_cell = None
        before = self.model.grid.value(*cell)
        text = self.note_edit.text().strip() or None
        if before.score is not None and text != before.note:
            self._write(*cell, before.score, text, self.tr("Edit note"))
        self.table.setFocus()
        self._focus_cell(*cell)

    def on_note_left(self) -> None:
        """Leaving the note field keeps what was typed (nothing is lost)."""
        if self._note_cell is not None and not self.note_edit.hasFocus():
            self.save_note()

    def cancel_note(self) -> None:
        self._note_cell = None
        self.table.setFocus()
        self._update_note_and_buttons()

    # punctuality ----------------------------------------------------------------------
    def _punctuality_targets(self) -> list[str]:
        """The participants to take punctuality over for: the selected rows when more than one
        row is selected (a score there is overwritten), else everyone whose punctuality cell is
        still empty."""
        grid = self.model.grid
        if grid is None or grid.punctuality_skill_id is None:
            return []
        suggestions = grid.punctuality_suggestions
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        if len(rows) > 1:
            return [
                pid
                for pid in (self.model.participant_id(r) for r in rows)
                if pid in suggestions
                and grid.value(pid, grid.punctuality_skill_id).score != suggestions[pid].score
            ]
        return [
            p.id
            for p in grid.participants
            if p.id in suggestions and grid.cell(p.id, grid.punctuality_skill_id) is None
        ]

    def confirm_punctuality(self) -> None:
        grid = self.model.grid
        targets = self._punctuality_targets()
        if grid is None or self.cohort_id is None or not targets:
            self.status_label.setText(
                self.tr("There is nothing to take over: no empty cell has a suggestion.")
            )
            return
        skill_id = grid.punctuality_skill_id
        previous, changes = service.confirm_punctuality(
            self.db, self.cohort_id, *self.week, targets, today=self.today()
        )
        self.reload()
        after_grid = self.model.grid
        assert after_grid is not None and skill_id is not None
        after = [after_grid.value(v.participant_id, skill_id) for v in previous]
        text = self.tr("Take punctuality from attendance")
        focus = (targets[0], skill_id)
        self.undo_stack.push(
            WriteCells(self, self.cohort_id, self.week, previous, after, focus, text)
        )
        self.status_label.setText(
            self.tr("Punctuality taken over for %n participant(s).", "", len(previous))
        )
        self.events.publish(changes, self)

    # skills ---------------------------------------------------------------------------
    def edit_skill_list(self) -> None:
        from werkfit_desktop.ui.dialogs.skill_list import SkillListDialog

        dialog = SkillListDialog(self.db, self)
        if self.run_dialog(dialog):
            self.events.publish(dialog.changes, self)
            self.reload()

    def run_dialog(self, dialog) -> bool:
        """Show a modal dialog (tests replace this)."""
        return bool(dialog.exec())

    # app-wide -------------------------------------------------------------------------
    def on_data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self:
            return
        if changes.everything or changes.touches("cohorts", "enrolments", "participants"):
            self.load_cohorts()
        elif changes.touches("observations", "attendance", "sessions"):
            self.reload()

    def save_state(self) -> None:
        """Nothing to keep besides the chosen cohort, which is stored when chosen."""
