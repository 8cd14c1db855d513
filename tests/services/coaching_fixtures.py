"""A small office for the coaching tests: two job coaches, a trainer, a few participants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from werkfit_desktop.domain import Organisation, Participant, StaffMember
from werkfit_desktop.domain.enums import ContactType, StaffRole
from werkfit_desktop.services.coaching import NoteInput


@dataclass
class Office:
    esther: str
    karim: str
    trainer: str
    people: dict[str, str]  # last name -> participant id


def make_office(db) -> Office:
    with db.write() as session:
        org = Organisation(name="De Brug")
        session.add(org)
        session.flush()
        staff = {}
        for first, last, role in (
            ("Esther", "Bosman", StaffRole.JOB_COACH),
            ("Karim", "Ouali", StaffRole.JOB_COACH),
            ("Tom", "Trainer", StaffRole.TRAINER),
        ):
            member = StaffMember(
                organisation_id=org.id, first_name=first, last_name=last, role=role
            )
            session.add(member)
            staff[first] = member
        people = {}
        for n, last in enumerate(("Aalders", "Bakker", "Claes", "Dekker"), start=1):
            p = Participant(participant_number=f"D-{n:06}", first_name="Sam", last_name=last)
            session.add(p)
            people[last] = p
        session.flush()
        return Office(
            staff["Esther"].id,
            staff["Karim"].id,
            staff["Tom"].id,
            {k: v.id for k, v in people.items()},
        )


def note(
    day: dt.date, due: dt.date | None = None, text: str = "Gesprek over het werk"
) -> NoteInput:
    return NoteInput(
        contact_at=dt.datetime.combine(day, dt.time(9, 0), tzinfo=dt.UTC),
        contact_type=ContactType.PHONE,
        with_whom="Sam",
        discussed=text,
        next_contact_due=due,
    )
