"""The Planning area on the demo region, as a user works with it: generate a planned
cohort's sessions through the dialog, see them in the week, the month across New Year with
week 53 of 2026, cancel with a reason and undo, move onto a holiday, a double booking."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from werkfit_desktop.domain import TrainingSession
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import planning
from werkfit_desktop.ui.dialogs.session_cancel import CancelSessionDialog
from werkfit_desktop.ui.dialogs.session_edit import SessionDialog
from werkfit_desktop.ui.dialogs.session_schedule import ScheduleDialog
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.planning import (
    COL_STATUS,
    ID_ROLE,
    WARNING_COLOUR,
    MonthModel,
    WeekModel,
)
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.planning import MONTH, WEEK, PlanningView

TODAY = dt.date(2026, 11, 23)


def planning_view(db, settings, qtbot) -> PlanningView:
    """The view on 'today' = 23 November 2026 (the demo's today). Not a subclass: PySide's
    plural tr() looks up the subclass's name as context and would miss the translation."""
    widget = PlanningView(db, AppEvents(), QUndoStack(), settings, InlineTaskRunner())
    qtbot.addWidget(widget)
    widget.today = lambda: TODAY
    widget.go_today()
    return widget


@pytest.fixture
def demo_db(demo_template, tmp_path):
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def view(demo_db, settings, dutch, qtbot):
    widget = planning_view(demo_db, settings, qtbot)
    widget.resize(1110, 760)
    widget.show()
    return widget


def cohort_id(db, code):
    return next(c.id for c in planning.cohort_choices(db) if c.code == code)


def week_sessions(view):
    return view.week_model.sessions()


def stored_session(db, session_id):
    with db.read() as s:
        return s.scalars(
            select(TrainingSession)
            .where(TrainingSession.id == session_id)
            .execution_options(include_deleted=True)
        ).one()


def test_generate_a_planned_cohort_through_the_dialog_and_see_it_in_the_week(
    view, demo_db, monkeypatch, qtbot
):
    target = cohort_id(demo_db, "WF-INST-2027-1")
    before = planning.sessions_between(
        demo_db, dt.date(2027, 1, 1), dt.date(2027, 12, 31), cohort_id=target
    )
    trainer = planning.trainer_choices(demo_db)[0]
    seen = {}

    def fill_in(cohort):
        dialog = ScheduleDialog(view.db, view.settings, view.today(), target, "nl", view)
        qtbot.addWidget(dialog)
        dialog.set_weekdays({0, 3})
        dialog.set_start_date(dt.date(2027, 1, 11))
        dialog.set_times(dt.time(13, 0), dt.time(16, 30))
        dialog.set_trainer(trainer.id)
        dialog.refresh_preview()
        seen["refused"] = dialog.values()  # the cohort has sessions: not without replacing
        dialog.set_replace_future(True)
        dialog.refresh_preview()
        seen["skipped"] = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
        seen["preview_count"] = len(dialog.plan.sessions)
        return dialog.values()

    monkeypatch.setattr(view, "ask_schedule", fill_in)
    view.generate()

    assert seen["refused"] is None
    assert seen["preview_count"] == 36
    assert "29-03-2027 — Tweede paasdag" in seen["skipped"]
    assert "06-05-2027 — Hemelvaartsdag" in seen["skipped"]
    assert "17-05-2027 — Tweede pinksterdag" in seen["skipped"]
    # The view jumped to the first week of the new schedule and shows it.
    assert view.mode == WEEK and view.period()[0] == dt.date(2027, 1, 11)
    mine = [s for s in week_sessions(view) if s.cohort_code == "WF-INST-2027-1"]
    assert [(s.date, s.start_time, s.trainer_name) for s in mine] == [
        (dt.date(2027, 1, 11), dt.time(13, 0), trainer.name),
        (dt.date(2027, 1, 14), dt.time(13, 0), trainer.name),
    ]
    assert view.banner.isVisible() and "Hemelvaartsdag" in view.banner.text()
    assert "36 lesdagen gegenereerd voor WF-INST-2027-1" in view.banner.text()
    assert view.current_session().id == mine[0].id

    # Undo brings the old schedule back; redo the new one.
    view.undo_stack.undo()
    restored = planning.sessions_between(
        demo_db, dt.date(2027, 1, 1), dt.date(2027, 12, 31), cohort_id=target
    )
    assert [s.id for s in restored] == [s.id for s in before]
    shown = {s.id for s in week_sessions(view) if s.cohort_id == target}
    assert shown and shown <= {s.id for s in before}  # the week shows the old sessions again
    view.undo_stack.redo()
    again = planning.sessions_between(
        demo_db, dt.date(2027, 1, 1), dt.date(2027, 12, 31), cohort_id=target
    )
    assert len(again) == 36 and {s.weekday for s in again} == {0, 3}


def test_month_view_labels_the_week_of_new_year_with_its_week_year(view):
    view.set_mode(MONTH)
    view.go_to(dt.date(2027, 1, 1))
    model = view.month_model
    first_row = model.headerData(0, Qt.Orientation.Vertical)
    assert "53" in first_row and "2026" in first_row
    assert "2027" not in model.headerData(1, Qt.Orientation.Vertical)
    assert model.date_at(model.index(0, 4)) == dt.date(2027, 1, 1)
    assert (
        model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole).startswith("01-01-2027 — Nieuwjaarsdag")
    )
    assert view.header.text() == "januari 2027"
    # In December 2026 the same week needs no year: it is 2026's own.
    view.go_previous()
    last = model.headerData(model.rowCount() - 1, Qt.Orientation.Vertical)
    assert "53" in last and "(" not in last
    assert view.header.text() == "december 2026"


