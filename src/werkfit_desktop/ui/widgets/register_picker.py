"""Choosing the session whose register to open: a cohort, then one of its sessions (with the
previous and next session a key press away). Holds plain choices given by the view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from werkfit_desktop.services.attendance import CohortChoice, SessionChoice
from werkfit_desktop.ui.i18n import format_date


def short_day(day: dt.date) -> str:
    """'ma' / 'Mon' in the user's language."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


class RegisterPicker(QWidget):
    cohort_chosen = Signal(str)
    session_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()
        self._cohorts: list[CohortChoice] = []
        self._sessions: list[SessionChoice] = []
        self.cohort_combo = QComboBox()
        # Long cohort names elide instead of widening the page past a small screen.
        self.cohort_combo.setMinimumContentsLength(22)
        self.cohort_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo = QComboBox()
        self.session_combo.setMinimumContentsLength(30)
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMaxVisibleItems(20)
        cohort_label = QLabel(self.tr("&Cohort"))
        cohort_label.setBuddy(self.cohort_combo)
        session_label = QLabel(self.tr("&Session"))
        session_label.setBuddy(self.session_combo)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous session (Ctrl+PgUp)"))
        self.previous_button.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next session (Ctrl+PgDown)"))
        self.next_button.setShortcut(QKeySequence("Ctrl+PgDown"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(cohort_label)
        layout.addWidget(self.cohort_combo)
        layout.addSpacing(12)
        layout.addWidget(session_label)
        layout.addWidget(self.session_combo, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        self.cohort_combo.currentIndexChanged.connect(self._on_cohort_index)
        self.session_combo.currentIndexChanged.connect(self._on_session_index)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))

    # filling ------------------------------------------------------------------------------
    def set_cohorts(self, cohorts: list[CohortChoice], selected_id: str | None) -> None:
        self._cohorts = list(cohorts)
        with QSignalBlocker(self.cohort_combo):
            self.cohort_combo.clear()
            for number, cohort in enumerate(cohorts):
                self.cohort_combo.addItem(self._cohort_text(cohort), cohort.id)
                self.cohort_combo.setItemData(
                    number, cohort.programme_name, Qt.ItemDataRole.ToolTipRole
                )
            index = self.cohort_combo.findData(selected_id) if selected_id else -1
            self.cohort_combo.setCurrentIndex(index if index >= 0 else (0 if cohorts else -1))
        self.cohort_combo.setEnabled(bool(cohorts))

    def show_cohort(self, cohort_id: str) -> bool:
        """Make this listed cohort the current one without announcing it (the view fills
        its sessions itself); False when it is not in the list."""
        index = self.cohort_combo.findData(cohort_id)
        if index >= 0:
            with QSignalBlocker(self.cohort_combo):
                self.cohort_combo.setCurrentIndex(index)
        return index >= 0

    def set_sessions(self, sessions: list[SessionChoice], selected_id: str | None) -> None:
        self._sessions = list(sessions)
        with QSignalBlocker(self.session_combo):
            self.session_combo.clear()
            for session in sessions:
                self.session_combo.addItem(self._session_text(session), session.id)
            index = self.session_combo.findData(selected_id) if selected_id else -1
            self.session_combo.setCurrentIndex(index)
        self._update_steps()

    def update_sessions(self, sessions: list[SessionChoice]) -> None:
        """New counts for the listed sessions (same list): only the texts change."""
        if [s.id for s in sessions] != [s.id for s in self._sessions]:
            self.set_sessions(sessions, self.session_id)
            return
        self._sessions = list(sessions)
        for number, session in enumerate(sessions):
            self.session_combo.setItemText(number, self._session_text(session))

    def _cohort_text(self, cohort: CohortChoice) -> str:
        if cohort.has_session_today:
            return f"{cohort.code} · " + self.tr("session today")
        return cohort.code

    def _session_text(self, session: SessionChoice) -> str:
        day = f"{short_day(session.date)} {format_date(session.date)}"
        if session.date == self.today:
            day += " (" + self.tr("today") + ")"
        parts = [day, session.module_name]
        if session.cancelled:
            parts.append(self.tr("cancelled"))
        elif session.enrolled:
            parts.append(
                self.tr("%1 of %2 registered")
                .replace("%1", str(session.registered))
                .replace("%2", str(session.enrolled))
            )
        return " · ".join(parts)

    # state --------------------------------------------------------------------------------
    @property
    def cohort_id(self) -> str | None:
        return self.cohort_combo.currentData()

    @property
    def session_id(self) -> str | None:
        return self.session_combo.currentData()

    @property
    def sessions(self) -> list[SessionChoice]:
        return list(self._sessions)

    def select_session(self, session_id: str) -> bool:
        index = self.session_combo.findData(session_id)
        if index >= 0:
            self.session_combo.setCurrentIndex(index)
        return index >= 0

    def step(self, offset: int) -> None:
        index = self.session_combo.currentIndex() + offset
        if 0 <= index < self.session_combo.count():
            self.session_combo.setCurrentIndex(index)

    def _update_steps(self) -> None:
        index, count = self.session_combo.currentIndex(), self.session_combo.count()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < count - 1)
        self.session_combo.setEnabled(count > 0)

    def _on_cohort_index(self, index: int) -> None:
        if index >= 0:
            self.cohort_chosen.emit(self.cohort_combo.itemData(index))

    def _on_session_index(self, index: int) -> None:
        self._update_steps()
        if index >= 0:
            self.session_chosen.emit(self.session_combo.itemData(index))
