"""Coaching notes (nazorg): autosaved drafts, finishing them, author-only edits.

A draft is the note being typed, saved by the editor's autosave timer; it is visible only
to its author and counts nowhere (not in the caseload, not in the timeline). "Opslaan"
turns it into a real note. Only the author may change or remove a note: the service
refuses anyone else, whatever the screen allows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select

from werkfit_desktop.domain import CoachingNote, StaffMember, utcnow
from werkfit_desktop.domain.enums import ContactType, GoalStatus
from werkfit_desktop.domain.names import full_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import development_plan
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.development_plan import NewGoal
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

LOCAL = ZoneInfo("Europe/Amsterdam")
FUTURE_SLACK = dt.timedelta(minutes=10)  # clocks differ a little between laptops


def local_date(instant: dt.datetime) -> dt.date:
    """The calendar day in the Netherlands of a UTC instant."""
    return instant.astimezone(LOCAL).date()


@dataclass(frozen=True)
class NoteInput:
    """What the note editor edits. contact_at is an aware instant."""

    contact_at: dt.datetime
    contact_type: ContactType = ContactType.PHONE
    with_whom: str | None = None
    discussed: str = ""
    agreements: str | None = None
    next_contact_due: dt.date | None = None
    private: bool = False
    enrolment_id: str | None = None
    outcome_id: str | None = None


@dataclass(frozen=True)
class NoteRow:
    id: str
    participant_id: str
    author_id: str | None
    author_name: str
    data: NoteInput
    draft: bool
    editable: bool  # the viewer wrote it


class NotYourNote(ValidationFailed):
    """Someone other than the author tried to change a note."""


_FIELDS = (
    "contact_at",
    "contact_type",
    "with_whom",
    "discussed",
    "agreements",
    "next_contact_due",
    "private",
    "enrolment_id",
    "outcome_id",
)


def validate(data: NoteInput, now: dt.datetime | None = None) -> list[FieldError]:
    now = now or utcnow()
    errors: list[FieldError] = []
    if not (data.discussed or "").strip():
        errors.append(
            FieldError(
                "discussed", QT_TRANSLATE_NOOP("Validation", "Write down what was discussed.")
            )
        )
    if data.contact_at > now + FUTURE_SLACK:
        errors.append(
            FieldError(
                "contact_at",
                QT_TRANSLATE_NOOP(
                    "Validation", "The contact lies in the future; a note is written afterwards."
                ),
            )
        )
    if data.next_contact_due is not None and data.next_contact_due < local_date(data.contact_at):
        errors.append(
            FieldError(
                "next_contact_due",
                QT_TRANSLATE_NOOP(
                    "Validation", "The next contact cannot be due before this contact."
                ),
            )
        )
    return errors


def _clean(data: NoteInput) -> dict:
    values = {name: getattr(data, name) for name in _FIELDS}
    for name in ("with_whom", "agreements"):
        values[name] = (values[name] or "").strip() or None
    values["discussed"] = (data.discussed or "").strip()
    return values


def _author_name(session, author_id: str | None) -> str:
    staff = session.get(StaffMember, author_id) if author_id else None
    return full_name(staff.first_name, staff.name_particle, staff.last_name) if staff else "?"


def _own_note(session, author_id: str, note_id: str, include_deleted=False) -> CoachingNote:
    query = select(CoachingNote).where(CoachingNote.id == note_id)
    if include_deleted:
        query = query.execution_options(include_deleted=True)
    note = session.scalars(query).one()
    if note.author_id != author_id:
        raise NotYourNote(
            [
                FieldError(
                    "author",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Only the author ({name}) can change this note."
                    ),
                    {"name": _author_name(session, note.author_id)},
                )
            ]
        )
    return note


def _find_draft(session, author_id: str, participant_id: str) -> CoachingNote | None:
    return session.scalars(
        select(CoachingNote)
        .where(
            CoachingNote.author_id == author_id,
            CoachingNote.participant_id == participant_id,
            CoachingNote.draft.is_(True),
        )
        .order_by(CoachingNote.updated_at.desc())
        .limit(1)
    ).first()


def save_draft(
    db: Database, author_id: str, participant_id: str, data: NoteInput, draft_id: str | None = None
) -> str:
    """Keep what is being typed (no validation: half a sentence is fine). Returns the draft's
    id; one draft per author and participant."""
    with db.write() as session:
        note = None
        if draft_id is not None:
            note = session.get(CoachingNote, draft_id)
            if note is None or not note.draft or note.author_id != author_id:
                note = None
        if note is None:
            note = _find_draft(session, author_id, participant_id)
        if note is None:
            note = CoachingNote(participant_id=participant_id, author_id=author_id, draft=True)
            session.add(note)
        for name, value in _clean(data).items():
            setattr(note, name, value)
        session.flush()
        return note.id


def open_draft(db: Database, author_id: str, participant_id: str) -> NoteRow | None:
    """The author's draft for this participant, to resume typing (None when there is none)."""
    with db.read() as session:
        note = _find_draft(session, author_id, participant_id)
        return _note_row(session, note, author_id) if note else None