def test_cancel_with_a_reason_through_the_view_then_undo(view, demo_db, monkeypatch, qtbot):
    session = next(s for s in week_sessions(view) if not s.cancelled)
    assert view.select_session(session.id)
    asked = []

    def reason(chosen):
        dialog = CancelSessionDialog(chosen, view)
        qtbot.addWidget(dialog)
        assert not dialog.ok_button.isEnabled()  # a reason is required
        dialog.set_reason("Trainer ziek")
        asked.append(chosen.id)
        return dialog.reason_text()

    monkeypatch.setattr(view, "ask_cancel_reason", reason)
    view.week_view.setFocus()
    qtbot.keyClick(view.week_view, Qt.Key.Key_Delete)  # the Delete key cancels
    assert asked == [session.id]

    row = view.week_model.index_of(session.id)
    assert row.isValid()
    shown = view.week_model.session_at(row)
    assert shown.cancelled and shown.cancel_reason == "Trainer ziek"
    assert row.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert row.siblingAtColumn(COL_STATUS).data() == "Geannuleerd: Trainer ziek"
    assert stored_session(demo_db, session.id).cancelled
    assert view.details.restore_button.isVisible()

    view.undo_stack.undo()
    assert not stored_session(demo_db, session.id).cancelled
    assert not view.week_model.session_at(view.week_model.index_of(session.id)).cancelled
    view.undo_stack.redo()
    assert stored_session(demo_db, session.id).cancel_reason == "Trainer ziek"


def test_a_reason_is_required_to_cancel(view, monkeypatch):
    session = next(s for s in week_sessions(view) if not s.cancelled)
    view.select_session(session.id)
    monkeypatch.setattr(view, "ask_cancel_reason", lambda _s: "   ")
    view.cancel_current()
    assert not stored_session(view.db, session.id).cancelled
    assert view.banner.text() == "Geef de reden waarom de lesdag niet doorgaat."
    assert view.undo_stack.count() == 0


def test_move_onto_a_holiday_warns_and_undo_puts_it_back(view, demo_db, monkeypatch, qtbot):
    session = next(s for s in week_sessions(view) if not s.cancelled)
    view.select_session(session.id)

    def choose(chosen):
        dialog = SessionDialog(view.db, chosen, language="nl", parent=view)
        qtbot.addWidget(dialog)
        dialog.set_slot(dt.date(2026, 12, 25), dt.time(9, 0), dt.time(12, 30))
        assert any("Eerste kerstdag" in w for w in dialog.warnings)  # shown while choosing
        return dialog.values()

    monkeypatch.setattr(view, "ask_move", choose)
    qtbot.keyClick(view.week_view, Qt.Key.Key_F2)
    assert stored_session(demo_db, session.id).date == dt.date(2026, 12, 25)
    assert "Eerste kerstdag" in view.banner.text()
    assert view.period()[0] == dt.date(2026, 12, 21)  # the view followed the session
    assert view.current_session().id == session.id

    view.undo_stack.undo()
    back = stored_session(demo_db, session.id)
    assert (back.date, back.start_time) == (session.date, session.start_time)


def test_a_double_booked_trainer_is_marked_with_the_other_session(
    view, demo_db, monkeypatch, qtbot
):
    other = next(s for s in week_sessions(view) if not s.cancelled and s.trainer_id)
    target = next(
        c for c in planning.cohort_choices(demo_db) if c.code == "IB-2026-2"
    )  # another cohort

    def new_session(_cohort, _day):
        dialog = SessionDialog(view.db, None, target.id, other.date, language="nl", parent=view)
        qtbot.addWidget(dialog)
        dialog.set_slot(other.date, other.start_time, other.end_time, other.trainer_id)
        assert dialog.warnings  # the double booking is announced before adding
        return dialog.values()

    monkeypatch.setattr(view, "ask_new_session", new_session)
    qtbot.keyClick(view.week_view, Qt.Key.Key_Insert)
    added = next(s for s in week_sessions(view) if s.cohort_code == "IB-2026-2")
    assert added.double_booked
    index = view.week_model.index_of(added.id)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == WARNING_COLOUR
    assert other.cohort_code in index.data(Qt.ItemDataRole.ToolTipRole)
    first = view.week_model.index_of(other.id)
    assert "IB-2026-2" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert view.banner.isVisible()

    view.undo_stack.undo()
    assert added.id not in [s.id for s in week_sessions(view)]
    assert stored_session(demo_db, added.id).deleted_at is not None


