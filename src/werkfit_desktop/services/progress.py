"""The figures of a participant's progress sheet (voortgangsrapportage) — the one source
for the PDF and the screen.

Built only from the other services, never recomputed: attendance from attendance_stats,
the skill trend from skill_trend, certificates (with their state) from certificates,
practice days from placement_days, goals from development_plan, outcomes from outcomes,
coaching notes from coaching (private notes and drafts are left out here, so no caller can
print them), phases from phases. Only the Participatieladder has no service yet: its rungs
are read here.

A period ('from–to'): attendance is counted up to the end of the period (attendance_stats
counts from the enrolment's start); dated lists (observation weeks, practice days, notes,
certificates by exam date) are limited to the period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkfit_desktop.domain import (
    Cohort,
    Enrolment,
    Module,
    Organisation,
    Participant,
    Programme,
)
from werkfit_desktop.domain.certificate_state import DEFAULT_EXPIRY_WINDOW_DAYS
from werkfit_desktop.domain.participant import LadderAssessment
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports import progress_sheet as sheet
from werkfit_desktop.services import (
    attendance_stats,
    certificates,
    coaching,
    development_plan,
    outcomes,
    phases,
    placement_days,
    skill_trend,
)
from werkfit_desktop.services.participants import get_participant
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Period:
    start: dt.date | None = None
    end: dt.date | None = None

    def contains(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ModuleAttendance:
    module_id: str
    module_name: str
    figures: attendance_stats.AttendanceFigures


@dataclass(frozen=True)
class LadderRung:
    assessed_on: dt.date
    rung: int
    note: str | None


@dataclass(frozen=True)
class ProgressFigures:
    participant_id: str
    number: str
    name: str  # "Jan van den Berg"
    date_of_birth: dt.date | None
    language_level: str | None
    enrolment_id: str | None
    cohort_id: str | None
    cohort_code: str | None
    programme: str | None
    enrolment_start: dt.date | None
    enrolment_end: dt.date | None
    organisation: str
    logo_png: bytes | None
    phase: phases.PeriodRow | None  # the current phase with its lead
    phase_history: tuple[phases.PeriodRow, ...]
    modules: tuple[ModuleAttendance, ...]
    attendance_total: attendance_stats.AttendanceFigures  # the participant's cohort row
    trend: skill_trend.SkillTrend
    certificates: tuple[certificates.CertificateRow, ...]
    placement_days: tuple[placement_days.DayRow, ...]
    plan: development_plan.Plan
    outcomes: tuple[outcomes.OutcomeDetails, ...]
    notes: tuple[coaching.NoteRow, ...]  # never private, never drafts
    ladder_intake: LadderRung | None
    ladder_now: LadderRung | None
    period: Period = field(default_factory=Period)
    today: dt.date = field(default_factory=dt.date.today)


def find_participant(db: Database, number_or_id: str) -> str:
    """The participant id for a participant number (D-000123) or id; ValidationFailed else."""
    text = number_or_id.strip()
    with db.read() as session:
        found = session.scalar(
            select(Participant.id).where(
                (Participant.participant_number == text) | (Participant.id == text)
            )
        )
    if found is None:
        raise ValidationFailed(
            [
                FieldError(
                    "participant",
                    QT_TRANSLATE_NOOP("Validation", "There is no participant {number}."),
                    {"number": text},
                )
            ]
        )
    return found


def _enrolment(session, participant_id: str, cohort_id: str | None):
    """The latest enrolment (or the one in `cohort_id`) with its cohort, the cohort's
    organisation (name, logo) and programme name, in one query of columns; None when the
    participant has no enrolment (there)."""
    query = (
        select(
            Enrolment.id,
            Enrolment.start_date,
            Enrolment.end_date,
            Cohort.id.label("cohort_id"),
            Cohort.code,
            Cohort.programme_id,
            Organisation.name.label("organisation"),
            Organisation.logo_png,
            Programme.name.label("programme"),
        )
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .outerjoin(Organisation, Organisation.id == Cohort.organisation_id)
        .outerjoin(Programme, Programme.id == Cohort.programme_id)
        .where(Enrolment.participant_id == participant_id)
    )
    if cohort_id is not None:
        query = query.where(Enrolment.cohort_id == cohort_id)
    return session.execute(query.order_by(Enrolment.start_date.desc()).limit(1)).first()


def _ladder(session, participant_id: str) -> tuple[LadderRung | None, LadderRung | None]:
    rows = session.execute(
        select(LadderAssessment.assessed_on, LadderAssessment.rung, LadderAssessment.note)
        .where(LadderAssessment.participant_id == participant_id)
        .order_by(LadderAssessment.assessed_on, LadderAssessment.id)
    ).all()
    rungs = [LadderRung(r.assessed_on, r.rung, r.note) for r in rows]
    return (rungs[0], rungs[-1]) if rungs else (None, None)


def _person(session, db: Database, participant_id: str):
    """The participant's number, name, date of birth and language level: only those
    columns (the sheet needs nothing more of the person). An unknown id raises as
    get_participant does."""
    row = session.execute(
        select(
            Participant.participant_number,
            Participant.first_name,
            Participant.name_particle,
            Participant.last_name,
            Participant.date_of_birth,
            Participant.language_level,
        ).where(Participant.id == participant_id)
    ).first()
    if row is None:
        get_participant(db, participant_id)  # raises the service's own error
        raise LookupError(participant_id)
    return row


def _week_in(week: skill_trend.Week, period: Period) -> bool:
    monday = dt.date.fromisocalendar(week[0], week[1], 1)
    return period.contains(monday) or period.contains(monday + dt.timedelta(days=6))


class _Snapshot:
    """A Database stand-in for the services progress_figures asks: every `read()` is the
    same open session, so the figures come from one snapshot (one BEGIN) instead of a
    transaction per service. Only reads: the services called here never write."""

    def __init__(self, db: Database, session: Session) -> None:
        self.engine = db.engine
        self.path = db.path
        self._session = session

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session

    def scalar(self, statement):
        return self._session.scalar(statement)


def _any_organisation(session) -> tuple[str, bytes | None]:
    """(name, logo) of an organisation, for a participant without an enrolment."""
    row = session.execute(select(Organisation.name, Organisation.logo_png).limit(1)).first()
    return (row.name, row.logo_png) if row else ("", None)


def _module_attendance(
    session, cohort_id: str, programme_id: str, participant_id: str, as_of: dt.date
) -> tuple[tuple[ModuleAttendance, ...], attendance_stats.AttendanceFigures]:
    """Per module of the programme (in order; zeros when nothing was held yet), then the
    modules no longer in it that had sessions, and the total: the sum over all of them,
    which is the participant's row of attendance_stats.participant_figures."""
    names = dict(
        session.execute(
            select(Module.id, Module.name)
            .where(Module.programme_id == programme_id, Module.deleted_at.is_(None))
            .order_by(Module.position)
        ).all()
    )
    held = attendance_stats.held_per_module(session, cohort_id, participant_id, as_of)
    per_module = {module_id: attendance_stats.ZERO for module_id in names}
    per_module.update(held)
    modules = tuple(ModuleAttendance(mid, names.get(mid, ""), f) for mid, f in per_module.items())
    return modules, sum(held.values(), attendance_stats.ZERO)


