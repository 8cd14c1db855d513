"""Skill observations: the weekly grid per cohort (participants x work skills, score 1-4 with
a short note), punctuality suggested from the week's attendance, and each skill's trend.

One observation per participant x skill x ISO week. The grid reads back "the latest
observation whose observed_on falls in that ISO week" (latest observed_on, then latest change),
so observations recorded on any day of the week show up, whoever recorded them.

Where a new observation is dated: on the cohort's latest non-cancelled session in that week that
is not after today (and linked to it through session_id, which keeps the module as context);
without such a session, on the Monday of the week. An existing observation of the week keeps
its date and session when its score or note changes. Clearing a cell tombstones the row;
scoring it again revives that row, so a cell never holds two rows.

The score scale is strengths-based: what someone already manages, see SCORE_MEANINGS."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkfit_desktop.domain import (
    Attendance,
    Cohort,
    Enrolment,
    Participant,
    Programme,
    SkillObservation,
    TrainingSession,
    utcnow,
)
from werkfit_desktop.domain.dates import iso_week_label
from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.domain.names import listed_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.punctuality import PunctualitySuggestion, suggest_punctuality
from werkfit_desktop.services.skill_trend import SkillTrend, SkillTrendLine, TrendPoint, skill_trend
from werkfit_desktop.services.skills import (
    SkillEdit,
    SkillInfo,
    is_punctuality,
    save_skill_list,
    skills,
    skills_in,
)
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

__all__ = [
    "SCORE_LABELS",
    "SCORE_MEANINGS",
    "CellValue",
    "CohortChoice",
    "GridCell",
    "GridParticipant",
    "PunctualitySuggestion",
    "SkillEdit",
    "SkillInfo",
    "SkillTrend",
    "SkillTrendLine",
    "TrendPoint",
    "WeekGrid",
    "cohort_choices",
    "confirm_punctuality",
    "default_week",
    "restore_scores",
    "save_skill_list",
    "set_score",
    "skill_trend",
    "skills",
    "week_bounds",
    "week_grid",
]

# The anchors of the scale (context "Observations"), short and as a tooltip sentence.
SCORE_LABELS = {
    1: QT_TRANSLATE_NOOP("Observations", "not yet"),
    2: QT_TRANSLATE_NOOP("Observations", "sometimes"),
    3: QT_TRANSLATE_NOOP("Observations", "mostly"),
    4: QT_TRANSLATE_NOOP("Observations", "independently"),
}
SCORE_MEANINGS = {
    1: QT_TRANSLATE_NOOP("Observations", "1 – not yet: does not manage this yet, even with help"),
    2: QT_TRANSLATE_NOOP("Observations", "2 – sometimes: manages this now and then, with help"),
    3: QT_TRANSLATE_NOOP("Observations", "3 – mostly: manages this most of the time, little help"),
    4: QT_TRANSLATE_NOOP("Observations", "4 – independently: manages this every time, no help"),
}


@dataclass(frozen=True)
class CohortChoice:
    """A cohort for the selector."""

    id: str
    code: str
    programme: str
    start_date: dt.date
    end_date: dt.date | None
    participants: int  # enrolled at any time

    def running_on(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


@dataclass(frozen=True)
class GridParticipant:
    id: str
    number: str
    name: str  # "Berg, Jan van den"


@dataclass(frozen=True)
class GridCell:
    score: int
    note: str | None
    observed_on: dt.date


@dataclass(frozen=True)
class CellValue:
    """What one cell holds (score None: empty); what undo writes back."""

    participant_id: str
    skill_id: str
    score: int | None
    note: str | None = None


@dataclass(frozen=True)
class WeekGrid:
    cohort_id: str
    week_year: int
    week: int
    monday: dt.date
    sunday: dt.date
    participants: tuple[GridParticipant, ...]  # enrolled that week, by surname without particle
    skills: tuple[SkillInfo, ...]  # the active skills in order
    cells: dict[tuple[str, str], GridCell]  # (participant_id, skill_id) -> cell
    held_sessions: int  # non-cancelled sessions of the cohort in the week
    punctuality_skill_id: str | None  # the active skill "Op tijd komen", if there is one
    punctuality_suggestions: dict[str, PunctualitySuggestion]  # participant_id -> suggestion

    def cell(self, participant_id: str, skill_id: str) -> GridCell | None:
        return self.cells.get((participant_id, skill_id))

    def value(self, participant_id: str, skill_id: str) -> CellValue:
        cell = self.cell(participant_id, skill_id)
        return CellValue(
            participant_id, skill_id, cell.score if cell else None, cell.note if cell else None
        )


def week_bounds(week_year: int, week: int) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of an ISO week (ValueError for a week that does not exist)."""
    monday = dt.date.fromisocalendar(week_year, week, 1)
    return monday, monday + dt.timedelta(days=6)


