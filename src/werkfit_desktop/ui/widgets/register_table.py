"""The register's table: keyboard first. Up/Down move; a letter sets the status; L asks the
minutes late by typing digits and Enter right in the row (Esc cancels); Delete clears;
N, F2 or Enter edit the note; Ctrl+Z / Ctrl+Y undo and redo. The table only says what was
asked (signals); the view saves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.ui.item_models.register import (
    COL_MINUTES,
    COL_NAME,
    COL_NOTE,
    COL_STATUS,
    KEY_STATUS,
    STATUS_COLOURS,
    STATUS_ROLE,
    status_letter,
)

DEFAULT_MINUTES_LATE = 5
_MAX_DIGITS = 3
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVE = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class StatusDelegate(QStyledItemDelegate):
    """Paints the status as a coloured letter badge followed by its name."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        status: AttendanceStatus | None = index.data(STATUS_ROLE)
        area = opt.rect.adjusted(6, 3, -4, -3)
        side = area.height()
        badge = QRect(area.left(), area.top(), side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if status is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STATUS_COLOURS[status])
            painter.drawRoundedRect(badge, 4, 4)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, status_letter(status))
            painter.setFont(opt.font)
        else:
            painter.setPen(QPen(QColor("#9e9e9e"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge.adjusted(1, 1, -1, -1), 4, 4)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(opt.palette.highlightedText().color())
        else:
            colour = index.data(Qt.ItemDataRole.ForegroundRole)
            painter.setPen(colour if isinstance(colour, QColor) else opt.palette.text().color())
        text_area = area.adjusted(side + 8, 0, 0, 0)
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_area.width())
        painter.drawText(
            text_area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + size.height() + 14, max(size.height(), 27))


class RegisterTable(QTableView):
    status_requested = Signal(object)
    """Set the current row's status (AttendanceStatus)."""
    late_requested = Signal(int)
    """Mark the current row late with these minutes."""
    clear_requested = Signal()
    note_requested = Signal()
    undo_requested = Signal()
    redo_requested = Signal()
    minutes_entry_changed = Signal(bool)
    """Typing minutes late started (True) or ended (False)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._minutes: str | None = None  # digits typed so far; None when not typing minutes
        self._minutes_row = -1
        self._minutes_default = DEFAULT_MINUTES_LATE
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self))
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(27)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_NAME, 260)
        header.resizeSection(COL_STATUS, 220)

    # minutes late ---------------------------------------------------------------------
    @property
    def typing_minutes(self) -> bool:
        return self._minutes is not None

    def start_minutes(self, default: int | None = None) -> None:
        """Ask the minutes late for the current row: digits, then Enter (Esc cancels)."""
        row = self.currentIndex().row()
        if row < 0:
            return
        self._minutes, self._minutes_row = "", row
        self._minutes_default = default or DEFAULT_MINUTES_LATE
        self.model().set_pending_minutes(row, str(self._minutes_default))
        self.minutes_entry_changed.emit(True)

    def cancel_minutes(self) -> None:
        if self._minutes is None:
            return
        self._minutes = None
        self.model().set_pending_minutes(None)
        self.minutes_entry_changed.emit(False)

    def _type_minutes(self, event: QKeyEvent) -> bool:
        """Handle a key while minutes are typed; False when the key ends the typing."""
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & _COMMAND_MODIFIERS:
            if len(self._minutes) < _MAX_DIGITS:
                self._minutes += event.text() or chr(key)
            self.model().set_pending_minutes(self._minutes_row, self._minutes)
            return True
        if key == Qt.Key.Key_Backspace:
            self._minutes = self._minutes[:-1]
            shown = self._minutes or str(self._minutes_default)
            self.model().set_pending_minutes(self._minutes_row, shown)
            return True
        if key in _ENTER:
            minutes = int(self._minutes) if self._minutes else self._minutes_default
            self.cancel_minutes()
            self.late_requested.emit(minutes)
            return True
        if key == Qt.Key.Key_Escape:
            self.cancel_minutes()
            return True
        self.cancel_minutes()
        return False

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # noqa: N802
        if current.row() != self._minutes_row:
            self.cancel_minutes()
        super().currentChanged(current, previous)

    # keys -------------------------------------------------------------------------------
    def _is_ours(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        ):
            return True
        if event.modifiers() & _COMMAND_MODIFIERS:
            return False
        key = event.key()
        return (
            self._minutes is not None
            or key in KEY_STATUS
            or key in _ENTER
            or key in (Qt.Key.Key_N, Qt.Key.Key_F2, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        )

    def event(self, event: QEvent) -> bool:
        # Our keys win over window shortcuts while the register has the focus (the main
        # window's Undo does the same thing; a plain-letter shortcut elsewhere must not).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.state() != QAbstractItemView.State.EditingState
            and self._is_ours(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.cancel_minutes()
            self.undo_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.cancel_minutes()
            self.redo_requested.emit()
            return
        if self._minutes is not None and self._type_minutes(event):
            return
        key = event.key()
        if event.modifiers() & _COMMAND_MODIFIERS or key in _MOVE:
            super().keyPressEvent(event)
            return
        if key in KEY_STATUS:
            if not event.isAutoRepeat():
                self.status_requested.emit(KEY_STATUS[key])
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
            return
        if key in (Qt.Key.Key_N, Qt.Key.Key_F2, *_ENTER):
            self.note_requested.emit()
            return
        if event.text() and event.text().isprintable():
            return  # no jumping to names by their first letter: letters are statuses here
        super().keyPressEvent(event)

    def move_down(self) -> None:
        """To the next participant (stays on the last one)."""
        row = self.currentIndex().row()
        if row + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row + 1, COL_STATUS))

    def edit_note(self) -> None:
        row = self.currentIndex().row()
        if row >= 0:
            self.edit(self.model().index(row, COL_NOTE))
