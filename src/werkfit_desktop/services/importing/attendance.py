"""Importing an attendance grid for one cohort: a row per participant, a column per session
date ('10-02-2026', optionally with the times '10-02-2026 09:00-12:30'), a code per cell.

Codes: A present, L or L15 late (minutes), M absent with notice, Z sick, O absent without
notice; an empty cell registers nothing (and leaves an existing mark alone). Sessions that do
not exist yet are created in the chosen module of the cohort's programme. The attendance
rules of the register apply (services.attendance): no marks for a cancelled session, only
for participants enrolled on the date, minutes late 1..480."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from werkfit_desktop.domain import (
    Attendance,
    Cohort,
    Enrolment,
    Module,
    Participant,
    TrainingSession,
    new_id,
)
from werkfit_desktop.domain.dates import format_date, parse_date
from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import attendance as register
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.importing import common
from werkfit_desktop.services.importing.columns import header_key, report_progress
from werkfit_desktop.services.importing.preview import (
    ImportKind,
    ImportMode,
    ImportResult,
    Preview,
    Problem,
)
from werkfit_desktop.services.importing.reading import Table, UnreadableFile, read_table
from werkfit_desktop.services.importing.vocabulary import CODE_OF, attendance_mark
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

PARTICIPANT_HEADERS = {header_key(h) for h in ("deelnemer", "participant", "deelnemernummer")}
PARTICIPANT_HEADERS |= {header_key(h) for h in ("naam", "name", "nummer")}
_DAY = r"(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{1,2}-\d{1,2})"
_SESSION_HEADER = re.compile(
    rf"^{_DAY}(?:\s+(\d{{1,2}})[:.](\d{{2}})\s*(?:-|tot)\s*(\d{{1,2}})[:.](\d{{2}}))?$"
)


@dataclass(frozen=True)
class SessionColumn:
    index: int
    header: str
    date: dt.date
    start: dt.time | None
    end: dt.time | None
    session_id: str | None  # None: to be created
    cancelled: bool = False


@dataclass(frozen=True)
class PlannedMark:
    row: int
    column: int  # index of the SessionColumn
    participant_id: str
    status: AttendanceStatus
    minutes_late: int | None
    existing: bool  # an existing mark changes


@dataclass
class Plan:
    cohort_id: str
    module_id: str | None
    columns: list[SessionColumn]
    marks: list[PlannedMark]


def is_session_header(text: str) -> bool:
    return bool(_SESSION_HEADER.match(" ".join(text.split())))


def looks_like_grid(headers: list[str]) -> bool:
    return (
        bool(headers)
        and header_key(headers[0]) in PARTICIPANT_HEADERS
        and any(is_session_header(h) for h in headers[1:])
    )


def _failed(path: Path, problems: list[Problem], unknown=()) -> Preview:
    return Preview(ImportKind.ATTENDANCE, path, problems=problems, unknown_columns=list(unknown))


def _file_problem(text: str, column: str | None = None, **values) -> Problem:
    return Problem(None, column, text, values)


def preview(db: Database, path, cohort_code: str | None, module: str | None = None, progress=None):
    """Read and check the grid; writes nothing."""
    path = Path(path)
    try:
        table = read_table(path)
    except UnreadableFile as unreadable:
        return _failed(path, [unreadable.problem])
    if not (cohort_code or "").strip():
        return _failed(
            path,
            [
                _file_problem(
                    QT_TRANSLATE_NOOP(
                        "Import", "Choose the cohort this attendance grid belongs to."
                    )
                )
            ],
        )
    if not table.headers or header_key(table.headers[0]) not in PARTICIPANT_HEADERS:
        return _failed(
            path,
            [
                _file_problem(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The first column must be 'deelnemer' (participant number or full "
                        "name), followed by a column per session date (dd-mm-jjjj).",
                    )
                )
            ],
        )
    with db.read() as session:
        return _check(session, path, table, cohort_code.strip(), module, progress)


def _check(session, path: Path, table: Table, code: str, module: str | None, progress):
    cohort = next((c for c in session.scalars(select(Cohort)) if fold(c.code) == fold(code)), None)
    if cohort is None:
        return _failed(
            path,
            [
                _file_problem(
                    QT_TRANSLATE_NOOP("Import", "There is no cohort with the code '{value}'."),
                    value=code,
                )
            ],
        )
    result = Preview(ImportKind.ATTENDANCE, path, rows=len(table.rows))
    columns = _session_columns(session, table, cohort, result)
    if not result.problems and not columns:
        result.problems.append(
            _file_problem(
                QT_TRANSLATE_NOOP(
                    "Import", "The file has no session columns (a date dd-mm-jjjj as header)."
                )
            )
        )
    module_id = None
    if any(c.session_id is None for c in columns):
        module_id = _module(session, cohort, module, result)
    if result.problems:
        return result
    people = _enrolled_people(session, cohort.id)
    existing = _existing_marks(session, [c.session_id for c in columns if c.session_id])
    marks: list[PlannedMark] = []
    seen: dict[str, int] = {}
    total = len(table.rows)
    for done, (row, cells) in enumerate(table.rows, 1):
        marks += _check_row(table, row, cells, columns, people, existing, seen, result)
        report_progress(progress, done, total, translate("Import", "Checking rows"))
    for c in columns:
        if c.session_id is None:
            result.creates.append(
                translate("Import", "new session {date} (module {module})").format(
                    date=_when(c), module=_module_name(session, module_id)
                )
            )
    result.counts = {
        "sessions created": sum(1 for c in columns if c.session_id is None),
        "marks created": sum(1 for m in marks if not m.existing),
        "marks updated": sum(1 for m in marks if m.existing),
    }
    result.payload = Plan(cohort.id, module_id, columns, marks)
    return result


def _when(c: SessionColumn) -> str:
    if c.start and c.end:
        return f"{format_date(c.date)} {c.start:%H:%M}-{c.end:%H:%M}"
    return format_date(c.date)


def _module_name(session, module_id: str | None) -> str:
    return session.get_one(Module, module_id).name if module_id else ""


def _session_columns(session, table: Table, cohort: Cohort, result: Preview) -> list[SessionColumn]:
    held = session.execute(
        select(
            TrainingSession.id,
            TrainingSession.date,
            TrainingSession.start_time,
            TrainingSession.end_time,
            TrainingSession.cancelled,
        ).where(TrainingSession.cohort_id == cohort.id)
    ).all()
    columns: list[SessionColumn] = []
    used: dict[object, str] = {}
    for index, header in enumerate(table.headers[1:], 1):
        match = _SESSION_HEADER.match(" ".join(header.split()))
        if not match:
            if header:
                result.unknown_columns.append(header)
            continue
        try:
            day = parse_date(match.group(1))
            start = end = None
            if match.group(2):
                start = dt.time(int(match.group(2)), int(match.group(3)))
                end = dt.time(int(match.group(4)), int(match.group(5)))
        except ValueError:
            result.problems.append(
                _file_problem(
                    QT_TRANSLATE_NOOP("Import", "'{value}' is not a date or time that exists."),
                    header,
                    value=header,
                )
            )
            continue
        if start and end and end <= start:
            result.problems.append(
                _file_problem(
                    QT_TRANSLATE_NOOP("Import", "The session ends before it starts: {value}."),
                    header,
                    value=header,
                )
            )
            continue
        same_day = [s for s in held if s.date == day]
        if start is not None:
            same_day = [s for s in same_day if s.start_time == start]
        if len(same_day) > 1:
            result.problems.append(
                _file_problem(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The cohort has several sessions on {date}; add the times to the "
                        "header, e.g. '{date} 09:00-12:30'.",
                    ),
                    header,
                    date=format_date(day),
                )
            )
            continue
        found = same_day[0] if same_day else None
        key = found.id if found else (day, start)
        if key in used:
            result.problems.append(
                _file_problem(
                    QT_TRANSLATE_NOOP(
                        "Import", "The columns '{first}' and '{value}' are the same session."
                    ),
                    header,
                    first=used[key],
                    value=header,
                )
            )
            continue
        used[key] = header
        columns.append(
            SessionColumn(
                index,
                header,
                day,
                found.start_time if found else start,
                found.end_time if found else end,
                found.id if found else None,
                bool(found.cancelled) if found else False,
            )
        )
    return columns


def _module(session, cohort: Cohort, wanted: str | None, result: Preview) -> str | None:
    modules = session.execute(
        select(Module.id, Module.name)
        .where(Module.programme_id == cohort.programme_id)
        .order_by(Module.position)
    ).all()
    names = ", ".join(m.name for m in modules)
    if wanted:
        found = [
            m for m in modules if m.id == wanted.strip() or fold(m.name) == fold(wanted.strip())
        ]
        if len(found) == 1:
            return found[0].id
        result.problems.append(
            _file_problem(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The programme of this cohort has no module '{value}'; choose one of: "
                    "{modules}.",
                ),
                value=wanted,
                modules=names,
            )
        )
        return None
    if len(modules) == 1:
        return modules[0].id
    result.problems.append(
        _file_problem(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file has sessions that do not exist yet; choose the module to create them "
                "in: {modules}.",
            ),
            modules=names or "-",
        )
    )
    return None


@dataclass
class _People:
    directory: common.Directory
    spans: dict[str, list[tuple]]  # participant id -> [(start, end, dropout)]

    def enrolled_on(self, pid: str, day: dt.date) -> bool:
        """As services.attendance_stats.enrolled_on: from start to end, until dropout."""
        return any(
            start <= day and (end is None or end >= day) and (dropout is None or dropout > day)
            for start, end, dropout in self.spans.get(pid, ())
        )


def _enrolled_people(session, cohort_id: str) -> _People:
    rows = session.execute(
        select(
            Participant.id,
            Participant.participant_number,
            Participant.first_name,
            Participant.name_particle,
            Participant.last_name,
            Enrolment.start_date,
            Enrolment.end_date,
            Enrolment.dropout_date,
        )
        .join(Enrolment, Enrolment.participant_id == Participant.id)
        .where(Enrolment.cohort_id == cohort_id, Enrolment.deleted_at.is_(None))
    ).all()
    spans: dict[str, list[tuple]] = {}
    for r in rows:
        spans.setdefault(r.id, []).append((r.start_date, r.end_date, r.dropout_date))
    return _People(common.directory_of(rows), spans)


def _existing_marks(session, session_ids: list[str]) -> dict[tuple[str, str], tuple]:
    if not session_ids:
        return {}
    return {
        (r.session_id, r.participant_id): (r.status, r.minutes_late)
        for r in session.execute(
            select(
                Attendance.session_id,
                Attendance.participant_id,
                Attendance.status,
                Attendance.minutes_late,
            ).where(Attendance.session_id.in_(session_ids))
        )
    }


def _check_row(table, row, cells, columns, people: _People, existing, seen, result):
    first = table.headers[0]

    def problem(column: str | None, text: str, **values) -> None:
        result.problems.append(Problem(row, column, text, values))

    who = cells[0]
    if who is None:
        problem(first, QT_TRANSLATE_NOOP("Import", "Give the participant (number or full name)."))
        return []
    who = str(who)
    pid, error = people.directory.find(who)
    if pid is None:
        problem(first, error, value=who)
        return []
    if pid in seen:
        problem(
            first,
            QT_TRANSLATE_NOOP("Import", "{value} is in the file twice (also row {row})."),
            value=who,
            row=seen[pid],
        )
        return []
    seen[pid] = row
    marks, before = [], len(result.problems)
    for position, column in enumerate(columns):
        cell = cells[column.index]
        if cell is None:
            continue
        parsed = attendance_mark(str(cell))
        if parsed is None:
            problem(
                column.header,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "'{value}' is not an attendance code; use A, L (or L15 for 15 minutes "
                    "late), M, Z or O.",
                ),
                value=cell,
            )
            continue
        status, minutes = parsed
        if minutes is not None and not 1 <= minutes <= register.MAX_MINUTES_LATE:
            problem(
                column.header,
                QT_TRANSLATE_NOOP(
                    "Validation", "Minutes late must be between 1 and {max}; {value} is not."
                ),
                max=register.MAX_MINUTES_LATE,
                value=minutes,
            )
            result.problems[-1] = _as_validation(result.problems[-1])
            continue
        if column.cancelled:
            problem(
                column.header,
                QT_TRANSLATE_NOOP(
                    "Import", "The session of {date} was cancelled; it cannot have marks."
                ),
                date=format_date(column.date),
            )
            continue
        if not people.enrolled_on(pid, column.date):
            problem(
                column.header,
                QT_TRANSLATE_NOOP("Validation", "{name} is not enrolled in this cohort on {date}."),
                name=people.directory.names[pid],
                date=format_date(column.date),
            )
            result.problems[-1] = _as_validation(result.problems[-1])
            continue
        old = existing.get((column.session_id, pid)) if column.session_id else None
        if old == (status, minutes):
            result.skips.append(_line(row, people, pid, column, cell, "unchanged"))
            continue
        marks.append(PlannedMark(row, position, pid, status, minutes, old is not None))
    if len(result.problems) > before:
        return []
    for mark in marks:
        lines = result.updates if mark.existing else result.creates
        code = CODE_OF[mark.status] + (str(mark.minutes_late) if mark.minutes_late else "")
        lines.append(_line(row, people, pid, columns[mark.column], code, ""))
    return marks


def _as_validation(problem: Problem) -> Problem:
    return Problem(
        problem.row,
        problem.column,
        problem.source_text,
        problem.values,
        problem.sheet,
        context="Validation",
    )


def _line(row, people: _People, pid: str, column: SessionColumn, code, note: str) -> str:
    text = translate("Import", "row {row}: {name}, {date}: {code}").format(
        row=row, name=people.directory.names[pid], date=_when(column), code=code
    )
    return text + (" " + translate("Import", "(unchanged)") if note else "")


# ---------------------------------------------------------------- apply


def apply(db: Database, preview: Preview, mode: ImportMode, progress=None) -> ImportResult:
    """Create the missing sessions and write the marks in ONE transaction; ImportRefused
    (nothing written) when the preview may not be applied in this mode."""
    common.check_may_apply(preview, mode)
    plan: Plan = preview.payload
    bad = {row for _sheet, row in preview.bad_rows}
    marks = [m for m in plan.marks if m.row not in bad]
    created_sessions: set[str] = set()
    try:
        with db.write() as session:
            cohort = session.get_one(Cohort, plan.cohort_id)
            ids: dict[int, str] = {}
            for position, column in enumerate(plan.columns):
                if column.session_id is not None:
                    ids[position] = column.session_id
                    continue
                row = TrainingSession(
                    id=new_id(),
                    cohort_id=cohort.id,
                    module_id=plan.module_id,
                    date=column.date,
                    start_time=column.start,
                    end_time=column.end,
                    location=cohort.location,
                    cancelled=False,
                )
                session.add(row)
                ids[position] = row.id
                created_sessions.add(row.id)
            session.flush()
            stored = _stored_marks(session, set(ids.values()), {m.participant_id for m in marks})
            total = len(marks)
            for done, mark in enumerate(marks, 1):
                session_id = ids[mark.column]
                column = plan.columns[mark.column]
                old = stored.get((session_id, mark.participant_id))
                facts = register._SessionFacts(session_id, cohort.id, column.date, False)
                note = old.note if old is not None and old.deleted_at is None else None
                new = register.Mark(mark.participant_id, mark.status, mark.minutes_late, note)
                register._write(session, facts, new, old)
                report_progress(progress, done, total, translate("Import", "Importing rows"))
    except SQLAlchemyError as exc:
        raise common.changed_since_preview(exc) from exc
    touched_sessions = {ids[m.column] for m in marks} | created_sessions
    updated = sum(1 for m in marks if m.existing)
    return ImportResult(
        created=len(marks) - updated,
        updated=updated,
        skipped=len(bad) + len(preview.skips),
        changes=Changes(
            sessions=frozenset(created_sessions),
            attendance=frozenset(touched_sessions),
            participants=frozenset(m.participant_id for m in marks),
            cohorts=frozenset({plan.cohort_id}) if created_sessions else frozenset(),
        ),
    )


def _stored_marks(session, session_ids: set[str], participant_ids: set[str]):
    if not session_ids or not participant_ids:
        return {}
    rows = session.scalars(
        select(Attendance)
        .where(Attendance.session_id.in_(sorted(session_ids)))
        .execution_options(include_deleted=True)
    ).all()
    return {
        (r.session_id, r.participant_id): r for r in rows if r.participant_id in participant_ids
    }
