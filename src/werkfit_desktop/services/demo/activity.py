"""What happens during a cohort: shadowing and practice days, attendance, skill
observations, and exams with their certificates (plus certificates people already had)."""

from __future__ import annotations

import datetime as dt

from werkfit_desktop.domain import (
    Attendance,
    Certificate,
    CertificateType,
    PlacementDay,
    Skill,
    SkillObservation,
    TrainingSession,
)
from werkfit_desktop.domain.certificate import add_months, derive_valid_until
from werkfit_desktop.domain.enums import (
    AttendanceStatus,
    ExamResult,
    LanguageLevel,
    OutcomeKind,
    PlacementDayKind,
)
from werkfit_desktop.services.demo import pools
from werkfit_desktop.services.demo.cohorts import CohortInfo, CohortState
from werkfit_desktop.services.demo.context import DemoContext
from werkfit_desktop.services.demo.people import Member
from werkfit_desktop.services.demo.reference import Reference

A = AttendanceStatus
_ATTENDANCE = {
    "reliable": (
        (A.PRESENT, 920),
        (A.LATE, 30),
        (A.ABSENT_EXCUSED, 25),
        (A.ABSENT_UNEXCUSED, 5),
        (A.SICK, 20),
    ),
    "average": (
        (A.PRESENT, 840),
        (A.LATE, 70),
        (A.ABSENT_EXCUSED, 40),
        (A.ABSENT_UNEXCUSED, 20),
        (A.SICK, 30),
    ),
    "late": (
        (A.PRESENT, 660),
        (A.LATE, 220),
        (A.ABSENT_EXCUSED, 40),
        (A.ABSENT_UNEXCUSED, 40),
        (A.SICK, 40),
    ),
    # The weeks before someone drops out
    "leaving": (
        (A.PRESENT, 500),
        (A.LATE, 50),
        (A.ABSENT_EXCUSED, 100),
        (A.ABSENT_UNEXCUSED, 200),
        (A.SICK, 150),
    ),
}
_ISSUERS = {
    "VCA Basis": "VCA-examencentrum IJsselland",
    "BHV": "BHV Opleidingen Vechtdal",
    "EHBO": "EHBO-vereniging Vechtdal",
    "Heftruck": "Heftruckschool Oost",
    "NEN 3140": "Elektro Opleidingscentrum Zwolle",
    "F-gassen": "Koeltechniek Examens Oost",
    "Taalniveau B1": "DUO",
}
_EARLIER = "Eerder behaald; kopie bij de intake gezien."


def _clamp(value: float) -> int:
    return min(4, max(1, round(value)))


def placement_days(ctx: DemoContext, ref: Reference, member: Member) -> None:
    """Shadowing days first, then about one practice day a week at one employer."""
    cohort = member.cohort
    if cohort.state is CohortState.PLANNED:
        return
    spec = cohort.programme.spec
    rng = ctx.rng
    member.practice = rng.choice(ref.employers_in(rng.choice(spec.practice_sectors)))
    last = min(cohort.end, ctx.today)
    if member.dropout_date:
        last = min(last, member.dropout_date - dt.timedelta(days=1))
    week = spec.practice_from_week
    shadow_days = rng.choice((1, 2))
    while True:
        monday = cohort.week0 + dt.timedelta(weeks=week)
        day = monday + dt.timedelta(days=rng.choice(spec.practice_weekdays))
        if day > last:
            break
        week += 1
        shadowing = shadow_days > 0
        if ctx.is_holiday(day) or (not shadowing and not ctx.chance(0.85)):
            continue
        shadow_days -= 1
        host = (
            rng.choice(ref.employers_in(member.practice.sector)) if shadowing else member.practice
        )
        progress = cohort.progress(day)
        quality = 1.5 + member.aptitude * 1.2 + progress * 1.3
        on_time = {"reliable": 3.6, "average": 3.0, "late": 2.0}[member.reliability]
        supervisor = host.supervisor
        ctx.add(
            PlacementDay(
                participant_id=member.participant.id,
                employer_id=host.employer.id,
                date=day,
                kind=PlacementDayKind.SHADOWING if shadowing else PlacementDayKind.PRACTICE,
                hours=4.0 if shadowing else rng.choice((4.0, 7.5, 8.0)),
                supervisor_name=supervisor.name,
                supervisor_contact_id=supervisor.id,
                score_punctuality=_clamp(on_time + progress * 0.5 + rng.uniform(-0.7, 0.7)),
                score_attitude=_clamp(quality + 0.3 + rng.uniform(-0.6, 0.6)),
                score_skills=_clamp(quality + rng.uniform(-0.6, 0.6)),
                score_cooperation=_clamp(quality + 0.2 + rng.uniform(-0.6, 0.6)),
                employer_comment=rng.choice(pools.EMPLOYER_COMMENTS),
                participant_reflection=rng.choice(pools.REFLECTIONS) if ctx.chance(0.75) else None,
                # enrolment_id is filled in once the enrolment exists
            )
        )
        if member.first_practice_day is None:
            member.first_practice_day = day


