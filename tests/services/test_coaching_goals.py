"""A coaching note ticks off and adds goals of the development plan in its own transaction:
the goals record the note, and an invalid note leaves the plan untouched."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.services.coaching_fixtures import make_office, note

from werkfit_desktop.domain import PlanGoal
from werkfit_desktop.domain.enums import GoalStatus
from werkfit_desktop.services import coaching, development_plan
from werkfit_desktop.services.development_plan import NewGoal
from werkfit_desktop.services.validation import ValidationFailed

DAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def office(db):
    office = make_office(db)
    pid = office.people["Aalders"]
    development_plan.add_goal(db, pid, "Heftruckcertificaat halen", dt.date(2027, 1, 1))
    development_plan.add_goal(db, pid, "Zelfstandig naar het werk reizen", None)
    return office


def goals(db, pid):
    return {g.description: g for g in development_plan.get_plan(db, pid).goals}


def reviewed_in(db, goal_id):
    with db.read() as session:
        return session.get_one(PlanGoal, goal_id).reviewed_in_note_id


def test_a_note_ticks_one_goal_and_adds_one(db, office):
    pid = office.people["Aalders"]
    forklift = goals(db, pid)["Heftruckcertificaat halen"]

    note_id, changes = coaching.finish_note(
        db,
        office.esther,
        pid,
        note(DAY),
        now=NOW,
        achieved_goal_ids=[forklift.id],
        new_goals=[NewGoal("  Rijbewijs B halen ", dt.date(2027, 6, 1))],
    )

    assert changes.notes == {note_id} and changes.plans == {pid}
    after = goals(db, pid)
    assert after["Heftruckcertificaat halen"].status is GoalStatus.ACHIEVED
    assert after["Heftruckcertificaat halen"].achieved_on == DAY  # the contact's day
    assert after["Zelfstandig naar het werk reizen"].status is GoalStatus.OPEN
    added = after["Rijbewijs B halen"]
    assert added.status is GoalStatus.OPEN and added.target_date == dt.date(2027, 6, 1)
    assert added.position == 3
    assert reviewed_in(db, forklift.id) == note_id
    assert reviewed_in(db, added.id) == note_id
    assert reviewed_in(db, after["Zelfstandig naar het werk reizen"].id) is None


def test_an_invalid_note_leaves_the_goals_untouched(db, office):
    pid = office.people["Aalders"]
    before = goals(db, pid)
    forklift = before["Heftruckcertificaat halen"]
    with pytest.raises(ValidationFailed) as failed:
        coaching.finish_note(
            db,
            office.esther,
            pid,
            note(DAY, text="  "),  # nothing discussed
            now=NOW,
            achieved_goal_ids=[forklift.id],
            new_goals=[NewGoal("Rijbewijs B halen")],
        )
    assert [e.field for e in failed.value.errors] == ["discussed"]
    assert goals(db, pid) == before
    assert coaching.notes_for_participant(db, pid, office.esther) == []


def test_an_empty_new_goal_is_refused_and_nothing_is_saved(db, office):
    pid = office.people["Aalders"]
    before = goals(db, pid)
    with pytest.raises(ValidationFailed) as failed:
        coaching.finish_note(db, office.esther, pid, note(DAY), now=NOW, new_goals=[NewGoal(" ")])
    assert [e.field for e in failed.value.errors] == ["new_goal"]
    assert failed.value.errors[0].source_text == "Describe the goal."
    assert goals(db, pid) == before
    assert coaching.notes_for_participant(db, pid, office.esther) == []


def test_a_goal_of_someone_else_rolls_the_whole_note_back(db, office):
    other = office.people["Bakker"]
    goal_id, _ = development_plan.add_goal(db, other, "Nederlands op A2", None)
    pid = office.people["Aalders"]
    with pytest.raises(ValueError):
        coaching.finish_note(
            db, office.esther, pid, note(DAY), now=NOW, achieved_goal_ids=[goal_id]
        )
    assert coaching.notes_for_participant(db, pid, office.esther) == []
    assert goals(db, other)["Nederlands op A2"].status is GoalStatus.OPEN


def test_without_goals_the_note_touches_no_plan(db, office):
    pid = office.people["Aalders"]
    _, changes = coaching.finish_note(db, office.esther, pid, note(DAY), now=NOW)
    assert changes.plans == frozenset()
