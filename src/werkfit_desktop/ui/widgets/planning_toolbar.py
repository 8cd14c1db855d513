"""The planning's toolbar: previous / today / next with the period's heading, week or
month, the cohort and trainer filters, and the planning actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.services.planning import CohortChoice, TrainerChoice


class PlanningToolbar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QToolButton(text="◀")
        self.previous_button.setToolTip(self.tr("Previous (PgUp)"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T or Home)"))
        self.next_button = QToolButton(text="▶")
        self.next_button.setToolTip(self.tr("Next (PgDn)"))
        self.header = QLabel()
        self.header.setObjectName("pageTitle")
        self.week_button = QPushButton(self.tr("&Week"), checkable=True)
        self.month_button = QPushButton(self.tr("M&onth"), checkable=True)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        for button in (self.week_button, self.month_button):
            modes.addButton(button)
        self.cohort_filter = QComboBox()
        self.cohort_filter.setMinimumContentsLength(16)
        self.trainer_filter = QComboBox()
        self.trainer_filter.setMinimumContentsLength(14)
        self.generate_button = QPushButton(self.tr("Generate sessions..."))
        self.generate_button.setToolTip(
            self.tr("Plan a cohort's sessions from a weekly pattern (Ctrl+G)")
        )
        self.add_button = QPushButton(self.tr("Add session..."))
        self.add_button.setToolTip(self.tr("One extra session (Insert)"))
        self.closed_days_button = QPushButton(self.tr("Closing days..."))
        self.closed_days_button.setToolTip(self.tr("The organisations' own days without sessions"))

        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.today_button)
        navigation.addWidget(self.next_button)
        navigation.addSpacing(8)
        navigation.addWidget(self.header, 1)
        navigation.addWidget(self.week_button)
        navigation.addWidget(self.month_button)
        cohort_label = QLabel(self.tr("&Cohort"))
        cohort_label.setBuddy(self.cohort_filter)
        trainer_label = QLabel(self.tr("T&rainer"))
        trainer_label.setBuddy(self.trainer_filter)
        actions = QHBoxLayout()
        actions.addWidget(cohort_label)
        actions.addWidget(self.cohort_filter)
        actions.addWidget(trainer_label)
        actions.addWidget(self.trainer_filter)
        actions.addStretch(1)
        actions.addWidget(self.generate_button)
        actions.addWidget(self.add_button)
        actions.addWidget(self.closed_days_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(navigation)
        layout.addLayout(actions)

    def set_choices(self, cohorts: list[CohortChoice], trainers: list[TrainerChoice]) -> None:
        """Fill the filters, keeping what was chosen (without signalling a change)."""
        cohort, trainer = self.cohort_filter.currentData(), self.trainer_filter.currentData()
        for combo in (self.cohort_filter, self.trainer_filter):
            combo.blockSignals(True)
            combo.clear()
        self.cohort_filter.addItem(self.tr("All cohorts"), None)
        for choice in cohorts:
            self.cohort_filter.addItem(choice.code, choice.id)
            self.cohort_filter.setItemData(
                self.cohort_filter.count() - 1,
                choice.programme_name,
                Qt.ItemDataRole.ToolTipRole,
            )
        self.trainer_filter.addItem(self.tr("All trainers"), None)
        for choice in trainers:
            self.trainer_filter.addItem(choice.name, choice.id)
        self.cohort_filter.setCurrentIndex(max(self.cohort_filter.findData(cohort), 0))
        self.trainer_filter.setCurrentIndex(max(self.trainer_filter.findData(trainer), 0))
        for combo in (self.cohort_filter, self.trainer_filter):
            combo.blockSignals(False)
