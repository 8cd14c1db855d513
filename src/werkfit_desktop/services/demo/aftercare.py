"""Where finished trajectories led (outcomes), the job coach's after-placement notes, and
the later rungs on the participation ladder."""

from __future__ import annotations

import datetime as dt

from werkfit_desktop.domain import CoachingNote, LadderAssessment, Outcome
from werkfit_desktop.domain.enums import ContactType, ContractType, OutcomeKind, TargetGroup
from werkfit_desktop.services.demo import pools
from werkfit_desktop.services.demo.cohorts import CohortState
from werkfit_desktop.services.demo.context import DemoContext
from werkfit_desktop.services.demo.people import Member, aftercare_end_of
from werkfit_desktop.services.demo.reference import INSTALLATION, LOGISTICS, Reference

_PLACED = (OutcomeKind.PAID_JOB, OutcomeKind.APPRENTICESHIP)
_CONTRACTS = (
    (ContractType.TEMPORARY, 45),
    (ContractType.SUBSIDISED, 20),
    (ContractType.PERMANENT, 10),
    (ContractType.AGENCY, 15),
    (ContractType.ON_CALL, 10),
)
_JOB_ENDS = (
    "Tijdelijk contract niet verlengd.",
    "Proeftijd niet doorgekomen.",
    "Zelf opgezegd: reistijd te lang.",
)


def _start(ctx: DemoContext, member: Member, low: int, high: int) -> dt.date:
    """A start date after the cohort ended and before today."""
    end = member.cohort.end
    start = end + ctx.days(low, high)
    return max(end + dt.timedelta(days=1), min(start, ctx.today - dt.timedelta(days=3)))


def outcome(ctx: DemoContext, ref: Reference, member: Member, groups: list[TargetGroup]) -> None:
    if member.cohort.state is not CohortState.FINISHED or member.fate is None:
        return
    rng = ctx.rng
    assert member.enrolment is None
    kind = member.fate
    base = {"participant_id": member.participant.id, "kind": kind}
    sector = member.cohort.programme.spec.sector
    if kind is OutcomeKind.DROPOUT:
        row = Outcome(
            **base,
            start_date=member.dropout_date,
            dropout_reason=member.dropout_reason,
            note=member.dropout_note,
        )
    elif kind in _PLACED:
        if member.practice and ctx.chance(0.7):
            member.job_employer = member.practice
        else:
            job_sector = LOGISTICS if sector == INSTALLATION and ctx.chance(0.2) else sector
            member.job_employer = rng.choice(ref.employers_in(job_sector))
        employer = member.job_employer
        start = _start(ctx, member, -10, 45)
        if kind is OutcomeKind.PAID_JOB:
            hours = rng.choice((16, 20, 24, 24, 28, 32, 32, 36, 38))
            contract = ctx.weighted(_CONTRACTS)
            title = rng.choice(pools.JOB_TITLES[employer.sector])
        else:
            hours, contract, title = 32, ContractType.TEMPORARY, pools.BBL_TITLES[sector]
        benefit_ended = None
        if TargetGroup.BIJSTAND in groups and (hours >= 24 or ctx.chance(0.4)):
            benefit_ended = start + ctx.days(20, 40)
            if benefit_ended >= ctx.today:
                benefit_ended = None
        end, note = None, None
        if kind is OutcomeKind.PAID_JOB and ctx.chance(0.12):
            candidate = start + ctx.days(60, 150)
            if candidate < ctx.today:
                end, note = candidate, rng.choice(_JOB_ENDS)
        row = Outcome(
            **base,
            employer_id=employer.employer.id,
            job_title=title,
            start_date=start,
            end_date=end,
            hours_per_week=float(hours),
            contract_type=contract,
            benefit_ended_on=benefit_ended,
            note=note,
        )
    elif kind is OutcomeKind.EDUCATION:
        row = Outcome(
            **base, start_date=_start(ctx, member, 20, 90), note=rng.choice(pools.EDUCATION_NOTES)
        )
    elif kind is OutcomeKind.VOLUNTEERING:
        row = Outcome(
            **base,
            start_date=_start(ctx, member, 10, 60),
            hours_per_week=8.0,
            note="Vrijwilligerswerk in het buurthuis, met zicht op betaald werk.",
        )
    else:
        row = Outcome(
            **base,
            start_date=_start(ctx, member, 5, 30),
            note="Nog geen passend werk; terug in beeld bij de klantmanager.",
        )
    # The enrolment id is set once the enrolment exists (it depends on this outcome).
    member.outcome = ctx.add(row)