def cohort_choices(db: Database) -> list[CohortChoice]:
    """Every cohort with the number of participants ever enrolled, newest start first."""
    with db.read() as session:
        cohorts = session.execute(
            select(Cohort.id, Cohort.code, Programme.name, Cohort.start_date, Cohort.end_date)
            .join(Programme, Programme.id == Cohort.programme_id)
            .order_by(Cohort.start_date.desc(), Cohort.code)
        ).all()
        counts: dict[str, int] = {}
        for cohort_id in session.scalars(select(Enrolment.cohort_id)):
            counts[cohort_id] = counts.get(cohort_id, 0) + 1
    return [
        CohortChoice(c.id, c.code, c.name, c.start_date, c.end_date, counts.get(c.id, 0))
        for c in cohorts
    ]


def default_week(choice: CohortChoice, today: dt.date) -> tuple[int, int]:
    """This week while the cohort runs; its last week once finished; its first when planned."""
    if today < choice.start_date:
        return iso_week_label(choice.start_date)
    if choice.end_date is not None and today > choice.end_date:
        return iso_week_label(choice.end_date)
    return iso_week_label(today)


def _enrolled(session: Session, cohort_id: str, monday: dt.date, sunday: dt.date):
    rows = session.execute(
        select(
            Participant.id,
            Participant.participant_number,
            Participant.first_name,
            Participant.name_particle,
            Participant.last_name,
            Participant.sort_name,
            Enrolment.end_date,
            Enrolment.dropout_date,
        )
        .join(Enrolment, Enrolment.participant_id == Participant.id)
        .where(Enrolment.cohort_id == cohort_id, Enrolment.start_date <= sunday)
        .order_by(Participant.sort_name, Participant.participant_number)
    ).all()
    return [
        GridParticipant(
            r.id, r.participant_number, listed_name(r.first_name, r.name_particle, r.last_name)
        )
        for r in rows
        if (r.end_date is None or r.end_date >= monday)
        and (r.dropout_date is None or r.dropout_date >= monday)
    ]


def _week_cells(session: Session, ids: list[str], monday: dt.date, sunday: dt.date):
    cells: dict[tuple[str, str], GridCell] = {}
    if not ids:
        return cells
    rows = session.execute(
        select(
            SkillObservation.participant_id,
            SkillObservation.skill_id,
            SkillObservation.score,
            SkillObservation.note,
            SkillObservation.observed_on,
        )
        .where(
            SkillObservation.participant_id.in_(ids),
            SkillObservation.observed_on.between(monday, sunday),
        )
        .order_by(SkillObservation.observed_on, SkillObservation.updated_at)
    ).all()
    for r in rows:  # later rows win: the latest observation of the week
        cells[(r.participant_id, r.skill_id)] = GridCell(r.score, r.note, r.observed_on)
    return cells


def _suggestions(session: Session, cohort_id: str, ids: list[str], monday, sunday):
    counts: dict[str, list[tuple[AttendanceStatus, int | None]]] = {pid: [] for pid in ids}
    if ids:
        rows = session.execute(
            select(Attendance.participant_id, Attendance.status, Attendance.minutes_late)
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .where(
                TrainingSession.cohort_id == cohort_id,
                TrainingSession.date.between(monday, sunday),
                TrainingSession.cancelled.is_(False),
                Attendance.participant_id.in_(ids),
            )
        ).all()
        for r in rows:
            counts[r.participant_id].append((r.status, r.minutes_late))
    result = {}
    for pid, registered in counts.items():
        suggestion = suggest_punctuality(registered)
        if suggestion is not None:
            result[pid] = suggestion
    return result


