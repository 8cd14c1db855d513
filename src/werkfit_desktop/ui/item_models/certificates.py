"""The certificate tables' models (the participant page's, and the overview's that fetches
its lines a page at a time), and the delegate that draws the state chips."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPainterPath, QShortcut
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from werkfit_desktop.domain.certificate_state import CertificateState
from werkfit_desktop.domain.enums import ExamResult
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.certificate_overview import (
    OverviewFilter,
    OverviewLine,
    OverviewOrder,
    overview_index,
    overview_lines,
    overview_lines_of,
)
from werkfit_desktop.services.certificates import CertificateRow
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.labels_certificates import result_label, state_colours, state_detail

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE_SIZE = 200  # lines fetched at a time as the overview scrolls

# The states a (state, result) pair can show, for sorting the State column by its words.
_STATE_PAIRS = (
    (CertificateState.PLANNED, ExamResult.PLANNED),
    (CertificateState.FAILED, ExamResult.FAILED),
    (CertificateState.FAILED, ExamResult.NO_SHOW),
    (CertificateState.VALID, ExamResult.PASSED),
    (CertificateState.EXPIRING_SOON, ExamResult.PASSED),
    (CertificateState.EXPIRED, ExamResult.PASSED),
)


class CertificateTableModel(QAbstractTableModel):
    """One certificate per row. `with_participant=False` leaves the participant's columns
    out (the participant page)."""

    def __init__(self, with_participant: bool = True, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CertificateRow] = []
        self._columns = (["number", "name"] if with_participant else []) + [
            "type",
            "exam_date",
            "result",
            "state",
            "valid_until",
            "diploma_number",
            "issuer",
            "scan",
        ]

    def _headers(self) -> dict[str, str]:
        return {
            "number": self.tr("Number"),
            "name": self.tr("Participant"),
            "type": self.tr("Certificate"),
            "exam_date": self.tr("Exam date"),
            "result": self.tr("Result"),
            "state": self.tr("State"),
            "valid_until": self.tr("Valid until"),
            "diploma_number": self.tr("Diploma number"),
            "issuer": self.tr("Issuer"),
            "scan": self.tr("Scan"),
        }

    def column_keys(self) -> list[str]:
        """What each column shows ('number', 'name', 'type', 'exam_date', ...), in order."""
        return list(self._columns)

    def text(self, row: CertificateRow, key: str) -> str:
        """The cell's text as the table shows it."""
        return self._text(row, key)

    def column_of(self, key: str) -> int:
        return self._columns.index(key)

    def set_rows(self, rows: list[CertificateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CertificateRow:
        return self._rows[row]

    def rows(self) -> list[CertificateRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[self._columns[section]]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = self._columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == STATE_ROLE:
            return row.state
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == SORT_ROLE:
            if key in ("exam_date", "valid_until"):
                value = getattr(row, key)
                return value.isoformat() if value else "9999"
            if key == "name":
                return row.participant_name.casefold()
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "valid_until" and row.valid_until_overridden:
                return self.tr("Entered by hand (not derived from the certificate type)")
            if key == "valid_until" and row.valid_until is None and row.state == "valid":
                return self.tr("Does not expire")
        return None

    def _text(self, row: CertificateRow, key: str) -> str:
        if key == "number":
            return row.participant_number
        if key == "name":
            return row.participant_name
        if key == "type":
            return row.type_name
        if key == "exam_date":
            return format_date(row.exam_date) if row.exam_date else self.tr("not set")
        if key == "result":
            return result_label(row.result)
        if key == "state":
            return state_detail(row.state, row.result)
        if key == "valid_until":
            if row.valid_until is None:
                return self.tr("no expiry") if row.result == "passed" else ""
            return format_date(row.valid_until) + (" *" if row.valid_until_overridden else "")
        if key == "diploma_number":
            return row.diploma_number or ""
        if key == "issuer":
            return row.issuer or ""
        if key == "scan":
            return self.tr("yes") if row.has_scan else ""
        return ""


class CertificateOverviewModel(CertificateTableModel):
    """The overview, lazily: one query gives the ids in the order shown and the counts per
    state (`counts`); the lines (plain tuples) are fetched a page at a time as the table
    scrolls (canFetchMore/fetchMore). Sorting on a column sorts in SQL; `reordered` is
    emitted after, so the view can select again what was selected."""

    reordered = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(with_participant=True, parent=parent)
        self._db = db
        self._filters: OverviewFilter | None = None
        self._order = OverviewOrder()
        self._ids: tuple[str, ...] = ()
        self.counts: dict[CertificateState, int] = dict.fromkeys(CertificateState, 0)

    def set_filters(self, filters: OverviewFilter) -> None:
        """Show the certificates these filters leave (again: also after a change)."""
        self._filters = filters
        self._reload()

    def total(self) -> int:
        """How many certificates the filters leave (fetched or not)."""
        return len(self._ids)

    def position_of(self, certificate_id: str | None) -> int | None:
        try:
            return self._ids.index(certificate_id)
        except ValueError:
            return None

    def fetch_up_to(self, position: int) -> None:
        """Fetch the lines up to and including `position` (the next pages)."""
        start = len(self._rows)
        lines = self._lines(start, position + 1)
        if lines:
            self.beginInsertRows(QModelIndex(), start, start + len(lines) - 1)
            self._rows.extend(lines)
            self.endInsertRows()

    def _lines(self, start: int, end: int) -> list[OverviewLine]:
        wanted = self._ids[start:end]
        if self._filters is None or not wanted:
            return []
        lines = overview_lines_of(self._db, self._filters.today, self._filters.window_days, wanted)
        if len(lines) != len(wanted):  # deleted since the ids were read: leave them out
            self._ids = self._ids[:start] + tuple(line.id for line in lines) + self._ids[end:]
        return lines

    def all_lines(self) -> list[OverviewLine]:
        """Every line the filters leave, in the order shown (for the export)."""
        if self._filters is None:
            return []
        if len(self._rows) == len(self._ids):  # all fetched already
            return list(self._rows)
        return overview_lines(self._db, self._filters, self._order)

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802
        if not parent.isValid():
            self.fetch_up_to(len(self._rows) + PAGE_SIZE - 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL on the column's words (as shown); column -1: the overview's order."""
        wanted = self._order_for(column, order)
        if wanted == self._order:
            return
        self._order = wanted
        if self._filters is not None:
            self._reload()
            self.reordered.emit()

    def _order_for(self, column: int, order: Qt.SortOrder) -> OverviewOrder:
        if not 0 <= column < len(self._columns):
            return OverviewOrder()
        key = self._columns[column]
        ranking: tuple[tuple[str, ...], ...] = ()
        if key == "result":
            ranking = tuple((r.value,) for r in sorted(ExamResult, key=result_label))
        elif key == "state":
            pairs = sorted(_STATE_PAIRS, key=lambda pair: state_detail(*pair))
            ranking = tuple((s.value, r.value) for s, r in pairs)
        return OverviewOrder(key, order == Qt.SortOrder.DescendingOrder, ranking)

    def _reload(self) -> None:
        index = overview_index(self._db, self._filters, self._order)
        self._ids, self.counts = index.ids, index.counts
        first = self._lines(0, PAGE_SIZE)
        self.beginResetModel()
        self._rows = first
        self.endResetModel()


class StateChipDelegate(QStyledItemDelegate):
    """Draws the state as a coloured, rounded chip (colour plus text: never colour alone)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        state = index.data(STATE_ROLE)
        if state is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        background, foreground = state_colours(state)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRectF(
            option.rect.left() + 4,
            option.rect.center().y() - height / 2 + 1,
            min(width, option.rect.width() - 8),
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, height / 2, height / 2)
        painter.fillPath(path, background)
        painter.setPen(foreground)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + 24)
        return size


def shortcut(key, parent, slot, context: Qt.ShortcutContext) -> QShortcut:
    """A shortcut active only where `context` says (QShortcut's keyword is not reliable)."""
    made = QShortcut(QKeySequence(key), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made


class DeleteKey(QObject):
    """Delete (or Backspace) pressed in `table` calls `slot`; elsewhere it edits text as usual."""

    def __init__(self, table, slot) -> None:
        super().__init__(table)
        self._slot = slot
        table.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Delete,
            Qt.Key.Key_Backspace,
        ):
            self._slot()
            return True
        return False
