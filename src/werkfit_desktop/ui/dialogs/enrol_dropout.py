"""Unenrolling: the date a participant left, the reason (required) and a note. The
enrolment stays, as a dropout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from werkfit_desktop.domain.enums import DropoutReason
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.dialogs.cohort_forms import SubmitDialog, date_edit, read_date
from werkfit_desktop.ui.item_models.cohorts import cohort_label


@dataclass(frozen=True)
class UnenrolRequest:
    date: dt.date | None
    reason: DropoutReason | None
    note: str | None


class UnenrolDialog(SubmitDialog):
    def __init__(
        self,
        participant_name: str,
        cohort_code: str,
        date: dt.date,
        submit: Callable[[UnenrolRequest], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Unenrol from %1").replace("%1", cohort_code))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "%1 leaves cohort %2. The enrolment is kept as a dropout with the date and the "
                "reason, so the cohort's figures stay complete."
            )
            .replace("%1", participant_name)
            .replace("%2", cohort_code)
        )
        intro.setWordWrap(True)
        self.date = date_edit(date)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("(choose a reason)"), None)
        for reason in DropoutReason:
            self.reason.addItem(cohort_label(reason), reason)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.note.setPlaceholderText(self.tr("What happened, agreements made (optional)"))
        form = QFormLayout()
        for key, text, widget in (
            ("date", self.tr("Date of leaving *"), self.date),
            ("reason", self.tr("Reason *"), self.reason),
            ("note", self.tr("Note"), self.note),
        ):
            form.addRow(text, self.register(key, text, widget))
        self.ok_button.setText(self.tr("Unenrol"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def fill(self, date: str, reason: DropoutReason | None, note: str = "") -> None:
        self.date.setText(date)
        self.reason.setCurrentIndex(max(0, self.reason.findData(reason)))
        self.note.setPlainText(note)

    def collect(self) -> tuple[UnenrolRequest, list[FieldError]]:
        errors: list[FieldError] = []
        date = read_date(self.date, "date", errors, required=True)
        return UnenrolRequest(date, self.reason.currentData(), self.note.toPlainText()), errors
