"""The attendance register as a trainer uses it: a whole session registered by keyboard only
on the demo region, undo, 'iedereen aanwezig', read back from the file; a cancelled session
refuses marks; empty states say what to do; the item model obeys Qt's rules."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import func, select

from werkfit_desktop.domain import (
    Attendance,
    Cohort,
    Organisation,
    Programme,
    TrainingSession,
)
from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.attendance import (
    open_register,
    record_mark,
    register_cohorts,
    register_sessions,
)
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.register import RegisterModel
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.attendance import AttendanceView

TODAY = dt.date(2026, 11, 23)
P, L = AttendanceStatus.PRESENT, AttendanceStatus.LATE
E, S, U = (
    AttendanceStatus.ABSENT_EXCUSED,
    AttendanceStatus.SICK,
    AttendanceStatus.ABSENT_UNEXCUSED,
)


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield path, db
    db.close()


@pytest.fixture
def make_view(qtbot, settings, dutch):
    def make(db) -> AttendanceView:
        view = AttendanceView(
            db, AppEvents(), QUndoStack(), settings, InlineTaskRunner(), today=TODAY
        )
        qtbot.addWidget(view)
        view.resize(1100, 760)
        view.show()
        qtbot.waitExposed(view)
        with qtbot.waitActive(view):
            view.activateWindow()
        return view

    return make


def session_of(db, code: str, day: dt.date):
    cohort = next(c for c in register_cohorts(db, TODAY) if c.code == code)
    return next(s for s in register_sessions(db, cohort.id) if s.date == day)


def stored_marks(path, session_id):
    fresh = open_database(path)
    try:
        with fresh.read() as session:
            rows = session.scalars(
                select(Attendance)
                .where(Attendance.session_id == session_id)
                .execution_options(include_deleted=True)
            ).all()
            total = session.scalar(select(func.count()).select_from(Attendance))
        return {
            r.participant_id: (r.status, r.minutes_late, r.note, r.deleted_at) for r in rows
        }, total
    finally:
        fresh.close()


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, k, modifier)


def test_a_whole_session_registered_by_keyboard(demo, make_view, qtbot):
    path, db = demo
    # Tomorrow's session of a running cohort: nobody registered yet.
    choice = session_of(db, "WF-ZORG-2026-2", dt.date(2026, 11, 24))
    assert (choice.registered, choice.enrolled) == (0, 12)
    _, total_before = stored_marks(path, choice.id)

    view = make_view(db)
    # Today's session is preselected; go to tomorrow's with the picker.
    assert view.current_session_id == session_of(db, "WF-ZORG-2026-2", TODAY).id
    with qtbot.waitSignal(view.session_opened) as opened:
        view.picker.select_session(choice.id)
    assert opened.args == [choice.id]
    assert "24-11-2026" in view.subtitle.text() and "week 48 van 2026" in view.subtitle.text()
    assert view.subtitle.text().startswith("dinsdag")
    people = [r.participant_id for r in view.model.rows()]
    assert len(people) == 12
    table = view.table
    assert table.currentIndex().row() == 0

    key(qtbot, table, Qt.Key.Key_A)  # 0 present
    key(qtbot, table, Qt.Key.Key_L)  # 1 late: type the minutes
    assert table.typing_minutes
    key(qtbot, table, Qt.Key.Key_1)
    key(qtbot, table, Qt.Key.Key_2)
    assert view.model.index(1, 2).data() == "12▏ min"
    key(qtbot, table, Qt.Key.Key_Return)
    key(qtbot, table, Qt.Key.Key_M)  # 2 absent with notice
    key(qtbot, table, Qt.Key.Key_Z)  # 3 sick
    key(qtbot, table, Qt.Key.Key_O)  # 4 absent without notice
    assert table.currentIndex().row() == 5
    key(qtbot, table, Qt.Key.Key_Up)
    key(qtbot, table, Qt.Key.Key_N)  # a note for 4
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.hasFocus()
    qtbot.keyClicks(editor, "Geen bericht ontvangen")
    key(qtbot, editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop pass
    qtbot.waitUntil(lambda: view.model.row(4).note == "Geen bericht ontvangen")
    assert table.hasFocus() and table.currentIndex().row() == 4
    key(qtbot, table, Qt.Key.Key_Down)
    key(qtbot, table, Qt.Key.Key_Space)  # 5 present
    key(qtbot, table, Qt.Key.Key_L)  # 6 late, Enter takes the default
    key(qtbot, table, Qt.Key.Key_Return)
    assert view.model.row(6).minutes_late == 5
    key(qtbot, table, Qt.Key.Key_A)  # 7 present ...
    assert view.model.row(7).status is P
    key(qtbot, table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # ... undone
    assert view.model.row(7).status is None
    assert stored_marks(path, choice.id)[0][people[7]][3] is not None  # cleared in the file
    table.setCurrentIndex(view.model.index(7, 1))
    key(qtbot, table, Qt.Key.Key_L)  # 7 late ... Esc: never mind
    key(qtbot, table, Qt.Key.Key_9)
    key(qtbot, table, Qt.Key.Key_Escape)
    assert not table.typing_minutes and view.model.row(7).status is None
    key(qtbot, table, Qt.Key.Key_Up)
    key(qtbot, table, Qt.Key.Key_Delete)  # 6 cleared again
    assert view.model.row(6).status is None
    assert view.counters.text().startswith("6 van 12 geregistreerd")

    key(
        qtbot,
        table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [r.status for r in view.model.rows()] == [P, L, E, S, U] + [P] * 7
    assert view.counters.text() == (
        "12 van 12 geregistreerd · 8 aanwezig · 1 te laat · 1 afwezig met bericht · 1 ziek"
        " · 1 afwezig zonder bericht"
    )

    marks, total_after = stored_marks(path, choice.id)
    expected = {
        people[0]: (P, None, None, None),
        people[1]: (L, 12, None, None),
        people[2]: (E, None, None, None),
        people[3]: (S, None, None, None),
        people[4]: (U, None, "Geen bericht ontvangen", None),
        **{pid: (P, None, None, None) for pid in people[5:]},
    }
    assert marks == expected
    assert total_after == total_before + 12  # nothing written anywhere else

    # 'Iedereen aanwezig' is one undo step; undoing it clears exactly those six again.
    view.undo_stack.undo()
    assert [r.status for r in view.model.rows()][5:] == [P] + [None] * 6
    view.undo_stack.redo()
    assert stored_marks(path, choice.id)[0] == expected


def test_buttons_for_the_mouse_and_marks_that_are_refused(demo, make_view, qtbot):
    path, db = demo
    choice = session_of(db, "WF-ZORG-2026-2", dt.date(2026, 11, 24))
    view = make_view(db)
    view.open_session(choice.id)
    table = view.table
    first = view.model.row(0).participant_id

    key(qtbot, table, Qt.Key.Key_N)  # a note needs a status first
    assert "Kies eerst een status (A, L, M, Z, O)" in view.error_banner.text()
    qtbot.mouseClick(view._buttons[3], Qt.MouseButton.LeftButton)  # Ziek (Z)
    assert view.model.row(0).status is S and not view.error_banner.isVisible()
    assert table.currentIndex().row() == 1

    key(qtbot, table, Qt.Key.Key_L)  # 0 minutes late is refused, in Dutch, nothing saved
    key(qtbot, table, Qt.Key.Key_0)
    key(qtbot, table, Qt.Key.Key_Return)
    assert "tussen 1 en 480 liggen; 0 kan niet" in view.error_banner.text()
    assert view.model.row(1).status is None and table.currentIndex().row() == 1
    marks, _ = stored_marks(path, choice.id)
    assert set(marks) == {first}


def test_a_cancelled_session_refuses_marks(demo, make_view, qtbot):
    path, db = demo
    choice = session_of(db, "WF-INST-2026-3", dt.date(2026, 11, 26))
    assert choice.cancelled
    view = make_view(db)
    view.open_session(choice.id)
    assert view.cancelled_banner.isVisible()
    reason = open_register(db, choice.id).cancel_reason
    assert f"Deze lesdag is afgelast ({reason})" in view.cancelled_banner.text()
    assert not view.everyone_button.isEnabled()
    key(qtbot, view.table, Qt.Key.Key_A)
    assert view.error_banner.isVisible()
    assert "Deze lesdag is afgelast" in view.error_banner.text()
    key(qtbot, view.table, Qt.Key.Key_L)
    assert not view.table.typing_minutes
    assert stored_marks(path, choice.id)[0] == {}
    # The service says the same, in Dutch.
    participant = view.model.row(0).participant_id
    with pytest.raises(ValidationFailed) as failed:
        record_mark(db, choice.id, participant, P)
    assert failed.value.errors[0].message(QCoreApplication.translate) == (
        "De lesdag van 26-11-2026 is afgelast; voor een afgelaste lesdag kan geen aanwezigheid "
        "worden geregistreerd."
    )


def test_marks_from_elsewhere_show_up(demo, make_view):
    _path, db = demo
    view = make_view(db)
    row = view.model.row(0)
    assert row.status is not None
    changes = record_mark(db, view.current_session_id, row.participant_id, AttendanceStatus.SICK)
    view.events.publish(changes, None)
    assert view.model.row(0).status is AttendanceStatus.SICK


def test_empty_database_says_what_to_do(db, make_view):
    view = make_view(db)
    assert view.current_session_id is None
    assert view.stack.currentWidget() is view.empty_label
    assert "Er zijn nog geen groepen" in view.empty_label.text()
    assert not view.everyone_button.isEnabled()


def test_cohort_without_sessions_says_to_plan_them(db, make_view):
    with db.write() as session:
        organisation = Organisation(name="De Brug")
        programme = Programme(name="Werkfit Installatietechniek")
        session.add_all([organisation, programme])
        session.flush()
        session.add(
            Cohort(
                code="WF-INST-2027-9",
                programme_id=programme.id,
                organisation_id=organisation.id,
                start_date=dt.date(2027, 1, 4),
            )
        )
    view = make_view(db)
    assert view.picker.cohort_combo.currentText() == "WF-INST-2027-9"
    assert "Deze groep heeft nog geen lesdagen" in view.empty_label.text()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(TrainingSession)) == 0


def test_register_model(qtmodeltester, demo):
    _path, db = demo
    session = session_of(db, "WF-ZORG-2026-2", TODAY)
    model = RegisterModel()
    model.set_rows(open_register(db, session.id).rows)
    qtmodeltester.check(model)
    model.set_pending_minutes(2, "7")
    model.set_rows(open_register(db, session.id).rows, editable=False)
    qtmodeltester.check(model)
