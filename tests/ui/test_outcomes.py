"""The participant page's trajectory and development plan on a copy of the demo database:
record a paid part-time job through the outcome dialog, end it, undo; a refused dialog stays
open with the reason; add a goal, mark it achieved with the status combo, undo; save the
plan's texts and funding amounts shown as "€ 1.250,00"."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent, QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from werkfit_desktop.domain import Cohort, Enrolment
from werkfit_desktop.domain.enums import ContractType, GoalStatus, OutcomeKind
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import development_plan as plans
from werkfit_desktop.services import outcomes
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.widgets.development_plan import DevelopmentPlanWidget
from werkfit_desktop.ui.widgets.participant_trajectory import ParticipantTrajectoryWidget


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def running(demo):
    """(participant id, enrolment id) in a running cohort, without outcome yet."""
    with demo.read() as session:
        row = session.execute(
            select(Enrolment.participant_id, Enrolment.id)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .where(Cohort.code == "WF-INST-2026-3")
            .order_by(Enrolment.id)
        ).first()
    return row.participant_id, row.id


def _widget(cls, demo, qtbot, settings):
    events, stack = AppEvents(), QUndoStack()
    widget = cls(demo, events, stack, settings)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    published = []
    events.changed.connect(lambda changes, initiator: published.append(changes))
    return widget, stack, published


def answer(widget, fill):
    """Replace the widget's dialog runner: fill the dialog, press OK (no exec)."""
    shown = []

    def run(dialog):
        shown.append(dialog)
        fill(dialog)
        return dialog.try_accept()

    widget.run_dialog = run
    return shown


def test_record_part_time_job_end_it_and_undo(demo, running, qtbot, settings, dutch):
    participant_id, enrolment_id = running
    widget, stack, published = _widget(ParticipantTrajectoryWidget, demo, qtbot, settings)
    widget.set_participant(participant_id)
    assert widget.tree.topLevelItem(0).text(0).startswith("WF-INST-2026-3")
    assert widget.tree.topLevelItem(0).child(0).text(0) == "Nog geen uitstroom vastgelegd"
    assert widget.record_button.text() == "&Uitstroom vastleggen..."
    assert not widget.end_button.isEnabled()

    def fill_job(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(OutcomeKind.PAID_JOB))
        assert dialog.employer.isEnabled() and not dialog.reason.isEnabled()
        dialog.employer.setCurrentIndex(1)
        dialog.job_title.setText("Monteur")
        dialog.start_date.setText("01-12-2026")
        dialog.hours.setText("24,5")
        dialog.contract.setCurrentIndex(dialog.contract.findData(ContractType.TEMPORARY))

    answer(widget, fill_job)
    widget.select_enrolment(enrolment_id)
    widget.record_button.click()

    (outcome,) = outcomes.outcomes_for_participant(demo, participant_id)[0].outcomes
    assert outcome.data.hours_per_week == 24.5
    assert outcome.data.contract_type is ContractType.TEMPORARY
    assert published[-1].outcomes == {outcome.id}
    row = widget.tree.topLevelItem(0).child(0)
    assert row.text(0).startswith("Betaalde baan bij ")
    assert "24,5 uur/week" in row.text(3)
    assert row.text(2) == "Aan het werk"

    answer(widget, lambda dialog: dialog.end_date.setText("31-03-2027"))
    widget.select_outcome(outcome.id)
    assert widget.end_button.isEnabled()
    widget.end_button.click()
    assert outcomes.get_outcome(demo, outcome.id).data.end_date == dt.date(2027, 3, 31)
    assert widget.tree.topLevelItem(0).child(0).text(1) == "01-12-2026 – 31-03-2027"

    stack.undo()
    assert outcomes.get_outcome(demo, outcome.id).data.end_date is None
    stack.undo()
    assert outcomes.outcomes_for_participant(demo, participant_id)[0].outcomes == ()
    assert widget.tree.topLevelItem(0).child(0).text(0) == "Nog geen uitstroom vastgelegd"
    stack.redo()
    assert len(outcomes.outcomes_for_participant(demo, participant_id)[0].outcomes) == 1


def test_refused_outcome_keeps_the_dialog_open(demo, running, qtbot, settings, dutch):
    participant_id, _ = running
    widget, stack, _ = _widget(ParticipantTrajectoryWidget, demo, qtbot, settings)
    widget.set_participant(participant_id)

    def fill_dropout(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(OutcomeKind.DROPOUT))
        assert not dialog.hours.isEnabled() and dialog.reason.isEnabled()

    shown = answer(widget, fill_dropout)
    widget.record_button.click()

    assert "Kies de reden van de uitval." in shown[0].errors_shown()
    assert stack.count() == 0
    assert outcomes.outcomes_for_participant(demo, participant_id)[0].outcomes == ()


