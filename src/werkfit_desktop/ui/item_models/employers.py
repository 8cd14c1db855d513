"""Table models of the Werkgevers area: the employer list, placement days and the
participants who had days at an employer. Each is a list of plain service rows shown
through column definitions; sorting goes through a QSortFilterProxyModel on SORT_ROLE."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from werkfit_desktop.domain.names import fold
from werkfit_desktop.ui.i18n import format_date, format_number
from werkfit_desktop.ui.labels_employers import (
    kind_label,
    score_colour,
    score_meaning,
    score_text,
    short_point_names,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any]
    align: Qt.AlignmentFlag | None = None
    score: Callable[[Any], float | None] | None = None  # coloured background
    tooltip: Callable[[Any], str | None] | None = None


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row)
        if role == ID_ROLE:
            return getattr(row, "id", None) or getattr(row, "participant_id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == Qt.ItemDataRole.BackgroundRole and column.score is not None:
            return score_colour(column.score(row))
        if role == Qt.ItemDataRole.ForegroundRole and column.score is not None:
            return None if column.score(row) is None else Qt.GlobalColor.black
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None


def sorted_view(model: RowsModel, parent=None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def _t(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("EmployerModels", ...)."""
    return QCoreApplication.translate("EmployerModels", text)


def _none_last(value):
    return (value is None, value if value is not None else 0)


def _date_key(day):
    return day.toordinal() if day else 0


def employer_columns() -> list[Column]:
    return [
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Name")),
            lambda r: r.name,
            lambda r: fold(r.name),
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Sector")),
            lambda r: r.sector or "",
            lambda r: fold(r.sector),
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "City")),
            lambda r: r.city or "",
            lambda r: fold(r.city),
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Days")),
            lambda r: format_number(r.days),
            lambda r: r.days,
            _RIGHT,
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Participants")),
            lambda r: format_number(r.participants),
            lambda r: r.participants,
            _RIGHT,
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Last day")),
            lambda r: format_date(r.last_day),
            lambda r: _date_key(r.last_day),
        ),
    ]


def _score_columns(scores: Callable[[Any], tuple]) -> list[Column]:
    columns = []
    for i, name in enumerate(short_point_names()):
        columns.append(
            Column(
                name,
                lambda r, i=i: score_text(scores(r)[i]),
                lambda r, i=i: _none_last(scores(r)[i]),
                _CENTRE,
                score=lambda r, i=i: scores(r)[i],
                tooltip=lambda r, i=i: (
                    score_meaning(round(scores(r)[i])) if scores(r)[i] is not None else None
                ),
            )
        )
    return columns


def day_columns(show_participant: bool) -> list[Column]:
    """Columns for placement days: who (participant or employer), date, kind, hours,
    supervisor, the four scores and their average, the employer's comment."""
    if show_participant:
        who = Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Participant")),
            lambda r: r.participant_name,
            lambda r: fold(r.participant_name),
            tooltip=lambda r: r.participant_reflection,  # their own words about the day
        )
    else:
        who = Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Employer")),
            lambda r: r.employer_name,
            lambda r: fold(r.employer_name),
            tooltip=lambda r: r.participant_reflection,
        )
    return [
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Date")),
            lambda r: format_date(r.date),
            lambda r: _date_key(r.date),
        ),
        who,
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Kind")),
            lambda r: kind_label(r.kind),
            lambda r: r.kind.value,
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Hours")),
            lambda r: score_text(r.hours),
            lambda r: _none_last(r.hours),
            _RIGHT,
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Supervisor")),
            lambda r: r.supervisor or "",
            lambda r: fold(r.supervisor),
        ),
        *_score_columns(lambda r: r.scores),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Average")),
            lambda r: score_text(r.average),
            lambda r: _none_last(r.average),
            _CENTRE,
            score=lambda r: r.average,
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Employer's comment")),
            lambda r: (r.employer_comment or "").replace("\n", " "),
            lambda r: fold(r.employer_comment),
            tooltip=lambda r: r.employer_comment,
        ),
    ]


def participant_summary_columns() -> list[Column]:
    """Per participant at one employer: days, hours, period and average per point."""
    return [
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Participant")),
            lambda r: r.participant_name,
            lambda r: fold(r.participant_name),
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Days")),
            lambda r: format_number(r.days),
            lambda r: r.days,
            _RIGHT,
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Hours")),
            lambda r: score_text(r.hours),
            lambda r: r.hours,
            _RIGHT,
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "First day")),
            lambda r: format_date(r.first_day),
            lambda r: _date_key(r.first_day),
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Last day")),
            lambda r: format_date(r.last_day),
            lambda r: _date_key(r.last_day),
        ),
        *_score_columns(lambda r: r.averages),
        Column(
            _t(QT_TRANSLATE_NOOP("EmployerModels", "Average")),
            lambda r: score_text(r.average),
            lambda r: _none_last(r.average),
            _CENTRE,
            score=lambda r: r.average,
        ),
    ]
