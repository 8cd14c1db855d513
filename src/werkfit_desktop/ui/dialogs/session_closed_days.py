"""The organisations' own closing days (a team day, the week between Christmas and New
Year, ...): generated schedules skip them and moving a session onto one warns. Each add or
remove is saved at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import planning
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.session_common import from_qdate, to_qdate, translate_message
from werkfit_desktop.ui.i18n import format_date


class ClosedDaysDialog(QDialog):
    def __init__(self, db: Database, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.today = db, today
        self.changed = False
        self.setWindowTitle(self.tr("Closing days"))
        intro = QLabel(
            self.tr(
                "Days on which an organisation gives no sessions, besides the public holidays. "
                "Generated schedules skip them."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("For"), self.tr("Reason")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("No closing days from today on. Add one below."))
        self.empty_label.setObjectName("muted")

        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setDate(to_qdate(today))
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("Every organisation"), None)
        for organisation_id, name in planning.organisation_choices(db):
            self.organisation.addItem(name, organisation_id)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason, e.g. team day"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setDefault(True)  # Enter in the reason adds the day
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        adding = QHBoxLayout()
        adding.addWidget(self.date)
        adding.addWidget(self.organisation)
        adding.addWidget(self.reason, 1)
        adding.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(adding)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(680, 420)
        self.refresh()

    def refresh(self) -> None:
        rows = planning.list_closed_days(self.db, from_date=self.today)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (
                format_date(row.date),
                row.organisation_name or self.tr("Every organisation"),
                row.reason,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(number, column, item)
        self.empty_label.setVisible(not rows)
        self.remove_button.setEnabled(bool(rows))

    def add_closed_day(self, organisation_id: str | None, day: dt.date, reason: str) -> bool:
        """Save one closing day; on bad input show what is wrong and save nothing."""
        try:
            planning.add_closed_day(self.db, organisation_id, day, reason)
        except ValidationFailed as failed:
            self.error_label.setText("\n".join(e.message(translate_message) for e in failed.errors))
            self.error_label.show()
            return False
        self.error_label.hide()
        self.changed = True
        self.refresh()
        return True

    def add(self) -> None:
        if self.add_closed_day(
            self.organisation.currentData(), from_qdate(self.date.date()), self.reason.text()
        ):
            self.reason.clear()

    def remove_selected(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        planning.remove_closed_day(self.db, item.data(Qt.ItemDataRole.UserRole))
        self.changed = True
        self.refresh()
