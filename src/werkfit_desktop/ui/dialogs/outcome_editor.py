"""Record or edit an outcome of an enrolment: the kind, and for a job the employer, job
title, dates, hours per week (decimal comma) and contract; for a dropout the reason and a
note. Fields that do not belong to the kind are disabled. OK saves in one service call;
what is wrong is shown in Dutch and the dialog stays open.

Tests fill the widgets (or call `fill`) and call `try_accept()` instead of exec().
`EndJobDialog` asks for the date a job ended ("Baan beëindigd per...")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.enums import ContractType, DropoutReason, OutcomeKind
from werkfit_desktop.services.outcomes import (
    JOB_KINDS,
    EmployerChoice,
    OutcomeInput,
    clean_input,
    validate,
)
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.dialogs.cohort_forms import SubmitDialog, date_edit, read_date
from werkfit_desktop.ui.i18n import format_date, format_number, parse_number
from werkfit_desktop.ui.labels_outcomes import outcome_label


def _combo(values, empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(outcome_label(value), value)
    return combo


def enum_value(combo: QComboBox, enum_cls):
    """The combo's chosen enum member (Qt hands StrEnum data back as plain text)."""
    value = combo.currentData()
    return enum_cls(value) if value is not None else None


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def hours_text(hours: float | None) -> str:
    """'24' or '24,5' (no decimals for whole hours)."""
    if hours is None:
        return ""
    return format_number(hours, 0 if float(hours).is_integer() else 1)


class OutcomeEditor(SubmitDialog):
    def __init__(
        self,
        submit: Callable[[OutcomeInput], object],
        employers: list[EmployerChoice],
        data: OutcomeInput | None = None,
        heading: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Edit outcome") if data else self.tr("Record outcome"))
        self.setMinimumWidth(520)
        self.kind = _combo(OutcomeKind)
        self.employer = QComboBox()
        self.employer.addItem(self.tr("(no employer chosen)"), None)
        for employer in employers:
            text = f"{employer.name} ({employer.city})" if employer.city else employer.name
            self.employer.addItem(text, employer.id)
        self.job_title = QLineEdit()
        self.start_date = date_edit()
        self.end_date = date_edit()
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. 24 or 24,5"))
        self.hours.setMaximumWidth(130)
        self.contract = _combo(ContractType, self.tr("(unknown)"))
        self.reason = _combo(DropoutReason, self.tr("(choose a reason)"))
        self.benefit_ended = date_edit()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)

        form = QFormLayout()
        rows = (
            ("kind", self.tr("&Outcome *"), self.kind),
            ("employer_id", self.tr("&Employer"), self.employer),
            ("job_title", self.tr("&Job title"), self.job_title),
            ("start_date", self.tr("&Start date"), self.start_date),
            ("end_date", self.tr("E&nd date"), self.end_date),
            ("hours_per_week", self.tr("&Hours per week"), self.hours),
            ("contract_type", self.tr("&Contract"), self.contract),
            ("dropout_reason", self.tr("&Reason for dropout"), self.reason),
            ("benefit_ended_on", self.tr("&Benefit ended on"), self.benefit_ended),
            ("note", self.tr("Ex&planation"), self.note),
        )
        for key, text, widget in rows:
            self.register(key, text.replace("&", ""), widget)
            form.addRow(text, widget)
        layout = QVBoxLayout(self)
        if heading:
            title = QLabel(heading)
            title.setObjectName("sectionTitle")
            layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._enable_for_kind)
        if data is not None:
            self.fill(data)
        self._enable_for_kind()
        self.kind.setFocus()

    def _enable_for_kind(self) -> None:
        kind = enum_value(self.kind, OutcomeKind)
        job = kind in JOB_KINDS
        for widget in (self.employer, self.job_title, self.hours, self.contract):
            widget.setEnabled(job)
        self.reason.setEnabled(kind is OutcomeKind.DROPOUT)
        self.end_date.setEnabled(kind is not OutcomeKind.DROPOUT)

    def fill(self, data: OutcomeInput) -> None:
        _select(self.kind, data.kind)
        _select(self.employer, data.employer_id)
        self.job_title.setText(data.job_title or "")
        self.start_date.setText(format_date(data.start_date))
        self.end_date.setText(format_date(data.end_date))
        self.hours.setText(hours_text(data.hours_per_week))
        _select(self.contract, data.contract_type)
        _select(self.reason, data.dropout_reason)
        self.benefit_ended.setText(format_date(data.benefit_ended_on))
        self.note.setPlainText(data.note or "")
        self._enable_for_kind()

    def collect(self) -> tuple[OutcomeInput, list[FieldError]]:
        errors: list[FieldError] = []
        kind = enum_value(self.kind, OutcomeKind)
        hours = None
        text = self.hours.text().strip()
        if text and kind in JOB_KINDS:
            try:
                hours = parse_number(text)
            except ValueError:
                errors.append(
                    FieldError(
                        "hours_per_week",
                        QT_TRANSLATE_NOOP(
                            "Validation", "'{value}' is not a number of hours, e.g. 24 or 24,5."
                        ),
                        {"value": text},
                    )
                )
        data = OutcomeInput(
            kind=kind,
            employer_id=self.employer.currentData(),
            job_title=self.job_title.text(),
            start_date=read_date(self.start_date, "start_date", errors),
            end_date=read_date(self.end_date, "end_date", errors)
            if self.end_date.isEnabled()
            else None,
            hours_per_week=hours,
            contract_type=enum_value(self.contract, ContractType),
            dropout_reason=enum_value(self.reason, DropoutReason),
            benefit_ended_on=read_date(self.benefit_ended, "benefit_ended_on", errors),
            note=self.note.toPlainText(),
        )
        if errors:  # show everything that is wrong at once, not only the unreadable fields
            known = {e.field for e in errors}
            errors += [e for e in validate(clean_input(data)) if e.field not in known]
        return data, errors


class EndJobDialog(SubmitDialog):
    """The date a job ended; empty means it did not end after all."""

    def __init__(
        self,
        submit: Callable[[dt.date | None], object],
        job: str,
        end_date: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Job ended"))
        self.setMinimumWidth(420)
        self.end_date = date_edit(end_date or dt.date.today())
        self.register("end_date", self.tr("Last working day"), self.end_date)
        explanation = QLabel(
            self.tr("%1 ended on this date (the last working day).").replace("%1", job)
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Last working day"), self.end_date)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.end_date.setFocus()
        self.end_date.selectAll()

    def collect(self) -> tuple[dt.date | None, list[FieldError]]:
        errors: list[FieldError] = []
        return read_date(self.end_date, "end_date", errors), errors
