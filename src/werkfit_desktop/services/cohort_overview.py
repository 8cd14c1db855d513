"""What the cohort overview PDF shows, gathered from the services behind the cohort page:
cohort_page (participants, attendance, certificates), attendance_stats (modules, the weekly
trend) and outcome_figures (outcomes), so the PDF shows exactly the figures on screen."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import undefer

from werkfit_desktop.domain import Cohort, Module, Organisation
from werkfit_desktop.domain.dates import iso_week_label
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.cohort_overview import (
    CohortOverview,
    ModuleAttendance,
    OverviewParticipant,
    WeekAttendance,
)
from werkfit_desktop.services import attendance_stats
from werkfit_desktop.services.cohort_page import cohort_page
from werkfit_desktop.services.outcome_figures import cohort_outcomes


def weekly_attendance(
    db: Database, cohort_id: str, start: dt.date, last: dt.date
) -> tuple[WeekAttendance, ...]:
    """Per ISO week from `start` to `last` the cohort's attendance % in that week: the
    difference of the cohort totals (attendance_stats.cohort_totals) at the week's end and
    at the end of the week before, so the weeks add up to the figures on the cohort page."""
    weeks: list[WeekAttendance] = []
    monday = start - dt.timedelta(days=start.weekday())
    before = attendance_stats.cohort_totals(db, cohort_id, monday - dt.timedelta(days=1))
    while monday <= last:
        sunday = monday + dt.timedelta(days=6)
        now = attendance_stats.cohort_totals(db, cohort_id, min(sunday, last))
        registered = now.registered - before.registered
        attended = now.attended - before.attended
        week_year, week = iso_week_label(monday)
        weeks.append(
            WeekAttendance(
                week_year=week_year,
                week=week,
                registered=registered,
                attendance_pct=100.0 * attended / registered if registered else None,
            )
        )
        before = now
        monday += dt.timedelta(days=7)
    return tuple(weeks)


def cohort_overview_data(db: Database, cohort_id: str, today: dt.date) -> CohortOverview:
    """LookupError when the cohort does not exist (as cohort_page)."""
    page = cohort_page(db, cohort_id, as_of=today)
    header = page.header
    modules = attendance_stats.module_figures(db, cohort_id, as_of=today)
    with db.read() as session:
        names = dict(
            session.execute(
                select(Module.id, Module.name).where(Module.id.in_(list(modules)))
            ).all()
        )
        organisation = session.scalars(
            select(Organisation)
            .join(Cohort, Cohort.organisation_id == Organisation.id)
            .where(Cohort.id == cohort_id)
            .options(undefer(Organisation.logo_png))
            .execution_options(include_deleted=True)
        ).first()
    last = min(header.end_date or today, today)
    trend = (
        weekly_attendance(db, cohort_id, header.start_date, last)
        if last >= header.start_date
        else ()
    )
    return CohortOverview(
        cohort_id=cohort_id,
        code=header.code,
        programme=header.programme_name,
        organisation=header.organisation_name,
        logo_png=organisation.logo_png if organisation else None,
        location=header.location,
        start_date=header.start_date,
        end_date=header.end_date,
        sessions_planned=header.sessions_planned,
        sessions_held=header.sessions_held,
        participants=tuple(
            OverviewParticipant(
                number=m.number,
                name=m.name,
                status=m.status.value,
                dropout_date=m.dropout_date,
                attendance_pct=m.attendance.attendance_pct if m.attendance else None,
                times_late=m.attendance.late if m.attendance else 0,
                certificates_obtained=m.certificates_obtained,
                certificates_planned=m.certificates_planned,
            )
            for m in page.members
        ),
        attendance_pct=page.totals.attendance_pct,
        certificates_obtained=page.totals.certificates_obtained,
        certificates_planned=page.totals.certificates_planned,
        modules=tuple(
            ModuleAttendance(names.get(module_id, ""), figures.registered, figures.attendance_pct)
            for module_id, figures in modules.items()
        ),
        outcomes=cohort_outcomes(db, cohort_id, today),
        weeks=trend,
        printed_on=today,
    )
