"""The note editor's "Goals from the development plan": the participant's open goals, each
with an "Achieved" tick box, and a line to add a new goal. Saving the note applies both
(services/coaching.py finish_note) in the note's own transaction."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.dates import parse_date
from werkfit_desktop.domain.enums import GoalStatus
from werkfit_desktop.services.development_plan import GoalRow, NewGoal
from werkfit_desktop.ui.i18n import format_date

OPEN = (GoalStatus.OPEN, GoalStatus.IN_PROGRESS)


class NoteGoalsBox(QGroupBox):
    edited = Signal()  # a tick or the new goal changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Goals from the development plan"), parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        self.list_box = QWidget()
        self.grid = QGridLayout(self.list_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(0, 1)
        layout.addWidget(self.list_box)
        self.empty = QLabel(self.tr("No open goals in the development plan. Add one below."))
        self.empty.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.new_description = QLineEdit()
        self.new_description.setPlaceholderText(self.tr("New goal (optional)"))
        self.new_target = QLineEdit()
        self.new_target.setPlaceholderText(self.tr("target date dd-mm-yyyy"))
        metrics = self.new_target.fontMetrics()
        self.new_target.setFixedWidth(
            metrics.horizontalAdvance(self.new_target.placeholderText()) + 24
        )
        row.addWidget(self.new_description, 1)
        row.addWidget(self.new_target)
        layout.addLayout(row)
        self.new_description.textEdited.connect(self.edited)
        self.new_target.textEdited.connect(self.edited)
        self.checks: dict[str, QCheckBox] = {}

    def set_goals(self, goals: tuple[GoalRow, ...] | list[GoalRow]) -> None:
        """Show the open and in-progress goals; ticks of goals still shown are kept."""
        ticked = set(self.achieved_ids())
        while self.grid.count():
            item = self.grid.takeAt(0)
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.checks = {}
        shown = [g for g in goals if g.status in OPEN]
        for n, goal in enumerate(shown):
            text = QLabel(goal.description)
            text.setWordWrap(True)
            due = QLabel(
                self.tr("before %1").replace("%1", format_date(goal.target_date))
                if goal.target_date
                else ""
            )
            due.setStyleSheet("color: palette(mid);")
            check = QCheckBox(self.tr("Achieved"))
            check.setAccessibleName(self.tr("Achieved: %1").replace("%1", goal.description))
            check.setChecked(goal.id in ticked)
            check.toggled.connect(self.edited)
            text.setBuddy(check)
            self.grid.addWidget(text, n, 0)
            self.grid.addWidget(due, n, 1, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(check, n, 2)
            self.checks[goal.id] = check
        self.list_box.setVisible(bool(shown))
        self.empty.setVisible(not shown)

    def achieved_ids(self) -> list[str]:
        return [goal_id for goal_id, check in self.checks.items() if check.isChecked()]

    def new_goals(self) -> list[NewGoal]:
        """The goal typed on the new line (none when it is empty). A target date that is not
        a date raises ValueError; a date without a description gives a goal the service
        refuses (so the user hears what is missing)."""
        description = self.new_description.text()
        target_text = self.new_target.text().strip()
        target = parse_date(target_text) if target_text else None
        if not description.strip() and target is None:
            return []
        return [NewGoal(description, target)]

    def clear_input(self) -> None:
        for check in self.checks.values():
            check.setChecked(False)
        self.new_description.clear()
        self.new_target.clear()
