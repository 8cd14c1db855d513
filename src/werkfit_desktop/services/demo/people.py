"""Participants with their intake, target groups and barriers; who drops out and who finds
work; enrolments with the phases passed and who had the lead."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from werkfit_desktop.domain import (
    Barrier,
    Enrolment,
    LadderAssessment,
    Outcome,
    Participant,
    ParticipantTargetGroup,
    PhasePeriod,
    StaffMember,
)
from werkfit_desktop.domain.enums import (
    DropoutReason,
    EnrolmentStatus,
    IntegrationRoute,
    LanguageLevel,
    LeadRole,
    OutcomeKind,
    Phase,
    StaffRole,
    TargetGroup,
)
from werkfit_desktop.domain.names import fold, full_name
from werkfit_desktop.services.demo import pools
from werkfit_desktop.services.demo.cohorts import CohortInfo, CohortState
from werkfit_desktop.services.demo.context import DemoContext
from werkfit_desktop.services.demo.reference import EmployerInfo

_PARTICLES = ("van den ", "van der ", "van 't ", "van ", "de ", "'t ", "ter ")
_PREFERRED = {
    "Mohammed": "Mo",
    "Oleksandr": "Sasha",
    "Krzysztof": "Kris",
    "Abdirahman": "Abdi",
    "Małgorzata": "Gosia",
    "Văn Minh": "Minh",
    "Thị Hoa": "Hoa",
}
_FEMALE_SHARE = {"inst": 0.15, "zorg": 0.85, "ib": 0.5}
_AGES = {"inst": (19, 58), "zorg": (20, 60), "ib": (22, 55)}
_LOW_LEVELS = (LanguageLevel.A0, LanguageLevel.A1, LanguageLevel.A2)
LANGUAGE_SCHOOL = "Taalhuis IJssel-Vecht"


@dataclass
class Member:
    """A participant in one cohort, with what the demo decided about them."""

    participant: Participant
    cohort: CohortInfo
    origin: pools.Origin
    female: bool
    reliability: str  # "reliable", "average" or "late"
    aptitude: float  # 0..1
    job_coach: StaffMember
    intake_rung: int
    dropout_date: dt.date | None = None
    dropout_reason: DropoutReason | None = None
    dropout_note: str | None = None
    fate: OutcomeKind | None = None
    practice: EmployerInfo | None = None
    job_employer: EmployerInfo | None = None
    first_practice_day: dt.date | None = None
    enrolment: Enrolment | None = None
    outcome: Outcome | None = None

    @property
    def first_name(self) -> str:
        return self.participant.preferred_name or self.participant.first_name.split()[-1]

    @property
    def name(self) -> str:
        p = self.participant
        return full_name(p.first_name, p.name_particle, p.last_name)

    def active_on(self, day: dt.date) -> bool:
        return self.cohort.start <= day and (self.dropout_date is None or day < self.dropout_date)

    @property
    def strength(self) -> float:
        bonus = {"reliable": 0.3, "average": 0.1, "late": -0.15}[self.reliability]
        return self.aptitude + bonus


def _split_particle(surname: str) -> tuple[str | None, str]:
    for particle in _PARTICLES:
        if surname.startswith(particle):
            return particle.strip(), surname[len(particle) :]
    return None, surname


def _name(ctx: DemoContext, origin: pools.Origin, female: bool, taken: set[tuple[str, str]]):
    while True:
        first = ctx.rng.choice(origin.female if female else origin.male)
        forms = ctx.rng.choice(origin.last).split("|")
        particle, last = _split_particle(forms[-1] if female else forms[0])
        if (first, last) not in taken:
            taken.add((first, last))
            return first, particle, last


def _postcode(ctx: DemoContext, low: int, high: int) -> str:
    while True:
        letters = "".join(ctx.rng.choice(pools.POSTCODE_LETTERS) for _ in range(2))
        if letters not in ("SA", "SD", "SS"):
            return f"{ctx.rng.randint(low, high)} {letters}"


def _route(ctx: DemoContext, level: LanguageLevel, age: int) -> IntegrationRoute:
    if level in (LanguageLevel.A0, LanguageLevel.A1) and age >= 35 and ctx.chance(0.6):
        return IntegrationRoute.Z_ROUTE
    if age < 28 and ctx.chance(0.5):
        return IntegrationRoute.EDUCATION_ROUTE
    if ctx.chance(0.3):
        return IntegrationRoute.BEFORE_2022
    return IntegrationRoute.B1_ROUTE


def _target_groups(ctx, origin: pools.Origin, female: bool, age: int) -> list[TargetGroup]:
    groups = []
    if origin.refugee:
        groups.append(TargetGroup.STATUSHOUDER)
    if origin.key != "ua" and ctx.chance(0.9 if origin.refugee else 0.7):
        groups.append(TargetGroup.BIJSTAND)
    if age < 27:
        groups.append(TargetGroup.YOUTH)
    if age >= 45:
        groups.append(TargetGroup.OVER_45)
    if female and ctx.chance(0.3):
        groups.append(TargetGroup.WOMEN)
    if not origin.refugee and ctx.chance(0.3):
        groups.append(TargetGroup.LONG_TERM_UNEMPLOYED)
    if (origin.migrant_worker or age >= 40) and ctx.chance(0.5):
        groups.append(TargetGroup.SECTOR_SWITCH)
    return groups or [TargetGroup.OTHER]


def make_member(ctx: DemoContext, cohort: CohortInfo, number: int, taken: set) -> Member:
    rng = ctx.rng
    key = cohort.programme.spec.key
    sector = cohort.programme.spec.sector
    origin = rng.choices(pools.ORIGINS, weights=[o.weight for o in pools.ORIGINS])[0]
    female = ctx.chance(_FEMALE_SHARE[key])
    first, particle, last = _name(ctx, origin, female, taken)
    age = rng.randint(*_AGES[key])
    born = dt.date(ctx.today.year - age - 1, 1, 1) + ctx.days(0, 364)
    level = ctx.weighted(origin.levels)
    municipality, _, (low, high), slug = ctx.weighted(
        [(m, m[1]) for m in pools.MUNICIPALITIES[cohort.staffing.key]]
    )
    manager, manager_mail = rng.choice(pools.CLIENT_MANAGERS[municipality])
    intake = cohort.start - ctx.days(14, 60)
    if intake >= ctx.today:
        intake = ctx.today - ctx.days(1, 14)
    mail_domain = rng.choice(("example.org", "example.org", "example.nl"))
    local = f"{fold(first).split()[-1]}.{fold((particle or '') + last)}"
    local = "".join(c for c in local if c.isalnum() or c in ".-")
    native = level in (LanguageLevel.B2, LanguageLevel.C1, LanguageLevel.C2)
    consent = cohort.state is not CohortState.PLANNED and ctx.chance(0.45)
    participant = ctx.add(
        Participant(
            participant_number=f"D-{number:06d}",
            first_name=first,
            name_particle=particle,
            last_name=last,
            preferred_name=_PREFERRED.get(first) if ctx.chance(0.5) else None,
            date_of_birth=born,
            phone=f"06-{rng.randint(10_000_000, 99_999_999)}",
            email=f"{local}@{mail_domain}" if ctx.chance(0.9) else None,
            postcode=_postcode(ctx, low, high),
            language_level=level,
            integration_route=_route(ctx, level, age) if origin.refugee else None,
            municipality=municipality,
            client_manager=manager,
            client_manager_contact=f"{manager_mail}@gemeente-{slug}.example.nl",
            hours_per_week=float(rng.choice((16, 20, 24, 24, 28, 32, 32, 36))),
            driving_licence=ctx.weighted(pools.DRIVING_LICENCES),
            intake_date=intake,
            education=rng.choice(pools.EDUCATION["nl" if native else "foreign"]),
            diplomas=(
                "Inburgeringsdiploma B1"
                if origin.refugee and level == LanguageLevel.B1
                else rng.choice((None, "Rijbewijs B", "Certificaat basisvaardigheden NT2"))
            ),
            work_experience=rng.choice(pools.WORK_EXPERIENCE[sector]),
            competences=rng.choice(pools.COMPETENCES),
            motivation=rng.choice(pools.MOTIVATION),
            ambitions=rng.choice(pools.AMBITIONS[sector]),
            profile_consent=consent,
            profile_consent_on=min(cohort.start + ctx.days(5, 30), ctx.today) if consent else None,
        )
    )
    for group in _target_groups(ctx, origin, female, age):
        ctx.add(ParticipantTargetGroup(participant_id=participant.id, target_group=group))
    if ctx.chance(0.45):
        for kind, note in rng.sample(pools.BARRIERS, rng.choice((1, 1, 2))):
            resolved = None
            if cohort.state is not CohortState.PLANNED and ctx.chance(0.4):
                resolved = min(intake + ctx.days(20, 120), ctx.today)
            ctx.add(
                Barrier(participant_id=participant.id, kind=kind, note=note, resolved_on=resolved)
            )
    rung = ctx.weighted(((2, 3), (3, 5)) if origin.refugee else ((2, 2), (3, 5), (4, 2)))
    ctx.add(
        LadderAssessment(
            participant_id=participant.id, assessed_on=intake, rung=rung, note="Bij intake"
        )
    )
    return Member(
        participant=participant,
        cohort=cohort,
        origin=origin,
        female=female,
        reliability=ctx.weighted((("reliable", 55), ("average", 30), ("late", 15))),
        aptitude=rng.random(),
        job_coach=rng.choice(cohort.staffing.of(StaffRole.JOB_COACH)),
        intake_rung=rung,
    )


def decide_fates(ctx: DemoContext, cohort: CohortInfo) -> None:
    """Finished cohorts: a few drop out, about 70-75% find paid work, the rest goes on to
    an apprenticeship, education, volunteering or is not placed yet."""
    if cohort.state is not CohortState.FINISHED:
        return
    n = len(cohort.members)
    ranked = sorted(cohort.members, key=lambda m: m.strength + ctx.rng.uniform(-0.3, 0.3))
    paid = round(n * ctx.rng.uniform(0.68, 0.78))
    paid = min(max(paid, math.ceil(0.66 * n)), math.floor(0.79 * n))
    dropouts = min(ctx.weighted(((0, 1), (1, 3), (2, 2))), n - paid)
    span = (cohort.end - cohort.start).days
    for member in ranked[:dropouts]:
        reason, _, note = ctx.weighted([(r, r[1]) for r in pools.DROPOUT_REASONS])
        member.fate = OutcomeKind.DROPOUT
        member.dropout_date = cohort.start + ctx.days(14, span - 14)
        member.dropout_reason = reason
        member.dropout_note = note
    for member in ranked[dropouts : n - paid]:
        member.fate = ctx.weighted(
            (
                (OutcomeKind.APPRENTICESHIP, 35),
                (OutcomeKind.EDUCATION, 30),
                (OutcomeKind.VOLUNTEERING, 15),
                (OutcomeKind.OTHER, 20),
            )
        )
    for member in ranked[n - paid :]:
        member.fate = OutcomeKind.PAID_JOB


@dataclass
class _Period:
    phase: Phase
    start: dt.date
    end: dt.date | None
    lead_role: LeadRole | None
    lead_name: str | None
    lead_staff: StaffMember | None = None


def enrol(ctx: DemoContext, member: Member) -> None:
    """The enrolment with its status and the phases passed, consistent with the cohort."""
    cohort = member.cohort
    p = member.participant
    assert p.intake_date is not None
    manager = (LeadRole.CLIENT_MANAGER, p.client_manager)
    coach = (
        LeadRole.JOB_COACH,
        full_name(
            member.job_coach.first_name, member.job_coach.name_particle, member.job_coach.last_name
        ),
    )
    periods: list[_Period] = []
    if cohort.state is CohortState.PLANNED:
        periods.append(_Period(Phase.RECRUITMENT, p.intake_date, None, *manager))
    else:
        day_before = cohort.start - dt.timedelta(days=1)
        if (
            p.language_level in _LOW_LEVELS
            and (cohort.start - p.intake_date).days >= 28
            and ctx.chance(0.5)
        ):
            switch = p.intake_date + dt.timedelta(days=14)
            periods.append(
                _Period(Phase.RECRUITMENT, p.intake_date, switch - dt.timedelta(days=1), *manager)
            )
            periods.append(
                _Period(
                    Phase.PREPARATORY,
                    switch,
                    day_before,
                    LeadRole.LANGUAGE_PROVIDER,
                    LANGUAGE_SCHOOL,
                )
            )
        else:
            periods.append(_Period(Phase.RECRUITMENT, p.intake_date, day_before, *manager))
        periods.append(_Period(Phase.TRAINING, cohort.start, None, *coach, member.job_coach))
        if member.first_practice_day and member.practice:
            periods[-1].end = member.first_practice_day - dt.timedelta(days=1)
            periods.append(
                _Period(
                    Phase.WORK_EXPERIENCE,
                    member.first_practice_day,
                    None,
                    LeadRole.EMPLOYER,
                    member.practice.employer.name,
                )
            )
    if member.dropout_date:
        periods[-1].end = member.dropout_date
    elif cohort.state is CohortState.FINISHED:
        periods[-1].end = cohort.end
        periods.extend(_after_training(ctx, member, manager, coach))
    status = {
        CohortState.PLANNED: EnrolmentStatus.PLANNED,
        CohortState.RUNNING: EnrolmentStatus.ACTIVE,
        CohortState.FINISHED: EnrolmentStatus.COMPLETED,
    }[cohort.state]
    if member.dropout_date:
        status = EnrolmentStatus.DROPPED_OUT
    current = periods[-1]
    member.enrolment = ctx.add(
        Enrolment(
            participant_id=p.id,
            cohort_id=cohort.cohort.id,
            start_date=cohort.start,
            end_date=(member.dropout_date or cohort.end)
            if status in (EnrolmentStatus.COMPLETED, EnrolmentStatus.DROPPED_OUT)
            else None,
            status=status,
            current_phase=current.phase,
            lead_role=current.lead_role,
            lead_name=current.lead_name,
            dropout_date=member.dropout_date,
            dropout_reason=member.dropout_reason,
            dropout_note=member.dropout_note,
        )
    )
    for period in periods:
        ctx.add(
            PhasePeriod(
                enrolment_id=member.enrolment.id,
                phase=period.phase,
                start_date=period.start,
                end_date=period.end,
                lead_role=period.lead_role,
                lead_name=period.lead_name,
                lead_staff_id=period.lead_staff.id if period.lead_staff else None,
            )
        )


def _after_training(ctx: DemoContext, member: Member, manager, coach) -> list[_Period]:
    outcome = member.outcome
    end = member.cohort.end
    if outcome is None or outcome.kind not in (OutcomeKind.PAID_JOB, OutcomeKind.APPRENTICESHIP):
        return [_Period(Phase.FINISHED, end + dt.timedelta(days=1), None, *manager)]
    assert outcome.start_date is not None
    assert member.job_employer is not None
    placement = _Period(
        Phase.MATCH,
        outcome.start_date,
        None,
        LeadRole.EMPLOYER,
        member.job_employer.employer.name,
    )
    aftercare_from = outcome.start_date + dt.timedelta(days=28)
    if aftercare_from > ctx.today:
        return [placement]
    placement.end = aftercare_from - dt.timedelta(days=1)
    aftercare = _Period(Phase.AFTERCARE, aftercare_from, None, *coach, member.job_coach)
    aftercare_end = aftercare_end_of(outcome)
    if aftercare_end >= ctx.today:
        return [placement, aftercare]
    aftercare.end = aftercare_end
    return [
        placement,
        aftercare,
        _Period(Phase.FINISHED, aftercare_end + dt.timedelta(days=1), None, *manager),
    ]


def aftercare_end_of(outcome: Outcome) -> dt.date:
    """After-placement coaching lasts half a year, or until the job ends."""
    assert outcome.start_date is not None
    end = outcome.start_date + dt.timedelta(days=182)
    return min(end, outcome.end_date) if outcome.end_date else end
