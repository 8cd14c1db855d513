"""Participants: the list with search-as-you-type, one participant's data, saving it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sqlalchemy import and_, func, select

from werkfit_desktop.domain import Participant, ParticipantTargetGroup, utcnow
from werkfit_desktop.domain.names import fold, listed_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.participant_types import (
    ParticipantDetails,
    ParticipantInput,
    ParticipantRow,
)
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

NUMBER_PREFIX = "D-"


_SIMPLE_FIELDS = [f.name for f in dataclasses.fields(ParticipantInput) if f.name != "target_groups"]


def count_participants(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def participant_list_query(text: str = ""):
    """The participant list's SELECT: the row columns, filtered on every typed word (accents
    and case ignored: 'yilm' finds Yılmaz), sorted by surname without particle. Other
    lists (e.g. candidates for a cohort) add their own conditions to it."""
    query = select(
        Participant.id,
        Participant.participant_number,
        Participant.first_name,
        Participant.name_particle,
        Participant.last_name,
        Participant.sort_name,
        Participant.date_of_birth,
        Participant.municipality,
        Participant.language_level,
    ).order_by(Participant.sort_name, Participant.participant_number)
    words = fold(text).split()
    if words:
        query = query.where(
            and_(*(Participant.search_text.like(f"%{_escape(w)}%", escape="\\") for w in words))
        )
    return query


def row_fields(r) -> dict:
    """The ParticipantRow fields of one result row of participant_list_query."""
    return {
        "id": r.id,
        "number": r.participant_number,
        "name": listed_name(r.first_name, r.name_particle, r.last_name),
        "sort_name": r.sort_name,
        "date_of_birth": r.date_of_birth,
        "municipality": r.municipality,
        "language_level": r.language_level.value if r.language_level else None,
    }


def search_participants(
    db: Database, text: str = "", limit: int | None = None
) -> list[ParticipantRow]:
    """Participants whose name or number contains every typed word, sorted by surname."""
    query = participant_list_query(text)
    if limit:
        query = query.limit(limit)
    with db.read() as session:
        rows = session.execute(query).all()
    return [ParticipantRow(**row_fields(r)) for r in rows]


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get_participant(db: Database, participant_id: str) -> ParticipantDetails:
    with db.read() as session:
        participant = session.get_one(Participant, participant_id)
        values = {name: getattr(participant, name) for name in _SIMPLE_FIELDS}
        groups = frozenset(t.target_group for t in participant.target_groups)
        return ParticipantDetails(
            id=participant.id,
            number=participant.participant_number,
            data=ParticipantInput(**values, target_groups=groups),
            updated_at=participant.updated_at,
        )


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTCODE = re.compile(r"^[1-9][0-9]{3} ?[A-Za-z]{2}$")
_PHONE = re.compile(r"^[0-9 +()\-]{6,20}$")


def validate(data: ParticipantInput, today: dt.date | None = None) -> list[FieldError]:
    """What is wrong with the input, field by field (empty when all is well)."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    if not (data.first_name or "").strip():
        errors.append(
            FieldError("first_name", QT_TRANSLATE_NOOP("Validation", "First name is required."))
        )
    if not (data.last_name or "").strip():
        errors.append(
            FieldError("last_name", QT_TRANSLATE_NOOP("Validation", "Last name is required."))
        )
    if data.date_of_birth is not None:
        age = (today - data.date_of_birth).days / 365.25
        if data.date_of_birth > today:
            errors.append(
                FieldError(
                    "date_of_birth",
                    QT_TRANSLATE_NOOP("Validation", "Date of birth lies in the future."),
                )
            )
        elif age < 14 or age > 100:
            errors.append(
                FieldError(
                    "date_of_birth",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Date of birth gives an age of {age} years; check the year."
                    ),
                    {"age": int(age)},
                )
            )
    if data.email and not _EMAIL.match(data.email.strip()):
        errors.append(
            FieldError(
                "email",
                QT_TRANSLATE_NOOP("Validation", "'{value}' is not an e-mail address."),
                {"value": data.email},
            )
        )
    if data.postcode and not _POSTCODE.match(data.postcode.strip()):
        errors.append(
            FieldError(
                "postcode",
                QT_TRANSLATE_NOOP("Validation", "'{value}' is not a Dutch postcode (1234 AB)."),
                {"value": data.postcode},
            )
        )
    if data.phone and not _PHONE.match(data.phone.strip()):
        errors.append(
            FieldError(
                "phone",
                QT_TRANSLATE_NOOP("Validation", "'{value}' is not a phone number."),
                {"value": data.phone},
            )
        )
    if data.hours_per_week is not None and not 0 <= data.hours_per_week <= 60:
        errors.append(
            FieldError(
                "hours_per_week",
                QT_TRANSLATE_NOOP("Validation", "Hours per week must be between 0 and 60."),
            )
        )
    if data.profile_consent and data.profile_consent_on is None:
        errors.append(
            FieldError(
                "profile_consent_on",
                QT_TRANSLATE_NOOP(
                    "Validation", "Give the date on which the participant consented."
                ),
            )
        )
    return errors


