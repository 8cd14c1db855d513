"""Phases and lead (regie): a change keeps the history as periods, a lead-only change is
history too, a phase without an owner is refused, undo through snapshots, and the phase
board of a built cohort and of the demo region."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import func, select

from werkfit_desktop.domain import Cohort, Enrolment, Organisation, PhasePeriod
from werkfit_desktop.domain.enums import DropoutReason, EnrolmentStatus, LeadRole, Phase
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import cohorts, phases
from werkfit_desktop.services.cohorts import CohortInput
from werkfit_desktop.services.participants import ParticipantInput, create_participant
from werkfit_desktop.services.programmes import ModuleInput, ProgrammeInput, save_programme
from werkfit_desktop.services.validation import ValidationFailed

START = dt.date(2026, 3, 2)
END = dt.date(2026, 3, 27)
AS_OF = dt.date(2026, 3, 6)
DEMO_TODAY = dt.date(2026, 11, 23)


def messages(failed: ValidationFailed) -> dict[str, str]:
    return {e.field: e.message(lambda _context, source: source) for e in failed.value.errors}


@pytest.fixture
def built(db) -> dict[str, str]:
    """A cohort of three in vocational training (lead: job coach, no name yet); first name
    -> enrolment id, and "cohort"."""
    with db.write() as session:
        organisation = Organisation(name="Leerwerkbedrijf De Brug", short_name="De Brug")
        session.add(organisation)
        session.flush()
        organisation_id = organisation.id
    programme_id, _ = save_programme(
        db,
        None,
        ProgrammeInput(
            name="Werkfit Logistiek", planned_weeks=4, modules=(ModuleInput("Heftruck", 4),)
        ),
    )
    cohort_id, _ = cohorts.create_cohort(
        db,
        CohortInput(
            code="WF-LOG-2026-1",
            programme_id=programme_id,
            organisation_id=organisation_id,
            start_date=START,
            end_date=END,
        ),
    )
    people = {}
    for first, particle, last in (
        ("Ayşe", None, "Yılmaz"),
        ("Jan", "van den", "Berg"),
        ("Łukasz", None, "Wróbel"),
    ):
        pid, _ = create_participant(
            db,
            ParticipantInput(
                first_name=first,
                name_particle=particle,
                last_name=last,
                date_of_birth=dt.date(1990, 5, 17),
                client_manager="Marieke Jansen" if first == "Ayşe" else None,
            ),
        )
        people[first] = pid
    cohorts.enrol(db, cohort_id, people.values(), START, today=AS_OF)
    with db.read() as session:
        ids = {
            first: session.scalars(
                select(Enrolment.id).where(
                    Enrolment.participant_id == pid, Enrolment.cohort_id == cohort_id
                )
            ).one()
            for first, pid in people.items()
        }
    ids["cohort"] = cohort_id
    return ids


def test_a_phase_change_closes_the_open_period_and_keeps_the_history(db, built):
    eid = built["Ayşe"]
    changes = phases.change_phase(
        db,
        eid,
        Phase.WORK_EXPERIENCE,
        dt.date(2026, 3, 16),
        LeadRole.EMPLOYER,
        "  Bouwbedrijf Hendriks ",
    )
    assert changes.phases == {eid} and changes.cohorts == {built["cohort"]}
    phases.change_phase(
        db, eid, Phase.MATCH, dt.date(2026, 3, 30), LeadRole.EMPLOYER, "Bouwbedrijf Hendriks"
    )
    history = phases.phase_history(db, eid, today=dt.date(2026, 4, 3))
    assert [(p.phase, p.start_date, p.end_date, p.days) for p in history] == [
        (Phase.TRAINING, START, dt.date(2026, 3, 15), 14),
        (Phase.WORK_EXPERIENCE, dt.date(2026, 3, 16), dt.date(2026, 3, 29), 14),
        (Phase.MATCH, dt.date(2026, 3, 30), None, 5),
    ]
    assert history[1].lead_name == "Bouwbedrijf Hendriks"
    with db.read() as session:
        enrolment = session.get(Enrolment, eid)
        assert (enrolment.current_phase, enrolment.lead_role, enrolment.lead_name) == (
            Phase.MATCH,
            LeadRole.EMPLOYER,
            "Bouwbedrijf Hendriks",
        )


def test_changing_only_the_lead_is_history_too(db, built):
    eid = built["Jan"]
    phases.change_phase(
        db, eid, Phase.TRAINING, dt.date(2026, 3, 9), LeadRole.JOB_COACH, "Sanne de Wit"
    )
    history = phases.phase_history(db, eid, today=AS_OF)
    assert [(p.phase, p.lead_role, p.lead_name, p.end_date) for p in history] == [
        (Phase.TRAINING, LeadRole.JOB_COACH, None, dt.date(2026, 3, 8)),
        (Phase.TRAINING, LeadRole.JOB_COACH, "Sanne de Wit", None),
    ]
    # the same again changes nothing and says so
    with pytest.raises(ValidationFailed) as failed:
        phases.change_phase(
            db, eid, Phase.TRAINING, dt.date(2026, 3, 10), LeadRole.JOB_COACH, "Sanne de Wit"
        )
    assert "nothing to change" in messages(failed)["phase"]


def test_a_change_on_the_day_the_phase_started_keeps_that_period_as_one_day(db, built):
    eid = built["Jan"]
    phases.change_phase(db, eid, Phase.EXTRA_GUIDANCE, START, LeadRole.TRAINER, "Piet Bakker")
    history = phases.phase_history(db, eid, today=AS_OF)
    assert [(p.phase, p.start_date, p.end_date, p.days) for p in history] == [
        (Phase.TRAINING, START, START, 1),
        (Phase.EXTRA_GUIDANCE, START, None, 5),
    ]


def test_a_phase_without_a_lead_or_before_the_start_is_refused_and_nothing_saved(db, built):
    eid = built["Ayşe"]
    with pytest.raises(ValidationFailed) as failed:
        phases.change_phase(db, eid, Phase.WORK_EXPERIENCE, dt.date(2026, 3, 9), None, "X")
    assert "without an owner" in messages(failed)["lead_role"]
    with pytest.raises(ValidationFailed) as failed:
        phases.change_phase(
            db, eid, Phase.WORK_EXPERIENCE, dt.date(2026, 2, 27), LeadRole.EMPLOYER, None
        )
    assert messages(failed)["date"] == (
        "The date lies before the start of the enrolment (02-03-2026)."
    )
    phases.change_phase(db, eid, Phase.WORK_EXPERIENCE, dt.date(2026, 3, 9), LeadRole.EMPLOYER, "")
    with pytest.raises(ValidationFailed) as failed:
        phases.change_phase(db, eid, Phase.MATCH, dt.date(2026, 3, 5), LeadRole.EMPLOYER, None)
    assert "current phase (09-03-2026)" in messages(failed)["date"]
    assert len(phases.phase_history(db, eid, today=AS_OF)) == 2
    # finished needs no lead
    phases.change_phase(db, eid, Phase.FINISHED, dt.date(2026, 3, 27), None, None)
    assert phases.phase_history(db, eid, today=AS_OF)[-1].lead_role is None


def test_a_dropout_cannot_change_phase(db, built):
    eid = built["Łukasz"]
    cohorts.unenrol(db, eid, dt.date(2026, 3, 4), DropoutReason.MOVED, None, AS_OF)
    with pytest.raises(ValidationFailed) as failed:
        phases.change_phase(db, eid, Phase.MATCH, dt.date(2026, 3, 5), LeadRole.EMPLOYER, None)
    assert "left the cohort" in messages(failed)["phase"]


def test_undo_and_redo_through_snapshots(db, built):
    eid = built["Ayşe"]
    before = phases.phase_snapshot(db, eid)
    phases.change_phase(
        db, eid, Phase.WORK_EXPERIENCE, dt.date(2026, 3, 16), LeadRole.EMPLOYER, "Hendriks"
    )
    after = phases.phase_snapshot(db, eid)
    changes = phases.restore_phase_history(db, eid, before)
    assert changes.phases == {eid}
    history = phases.phase_history(db, eid, today=AS_OF)
    assert [(p.phase, p.end_date) for p in history] == [(Phase.TRAINING, None)]
    with db.read() as session:
        assert session.get(Enrolment, eid).current_phase is Phase.TRAINING
        # the undone period is a tombstone, not gone
        assert (
            session.scalar(
                select(func.count())
                .select_from(PhasePeriod)
                .where(PhasePeriod.enrolment_id == eid)
                .execution_options(include_deleted=True)
            )
            == 2
        )
    phases.restore_phase_history(db, eid, after)
    history = phases.phase_history(db, eid, today=AS_OF)
    assert [(p.phase, p.end_date) for p in history] == [
        (Phase.TRAINING, dt.date(2026, 3, 15)),
        (Phase.WORK_EXPERIENCE, None),
    ]


def test_the_board_groups_by_phase_and_puts_dropouts_apart(db, built):
    phases.change_phase(
        db, built["Jan"], Phase.WORK_EXPERIENCE, dt.date(2026, 3, 4), LeadRole.EMPLOYER, "Hendriks"
    )
    cohorts.unenrol(db, built["Łukasz"], dt.date(2026, 3, 4), DropoutReason.MOVED, None, AS_OF)
    with db.write() as session:  # an enrolment whose phase has no owner (e.g. imported)
        session.get(Enrolment, built["Ayşe"]).lead_role = None
    board = phases.phase_board(db, built["cohort"], today=AS_OF)
    assert [c.phase for c in board.columns] == list(Phase)
    by_phase = {c.phase: [card.name for card in c.cards] for c in board.columns}
    assert by_phase[Phase.TRAINING] == ["Yılmaz, Ayşe"]
    assert by_phase[Phase.WORK_EXPERIENCE] == ["Berg, Jan van den"]
    assert sum(len(v) for v in by_phase.values()) == 2
    assert [c.name for c in board.dropped_out] == ["Wróbel, Łukasz"]
    jan = board.columns[list(Phase).index(Phase.WORK_EXPERIENCE)].cards[0]
    assert (jan.lead_role, jan.lead_name, jan.since, jan.days_in_phase) == (
        LeadRole.EMPLOYER,
        "Hendriks",
        dt.date(2026, 3, 4),
        3,
    )
    ayse = board.columns[list(Phase).index(Phase.TRAINING)].cards[0]
    assert ayse.no_lead and not jan.no_lead and not board.dropped_out[0].no_lead


def test_lead_suggestions_start_with_the_client_manager(db, built):
    context = phases.phase_context(db, built["Ayşe"], today=AS_OF)
    assert context.suggestions[0].name == "Marieke Jansen"
    assert context.participant_name == "Ayşe Yılmaz"
    assert [p.phase for p in context.history] == [Phase.TRAINING]


def test_the_board_on_the_demo_region(demo_template, tmp_path):
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    try:
        with db.read() as session:
            counts = dict(
                session.execute(
                    select(Cohort.id, func.count(Enrolment.id))
                    .join(Enrolment, Enrolment.cohort_id == Cohort.id)
                    .group_by(Cohort.id)
                ).all()
            )
        for cohort_id, enrolled in counts.items():
            board = phases.phase_board(db, cohort_id, today=DEMO_TODAY)
            assert len(board.cards()) == enrolled
            assert len(board.columns) == len(Phase)
            assert all(c.status is EnrolmentStatus.DROPPED_OUT for c in board.dropped_out)
            for card in board.cards():
                assert card.days_in_phase is not None and card.days_in_phase >= 0
            assert not any(c.no_lead for c in board.cards())
    finally:
        db.close()