def progress_figures(
    db: Database,
    participant_id: str,
    cohort_id: str | None = None,
    period: Period | None = None,
    today: dt.date | None = None,
) -> ProgressFigures:
    """Everything the sheet and the progress tab show, for the participant's latest
    enrolment (or the one in `cohort_id`). One read session for all of it."""
    today = today or dt.date.today()
    period = period or Period()
    with db.read() as session:
        return _progress_figures(_Snapshot(db, session), participant_id, cohort_id, period, today)


def _progress_figures(
    snapshot: _Snapshot,
    participant_id: str,
    cohort_id: str | None,
    period: Period,
    today: dt.date,
) -> ProgressFigures:
    as_of = min(today, period.end) if period.end else today
    session = snapshot._session
    db = cast(Database, snapshot)  # the services only read through it
    data = _person(session, db, participant_id)
    enrolment = _enrolment(session, participant_id, cohort_id)
    if enrolment is not None:
        org_name, logo = enrolment.organisation or "", enrolment.logo_png
        programme, cohort_code = enrolment.programme, enrolment.code
    else:
        (org_name, logo), programme, cohort_code = _any_organisation(session), None, None
    ladder_intake, ladder_now = _ladder(session, participant_id)
    enrolment_id = enrolment.id if enrolment else None
    start = enrolment.start_date if enrolment else None
    end = enrolment.end_date if enrolment else None
    modules: tuple[ModuleAttendance, ...] = ()
    total = attendance_stats.ZERO
    history: tuple[phases.PeriodRow, ...] = ()
    if enrolment is not None:
        modules, total = _module_attendance(
            session, enrolment.cohort_id, enrolment.programme_id, participant_id, as_of
        )
        history = tuple(phases.phase_history(db, enrolment_id, today))
    trend = skill_trend.skill_trend(db, participant_id)
    if period.start or period.end:
        weeks = tuple(w for w in trend.weeks if _week_in(w, period))
        trend = skill_trend.SkillTrend(trend.participant_id, weeks, trend.lines)
    certs = certificates.participant_certificates(
        db, participant_id, today, DEFAULT_EXPIRY_WINDOW_DAYS
    )
    days = placement_days.days_for_participant(db, participant_id)
    plan = development_plan.get_plan(db, participant_id)
    results = tuple(
        o
        for e in outcomes.outcomes_for_participant(db, participant_id)
        for o in e.outcomes
        if enrolment_id is None or e.enrolment_id == enrolment_id
    )
    notes = tuple(
        n
        for n in coaching.notes_for_participant(db, participant_id, None)
        if not n.data.private and not n.draft and period.contains(n.data.contact_at.date())
    )
    name = " ".join(p for p in (data.first_name, data.name_particle, data.last_name) if p)
    return ProgressFigures(
        participant_id=participant_id,
        number=data.participant_number,
        name=name,
        date_of_birth=data.date_of_birth,
        language_level=str(data.language_level) if data.language_level else None,
        enrolment_id=enrolment_id,
        cohort_id=enrolment.cohort_id if enrolment is not None else None,
        cohort_code=cohort_code,
        programme=programme,
        enrolment_start=start,
        enrolment_end=end,
        organisation=org_name,
        logo_png=logo,
        phase=history[-1] if history else None,
        phase_history=history,
        modules=modules,
        attendance_total=total,
        trend=trend,
        certificates=tuple(c for c in certs if period.contains(c.exam_date)),
        placement_days=tuple(d for d in days if period.contains(d.date)),
        plan=plan,
        outcomes=results,
        notes=notes,
        ladder_intake=ladder_intake,
        ladder_now=ladder_now,
        period=period,
        today=today,
    )


