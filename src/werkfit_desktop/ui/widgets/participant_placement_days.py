"""The participant page's tab with the participant's meeloop- and praktijkdagen: employer,
kind, date, hours, supervisor and the employer's scores; record a new day (participant
preset), double-click or Enter edits, Delete removes (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.names import listed_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.participants import get_participant
from werkfit_desktop.services.placement_days import days_for_participant
from werkfit_desktop.ui.dialogs import placement_day_actions as actions
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.employers import ID_ROLE, RowsModel, day_columns, sorted_view
from werkfit_desktop.ui.labels_employers import score_text
from werkfit_desktop.ui.settings import Settings


class ParticipantPlacementDaysWidget(QWidget):
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
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Record placement day..."))
        self.new_button.clicked.connect(self.on_record)
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.edit_button.clicked.connect(self.on_edit)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.clicked.connect(self.on_remove)

        self.model = RowsModel(day_columns(show_participant=False), self)
        self.proxy = sorted_view(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.on_edit())
        self.table.activated.connect(lambda _index: self.on_edit())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.on_remove)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        events.changed.connect(self.on_data_changed)
        self.refresh()

    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        self.refresh()

    def on_data_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches("placement_days", "employers", "participants"):
            self.refresh()

    def refresh(self) -> None:
        rows = days_for_participant(self.db, self.participant_id) if self.participant_id else []
        self.model.set_rows(rows)
        self.new_button.setEnabled(self.participant_id is not None)
        self.edit_button.setEnabled(bool(rows))
        self.remove_button.setEnabled(bool(rows))
        if rows:
            hours = sum(r.hours or 0 for r in rows)
            employers = len({r.employer_id for r in rows})
            self.summary.setText(
                self.tr("%n day(s)", "", len(rows))
                + " · "
                + self.tr("%1 hours").replace("%1", score_text(hours))
                + " · "
                + self.tr("%n employer(s)", "", employers)
            )
            self.stack.setCurrentWidget(self.table)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
        else:
            self.summary.setText("")
            self.empty.setText(
                self.tr(
                    "No shadowing or practice days yet. Use 'Record placement day...' to add "
                    "one with the employer's evaluation."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        self.table.resizeColumnsToContents()
        comment = self.model.columnCount() - 1  # the employer's comment takes the rest
        self.table.horizontalHeader().setSectionResizeMode(comment, QHeaderView.ResizeMode.Stretch)

    def current_day_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.index(index.row(), 0, QModelIndex()).data(ID_ROLE)

    def _participant_name(self) -> str:
        data = get_participant(self.db, self.participant_id).data
        return listed_name(data.first_name, data.name_particle, data.last_name)

    def on_record(self) -> None:
        if self.participant_id is None:
            return
        actions.record_day(
            self,
            self.db,
            self.events,
            self.undo_stack,
            participant_id=self.participant_id,
            participant_name=self._participant_name(),
        )

    def on_edit(self) -> None:
        day_id = self.current_day_id()
        if day_id:
            actions.edit_day(self, self.db, self.events, self.undo_stack, day_id)

    def on_remove(self) -> None:
        day_id = self.current_day_id()
        if day_id:
            actions.remove_day(self.db, self.events, self.undo_stack, day_id)
