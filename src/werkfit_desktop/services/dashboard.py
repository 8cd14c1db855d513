"""The dashboard (Overzicht): what is going on this week, built only from the services the
other screens use, so the figures are the same everywhere.

- Running cohorts with this ISO week's attendance. The week's figures are the cohort's
  `cohort_totals` as of the end of the week (but never after today: a session still to come
  is not held) minus its totals as of the Sunday before the week: exactly the sessions held
  in this week, counted as docs/attendance.md defines them (cancelled sessions, sessions
  outside someone's enrolment and unregistered marks handled the same way). The week's
  attendance % is (present + late) / registered of that difference; None when nothing in
  the week is registered yet.
- The paid-work rate of every finished cohort (as `outcome_figures.cohort_outcomes`
  counts it, for all finished cohorts in one aggregate query).
- Coaching follow-ups overdue or due this week (`caseload`), of one job coach or of all.
- Certificates expiring soon (`certificate_overview`, state EXPIRING_SOON).
- The sessions of this ISO week (`sessions_between`), with the week-year.

`sheet_data` turns a Dashboard into the one-page PDF's figures (reports/dashboard_sheet)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import case, func, select
from sqlalchemy.orm import undefer

from werkfit_desktop.domain import Cohort, Enrolment, Organisation, Outcome
from werkfit_desktop.domain.certificate_state import CertificateState
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.domain.enums import OutcomeKind
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.dashboard_sheet import DashboardSheet, SheetBar, SheetCount
from werkfit_desktop.services.attendance_stats import AttendanceFigures, cohort_totals
from werkfit_desktop.services.caseload import CaseloadRow, due_up_to
from werkfit_desktop.services.certificates import CertificateRow, certificate_overview
from werkfit_desktop.services.cohort_page import CohortState
from werkfit_desktop.services.cohorts import CohortRow, list_cohorts
from werkfit_desktop.services.planning_calendar import PlannedSession, sessions_between
from werkfit_desktop.services.staff import list_staff
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dashboard", "Mon"),
    QT_TRANSLATE_NOOP("Dashboard", "Tue"),
    QT_TRANSLATE_NOOP("Dashboard", "Wed"),
    QT_TRANSLATE_NOOP("Dashboard", "Thu"),
    QT_TRANSLATE_NOOP("Dashboard", "Fri"),
    QT_TRANSLATE_NOOP("Dashboard", "Sat"),
    QT_TRANSLATE_NOOP("Dashboard", "Sun"),
)


@dataclass(frozen=True)
class RunningCohort:
    cohort_id: str
    code: str
    programme_name: str
    participants: int  # enrolled and not dropped out
    week: AttendanceFigures  # the sessions held in this ISO week only

    @property
    def attendance_pct(self) -> float | None:
        return self.week.attendance_pct


@dataclass(frozen=True)
class FinishedCohort:
    cohort_id: str
    code: str
    end_date: dt.date | None
    participants: int  # the denominator: everyone who was enrolled
    paid_work: int
    paid_work_pct: float | None


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    week_year: int
    week: int
    week_start: dt.date  # Monday
    week_end: dt.date  # Sunday
    running: tuple[RunningCohort, ...]
    finished: tuple[FinishedCohort, ...]
    follow_ups: tuple[CaseloadRow, ...]  # overdue first, then due this week
    expiring: tuple[CertificateRow, ...]
    sessions: tuple[PlannedSession, ...]

    @property
    def overdue_count(self) -> int:
        return sum(1 for row in self.follow_ups if row.days_overdue > 0)


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week of `day`."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _minus(a: AttendanceFigures, b: AttendanceFigures) -> AttendanceFigures:
    return AttendanceFigures(**{f.name: getattr(a, f.name) - getattr(b, f.name) for f in fields(a)})


def week_attendance(db: Database, cohort_id: str, today: dt.date) -> AttendanceFigures:
    """The cohort's figures over the sessions held in today's ISO week (up to today)."""
    monday, sunday = week_bounds(today)
    until = cohort_totals(db, cohort_id, as_of=min(sunday, today))
    before = cohort_totals(db, cohort_id, as_of=monday - dt.timedelta(days=1))
    return _minus(until, before)


def follow_ups(db: Database, today: dt.date, staff_id: str | None = None) -> list[CaseloadRow]:
    """Overdue follow-ups and those due up to Sunday: of one job coach, or (staff_id None)
    of every job coach, the rows each coach's `caseload` shows under its OVERDUE and
    THIS_WEEK filters, fetched for all of them in one query (`due_up_to`). Most overdue
    first, then soonest due."""
    staff_ids = [staff_id] if staff_id else [s.id for s in list_staff(db, active_only=False)]
    _, sunday = week_bounds(today)
    rows = due_up_to(db, staff_ids, today, until=sunday)
    return sorted(rows, key=lambda r: (r.next_due or dt.date.max, r.name, r.participant_id))


def _running(db: Database, row: CohortRow, today: dt.date) -> RunningCohort:
    return RunningCohort(
        cohort_id=row.id,
        code=row.code,
        programme_name=row.programme_name,
        participants=row.active_count,
        week=week_attendance(db, row.id, today),
    )


def _finished(db: Database, rows: list[CohortRow]) -> list[FinishedCohort]:
    """The paid-work rate of these cohorts in one aggregate query: the same figures as
    `cohort_outcomes` (everyone enrolled is the denominator; an enrolment counts as paid
    work when it has a paid-job outcome, which wins over every other outcome)."""
    if not rows:
        return []
    paid_job = (
        select(Outcome.id)
        .where(Outcome.enrolment_id == Enrolment.id, Outcome.kind == OutcomeKind.PAID_JOB)
        .correlate(Enrolment)
        .exists()
    )
    query = (
        select(
            Enrolment.cohort_id,
            func.count(Enrolment.id).label("participants"),
            func.sum(case((paid_job, 1), else_=0)).label("paid_work"),
        )
        .where(Enrolment.cohort_id.in_(sorted({r.id for r in rows})))
        .group_by(Enrolment.cohort_id)
    )
    with db.read() as session:
        figures = {r.cohort_id: (r.participants, r.paid_work) for r in session.execute(query)}
    finished = []
    for row in rows:
        participants, paid = figures.get(row.id, (0, 0))
        finished.append(
            FinishedCohort(
                cohort_id=row.id,
                code=row.code,
                end_date=row.end_date,
                participants=participants,
                paid_work=paid,
                paid_work_pct=100.0 * paid / participants if participants else None,
            )
        )
    return finished


def dashboard(
    db: Database,
    today: dt.date,
    expiry_window_days: int = 90,
    staff_id: str | None = None,
) -> Dashboard:
    """Everything the Overzicht shows, as of `today`."""
    monday, sunday = week_bounds(today)
    week_year, week, _ = today.isocalendar()
    cohorts = list_cohorts(db, today=today)
    running = sorted((c for c in cohorts if c.state is CohortState.RUNNING), key=lambda c: c.code)
    finished = sorted(
        (c for c in cohorts if c.state is CohortState.FINISHED),
        key=lambda c: (c.end_date or dt.date.min, c.code),
    )
    expiring = certificate_overview(
        db, today, expiry_window_days, state=CertificateState.EXPIRING_SOON
    )
    return Dashboard(
        today=today,
        week_year=week_year,
        week=week,
        week_start=monday,
        week_end=sunday,
        running=tuple(_running(db, c, today) for c in running),
        finished=tuple(_finished(db, finished)),
        follow_ups=tuple(follow_ups(db, today, staff_id)),
        expiring=tuple(expiring),
        sessions=tuple(sessions_between(db, monday, sunday)),
    )


def _organisation(db: Database) -> tuple[str, bytes | None]:
    """The organisation running the most cohorts (the one whose office this is)."""
    query = (
        select(Organisation)
        .outerjoin(Cohort, Cohort.organisation_id == Organisation.id)
        .group_by(Organisation.id)
        .order_by(func.count(Cohort.id).desc(), Organisation.name)
        .limit(1)
        .options(undefer(Organisation.logo_png))
    )
    with db.read() as session:
        organisation = session.scalars(query).first()
        if organisation is None:
            return "", None
        return organisation.name, organisation.logo_png


def day_label(day: dt.date) -> str:
    """'ma 23-11-2026'."""
    return f"{translate('Dashboard', WEEKDAYS[day.weekday()])} {format_date(day)}"


def sheet_data(db: Database, board: Dashboard, expiry_window_days: int = 90) -> DashboardSheet:
    """The one-page PDF's figures, taken from the dashboard the screen shows: per cohort and
    counted, never a participant's name (the sheet is pinned up in the office)."""
    name, logo = _organisation(db)
    of = translate("Dashboard", "{part} of {whole}")
    per_type: dict[str, int] = {}
    for row in board.expiring:
        per_type[row.type_name] = per_type.get(row.type_name, 0) + 1
    per_day: dict[dt.date, int] = {}
    for planned in board.sessions:
        if not planned.cancelled:
            per_day[planned.date] = per_day.get(planned.date, 0) + 1
    return DashboardSheet(
        organisation=name,
        week_year=board.week_year,
        week=board.week,
        week_start=board.week_start,
        week_end=board.week_end,
        running=tuple(
            SheetBar(
                c.code, c.attendance_pct, of.format(part=c.week.attended, whole=c.week.registered)
            )
            for c in board.running
        ),
        finished=tuple(
            SheetBar(c.code, c.paid_work_pct, of.format(part=c.paid_work, whole=c.participants))
            for c in board.finished
        ),
        follow_ups_overdue=board.overdue_count,
        follow_ups_due=len(board.follow_ups) - board.overdue_count,
        expiring=tuple(SheetCount(k, v) for k, v in sorted(per_type.items())),
        sessions=tuple(SheetCount(day_label(d), n) for d, n in sorted(per_day.items())),
        cancelled_sessions=sum(1 for s in board.sessions if s.cancelled),
        expiry_window_days=expiry_window_days,
        printed_on=board.today,
        logo_png=logo,
    )