def clean_input(data: ParticipantInput) -> ParticipantInput:
    """Trim text; empty text becomes None; postcode as '1234 AB'."""
    values = {}
    for name in _SIMPLE_FIELDS:
        value = getattr(data, name)
        if isinstance(value, str):
            value = value.strip() or None
        values[name] = value
    if values["postcode"]:
        compact = values["postcode"].replace(" ", "").upper()
        values["postcode"] = f"{compact[:4]} {compact[4:]}"
    values["first_name"] = values["first_name"] or ""
    values["last_name"] = values["last_name"] or ""
    return ParticipantInput(**values, target_groups=frozenset(data.target_groups))


def _apply(session, participant: Participant, data: ParticipantInput) -> None:
    for name in _SIMPLE_FIELDS:
        setattr(participant, name, getattr(data, name))
    # Links are tombstoned, not deleted, so a removal merges like any other change.
    wanted = set(data.target_groups)
    links = (
        session.scalars(
            select(ParticipantTargetGroup)
            .where(ParticipantTargetGroup.participant_id == participant.id)
            .execution_options(include_deleted=True)
        ).all()
        if participant.id
        else []
    )
    for link in links:
        if link.target_group in wanted:
            link.deleted_at = None
            wanted.discard(link.target_group)
        elif link.deleted_at is None:
            link.deleted_at = utcnow()
    for group in sorted(wanted):
        session.add(ParticipantTargetGroup(participant=participant, target_group=group))


def update_participant(db: Database, participant_id: str, data: ParticipantInput) -> Changes:
    """Save the form in one transaction; ValidationFailed (nothing saved) when it is wrong."""
    data = clean_input(data)
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        participant = session.get_one(Participant, participant_id)
        _apply(session, participant, data)
    return Changes(participants=frozenset({participant_id}))


def next_participant_number(session) -> str:
    numbers = session.scalars(
        select(Participant.participant_number)
        .where(Participant.participant_number.like(f"{NUMBER_PREFIX}%"))
        .execution_options(include_deleted=True)
    ).all()
    highest = max(
        (int(n[len(NUMBER_PREFIX) :]) for n in numbers if n[len(NUMBER_PREFIX) :].isdigit()),
        default=0,
    )
    return f"{NUMBER_PREFIX}{highest + 1:06d}"


def add_participant(session, data: ParticipantInput) -> Participant:
    """A new participant with the next free number, inside an open write transaction (for
    actions that create a participant as part of something bigger, like enrolling one).
    ValidationFailed when the input is wrong."""
    data = clean_input(data)
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    participant = Participant(participant_number=next_participant_number(session))
    _apply(session, participant, data)
    session.add(participant)
    session.flush()
    return participant


def create_participant(db: Database, data: ParticipantInput) -> tuple[str, Changes]:
    """A new participant with the next free number; returns its id."""
    with db.write() as session:
        new_id = add_participant(session, data).id
    return new_id, Changes(participants=frozenset({new_id}))


def set_participant_deleted(db: Database, participant_id: str, deleted: bool) -> Changes:
    """Put a participant in the bin (a tombstone, so it merges) or take it out again."""
    with db.write() as session:
        participant = session.scalars(
            select(Participant)
            .where(Participant.id == participant_id)
            .execution_options(include_deleted=True)
        ).one()
        participant.deleted_at = utcnow() if deleted else None
    return Changes(participants=frozenset({participant_id}))
