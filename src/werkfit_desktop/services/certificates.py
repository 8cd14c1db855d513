"""Certificates: the catalogue of certificate types, participants' exams and certificates,
the overview with its states (domain.certificate_state) and the counts per state.

valid_until is stored: derived from the type's validity and the exam date unless the user
overrode it (valid_until_overridden). Changing a type's validity re-derives the valid-until
of that type's certificates that were not overridden."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from werkfit_desktop.domain import Certificate, CertificateType, Participant, utcnow
from werkfit_desktop.domain.certificate import derive_valid_until
from werkfit_desktop.domain.certificate_state import CertificateState
from werkfit_desktop.domain.enums import ExamResult
from werkfit_desktop.domain.names import fold, listed_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.certificate_overview import (
    OverviewFilter,
    lines_query,
    overview_counts,
    overview_lines,
    participant_state_counts,
    to_lines,
)
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

MAX_VALIDITY_MONTHS = 600


@dataclass(frozen=True)
class CertificateTypeRow:
    id: str
    name: str
    default_validity_months: int | None  # None: does not expire
    description: str | None
    active: bool
    certificates: int  # how many (not deleted) certificates use it


@dataclass(frozen=True)
class CertificateTypeInput:
    name: str
    default_validity_months: int | None = None
    description: str | None = None
    active: bool = True


@dataclass(frozen=True)
class CertificateInput:
    certificate_type_id: str
    exam_date: dt.date | None
    result: ExamResult
    diploma_number: str | None = None
    issuer: str | None = None
    valid_until: dt.date | None = None  # only used when valid_until_overridden
    valid_until_overridden: bool = False
    note: str | None = None


@dataclass(frozen=True)
class CertificateRow:
    """One line of the overview (and of the participant page)."""

    id: str
    participant_id: str
    participant_number: str
    participant_name: str  # "Berg, Jan van den"
    type_id: str
    type_name: str
    exam_date: dt.date | None
    result: ExamResult
    diploma_number: str | None
    issuer: str | None
    valid_until: dt.date | None
    valid_until_overridden: bool
    state: CertificateState
    has_scan: bool


@dataclass(frozen=True)
class CertificateDetails:
    id: str
    participant_id: str
    participant_number: str
    participant_name: str
    data: CertificateInput


# ---------------------------------------------------------------- certificate types


def list_types(db: Database, include_inactive: bool = True) -> list[CertificateTypeRow]:
    """The catalogue, by name."""
    used = (
        select(func.count(Certificate.id))
        .where(
            Certificate.certificate_type_id == CertificateType.id,
            Certificate.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    query = select(CertificateType, used).order_by(CertificateType.name)
    if not include_inactive:
        query = query.where(CertificateType.active.is_(True))
    with db.read() as session:
        rows = session.execute(query).all()
        return [
            CertificateTypeRow(
                t.id, t.name, t.default_validity_months, t.description, bool(t.active), int(n)
            )
            for t, n in rows
        ]


def _validate_type(session, type_id: str | None, data: CertificateTypeInput) -> list[FieldError]:
    errors = []
    name = data.name.strip()
    if not name:
        errors.append(FieldError("name", QT_TRANSLATE_NOOP("Validation", "Name is required.")))
    else:
        clash = session.execute(select(CertificateType.id, CertificateType.name)).all()
        if any(fold(n) == fold(name) and i != type_id for i, n in clash):
            errors.append(
                FieldError(
                    "name",
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is already a certificate type '{name}'."
                    ),
                    {"name": name},
                )
            )
    months = data.default_validity_months
    if months is not None and not 0 <= months <= MAX_VALIDITY_MONTHS:
        errors.append(
            FieldError(
                "default_validity_months",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Validity must be between 0 and {max} months, or empty for no expiry.",
                ),
                {"max": MAX_VALIDITY_MONTHS},
            )
        )
    return errors


def save_type(db: Database, type_id: str | None, data: CertificateTypeInput) -> tuple[str, Changes]:
    """Create (type_id None) or change a certificate type. A changed validity re-derives the
    valid-until of its certificates that were not overridden (they are in the Changes)."""
    changed_certificates: set[str] = set()
    with db.write() as session:
        errors = _validate_type(session, type_id, data)
        if errors:
            raise ValidationFailed(errors)
        if type_id is None:
            # A type whose adding was undone comes back under its old id (names are unique).
            kind = next(
                (
                    t
                    for t in session.scalars(
                        select(CertificateType)
                        .where(CertificateType.deleted_at.is_not(None))
                        .execution_options(include_deleted=True)
                    )
                    if fold(t.name) == fold(data.name.strip())
                ),
                None,
            )
            if kind is None:
                kind = CertificateType(active=True)
                session.add(kind)
            kind.deleted_at = None
        else:
            kind = session.get_one(CertificateType, type_id)
        validity_changed = type_id is not None and (
            kind.default_validity_months != data.default_validity_months
        )
        kind.name = data.name.strip()
        kind.default_validity_months = data.default_validity_months
        kind.description = (data.description or "").strip() or None
        kind.active = data.active
        session.flush()
        if validity_changed:
            for certificate in session.scalars(
                select(Certificate).where(
                    Certificate.certificate_type_id == kind.id,
                    Certificate.valid_until_overridden.is_(False),
                )
            ):
                derived = _derived(certificate.result, certificate.exam_date, kind)
                if certificate.valid_until != derived:
                    certificate.valid_until = derived
                    changed_certificates.add(certificate.id)
        saved_id = kind.id
    return saved_id, Changes(
        certificate_types=frozenset({saved_id}), certificates=frozenset(changed_certificates)
    )


def get_type(db: Database, type_id: str) -> CertificateTypeInput:
    with db.read() as session:
        t = session.get_one(CertificateType, type_id)
        return CertificateTypeInput(t.name, t.default_validity_months, t.description, t.active)


# The catalogue a new installation starts from (names as the field uses them; all editable).
STANDARD_TYPES: tuple[tuple[str, int | None], ...] = (
    ("VCA Basis", 120),
    ("VCA VOL", 120),
    ("VIL VCU", 120),
    ("BHV", 12),
    ("EHBO", 24),
    ("NEN 3140", 36),
    ("F-gassen", 84),
    ("Heftruck", 60),
    ("Taalniveau B1", None),
)


def add_standard_types(db: Database) -> Changes:
    """Add the standard types that are not in the catalogue yet (by name)."""
    added = set()
    with db.write() as session:
        present = {
            fold(n)
            for n in session.scalars(
                select(CertificateType.name).execution_options(include_deleted=True)
            )
        }
        for name, months in STANDARD_TYPES:
            if fold(name) not in present:
                kind = CertificateType(name=name, default_validity_months=months, active=True)
                session.add(kind)
                session.flush()
                added.add(kind.id)
    return Changes(certificate_types=frozenset(added))


def set_type_active(db: Database, type_id: str, active: bool) -> Changes:
    """Inactive types stay on existing certificates but are not offered for new ones."""
    with db.write() as session:
        session.get_one(CertificateType, type_id).active = active
    return Changes(certificate_types=frozenset({type_id}))


def set_type_deleted(db: Database, type_id: str, deleted: bool) -> Changes:
    """Undo of adding a type (a tombstone); only while no certificate uses it."""
    with db.write() as session:
        kind = session.scalars(
            select(CertificateType)
            .where(CertificateType.id == type_id)
            .execution_options(include_deleted=True)
        ).one()
        if deleted and session.scalar(
            select(func.count(Certificate.id)).where(Certificate.certificate_type_id == type_id)
        ):
            kind.active = False
        else:
            kind.deleted_at = utcnow() if deleted else None
    return Changes(certificate_types=frozenset({type_id}))


def _derived(
    result: ExamResult, exam_date: dt.date | None, kind: CertificateType
) -> dt.date | None:
    if result != ExamResult.PASSED:
        return None
    return derive_valid_until(exam_date, kind.default_validity_months)


# ---------------------------------------------------------------- certificates


def validate_certificate(data: CertificateInput) -> list[FieldError]:
    errors = []
    if not data.certificate_type_id:
        errors.append(
            FieldError(
                "certificate_type_id",
                QT_TRANSLATE_NOOP("Validation", "Choose the certificate type."),
            )
        )
    if data.exam_date is None and data.result != ExamResult.PLANNED:
        errors.append(
            FieldError(
                "exam_date",
                QT_TRANSLATE_NOOP("Validation", "Give the exam date of a result."),
            )
        )
    if (
        data.valid_until_overridden
        and data.valid_until is not None
        and data.exam_date is not None
        and data.valid_until < data.exam_date
    ):
        errors.append(
            FieldError(
                "valid_until",
                QT_TRANSLATE_NOOP("Validation", "Valid until lies before the exam date."),
            )
        )
    return errors


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _apply(session, certificate: Certificate, data: CertificateInput) -> None:
    kind = session.get_one(CertificateType, data.certificate_type_id)
    certificate.certificate_type_id = kind.id
    certificate.exam_date = data.exam_date
    certificate.result = data.result
    certificate.diploma_number = _clean(data.diploma_number)
    certificate.issuer = _clean(data.issuer)
    certificate.note = _clean(data.note)
    certificate.valid_until_overridden = data.valid_until_overridden
    if data.valid_until_overridden:
        certificate.valid_until = data.valid_until
    else:
        certificate.valid_until = _derived(data.result, data.exam_date, kind)


def _certificate_changes(certificate_id: str, participant_id: str) -> Changes:
    return Changes(
        certificates=frozenset({certificate_id}), participants=frozenset({participant_id})
    )


def record_certificate(
    db: Database, participant_id: str, data: CertificateInput
) -> tuple[str, Changes]:
    """A planned exam or a result for the participant; returns the new certificate's id."""
    errors = validate_certificate(data)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        session.get_one(Participant, participant_id)
        certificate = Certificate(participant_id=participant_id)
        _apply(session, certificate, data)
        session.add(certificate)
        session.flush()
        certificate_id = certificate.id
    return certificate_id, _certificate_changes(certificate_id, participant_id)


