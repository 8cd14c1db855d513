"""Coaching notes: autosaved drafts only their author sees, finishing with validation, and
only the author may change or remove a note."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from tests.services.coaching_fixtures import make_office, note

from werkfit_desktop.services import coaching
from werkfit_desktop.services.caseload import assign_job_coach, caseload
from werkfit_desktop.services.coaching import NotYourNote
from werkfit_desktop.services.timeline import EventKind, timeline
from werkfit_desktop.services.validation import ValidationFailed

DAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def office(db):
    return make_office(db)


def test_a_draft_is_upserted_and_seen_by_its_author_only(db, office):
    pid = office.people["Aalders"]
    first = coaching.save_draft(db, office.esther, pid, note(DAY, text="Half"))
    again = coaching.save_draft(db, office.esther, pid, note(DAY, text="Half a sentence"))
    assert again == first  # one draft per author and participant, even without its id
    assert coaching.open_draft(db, office.esther, pid).data.discussed == "Half a sentence"
    assert coaching.open_draft(db, office.karim, pid) is None
    assert [n.draft for n in coaching.notes_for_participant(db, pid, office.esther)] == [True]
    assert coaching.notes_for_participant(db, pid, office.karim) == []


def test_drafts_count_nowhere(db, office):
    pid = office.people["Aalders"]
    assign_job_coach(db, [pid], office.esther)
    coaching.save_draft(db, office.esther, pid, note(DAY, due=DAY - dt.timedelta(days=3)))
    [row] = caseload(db, office.esther, DAY)
    assert row.next_due is None and row.last_contact is None
    assert timeline(db, pid, {EventKind.NOTE}) == []


def test_finishing_a_draft_makes_it_a_real_note(db, office):
    pid = office.people["Aalders"]
    draft_id = coaching.save_draft(db, office.esther, pid, note(DAY))
    note_id, changes = coaching.finish_note(db, office.esther, pid, note(DAY), draft_id, now=NOW)
    assert note_id == draft_id and changes.touches("notes")
    [row] = coaching.notes_for_participant(db, pid, office.karim)
    assert not row.draft and not row.editable and row.author_name == "Esther Bosman"
    assert coaching.open_draft(db, office.esther, pid) is None


def test_validation_says_what_is_wrong(db, office):
    pid = office.people["Aalders"]
    bad = dataclasses.replace(
        note(DAY, due=DAY - dt.timedelta(days=1), text="  "),
        contact_at=NOW + dt.timedelta(hours=2),
    )
    with pytest.raises(ValidationFailed) as caught:
        coaching.finish_note(db, office.esther, pid, bad, now=NOW)
    assert {e.field for e in caught.value.errors} == {"discussed", "contact_at", "next_contact_due"}
    late_due = note(DAY, due=DAY - dt.timedelta(days=1))
    with pytest.raises(ValidationFailed) as caught:
        coaching.finish_note(db, office.esther, pid, late_due, now=NOW)
    assert [e.field for e in caught.value.errors] == ["next_contact_due"]
    assert coaching.notes_for_participant(db, pid, office.esther) == []  # nothing half-saved


def test_only_the_author_may_change_or_remove_a_note(db, office):
    pid = office.people["Aalders"]
    note_id, _ = coaching.finish_note(db, office.esther, pid, note(DAY), now=NOW)
    changed = note(DAY, text="Overwritten by Karim")
    with pytest.raises(NotYourNote) as caught:
        coaching.update_note(db, office.karim, note_id, changed, now=NOW)
    [error] = caught.value.errors
    assert error.message() == "Alleen de schrijver (Esther Bosman) kan deze notitie wijzigen."
    with pytest.raises(NotYourNote):
        coaching.set_note_deleted(db, office.karim, note_id, True)
    with pytest.raises(NotYourNote):
        coaching.finish_note(db, office.karim, pid, changed, note_id, now=NOW)
    assert coaching.get_note(db, note_id, office.karim).data.discussed == "Gesprek over het werk"
    coaching.update_note(db, office.esther, note_id, note(DAY, text="Beter"), now=NOW)
    assert coaching.get_note(db, note_id, office.esther).data.discussed == "Beter"


def test_the_author_removes_a_note_and_undo_brings_it_back(db, office):
    pid = office.people["Aalders"]
    note_id, _ = coaching.finish_note(db, office.esther, pid, note(DAY), now=NOW)
    coaching.set_note_deleted(db, office.esther, note_id, True)
    assert coaching.notes_for_participant(db, pid, office.esther) == []
    coaching.set_note_deleted(db, office.esther, note_id, False)
    assert len(coaching.notes_for_participant(db, pid, office.esther)) == 1
