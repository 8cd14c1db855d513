"""Outcomes per enrolment: recording a (part-time) job, its validation in Dutch, ending a
job, removing and restoring an outcome, and the participant's trajectory overview."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import Cohort, Enrolment
from werkfit_desktop.domain.enums import (
    ContractType,
    DropoutReason,
    EnrolmentStatus,
    OutcomeKind,
    Phase,
)
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import outcomes as service
from werkfit_desktop.services.outcomes import OutcomeInput
from werkfit_desktop.services.validation import ValidationFailed


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield db
    db.close()


def _running_enrolment(db) -> tuple[str, str]:
    """(enrolment id, participant id) of someone in a running cohort without outcome."""
    with db.read() as session:
        row = session.execute(
            select(Enrolment.id, Enrolment.participant_id)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .where(Cohort.code == "WF-INST-2026-3")
            .order_by(Enrolment.id)
        ).first()
    return row.id, row.participant_id


def _messages(error: ValidationFailed) -> dict[str, str]:
    return {e.field: e.source_text.format(**e.values) for e in error.errors}


def test_record_part_time_job_and_see_it_in_the_trajectory(demo):
    enrolment_id, participant_id = _running_enrolment(demo)
    employer = service.employer_choices(demo)[0]

    outcome_id, changes = service.record_outcome(
        demo,
        enrolment_id,
        OutcomeInput(
            OutcomeKind.PAID_JOB,
            employer_id=employer.id,
            job_title="  Monteur zonnepanelen ",
            start_date=dt.date(2026, 12, 1),
            hours_per_week=24.5,
            contract_type=ContractType.TEMPORARY,
            dropout_reason=DropoutReason.HEALTH,  # not for a job: dropped
        ),
    )

    assert changes.outcomes == {outcome_id}
    assert changes.participants == {participant_id}
    trajectory = service.outcomes_for_participant(demo, participant_id)
    assert [t.cohort_code for t in trajectory] == ["WF-INST-2026-3"]
    assert trajectory[0].status is EnrolmentStatus.ACTIVE
    assert trajectory[0].programme_name
    assert isinstance(trajectory[0].phase, Phase)
    (outcome,) = trajectory[0].outcomes
    assert outcome.employer_name == employer.name
    assert outcome.data.job_title == "Monteur zonnepanelen"
    assert outcome.data.hours_per_week == 24.5
    assert outcome.data.dropout_reason is None


def test_end_job_then_undo_the_end(demo):
    enrolment_id, _ = _running_enrolment(demo)
    outcome_id, _ = service.record_outcome(
        demo, enrolment_id, OutcomeInput(OutcomeKind.PAID_JOB, start_date=dt.date(2026, 12, 1))
    )

    service.end_outcome(demo, outcome_id, dt.date(2027, 3, 31))
    assert service.get_outcome(demo, outcome_id).data.end_date == dt.date(2027, 3, 31)

    service.end_outcome(demo, outcome_id, None)
    assert service.get_outcome(demo, outcome_id).data.end_date is None

    with pytest.raises(ValidationFailed) as failed:
        service.end_outcome(demo, outcome_id, dt.date(2026, 11, 1))
    assert "end_date" in _messages(failed.value)


def test_validation_says_what_is_wrong(demo):
    enrolment_id, participant_id = _running_enrolment(demo)

    with pytest.raises(ValidationFailed) as failed:
        service.record_outcome(
            demo,
            enrolment_id,
            OutcomeInput(
                OutcomeKind.PAID_JOB,
                hours_per_week=0.5,
                end_date=dt.date(2026, 1, 1),
            ),
        )
    messages = _messages(failed.value)
    assert messages["start_date"] == "A paid job needs a start date."
    assert messages["hours_per_week"] == "Hours per week must be between 1 and 60."

    with pytest.raises(ValidationFailed) as failed:
        service.record_outcome(
            demo,
            enrolment_id,
            OutcomeInput(
                OutcomeKind.PAID_JOB,
                start_date=dt.date(2026, 5, 1),
                end_date=dt.date(2026, 4, 1),
                hours_per_week=61,
            ),
        )
    assert set(_messages(failed.value)) == {"end_date", "hours_per_week"}

    with pytest.raises(ValidationFailed) as failed:
        service.record_outcome(demo, enrolment_id, OutcomeInput(OutcomeKind.DROPOUT))
    assert _messages(failed.value) == {"dropout_reason": "Choose the reason for the dropout."}

    # Nothing was half-saved.
    assert service.outcomes_for_participant(demo, participant_id)[0].outcomes == ()


def test_update_dropout_and_remove_restore(demo):
    enrolment_id, participant_id = _running_enrolment(demo)
    outcome_id, _ = service.record_outcome(
        demo,
        enrolment_id,
        OutcomeInput(OutcomeKind.DROPOUT, dropout_reason=DropoutReason.CARE_DUTIES, note="x"),
    )
    service.update_outcome(
        demo,
        outcome_id,
        OutcomeInput(OutcomeKind.DROPOUT, dropout_reason=DropoutReason.MOVED, note=" Verhuisd "),
    )
    details = service.get_outcome(demo, outcome_id)
    assert details.data.dropout_reason is DropoutReason.MOVED
    assert details.data.note == "Verhuisd"

    service.set_outcome_deleted(demo, outcome_id, True)
    assert service.outcomes_for_participant(demo, participant_id)[0].outcomes == ()
    service.set_outcome_deleted(demo, outcome_id, False)
    assert len(service.outcomes_for_participant(demo, participant_id)[0].outcomes) == 1


def test_employer_choices_are_sorted(demo):
    names = [e.name for e in service.employer_choices(demo)]
    assert names and names == sorted(names)
