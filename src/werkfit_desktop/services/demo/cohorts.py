"""Cohorts relative to 'today' (finished, running and planned ones) and their full session
schedule on fixed weekdays, skipping Dutch public holidays."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from werkfit_desktop.domain import Cohort, Module, StaffMember, TrainingSession
from werkfit_desktop.domain.enums import StaffRole
from werkfit_desktop.services.demo.context import DemoContext
from werkfit_desktop.services.demo.pools import CANCEL_REASONS
from werkfit_desktop.services.demo.reference import ProgrammeInfo, Reference, Staffing

if TYPE_CHECKING:
    from werkfit_desktop.services.demo.people import Member


class CohortState(enum.Enum):
    FINISHED = "finished"
    RUNNING = "running"
    PLANNED = "planned"


# (programme, organisation running it, start in days relative to today)
_COHORTS = (
    ("inst", "brug", -300),
    ("zorg", "vechtdal", -235),
    ("ib", "brug", -190),
    ("inst", "vechtdal", -150),
    ("inst", "brug", -40),
    ("zorg", "vechtdal", -26),
    ("ib", "brug", 20),
    ("inst", "vechtdal", 48),
)

_FUNDING = {
    "inst": "Scholingsvouchers regio IJssel-Vecht en O&O-fonds installatiebranche",
    "zorg": "Sectorplan zorg en welzijn regio IJssel-Vecht",
    "ib": "Gemeente Zwolle (Participatiewet)",
}

MORNING = (dt.time(9, 0), dt.time(12, 30))
AFTERNOON = (dt.time(13, 0), dt.time(16, 30))


@dataclass
class CohortInfo:
    cohort: Cohort
    programme: ProgrammeInfo
    staffing: Staffing
    state: CohortState
    week0: dt.date  # Monday of the first week
    sessions: list[TrainingSession]
    members: list[Member] = field(default_factory=list)

    @property
    def start(self) -> dt.date:
        return self.cohort.start_date

    @property
    def end(self) -> dt.date:
        assert self.cohort.end_date is not None
        return self.cohort.end_date

    def held_sessions(self, today: dt.date) -> list[TrainingSession]:
        return [s for s in self.sessions if not s.cancelled and s.date <= today]

    def progress(self, day: dt.date) -> float:
        """0 at the start, 1 at the end of the cohort."""
        span = max((self.end - self.start).days, 1)
        return min(max((day - self.start).days / span, 0.0), 1.0)


def _training_days(ctx: DemoContext, info: ProgrammeInfo, first: dt.date) -> list[dt.date]:
    spec = info.spec
    total = sum(m.planned_sessions for m in info.modules)
    week0 = first - dt.timedelta(days=first.weekday())
    dates: list[dt.date] = []
    day = first
    while len(dates) < total:
        week = (day - week0).days // 7
        if day.weekday() in spec.weekdays and not (spec.every_other_week and week % 2):
            if ctx.is_holiday(day):
                ctx.skipped_holidays += 1
            else:
                dates.append(day)
        day += dt.timedelta(days=1)
    return dates


def _sessions(
    ctx: DemoContext,
    cohort: Cohort,
    info: ProgrammeInfo,
    staffing: Staffing,
    dates: list[dt.date],
) -> list[TrainingSession]:
    slots = {weekday: ctx.rng.choice((MORNING, AFTERNOON)) for weekday in info.spec.weekdays}
    trainers = staffing.of(StaffRole.TRAINER)
    module_trainer: dict[str, StaffMember] = {m.id: ctx.rng.choice(trainers) for m in info.modules}
    room = f"Leslokaal {ctx.rng.randint(1, 3)}"
    plan: list[Module] = [m for m in info.modules for _ in range(m.planned_sessions)]
    sessions = []
    for day, module in zip(dates, plan, strict=True):
        spec = info.spec.modules[module.position - 1]
        start, end = slots[day.weekday()]
        cancelled = ctx.chance(0.03)
        sessions.append(
            ctx.add(
                TrainingSession(
                    cohort_id=cohort.id,
                    module_id=module.id,
                    date=day,
                    start_time=start,
                    end_time=end,
                    location=f"{'Werkplaats' if spec.workshop else room}, {staffing.location}",
                    trainer_id=module_trainer[module.id].id,
                    cancelled=cancelled,
                    cancel_reason=ctx.rng.choice(CANCEL_REASONS) if cancelled else None,
                )
            )
        )
    last_block = [s for s in sessions if s.module_id == info.modules[-1].id]
    if info.spec.key == "ib" and last_block:
        last_block[-1].notes = "Gezamenlijke praktijktoets"
        last_block[-1].cancelled = False
        last_block[-1].cancel_reason = None
    return sessions


def plan_cohorts(ctx: DemoContext, ref: Reference) -> list[CohortInfo]:
    cohorts: list[CohortInfo] = []
    numbers: dict[tuple[str, int], int] = {}
    for programme_key, org_key, offset in _COHORTS:
        info = ref.programmes[programme_key]
        staffing = ref.staffing[org_key]
        first = ctx.today + dt.timedelta(days=offset + ctx.rng.randint(-5, 5))
        while first.weekday() != info.spec.weekdays[0]:
            first += dt.timedelta(days=1)
        dates = _training_days(ctx, info, first)
        week0 = first - dt.timedelta(days=first.weekday())
        end = max(dates[-1], week0 + dt.timedelta(days=info.spec.weeks * 7 - 3))
        key = (info.spec.code, dates[0].year)
        numbers[key] = numbers.get(key, 0) + 1
        cohort = ctx.add(
            Cohort(
                code=f"{info.spec.code}-{dates[0].year}-{numbers[key]}",
                programme_id=info.programme.id,
                organisation_id=staffing.organisation.id,
                start_date=dates[0],
                end_date=end,
                location=staffing.location,
                funding_source=_FUNDING[programme_key],
            )
        )
        if end < ctx.today:
            state = CohortState.FINISHED
        elif dates[0] > ctx.today:
            state = CohortState.PLANNED
        else:
            state = CohortState.RUNNING
        sessions = _sessions(ctx, cohort, info, staffing, dates)
        cohorts.append(CohortInfo(cohort, info, staffing, state, week0, sessions))
    return cohorts