def test_keyboard_navigation_and_the_remembered_mode(view, settings, qtbot):
    assert view.header.text() == "Week 48 · 2026 (23-11-2026 – 29-11-2026)"
    assert view.summary.text() == "6 lesdagen · 1 geannuleerd"
    view.week_view.setFocus()
    qtbot.keyClick(view.week_view, Qt.Key.Key_PageDown)
    assert view.header.text() == "Week 49 · 2026 (30-11-2026 – 06-12-2026)"
    for _ in range(5):
        qtbot.keyClick(view.week_view, Qt.Key.Key_PageDown)
    assert view.header.text() == "Week 1 · 2027 (04-01-2027 – 10-01-2027)"
    qtbot.keyClick(view.week_view, Qt.Key.Key_PageUp)
    assert view.header.text() == "Week 53 · 2026 (28-12-2026 – 03-01-2027)"
    qtbot.keyClick(view.week_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert view.period()[0] == dt.date(2026, 11, 23)

    view.set_mode(MONTH)
    view.save_state()
    again = planning_view(view.db, settings, qtbot)
    assert again.mode == MONTH and again.stack.currentWidget() is again.month_view


def test_filters_narrow_the_week(view, demo_db):
    everyone = week_sessions(view)
    codes = {s.cohort_code for s in everyone}
    assert len(codes) >= 2
    zorg = cohort_id(demo_db, "WF-ZORG-2026-2")
    view.cohort_filter.setCurrentIndex(view.cohort_filter.findData(zorg))
    assert {s.cohort_code for s in week_sessions(view)} == {"WF-ZORG-2026-2"}
    trainer = everyone[0].trainer_id
    view.cohort_filter.setCurrentIndex(0)
    view.trainer_filter.setCurrentIndex(view.trainer_filter.findData(trainer))
    assert {s.trainer_id for s in week_sessions(view)} == {trainer}


def test_models_pass_the_model_tester(view, qtmodeltester):
    qtmodeltester.check(view.week_model)
    view.set_mode(MONTH)
    qtmodeltester.check(view.month_model)
    assert isinstance(view.week_model, WeekModel) and isinstance(view.month_model, MonthModel)
    day = view.week_model.index(0, 0)
    assert day.data(ID_ROLE) is None and view.week_model.session_at(QModelIndex()) is None


def test_an_empty_database_says_what_to_do(db, settings, dutch, qtbot):
    empty = planning_view(db, settings, qtbot)
    assert empty.week_model.sessions() == []
    assert empty.summary.text().startswith("Er zijn nog geen groepen.")
    assert empty.cohort_filter.count() == 1  # "Alle groepen"


def test_a_closing_day_added_in_its_dialog_shows_in_the_month(view, monkeypatch, qtbot):
    from werkfit_desktop.ui.dialogs.session_closed_days import ClosedDaysDialog

    def manage():
        dialog = ClosedDaysDialog(view.db, view.today(), view)
        qtbot.addWidget(dialog)
        assert not dialog.add_closed_day(None, dt.date(2026, 12, 28), "  ")  # reason required
        assert dialog.error_label.text() == "Geef de reden van de sluitingsdag."
        assert dialog.add_closed_day(None, dt.date(2026, 12, 28), "Kerstsluiting")
        assert dialog.table.item(0, 2).text() == "Kerstsluiting"
        return dialog.changed

    monkeypatch.setattr(view, "open_closed_days", manage)
    view.set_mode(MONTH)
    view.go_to(dt.date(2026, 12, 1))
    view.manage_closed_days()
    cell = view.month_model.index_of_date(dt.date(2026, 12, 28))
    assert "Kerstsluiting" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_undo_is_refused_once_attendance_was_recorded(view, demo_db, monkeypatch):
    from werkfit_desktop.domain import Attendance, Participant
    from werkfit_desktop.domain.enums import AttendanceStatus

    session = next(s for s in week_sessions(view) if not s.cancelled and not s.recorded)
    new = {}

    def add(_cohort, _day):
        slot = SessionDialog(view.db, None, session.cohort_id, session.date, language="nl")
        slot.set_slot(session.date, dt.time(17, 0), dt.time(18, 0))
        return slot.values()

    monkeypatch.setattr(view, "ask_new_session", add)
    view.add_session()
    new_id = view.current_session().id
    assert new_id != session.id
    with demo_db.write() as s:
        participant = s.scalars(select(Participant)).first()
        s.add(
            Attendance(
                session_id=new_id, participant_id=participant.id, status=AttendanceStatus.PRESENT
            )
        )
    new["count"] = view.undo_stack.count()
    view.undo_stack.undo()  # would remove a session with attendance: refused
    assert stored_session(demo_db, new_id).deleted_at is None
    assert view.banner.text().startswith("Voor deze lesdag zijn aanwezigheid")
    assert view.undo_stack.count() == new["count"] - 1  # the stale step is gone
