"""One participant's skills over the weeks: a compact table of skill x ISO week with coloured
scores, and per skill the change from the first to the latest score (an arrow plus the numbers,
so it reads without colour too)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.observations import SkillTrend, SkillTrendLine, week_bounds
from werkfit_desktop.services.skill_trend import skill_trend
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.item_models.observations import (
    score_colour,
    score_meaning,
)

WEEKS_SHOWN = 8


class SkillTrendWidget(QWidget):
    """Embed on the participant page; call set_participant() and, on data changes,
    on_data_changed(changes, initiator) (or refresh())."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.participant_id: str | None = None
        self.trend: SkillTrend | None = None

        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName(self.tr("Skills over the weeks"))
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(28)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.set_participant(None)

    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        self.refresh()

    def refresh(self) -> None:
        if self.participant_id is None:
            self.trend = None
            self._show_empty(self.tr("No observations yet."))
            return
        self.trend = skill_trend(self.db, self.participant_id, WEEKS_SHOWN)
        if not self.trend.has_observations:
            self._show_empty(
                self.tr(
                    "No observations yet.\nTrainers score the skills each week in the "
                    "skill observations grid."
                )
            )
            return
        self._fill(self.trend)
        self.stack.setCurrentWidget(self.table)

    def on_data_changed(self, changes: Changes, _initiator: object = None) -> None:
        if self.participant_id is None:
            return
        if changes.everything or self.participant_id in changes.observations:
            self.refresh()

    def _show_empty(self, text: str) -> None:
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)
        self.stack.setFixedHeight(self.empty_label.sizeHint().height() + 8)

    def _fill(self, trend: SkillTrend) -> None:
        weeks = trend.weeks
        table = self.table
        table.clear()
        table.setColumnCount(len(weeks) + 2)
        table.setRowCount(len(trend.lines))
        skill_header = QTableWidgetItem(self.tr("Skill / week"))
        skill_header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setHorizontalHeaderItem(0, skill_header)
        years = {year for year, _week in weeks}
        for column, (year, week) in enumerate(weeks, start=1):
            text = str(week)
            if len(years) > 1:  # across New Year: say which year each week belongs to
                text += f"\n{year}"
            item = QTableWidgetItem(text)
            monday, sunday = week_bounds(year, week)
            item.setToolTip(
                self.tr("Week %1 of %2 (%3 – %4)")
                .replace("%1", str(week))
                .replace("%2", str(year))
                .replace("%3", format_date(monday))
                .replace("%4", format_date(sunday))
            )
            table.setHorizontalHeaderItem(column, item)
        change_header = QTableWidgetItem(self.tr("Trend"))
        change_header.setToolTip(
            self.tr(
                "From the first score ever observed to the latest one (the first may lie before "
                "the weeks shown)."
            )
        )
        table.setHorizontalHeaderItem(len(weeks) + 1, change_header)
        for row, line in enumerate(trend.lines):
            name = QTableWidgetItem(line.name)
            name.setToolTip(
                line.name if line.active else self.tr("%1 (switched off)").replace("%1", line.name)
            )
            if not line.active:
                name.setForeground(Qt.GlobalColor.gray)
            table.setItem(row, 0, name)
            for column, week in enumerate(weeks, start=1):
                table.setItem(row, column, self._score_item(line, week))
            table.setItem(row, len(weeks) + 1, self._change_item(line))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(weeks) + 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        height = header.sizeHint().height() + 24 * len(trend.lines) + 2 * table.frameWidth()
        self.stack.setFixedHeight(height + 2)

    def _score_item(self, line: SkillTrendLine, week) -> QTableWidgetItem:
        point = line.point_in(week)
        item = QTableWidgetItem(str(point.score) if point else "")
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if point is not None:
            colour = score_colour(point.score)
            if colour is not None:
                item.setBackground(colour)
                item.setForeground(Qt.GlobalColor.black)
            tip = f"{line.name}\n{score_meaning(point.score)}"
            if point.note:
                tip += "\n" + self.tr("Note: %1").replace("%1", point.note)
            item.setToolTip(tip)
        return item

    def _change_item(self, line: SkillTrendLine) -> QTableWidgetItem:
        change = line.change
        if change is None:
            item = QTableWidgetItem("–")
            item.setToolTip(self.tr("Not observed yet"))
        else:
            if change:
                arrow = "↑" if change > 0 else "↓"
                item = QTableWidgetItem(f"{arrow} {line.first} → {line.latest}")
            else:
                item = QTableWidgetItem(f"= {line.latest}")
            if change > 0:
                tip = self.tr(
                    "Grew from %1 to %2 over %n week(s) with a score", "", line.observed_weeks
                )
            elif change < 0:
                tip = self.tr(
                    "Went from %1 to %2 over %n week(s) with a score", "", line.observed_weeks
                )
            else:
                tip = self.tr("Stayed at %1 over %n week(s) with a score", "", line.observed_weeks)
            item.setToolTip(tip.replace("%1", str(line.first)).replace("%2", str(line.latest)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.toolTip())
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item
