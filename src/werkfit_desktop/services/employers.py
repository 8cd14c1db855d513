"""Employers: the list with search, one employer with its contact persons, saving them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from werkfit_desktop.domain import Employer, EmployerContact, Participant, PlacementDay, utcnow
from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.participants import _EMAIL, _PHONE, _POSTCODE
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class EmployerRow:
    """One line of the employer list."""

    id: str
    name: str
    sector: str | None
    city: str | None
    contacts: int
    days: int  # placement days (meeloop- and praktijkdagen) held here
    participants: int  # different participants who had days here
    last_day: dt.date | None


@dataclass(frozen=True)
class ContactInput:
    """A contact person as the editor shows it; id None for a new one."""

    name: str
    role: str | None = None
    phone: str | None = None
    email: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class EmployerInput:
    name: str
    sector: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None
    contacts: tuple[ContactInput, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class EmployerDetails:
    id: str
    data: EmployerInput  # contacts carry their ids, sorted by name


_FIELDS = ("name", "sector", "street", "postcode", "city", "phone", "email", "notes")


def list_employers(db: Database, search: str = "", sector: str | None = None) -> list[EmployerRow]:
    """Employers whose name, city or sector contains every typed word (accents and case
    ignored), optionally of one sector, sorted by name, with their contact and day counts."""
    contacts = (
        select(EmployerContact.employer_id, func.count().label("n"))
        .group_by(EmployerContact.employer_id)
        .subquery()
    )
    days = (
        select(
            PlacementDay.employer_id,
            func.count().label("days"),
            func.count(PlacementDay.participant_id.distinct()).label("people"),
            func.max(PlacementDay.date).label("last_day"),
        )
        .join(Participant, Participant.id == PlacementDay.participant_id)
        .where(Participant.deleted_at.is_(None))
        .group_by(PlacementDay.employer_id)
        .subquery()
    )
    query = (
        select(
            Employer.id,
            Employer.name,
            Employer.sector,
            Employer.city,
            contacts.c.n,
            days.c.days,
            days.c.people,
            days.c.last_day,
        )
        .outerjoin(contacts, contacts.c.employer_id == Employer.id)
        .outerjoin(days, days.c.employer_id == Employer.id)
    )
    if sector:
        query = query.where(Employer.sector == sector)
    with db.read() as session:
        rows = session.execute(query).all()
    words = fold(search).split()
    result = []
    for r in rows:
        haystack = " ".join(fold(part) for part in (r.name, r.city, r.sector) if part)
        if all(word in haystack for word in words):
            last_day = r.last_day
            if isinstance(last_day, str):  # max() over a Date column comes back as text
                last_day = dt.date.fromisoformat(last_day)
            result.append(
                EmployerRow(
                    id=r.id,
                    name=r.name,
                    sector=r.sector,
                    city=r.city,
                    contacts=r.n or 0,
                    days=r.days or 0,
                    participants=r.people or 0,
                    last_day=last_day,
                )
            )
    result.sort(key=lambda row: (fold(row.name), row.id))
    return result


def sectors(db: Database) -> list[str]:
    """The sectors in use, for the filter and the editor's combo."""
    with db.read() as session:
        values = session.scalars(
            select(Employer.sector).where(Employer.sector.is_not(None)).distinct()
        ).all()
    return sorted({v for v in values if v.strip()}, key=fold)


def get_employer(db: Database, employer_id: str) -> EmployerDetails:
    with db.read() as session:
        employer = session.get_one(Employer, employer_id)
        contacts = session.scalars(
            select(EmployerContact).where(EmployerContact.employer_id == employer_id)
        ).all()
        people = tuple(
            sorted(
                (ContactInput(c.name, c.role, c.phone, c.email, c.id) for c in contacts),
                key=lambda c: (fold(c.name), c.id),
            )
        )
        values = {name: getattr(employer, name) for name in _FIELDS}
        return EmployerDetails(id=employer.id, data=EmployerInput(**values, contacts=people))


def _clean(value: str | None) -> str | None:
    return (value or "").strip() or None


