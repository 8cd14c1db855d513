"""Employers: the list with accent-insensitive search and counts, saving an employer with
its contact persons in one transaction, validation that names the field, the bin."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import EmployerContact
from werkfit_desktop.domain.enums import PlacementDayKind
from werkfit_desktop.services import employers as svc
from werkfit_desktop.services.employers import ContactInput, EmployerInput
from werkfit_desktop.services.participants import ParticipantInput, create_participant
from werkfit_desktop.services.placement_days import PlacementDayInput, record_placement_day
from werkfit_desktop.services.validation import ValidationFailed


def _bakery(**changes) -> EmployerInput:
    values = dict(
        name="Bakkerij Çelik",
        sector="Horeca",
        street="Dorpsstraat 1",
        postcode="3511ab",
        city="Utrecht",
        phone="030-1234567",
        email="info@celik.nl",
        contacts=(ContactInput("Jan Smit", "Bedrijfsleider", "06-12345678", "jan@celik.nl"),),
    )
    values.update(changes)
    return EmployerInput(**values)


def test_save_new_employer_with_contacts_and_read_back(db):
    employer_id, changes = svc.save_employer(db, None, _bakery())
    assert changes.employers == {employer_id}
    details = svc.get_employer(db, employer_id)
    assert details.data.name == "Bakkerij Çelik"
    assert details.data.postcode == "3511 AB"  # written the Dutch way
    assert [c.name for c in details.data.contacts] == ["Jan Smit"]
    assert details.data.contacts[0].id is not None


def test_contacts_reconcile_updates_adds_and_tombstones(db):
    employer_id, _ = svc.save_employer(
        db,
        None,
        _bakery(contacts=(ContactInput("Jan Smit", "Chef"), ContactInput("Piet Bos", "HR"))),
    )
    jan, piet = svc.get_employer(db, employer_id).data.contacts
    edited = _bakery(
        contacts=(
            ContactInput("Jan Smit", "Bedrijfsleider", id=jan.id),
            ContactInput("Anna de Vries", "Praktijkbegeleider"),
        )
    )
    svc.save_employer(db, employer_id, edited)
    contacts = svc.get_employer(db, employer_id).data.contacts
    assert [(c.name, c.role) for c in contacts] == [
        ("Anna de Vries", "Praktijkbegeleider"),
        ("Jan Smit", "Bedrijfsleider"),
    ]
    assert next(c for c in contacts if c.name == "Jan Smit").id == jan.id
    with db.read() as session:
        removed = session.scalars(
            select(EmployerContact)
            .where(EmployerContact.id == piet.id)
            .execution_options(include_deleted=True)
        ).one()
        assert removed.deleted_at is not None  # a tombstone, not a hard delete
    # Saving the earlier state again (what undo does) brings Piet back and removes Anna.
    svc.save_employer(
        db, employer_id, _bakery(contacts=(ContactInput("Jan Smit", "Chef", id=jan.id), piet))
    )
    names = [c.name for c in svc.get_employer(db, employer_id).data.contacts]
    assert names == ["Jan Smit", "Piet Bos"]


def test_validation_names_the_field_and_saves_nothing(db):
    bad = _bakery(
        name="  ",
        postcode="12345",
        email="info-at-celik",
        phone="bel mij",
        contacts=(ContactInput("", "Chef", email="geen mail"),),
    )
    with pytest.raises(ValidationFailed) as failed:
        svc.save_employer(db, None, bad)
    fields = [e.field for e in failed.value.errors]
    assert fields == ["name", "postcode", "phone", "email", "contacts.0.name", "contacts.0.email"]
    english = [e.message(lambda c, s: s) for e in failed.value.errors]
    assert english[0] == "The employer's name is required."
    assert english[1] == "Postcode: '12345' is not a Dutch postcode (1234 AB)."
    assert english[5] == "Contact person 1: e-mail 'geen mail' is not an e-mail address."
    assert svc.list_employers(db) == []


def test_empty_contact_rows_are_dropped(db):
    employer_id, _ = svc.save_employer(db, None, _bakery(contacts=(ContactInput("  "),)))
    assert svc.get_employer(db, employer_id).data.contacts == ()


def test_list_search_ignores_accents_and_case_and_filters_sector(db):
    svc.save_employer(db, None, _bakery())
    svc.save_employer(db, None, _bakery(name="Zorgcentrum De Linde", sector="Zorg", city="Zeist"))
    svc.save_employer(db, None, _bakery(name="Schoonmaak Ödül", sector="Schoonmaak", city="Ede"))
    assert [r.name for r in svc.list_employers(db)] == [
        "Bakkerij Çelik",
        "Schoonmaak Ödül",
        "Zorgcentrum De Linde",
    ]
    assert [r.name for r in svc.list_employers(db, "celik")] == ["Bakkerij Çelik"]
    assert [r.name for r in svc.list_employers(db, "ODUL")] == ["Schoonmaak Ödül"]
    assert [r.name for r in svc.list_employers(db, "zeist zorg")] == ["Zorgcentrum De Linde"]
    assert [r.name for r in svc.list_employers(db, "", sector="Zorg")] == ["Zorgcentrum De Linde"]
    assert svc.sectors(db) == ["Horeca", "Schoonmaak", "Zorg"]


def test_list_counts_contacts_days_participants_and_last_day(db):
    employer_id, _ = svc.save_employer(
        db, None, _bakery(contacts=(ContactInput("Jan Smit"), ContactInput("Piet Bos")))
    )
    ayse, _ = create_participant(db, ParticipantInput(first_name="Ayşe", last_name="Yılmaz"))
    omar, _ = create_participant(db, ParticipantInput(first_name="Omar", last_name="Haddad"))
    for person, day in ((ayse, 2), (ayse, 9), (omar, 5)):
        record_placement_day(
            db,
            PlacementDayInput(
                ayse if person == ayse else omar,
                employer_id,
                dt.date(2026, 11, day),
                PlacementDayKind.SHADOWING,
                4.0,
            ),
        )
    (row,) = svc.list_employers(db)
    assert (row.contacts, row.days, row.participants) == (2, 3, 2)
    assert row.last_day == dt.date(2026, 11, 9)


def test_delete_and_undo(db):
    employer_id, _ = svc.save_employer(db, None, _bakery())
    changes = svc.set_employer_deleted(db, employer_id, True)
    assert changes.employers == {employer_id}
    assert svc.list_employers(db) == []
    svc.set_employer_deleted(db, employer_id, False)
    assert [r.id for r in svc.list_employers(db)] == [employer_id]
