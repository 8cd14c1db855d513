"""The planning's item models: a week as a tree (days, then their sessions) and a month as
a calendar grid with ISO week numbers (and week-year where it differs) on every row. Both
hold plain `PlannedSession` rows from the service."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from werkfit_desktop.services.planning import PlannedSession
from werkfit_desktop.ui.i18n import format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_ROLE = Qt.ItemDataRole.UserRole + 2
SESSIONS_ROLE = Qt.ItemDataRole.UserRole + 3
HOLIDAY_ROLE = Qt.ItemDataRole.UserRole + 4
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 5

COL_TIME, COL_COHORT, COL_MODULE, COL_TRAINER, COL_STATUS, COL_LOCATION = range(6)
WEEK_COLUMNS = 6

CANCELLED_COLOUR = QColor("#8a8a8a")
WARNING_COLOUR = QColor("#fff1d6")
WARNING_EDGE = QColor("#e08a00")
HOLIDAY_COLOUR = QColor("#b3261e")
DAY_BACKGROUND = QColor("#e9eff3")


def time_range(session: PlannedSession) -> str:
    if session.start_time is None or session.end_time is None:
        return QCoreApplication.translate("Planning", "whole day")
    return f"{session.start_time:%H:%M}–{session.end_time:%H:%M}"


def week_label(week_year: int, week: int, shown_year: int | None = None) -> str:
    """'wk 7', or 'wk 53 (2026)' when the week belongs to another year than the one shown."""
    text = QCoreApplication.translate("Planning", "wk %1").replace("%1", str(week))
    if shown_year is not None and week_year != shown_year:
        text += f" ({week_year})"
    return text


def conflict_text(session: PlannedSession) -> str:
    """The tooltip naming the trainer's other sessions at the same time."""
    lines = [
        QCoreApplication.translate("Planning", "Double-booked: %1 also teaches").replace(
            "%1", session.trainer_name or ""
        )
    ]
    for c in session.conflicts:
        times = f"{c.start_time:%H:%M}–{c.end_time:%H:%M}" if c.start_time and c.end_time else ""
        place = f" ({c.location})" if c.location else ""
        lines.append(f"• {c.cohort_code}, {c.module_name}, {times}{place}")
    return "\n".join(lines)


def session_tooltip(session: PlannedSession) -> str:
    lines = [
        f"{session.cohort_code} · {session.module_name}",
        f"{format_date(session.date)} {time_range(session)}",
    ]
    if session.trainer_name:
        lines.append(
            QCoreApplication.translate("Planning", "Trainer: %1").replace(
                "%1", session.trainer_name
            )
        )
    if session.location:
        lines.append(
            QCoreApplication.translate("Planning", "Location: %1").replace("%1", session.location)
        )
    if session.cancelled:
        lines.append(
            QCoreApplication.translate("Planning", "Cancelled: %1").replace(
                "%1", session.cancel_reason or ""
            )
        )
    if session.double_booked:
        lines.append(conflict_text(session))
    return "\n".join(lines)


def day_note(day: dt.date, holidays: dict[dt.date, str], closed: dict[dt.date, str]) -> str:
    """The holiday and/or closing day on a date, for the day's heading."""
    return " · ".join(text for text in (holidays.get(day), closed.get(day)) if text)