def test_add_goal_mark_achieved_and_undo(demo, running, qtbot, settings, dutch):
    participant_id, _ = running
    widget, stack, published = _widget(DevelopmentPlanWidget, demo, qtbot, settings)
    widget.set_participant(participant_id)
    assert widget.goals_empty.isVisibleTo(widget)

    def fill_goal(dialog):
        dialog.description.setPlainText("VCA-diploma halen")
        dialog.target_date.setText("01-03-2027")

    answer(widget, fill_goal)
    widget.add_goal_button.click()

    assert widget.goals.rowCount() == 1
    assert widget.goals.item(0, 0).text() == "VCA-diploma halen"
    assert widget.goals.item(0, 1).text() == "01-03-2027"
    combo = widget.goals.cellWidget(0, 2)
    assert combo.currentText() == "Open"
    combo.setCurrentIndex(combo.findData(GoalStatus.ACHIEVED))

    (goal,) = plans.get_plan(demo, participant_id).goals
    assert goal.status is GoalStatus.ACHIEVED
    assert goal.achieved_on == dt.date.today()
    assert widget.goals.item(0, 3).text() == dt.date.today().strftime("%d-%m-%Y")
    assert published[-1].plans == {participant_id}

    stack.undo()
    (goal,) = plans.get_plan(demo, participant_id).goals
    assert goal.status is GoalStatus.OPEN and goal.achieved_on is None
    assert widget.goals.cellWidget(0, 2).currentText() == "Open"
    stack.undo()
    assert plans.get_plan(demo, participant_id).goals == ()


def test_plan_texts_and_funding(demo, running, qtbot, settings, dutch):
    participant_id, _ = running
    widget, stack, _ = _widget(DevelopmentPlanWidget, demo, qtbot, settings)
    widget.set_participant(participant_id)

    widget.target_job.setText("Installatiemonteur")
    widget.needs.setPlainText("Rijbewijs B")
    assert widget.save_plan()
    assert not widget.save_plan()  # nothing changed since: no second transaction
    assert plans.get_plan(demo, participant_id).data.target_job == "Installatiemonteur"

    def fill_funding(dialog):
        dialog.provider.setText("Regionaal Werkbedrijf")
        dialog.source.setText("scholingsvoucher")
        dialog.amount.setText("1.250,00")

    answer(widget, fill_funding)
    widget.add_funding_button.click()
    assert widget.funding.item(0, 2).text() == "€ 1.250,00"
    assert widget.funding_total.text() == "Totaal: € 1.250,00"

    stack.undo()  # the funding
    assert widget.funding.rowCount() == 0
    stack.undo()  # the plan's texts
    assert plans.get_plan(demo, participant_id).data.target_job is None
    assert widget.target_job.text() == ""


def test_edit_outcome_and_remove_with_undo(demo, running, qtbot, settings, dutch):
    participant_id, enrolment_id = running
    outcome_id, _ = outcomes.record_outcome(
        demo,
        enrolment_id,
        outcomes.OutcomeInput(OutcomeKind.PAID_JOB, start_date=dt.date(2026, 12, 1)),
    )
    widget, stack, _ = _widget(ParticipantTrajectoryWidget, demo, qtbot, settings)
    widget.set_participant(participant_id)
    widget.select_outcome(outcome_id)

    def fill(dialog):
        assert dialog.start_date.text() == "01-12-2026"
        dialog.hours.setText("32")

    answer(widget, fill)
    widget.edit_button.click()
    assert outcomes.get_outcome(demo, outcome_id).data.hours_per_week == 32

    widget.select_outcome(outcome_id)
    widget.remove_button.click()
    assert outcomes.outcomes_for_participant(demo, participant_id)[0].outcomes == ()
    stack.undo()
    assert len(outcomes.outcomes_for_participant(demo, participant_id)[0].outcomes) == 1
    stack.undo()
    assert outcomes.get_outcome(demo, outcome_id).data.hours_per_week is None


def test_plan_saved_when_focus_leaves_a_changed_field(demo, running, qtbot, settings):
    participant_id, _ = running
    widget, stack, published = _widget(DevelopmentPlanWidget, demo, qtbot, settings)
    widget.set_participant(participant_id)

    widget.realism.setPlainText("Haalbaar binnen een jaar")
    QApplication.sendEvent(widget.realism, QFocusEvent(QEvent.Type.FocusOut))

    assert plans.get_plan(demo, participant_id).data.realism == "Haalbaar binnen een jaar"
    assert stack.count() == 1 and len(published) == 1
    QApplication.sendEvent(widget.realism, QFocusEvent(QEvent.Type.FocusOut))
    assert stack.count() == 1  # unchanged: no second save
