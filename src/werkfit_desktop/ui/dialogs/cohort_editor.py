"""Creating or editing a cohort: code (a free one is suggested from the programme's own
pattern), programme, organisation, period, location, funding source and notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.services.cohorts import CohortInput, OrganisationRow
from werkfit_desktop.services.programmes import ProgrammeRow
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.dialogs.cohort_forms import SubmitDialog, date_edit, read_date
from werkfit_desktop.ui.i18n import format_date


def default_end(start: dt.date, weeks: int | None) -> dt.date | None:
    """The Friday of the last planned week."""
    if not weeks:
        return None
    monday = start - dt.timedelta(days=start.weekday())
    return monday + dt.timedelta(days=7 * weeks - 3)


class CohortDialog(SubmitDialog):
    def __init__(
        self,
        programmes: list[ProgrammeRow],
        organisations: list[OrganisationRow],
        suggest_code: Callable[[str, dt.date], str],
        submit: Callable[[CohortInput], object],
        initial: CohortInput | None = None,
        session_count: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self._suggest = suggest_code
        self._weeks = {p.id: p.planned_weeks for p in programmes}
        self.editing = initial is not None and bool(initial.code)
        self._code_typed = self.editing
        self._end_typed = self.editing
        self.setWindowTitle(self.tr("Edit cohort") if self.editing else self.tr("New cohort"))
        self.setMinimumWidth(520)

        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.code.textEdited.connect(self._on_code_typed)
        self.code_hint = QLabel()
        self.code_hint.setObjectName("muted")
        self.programme = QComboBox()
        self.programme.addItem(self.tr("(choose a programme)"), None)
        for row in programmes:
            self.programme.addItem(row.name, row.id)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(choose an organisation)"), None)
        for row in organisations:
            self.organisation.addItem(row.name, row.id)
        if len(organisations) == 1:
            self.organisation.setCurrentIndex(1)
        self.start = date_edit()
        self.end = date_edit()
        self.end.textEdited.connect(self._on_end_typed)
        self.location = QLineEdit()
        self.funding = QLineEdit()
        self.funding.setPlaceholderText(self.tr("e.g. training vouchers, a sector fund"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        period = QHBoxLayout()
        period.addWidget(self.register("start_date", self.tr("Start date"), self.start))
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.register("end_date", self.tr("End date"), self.end))
        period.addStretch(1)
        code_row = QHBoxLayout()
        code_row.addWidget(self.register("code", self.tr("Code"), self.code), 1)
        code_row.addWidget(self.code_hint)
        form = QFormLayout()
        form.addRow(
            self.tr("Programme *"),
            self.register("programme_id", self.tr("Programme"), self.programme),
        )
        form.addRow(self.tr("Code *"), code_row)
        form.addRow(
            self.tr("Organisation *"),
            self.register("organisation_id", self.tr("Organisation"), self.organisation),
        )
        form.addRow(self.tr("Period *"), period)
        form.addRow(
            self.tr("Location"), self.register("location", self.tr("Location"), self.location)
        )
        form.addRow(
            self.tr("Funding source"),
            self.register("funding_source", self.tr("Funding source"), self.funding),
        )
        form.addRow(self.tr("Notes"), self.register("notes", self.tr("Notes"), self.notes))

        self.ok_button.setText(self.tr("Save") if self.editing else self.tr("Create cohort"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if initial is not None:
            self.set_input(initial)
        if session_count and self.editing:
            self.programme.setEnabled(False)
            self.programme.setToolTip(
                self.tr(
                    "The programme cannot change: %n session(s) are planned already.",
                    "",
                    session_count,
                )
            )
        self.programme.currentIndexChanged.connect(self._update_suggestions)
        self.start.textChanged.connect(self._update_suggestions)
        self._update_suggestions()
        self.programme.setFocus()

    def set_input(self, data: CohortInput) -> None:
        self.code.setText(data.code)
        self.programme.setCurrentIndex(max(0, self.programme.findData(data.programme_id)))
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(data.organisation_id)))
        self.start.setText(format_date(data.start_date))
        self.end.setText(format_date(data.end_date))
        self.location.setText(data.location or "")
        self.funding.setText(data.funding_source or "")
        self.notes.setPlainText(data.notes or "")

    def _on_code_typed(self, _text: str) -> None:
        self._code_typed = True
        self.code_hint.setText("")

    def _on_end_typed(self, _text: str) -> None:
        self._end_typed = True

    def _update_suggestions(self, *_args) -> None:
        programme_id = self.programme.currentData()
        errors: list[FieldError] = []
        start = read_date(self.start, "start_date", errors)
        if programme_id is None or start is None:
            return
        if not self._code_typed:
            self.code.setText(self._suggest(programme_id, start))
            self.code_hint.setText(self.tr("suggested"))
        if not self._end_typed:
            end = default_end(start, self._weeks.get(programme_id))
            if end is not None:
                self.end.setText(format_date(end))

    def collect(self) -> tuple[CohortInput, list[FieldError]]:
        errors: list[FieldError] = []
        start = read_date(self.start, "start_date", errors, required=True)
        end = read_date(self.end, "end_date", errors)
        data = CohortInput(
            code=self.code.text(),
            programme_id=self.programme.currentData(),
            organisation_id=self.organisation.currentData(),
            start_date=start,
            end_date=end,
            location=self.location.text(),
            funding_source=self.funding.text(),
            notes=self.notes.toPlainText(),
        )
        return data, errors
