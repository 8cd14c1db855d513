"""The caseload table: plain rows from the service, overdue rows in red."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from werkfit_desktop.services.caseload import CaseloadRow
from werkfit_desktop.ui.i18n import format_date

COL_NAME, COL_STATUS, COL_NEXT, COL_LAST, COL_EMPLOYER, COL_COHORT, COL_OWNER = range(7)
COLUMN_COUNT = 7
ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b3261e")

_Index = QModelIndex | QPersistentModelIndex


class CaseloadModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Participant"),
            self.tr("Status"),
            self.tr("Next contact"),
            self.tr("Last contact"),
            self.tr("Employer"),
            self.tr("Cohort"),
            self.tr("Job coach"),
        ]

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[CaseloadRow]:
        return list(self._rows)

    def row_id(self, row: int) -> str:
        return self._rows[row].participant_id

    def row_of(self, participant_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.participant_id == participant_id:
                return number
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def status_text(self, row: CaseloadRow) -> str:
        if row.days_overdue:
            return self.tr("%n day(s) overdue", "", row.days_overdue)
        if row.next_due is None:
            return self.tr("No date")
        return self.tr("On schedule")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{row.name} ({row.number})",
                self.status_text(row),
                format_date(row.next_due),
                format_date(row.last_contact),
                row.employer or "",
                row.cohort_code or "",
                row.owner or self.tr("Nobody"),
            )[column]
        red = row.days_overdue and column in (COL_NAME, COL_STATUS, COL_NEXT)
        if role == Qt.ItemDataRole.ForegroundRole and red:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.days_overdue and column == COL_STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return row.participant_id
        return None
