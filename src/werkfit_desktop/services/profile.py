"""The employer profile (kandidaatprofiel): what a candidate is good at, for an employer.

Strengths first (best observed skills, employer evaluations of practice days, valid
certificates), then availability and ambitions. Never the sensitive parts: no barriers, no
absence reasons, no coaching notes, no date of birth. Only for a participant who consented
to sharing a profile with employers. Every figure comes from the services behind the screens."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import undefer

from werkfit_desktop.domain import Cohort, Enrolment, Organisation, Participant
from werkfit_desktop.domain.certificate_state import CertificateState
from werkfit_desktop.domain.enums import PlacementDayKind
from werkfit_desktop.domain.names import full_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.employer_profile import (
    EmployerProfile,
    ProfileCertificate,
    ProfileEvaluation,
    ProfileSkill,
)
from werkfit_desktop.services import certificates, development_plan, placement_days
from werkfit_desktop.services.participants import get_participant
from werkfit_desktop.services.skill_trend import skill_trend
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

BEST_SKILLS = 6  # the strongest skills shown
COMMENTS = 3  # the latest employer comments shown
EXPIRY_WINDOW_DAYS = 60


def find_participant(db: Database, number: str) -> str:
    """The id of the participant with this number, e.g. D-000123."""
    wanted = (number or "").strip().upper()
    with db.read() as session:
        found = session.scalar(
            select(Participant.id).where(Participant.participant_number == wanted)
        )
    if found is None:
        raise ValidationFailed(
            [
                FieldError(
                    "participant",
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no participant with number '{number}'."
                    ),
                    {"number": wanted},
                )
            ]
        )
    return found


def profile_consent(db: Database, participant_id: str) -> tuple[bool, dt.date | None] | None:
    """Whether the participant consented to sharing a profile, and on which date; None when
    the participant is not there (any more)."""
    with db.read() as session:
        row = session.execute(
            select(Participant.profile_consent, Participant.profile_consent_on).where(
                Participant.id == participant_id
            )
        ).first()
    return None if row is None else (bool(row[0]), row[1])


def _organisation(session, participant_id: str) -> tuple[str, bytes | None]:
    """The organisation of the participant's latest enrolment (or the first one known)."""
    query = (
        select(Organisation)
        .join(Cohort, Cohort.organisation_id == Organisation.id)
        .join(Enrolment, Enrolment.cohort_id == Cohort.id)
        .where(Enrolment.participant_id == participant_id)
        .order_by(Enrolment.start_date.desc())
        .options(undefer(Organisation.logo_png))
        .execution_options(include_deleted=True)
        .limit(1)
    )
    organisation = (
        session.scalars(query).first()
        or session.scalars(
            select(Organisation).options(undefer(Organisation.logo_png)).limit(1)
        ).first()
    )
    if organisation is None:
        return "", None
    return organisation.name, organisation.logo_png


def employer_profile_data(
    db: Database, participant_id: str, today: dt.date | None = None
) -> EmployerProfile:
    """The profile, or ValidationFailed (in Dutch, naming the participant) without consent."""
    today = today or dt.date.today()
    details = get_participant(db, participant_id)
    data = details.data
    name = full_name(data.preferred_name or data.first_name, data.name_particle, data.last_name)
    if not data.profile_consent:
        raise ValidationFailed(
            [
                FieldError(
                    "profile_consent",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{name} has not given consent to share a profile with employers.",
                    ),
                    {"name": name},
                )
            ]
        )
    with db.read() as session:
        organisation, logo = _organisation(session, participant_id)
    trend = skill_trend(db, participant_id)
    scored = [line for line in trend.lines if line.latest is not None]
    scored.sort(key=lambda line: -(line.latest or 0))  # stable: skill order among equals
    skills = tuple(ProfileSkill(line.name, line.latest or 0) for line in scored[:BEST_SKILLS])
    days = placement_days.days_for_participant(db, participant_id)
    averages = [d.average for d in days if d.average is not None]
    comments = tuple(
        (d.date, d.employer_name, d.employer_comment.strip())
        for d in sorted(days, key=lambda d: d.date, reverse=True)
        if d.employer_comment and d.employer_comment.strip()
    )[:COMMENTS]
    evaluation = ProfileEvaluation(
        days=len(
            [d for d in days if d.kind in (PlacementDayKind.PRACTICE, PlacementDayKind.SHADOWING)]
        ),
        hours=sum(d.hours or 0.0 for d in days),
        average=sum(averages) / len(averages) if averages else None,
        comments=comments,
    )
    valid = (CertificateState.VALID, CertificateState.EXPIRING_SOON)
    certs = tuple(
        ProfileCertificate(c.type_name, c.exam_date, c.valid_until)
        for c in certificates.participant_certificates(
            db, participant_id, today, EXPIRY_WINDOW_DAYS
        )
        if c.state in valid
    )
    plan = development_plan.get_plan(db, participant_id)
    return EmployerProfile(
        participant_id=participant_id,
        number=details.number,
        name=name,
        organisation=organisation,
        logo_png=logo,
        target_job=plan.data.target_job,
        skills=skills,
        evaluation=evaluation,
        certificates=certs,
        hours_per_week=data.hours_per_week,
        driving_licence=data.driving_licence,
        ambitions=data.ambitions,
        consent_on=data.profile_consent_on,
        printed_on=today,
    )
