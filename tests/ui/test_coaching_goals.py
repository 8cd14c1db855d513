"""Writing a coaching note in the Nazorg area ticks off a goal of the development plan and
adds a new one, saved together with the note (demo database)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain import PlanGoal
from werkfit_desktop.domain.enums import GoalStatus, StaffRole
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import coaching, development_plan
from werkfit_desktop.services.staff import list_staff
from werkfit_desktop.ui.dialogs.current_staff import remember_staff_id
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.aftercare import AftercareView


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def view(qtbot, demo, settings):
    esther = list_staff(demo, StaffRole.JOB_COACH)[0]
    remember_staff_id(settings, esther.id)
    events = AppEvents()
    view = AftercareView(demo, events, QUndoStack(), settings, InlineTaskRunner())
    view.today = lambda: DEMO_TODAY
    view.refresh()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def add_goals(view) -> dict[str, str]:
    pid = view.participant_id
    ids = {}
    for text, target in (("Heftruckcertificaat", dt.date(2027, 1, 15)), ("Op tijd komen", None)):
        ids[text], changes = development_plan.add_goal(view.db, pid, text, target)
        view.events.publish(changes, None)  # as the plan tab on the participant page does
    return ids


def goals(view) -> dict[str, development_plan.GoalRow]:
    return {g.description: g for g in development_plan.get_plan(view.db, view.participant_id).goals}


def test_a_note_ticks_off_a_goal_and_adds_one(qtbot, dutch, view):
    ids = add_goals(view)
    editor = view.editor
    box = editor.goals
    assert box.isVisible()
    assert box.title() == "Doelen uit het ontwikkelplan"
    assert list(box.checks) == [ids["Heftruckcertificaat"], ids["Op tijd komen"]]

    editor.discussed.setFocus()
    qtbot.keyClicks(editor.discussed, "Forklift exam passed.")
    check = box.checks[ids["Heftruckcertificaat"]]
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked()
    qtbot.keyClicks(box.new_description, "Driving licence B")
    qtbot.keyClicks(box.new_target, "01-06-2027")
    qtbot.keyClick(box.new_target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.message.text() == ""

    [note, *_] = coaching.notes_for_participant(view.db, view.participant_id, editor.author_id)
    assert note.data.discussed == "Forklift exam passed."
    after = goals(view)
    assert after["Heftruckcertificaat"].status is GoalStatus.ACHIEVED
    assert after["Op tijd komen"].status is GoalStatus.OPEN
    assert after["Driving licence B"].target_date == dt.date(2027, 6, 1)
    with view.db.read() as session:
        assert session.get_one(PlanGoal, ids["Heftruckcertificaat"]).reviewed_in_note_id == note.id
        assert session.get_one(PlanGoal, after["Driving licence B"].id).reviewed_in_note_id == (
            note.id
        )
    # Ready for the next note: the achieved goal is gone, the new one is listed.
    assert list(box.checks) == [ids["Op tijd komen"], after["Driving licence B"].id]
    assert box.new_description.text() == "" and box.new_target.text() == ""


def test_a_wrong_target_date_or_a_missing_note_saves_nothing(qtbot, dutch, view):
    ids = add_goals(view)
    editor, box = view.editor, view.editor.goals
    before = goals(view)
    notes_before = coaching.notes_for_participant(view.db, view.participant_id, editor.author_id)
    box.checks[ids["Op tijd komen"]].setChecked(True)
    qtbot.keyClicks(box.new_description, "Driving licence B")
    qtbot.keyClicks(box.new_target, "next year")
    editor.save()
    assert editor.message.text() == "'next year' is geen datum; typ dd-mm-jjjj."
    assert box.new_target.hasFocus()

    box.new_target.clear()
    editor.save()  # nothing discussed: the service refuses, the goals stay as they were
    assert editor.message.text() == "Schrijf op wat er besproken is."
    assert goals(view) == before
    assert box.checks[ids["Op tijd komen"]].isChecked()  # the tick is kept to try again
    after = coaching.notes_for_participant(view.db, view.participant_id, editor.author_id)
    assert [n.id for n in after if not n.draft] == [n.id for n in notes_before if not n.draft]


def test_a_saved_note_opens_without_the_goals(qtbot, view):
    add_goals(view)
    [note, *_] = coaching.notes_for_participant(view.db, view.participant_id, view.editor.author_id)
    view.editor.open_note(note)
    assert not view.editor.goals.isVisible()
    view.editor.start_new()
    assert view.editor.goals.isVisible()
