"""Choosing a cohort and an ISO week: a cohort selector, previous/next week buttons and a label
like "Week 47 · 2026 (16-11-2026 – 22-11-2026)" (the week always with its week-year)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from werkfit_desktop.services.observations import (
    CohortChoice,
    default_week,
    week_bounds,
)
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.settings import Settings

Week = tuple[int, int]


class CohortWeekBar(QWidget):
    changed = Signal()
    """The user chose another cohort or week."""

    def __init__(
        self,
        settings: Settings,
        today: Callable[[], dt.date],
        state_key: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.today, self.state_key = settings, today, state_key
        self.choices: list[CohortChoice] = []
        self.cohort_id: str | None = None
        self.week: Week = today().isocalendar()[:2]

        self.cohort_combo = QComboBox()
        # Long cohort names elide instead of widening the page past a small screen.
        self.cohort_combo.setMinimumContentsLength(22)
        self.cohort_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cohort_combo.currentIndexChanged.connect(self._on_cohort_chosen)
        cohort_label = QLabel(self.tr("&Cohort:"))
        cohort_label.setBuddy(self.cohort_combo)
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous week (PgUp)"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next week (PgDn)"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.step(1))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(34)
        self.week_label = QLabel()
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.this_week_button = QPushButton(self.tr("This week"))
        self.this_week_button.setToolTip(self.tr("Go to the current week"))
        self.this_week_button.clicked.connect(self.go_to_this_week)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(cohort_label)
        layout.addWidget(self.cohort_combo)
        layout.addStretch(1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.week_label)
        layout.addWidget(self.next_button)
        layout.addWidget(self.this_week_button)

    def set_choices(self, choices: list[CohortChoice]) -> None:
        """Fill the selector; keep the chosen cohort, else the remembered one, else the first
        running cohort with participants (no `changed` signal)."""
        self.choices = list(choices)
        ids = [c.id for c in self.choices]
        wanted = self.cohort_id or self._remembered()
        if wanted not in ids:
            today = self.today()
            running = [c for c in self.choices if c.participants and c.running_on(today)]
            filled = [c for c in self.choices if c.participants]
            first = (running or filled or self.choices or [None])[0]
            wanted = first.id if first else None
        self.cohort_combo.blockSignals(True)
        self.cohort_combo.clear()
        for choice in self.choices:
            self.cohort_combo.addItem(self._text(choice), choice.id)
        if wanted is not None:
            self.cohort_combo.setCurrentIndex(ids.index(wanted))
        self.cohort_combo.blockSignals(False)
        if wanted != self.cohort_id:
            self.cohort_id = wanted
            if wanted is not None:
                self.week = default_week(self.choice(wanted), self.today())
        self._show_week()

    def choice(self, cohort_id: str) -> CohortChoice:
        return next(c for c in self.choices if c.id == cohort_id)

    def choose(self, cohort_id: str, week: Week) -> None:
        """Show this cohort and week (no `changed` signal)."""
        index = self.cohort_combo.findData(cohort_id)
        if index < 0:
            return
        self.cohort_combo.blockSignals(True)
        self.cohort_combo.setCurrentIndex(index)
        self.cohort_combo.blockSignals(False)
        self.cohort_id, self.week = cohort_id, week
        self._show_week()

    def step(self, weeks: int) -> None:
        monday = dt.date.fromisocalendar(*self.week, 1) + dt.timedelta(weeks=weeks)
        self.week = monday.isocalendar()[:2]
        self._show_week()
        self.changed.emit()

    def go_to_this_week(self) -> None:
        self.week = self.today().isocalendar()[:2]
        self._show_week()
        self.changed.emit()

    def week_text(self) -> str:
        monday, sunday = week_bounds(*self.week)
        return (
            self.tr("Week %1 · %2 (%3 – %4)")
            .replace("%1", str(self.week[1]))
            .replace("%2", str(self.week[0]))
            .replace("%3", format_date(monday))
            .replace("%4", format_date(sunday))
        )

    def _show_week(self) -> None:
        self.week_label.setText(self.week_text())

    def _text(self, choice: CohortChoice) -> str:
        dates = format_date(choice.start_date)
        if choice.end_date:
            dates += " – " + format_date(choice.end_date)
        return f"{choice.code} · {choice.programme} ({dates})"

    def _remembered(self) -> str | None:
        state = self.settings.state(self.state_key)
        return bytes(state.data()).decode() if state is not None else None

    def _on_cohort_chosen(self, index: int) -> None:
        cohort_id = self.cohort_combo.itemData(index) if index >= 0 else None
        if cohort_id is None or cohort_id == self.cohort_id:
            return
        self.cohort_id = cohort_id
        self.settings.set_state(self.state_key, QByteArray(cohort_id.encode()))
        self.week = default_week(self.choice(cohort_id), self.today())
        self._show_week()
        self.changed.emit()