def clean_input(data: EmployerInput) -> EmployerInput:
    """Trim text; empty text becomes None; postcode as '1234 AB'; empty contact rows go."""
    values = {name: _clean(getattr(data, name)) for name in _FIELDS}
    values["name"] = values["name"] or ""
    if values["postcode"] and _POSTCODE.match(values["postcode"]):
        compact = values["postcode"].replace(" ", "").upper()
        values["postcode"] = f"{compact[:4]} {compact[4:]}"
    contacts = []
    for c in data.contacts:
        contact = ContactInput(
            _clean(c.name) or "", _clean(c.role), _clean(c.phone), _clean(c.email), c.id
        )
        if contact.name or contact.role or contact.phone or contact.email:
            contacts.append(contact)
    return EmployerInput(**values, contacts=tuple(contacts))


def validate(data: EmployerInput) -> list[FieldError]:
    """What is wrong with the (cleaned) input, field by field."""
    errors: list[FieldError] = []
    if not data.name:
        errors.append(
            FieldError("name", QT_TRANSLATE_NOOP("Validation", "The employer's name is required."))
        )
    if data.postcode and not _POSTCODE.match(data.postcode):
        errors.append(
            FieldError(
                "postcode",
                QT_TRANSLATE_NOOP(
                    "Validation", "Postcode: '{value}' is not a Dutch postcode (1234 AB)."
                ),
                {"value": data.postcode},
            )
        )
    if data.phone and not _PHONE.match(data.phone):
        errors.append(
            FieldError(
                "phone",
                QT_TRANSLATE_NOOP("Validation", "Phone: '{value}' is not a phone number."),
                {"value": data.phone},
            )
        )
    if data.email and not _EMAIL.match(data.email):
        errors.append(
            FieldError(
                "email",
                QT_TRANSLATE_NOOP("Validation", "E-mail: '{value}' is not an e-mail address."),
                {"value": data.email},
            )
        )
    for number, contact in enumerate(data.contacts, start=1):
        key = f"contacts.{number - 1}"
        if not contact.name:
            errors.append(
                FieldError(
                    f"{key}.name",
                    QT_TRANSLATE_NOOP("Validation", "Contact person {row}: the name is required."),
                    {"row": number},
                )
            )
        if contact.phone and not _PHONE.match(contact.phone):
            errors.append(
                FieldError(
                    f"{key}.phone",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Contact person {row}: phone '{value}' is not a phone number."
                    ),
                    {"row": number, "value": contact.phone},
                )
            )
        if contact.email and not _EMAIL.match(contact.email):
            errors.append(
                FieldError(
                    f"{key}.email",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Contact person {row}: e-mail '{value}' is not an e-mail address.",
                    ),
                    {"row": number, "value": contact.email},
                )
            )
    return errors


def save_employer(
    db: Database, employer_id: str | None, data: EmployerInput
) -> tuple[str, Changes]:
    """Create (employer_id None) or update an employer with its contact persons in one
    transaction: contacts with an id are updated (and revived), new ones added, missing
    ones tombstoned. ValidationFailed (nothing saved) when the input is wrong."""
    data = clean_input(data)
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        if employer_id is None:
            employer = Employer(name=data.name)
            session.add(employer)
        else:
            employer = session.scalars(
                select(Employer)
                .where(Employer.id == employer_id)
                .execution_options(include_deleted=True)
            ).one()
        for name in _FIELDS:
            setattr(employer, name, getattr(data, name))
        session.flush()
        existing = {
            c.id: c
            for c in session.scalars(
                select(EmployerContact)
                .where(EmployerContact.employer_id == employer.id)
                .execution_options(include_deleted=True)
            ).all()
        }
        kept = set()
        for contact in data.contacts:
            row = existing.get(contact.id) if contact.id else None
            if row is None:
                extra = {"id": contact.id} if contact.id else {}
                row = EmployerContact(employer_id=employer.id, **extra)
                session.add(row)
            row.name, row.role = contact.name, contact.role
            row.phone, row.email = contact.phone, contact.email
            row.deleted_at = None
            if contact.id:
                kept.add(contact.id)
        for contact_id, row in existing.items():
            if contact_id not in kept and row.deleted_at is None:
                row.deleted_at = utcnow()
        new_id = employer.id
    return new_id, Changes(employers=frozenset({new_id}))


def set_employer_deleted(db: Database, employer_id: str, deleted: bool) -> Changes:
    """Put an employer in the bin (a tombstone; its days stay) or take it out again."""
    with db.write() as session:
        employer = session.scalars(
            select(Employer)
            .where(Employer.id == employer_id)
            .execution_options(include_deleted=True)
        ).one()
        employer.deleted_at = utcnow() if deleted else None
    return Changes(employers=frozenset({employer_id}))
