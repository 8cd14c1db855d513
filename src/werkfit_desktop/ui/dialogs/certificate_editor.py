"""Record a planned exam or a result: participant (searchable), certificate type, exam date,
result, diploma number, issuer; valid-until is shown as derived from the type and the exam
date, unless "enter by hand" is ticked.

Tests fill the widgets (or call `select_participant`) and call `try_accept()`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.certificate import derive_valid_until
from werkfit_desktop.domain.dates import parse_date
from werkfit_desktop.domain.enums import ExamResult
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import certificates as service
from werkfit_desktop.services.certificates import CertificateDetails, CertificateInput
from werkfit_desktop.services.participants import search_participants
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.dialogs.cohort_forms import SubmitDialog, date_edit, read_date
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.labels_certificates import result_label

PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1


class CertificateEditor(SubmitDialog):
    """`submit((participant_id, CertificateInput))` is the one service call."""

    def __init__(
        self,
        db: Database,
        submit: Callable[[tuple[str, CertificateInput]], Any],
        certificate: CertificateDetails | None = None,
        participant: tuple[str, str] | None = None,  # (id, "D-000012 Berg, Jan van den")
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.db = db
        self.setWindowTitle(
            self.tr("Edit exam or certificate")
            if certificate
            else self.tr("Record exam or certificate")
        )
        self._participant_id: str | None = None
        if certificate is not None:
            participant = (
                certificate.participant_id,
                f"{certificate.participant_number}  {certificate.participant_name}",
            )
        data = certificate.data if certificate else None
        self._note = data.note if data else None
        form = QFormLayout()

        # participant: fixed, or a search with a result list
        self.participant_label = QLabel()
        self.participant_search = QLineEdit()
        self.participant_search.setPlaceholderText(self.tr("Type a name or number..."))
        self.participant_search.setClearButtonEnabled(True)
        self.participant_list = QListWidget()
        self.participant_list.setMaximumHeight(130)
        picker = QWidget()
        picker_layout = QVBoxLayout(picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(self.participant_label)
        picker_layout.addWidget(self.participant_search)
        picker_layout.addWidget(self.participant_list)
        form.addRow(
            self.tr("Participant *"),
            self.register("participant", self.tr("Participant"), picker),
        )
        if participant is not None:
            self._participant_id = participant[0]
            self.participant_label.setText(participant[1])
            self.participant_search.hide()
            self.participant_list.hide()
        else:
            self.participant_label.hide()
            self.participant_search.textChanged.connect(self._search)
            self.participant_list.currentItemChanged.connect(self._picked)
            self._search("")

        self._types = {t.id: t for t in service.list_types(db)}
        self.type = QComboBox()
        current_type = data.certificate_type_id if data else None
        for t in self._types.values():
            if t.active or t.id == current_type:
                self.type.addItem(t.name, t.id)
        if current_type:
            self.type.setCurrentIndex(max(0, self.type.findData(current_type)))
        form.addRow(
            self.tr("Certificate *"),
            self.register("certificate_type_id", self.tr("Certificate"), self.type),
        )

        self.exam_date = date_edit(data.exam_date if data else None)
        form.addRow(
            self.tr("Exam date"), self.register("exam_date", self.tr("Exam date"), self.exam_date)
        )

        self.result = QComboBox()
        for result in ExamResult:
            self.result.addItem(result_label(result), result)
        self.result.setCurrentIndex(
            self.result.findData(data.result if data else ExamResult.PLANNED)
        )
        form.addRow(self.tr("Result"), self.result)

        self.diploma_number = QLineEdit(data.diploma_number or "" if data else "")
        self.diploma_number.setMaxLength(60)
        form.addRow(self.tr("Diploma number"), self.diploma_number)
        self.issuer = QLineEdit(data.issuer or "" if data else "")
        self.issuer.setMaxLength(200)
        self.issuer.setPlaceholderText(self.tr("e.g. the exam centre"))
        form.addRow(self.tr("Issuer"), self.issuer)

        self.derived = QLabel()
        self.override = QCheckBox(self.tr("Enter by hand"))
        self.valid_until = date_edit(
            data.valid_until if data and data.valid_until_overridden else None
        )
        self.override.setChecked(bool(data and data.valid_until_overridden))
        until_row = QHBoxLayout()
        until_row.addWidget(self.derived, 1)
        until_row.addWidget(self.override)
        until_row.addWidget(self.register("valid_until", self.tr("Valid until"), self.valid_until))
        form.addRow(self.tr("Valid until"), until_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        for signal in (
            self.type.currentIndexChanged,
            self.result.currentIndexChanged,
            self.exam_date.textChanged,
            self.override.toggled,
        ):
            signal.connect(self._update_derived)
        self._update_derived()
        self.resize(520, self.sizeHint().height())

    # ------------------------------------------------------------ participant picker

    def _search(self, text: str) -> None:
        self.participant_list.clear()
        for row in search_participants(self.db, text, limit=50):
            item = QListWidgetItem(f"{row.number}  {row.name}")
            item.setData(PARTICIPANT_ROLE, row.id)
            self.participant_list.addItem(item)
        if self.participant_list.count() == 0:
            item = QListWidgetItem(self.tr("No participant found; check the spelling."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.participant_list.addItem(item)
        elif self.participant_list.count() == 1:
            self.participant_list.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None) -> None:
        self._participant_id = item.data(PARTICIPANT_ROLE) if item else None

    def select_participant(self, participant_id: str) -> None:
        """Pick the participant (as clicking them in the list does)."""
        for i in range(self.participant_list.count()):
            if self.participant_list.item(i).data(PARTICIPANT_ROLE) == participant_id:
                self.participant_list.setCurrentRow(i)
                return
        self._participant_id = participant_id

    @property
    def participant_id(self) -> str | None:
        return self._participant_id

    # ------------------------------------------------------------ valid until

    def derived_valid_until(self) -> dt.date | None:
        kind = self._types.get(self.type.currentData())
        if kind is None or self.result.currentData() != ExamResult.PASSED:
            return None
        try:
            exam = parse_date(self.exam_date.text())
        except ValueError:
            return None
        return derive_valid_until(exam, kind.default_validity_months)

    def _update_derived(self) -> None:
        by_hand = self.override.isChecked()
        self.valid_until.setVisible(by_hand)
        self.derived.setVisible(not by_hand)
        kind = self._types.get(self.type.currentData())
        if self.result.currentData() != ExamResult.PASSED:
            text = self.tr("only for a passed exam")
        elif kind is not None and kind.default_validity_months is None:
            text = self.tr("does not expire")
        else:
            until = self.derived_valid_until()
            text = (
                self.tr("%1 (from the exam date and the certificate type)").replace(
                    "%1", format_date(until)
                )
                if until
                else self.tr("follows from the exam date")
            )
        self.derived.setText(text)
        if by_hand and not self.valid_until.text() and self.derived_valid_until():
            self.valid_until.setText(format_date(self.derived_valid_until()))

    # ------------------------------------------------------------ submit

    def collect(self) -> tuple[tuple[str | None, CertificateInput], list[FieldError]]:
        errors: list[FieldError] = []
        if not self._participant_id:
            errors.append(
                FieldError(
                    "participant", QT_TRANSLATE_NOOP("Validation", "Choose the participant.")
                )
            )
        exam = read_date(self.exam_date, "exam_date", errors)
        by_hand = self.override.isChecked()
        until = read_date(self.valid_until, "valid_until", errors) if by_hand else None
        data = CertificateInput(
            certificate_type_id=self.type.currentData() or "",
            exam_date=exam,
            result=self.result.currentData(),
            diploma_number=self.diploma_number.text(),
            issuer=self.issuer.text(),
            valid_until=until,
            valid_until_overridden=by_hand,
            note=self._note,
        )
        read = {e.field for e in errors}
        errors += [e for e in service.validate_certificate(data) if e.field not in read]
        return (self._participant_id, data), errors
