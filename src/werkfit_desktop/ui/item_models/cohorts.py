"""Table models of the Groepen area (cohort list, programme list, a cohort's participants)
and the names of the enrolment vocabularies. Plain rows from the services, nothing live."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from werkfit_desktop.domain.enums import DropoutReason, EnrolmentStatus, LeadRole, Phase
from werkfit_desktop.services.cohorts import CohortRow, CohortState, MemberRow
from werkfit_desktop.services.programmes import ProgrammeRow
from werkfit_desktop.ui.i18n import format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DASH = "—"

_Index = QModelIndex | QPersistentModelIndex

_LABELS: dict[enum.Enum, str] = {
    EnrolmentStatus.PLANNED: QT_TRANSLATE_NOOP("CohortLabels", "Planned"),
    EnrolmentStatus.ACTIVE: QT_TRANSLATE_NOOP("CohortLabels", "Active"),
    EnrolmentStatus.COMPLETED: QT_TRANSLATE_NOOP("CohortLabels", "Completed"),
    EnrolmentStatus.DROPPED_OUT: QT_TRANSLATE_NOOP("CohortLabels", "Dropped out"),
    Phase.RECRUITMENT: QT_TRANSLATE_NOOP("CohortLabels", "Recruitment and selection"),
    Phase.PREPARATORY: QT_TRANSLATE_NOOP("CohortLabels", "Preparatory track"),
    Phase.EXTRA_GUIDANCE: QT_TRANSLATE_NOOP("CohortLabels", "Extra guidance"),
    Phase.TRAINING: QT_TRANSLATE_NOOP("CohortLabels", "Vocational training"),
    Phase.WORK_EXPERIENCE: QT_TRANSLATE_NOOP("CohortLabels", "Work experience"),
    Phase.MATCH: QT_TRANSLATE_NOOP("CohortLabels", "Match with an employer"),
    Phase.AFTERCARE: QT_TRANSLATE_NOOP("CohortLabels", "Aftercare"),
    Phase.FINISHED: QT_TRANSLATE_NOOP("CohortLabels", "Finished"),
    LeadRole.EMPLOYER: QT_TRANSLATE_NOOP("CohortLabels", "Employer"),
    LeadRole.CLIENT_MANAGER: QT_TRANSLATE_NOOP("CohortLabels", "Client manager"),
    LeadRole.INTERMEDIARY: QT_TRANSLATE_NOOP("CohortLabels", "Intermediary"),
    LeadRole.LANGUAGE_PROVIDER: QT_TRANSLATE_NOOP("CohortLabels", "Language provider"),
    LeadRole.JOB_COACH: QT_TRANSLATE_NOOP("CohortLabels", "Job coach"),
    LeadRole.TRAINER: QT_TRANSLATE_NOOP("CohortLabels", "Trainer"),
    DropoutReason.HEALTH: QT_TRANSLATE_NOOP("CohortLabels", "Health"),
    DropoutReason.MOTIVATION: QT_TRANSLATE_NOOP("CohortLabels", "Motivation"),
    DropoutReason.CARE_DUTIES: QT_TRANSLATE_NOOP("CohortLabels", "Care duties"),
    DropoutReason.MOVED: QT_TRANSLATE_NOOP("CohortLabels", "Moved away"),
    DropoutReason.WORK_ELSEWHERE: QT_TRANSLATE_NOOP("CohortLabels", "Found work elsewhere"),
    DropoutReason.LANGUAGE: QT_TRANSLATE_NOOP("CohortLabels", "Language"),
    DropoutReason.NOT_SUITABLE: QT_TRANSLATE_NOOP("CohortLabels", "Programme did not fit"),
    DropoutReason.OTHER: QT_TRANSLATE_NOOP("CohortLabels", "Other reason"),
    CohortState.PLANNED: QT_TRANSLATE_NOOP("CohortLabels", "Planned"),
    CohortState.RUNNING: QT_TRANSLATE_NOOP("CohortLabels", "Running"),
    CohortState.FINISHED: QT_TRANSLATE_NOOP("CohortLabels", "Finished"),
}


def cohort_label(value: enum.Enum | None) -> str:
    """The translated name of an enrolment status, phase, lead role, dropout reason or
    cohort state."""
    if value is None:
        return ""
    source = _LABELS.get(value)
    return QCoreApplication.translate("CohortLabels", source) if source else str(value.value)


def format_percent(value: float | None) -> str:
    """'92,3 %' the Dutch way; a dash when there is nothing to show yet."""
    if value is None:
        return DASH
    return f"{QLocale().toString(float(value), 'f', 1)} %"


def format_period(start, end) -> str:
    if end is None:
        return QCoreApplication.translate("CohortLabels", "from %1").replace(
            "%1", format_date(start)
        )
    return f"{format_date(start)} – {format_date(end)}"


_MUTED = QBrush(QColor("#7a7a7a"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class RowTableModel(QAbstractTableModel):
    """A sortable table over a list of frozen rows, each with an `id`."""

    right_columns: frozenset[int] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # to be given by subclasses
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def key(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def muted(self, row: Any) -> bool:
        return False

    # the model
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, row_id: str | None, id_of: Callable[[Any], str] | None = None) -> int:
        id_of = id_of or (lambda r: r.id)
        for number, row in enumerate(self._rows):
            if id_of(row) == row_id:
                return number
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right_columns:
            return _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self.key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_columns:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(row):
            return _MUTED
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        self._rows.sort(
            key=lambda r: self.key(r, column), reverse=order == Qt.SortOrder.DescendingOrder
        )


# the cohort list ---------------------------------------------------------------------
C_CODE, C_PROGRAMME, C_ORGANISATION, C_PERIOD, C_STATE, C_PARTICIPANTS, C_LOCATION = range(7)
_STATE_ORDER = {CohortState.RUNNING: 0, CohortState.PLANNED: 1, CohortState.FINISHED: 2}


class CohortTableModel(RowTableModel):
    right_columns = frozenset({C_PARTICIPANTS})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sort = (C_PERIOD, Qt.SortOrder.DescendingOrder)

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Programme"),
            self.tr("Organisation"),
            self.tr("Period"),
            self.tr("State"),
            self.tr("Participants"),
            self.tr("Location"),
        ]

    def display(self, row: CohortRow, column: int) -> str:
        if column == C_CODE:
            return row.code
        if column == C_PROGRAMME:
            return row.programme_name
        if column == C_ORGANISATION:
            return row.organisation_name
        if column == C_PERIOD:
            return format_period(row.start_date, row.end_date)
        if column == C_STATE:
            return cohort_label(row.state)
        if column == C_LOCATION:
            return row.location or ""
        if row.dropped_out_count:
            return f"{row.active_count} / {row.total_count}"
        return str(row.total_count)

    def key(self, row: CohortRow, column: int):
        if column == C_PROGRAMME:
            return (row.programme_name.casefold(), row.start_date)
        if column == C_ORGANISATION:
            return (row.organisation_name.casefold(), row.start_date)
        if column == C_PERIOD:
            return (row.start_date, row.code)
        if column == C_STATE:
            return (_STATE_ORDER[row.state], row.start_date)
        if column == C_PARTICIPANTS:
            return (row.active_count, row.total_count, row.code)
        if column == C_LOCATION:
            return ((row.location or "").casefold(), row.start_date)
        return (row.code.casefold(),)

    def tooltip(self, row: CohortRow, column: int) -> str | None:
        if column == C_PARTICIPANTS:
            text = self.tr("%1 in the cohort, %2 dropped out")
            return text.replace("%1", str(row.active_count)).replace(
                "%2", str(row.dropped_out_count)
            )
        if column == C_CODE and row.funding_source:
            return self.tr("Funding: %1").replace("%1", row.funding_source)
        return None

    def muted(self, row: CohortRow) -> bool:
        return row.state is CohortState.FINISHED


# the programme list ------------------------------------------------------------------
P_NAME, P_SECTOR, P_WEEKS, P_MODULES, P_COHORTS = range(5)


class ProgrammeTableModel(RowTableModel):
    right_columns = frozenset({P_WEEKS, P_MODULES, P_COHORTS})

    def headers(self) -> list[str]:
        return [
            self.tr("Programme"),
            self.tr("Sector"),
            self.tr("Weeks"),
            self.tr("Modules"),
            self.tr("Cohorts"),
        ]

    def display(self, row: ProgrammeRow, column: int) -> str:
        return (
            row.name,
            row.sector or "",
            "" if row.planned_weeks is None else str(row.planned_weeks),
            str(row.module_count),
            str(row.cohort_count),
        )[column]

    def key(self, row: ProgrammeRow, column: int):
        name = row.name.casefold()
        return (
            (name,),
            ((row.sector or "").casefold(), name),
            (row.planned_weeks or 0, name),
            (row.module_count, name),
            (row.cohort_count, name),
        )[column]

    def tooltip(self, row: ProgrammeRow, column: int) -> str | None:
        if column == P_NAME and row.copied_from_name:
            return self.tr("Copied from %1").replace("%1", row.copied_from_name)
        return None


# a cohort's participants -------------------------------------------------------------
(
    M_NUMBER,
    M_NAME,
    M_STATUS,
    M_PHASE,
    M_LEAD,
    M_ATTENDANCE,
    M_LATE,
    M_CERTIFICATES,
    M_PRACTICE,
    M_EXPIRY,  # certificates expired / expiring soon (of any type)
) = range(10)


class CohortMembersModel(RowTableModel):
    right_columns = frozenset({M_ATTENDANCE, M_LATE, M_CERTIFICATES, M_PRACTICE})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sort = (M_NAME, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Phase"),
            self.tr("Lead"),
            self.tr("Attendance"),
            self.tr("Late"),
            self.tr("Certificates"),
            self.tr("Practice days"),
            self.tr("Expired/expiring"),
        ]

    def row_id(self, row: int) -> str:
        return self._rows[row].enrolment_id

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == ID_ROLE and index.isValid():
            return self._rows[index.row()].enrolment_id
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            if self._rows[index.row()].dropped_out and index.column() == M_STATUS:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        return super().data(index, role)

    def display(self, row: MemberRow, column: int) -> str:
        if column == M_NUMBER:
            return row.number
        if column == M_NAME:
            return row.name
        if column == M_STATUS:
            if row.dropped_out and row.dropout_date:
                return self.tr("Dropped out %1").replace("%1", format_date(row.dropout_date))
            return cohort_label(row.status)
        if column == M_PHASE:
            return cohort_label(row.current_phase)
        if column == M_LEAD:
            return cohort_label(row.lead_role)
        if column == M_ATTENDANCE:
            return format_percent(row.attendance_pct)
        if column == M_LATE:
            return (
                DASH if row.attendance_pct is None and not row.times_late else str(row.times_late)
            )
        if column == M_CERTIFICATES:
            if not row.certificates_planned:
                return DASH
            return (
                self.tr("%1 of %2")
                .replace("%1", str(row.certificates_obtained))
                .replace("%2", str(row.certificates_planned))
            )
        if column == M_EXPIRY:
            return _expiry_text(row)
        return str(row.practice_days)

    def key(self, row: MemberRow, column: int):
        name = (row.sort_name, row.number)
        if column == M_NUMBER:
            return (row.number,)
        if column == M_STATUS:
            return (row.dropped_out, cohort_label(row.status), name)
        if column == M_PHASE:
            return (list(Phase).index(row.current_phase), name)
        if column == M_LEAD:
            return (cohort_label(row.lead_role), name)
        if column == M_ATTENDANCE:
            pct = row.attendance_pct
            return (pct is None, pct or 0.0, name)
        if column == M_LATE:
            return (row.times_late, name)
        if column == M_CERTIFICATES:
            return (row.certificates_obtained, name)
        if column == M_PRACTICE:
            return (row.practice_days, row.shadowing_days, name)
        if column == M_EXPIRY:
            return (-row.certificates_expired, -row.certificates_expiring, name)
        return name

    def tooltip(self, row: MemberRow, column: int) -> str | None:
        if column in (M_NAME, M_STATUS) and row.dropped_out:
            lines = [
                self.tr("Dropped out on %1").replace("%1", format_date(row.dropout_date)),
                self.tr("Reason: %1").replace("%1", cohort_label(row.dropout_reason)),
            ]
            if row.dropout_note:
                lines.append(row.dropout_note)
            return "\n".join(lines)
        if column == M_LEAD and row.lead_name:
            return row.lead_name
        if column in (M_ATTENDANCE, M_LATE) and row.attendance is not None:
            figures = row.attendance
            text = self.tr(
                "%1 sessions held, %2 registered: %3 present, %4 late (%5 min), %6 absent, %7 sick"
            )
            values = (
                figures.sessions_held,
                figures.registered,
                figures.present,
                figures.late,
                figures.minutes_late,
                figures.absent,
                figures.sick,
            )
            for number, value in enumerate(values, start=1):
                text = text.replace(f"%{number}", str(value))
            return text
        if column == M_EXPIRY and (row.certificates_expired or row.certificates_expiring):
            return (
                self.tr("%n certificate(s) expired", "", row.certificates_expired)
                + ", "
                + self.tr("%n expiring soon", "", row.certificates_expiring)
            )
        if column == M_PRACTICE:
            return (
                self.tr("%n practice day(s)", "", row.practice_days)
                + ", "
                + self.tr("%n shadowing day(s)", "", row.shadowing_days)
            )
        return None

    def muted(self, row: MemberRow) -> bool:
        return row.dropped_out


def _expiry_text(row: MemberRow) -> str:
    """'1 verlopen · 2 binnenkort', or a dash when all is well."""
    parts = []
    if row.certificates_expired:
        parts.append(
            QCoreApplication.translate("CohortMembersModel", "%1 expired").replace(
                "%1", str(row.certificates_expired)
            )
        )
    if row.certificates_expiring:
        parts.append(
            QCoreApplication.translate("CohortMembersModel", "%1 soon").replace(
                "%1", str(row.certificates_expiring)
            )
        )
    return " · ".join(parts) or DASH