def update_certificate(db: Database, certificate_id: str, data: CertificateInput) -> Changes:
    errors = validate_certificate(data)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        certificate = session.get_one(Certificate, certificate_id)
        _apply(session, certificate, data)
        participant_id = certificate.participant_id
    return _certificate_changes(certificate_id, participant_id)


def set_certificate_deleted(db: Database, certificate_id: str, deleted: bool) -> Changes:
    """Delete (a tombstone) or, for undo, bring back a certificate."""
    with db.write() as session:
        certificate = session.scalars(
            select(Certificate)
            .where(Certificate.id == certificate_id)
            .execution_options(include_deleted=True)
        ).one()
        certificate.deleted_at = utcnow() if deleted else None
        participant_id = certificate.participant_id
    return _certificate_changes(certificate_id, participant_id)


def get_certificate(db: Database, certificate_id: str) -> CertificateDetails:
    with db.read() as session:
        c, p = session.execute(
            select(Certificate, Participant)
            .join(Participant, Participant.id == Certificate.participant_id)
            .where(Certificate.id == certificate_id)
        ).one()
        data = CertificateInput(
            certificate_type_id=c.certificate_type_id,
            exam_date=c.exam_date,
            result=c.result,
            diploma_number=c.diploma_number,
            issuer=c.issuer,
            valid_until=c.valid_until,
            valid_until_overridden=bool(c.valid_until_overridden),
            note=c.note,
        )
        return CertificateDetails(
            c.id,
            p.id,
            p.participant_number,
            listed_name(p.first_name, p.name_particle, p.last_name),
            data,
        )


