"""The personal development plan: saving the plan, goals in order with status and the date
achieved, goals ticked off from a coaching note, and funding rows."""

from __future__ import annotations

import datetime as dt

import pytest

from werkfit_desktop.domain.enums import FundingStatus, GoalStatus
from werkfit_desktop.services import development_plan as service
from werkfit_desktop.services.development_plan import FundingInput, PlanInput
from werkfit_desktop.services.participants import ParticipantInput, create_participant
from werkfit_desktop.services.validation import ValidationFailed


@pytest.fixture
def participant_id(db) -> str:
    new_id, _ = create_participant(db, ParticipantInput(first_name="Amal", last_name="Haddad"))
    return new_id


def test_empty_plan_then_save(db, participant_id):
    plan = service.get_plan(db, participant_id)
    assert plan.plan_id is None
    assert plan.goals == () and plan.funding == ()

    changes = service.save_plan(
        db,
        participant_id,
        PlanInput(target_job=" Installatiemonteur ", realism="Goed haalbaar", needs=""),
    )

    assert changes.plans == {participant_id}
    plan = service.get_plan(db, participant_id)
    assert plan.plan_id is not None
    assert plan.data == PlanInput("Installatiemonteur", "Goed haalbaar", None, None)


def test_goals_in_order_and_achieved(db, participant_id):
    first, _ = service.add_goal(db, participant_id, "Taalniveau B1 halen", dt.date(2027, 3, 1))
    second, _ = service.add_goal(db, participant_id, "VCA-diploma", None)

    plan = service.get_plan(db, participant_id)
    assert [g.description for g in plan.goals] == ["Taalniveau B1 halen", "VCA-diploma"]
    assert all(g.status is GoalStatus.OPEN for g in plan.goals)

    service.set_goal_status(db, second, GoalStatus.ACHIEVED, today=dt.date(2026, 11, 20))
    service.update_goal(db, first, "Taalniveau B1", dt.date(2027, 4, 1), GoalStatus.IN_PROGRESS)
    goals = {g.id: g for g in service.get_plan(db, participant_id).goals}
    assert goals[second].achieved_on == dt.date(2026, 11, 20)
    assert goals[first].status is GoalStatus.IN_PROGRESS
    assert goals[first].target_date == dt.date(2027, 4, 1)
    assert goals[first].achieved_on is None

    # Back to open: no longer achieved.
    service.set_goal_status(db, second, GoalStatus.OPEN)
    assert {g.id: g for g in service.get_plan(db, participant_id).goals}[second].achieved_on is None

    service.set_goal_deleted(db, first, True)
    assert [g.id for g in service.get_plan(db, participant_id).goals] == [second]
    service.set_goal_deleted(db, first, False)
    assert len(service.get_plan(db, participant_id).goals) == 2


def test_goal_needs_a_description(db, participant_id):
    with pytest.raises(ValidationFailed) as failed:
        service.add_goal(db, participant_id, "  ", None)
    assert failed.value.errors[0].field == "description"
    assert service.get_plan(db, participant_id).plan_id is None


def test_funding_rows(db, participant_id):
    funding_id, changes = service.add_funding(
        db,
        participant_id,
        FundingInput("Regionaal Werkbedrijf", "scholingsvoucher", 1250.0, "VCA-cursus"),
    )
    assert changes.plans == {participant_id}
    service.add_funding(db, participant_id, FundingInput("Gemeente", amount=300.456))

    plan = service.get_plan(db, participant_id)
    assert [f.data.provider for f in plan.funding] == ["Regionaal Werkbedrijf", "Gemeente"]
    assert plan.funding_total == pytest.approx(1550.46)

    service.update_funding(
        db,
        funding_id,
        FundingInput(
            "Regionaal Werkbedrijf", "scholingsvoucher", 1250.0, None, FundingStatus.SPENT
        ),
    )
    assert service.get_plan(db, participant_id).funding[0].data.status is FundingStatus.SPENT

    service.set_funding_deleted(db, funding_id, True)
    assert len(service.get_plan(db, participant_id).funding) == 1

    with pytest.raises(ValidationFailed) as failed:
        service.add_funding(db, participant_id, FundingInput(" ", amount=-5))
    assert {e.field for e in failed.value.errors} == {"provider", "amount"}
