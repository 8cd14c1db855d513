"""The small dialogs of the development plan: a goal (description, target date, status) and
a funding row (provider, source, amount with decimal comma, purpose, status). OK saves in one
service call; what is wrong is shown in Dutch and the dialog stays open.

Tests fill the widgets (or call `fill`) and call `try_accept()` instead of exec()."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.enums import FundingStatus, GoalStatus
from werkfit_desktop.services.development_plan import FundingInput, GoalRow
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.dialogs.cohort_forms import SubmitDialog, date_edit, read_date
from werkfit_desktop.ui.dialogs.outcome_editor import enum_value
from werkfit_desktop.ui.i18n import format_date, format_number, parse_number
from werkfit_desktop.ui.labels_outcomes import outcome_label


def status_combo(values) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(outcome_label(value), value)
    return combo


class GoalDialog(SubmitDialog):
    """submit((description, target_date, status)); status is fixed to open for a new goal."""

    def __init__(
        self,
        submit: Callable[[tuple[str, dt.date | None, GoalStatus]], object],
        goal: GoalRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("New goal"))
        self.setMinimumWidth(480)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.description.setPlaceholderText(self.tr("e.g. Obtain the VCA certificate"))
        self.target_date = date_edit()
        self.status = status_combo(GoalStatus)
        self.status.setEnabled(goal is not None)
        form = QFormLayout()
        for key, text, widget in (
            ("description", self.tr("&Goal *"), self.description),
            ("target_date", self.tr("&Target date"), self.target_date),
            ("status", self.tr("&Status"), self.status),
        ):
            self.register(key, text.replace("&", ""), widget)
            form.addRow(text, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if goal is not None:
            self.description.setPlainText(goal.description)
            self.target_date.setText(format_date(goal.target_date))
            self.status.setCurrentIndex(max(self.status.findData(goal.status), 0))
        self.description.setFocus()

    def collect(self):
        errors: list[FieldError] = []
        target = read_date(self.target_date, "target_date", errors)
        return (self.description.toPlainText(), target, enum_value(self.status, GoalStatus)), errors


class FundingDialog(SubmitDialog):
    def __init__(
        self,
        submit: Callable[[FundingInput], object],
        data: FundingInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Edit funding") if data else self.tr("New funding"))
        self.setMinimumWidth(480)
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(self.tr("e.g. Regional employment fund"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. training voucher"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 1250,00"))
        self.amount.setMaximumWidth(140)
        self.purpose = QLineEdit()
        self.status = status_combo(FundingStatus)
        form = QFormLayout()
        for key, text, widget in (
            ("provider", self.tr("&Provider *"), self.provider),
            ("source", self.tr("S&ource"), self.source),
            ("amount", self.tr("&Amount (€)"), self.amount),
            ("purpose", self.tr("P&urpose"), self.purpose),
            ("status", self.tr("&Status"), self.status),
        ):
            self.register(key, text.replace("&", "").rstrip(" *"), widget)
            form.addRow(text, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if data is not None:
            self.fill(data)
        self.provider.setFocus()

    def fill(self, data: FundingInput) -> None:
        self.provider.setText(data.provider)
        self.source.setText(data.source or "")
        self.amount.setText(format_number(data.amount, 2) if data.amount is not None else "")
        self.purpose.setText(data.purpose or "")
        self.status.setCurrentIndex(max(self.status.findData(data.status), 0))

    def collect(self) -> tuple[FundingInput, list[FieldError]]:
        errors: list[FieldError] = []
        amount = None
        text = self.amount.text().strip().removeprefix("€").strip()
        if text:
            try:
                amount = parse_number(text)
            except ValueError:
                errors.append(
                    FieldError(
                        "amount",
                        QT_TRANSLATE_NOOP(
                            "Validation", "'{value}' is not an amount; type it as 1250,00."
                        ),
                        {"value": text},
                    )
                )
        data = FundingInput(
            provider=self.provider.text(),
            source=self.source.text(),
            amount=amount,
            purpose=self.purpose.text(),
            status=enum_value(self.status, FundingStatus),
        )
        return data, errors
