"""The weekly observation grid's model: rows are participants, columns the active skills; a
cell shows the score (1-4) on a coloured scale, or the punctuality suggestion in grey italics.

Holds one WeekGrid (plain data from the service), nothing live."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from werkfit_desktop.services.observations import SCORE_LABELS, SCORE_MEANINGS, WeekGrid

PARTICIPANT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SKILL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SCORE_ROLE = Qt.ItemDataRole.UserRole + 3  # int or None
NOTE_ROLE = Qt.ItemDataRole.UserRole + 4  # str or None
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 5  # suggested int, only where the cell is empty

# From "not yet" (warm, not alarming) to "independently" (green): strengths, not faults.
_COLOURS = {1: "#f9d9c4", 2: "#fbecb3", 3: "#d5ebc6", 4: "#a9d89b"}
_Index = QModelIndex | QPersistentModelIndex


def score_colour(score: int | None) -> QColor | None:
    return QColor(_COLOURS[score]) if score in _COLOURS else None


def score_label(score: int) -> str:
    """'nog niet', 'soms', 'meestal', 'zelfstandig'."""
    return QCoreApplication.translate("Observations", SCORE_LABELS[score])


def score_meaning(score: int) -> str:
    """The anchor sentence of a score, for tooltips and the legend."""
    return QCoreApplication.translate("Observations", SCORE_MEANINGS[score])


def short_skill_name(name: str, limit: int = 28) -> str:
    """Long skill names shortened at a word boundary for a column header (tooltip: full)."""
    if len(name) <= limit:
        return name
    cut = name[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


class ObservationGridModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid: WeekGrid | None = None

    def set_grid(self, grid: WeekGrid | None) -> None:
        """Show another week. When the rows and columns stay the same (after a save), only the
        cells are refreshed, so the current cell and selection stay where they are."""
        same_shape = (
            self.grid is not None
            and grid is not None
            and [p.id for p in self.grid.participants] == [p.id for p in grid.participants]
            and [s.id for s in self.grid.skills] == [s.id for s in grid.skills]
        )
        if same_shape and grid is not None and grid.participants and grid.skills:
            self.grid = grid
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    # ids -------------------------------------------------------------------------------
    def participant_id(self, row: int) -> str:
        assert self.grid is not None
        return self.grid.participants[row].id

    def skill_id(self, column: int) -> str:
        assert self.grid is not None
        return self.grid.skills[column].id

    def row_of(self, participant_id: str) -> int:
        if self.grid is None:
            return -1
        return next((r for r, p in enumerate(self.grid.participants) if p.id == participant_id), -1)

    def column_of(self, skill_id: str) -> int:
        if self.grid is None:
            return -1
        return next((c for c, s in enumerate(self.grid.skills) if s.id == skill_id), -1)

    def punctuality_column(self) -> int:
        if self.grid is None or self.grid.punctuality_skill_id is None:
            return -1
        return self.column_of(self.grid.punctuality_skill_id)

    # Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.grid is None:
            return 0
        return len(self.grid.participants)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.grid is None:
            return 0
        return len(self.grid.skills)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        grid = self.grid
        if grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(grid.skills):
                return None
            skill = grid.skills[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return short_skill_name(skill.name, 60)
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = skill.name
                if skill.id == grid.punctuality_skill_id:
                    tip += "\n" + self.tr(
                        "Grey italic scores are suggestions from this week's attendance: "
                        "take them over with 'Take punctuality from attendance'."
                    )
                return tip
            if role == SKILL_ID_ROLE:
                return skill.id
            return None
        if not 0 <= section < len(grid.participants):
            return None
        person = grid.participants[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 (participant number %2)")
                .replace("%1", person.name)
                .replace("%2", person.number)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == PARTICIPANT_ID_ROLE:
            return person.id
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        grid = self.grid
        if grid is None or not index.isValid():
            return None
        if not (
            0 <= index.row() < len(grid.participants) and 0 <= index.column() < len(grid.skills)
        ):
            return None
        person = grid.participants[index.row()]
        skill = grid.skills[index.column()]
        cell = grid.cell(person.id, skill.id)
        suggestion = (
            grid.punctuality_suggestions.get(person.id)
            if skill.id == grid.punctuality_skill_id
            else None
        )
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is not None:
                return str(cell.score)
            return str(suggestion.score) if suggestion else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return score_colour(cell.score) if cell else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1d1d1d") if cell else QColor("#8a8a8a")
        if role == Qt.ItemDataRole.FontRole:
            if cell is None and suggestion is not None:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(person.name, skill.name, cell, suggestion)
        if role == PARTICIPANT_ID_ROLE:
            return person.id
        if role == SKILL_ID_ROLE:
            return skill.id
        if role == SCORE_ROLE:
            return cell.score if cell else None
        if role == NOTE_ROLE:
            return cell.note if cell else None
        if role == SUGGESTION_ROLE:
            return suggestion.score if suggestion and cell is None else None
        return None

    def _tooltip(self, name, skill_name, cell, suggestion) -> str:
        lines = [f"{name} · {skill_name}"]
        if cell is not None:
            lines.append(score_meaning(cell.score))
            if cell.note:
                lines.append(self.tr("Note: %1").replace("%1", cell.note))
        else:
            lines.append(self.tr("No score yet: type 1, 2, 3 or 4."))
        if suggestion is not None:
            lines.append(self.suggestion_text(suggestion))
        return "\n".join(lines)

    def suggestion_text(self, suggestion) -> str:
        """'Suggested from attendance: 3 (mostly) – on time at 2 of 3 sessions; late 1×'."""
        text = (
            self.tr(
                "Suggested from attendance: %1 – on time at %2 of %n session(s)",
                "",
                suggestion.counted,
            )
            .replace("%1", f"{suggestion.score} ({score_label(suggestion.score)})")
            .replace("%2", str(suggestion.on_time))
        )
        details = []
        if suggestion.late:
            late = self.tr("late %1×").replace("%1", str(suggestion.late))
            if suggestion.minutes_late:
                late += " " + self.tr("(%1 min in all)").replace("%1", str(suggestion.minutes_late))
            details.append(late)
        if suggestion.absent_unexcused:
            details.append(
                self.tr("absent without notice %1×").replace("%1", str(suggestion.absent_unexcused))
            )
        return text + (f"; {', '.join(details)}" if details else "")
