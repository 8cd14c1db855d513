"""Changing a participant's phase or the lead (regie) in it: the phase, from which date,
which role has the lead and the named person (with suggestions), and the history so far.

Tests drive it without exec(): call `fill(...)`, then `try_accept()`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.enums import LeadRole, Phase
from werkfit_desktop.services.phases import PhaseContext
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.dialogs.cohort_forms import SubmitDialog, date_edit, read_date
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.item_models.cohorts import cohort_label


@dataclass(frozen=True)
class PhaseRequest:
    phase: Phase | None
    date: dt.date | None
    lead_role: LeadRole | None
    lead_name: str
    lead_staff_id: str | None


def _as(kind, value):
    """Combo boxes hand string enums back as plain strings."""
    return kind(value) if value else None


class PhaseChangeDialog(SubmitDialog):
    def __init__(
        self,
        context: PhaseContext,
        date: dt.date,
        submit: Callable[[PhaseRequest], object],
        preset_phase: Phase | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.context = context
        self.setWindowTitle(self.tr("Change phase of %1").replace("%1", context.participant_name))
        self.setMinimumWidth(680)
        intro = QLabel(
            self.tr(
                "In every phase one role has the lead. The current phase ends the day before "
                "the date; the history is kept."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")

        self.phase = QComboBox()
        for phase in Phase:
            self.phase.addItem(cohort_label(phase), phase)
        self.phase.setCurrentIndex(self.phase.findData(preset_phase or context.current_phase))
        self.date = date_edit(
            max(date, context.history[-1].start_date) if context.history else date
        )
        self.lead_role = QComboBox()
        self.lead_role.addItem(self.tr("(nobody; only when finished)"), None)
        for role in LeadRole:
            self.lead_role.addItem(cohort_label(role), role)
        self.lead_role.setCurrentIndex(max(0, self.lead_role.findData(context.lead_role)))
        self.lead_name = QLineEdit(context.lead_name or "")
        self.lead_name.setPlaceholderText(self.tr("Name of the person with the lead"))
        self._staff = {s.name.casefold(): s.staff_id for s in context.suggestions}
        completer = QCompleter([s.name for s in context.suggestions], self.lead_name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.lead_name.setCompleter(completer)

        self.lead_role.currentIndexChanged.connect(self._on_role_changed)

        form = QFormLayout()
        for key, text, widget in (
            ("phase", self.tr("Phase *"), self.phase),
            ("date", self.tr("From *"), self.date),
            ("lead_role", self.tr("Lead (role) *"), self.lead_role),
            ("lead_name", self.tr("Lead (name)"), self.lead_name),
        ):
            form.addRow(text, self.register(key, text, widget))

        self.history = self._history_table(context)
        history_caption = QLabel(self.tr("History"))
        history_caption.setObjectName("muted")
        self.ok_button.setText(self.tr("Change phase"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(history_caption)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.buttons)
        self.phase.setFocus()

    def _on_role_changed(self) -> None:
        """Another role: the name of the current lead no longer fits."""
        if self.lead_name.text().strip() == (self.context.lead_name or ""):
            self.lead_name.clear()

    def _history_table(self, context: PhaseContext) -> QTableWidget:
        headers = [
            self.tr("Phase"),
            self.tr("From"),
            self.tr("Until"),
            self.tr("Days"),
            self.tr("Lead"),
        ]
        table = QTableWidget(len(context.history), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(False)
        for row, period in enumerate(reversed(context.history)):  # newest first
            lead = cohort_label(period.lead_role) if period.lead_role else "—"
            if period.lead_name:
                lead += " · " + period.lead_name
            values = [
                cohort_label(period.phase),
                format_date(period.start_date),
                format_date(period.end_date) if period.end_date else self.tr("now"),
                str(period.days),
                lead,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(120)
        return table

    def fill(
        self,
        phase: Phase,
        date: str,
        lead_role: LeadRole | None,
        lead_name: str = "",
    ) -> None:
        self.phase.setCurrentIndex(self.phase.findData(phase))
        self.date.setText(date)
        self.lead_role.setCurrentIndex(max(0, self.lead_role.findData(lead_role)))
        self.lead_name.setText(lead_name)

    def collect(self) -> tuple[PhaseRequest, list[FieldError]]:
        errors: list[FieldError] = []
        date = read_date(self.date, "date", errors, required=True)
        name = self.lead_name.text().strip()
        return (
            PhaseRequest(
                _as(Phase, self.phase.currentData()),
                date,
                _as(LeadRole, self.lead_role.currentData()),
                name,
                self._staff.get(name.casefold()),
            ),
            errors,
        )
