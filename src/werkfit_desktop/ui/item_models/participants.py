"""The participant list's table model: plain row tuples from the service, nothing live."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from werkfit_desktop.services.participants import ParticipantRow
from werkfit_desktop.ui.i18n import format_date

COL_NUMBER, COL_NAME, COL_BIRTH, COL_MUNICIPALITY, COL_LEVEL = range(5)
COLUMN_COUNT = 5
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._sort = (COL_NAME, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Date of birth"),
            self.tr("Municipality"),
            self.tr("Language level"),
        ]

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def sorted_like_view(self, rows: list[ParticipantRow]) -> list[ParticipantRow]:
        """These rows in the order the list shows (for the export of all search matches)."""
        column, order = self._sort
        return sorted(
            rows,
            key=lambda r: self._key(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, participant_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == participant_id:
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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.number,
                row.name,
                format_date(row.date_of_birth),
                row.municipality or "",
                row.language_level or "",
            )[column]
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._key(row, column)
        return None

    @staticmethod
    def _key(row: ParticipantRow, column: int):
        if column == COL_NAME:
            return (row.sort_name, row.number)
        if column == COL_BIRTH:
            return (row.date_of_birth is None, row.date_of_birth or 0, row.sort_name)
        value = (row.number, None, None, row.municipality, row.language_level)[column]
        return (value is None, (value or "").casefold(), row.sort_name)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        self._rows.sort(
            key=lambda r: self._key(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