# ---------------------------------------------------------------- overview
# Computed in SQL by services/certificate_overview (the Certificaten area pages through it).


def certificate_overview(
    db: Database,
    today: dt.date,
    window_days: int,
    type_id: str | None = None,
    cohort_id: str | None = None,
    state: CertificateState | None = None,
    search: str = "",
) -> list[CertificateRow]:
    """Every certificate, filtered; the search matches the participant's name or number
    (accents and case ignored), the type, the diploma number or the issuer. Sorted by
    valid-until (the soonest first; planned and no-expiry last), then by name."""
    filters = OverviewFilter(today, window_days, type_id, cohort_id, state, search)
    return [CertificateRow(*line) for line in overview_lines(db, filters)]


def participant_certificates(
    db: Database, participant_id: str, today: dt.date, window_days: int
) -> list[CertificateRow]:
    """The participant's certificates, newest exam first (planned exams on top)."""
    query = (
        lines_query(today, window_days)
        .where(Certificate.participant_id == participant_id)
        .order_by(
            Certificate.exam_date.is_not(None),
            Certificate.exam_date.desc(),
            CertificateType.name,
        )
    )
    with db.read() as session:
        return [CertificateRow(*line) for line in to_lines(session.execute(query))]


def state_counts(
    db: Database, cohort_id: str | None, today: dt.date, window_days: int
) -> dict[CertificateState, int]:
    """How many certificates are in each state (of the cohort's participants, or of all)."""
    return overview_counts(db, OverviewFilter(today, window_days, cohort_id=cohort_id))


def cohort_participant_state_counts(
    db: Database, cohort_id: str, today: dt.date, window_days: int
) -> dict[str, dict[CertificateState, int]]:
    """Per participant of the cohort: how many of their certificates (of any type) are in
    each state (only the participants that have certificates)."""
    return participant_state_counts(db, cohort_id, today, window_days)