def link_placement_days(ctx: DemoContext, members: list[Member]) -> None:
    by_participant = {m.participant.id: m for m in members}
    for row in ctx.rows:
        if isinstance(row, PlacementDay) and row.participant_id in by_participant:
            enrolment = by_participant[row.participant_id].enrolment
            row.enrolment_id = enrolment.id if enrolment else None


def attendance(ctx: DemoContext, cohort: CohortInfo) -> dict[str, list[TrainingSession]]:
    """Attendance for every held session; returns the sessions each participant attended."""
    rng = ctx.rng
    attended: dict[str, list[TrainingSession]] = {m.participant.id: [] for m in cohort.members}
    for session in cohort.held_sessions(ctx.today):
        for member in cohort.members:
            if not member.active_on(session.date):
                continue
            profile = member.reliability
            if member.dropout_date and (member.dropout_date - session.date).days <= 21:
                profile = "leaving"
            status = ctx.weighted(_ATTENDANCE[profile])
            minutes = min(rng.randint(5, 45), rng.randint(5, 45)) if status is A.LATE else None
            note = None
            if status is not A.PRESENT and ctx.chance(0.5):
                note = rng.choice(pools.ATTENDANCE_NOTES[status.value])
            ctx.add(
                Attendance(
                    session_id=session.id,
                    participant_id=member.participant.id,
                    status=status,
                    minutes_late=minutes,
                    note=note,
                    recorded_by_id=session.trainer_id,
                )
            )
            if status in (A.PRESENT, A.LATE):
                attended[member.participant.id].append(session)
    return attended


def observations(
    ctx: DemoContext, skills: list[Skill], member: Member, attended: list[TrainingSession]
) -> None:
    """Every week or two a trainer scores two or three skills; scores grow over time."""
    rng = ctx.rng
    level = member.participant.language_level
    speaking = (
        {
            LanguageLevel.A0: 1.0,
            LanguageLevel.A1: 1.0,
            LanguageLevel.A2: 1.4,
            LanguageLevel.B1: 1.9,
        }.get(level, 2.6)
        if level
        else 2.0
    )
    on_time = {"reliable": 2.5, "average": 1.9, "late": 1.2}[member.reliability]
    last: dt.date | None = None
    gap = rng.randint(7, 14)
    for session in attended:
        if last is not None and (session.date - last).days < gap:
            continue
        last, gap = session.date, rng.randint(7, 14)
        progress = member.cohort.progress(session.date)
        for skill in rng.sample(skills, rng.choice((2, 2, 3))):
            base = {1: on_time, 2: speaking}.get(skill.position, 1.3 + member.aptitude * 0.8)
            ctx.add(
                SkillObservation(
                    participant_id=member.participant.id,
                    skill_id=skill.id,
                    observed_on=session.date,
                    score=_clamp(base + progress * 1.6 + rng.uniform(-0.5, 0.5)),
                    note=rng.choice(pools.OBSERVATION_NOTES) if ctx.chance(0.15) else None,
                    observer_id=session.trainer_id,
                    session_id=session.id,
                )
            )


def _certificate(
    ctx: DemoContext,
    kind: CertificateType,
    member: Member,
    exam: dt.date,
    result: ExamResult,
    note: str | None = None,
) -> Certificate:
    passed = result is ExamResult.PASSED
    issued = exam + ctx.days(7, 21) if passed else None
    prefix = "".join(c for c in kind.name.upper() if c.isalnum())[:4]
    return ctx.add(
        Certificate(
            participant_id=member.participant.id,
            certificate_type_id=kind.id,
            exam_date=exam,
            result=result,
            diploma_number=f"{prefix}-{exam.year}-{ctx.rng.randint(100_000, 999_999)}"
            if passed and kind.name != "Taalniveau B1"
            else None,
            issuer=_ISSUERS.get(kind.name),
            issued_on=issued if issued and issued <= ctx.today else None,
            valid_until=derive_valid_until(exam, kind.default_validity_months) if passed else None,
            valid_until_overridden=False,
            note=note,
        )
    )