def discard_draft(db: Database, author_id: str, draft_id: str) -> None:
    """Throw a draft away (the editor's "Leegmaken"); drafts count nowhere, so no Changes."""
    with db.write() as session:
        note = _own_note(session, author_id, draft_id)
        if note.draft:
            note.deleted_at = utcnow()


def finish_note(
    db: Database,
    author_id: str,
    participant_id: str,
    data: NoteInput,
    note_id: str | None = None,
    now: dt.datetime | None = None,
    achieved_goal_ids: Iterable[str] = (),
    new_goals: Iterable[NewGoal] = (),
) -> tuple[str, Changes]:
    """Opslaan: validate and turn the draft (or a new note) into a real note. In the same
    transaction the note ticks off goals of the participant's development plan (achieved on
    the contact's day) and adds new ones; both record this note as where they were reviewed.
    Nothing is saved when the note or a new goal is invalid."""
    achieved_goal_ids, new_goals = tuple(achieved_goal_ids), tuple(new_goals)
    errors = validate(data, now)
    for goal in new_goals:
        errors += development_plan.goal_errors(goal.description, "new_goal")
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        if note_id is not None:
            note = _own_note(session, author_id, note_id)
        else:
            note = CoachingNote(participant_id=participant_id, author_id=author_id)
            session.add(note)
        for name, value in _clean(data).items():
            setattr(note, name, value)
        note.draft = False
        session.flush()
        day = local_date(data.contact_at)
        for goal_id in achieved_goal_ids:
            owner = development_plan.set_goal_status_in(
                session, goal_id, GoalStatus.ACHIEVED, note.id, day
            )
            if owner != participant_id:
                raise ValueError(f"goal {goal_id} is not in this participant's plan")
        for goal in new_goals:
            development_plan.add_goal_in(
                session, participant_id, goal.description, goal.target_date, note.id
            )
        plans = frozenset({participant_id}) if achieved_goal_ids or new_goals else frozenset()
        return note.id, Changes(notes=frozenset({note.id}), plans=plans)


def update_note(
    db: Database, author_id: str, note_id: str, data: NoteInput, now: dt.datetime | None = None
) -> Changes:
    """Change a saved note; only its author may."""
    with db.read() as session:
        _own_note(session, author_id, note_id)
    errors = validate(data, now)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        note = _own_note(session, author_id, note_id)
        for name, value in _clean(data).items():
            setattr(note, name, value)
        return Changes(notes=frozenset({note_id}))


def set_note_deleted(db: Database, author_id: str, note_id: str, deleted: bool) -> Changes:
    """Remove a note (a tombstone) or bring it back (undo); only its author may."""
    with db.write() as session:
        note = _own_note(session, author_id, note_id, include_deleted=True)
        note.deleted_at = utcnow() if deleted else None
        return Changes(notes=frozenset({note_id}))


def get_note(db: Database, note_id: str, viewer_id: str | None) -> NoteRow:
    with db.read() as session:
        return _note_row(session, session.get_one(CoachingNote, note_id), viewer_id)


def notes_for_participant(
    db: Database, participant_id: str, viewer_id: str | None
) -> list[NoteRow]:
    """The participant's notes, newest first; drafts only when they are the viewer's."""
    with db.read() as session:
        rows = session.execute(
            select(
                CoachingNote,
                StaffMember.id,
                StaffMember.first_name,
                StaffMember.name_particle,
                StaffMember.last_name,
            )
            .outerjoin(StaffMember, StaffMember.id == CoachingNote.author_id)
            .where(CoachingNote.participant_id == participant_id)
            .where((CoachingNote.draft.is_(False)) | (CoachingNote.author_id == viewer_id))
            .order_by(CoachingNote.contact_at.desc(), CoachingNote.id.desc())
        ).all()
        return [
            _note_row(
                session,
                note,
                viewer_id,
                full_name(first, particle, last) if staff_id is not None else "?",
            )
            for note, staff_id, first, particle, last in rows
        ]


def _note_row(
    session, note: CoachingNote, viewer_id: str | None, author_name: str | None = None
) -> NoteRow:
    """`author_name` when the caller joined it already (else looked up)."""
    return NoteRow(
        id=note.id,
        participant_id=note.participant_id,
        author_id=note.author_id,
        author_name=author_name
        if author_name is not None
        else _author_name(session, note.author_id),
        data=NoteInput(**{name: getattr(note, name) for name in _FIELDS}),
        draft=note.draft,
        editable=viewer_id is not None and note.author_id == viewer_id,
    )
