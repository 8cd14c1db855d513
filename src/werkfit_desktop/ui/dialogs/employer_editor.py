"""New or edit an employer: name, sector, address, phone, e-mail, notes and a table of
contact persons (add and remove rows). OK saves everything in one service call; what is
wrong is shown in Dutch and the dialog stays open.

Tests fill the widgets (or call `fill`) and call `try_accept()` instead of exec()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from werkfit_desktop.services.employers import ContactInput, EmployerInput
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.dialogs.cohort_forms import SubmitDialog

_CONTACT_FIELDS = ("name", "role", "phone", "email")


class EmployerEditor(SubmitDialog):
    def __init__(
        self,
        submit: Callable[[EmployerInput], object],
        sectors: list[str],
        data: EmployerInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Edit employer") if data else self.tr("New employer"))
        self.setMinimumSize(640, 600)
        self.name = QLineEdit()
        self.sector = QComboBox()
        self.sector.setEditable(True)
        self.sector.addItem("")
        self.sector.addItems(sectors)
        self.sector.lineEdit().setPlaceholderText(self.tr("e.g. Hospitality, Care, Logistics"))
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText("1234 AB")
        self.postcode.setMaximumWidth(110)
        self.city = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)
        for key, widget in (
            ("name", self.name),
            ("sector", self.sector),
            ("street", self.street),
            ("postcode", self.postcode),
            ("city", self.city),
            ("phone", self.phone),
            ("email", self.email),
            ("notes", self.notes),
        ):
            # The messages name the field themselves, so no label prefix in the banner.
            self.register(key, "", widget)

        place = QHBoxLayout()
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("&Sector"), self.sector)
        form.addRow(self.tr("S&treet and number"), self.street)
        place_label = QLabel(self.tr("Postcode and &city"))
        place_label.setBuddy(self.postcode)
        form.addRow(place_label, place)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("N&otes"), self.notes)

        self.contacts = QTableWidget(0, 4)
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("E-mail")]
        )
        self.contacts.verticalHeader().hide()
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setTabKeyNavigation(True)
        self.register("contacts", "", self.contacts)
        self.add_contact_button = QPushButton(self.tr("&Add contact person"))
        self.add_contact_button.clicked.connect(lambda: self.add_contact_row())
        self.remove_contact_button = QPushButton(self.tr("&Remove contact person"))
        self.remove_contact_button.clicked.connect(self.remove_current_contact)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.add_contact_button)
        contact_buttons.addWidget(self.remove_contact_button)
        contact_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        heading = QLabel(self.tr("Contact persons"))
        heading.setObjectName("sectionTitle")
        heading.setStyleSheet("font-weight: 600; margin-top: 6px;")
        layout.addWidget(heading)
        layout.addWidget(self.contacts, 1)
        layout.addLayout(contact_buttons)
        layout.addWidget(self.buttons)
        if data is not None:
            self.fill(data)
        self.name.setFocus()

    def fill(self, data: EmployerInput) -> None:
        self.name.setText(data.name)
        self.sector.setCurrentText(data.sector or "")
        self.street.setText(data.street or "")
        self.postcode.setText(data.postcode or "")
        self.city.setText(data.city or "")
        self.phone.setText(data.phone or "")
        self.email.setText(data.email or "")
        self.notes.setPlainText(data.notes or "")
        self.contacts.setRowCount(0)
        for contact in data.contacts:
            self.add_contact_row(contact, focus=False)

    def add_contact_row(self, contact: ContactInput | None = None, focus: bool = True) -> int:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        contact = contact or ContactInput("")
        for column, name in enumerate(_CONTACT_FIELDS):
            item = QTableWidgetItem(getattr(contact, name) or "")
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.contacts.setItem(row, column, item)
        if focus:
            self.contacts.setCurrentCell(row, 0)
            self.contacts.setFocus()
            self.contacts.editItem(self.contacts.item(row, 0))
        return row

    def remove_current_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)

    def contact_inputs(self) -> tuple[ContactInput, ...]:
        result = []
        for row in range(self.contacts.rowCount()):
            texts = [
                (self.contacts.item(row, c).text() if self.contacts.item(row, c) else "")
                for c in range(4)
            ]
            first = self.contacts.item(row, 0)
            contact_id = first.data(Qt.ItemDataRole.UserRole) if first else None
            result.append(ContactInput(*texts, id=contact_id))
        return tuple(result)

    def collect(self) -> tuple[EmployerInput, list[FieldError]]:
        data = EmployerInput(
            name=self.name.text(),
            sector=self.sector.currentText(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            contacts=self.contact_inputs(),
        )
        return data, []
