"""The app's lists as tables to export (services/exporting/tables.py): the columns the table
models show, with the same (translated) headers in the same order, and the values typed:
dates as dates, percentages and counts as numbers, the rest as the text on screen. Where
the screen shows a dash for "nothing yet", the export has an empty cell."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from werkfit_desktop.services.caseload import CaseloadRow
from werkfit_desktop.services.certificate_overview import OverviewLine
from werkfit_desktop.services.certificates import CertificateRow
from werkfit_desktop.services.cohorts import MemberRow
from werkfit_desktop.services.exporting.tables import Column, ColumnKind, Table
from werkfit_desktop.services.participants import ParticipantRow
from werkfit_desktop.ui.item_models.caseload import (
    COL_LAST,
    COL_NEXT,
    COLUMN_COUNT,
    CaseloadModel,
)
from werkfit_desktop.ui.item_models.certificates import CertificateTableModel
from werkfit_desktop.ui.item_models.cohorts import (
    DASH,
    M_ATTENDANCE,
    M_LATE,
    M_PRACTICE,
    CohortMembersModel,
)
from werkfit_desktop.ui.item_models.participants import ParticipantTableModel

_TEXT, _DATE = ColumnKind.TEXT, ColumnKind.DATE


def _columns(headers: Sequence[str], kinds: dict[int, ColumnKind]) -> list[Column]:
    return [Column(h, kinds.get(n, _TEXT)) for n, h in enumerate(headers)]


def _text(value: str | None) -> str | None:
    return None if value in (None, "", DASH) else value


def participants_table(
    model: ParticipantTableModel, rows: list[ParticipantRow], title: str
) -> Table:
    """The participant list: these rows (all that match the search), sorted as shown."""
    columns = _columns(model.headers(), {2: _DATE})
    values = [
        (r.number, r.name, r.date_of_birth, _text(r.municipality), _text(r.language_level))
        for r in model.sorted_like_view(rows)
    ]
    return Table(title, columns, values)


def cohort_members_table(model: CohortMembersModel, title: str) -> Table:
    """The participants of a cohort, as the cohort page's table shows them."""
    kinds = {
        M_ATTENDANCE: ColumnKind.PERCENT,
        M_LATE: ColumnKind.INTEGER,
        M_PRACTICE: ColumnKind.INTEGER,
    }
    headers = model.headers()

    def value(row: MemberRow, column: int):
        if column == M_ATTENDANCE:
            return row.attendance_pct
        if column == M_LATE:
            return None if row.attendance_pct is None and not row.times_late else row.times_late
        if column == M_PRACTICE:
            return row.practice_days
        return _text(model.display(row, column))

    rows = [tuple(value(r, c) for c in range(len(headers))) for r in model.rows()]
    return Table(title, _columns(headers, kinds), rows)


def certificates_table(
    model: CertificateTableModel, rows: Sequence[CertificateRow | OverviewLine], title: str
) -> Table:
    """The certificates overview: these rows (in the order the view shows them). A missing
    date keeps the words the view shows ("geen einddatum"); the hand-entered mark (*) is
    left off the date."""
    keys = model.column_keys()
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(keys))]
    kinds = {n: _DATE for n, key in enumerate(keys) if key in ("exam_date", "valid_until")}

    def value(row: CertificateRow | OverviewLine, key: str):
        if key in ("exam_date", "valid_until") and getattr(row, key) is not None:
            return getattr(row, key)
        return _text(model.text(row, key))

    values = [tuple(value(r, key) for key in keys) for r in rows]
    return Table(title, _columns(headers, kinds), values)


def caseload_table(model: CaseloadModel, title: str) -> Table:
    """The caseload, every column (the view leaves out those it hides: see as_shown)."""
    dates = {COL_NEXT: "next_due", COL_LAST: "last_contact"}

    def value(number: int, row: CaseloadRow, column: int):
        if column in dates:
            return getattr(row, dates[column])
        return _text(model.index(number, column).data())

    values = [
        tuple(value(n, r, c) for c in range(COLUMN_COUNT)) for n, r in enumerate(model.rows())
    ]
    return Table(title, _columns(model.headers(), dict.fromkeys(dates, _DATE)), values)