class WeekModel(QAbstractItemModel):
    """Seven day rows (Monday to Sunday), each with its sessions as children."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
        self._days: list[list[PlannedSession]] = [[] for _ in range(7)]
        self._holidays: dict[dt.date, str] = {}
        self._closed: dict[dt.date, str] = {}
        self.today: dt.date | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Day / time"),
            self.tr("Cohort"),
            self.tr("Module"),
            self.tr("Trainer"),
            self.tr("Status"),
            self.tr("Location"),
        ]

    def set_week(
        self,
        monday: dt.date,
        sessions: list[PlannedSession],
        holidays: dict[dt.date, str],
        closed: dict[dt.date, str],
        today: dt.date | None = None,
    ) -> None:
        self.beginResetModel()
        self.monday, self.today = monday, today
        self._days = [[] for _ in range(7)]
        for session in sessions:
            offset = (session.date - monday).days
            if 0 <= offset < 7:
                self._days[offset].append(session)
        self._holidays, self._closed = holidays, closed
        self.endResetModel()

    def sessions(self) -> list[PlannedSession]:
        return [s for day in self._days for s in day]

    def session_at(self, index: QModelIndex) -> PlannedSession | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._days[index.internalId() - 1][index.row()]

    def index_of(self, session_id: str) -> QModelIndex:
        for number, day in enumerate(self._days):
            for row, session in enumerate(day):
                if session.id == session_id:
                    return self.index(row, 0, self.index(number, 0))
        return QModelIndex()

    def day_index(self, day: dt.date) -> QModelIndex:
        offset = (day - self.monday).days
        return self.index(offset, 0) if 0 <= offset < 7 else QModelIndex()

    # QAbstractItemModel ------------------------------------------------------------------
    # internalId 0: a day row; n > 0: a session row under day n - 1.
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return 7
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._days[parent.row()])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return WEEK_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._day_data(index, role)
        return self._session_data(self._days[index.internalId() - 1][index.row()], index, role)

    def _day_data(self, index: QModelIndex, role: int):
        day = self.monday + dt.timedelta(days=index.row())
        note = day_note(day, self._holidays, self._closed)
        count = len(self._days[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_TIME:
                name = QLocale().dayName(day.isoweekday())
                text = f"{name} {format_date(day)}"
                if day == self.today:
                    text += " · " + self.tr("today")
                if note:
                    text += f" — {note}"
                if not count:
                    text += "   " + self.tr("(no sessions)")
                return text
            return None
        if role == DATE_ROLE:
            return day
        if role == HOLIDAY_ROLE:
            return note
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DAY_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and note:
            return QBrush(HOLIDAY_COLOUR)
        return None

    def _session_data(self, session: PlannedSession, index: QModelIndex, role: int):
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._session_text(session, column)
        if role == ID_ROLE:
            return session.id
        if role == DATE_ROLE:
            return session.date
        if role == Qt.ItemDataRole.ToolTipRole:
            return session_tooltip(session)
        if role == Qt.ItemDataRole.FontRole and session.cancelled and column != COL_STATUS:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and session.cancelled:
            return QBrush(CANCELLED_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and session.double_booked:
            return QBrush(WARNING_COLOUR)
        return None

    def _session_text(self, session: PlannedSession, column: int) -> str | None:
        if column == COL_TIME:
            return time_range(session)
        if column == COL_COHORT:
            return session.cohort_code
        if column == COL_MODULE:
            return session.module_name
        if column == COL_TRAINER:
            return session.trainer_name or "—"
        if column == COL_LOCATION:
            return session.location or "—"
        if column != COL_STATUS:
            return None
        if session.cancelled:
            return self.tr("Cancelled: %1").replace("%1", session.cancel_reason or "")
        if session.double_booked:
            return "⚠ " + self.tr("Trainer double-booked")
        return ""


def month_weeks(year: int, month: int) -> list[dt.date]:
    """The Mondays of the ISO weeks that hold a day of the month."""
    first = dt.date(year, month, 1)
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    monday = first - dt.timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        weeks.append(monday)
        monday += dt.timedelta(days=7)
    return weeks


class MonthModel(QAbstractTableModel):
    """A calendar month: a row per ISO week (its number in the vertical header, with the
    week-year where it differs from the month's year), a column per weekday."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self._weeks = month_weeks(self.year, self.month)
        self._by_date: dict[dt.date, list[PlannedSession]] = {}
        self._holidays: dict[dt.date, str] = {}
        self._closed: dict[dt.date, str] = {}
        self.today = today

    def set_month(
        self,
        year: int,
        month: int,
        sessions: list[PlannedSession],
        holidays: dict[dt.date, str],
        closed: dict[dt.date, str],
        today: dt.date,
    ) -> None:
        self.beginResetModel()
        self.year, self.month, self.today = year, month, today
        self._weeks = month_weeks(year, month)
        by_date: dict[dt.date, list[PlannedSession]] = defaultdict(list)
        for session in sessions:
            by_date[session.date].append(session)
        self._by_date = dict(by_date)
        self._holidays, self._closed = holidays, closed
        self.endResetModel()

    @property
    def first_day(self) -> dt.date:
        return self._weeks[0]

    @property
    def last_day(self) -> dt.date:
        return self._weeks[-1] + dt.timedelta(days=6)

    def date_at(self, index: QModelIndex) -> dt.date:
        return self._weeks[index.row()] + dt.timedelta(days=index.column())

    def index_of_date(self, day: dt.date) -> QModelIndex:
        offset = (day - self._weeks[0]).days
        if 0 <= offset < 7 * len(self._weeks):
            return self.index(offset // 7, offset % 7)
        return QModelIndex()

    def sessions_on(self, day: dt.date) -> list[PlannedSession]:
        return self._by_date.get(day, [])

    def sessions(self) -> list[PlannedSession]:
        return [s for day in sorted(self._by_date) for s in self._by_date[day]]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._weeks)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
            if 0 <= section < len(self._weeks):
                week_year, week, _ = self._weeks[section].isocalendar()
                return week_label(week_year, week, self.year).replace(" (", "\n(")
        vertical = orientation == Qt.Orientation.Vertical
        if role == Qt.ItemDataRole.ToolTipRole and vertical and 0 <= section < len(self._weeks):
            week_year, week, _ = self._weeks[section].isocalendar()
            return self.tr("Week %1 of %2").replace("%1", str(week)).replace("%2", str(week_year))
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.date_at(index)
        sessions = self._by_date.get(day, [])
        note = day_note(day, self._holidays, self._closed)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day)] + [f"{time_range(s)} {s.cohort_code}" for s in sessions]
            return "\n".join(lines)
        if role == DATE_ROLE:
            return day
        if role == SESSIONS_ROLE:
            return sessions
        if role == HOLIDAY_ROLE:
            return note
        if role == IN_MONTH_ROLE:
            return day.month == self.month
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [format_date(day) + (f" — {note}" if note else "")]
            parts += [session_tooltip(s) for s in sessions]
            return "\n\n".join(parts)
        return None