def link_outcome(member: Member) -> None:
    if member.outcome is not None and member.enrolment is not None:
        member.outcome.enrolment_id = member.enrolment.id


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def coaching_notes(ctx: DemoContext, member: Member) -> None:
    """The job coach's after-placement contacts: every two to five weeks for half a year."""
    job = member.outcome
    if job is None or job.kind not in _PLACED or member.job_employer is None:
        return
    assert job.start_date is not None and member.enrolment is not None
    rng = ctx.rng
    window_end = aftercare_end_of(job)
    supervisor = member.job_employer.supervisor.name
    employer = member.job_employer.employer.name
    first = member.first_name

    def note(
        day: dt.date,
        due: dt.date | None,
        discussed: str,
        agreements: str | None,
        contact: ContactType,
        private: bool = False,
    ) -> None:
        with_whom = {
            ContactType.VISIT: f"{member.name} en werkbegeleider {supervisor}",
            ContactType.EMPLOYER_MEETING: f"{supervisor} ({employer})",
        }.get(contact, member.name)
        at = dt.datetime.combine(
            day, dt.time(rng.randint(7, 14), rng.choice((0, 15, 30, 45))), tzinfo=dt.UTC
        )
        ctx.add(
            CoachingNote(
                participant_id=member.participant.id,
                author_id=member.job_coach.id,
                enrolment_id=member.enrolment.id,
                outcome_id=job.id,
                contact_at=at,
                contact_type=contact,
                with_whom=with_whom,
                discussed=discussed,
                agreements=agreements,
                next_contact_due=due,
                private=private,
            )
        )
        # The job coach who writes the after-placement notes owns the participant's coaching.
        member.participant.job_coach_id = member.job_coach.id

    day = _weekday(job.start_date + ctx.days(5, 12))
    last = min(window_end, ctx.today - dt.timedelta(days=1))
    # Some coaches run behind: their next contact tends to come late (overdue follow-ups).
    delay = (5, 25) if ctx.chance(0.3) else (-4, 6)
    while day <= last:
        due = day + ctx.days(14, 35)
        contact = ctx.weighted(
            (
                (ContactType.VISIT, 35),
                (ContactType.PHONE, 35),
                (ContactType.VIDEO, 10),
                (ContactType.EMPLOYER_MEETING, 20),
            )
        )
        if ctx.chance(0.06):
            note(day, due, rng.choice(pools.COACHING_PRIVATE), None, contact, private=True)
        else:
            note(
                day,
                due,
                rng.choice(pools.COACHING_DISCUSSED).format(first=first),
                rng.choice(pools.COACHING_AGREEMENTS).format(first=first),
                contact,
            )
        day = _weekday(due + ctx.days(*delay))
    if window_end < ctx.today:
        if job.end_date:
            reason = (job.note or "").rstrip(".").lower()
            text = f"Het dienstverband bij {employer} is beëindigd: {reason}."
            agreement = "Terugverwezen naar de klantmanager voor een vervolg."
        else:
            text = (
                f"Afsluitend gesprek: de nazorg stopt na een half jaar. {first} werkt "
                "zelfstandig verder; de werkgever weet de jobcoach te vinden."
            )
            agreement = "Geen vervolgafspraak; bij vragen belt de werkgever de jobcoach."
        closing = _weekday(window_end)
        note(
            closing if closing < ctx.today else window_end, None, text, agreement, ContactType.PHONE
        )


def later_rungs(ctx: DemoContext, member: Member) -> None:
    """A second place on the participation ladder: now, or when the trajectory ended."""
    cohort = member.cohort
    if cohort.state is CohortState.PLANNED:
        return
    rung = member.intake_rung
    if cohort.state is CohortState.RUNNING:
        day = cohort.start + ctx.days(28, 42)
        if day > ctx.today:
            return
        rung = max(rung, 4 if member.first_practice_day and member.first_practice_day < day else 3)
        note = "Tussentijdse meting"
    elif member.dropout_date:
        day, note = member.dropout_date, "Bij uitval"
    else:
        job = member.outcome
        day = min(cohort.end + ctx.days(20, 60), ctx.today)
        note = "Na afronding"
        if job and job.kind in _PLACED and job.start_date:
            day = min(job.start_date + ctx.days(30, 60), ctx.today)
            supported = job.contract_type is ContractType.SUBSIDISED or ctx.chance(0.4)
            rung = 4 if job.end_date and job.end_date < day else (5 if supported else 6)
        elif job and job.kind is OutcomeKind.VOLUNTEERING:
            rung = max(rung, 4)
        else:
            rung = max(rung, 3)
    ctx.add(
        LadderAssessment(
            participant_id=member.participant.id, assessed_on=day, rung=rung, note=note
        )
    )