def _exam_result(ctx: DemoContext, member: Member) -> ExamResult:
    no_show = 0.1 if member.reliability == "late" else 0.04
    passed = 0.7 + 0.22 * member.aptitude
    return ctx.weighted(
        (
            (ExamResult.PASSED, round(passed * 1000)),
            (ExamResult.NO_SHOW, round(no_show * 1000)),
            (ExamResult.FAILED, round((1 - passed - no_show) * 1000)),
        )
    )


def module_exams(ctx: DemoContext, ref: Reference, cohort: CohortInfo) -> None:
    """An exam at the last session of every certificate module; a retake four weeks after
    a failed exam or a no-show; planned exams where the date is still to come."""
    types = {t.id: t for t in ref.certificate_types.values()}
    for module in cohort.programme.modules:
        if module.certificate_type_id is None:
            continue
        kind = types[module.certificate_type_id]
        days = [s.date for s in cohort.sessions if s.module_id == module.id and not s.cancelled]
        if not days:
            continue
        exam = days[-1]
        for member in cohort.members:
            if member.dropout_date and member.dropout_date <= exam:
                continue
            if exam > ctx.today:
                _certificate(ctx, kind, member, exam, ExamResult.PLANNED)
                continue
            result = _exam_result(ctx, member)
            _certificate(ctx, kind, member, exam, result)
            if result is ExamResult.PASSED:
                continue
            retake = exam + dt.timedelta(days=28)
            while retake.weekday() >= 5 or ctx.is_holiday(retake):
                retake += dt.timedelta(days=1)
            if member.dropout_date and member.dropout_date <= retake:
                continue
            again = (
                ExamResult.PLANNED
                if retake > ctx.today
                else ctx.weighted(((ExamResult.PASSED, 8), (ExamResult.FAILED, 2)))
            )
            _certificate(ctx, kind, member, retake, again, note="Herexamen")


def earlier_certificates(ctx: DemoContext, ref: Reference, members: list[Member]) -> None:
    """Certificates people bring along (some expired, some about to expire), and a few
    gained through their new employer."""
    types = ref.certificate_types
    rng = ctx.rng
    for member in members:
        intake = member.participant.intake_date
        assert intake is not None
        level = member.participant.language_level
        if member.origin.refugee and level == LanguageLevel.B1 and ctx.chance(0.5):
            _certificate(
                ctx,
                types["Taalniveau B1"],
                member,
                intake - ctx.days(60, 700),
                ExamResult.PASSED,
                _EARLIER,
            )
        if ctx.chance(0.15):
            name, low, high = rng.choice(
                (
                    ("BHV", 100, 1400),
                    ("EHBO", 200, 1600),
                    ("Heftruck", 300, 2500),
                    ("VCA Basis", 1500, 4000),
                )
            )
            _certificate(
                ctx, types[name], member, intake - ctx.days(low, high), ExamResult.PASSED, _EARLIER
            )
        outcome = member.outcome
        if (
            outcome
            and outcome.kind is OutcomeKind.PAID_JOB
            and outcome.start_date
            and ctx.chance(0.25)
        ):
            exam = outcome.start_date + ctx.days(30, 120)
            name = {
                "installatietechniek": rng.choice(("NEN 3140", "F-gassen")),
                "logistiek": "Heftruck",
                "zorg": "BHV",
            }.get(member.job_employer.sector if member.job_employer else "", "BHV")
            if exam < ctx.today:
                _certificate(
                    ctx, types[name], member, exam, ExamResult.PASSED, "Via de werkgever behaald."
                )
    # Make sure the certificate overview has something to warn about, whatever the seed.
    recent = [m for m in members if m.cohort.state is not CohortState.FINISHED]
    chosen = rng.sample(recent, 6)
    soon = ((types["BHV"], 12), (types["EHBO"], 24), (types["VCA Basis"], 120))
    for member, (kind, months) in zip(chosen[:3], soon, strict=True):
        exam = add_months(ctx.today, -months) + ctx.days(10, 80)
        _certificate(ctx, kind, member, exam, ExamResult.PASSED, _EARLIER)
    expired = (
        (types["BHV"], 420, 1100),
        (types["EHBO"], 800, 1500),
        (types["VCA Basis"], 3700, 4200),
    )
    for member, (kind, low, high) in zip(chosen[3:], expired, strict=True):
        _certificate(
            ctx, kind, member, ctx.today - ctx.days(low, high), ExamResult.PASSED, _EARLIER
        )
