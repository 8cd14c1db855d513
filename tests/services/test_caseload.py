"""The caseload: a job coach's participants, overdue first; filters against a fixed today;
the next due date comes from the latest real note."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event
from tests.services.coaching_fixtures import make_office, note

from werkfit_desktop.services import coaching
from werkfit_desktop.services.caseload import (
    assign_job_coach,
    caseload,
    job_coach_of,
    restore_job_coaches,
)

TODAY = dt.date(2026, 11, 25)  # a Wednesday
NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
D = dt.timedelta


@pytest.fixture
def office(db):
    office = make_office(db)
    p = office.people
    assign_job_coach(db, [p["Aalders"], p["Bakker"], p["Claes"], p["Dekker"]], office.esther)

    def write(last, day, due):
        coaching.finish_note(db, office.esther, p[last], note(day, due), now=NOW)

    write("Aalders", TODAY - D(20), TODAY - D(2))  # 2 days overdue
    write("Bakker", TODAY - D(30), TODAY - D(9))  # older note: superseded below
    write("Bakker", TODAY - D(10), TODAY - D(5))  # 5 days overdue (latest note counts)
    write("Claes", TODAY - D(3), TODAY + D(4))  # Sunday: this week
    # Dekker: no notes at all
    return office


def names(rows):
    return [r.name.split(",")[0] for r in rows]


def test_overdue_first_most_overdue_first_then_due_soonest_then_no_date(db, office):
    rows = caseload(db, office.esther, TODAY)
    assert names(rows) == ["Bakker", "Aalders", "Claes", "Dekker"]
    assert [r.days_overdue for r in rows] == [5, 2, 0, 0]
    assert rows[0].last_contact == TODAY - D(10)
    assert rows[0].owner == "Esther Bosman"
    assert caseload(db, office.karim, TODAY) == []


def test_a_new_note_moves_the_participant_down(db, office):
    pid = office.people["Bakker"]
    coaching.finish_note(db, office.esther, pid, note(TODAY, TODAY + D(14)), now=NOW)
    assert names(caseload(db, office.esther, TODAY)) == ["Aalders", "Claes", "Bakker", "Dekker"]


def test_a_removed_note_no_longer_counts(db, office):
    pid = office.people["Claes"]
    [latest] = coaching.notes_for_participant(db, pid, office.esther)
    coaching.set_note_deleted(db, office.esther, latest.id, True)
    row = next(r for r in caseload(db, office.esther, TODAY) if r.participant_id == pid)
    assert row.next_due is None and row.last_contact is None


def test_filters_today_this_week_overdue(db, office):
    coaching.finish_note(db, office.esther, office.people["Dekker"], note(TODAY, TODAY), now=NOW)
    assert names(caseload(db, office.esther, TODAY, "today")) == ["Dekker"]
    assert names(caseload(db, office.esther, TODAY, "this_week")) == ["Dekker", "Claes"]
    assert names(caseload(db, office.esther, TODAY, "overdue")) == ["Bakker", "Aalders"]
    # Monday after: Claes (due Sunday) is overdue by one day.
    monday = TODAY + D(5)
    assert names(caseload(db, office.esther, monday, "overdue"))[-1] == "Claes"


def test_unassigned_participants_with_notes_and_handing_over(db, office):
    pid = office.people["Aalders"]
    assign_job_coach(db, [pid], None)
    assert names(caseload(db, office.karim, TODAY, "unassigned")) == ["Aalders"]
    changes = assign_job_coach(db, [pid], office.karim)
    assert changes.touches("participants")
    assert names(caseload(db, office.karim, TODAY)) == ["Aalders"]
    assert "Aalders" not in names(caseload(db, office.esther, TODAY))
    assert caseload(db, office.karim, TODAY, "unassigned") == []


def test_job_coach_of_and_restoring_after_a_hand_over(db, office):
    p = office.people
    assign_job_coach(db, [p["Claes"]], office.karim)
    ids = [p["Aalders"], p["Claes"], p["Dekker"]]
    assign_job_coach(db, [p["Dekker"]], None)
    before = job_coach_of(db, ids)
    assert before == {p["Aalders"]: office.esther, p["Claes"]: office.karim, p["Dekker"]: None}
    assert job_coach_of(db, []) == {}

    assign_job_coach(db, ids, office.karim)  # the hand-over
    assert "Aalders" not in names(caseload(db, office.esther, TODAY))

    changes = restore_job_coaches(db, before)
    assert changes.participants == set(ids)
    assert changes.staff == {office.esther, office.karim}
    assert job_coach_of(db, ids) == before
    assert names(caseload(db, office.esther, TODAY)) == ["Bakker", "Aalders"]


def test_the_latest_real_note_counts_a_later_draft_or_removed_note_does_not(db, office):
    p = office.people
    coaching.save_draft(db, office.esther, p["Bakker"], note(TODAY, TODAY + D(30)))
    bakker = next(r for r in caseload(db, office.esther, TODAY) if r.participant_id == p["Bakker"])
    assert (bakker.last_contact, bakker.next_due) == (TODAY - D(10), TODAY - D(5))

    notes = coaching.notes_for_participant(db, p["Bakker"], office.esther)
    latest = next(n for n in notes if not n.draft)
    coaching.set_note_deleted(db, office.esther, latest.id, True)
    bakker = next(r for r in caseload(db, office.esther, TODAY) if r.participant_id == p["Bakker"])
    assert (bakker.last_contact, bakker.next_due) == (TODAY - D(30), TODAY - D(9))
    assert bakker.days_overdue == 9


def test_the_latest_note_is_looked_up_per_participant_never_over_all_notes(db, office):
    """The caseload's statement reads a participant's notes through the index on
    (participant_id, contact_at); it never scans or ranks the whole coaching_note table."""
    statements = []

    def remember(_conn, _cursor, statement, parameters, _context, _many):
        if "coaching_note" in statement:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        caseload(db, office.esther, TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    [(statement, parameters)] = statements
    assert "row_number" not in statement.lower()
    with db.engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    details = [row[-1] for row in plan]
    assert any("ix_coaching_note_participant_id_contact_at" in d for d in details), details
    assert not any(d.startswith("SCAN") and "coaching_note" in d for d in details), details