def _held_sessions(session: Session, cohort_id: str, monday, sunday) -> list[tuple[str, dt.date]]:
    return [
        (r.id, r.date)
        for r in session.execute(
            select(TrainingSession.id, TrainingSession.date)
            .where(
                TrainingSession.cohort_id == cohort_id,
                TrainingSession.date.between(monday, sunday),
                TrainingSession.cancelled.is_(False),
            )
            .order_by(TrainingSession.date, TrainingSession.start_time)
        )
    ]


def week_grid(db: Database, cohort_id: str, week_year: int, week: int) -> WeekGrid:
    """The cohort's week: who was enrolled, the active skills, the scores and the suggestions."""
    with db.read() as session:
        return _grid(session, cohort_id, week_year, week)


def _grid(session: Session, cohort_id: str, week_year: int, week: int) -> WeekGrid:
    monday, sunday = week_bounds(week_year, week)
    active = tuple(skills_in(session))
    punctuality = next((s.id for s in active if is_punctuality(s.name)), None)
    people = _enrolled(session, cohort_id, monday, sunday)
    ids = [p.id for p in people]
    active_ids = {s.id for s in active}
    cells = {
        key: cell
        for key, cell in _week_cells(session, ids, monday, sunday).items()
        if key[1] in active_ids
    }
    suggestions = _suggestions(session, cohort_id, ids, monday, sunday) if punctuality else {}
    return WeekGrid(
        cohort_id=cohort_id,
        week_year=week_year,
        week=week,
        monday=monday,
        sunday=sunday,
        participants=tuple(people),
        skills=active,
        cells=cells,
        held_sessions=len(_held_sessions(session, cohort_id, monday, sunday)),
        punctuality_skill_id=punctuality,
        punctuality_suggestions=suggestions,
    )


# writing --------------------------------------------------------------------------------
def _check(score: int | None, note: str | None) -> str | None:
    """The cleaned note; ValidationFailed (nothing saved) for a bad score or a lone note."""
    note = (note or "").strip() or None
    if score is not None and (isinstance(score, bool) or score not in (1, 2, 3, 4)):
        raise ValidationFailed(
            [
                FieldError(
                    "score",
                    QT_TRANSLATE_NOOP(
                        "Validation", "A score is a whole number from 1 to 4; {value} is not."
                    ),
                    {"value": score},
                )
            ]
        )
    if score is None and note is not None:
        raise ValidationFailed(
            [
                FieldError(
                    "note",
                    QT_TRANSLATE_NOOP(
                        "Validation", "A note belongs to a score: give a score from 1 to 4 first."
                    ),
                )
            ]
        )
    return note


def _anchor(session: Session, cohort_id: str, monday: dt.date, today: dt.date):
    """(observed_on, session_id) for a new observation in the week starting on `monday`."""
    sunday = monday + dt.timedelta(days=6)
    held = [s for s in _held_sessions(session, cohort_id, monday, sunday) if s[1] <= today]
    if held:
        session_id, day = held[-1]
        return day, session_id
    return monday, None


def _write_cell(
    session: Session,
    value: CellValue,
    monday: dt.date,
    anchor,
    observer_id: str | None,
) -> bool:
    """Upsert one cell; True when something changed."""
    sunday = monday + dt.timedelta(days=6)
    rows = session.scalars(
        select(SkillObservation)
        .where(
            SkillObservation.participant_id == value.participant_id,
            SkillObservation.skill_id == value.skill_id,
            SkillObservation.observed_on.between(monday, sunday),
        )
        .order_by(SkillObservation.observed_on.desc(), SkillObservation.updated_at.desc())
        .execution_options(include_deleted=True)
    ).all()
    live = [r for r in rows if r.deleted_at is None]
    now = utcnow()
    if value.score is None:
        for row in live:
            row.deleted_at = now
        return bool(live)
    target = live[0] if live else (rows[0] if rows else None)
    changed = False
    if target is None:
        observed_on, session_id = anchor()
        session.add(
            SkillObservation(
                participant_id=value.participant_id,
                skill_id=value.skill_id,
                observed_on=observed_on,
                session_id=session_id,
                score=value.score,
                note=value.note,
                observer_id=observer_id,
            )
        )
        changed = True
    elif target.deleted_at is not None or (target.score, target.note) != (value.score, value.note):
        target.deleted_at = None
        target.score, target.note = value.score, value.note
        if observer_id is not None:
            target.observer_id = observer_id
        changed = True
    for row in live:
        if row is not target:  # e.g. two laptops scored the same week: the latest stays
            row.deleted_at = now
            changed = True
    return changed


