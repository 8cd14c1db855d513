"""The catalogue of certificate types: name, validity (months or years, or no expiry),
description, active. Every save is undoable; a changed validity re-derives the valid-until
of that type's certificates that were not entered by hand (the dialog says so)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import certificates as service
from werkfit_desktop.services.certificates import CertificateTypeInput
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.certificate_commands import DoneCommand
from werkfit_desktop.ui.dialogs.cohort_forms import ERROR_STYLE, translate_error
from werkfit_desktop.ui.events import AppEvents

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
MONTHS, YEARS, NEVER = "months", "years", "never"


class CertificateTypesDialog(QDialog):
    def __init__(
        self, db: Database, events: AppEvents, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack = db, events, undo_stack
        self.setWindowTitle(self.tr("Certificate types"))
        self._editing: str | None = None

        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show)
        self.empty = QLabel(
            self.tr("No certificate types yet. Add the standard ones or make a new one.")
        )
        self.empty.setWordWrap(True)
        self.standard_button = QPushButton(self.tr("Add standard types"))
        self.standard_button.clicked.connect(self.add_standard)
        self.new_button = QPushButton(self.tr("New type"))
        self.new_button.clicked.connect(self.new_type)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.standard_button)
        left.addLayout(buttons)

        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.amount = QSpinBox()
        self.amount.setRange(0, 600)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("months"), MONTHS)
        self.unit.addItem(self.tr("years"), YEARS)
        self.unit.addItem(self.tr("does not expire"), NEVER)
        self.unit.currentIndexChanged.connect(
            lambda: self.amount.setEnabled(self.unit.currentData() != NEVER)
        )
        validity = QHBoxLayout()
        validity.addWidget(self.amount)
        validity.addWidget(self.unit, 1)
        self.description = QLineEdit()
        self.active = QCheckBox(self.tr("Offer for new exams"))
        self.hint = QLabel(
            self.tr(
                "Changing the validity recalculates 'valid until' of every certificate of "
                "this type, except those entered by hand."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save type"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Valid for"), validity)
        form.addRow(self.tr("Description"), self.description)
        form.addRow("", self.active)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.hint)
        right.addWidget(self.error)
        right.addStretch(1)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(760, 380)
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_type()

    # ------------------------------------------------------------ list

    def refresh(self, select: str | None = None) -> None:
        select = select or self._editing
        self.list.blockSignals(True)
        self.list.clear()
        for t in service.list_types(self.db):
            text = t.name if t.active else self.tr("%1 (not offered)").replace("%1", t.name)
            item = QListWidgetItem(text)
            item.setData(TYPE_ROLE, t.id)
            item.setToolTip(self.tr("%n certificate(s)", "", t.certificates))
            self.list.addItem(item)
            if t.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(self.list.count() == 0)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self._editing = item.data(TYPE_ROLE)
        data = service.get_type(self.db, self._editing)
        self._fill(data)

    def _fill(self, data: CertificateTypeInput) -> None:
        self.error.clear()
        self.name.setStyleSheet("")
        self.name.setText(data.name)
        months = data.default_validity_months
        if months is None:
            self.unit.setCurrentIndex(self.unit.findData(NEVER))
            self.amount.setValue(0)
        elif months and months % 12 == 0:
            self.unit.setCurrentIndex(self.unit.findData(YEARS))
            self.amount.setValue(months // 12)
        else:
            self.unit.setCurrentIndex(self.unit.findData(MONTHS))
            self.amount.setValue(months)
        self.description.setText(data.description or "")
        self.active.setChecked(data.active)

    def new_type(self) -> None:
        self.list.clearSelection()
        self._editing = None
        self._fill(CertificateTypeInput("", 12, None, True))
        self.unit.setCurrentIndex(self.unit.findData(YEARS))
        self.amount.setValue(1)
        self.name.setFocus()

    # ------------------------------------------------------------ writes

    def values(self) -> CertificateTypeInput:
        unit = self.unit.currentData()
        months = None
        if unit == MONTHS:
            months = self.amount.value()
        elif unit == YEARS:
            months = self.amount.value() * 12
        return CertificateTypeInput(
            self.name.text(), months, self.description.text(), self.active.isChecked()
        )

    def save(self) -> bool:
        data = self.values()
        before = service.get_type(self.db, self._editing) if self._editing else None
        try:
            type_id, changes = service.save_type(self.db, self._editing, data)
        except ValidationFailed as failed:
            self.error.setText("\n".join(translate_error(e) for e in failed.errors))
            if any(e.field == "name" for e in failed.errors):
                self.name.setStyleSheet(ERROR_STYLE)
            return False
        self.events.publish(changes, self)
        if before is None:
            command = DoneCommand(
                self.tr("Add certificate type %1").replace("%1", data.name.strip()),
                self._publish,
                lambda: service.set_type_deleted(self.db, type_id, True),
                lambda: service.set_type_deleted(self.db, type_id, False),
            )
        else:
            command = DoneCommand(
                self.tr("Change certificate type %1").replace("%1", data.name.strip()),
                self._publish,
                lambda: service.save_type(self.db, type_id, before)[1],
                lambda: service.save_type(self.db, type_id, data)[1],
            )
        self.undo_stack.push(command)
        self._editing = type_id
        self.refresh(type_id)
        self.error.clear()
        self.name.setStyleSheet("")
        return True

    def add_standard(self) -> None:
        changes = service.add_standard_types(self.db)
        self.events.publish(changes, self)
        added = set(changes.certificate_types)
        if added:
            self.undo_stack.push(
                DoneCommand(
                    self.tr("Add standard certificate types"),
                    self._publish,
                    lambda: _each(self.db, added, True),
                    lambda: _each(self.db, added, False),
                )
            )
        self.refresh()
        if self.list.count() and self.list.currentItem() is None:
            self.list.setCurrentRow(0)

    def _publish(self, changes) -> None:
        self.events.publish(changes, None)
        self.refresh()


def _each(db: Database, type_ids: set[str], deleted: bool):
    from werkfit_desktop.services.changes import Changes

    for type_id in type_ids:
        service.set_type_deleted(db, type_id, deleted)
    return Changes(certificate_types=frozenset(type_ids))
