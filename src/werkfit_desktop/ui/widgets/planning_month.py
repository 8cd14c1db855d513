"""The month calendar: a grid of days with a coloured line per session (cohort colour;
cancelled struck through and grey; a double-booked trainer marked in warning colour)."""

from __future__ import annotations

import datetime as dt
import zlib

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from werkfit_desktop.services.planning import PlannedSession
from werkfit_desktop.ui.item_models.planning import (
    CANCELLED_COLOUR,
    DATE_ROLE,
    HOLIDAY_COLOUR,
    HOLIDAY_ROLE,
    IN_MONTH_ROLE,
    SESSIONS_ROLE,
    WARNING_EDGE,
)

# Soft colours that keep black text readable, one per cohort.
PALETTE = (
    "#d6e9f8",
    "#dcefd9",
    "#f7e1c8",
    "#e6dcf3",
    "#f5d5dc",
    "#d5eeec",
    "#efe9c4",
    "#e0e0e0",
)


def cohort_colour(code: str) -> QColor:
    return QColor(PALETTE[zlib.crc32(code.encode()) % len(PALETTE)])


class MonthDelegate(QStyledItemDelegate):
    LINE_GAP = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today: dt.date | None = None

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        height = option.fontMetrics.height()
        return QSize(120, (height + self.LINE_GAP) * 4 + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect
        day: dt.date = index.data(DATE_ROLE)
        in_month = bool(index.data(IN_MONTH_ROLE))
        note: str = index.data(HOLIDAY_ROLE) or ""
        sessions: list[PlannedSession] = index.data(SESSIONS_ROLE) or []
        selected = bool(option.state & QStyle.StateFlag.State_Selected)

        background = QColor("#ffffff") if in_month else QColor("#f3f4f6")
        if note:
            background = QColor("#fbeceb") if in_month else QColor("#f4e9e9")
        painter.fillRect(rect, background)
        if selected:
            painter.fillRect(rect, QColor(47, 111, 143, 40))
        painter.setPen(QPen(QColor("#d0d5da")))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if day == self.today:
            painter.setPen(QPen(QColor("#2f6f8f"), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor("#2f6f8f"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))

        metrics = option.fontMetrics
        line = metrics.height()
        inner = rect.adjusted(3, 2, -3, -2)
        font = QFont(option.font)
        font.setBold(day == self.today)
        painter.setFont(font)
        painter.setPen(QColor("#1a1a1a") if in_month else QColor("#9aa0a6"))
        number_rect = QRect(inner.left(), inner.top(), inner.width(), line)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignLeft, str(day.day))
        if note:
            painter.setFont(option.font)
            painter.setPen(HOLIDAY_COLOUR)
            offset = metrics.horizontalAdvance(f"{day.day}  ")
            note_rect = number_rect.adjusted(offset, 0, 0, 0)
            painter.drawText(
                note_rect,
                Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(note, Qt.TextElideMode.ElideRight, note_rect.width()),
            )

        top = inner.top() + line + self.LINE_GAP
        room = (inner.bottom() - top + self.LINE_GAP) // (line + self.LINE_GAP)
        shown = sessions if len(sessions) <= room else sessions[: max(room - 1, 0)]
        for session in shown:
            self._paint_session(
                painter, option, QRect(inner.left(), top, inner.width(), line), session
            )
            top += line + self.LINE_GAP
        hidden = len(sessions) - len(shown)
        if hidden > 0:
            painter.setFont(option.font)
            painter.setPen(QColor("#555555"))
            more = self.tr("+%n more", "", hidden)
            painter.drawText(QRect(inner.left(), top, inner.width(), line), 0, more)
        painter.restore()

    def _paint_session(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, session: PlannedSession
    ) -> None:
        font = QFont(option.font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.86)
        if session.cancelled:
            painter.fillRect(rect, QColor("#eeeeee"))
            font.setStrikeOut(True)
            painter.setPen(CANCELLED_COLOUR)
        else:
            painter.fillRect(rect, cohort_colour(session.cohort_code))
            painter.setPen(QColor("#1a1a1a"))
        if session.double_booked and not session.cancelled:
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), WARNING_EDGE)
            painter.save()
            painter.setPen(QPen(WARNING_EDGE, 1))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.restore()
        painter.setFont(font)
        text_rect = rect.adjusted(5, 0, -1, 0)
        metrics = painter.fontMetrics()
        # The time when there is room for it; the cohort code always.
        text = session.cohort_code
        if session.start_time is not None:
            timed = f"{session.start_time:%H:%M} {session.cohort_code}"
            if metrics.horizontalAdvance(timed) <= text_rect.width():
                text = timed
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
        )


class MonthView(QTableView):
    """The calendar grid: rows stretch to fill the space, week numbers on the left."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.month_delegate = MonthDelegate(self)
        self.setItemDelegate(self.month_delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setMouseTracking(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setMinimumWidth(52)
        line = self.fontMetrics().height() + MonthDelegate.LINE_GAP
        self.verticalHeader().setMinimumSectionSize(line * 4 + 6)
