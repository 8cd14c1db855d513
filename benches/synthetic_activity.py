"""What happens in the cohorts of a realistic-scale database (see generate.py), as plain
dicts: attendance, skill observations, certificates, placement days, coaching notes."""

from __future__ import annotations

import datetime as dt

from benches.synthetic import Scale, weighted
from werkfit_desktop.domain import (
    Attendance,
    Certificate,
    CoachingNote,
    PlacementDay,
    SkillObservation,
)
from werkfit_desktop.domain.certificate import derive_valid_until
from werkfit_desktop.domain.enums import (
    AttendanceStatus,
    ContactType,
    ExamResult,
    PlacementDayKind,
)
from werkfit_desktop.services.demo import pools

_STATUS_WEIGHTS = (
    (AttendanceStatus.PRESENT, 82),
    (AttendanceStatus.LATE, 7),
    (AttendanceStatus.ABSENT_EXCUSED, 5),
    (AttendanceStatus.ABSENT_UNEXCUSED, 2),
    (AttendanceStatus.SICK, 4),
)
_RESULTS = (
    (ExamResult.PASSED, 78),
    (ExamResult.FAILED, 12),
    (ExamResult.NO_SHOW, 3),
    (ExamResult.PLANNED, 7),
)


def attendance(rows, rng, cohorts, members, today) -> None:
    statuses = [s for s, _ in _STATUS_WEIGHTS]
    weights = [w for _, w in _STATUS_WEIGHTS]
    notes = pools.ATTENDANCE_NOTES
    for cohort in cohorts:
        for session_id, day, _module, cancelled in cohort.sessions:
            if day > today or cancelled:
                continue
            picks = rng.choices(statuses, weights=weights, k=len(cohort.members))
            for member, status in zip(cohort.members, picks, strict=True):
                if member["dropout"] and day >= member["dropout"]:
                    continue
                late = rng.randint(5, 40) if status == AttendanceStatus.LATE else None
                note = (
                    rng.choice(notes[status])
                    if status != AttendanceStatus.PRESENT and rng.random() < 0.3
                    else None
                )
                rows.add(
                    Attendance,
                    session_id=session_id,
                    participant_id=member["person"]["id"],
                    status=status,
                    minutes_late=late,
                    note=note,
                    recorded_by_id=None,
                )


def observations(rows, rng, members, skills, cohorts) -> None:
    for member in members:
        sessions = [s for s in member["cohort"].sessions if s[1] <= rows.stamp.date()]
        if not sessions:
            continue
        for _ in range(4):
            session_id, day, _m, _c = rng.choice(sessions)
            rows.add(
                SkillObservation,
                participant_id=member["person"]["id"],
                skill_id=rng.choice(skills).id,
                observed_on=day,
                score=rng.randint(1, 4),
                note=rng.choice(pools.OBSERVATION_NOTES) if rng.random() < 0.3 else None,
                observer_id=None,
                session_id=session_id,
            )


def certificates(rows, rng, sizes: Scale, people, ref, today) -> None:
    types = list(ref.certificate_types.values())
    per = max(1, sizes.certificates // min(len(people), 5_000))
    count = 0
    for person in people:
        for _ in range(per):
            if count >= sizes.certificates:
                return
            kind = rng.choice(types)
            result = weighted(rng, _RESULTS)
            exam = today - dt.timedelta(days=rng.randint(-60, 8 * 365))
            if result == ExamResult.PLANNED:
                exam = today + dt.timedelta(days=rng.randint(1, 60))
            passed = result == ExamResult.PASSED
            rows.add(
                Certificate,
                participant_id=person["id"],
                certificate_type_id=kind.id,
                exam_date=exam,
                result=result,
                diploma_number=f"CDR-{rng.randint(1_000_000, 9_999_999)}" if passed else None,
                issuer="Examencentrum Noord" if passed else None,
                issued_on=exam if passed else None,
                valid_until=derive_valid_until(exam, kind.default_validity_months)
                if passed
                else None,
                valid_until_overridden=False,
                note=None,
            )
            count += 1


def placement_days(rows, rng, sizes: Scale, members, employers, today) -> None:
    per = max(1, sizes.placement_days // max(1, len(members)))
    count = 0
    for member in members:
        cohort = member["cohort"]
        if cohort.start > today:
            continue
        for _ in range(per):
            if count >= sizes.placement_days:
                return
            day = cohort.start + dt.timedelta(
                days=rng.randint(21, max(22, (cohort.end - cohort.start).days))
            )
            rows.add(
                PlacementDay,
                participant_id=member["person"]["id"],
                employer_id=rng.choice(employers).id,
                enrolment_id=member["enrolment_id"],
                date=min(day, today),
                kind=rng.choice(list(PlacementDayKind)),
                hours=float(rng.choice((4, 6, 8))),
                supervisor_name=None,
                supervisor_contact_id=None,
                score_punctuality=rng.randint(1, 4),
                score_attitude=rng.randint(1, 4),
                score_skills=rng.randint(1, 4),
                score_cooperation=rng.randint(1, 4),
                employer_comment=rng.choice(pools.EMPLOYER_COMMENTS),
                participant_reflection=rng.choice(pools.REFLECTIONS)
                if rng.random() < 0.5
                else None,
            )
            count += 1


def notes(rows, rng, sizes: Scale, people, members, coaches, today) -> None:
    enrolment_of = {m["person"]["id"]: m for m in members}
    per = max(1, sizes.notes // len(people))
    contact_types = list(ContactType)
    for person in people:
        member = enrolment_of.get(person["id"])
        author = member["coach"] if member else rng.choice(coaches)
        first = person["first_name"]
        for _ in range(per):
            contact = dt.datetime.combine(
                today - dt.timedelta(days=rng.randint(0, 5 * 365)),
                dt.time(rng.randint(8, 16)),
                tzinfo=dt.UTC,
            )
            rows.add(
                CoachingNote,
                participant_id=person["id"],
                author_id=author[0],
                enrolment_id=member["enrolment_id"] if member else None,
                outcome_id=None,
                contact_at=contact,
                contact_type=rng.choice(contact_types),
                with_whom=None,
                discussed=rng.choice(pools.COACHING_DISCUSSED).format(first=first),
                agreements=rng.choice(pools.COACHING_AGREEMENTS).format(first=first),
                next_contact_due=(contact + dt.timedelta(days=21)).date(),
                private=rng.random() < 0.05,
                draft=False,
            )
