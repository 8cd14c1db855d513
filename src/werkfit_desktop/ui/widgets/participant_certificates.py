"""The participant page's certificates: each exam or certificate with its state and
valid-until, and a button to record a new one (the participant preset).

    widget = ParticipantCertificatesWidget(db, events, undo_stack, settings, parent)
    widget.set_participant(participant_id)   # None: nobody chosen"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.names import listed_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import certificates as service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.participants import get_participant
from werkfit_desktop.ui.dialogs.certificate_commands import CertificateActions
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.certificates import (
    ROW_ROLE,
    CertificateTableModel,
    DeleteKey,
    StateChipDelegate,
)
from werkfit_desktop.ui.labels_certificates import expiry_window_days
from werkfit_desktop.ui.settings import Settings


class ParticipantCertificatesWidget(QWidget):
    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.settings = db, events, settings
        self.today = dt.date.today  # tests may pin the day
        self.participant_id: str | None = None
        self.actions = CertificateActions(self, db, events, undo_stack)

        self.record_button = QPushButton(self.tr("Record exam/certificate..."))
        self.record_button.clicked.connect(self.record)
        self.edit_button = QPushButton(self.tr("Edit..."))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        self.model = CertificateTableModel(with_participant=False, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(self.model.column_of("state"), StateChipDelegate(self))
        self.table.activated.connect(lambda _index: self.edit_current())  # double-click, Enter
        self._delete_key = DeleteKey(self.table, self.delete_current)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.events.changed.connect(self.on_data_changed)
        self.set_participant(None)

    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        self.refresh()

    def refresh(self) -> None:
        rows = []
        if self.participant_id:
            rows = service.participant_certificates(
                self.db, self.participant_id, self.today(), expiry_window_days(self.settings)
            )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.record_button.setEnabled(self.participant_id is not None)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr("No participant chosen.")
            if not self.participant_id
            else self.tr(
                "No exams or certificates yet. Use 'Record exam/certificate...' to plan an exam "
                "or record a diploma the participant already has."
            )
        )
        self._update_buttons()

    def on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if self.participant_id and changes.touches(
            "certificates", "certificate_types", "participants", "documents"
        ):
            self.refresh()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE).id if index.isValid() else None

    def _update_buttons(self) -> None:
        selected = self.current_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def record(self) -> str | None:
        if not self.participant_id:
            return None
        details = get_participant(self.db, self.participant_id)
        name = listed_name(
            details.data.first_name, details.data.name_particle, details.data.last_name
        )
        return self.actions.record(
            self.run_dialog, (self.participant_id, f"{details.number}  {name}")
        )

    def edit_current(self) -> None:
        if self.current_id():
            self.actions.edit(self.run_dialog, self.current_id())

    def delete_current(self) -> None:
        if self.current_id():
            self.actions.delete(self.current_id())

    def run_dialog(self, dialog: QDialog) -> bool:
        """Replaced in tests."""
        return dialog.exec() == QDialog.DialogCode.Accepted
