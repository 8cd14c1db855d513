"""The observation grid's table: keyboard entry like the register (digits 1-4 score, Delete
clears, N/F2/Enter edits the note, PgUp/PgDn change the week) and a corner mark on cells that
carry a note."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from werkfit_desktop.ui.item_models.observations import NOTE_ROLE

SCORE_KEYS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
}
COLUMN_WIDTH = 124
NOTE_KEYS = (Qt.Key.Key_N, Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class NoteMarkDelegate(QStyledItemDelegate):
    """Paints the cell as usual plus a small dark triangle in the top-right corner when the
    observation has a note (the tooltip shows the note); selection is a frame, not a fill."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # A selected cell keeps its score colour and gets a frame, so the scale stays readable.
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        if selected:  # the view already filled the cell with the selection colour
            painter.fillRect(option.rect, option.palette.base())
        super().paint(painter, plain, index)
        rect = option.rect
        painter.save()
        if selected:
            pen = QPen(option.palette.highlight(), 3 if self._is_current(index) else 2)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if index.data(NOTE_ROLE):
            size = 8
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1f3a4d"))
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(rect.right() - size, rect.top() + 1),
                        QPointF(rect.right(), rect.top() + 1),
                        QPointF(rect.right(), rect.top() + 1 + size),
                    ]
                )
            )
        painter.restore()

    def _is_current(self, index: QModelIndex) -> bool:
        view = self.parent()
        return isinstance(view, QTableView) and view.currentIndex() == index


class ObservationTable(QTableView):
    score_typed = Signal(int)
    clear_requested = Signal()
    note_requested = Signal()
    week_step = Signal(int)  # -1 previous week, +1 next week

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(NoteMarkDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid for the note and buttons
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap  # type: ignore[operator]
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(COLUMN_WIDTH)
        header.setHighlightSections(True)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(28)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setHighlightSections(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if plain and key in SCORE_KEYS:
            self.score_typed.emit(SCORE_KEYS[key])
        elif plain and key in CLEAR_KEYS:
            self.clear_requested.emit()
        elif plain and key in NOTE_KEYS:
            self.note_requested.emit()
        elif plain and key == Qt.Key.Key_PageUp:
            self.week_step.emit(-1)
        elif plain and key == Qt.Key.Key_PageDown:
            self.week_step.emit(1)
        else:
            super().keyPressEvent(event)

    def fit_header(self) -> None:
        """Equal columns; long skill names wrap onto up to three lines in the header."""
        header = self.horizontalHeader()
        model = self.model()
        metrics = header.fontMetrics()
        lines = 1
        for column in range(model.columnCount()):
            self.setColumnWidth(column, COLUMN_WIDTH)
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            bound = metrics.boundingRect(
                QRect(0, 0, COLUMN_WIDTH - 12, 1000),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                text,
            )
            lines = max(lines, round(bound.height() / metrics.lineSpacing()))
        header.setFixedHeight(min(lines, 3) * metrics.lineSpacing() + 14)
