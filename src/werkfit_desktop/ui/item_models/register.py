"""The attendance register's table model: plain RegisterRow values from the service, one per
participant; edits of the note and minutes are handed to the view as signals (the view saves
them through the service), never written here."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.services.attendance import RegisterRow

COL_NAME, COL_STATUS, COL_MINUTES, COL_NOTE = range(4)
COLUMN_COUNT = 4
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # AttendanceStatus or None

_Index = QModelIndex | QPersistentModelIndex

S = AttendanceStatus
# In the order of the keys a trainer learns: A, L, M, Z, O.
STATUS_ORDER = (S.PRESENT, S.LATE, S.ABSENT_EXCUSED, S.SICK, S.ABSENT_UNEXCUSED)

_LABELS = {
    S.PRESENT: QT_TRANSLATE_NOOP("AttendanceStatus", "Present"),
    S.LATE: QT_TRANSLATE_NOOP("AttendanceStatus", "Late"),
    S.ABSENT_EXCUSED: QT_TRANSLATE_NOOP("AttendanceStatus", "Absent with notice"),
    S.SICK: QT_TRANSLATE_NOOP("AttendanceStatus", "Sick"),
    S.ABSENT_UNEXCUSED: QT_TRANSLATE_NOOP("AttendanceStatus", "Absent without notice"),
}
# The letter shown (and typed) for a status in the user's language; Dutch: A L M Z O.
_LETTERS = {
    S.PRESENT: QT_TRANSLATE_NOOP("AttendanceKey", "P"),
    S.LATE: QT_TRANSLATE_NOOP("AttendanceKey", "L"),
    S.ABSENT_EXCUSED: QT_TRANSLATE_NOOP("AttendanceKey", "E"),
    S.SICK: QT_TRANSLATE_NOOP("AttendanceKey", "S"),
    S.ABSENT_UNEXCUSED: QT_TRANSLATE_NOOP("AttendanceKey", "U"),
}
# Keys that set a status: the Dutch letters of the product issue and the English ones (no
# letter is in both sets with another meaning), so muscle memory works in both languages.
KEY_STATUS = {
    Qt.Key.Key_A: S.PRESENT,
    Qt.Key.Key_P: S.PRESENT,
    Qt.Key.Key_Space: S.PRESENT,
    Qt.Key.Key_L: S.LATE,
    Qt.Key.Key_M: S.ABSENT_EXCUSED,
    Qt.Key.Key_E: S.ABSENT_EXCUSED,
    Qt.Key.Key_Z: S.SICK,
    Qt.Key.Key_S: S.SICK,
    Qt.Key.Key_O: S.ABSENT_UNEXCUSED,
    Qt.Key.Key_U: S.ABSENT_UNEXCUSED,
}
STATUS_COLOURS = {
    S.PRESENT: QColor("#2e7d32"),
    S.LATE: QColor("#d17a00"),
    S.ABSENT_EXCUSED: QColor("#1565c0"),
    S.SICK: QColor("#7b1fa2"),
    S.ABSENT_UNEXCUSED: QColor("#c62828"),
}
_PENDING_BACKGROUND = QColor("#fff3c4")
_UNREGISTERED = QColor("#6b6b6b")


def status_label(status: AttendanceStatus | None) -> str:
    """'Aanwezig', 'Te laat', ... in the user's language; empty for no status."""
    if status is None:
        return ""
    return QCoreApplication.translate("AttendanceStatus", _LABELS[status])


def status_letter(status: AttendanceStatus) -> str:
    return QCoreApplication.translate("AttendanceKey", _LETTERS[status])


class RegisterModel(QAbstractTableModel):
    note_edited = Signal(int, str)
    """The note of a row was edited in the table: (row, text)."""
    minutes_edited = Signal(int, int)
    """The minutes late of a row were edited in the table: (row, minutes)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []
        self._editable = True
        self._pending: tuple[int, str] | None = None  # minutes being typed: (row, digits)

    # contents ---------------------------------------------------------------------------
    def set_rows(self, rows, editable: bool = True) -> None:
        """Show these rows; when the same participants are listed in the same order, only
        the rows that changed are updated (the cursor and scroll position stay)."""
        rows = list(rows)
        same = [r.participant_id for r in rows] == [r.participant_id for r in self._rows]
        self._pending = None
        if not same or editable != self._editable:
            self.beginResetModel()
            self._rows, self._editable = rows, editable
            self.endResetModel()
            return
        old, self._rows = self._rows, rows
        for number, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMN_COUNT - 1))

    def rows(self) -> list[RegisterRow]:
        return list(self._rows)

    def row(self, number: int) -> RegisterRow:
        return self._rows[number]

    def row_of(self, participant_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.participant_id == participant_id:
                return number
        return -1

    @property
    def editable(self) -> bool:
        return self._editable

    def set_pending_minutes(self, number: int | None, digits: str = "") -> None:
        """Show the minutes being typed for a late arrival (None: stop showing them)."""
        previous = self._pending
        self._pending = None if number is None else (number, digits)
        for pending in (previous, self._pending):
            if pending is not None and 0 <= pending[0] < len(self._rows):
                cell = self.index(pending[0], COL_MINUTES)
                self.dataChanged.emit(cell, cell)

    # Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        return (self.tr("Participant"), self.tr("Status"), self.tr("Late"), self.tr("Note"))[
            section
        ]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        editable_column = index.column() == COL_NOTE or (
            index.column() == COL_MINUTES and row.status is S.LATE
        )
        if self._editable and row.status is not None and editable_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        pending = self._pending is not None and self._pending[0] == index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return row.name
            if column == COL_STATUS:
                return status_label(row.status) if row.status else self.tr("not registered")
            if column == COL_MINUTES:
                if pending:
                    return self.tr("%1▏ min").replace("%1", self._pending[1])
                return (
                    self.tr("%1 min").replace("%1", str(row.minutes_late))
                    if row.minutes_late
                    else ""
                )
            return row.note or ""
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_MINUTES:
                return row.minutes_late or 5
            if column == COL_NOTE:
                return row.note or ""
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ID_ROLE:
            return row.participant_id
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE and row.note:
            return row.note
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS and row.status is None:
            return _UNREGISTERED
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_MINUTES and pending:
            return _PENDING_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """An edit in the table: handed to the view to save (the rows follow from the
        database afterwards)."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        if index.column() == COL_NOTE:
            self.note_edited.emit(index.row(), str(value or ""))
            return True
        if index.column() == COL_MINUTES:
            self.minutes_edited.emit(index.row(), int(value))
            return True
        return False