@dataclass(frozen=True)
class SheetOptions:
    """What the coordinator chose in the export dialog (or on the command line)."""

    period_from: dt.date | None = None
    period_to: dt.date | None = None
    sections: frozenset[str] = frozenset(sheet.SECTIONS)
    explanation: str = ""


def _attendance_line(module: str, f: attendance_stats.AttendanceFigures) -> sheet.AttendanceLine:
    return sheet.AttendanceLine(
        module=module,
        held=f.sessions_held,
        present=f.present,
        late=f.late,
        absent=f.absent,
        sick=f.sick,
        pct=f.attendance_pct,
        minutes_late=f.minutes_late,
    )


def _week_label(week: skill_trend.Week) -> str:
    return f"{week[1]}/{week[0]}"


def sheet_from_figures(figures: ProgressFigures, options: SheetOptions) -> sheet.ProgressSheet:
    """The report's data from the same figures the progress tab shows."""
    phase = figures.phase
    lead = None
    if phase is not None and (phase.lead_name or phase.lead_role):
        role = (
            translate("ProgressSheet", sheet.LEAD_LABELS[str(phase.lead_role)])
            if str(phase.lead_role) in sheet.LEAD_LABELS
            else ""
        )
        lead = phase.lead_name or ""
        if role:
            lead = f"{lead} ({role})" if lead else role
    cert_lines = tuple(
        sheet.CertificateLine(
            c.type_name, c.exam_date, sheet.STATE_LABELS[str(c.state)], c.valid_until
        )
        for c in figures.certificates
    )
    days = tuple(
        sheet.PracticeDayLine(
            d.date, d.employer_name, d.hours, tuple(d.scores), d.average, d.employer_comment
        )
        for d in figures.placement_days
    )
    goals = tuple(
        sheet.GoalLine(
            g.description, g.target_date, sheet.GOAL_LABELS[str(g.status)], g.achieved_on
        )
        for g in figures.plan.goals
    )
    results = tuple(
        sheet.OutcomeLine(
            sheet.OUTCOME_LABELS[str(o.data.kind)],
            o.employer_name,
            o.data.job_title,
            o.data.start_date,
            o.data.end_date,
        )
        for o in figures.outcomes
    )
    notes = tuple(
        sheet.NoteLine(
            n.data.contact_at.date(),
            sheet.CONTACT_LABELS[str(n.data.contact_type)],
            n.data.discussed,
            n.data.agreements,
        )
        for n in figures.notes
    )
    weeks = figures.trend.weeks
    skills = tuple(
        (line.name, tuple(line.score_in(w) for w in weeks))
        for line in figures.trend.lines
        if any(line.score_in(w) is not None for w in weeks)
    )
    ladder = [
        (r.assessed_on, r.rung) if r else None for r in (figures.ladder_intake, figures.ladder_now)
    ]
    return sheet.ProgressSheet(
        organisation=figures.organisation,
        participant_name=figures.name,
        number=figures.number,
        date_of_birth=figures.date_of_birth,
        language_level=figures.language_level,
        cohort=figures.cohort_code,
        programme=figures.programme,
        period_from=options.period_from or figures.enrolment_start,
        period_to=options.period_to or min(filter(None, (figures.enrolment_end, figures.today))),
        phase=sheet.PHASE_LABELS[str(phase.phase)] if phase else None,
        lead=lead,
        ladder_intake=ladder[0],
        ladder_now=ladder[1],
        attendance=tuple(_attendance_line(m.module_name, m.figures) for m in figures.modules),
        attendance_total=_attendance_line(
            translate("ProgressSheet", "Total"), figures.attendance_total
        )
        if figures.modules
        else None,
        weeks=tuple(_week_label(w) for w in weeks),
        skills=skills,
        certificates=cert_lines,
        practice_days=days,
        goals=goals,
        outcomes=results,
        notes=notes,
        explanation=options.explanation,
        sections=options.sections,
        logo_png=figures.logo_png,
        printed_on=figures.today,
    )


def progress_sheet_data(
    db: Database, participant_id: str, options: SheetOptions, today: dt.date | None = None
) -> sheet.ProgressSheet:
    figures = progress_figures(
        db, participant_id, period=Period(options.period_from, options.period_to), today=today
    )
    return sheet_from_figures(figures, options)
