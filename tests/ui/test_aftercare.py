"""The Nazorg area on a demo database: the overdue participant first, a note written by
keyboard moves them down, someone else's note is read-only (and the service refuses), and
a note being typed survives closing the window."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain.enums import StaffRole
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import coaching
from werkfit_desktop.services.caseload import assign_job_coach, caseload
from werkfit_desktop.services.coaching import NotYourNote
from werkfit_desktop.services.staff import list_staff
from werkfit_desktop.ui.dialogs.current_staff import remember_staff_id
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.caseload import COL_STATUS
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
def coaches(demo):
    esther, karim = list_staff(demo, StaffRole.JOB_COACH)[:2]
    return esther, karim


def open_view(qtbot, demo, settings, staff_id) -> tuple[AftercareView, AppEvents]:
    remember_staff_id(settings, staff_id)
    events = AppEvents()
    view = AftercareView(demo, events, QUndoStack(), settings, InlineTaskRunner())
    view.today = lambda: DEMO_TODAY
    view.refresh()
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    return view, events


def test_write_a_note_by_keyboard_and_the_participant_moves_down(
    qtbot, demo, settings, dutch, coaches
):
    esther, karim = coaches
    # Hand over Karim's most overdue participant to Esther (ownership is set by the service).
    handed = caseload(demo, karim.id, DEMO_TODAY)[0].participant_id
    assign_job_coach(demo, [handed], esther.id)
    view, _ = open_view(qtbot, demo, settings, esther.id)
    assert "Esther Bosman" in view.signed_in.text()

    rows = view.model.rows()
    first = rows[0]
    assert first.days_overdue == max(r.days_overdue for r in rows) > 0
    assert handed in [r.participant_id for r in rows]
    status = view.model.index(0, COL_STATUS).data()
    assert status == f"{first.days_overdue} dagen te laat"
    assert view.participant_id == first.participant_id  # opened on the most urgent one

    editor = view.editor
    assert not editor.is_read_only()
    editor.discussed.setFocus()
    qtbot.keyClicks(editor.discussed, "Visited at work; the supervisor is content.")
    qtbot.keyClick(editor.discussed, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.agreements, "Call again in two weeks.")
    two_weeks = editor.quick[1]
    two_weeks.setFocus()
    qtbot.keyClick(two_weeks, Qt.Key.Key_Space)
    assert editor.next_due.text()  # a date was picked
    qtbot.keyClick(editor.discussed, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.message.text() == ""
    assert editor.status.text() == "Notitie opgeslagen"

    notes = coaching.notes_for_participant(demo, first.participant_id, esther.id)
    assert notes[0].data.discussed == "Visited at work; the supervisor is content."
    assert not notes[0].draft
    rows_after = view.model.rows()
    assert rows_after[0].participant_id != first.participant_id
    assert view.model.row_of(first.participant_id) > 0  # moved down the list
    assert view.participant_id == first.participant_id  # and still the one being worked on
    assert editor.discussed.toPlainText() == ""  # ready for the next note

    # Karim takes over the participant, but Esther's note stays hers.
    assign_job_coach(demo, [first.participant_id], karim.id)
    view.set_staff(karim.id)
    row = view.model.row_of(first.participant_id)
    view.table.selectRow(row)
    assert view.participant_id == first.participant_id
    view.notes.setCurrentRow(0)
    assert editor.is_read_only()
    assert not editor.save_button.isEnabled()
    assert editor.message.text() == "Alleen de schrijver (Esther Bosman) kan deze notitie wijzigen."
    with pytest.raises(NotYourNote):
        coaching.update_note(demo, karim.id, notes[0].id, notes[0].data)


def test_the_note_being_typed_survives_closing_the_window(qtbot, demo, settings, coaches):
    esther, _ = coaches
    remember_staff_id(settings, esther.id)
    window = QWidget()
    layout = QVBoxLayout(window)
    view = AftercareView(demo, AppEvents(), QUndoStack(), settings, InlineTaskRunner())
    view.today = lambda: DEMO_TODAY
    view.refresh()
    layout.addWidget(view)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    participant = view.participant_id
    view.editor.discussed.setFocus()
    qtbot.keyClicks(view.editor.discussed, "Half a sentence about the new ro")
    window.close()  # before the autosave timer fires

    again, _ = open_view(qtbot, demo, settings, esther.id)
    assert again.participant_id == participant
    assert again.editor.discussed.toPlainText() == "Half a sentence about the new ro"
    assert again.editor.draft_id is not None
    # The draft counts nowhere: the caseload did not change for anyone.
    assert caseload(demo, esther.id, DEMO_TODAY)[0].participant_id == participant


def test_a_refused_save_shows_why(qtbot, demo, settings, coaches):
    esther, karim = coaches
    view, _ = open_view(qtbot, demo, settings, esther.id)
    [note, *_] = coaching.notes_for_participant(demo, view.participant_id, esther.id)
    view.editor.open_note(note)
    view.editor.author_id = karim.id  # as if the screen let Karim edit: the service refuses
    view.editor._set_read_only(False)
    view.editor.discussed.setPlainText("Changed by Karim")
    view.editor.save()
    assert "Esther Bosman" in view.editor.message.text()
    assert coaching.get_note(demo, note.id, esther.id).data.discussed == note.data.discussed
