"""The rows of a realistic-scale database as plain dicts (see generate.py): participants
with synthetic names of varied origin (the demo's pools), cohorts and their sessions,
and enrolments (what happens in them: synthetic_activity.py)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from werkfit_desktop.domain import (
    Cohort,
    Enrolment,
    LadderAssessment,
    Organisation,
    Outcome,
    Participant,
    ParticipantTargetGroup,
    PhasePeriod,
    StaffMember,
    TrainingSession,
    new_id,
)
from werkfit_desktop.domain.enums import (
    ContractType,
    EnrolmentStatus,
    LeadRole,
    OutcomeKind,
    Phase,
    StaffRole,
    TargetGroup,
)
from werkfit_desktop.domain.names import full_name, search_key, sort_key
from werkfit_desktop.services.demo import pools
from werkfit_desktop.services.demo.context import DemoContext


@dataclass(frozen=True)
class Scale:
    participants: int
    notes: int
    enrolled: int = 5_000  # participants in a cohort (the rest: registered, no cohort yet)
    cohorts: int = 250
    sessions_per_cohort: int = 64
    certificates: int = 20_000
    placement_days: int = 10_000


_EXTRA_ORGANISATIONS = (
    ("Leerwerkbedrijf Sallandse Poort", "Sallandse Poort", "Deventer"),
    ("Werkfit Twente", "Werkfit Twente", "Enschede"),
    ("Leerwerkcentrum IJsseldelta", "IJsseldelta", "Kampen"),
    ("Vakwerkhuis Achterhoek", "Vakwerkhuis", "Doetinchem"),
    ("Praktijkhuis Veluwe-Noord", "Veluwe-Noord", "Harderwijk"),
    ("Leerwerkbedrijf 't Ambacht", "'t Ambacht", "Almelo"),
)


class Rows:
    """Rows per table, written table by table in foreign-key order."""

    def __init__(self, stamp: dt.datetime) -> None:
        self.by_table: dict[str, list[dict]] = {}
        self.stamp = stamp

    def add(self, model, **values) -> dict:
        """Keep one row (its id, timestamps and tombstone set here); the stored dict."""
        values.setdefault("id", new_id())
        values.setdefault("created_at", self.stamp)
        values.setdefault("updated_at", self.stamp)
        values.setdefault("deleted_at", None)
        values.setdefault("updated_by_device", None)
        self.by_table.setdefault(model.__tablename__, []).append(values)
        return values


def weighted(rng: random.Random, choices):
    return rng.choices([c[0] for c in choices], weights=[c[1] for c in choices])[0]


def organisations(ctx: DemoContext, rng: random.Random) -> list[tuple[str, str, StaffRole, str]]:
    """The two demo companies plus six more; (id, organisation id, role, name) per staff."""
    for name, short, city in _EXTRA_ORGANISATIONS:
        org = ctx.add(Organisation(name=name, short_name=short, city=city))
        for role, count in (
            (StaffRole.TRAINER, 3),
            (StaffRole.JOB_COACH, 3),
            (StaffRole.COORDINATOR, 1),
        ):
            for _ in range(count):
                origin = rng.choice(pools.ORIGINS)
                first = rng.choice(origin.female + origin.male)
                last = rng.choice(origin.last).split("|")[0]
                ctx.add(
                    StaffMember(
                        organisation_id=org.id,
                        first_name=first,
                        last_name=last,
                        role=role,
                        active=True,
                    )
                )
    return [
        (r.id, r.organisation_id, r.role, full_name(r.first_name, r.name_particle, r.last_name))
        for r in ctx.rows
        if isinstance(r, StaffMember)
    ]


_PARTICLES = ("van den ", "van der ", "van 't ", "van ", "de ", "'t ", "ter ")


def _split_particle(surname: str) -> tuple[str | None, str]:
    for particle in _PARTICLES:
        if surname.startswith(particle):
            return particle.strip(), surname[len(particle) :]
    return None, surname


def participants(rows: Rows, rng: random.Random, sizes: Scale, today: dt.date) -> list[dict]:
    weights = [o.weight for o in pools.ORIGINS]
    municipalities = [m for ms in pools.MUNICIPALITIES.values() for m in ms]
    people = []
    for number in range(1, sizes.participants + 1):
        origin = rng.choices(pools.ORIGINS, weights=weights)[0]
        female = rng.random() < 0.5
        first = rng.choice(origin.female if female else origin.male)
        forms = rng.choice(origin.last).split("|")
        particle, last = _split_particle(forms[-1] if female else forms[0])
        municipality, _w, (low, high), _slug = rng.choice(municipalities)
        manager = rng.choice(pools.CLIENT_MANAGERS[municipality])[0]
        born = dt.date(today.year - rng.randint(19, 60), 1, 1) + dt.timedelta(rng.randint(0, 364))
        code = f"D-{number:06d}"
        intake = today - dt.timedelta(days=rng.randint(30, 6 * 365))
        values = dict(
            participant_number=code,
            first_name=first,
            name_particle=particle,
            last_name=last,
            preferred_name=None,
            search_text=search_key(first, particle, last, None, code),
            sort_name=sort_key(first, particle, last),
            date_of_birth=born,
            phone=f"06-{rng.randint(10_000_000, 99_999_999)}",
            email=None,
            postcode=f"{rng.randint(low, high)} {rng.choice(pools.POSTCODE_LETTERS)}{rng.choice(pools.POSTCODE_LETTERS)}",
            language_level=weighted(rng, origin.levels),
            integration_route=None,
            municipality=municipality,
            client_manager=manager,
            client_manager_contact=None,
            hours_per_week=float(rng.choice((16, 20, 24, 28, 32, 36))),
            driving_licence=weighted(rng, pools.DRIVING_LICENCES),
            intake_date=intake,
            education=rng.choice(pools.EDUCATION["foreign"]),
            diplomas=None,
            work_experience=None,
            competences=rng.choice(pools.COMPETENCES),
            motivation=rng.choice(pools.MOTIVATION),
            ambitions=None,
            notes=None,
            job_coach_id=None,
            profile_consent=rng.random() < 0.4,
            profile_consent_on=None,
        )
        values = rows.add(Participant, **values)
        people.append(values)
        group = TargetGroup.STATUSHOUDER if origin.refugee else rng.choice(list(TargetGroup))
        rows.add(ParticipantTargetGroup, participant_id=values["id"], target_group=group)
        if rng.random() < 0.6:
            rows.add(
                ParticipantTargetGroup,
                participant_id=values["id"],
                target_group=TargetGroup.BIJSTAND
                if group != TargetGroup.BIJSTAND
                else TargetGroup.WOMEN,
            )
        rows.add(
            LadderAssessment,
            participant_id=values["id"],
            assessed_on=intake,
            rung=rng.choice((2, 3, 3, 4)),
            note="Bij intake",
        )
    return people


@dataclass
class _Cohort:
    id: str
    code: str
    organisation_id: str
    programme: object
    start: dt.date
    end: dt.date
    sessions: list[tuple[str, dt.date, str, bool]]  # (id, date, module id, cancelled)
    members: list[dict]


def cohorts(rows, rng, sizes: Scale, today, organisations, programmes, trainers) -> list[_Cohort]:
    cohorts = []
    span_days = 6 * 365
    for n in range(sizes.cohorts):
        organisation = organisations[n % len(organisations)]
        info = programmes[n % len(programmes)]
        # Spread over six years; the last few start in the coming weeks (planned/running).
        start = (
            today - dt.timedelta(days=span_days) + dt.timedelta(days=span_days * n // sizes.cohorts)
        )
        start += dt.timedelta(days=(-start.weekday()) % 7)
        code = f"{info.spec.code}-{start:%Y}-{n + 1:03d}"
        weekdays = (0, 1, 3) if n % 2 else (0, 2, 4)
        days = []
        day = start
        while len(days) < sizes.sessions_per_cohort:
            if day.weekday() in weekdays:
                days.append(day)
            day += dt.timedelta(days=1)
        cohort_id = rows.add(
            Cohort,
            code=code,
            programme_id=info.programme.id,
            organisation_id=organisation.id,
            start_date=start,
            end_date=days[-1],
            location=f"{organisation.name}, lokaal {rng.randint(1, 6)}",
            funding_source=rng.choice(("Gemeente", "Regionaal werkbedrijf", "Scholingsvouchers")),
            notes=None,
        )["id"]
        modules = info.modules
        planned = [m.planned_sessions for m in modules]
        total = sum(planned)
        sessions = []
        pick = trainers[organisation.id] or [None]
        for i, day in enumerate(days):
            position = i * total // len(days)
            module = next(
                m
                for m, limit in zip(modules, _cumulative(planned), strict=True)
                if position < limit
            )
            cancelled = rng.random() < 0.01
            trainer = rng.choice(pick)
            sessions.append(
                (
                    rows.add(
                        TrainingSession,
                        cohort_id=cohort_id,
                        module_id=module.id,
                        date=day,
                        start_time=dt.time(9, 0),
                        end_time=dt.time(15, 30),
                        location=None,
                        trainer_id=trainer[0] if trainer else None,
                        cancelled=cancelled,
                        cancel_reason=rng.choice(pools.CANCEL_REASONS) if cancelled else None,
                        notes=None,
                    )["id"],
                    day,
                    module.id,
                    cancelled,
                )
            )
        cohorts.append(
            _Cohort(cohort_id, code, organisation.id, info, start, days[-1], sessions, [])
        )
    return cohorts


def _cumulative(values):
    total = 0
    for value in values:
        total += value
        yield total


def enrolments(rows, rng, cohorts, people, coaches, today) -> list[dict]:
    members = []
    per = len(people) // len(cohorts)
    for n, cohort in enumerate(cohorts):
        chosen = people[n * per : (n + 1) * per]
        coach = rng.choice(coaches[cohort.organisation_id])
        for person in chosen:
            finished = cohort.end < today
            planned = cohort.start > today
            dropout = None
            if not planned and rng.random() < 0.08:
                dropout = cohort.start + dt.timedelta(
                    days=rng.randint(7, max(8, (min(cohort.end, today) - cohort.start).days))
                )
            status = (
                EnrolmentStatus.PLANNED
                if planned
                else EnrolmentStatus.DROPPED_OUT
                if dropout
                else EnrolmentStatus.COMPLETED
                if finished
                else EnrolmentStatus.ACTIVE
            )
            phase = {
                EnrolmentStatus.PLANNED: Phase.RECRUITMENT,
                EnrolmentStatus.ACTIVE: Phase.TRAINING,
            }.get(status, Phase.FINISHED)
            enrolment_id = rows.add(
                Enrolment,
                participant_id=person["id"],
                cohort_id=cohort.id,
                start_date=cohort.start,
                end_date=dropout or (cohort.end if finished else None),
                status=status,
                current_phase=phase,
                lead_role=LeadRole.JOB_COACH,
                lead_name=coach[3],
                dropout_date=dropout,
                dropout_reason=rng.choice(pools.DROPOUT_REASONS)[0] if dropout else None,
                dropout_note=None,
            )["id"]
            person["job_coach_id"] = coach[0]
            rows.add(
                PhasePeriod,
                enrolment_id=enrolment_id,
                phase=Phase.RECRUITMENT,
                start_date=person["intake_date"],
                end_date=cohort.start - dt.timedelta(days=1),
                lead_role=LeadRole.CLIENT_MANAGER,
                lead_name=person["client_manager"],
                lead_staff_id=None,
            )
            if not planned:
                rows.add(
                    PhasePeriod,
                    enrolment_id=enrolment_id,
                    phase=Phase.TRAINING,
                    start_date=cohort.start,
                    end_date=dropout or (cohort.end if finished else None),
                    lead_role=LeadRole.JOB_COACH,
                    lead_name=coach[3],
                    lead_staff_id=coach[0],
                )
            member = {
                "person": person,
                "cohort": cohort,
                "enrolment_id": enrolment_id,
                "dropout": dropout,
                "coach": coach,
                "finished": finished,
            }
            cohort.members.append(member)
            members.append(member)
            if finished and not dropout and rng.random() < 0.7:
                rows.add(
                    Outcome,
                    enrolment_id=enrolment_id,
                    participant_id=person["id"],
                    kind=OutcomeKind.PAID_JOB,
                    employer_id=None,
                    job_title=rng.choice(pools.JOB_TITLES["logistiek"]),
                    start_date=cohort.end + dt.timedelta(days=rng.randint(7, 60)),
                    end_date=None,
                    hours_per_week=float(rng.choice((20, 24, 32, 36))),
                    contract_type=rng.choice(list(ContractType)),
                    dropout_reason=None,
                    benefit_ended_on=None,
                    note=None,
                )
    return members
