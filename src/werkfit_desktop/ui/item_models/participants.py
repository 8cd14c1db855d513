"""The participant list's table model: lazy, a page of plain row tuples at a time.

The rows matching the search are counted in SQL and fetched in pages (LIMIT/OFFSET) as the
view scrolls (canFetchMore/fetchMore); a click on a column header sorts in SQL and starts
again from the first page. Nothing live: the rows are ParticipantRow values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from werkfit_desktop.domain.names import fold
from werkfit_desktop.services import participant_list as service
from werkfit_desktop.services.participant_list import ListOrder
from werkfit_desktop.services.participant_types import ParticipantRow
from werkfit_desktop.ui.i18n import format_date

if TYPE_CHECKING:
    from werkfit_desktop.persistence.session import Database

COL_NUMBER, COL_NAME, COL_BIRTH, COL_MUNICIPALITY, COL_LEVEL = range(5)
COLUMN_COUNT = 5
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200

_ORDER_COLUMNS = ("number", "name", "birth", "municipality", "language_level")

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLES = frozenset({_DISPLAY, ID_ROLE, SORT_ROLE})

_Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    resorted = Signal()
    """A header click sorted the list anew (from its first page)."""

    def __init__(self, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._db: Database | None = None
        self._text = ""
        self._rows: list[ParticipantRow] = []
        self._shown: list[tuple | None] = []  # display texts per row, made when first asked
        self._matching = 0  # how many rows match the search (fetched or not)
        self._sort = (COL_NAME, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Date of birth"),
            self.tr("Municipality"),
            self.tr("Language level"),
        ]

    # loading --------------------------------------------------------------------------
    def load(self, db: Database, text: str, everyone: int | None = None) -> None:
        """Show the participants matching this search: counted, and the first page.
        `everyone`: how many participants there are, when the caller knows."""
        # Typing on narrows the last search: its count bounds this one's.
        narrows = self._db is db and fold(text).startswith(fold(self._text))
        known = everyone if not fold(text).split() else None
        matching, rows = service.search_page(
            db,
            text,
            self.page_size,
            self.order(),
            known=known,
            at_most=self._matching if narrows and self._text.strip() else None,
        )
        self._db, self._text = db, text
        self.beginResetModel()
        self._matching, self._rows = matching, rows
        self._shown = [None] * len(self._rows)
        self.endResetModel()

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        """Show exactly these rows (no database behind them: nothing more to fetch)."""
        self._db = None
        self.beginResetModel()
        self._rows = self.sorted_like_view(rows)
        self._shown = [None] * len(self._rows)
        self._matching = len(self._rows)
        self.endResetModel()

    @property
    def matching(self) -> int:
        """How many participants match the search, fetched or not."""
        return self._matching

    def order(self) -> ListOrder:
        column, order = self._sort
        return ListOrder(_ORDER_COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    def _page(self, offset: int, limit: int) -> list[ParticipantRow]:
        assert self._db is not None
        return service.participant_page(
            self._db, self._text, offset, limit, self.order(), matching=self._matching
        )

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._matching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._fetch(self.page_size)

    def _fetch(self, count: int) -> None:
        if self._db is None:
            return
        rows = self._page(len(self._rows), count)
        if not rows:
            self._matching = len(self._rows)  # fewer than counted (deleted meanwhile)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._shown.extend([None] * len(rows))
        self.endInsertRows()

    def sorted_like_view(self, rows: list[ParticipantRow]) -> list[ParticipantRow]:
        """These rows in the order the list shows (for the export of all search matches)."""
        column, order = self._sort
        return sorted(
            rows,
            key=lambda r: self._key(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    # rows -----------------------------------------------------------------------------
    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, participant_id: str) -> int:
        """The row of this participant, fetching up to it when it matches the search but
        is not fetched yet; -1 when it does not match."""
        for number, row in enumerate(self._rows):
            if row.id == participant_id:
                return number
        if self._db is None or not self.canFetchMore():
            return -1
        position = service.participant_position(self._db, self._text, participant_id, self.order())
        if position is None:
            return -1
        if position >= len(self._rows):
            # Whole pages up to and including the participant's row.
            wanted = (position // self.page_size + 1) * self.page_size
            self._fetch(wanted - len(self._rows))
        if position < len(self._rows) and self._rows[position].id == participant_id:
            return position
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
        # Asked for every visible cell and role on each repaint: the cheap tests first.
        if role not in _ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows) or not index.isValid():
            return None
        if role == _DISPLAY:
            shown = self._shown[number]
            if shown is None:
                row = self._rows[number]
                shown = self._shown[number] = (
                    row.number,
                    row.name,
                    format_date(row.date_of_birth),
                    row.municipality or "",
                    row.language_level or "",
                )
            return shown[index.column()]
        if role == ID_ROLE:
            return self._rows[number].id
        if role == SORT_ROLE:
            return self._key(self._rows[number], index.column())
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
        """A header click: sort in SQL and start again from the first page."""
        if not 0 <= column < COLUMN_COUNT or (column, order) == self._sort:
            return
        self._sort = (column, order)
        if self._db is not None:
            self.load(self._db, self._text, self._matching if not self._text.strip() else None)
            self.resorted.emit()
        else:
            self.layoutAboutToBeChanged.emit()
            self._rows = self.sorted_like_view(self._rows)
            self._shown = [None] * len(self._rows)
            self.layoutChanged.emit()
