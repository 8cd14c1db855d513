"""The personal development plan on the participant page: target job, realism, needs and
follow-up courses (saved with the Save button or when focus leaves a changed field — one
transaction per save), the goals with target date and a status combo, and the funding rows
with amounts as "€ 1.250,00". Every write is undoable and published.

    widget = DevelopmentPlanWidget(db, events, undo_stack, settings)
    widget.set_participant(participant_id)   # None: nobody chosen

Dialogs are shown through `run_dialog` so tests can answer them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.enums import GoalStatus
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import development_plan as service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.development_plan import Plan, PlanInput
from werkfit_desktop.ui.dialogs.outcome_commands import WriteDone
from werkfit_desktop.ui.dialogs.plan_editors import FundingDialog, GoalDialog, status_combo
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.labels_outcomes import format_money, outcome_label
from werkfit_desktop.ui.settings import Settings


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _item(text: str, key: str | None = None, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if key is not None:
        item.setData(Qt.ItemDataRole.UserRole, key)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class DevelopmentPlanWidget(QWidget):
    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack, self.settings = db, events, undo_stack, settings
        self.participant_id: str | None = None
        self.plan: Plan | None = None

        self.empty = QLabel(self.tr("Choose a participant to see the development plan."))
        self.target_job = QLineEdit()
        self.target_job.setPlaceholderText(self.tr("e.g. Installation technician"))
        self.realism = QPlainTextEdit()
        self.needs = QPlainTextEdit()
        self.follow_up = QPlainTextEdit()
        for edit in (self.realism, self.needs, self.follow_up):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(64)
        for edit in (self.target_job, self.realism, self.needs, self.follow_up):
            edit.installEventFilter(self)
        self.save_button = QPushButton(self.tr("&Save plan"))
        self.save_button.clicked.connect(self.save_plan)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_plan)
        form = QFormLayout()
        form.addRow(self.tr("&Target job"), self.target_job)
        form.addRow(self.tr("&Realism"), self.realism)
        form.addRow(self.tr("&Needs"), self.needs)
        form.addRow(self.tr("&Follow-up courses"), self.follow_up)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow("", save_row)

        self.goals = _table(
            [self.tr("Goal"), self.tr("Target date"), self.tr("Status"), self.tr("Achieved on")]
        )
        self.goals.itemActivated.connect(lambda *_: self.edit_goal())
        self.goals_empty = QLabel(self.tr("No goals yet. Add the first goal with Add goal."))
        self.add_goal_button = QPushButton(self.tr("&Add goal..."))
        self.edit_goal_button = QPushButton(self.tr("&Edit goal..."))
        self.remove_goal_button = QPushButton(self.tr("Remove goal"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.remove_goal_button.clicked.connect(self.remove_goal)

        self.funding = _table(
            [
                self.tr("Provider"),
                self.tr("Source"),
                self.tr("Amount"),
                self.tr("Purpose"),
                self.tr("Status"),
            ]
        )
        self.funding.itemActivated.connect(lambda *_: self.edit_funding())
        self.funding_total = QLabel()
        self.add_funding_button = QPushButton(self.tr("Add &funding..."))
        self.edit_funding_button = QPushButton(self.tr("Edit f&unding..."))
        self.remove_funding_button = QPushButton(self.tr("Remove funding"))
        self.add_funding_button.clicked.connect(self.add_funding)
        self.edit_funding_button.clicked.connect(self.edit_funding)
        self.remove_funding_button.clicked.connect(self.remove_funding)

        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        for title, table, extra, buttons in (
            (
                self.tr("Goals"),
                self.goals,
                self.goals_empty,
                (self.add_goal_button, self.edit_goal_button, self.remove_goal_button),
            ),
            (
                self.tr("Funding"),
                self.funding,
                self.funding_total,
                (self.add_funding_button, self.edit_funding_button, self.remove_funding_button),
            ),
        ):
            heading = QLabel(title)
            heading.setObjectName("sectionTitle")
            layout.addWidget(heading)
            layout.addWidget(table, 1)
            row = QHBoxLayout()
            row.addWidget(extra)
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
            layout.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addWidget(self.empty)
        outer.addWidget(self.content, 1)
        events.changed.connect(self.on_data_changed)
        self.refresh()

    # --- data -------------------------------------------------------------------------

    def set_participant(self, participant_id: str | None) -> None:
        if self.participant_id and self.participant_id != participant_id:
            self.save_plan()
        self.participant_id = participant_id
        self.refresh()

    def on_data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not self.participant_id:
            return
        if changes.everything or self.participant_id in changes.plans | changes.participants:
            self.refresh()

    def refresh(self) -> None:
        self.plan = service.get_plan(self.db, self.participant_id) if self.participant_id else None
        self.empty.setVisible(self.plan is None)
        self.content.setVisible(self.plan is not None)
        data = self.plan.data if self.plan else PlanInput()
        self.target_job.setText(data.target_job or "")
        for edit, text in (
            (self.realism, data.realism),
            (self.needs, data.needs),
            (self.follow_up, data.follow_up_courses),
        ):
            edit.setPlainText(text or "")
        self._fill_goals()
        self._fill_funding()

    def _fill_goals(self) -> None:
        goals = self.plan.goals if self.plan else ()
        current = self.current_goal_id()
        self.goals.setRowCount(0)
        for row, goal in enumerate(goals):
            self.goals.insertRow(row)
            self.goals.setItem(row, 0, _item(goal.description.splitlines()[0], goal.id))
            self.goals.setItem(row, 1, _item(format_date(goal.target_date)))
            combo = status_combo(GoalStatus)
            combo.setCurrentIndex(combo.findData(goal.status))
            combo.currentIndexChanged.connect(
                lambda _i, goal_id=goal.id, c=combo: self.set_goal_status(
                    goal_id, GoalStatus(c.currentData())
                )
            )
            self.goals.setCellWidget(row, 2, combo)
            self.goals.setItem(row, 3, _item(format_date(goal.achieved_on)))
            if goal.id == current:
                self.goals.selectRow(row)
        self.goals_empty.setVisible(not goals)
        for button in (self.edit_goal_button, self.remove_goal_button):
            button.setEnabled(bool(goals))

    def _fill_funding(self) -> None:
        rows = self.plan.funding if self.plan else ()
        self.funding.setRowCount(0)
        for row, funding in enumerate(rows):
            data = funding.data
            self.funding.insertRow(row)
            self.funding.setItem(row, 0, _item(data.provider, funding.id))
            self.funding.setItem(row, 1, _item(data.source or ""))
            self.funding.setItem(row, 2, _item(format_money(data.amount), right=True))
            self.funding.setItem(row, 3, _item(data.purpose or ""))
            self.funding.setItem(row, 4, _item(outcome_label(data.status)))
        total = self.plan.funding_total if self.plan else 0.0
        self.funding_total.setText(
            self.tr("Total: %1").replace("%1", format_money(total))
            if rows
            else self.tr("No funding recorded yet.")
        )
        for button in (self.edit_funding_button, self.remove_funding_button):
            button.setEnabled(bool(rows))

    # --- the plan's texts ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and self.plan is not None:
            self.save_plan()
        return super().eventFilter(watched, event)

    def edited_plan(self) -> PlanInput:
        return PlanInput(
            self.target_job.text().strip() or None,
            self.realism.toPlainText().strip() or None,
            self.needs.toPlainText().strip() or None,
            self.follow_up.toPlainText().strip() or None,
        )

    def save_plan(self) -> bool:
        """Save the texts when they changed (one transaction); True when something was saved."""
        if self.plan is None:
            return False
        before, after = self.plan.data, self.edited_plan()
        if before == after:
            return False
        participant_id = self.participant_id
        changes = service.save_plan(self.db, participant_id, after)
        self.undo_stack.push(
            WriteDone(
                self.tr("Save development plan"),
                self.publish,
                lambda: service.save_plan(self.db, participant_id, before),
                lambda: service.save_plan(self.db, participant_id, after),
            )
        )
        self.publish(changes)
        return True

    # --- goals --------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog; tests replace this to fill it and call try_accept()."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def publish(self, changes: Changes) -> None:
        self.refresh()
        self.events.publish(changes, self)

    def current_goal_id(self) -> str | None:
        row = self.goals.currentRow()
        item = self.goals.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_goal(self) -> None:
        if self.plan is None:
            return
        participant_id = self.participant_id
        dialog = GoalDialog(
            lambda v: service.add_goal(self.db, participant_id, v[0], v[1]), parent=self
        )
        if not self.run_dialog(dialog):
            return
        goal_id, changes = dialog.result_value
        self._push_toggle(self.tr("Add goal"), service.set_goal_deleted, goal_id, added=True)
        self.publish(changes)

    def edit_goal(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is None:
            return
        before = service.get_goal(self.db, goal_id)
        dialog = GoalDialog(
            lambda v: service.update_goal(self.db, goal_id, v[0], v[1], v[2]), before, self
        )
        if self.run_dialog(dialog):
            self._push_goal_restore(self.tr("Edit goal"), before, dialog.result_value)

    def set_goal_status(self, goal_id: str, status: GoalStatus) -> None:
        before = service.get_goal(self.db, goal_id)
        if before.status is status:
            return
        self._push_goal_restore(
            self.tr("Change goal status"), before, service.set_goal_status(self.db, goal_id, status)
        )

    def _push_goal_restore(self, text: str, before, changes: Changes) -> None:
        after = service.get_goal(self.db, before.id)
        self.undo_stack.push(
            WriteDone(
                text,
                self.publish,
                lambda: service.restore_goal(self.db, before),
                lambda: service.restore_goal(self.db, after),
            )
        )
        self.publish(changes)

    def remove_goal(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is not None:
            changes = service.set_goal_deleted(self.db, goal_id, True)
            self._push_toggle(self.tr("Remove goal"), service.set_goal_deleted, goal_id, False)
            self.publish(changes)

    def _push_toggle(self, text: str, set_deleted, row_id: str, added: bool) -> None:
        """Undo of adding (remove again) or of removing (bring back) a row."""
        self.undo_stack.push(
            WriteDone(
                text,
                self.publish,
                lambda: set_deleted(self.db, row_id, added),
                lambda: set_deleted(self.db, row_id, not added),
            )
        )

    # --- funding --------------------------------------------------------------------------

    def current_funding_id(self) -> str | None:
        row = self.funding.currentRow()
        item = self.funding.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_funding(self) -> None:
        if self.plan is None:
            return
        participant_id = self.participant_id
        dialog = FundingDialog(
            lambda data: service.add_funding(self.db, participant_id, data), parent=self
        )
        if not self.run_dialog(dialog):
            return
        funding_id, changes = dialog.result_value
        self._push_toggle(self.tr("Add funding"), service.set_funding_deleted, funding_id, True)
        self.publish(changes)

    def edit_funding(self) -> None:
        funding_id = self.current_funding_id()
        if funding_id is None or self.plan is None:
            return
        before = next(f.data for f in self.plan.funding if f.id == funding_id)
        dialog = FundingDialog(
            lambda data: service.update_funding(self.db, funding_id, data), before, self
        )
        if not self.run_dialog(dialog):
            return
        after = next(
            f.data
            for f in service.get_plan(self.db, self.participant_id).funding
            if f.id == funding_id
        )
        self.undo_stack.push(
            WriteDone(
                self.tr("Edit funding"),
                self.publish,
                lambda: service.update_funding(self.db, funding_id, before),
                lambda: service.update_funding(self.db, funding_id, after),
            )
        )
        self.publish(dialog.result_value)

    def remove_funding(self) -> None:
        funding_id = self.current_funding_id()
        if funding_id is not None:
            changes = service.set_funding_deleted(self.db, funding_id, True)
            self._push_toggle(
                self.tr("Remove funding"), service.set_funding_deleted, funding_id, False
            )
            self.publish(changes)
