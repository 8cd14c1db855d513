"""A participant's trajectory on the participant page: each enrolment (cohort, programme,
period, status, phase) with the outcome(s) it led to; record an outcome, edit it, end a job,
remove an outcome — all undoable.

    widget = ParticipantTrajectoryWidget(db, events, undo_stack, settings)
    widget.set_participant(participant_id)   # None: nobody chosen

Dialogs are shown through `run_dialog` so tests can answer them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import outcomes as service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.outcomes import JOB_KINDS, EnrolmentOutcomes, OutcomeDetails
from werkfit_desktop.ui.dialogs.outcome_commands import WriteDone
from werkfit_desktop.ui.dialogs.outcome_editor import EndJobDialog, OutcomeEditor, hours_text
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.labels_outcomes import outcome_label
from werkfit_desktop.ui.settings import Settings

_ENROLMENT, _OUTCOME = "enrolment", "outcome"


class ParticipantTrajectoryWidget(QWidget):
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
        self.enrolments: list[EnrolmentOutcomes] = []

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Cohort / outcome"), self.tr("Period"), self.tr("Status"), self.tr("Details")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(lambda *_: self._activate())

        self.record_button = QPushButton(self.tr("&Record outcome..."))
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.end_button = QPushButton(self.tr("&Job ended on..."))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.record_button.clicked.connect(self.record_outcome)
        self.edit_button.clicked.connect(self.edit_outcome)
        self.end_button.clicked.connect(self.end_job)
        self.remove_button.clicked.connect(self.remove_outcome)
        QShortcut(QKeySequence.StandardKey.Delete, self.tree, self.remove_outcome)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.edit_button, self.end_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        events.changed.connect(self.on_data_changed)
        self.refresh()

    # --- data -------------------------------------------------------------------------

    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        self.refresh()

    def on_data_changed(self, changes: Changes, initiator: object) -> None:
        if (
            initiator is not self
            and self.participant_id
            and changes.touches(
                "outcomes", "enrolments", "cohorts", "phases", "employers", "participants"
            )
        ):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_id()
        self.enrolments = (
            service.outcomes_for_participant(self.db, self.participant_id)
            if self.participant_id
            else []
        )
        self.tree.clear()
        for enrolment in self.enrolments:
            top = QTreeWidgetItem(
                [
                    f"{enrolment.cohort_code} · {enrolment.programme_name}",
                    _period(enrolment.start_date, enrolment.end_date),
                    outcome_label(enrolment.status),
                    self.tr("Phase: %1").replace("%1", outcome_label(enrolment.phase)),
                ]
            )
            top.setData(0, Qt.ItemDataRole.UserRole, (_ENROLMENT, enrolment.enrolment_id))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for outcome in enrolment.outcomes:
                child = QTreeWidgetItem(self._outcome_texts(outcome))
                child.setToolTip(3, child.text(3))
                child.setData(0, Qt.ItemDataRole.UserRole, (_OUTCOME, outcome.id))
                top.addChild(child)
            if not enrolment.outcomes:
                child = QTreeWidgetItem([self.tr("No outcome recorded yet")])
                child.setForeground(0, self.palette().placeholderText())
                child.setFlags(Qt.ItemFlag.NoItemFlags)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if self.participant_id is None:
            self.empty.setText(self.tr("Choose a participant to see the trajectory."))
        elif not self.enrolments:
            self.empty.setText(
                self.tr(
                    "This participant is not enrolled in a cohort yet. Enrol the participant "
                    "on the Cohorts page; the outcome is recorded here afterwards."
                )
            )
        self.empty.setVisible(not self.enrolments)
        self.tree.setVisible(bool(self.enrolments))
        self._select(selected)
        self._update_buttons()

    def _outcome_texts(self, outcome: OutcomeDetails) -> list[str]:
        data = outcome.data
        what = outcome_label(data.kind)
        if outcome.employer_name:
            what = self.tr("%1 at %2").replace("%1", what).replace("%2", outcome.employer_name)
        details: list[str] = []
        if data.job_title:
            details.append(data.job_title)
        if data.hours_per_week is not None:
            details.append(self.tr("%1 hours/week").replace("%1", hours_text(data.hours_per_week)))
        if data.contract_type:
            details.append(outcome_label(data.contract_type))
        if data.dropout_reason:
            details.append(outcome_label(data.dropout_reason))
        if data.note:
            details.append(data.note.splitlines()[0])
        if data.kind in JOB_KINDS:
            state = self.tr("Ended") if data.end_date else self.tr("In work")
        else:
            state = ""
        if data.kind in JOB_KINDS:
            period = _period(data.start_date, data.end_date)
        else:
            period = format_date(data.start_date)
        return [what, period, state, " · ".join(details)]

    # --- selection --------------------------------------------------------------------

    def selected_id(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _select(self, key: tuple[str, str] | None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in [top] + [top.child(j) for j in range(top.childCount())]:
                if key is not None and item.data(0, Qt.ItemDataRole.UserRole) == key:
                    self.tree.setCurrentItem(item)
                    return
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def select_enrolment(self, enrolment_id: str) -> None:
        self._select((_ENROLMENT, enrolment_id))

    def select_outcome(self, outcome_id: str) -> None:
        self._select((_OUTCOME, outcome_id))

    def _current_enrolment_id(self) -> str | None:
        item = self.tree.currentItem()
        if item is None:
            return self.enrolments[0].enrolment_id if len(self.enrolments) == 1 else None
        top = item.parent() or item
        return top.data(0, Qt.ItemDataRole.UserRole)[1]

    def _current_outcome(self) -> OutcomeDetails | None:
        key = self.selected_id()
        if not key or key[0] != _OUTCOME:
            return None
        for enrolment in self.enrolments:
            for outcome in enrolment.outcomes:
                if outcome.id == key[1]:
                    return outcome
        return None

    def _update_buttons(self) -> None:
        outcome = self._current_outcome()
        self.record_button.setEnabled(self._current_enrolment_id() is not None)
        self.edit_button.setEnabled(outcome is not None)
        self.remove_button.setEnabled(outcome is not None)
        self.end_button.setEnabled(
            outcome is not None and outcome.data.kind in JOB_KINDS and bool(outcome.data.start_date)
        )

    def _activate(self) -> None:
        if self._current_outcome() is not None:
            self.edit_outcome()
        else:
            self.record_outcome()

    # --- actions ----------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog; tests replace this to fill it and call try_accept()."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def publish(self, changes: Changes) -> None:
        self.refresh()
        self.events.publish(changes, self)

    def _heading(self, enrolment_id: str) -> str:
        enrolment = next(e for e in self.enrolments if e.enrolment_id == enrolment_id)
        return f"{enrolment.cohort_code} · {enrolment.programme_name}"

    def record_outcome(self) -> None:
        enrolment_id = self._current_enrolment_id()
        if enrolment_id is None:
            return
        dialog = OutcomeEditor(
            lambda data: service.record_outcome(self.db, enrolment_id, data),
            service.employer_choices(self.db),
            heading=self._heading(enrolment_id),
            parent=self,
        )
        if not self.run_dialog(dialog):
            return
        outcome_id, changes = dialog.result_value
        self.undo_stack.push(
            WriteDone(
                self.tr("Record outcome"),
                self.publish,
                lambda: service.set_outcome_deleted(self.db, outcome_id, True),
                lambda: service.set_outcome_deleted(self.db, outcome_id, False),
            )
        )
        self.publish(changes)
        self.select_outcome(outcome_id)

    def edit_outcome(self) -> None:
        outcome = self._current_outcome()
        if outcome is None:
            return
        before = outcome.data
        dialog = OutcomeEditor(
            lambda data: service.update_outcome(self.db, outcome.id, data),
            service.employer_choices(self.db),
            data=before,
            heading=self._heading(outcome.enrolment_id),
            parent=self,
        )
        if not self.run_dialog(dialog):
            return
        after = service.get_outcome(self.db, outcome.id).data
        self.undo_stack.push(
            WriteDone(
                self.tr("Edit outcome"),
                self.publish,
                lambda: service.update_outcome(self.db, outcome.id, before),
                lambda: service.update_outcome(self.db, outcome.id, after),
            )
        )
        self.publish(dialog.result_value)

    def end_job(self) -> None:
        outcome = self._current_outcome()
        if outcome is None or outcome.data.kind not in JOB_KINDS:
            return
        before = outcome.data.end_date
        holder: dict = {}

        def submit(end_date):
            holder["end"] = end_date
            return service.end_outcome(self.db, outcome.id, end_date)

        job = self._outcome_texts(outcome)[0]
        dialog = EndJobDialog(submit, job, before, parent=self)
        if not self.run_dialog(dialog):
            return
        after = holder["end"]
        self.undo_stack.push(
            WriteDone(
                self.tr("Job ended"),
                self.publish,
                lambda: service.end_outcome(self.db, outcome.id, before),
                lambda: service.end_outcome(self.db, outcome.id, after),
            )
        )
        self.publish(dialog.result_value)

    def remove_outcome(self) -> None:
        outcome = self._current_outcome()
        if outcome is None:
            return
        changes = service.set_outcome_deleted(self.db, outcome.id, True)
        self.undo_stack.push(
            WriteDone(
                self.tr("Remove outcome"),
                self.publish,
                lambda: service.set_outcome_deleted(self.db, outcome.id, False),
                lambda: service.set_outcome_deleted(self.db, outcome.id, True),
            )
        )
        self.publish(changes)


def _period(start, end) -> str:
    if start is None:
        return ""
    return f"{format_date(start)} – {format_date(end)}" if end else f"{format_date(start)} –"