def _apply(
    session: Session,
    cohort_id: str,
    monday: dt.date,
    values: Iterable[CellValue],
    observer_id: str | None,
    today: dt.date | None,
) -> frozenset[str]:
    """Write cells inside an open transaction; the participants whose cells changed."""
    values = [
        CellValue(v.participant_id, v.skill_id, v.score, _check(v.score, v.note)) for v in values
    ]
    today = today or dt.date.today()
    found: list = []

    def anchor():
        if not found:
            found.append(_anchor(session, cohort_id, monday, today))
        return found[0]

    return frozenset(
        value.participant_id
        for value in [v for v in values if _write_cell(session, v, monday, anchor, observer_id)]
    )


def _write_values(db, cohort_id, week_year, week, values, observer_id, today) -> Changes:
    monday, _sunday = week_bounds(week_year, week)
    values = list(values)
    for value in values:  # validate everything before the transaction starts
        _check(value.score, value.note)
    with db.write() as session:
        touched = _apply(session, cohort_id, monday, values, observer_id, today)
    return Changes(observations=touched)


def set_score(
    db: Database,
    cohort_id: str,
    participant_id: str,
    skill_id: str,
    week_year: int,
    week: int,
    score: int | None,
    note: str | None,
    observer_id: str | None = None,
    today: dt.date | None = None,
) -> Changes:
    """Set one cell of the week in one transaction: score 1-4 with an optional note; score
    None and no note clears it. ValidationFailed (nothing saved) for anything else."""
    value = CellValue(participant_id, skill_id, score, note)
    return _write_values(db, cohort_id, week_year, week, [value], observer_id, today)


def restore_scores(
    db: Database,
    cohort_id: str,
    week_year: int,
    week: int,
    values: Iterable[CellValue],
    observer_id: str | None = None,
    today: dt.date | None = None,
) -> Changes:
    """Write several cells back in one transaction (undo and redo of a confirmation)."""
    return _write_values(db, cohort_id, week_year, week, values, observer_id, today)


def confirm_punctuality(
    db: Database,
    cohort_id: str,
    week_year: int,
    week: int,
    participant_ids: Iterable[str],
    observer_id: str | None = None,
    today: dt.date | None = None,
) -> tuple[list[CellValue], Changes]:
    """Take over the suggested punctuality score for these participants (those without a
    suggestion are skipped; an existing note stays), in one transaction. Returns the previous
    values of the cells it wrote, for restore_scores."""
    monday, _sunday = week_bounds(week_year, week)
    with db.write() as session:
        grid = _grid(session, cohort_id, week_year, week)
        skill_id = grid.punctuality_skill_id
        if skill_id is None:
            raise ValidationFailed(
                [
                    FieldError(
                        "skill",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The skill list has no active skill 'Op tijd komen' to fill in.",
                        ),
                    )
                ]
            )
        previous: list[CellValue] = []
        new: list[CellValue] = []
        for pid in dict.fromkeys(participant_ids):
            suggestion = grid.punctuality_suggestions.get(pid)
            before = grid.value(pid, skill_id)
            if suggestion is None or before.score == suggestion.score:
                continue
            previous.append(before)
            new.append(CellValue(pid, skill_id, suggestion.score, before.note))
        touched = _apply(session, cohort_id, monday, new, observer_id, today)
    return previous, Changes(observations=touched)
