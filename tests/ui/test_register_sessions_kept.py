"""Switching cohorts in the register: each cohort's session list is asked once and kept
until data changes elsewhere, and opening another cohort's session opens its register once.
Counted in SQL statements on the demo region, not in time."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import event

from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.attendance import register_cohorts, register_sessions
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.attendance import AttendanceView

TODAY = dt.date(2026, 11, 23)
SESSION_LIST = "ORDER BY training_session.date, training_session.start_time, cohort.code"
REGISTER_HEADER = "training_session.cancel_reason"


@pytest.fixture
def db(demo_template, tmp_path):
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def view(db, qtbot, settings, dutch):
    view = AttendanceView(db, AppEvents(), QUndoStack(), settings, InlineTaskRunner(), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    return view


class Statements:
    def __init__(self, engine) -> None:
        self.engine, self.seen = engine, []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, *_args) -> None:
        self.seen.append(" ".join(statement.split()))

    def count(self, fragment: str) -> int:
        found = sum(fragment in s for s in self.seen)
        self.seen.clear()
        return found

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


def choose_cohort(view: AttendanceView, cohort_id: str) -> None:
    view.picker.cohort_combo.setCurrentIndex(view.picker.cohort_combo.findData(cohort_id))


def test_each_cohorts_sessions_are_asked_once_until_something_changes(view, db):
    cohorts = [c.id for c in register_cohorts(db, TODAY)][:3]
    assert len(cohorts) == 3
    log = Statements(db.engine)
    try:
        for cohort_id in cohorts:
            choose_cohort(view, cohort_id)
        assert log.count(SESSION_LIST) == 2  # the first was loaded when the view opened
        for cohort_id in reversed(cohorts):
            choose_cohort(view, cohort_id)
            assert view.picker.sessions == register_sessions(db, cohort_id)
            log.seen.clear()
        choose_cohort(view, cohorts[1])
        assert log.count(SESSION_LIST) == 0
        assert view.register is not None and view.register.cohort_id == cohorts[1]

        # Another view planned a session: the kept lists are asked anew.
        view.events.publish(Changes(sessions=frozenset({"x"})), object())
        log.seen.clear()
        choose_cohort(view, cohorts[2])
        assert log.count(SESSION_LIST) == 1
    finally:
        log.close()


def test_opening_another_cohorts_session_opens_its_register_once(view, db):
    cohorts = [c.id for c in register_cohorts(db, TODAY)][:2]
    other = next(c for c in cohorts if c != view.picker.cohort_id)
    session = register_sessions(db, other)[0]
    log = Statements(db.engine)
    try:
        view.open_session(session.id)
        assert log.count(REGISTER_HEADER) == 1
    finally:
        log.close()
    assert view.picker.cohort_id == other
    assert view.picker.session_id == session.id
    assert view.current_session_id == session.id
    assert view.title.text()  # the register's header is shown
    assert view.picker.sessions == register_sessions(db, other)
