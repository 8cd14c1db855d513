"""The register service: which sessions to pick, who is on a register, and marking — one
transaction per mark, tombstones revived rather than duplicated, bad marks refused."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import Attendance
from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.attendance import (
    Mark,
    default_session,
    first_session,
    mark_rest_present,
    open_register,
    record_mark,
    register_cohorts,
    register_sessions,
    restore_marks,
    tally,
)
from werkfit_desktop.services.validation import ValidationFailed


def _helper():
    """The shared cohort builder next to this file (tests are not a package here)."""
    if "attendance_cohort" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "attendance_cohort", Path(__file__).with_name("attendance_cohort.py")
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["attendance_cohort"] = module
        spec.loader.exec_module(module)
    return sys.modules["attendance_cohort"]


CohortBuilder = _helper().CohortBuilder

P, L = AttendanceStatus.PRESENT, AttendanceStatus.LATE
E, S = AttendanceStatus.ABSENT_EXCUSED, AttendanceStatus.SICK
D = dt.date


@pytest.fixture
def cohort(db):
    b = CohortBuilder("T-2026-1", D(2026, 3, 2))
    b.sessions_by_day = {
        "mon": b.session(D(2026, 3, 2), 0),
        "wed": b.session(D(2026, 3, 4), 0),
        "cancelled": b.session(D(2026, 3, 9), 0, cancelled=True, reason="Code oranje: storm"),
        "later": b.session(D(2026, 3, 11), 1),
    }
    b.person("Jan", "Berg", D(2026, 3, 2), particle="van den")
    b.person("Ayşe", "Yılmaz", D(2026, 3, 2))
    b.person("Fatuma", "Abdi", D(2026, 3, 10))  # joined late
    b.person("Cees", "Claes", D(2026, 3, 2), end=D(2026, 3, 4), dropout=D(2026, 3, 5))
    b.mark(b.sessions_by_day["mon"], "Jan", P)
    return b.save(db)


def stored(path, session_id):
    """Everything in the file for one session, tombstones included."""
    fresh = open_database(path)
    try:
        with fresh.read() as session:
            rows = session.scalars(
                select(Attendance)
                .where(Attendance.session_id == session_id)
                .execution_options(include_deleted=True)
            ).all()
            return {
                r.participant_id: (r.status, r.minutes_late, r.note, r.deleted_at is not None, r.id)
                for r in rows
            }
    finally:
        fresh.close()


def test_register_lists_who_is_enrolled_on_the_date_sorted_by_surname(db, cohort):
    ids = cohort.sessions_by_day
    register = open_register(db, ids["mon"])
    assert [r.name for r in register.rows] == ["Berg, Jan van den", "Claes, Cees", "Yılmaz, Ayşe"]
    assert register.rows[0].status is P
    assert register.rows[1].status is None and register.rows[1].note is None
    assert register.cohort_code == "T-2026-1"
    assert register.module_name == "M1"
    assert register.trainer_name == "Pieter van der Linden"
    assert (register.start_time, register.end_time) == (dt.time(9, 0), dt.time(12, 30))
    # The late joiner appears from her start; the dropout up to and including his last day
    # (the dropout date itself is the first day he no longer takes part).
    wed = [r.name for r in open_register(db, ids["wed"]).rows]
    assert wed == ["Berg, Jan van den", "Claes, Cees", "Yılmaz, Ayşe"]
    later = [r.name for r in open_register(db, ids["later"]).rows]
    assert later == ["Abdi, Fatuma", "Berg, Jan van den", "Yılmaz, Ayşe"]
    cancelled = open_register(db, ids["cancelled"])
    assert cancelled.cancelled and cancelled.cancel_reason == "Code oranje: storm"


def test_record_mark_upserts_one_row_and_revives_a_cleared_one(db, db_path, cohort):
    mon = cohort.sessions_by_day["mon"]
    ayse = cohort.people["Ayşe"].id
    changes = record_mark(db, mon, ayse, L, 12, "  bus te laat ")
    assert changes.attendance == {mon} and changes.participants == {ayse}
    first = stored(db_path, mon)[ayse]
    assert first[:4] == (L, 12, "bus te laat", False)

    record_mark(db, mon, ayse, P, None, "bus te laat")
    assert stored(db_path, mon)[ayse][:4] == (P, None, "bus te laat", False)

    record_mark(db, mon, ayse, None)
    cleared = stored(db_path, mon)[ayse]
    assert cleared[3] is True and cleared[4] == first[4]  # a tombstone, same row
    assert open_register(db, mon).rows[2].status is None

    record_mark(db, mon, ayse, S, note="")
    revived = stored(db_path, mon)
    assert revived[ayse] == (S, None, None, False, first[4])
    assert len(revived) == 2  # Jan's and Ayşe's: nothing duplicated


def test_clearing_what_was_never_marked_changes_nothing(db, db_path, cohort):
    mon = cohort.sessions_by_day["mon"]
    record_mark(db, mon, cohort.people["Ayşe"].id, None)
    assert set(stored(db_path, mon)) == {cohort.people["Jan"].id}


@pytest.mark.parametrize(
    ("status", "minutes", "field", "text"),
    [
        (P, 5, "minutes_late", "Minutes late can only be given for someone who was late."),
        (L, 0, "minutes_late", "Minutes late must be between 1 and 480; 0 is not."),
        (L, 481, "minutes_late", "Minutes late must be between 1 and 480; 481 is not."),
    ],
)
def test_bad_minutes_are_refused(db, db_path, cohort, status, minutes, field, text):
    mon = cohort.sessions_by_day["mon"]
    with pytest.raises(ValidationFailed) as failed:
        record_mark(db, mon, cohort.people["Ayşe"].id, status, minutes)
    assert [(e.field, e.source_text.format(**e.values)) for e in failed.value.errors] == [
        (field, text)
    ]
    assert cohort.people["Ayşe"].id not in stored(db_path, mon)


def test_late_without_minutes_and_the_limits_are_accepted(db, db_path, cohort):
    mon = cohort.sessions_by_day["mon"]
    record_mark(db, mon, cohort.people["Ayşe"].id, L)
    record_mark(db, mon, cohort.people["Jan"].id, L, 480)
    record_mark(db, mon, cohort.people["Cees"].id, L, 1)
    rows = stored(db_path, mon)
    assert [rows[cohort.people[n].id][:2] for n in ("Ayşe", "Jan", "Cees")] == [
        (L, None),
        (L, 480),
        (L, 1),
    ]


def test_a_cancelled_session_cannot_be_marked(db, db_path, cohort):
    cancelled = cohort.sessions_by_day["cancelled"]
    with pytest.raises(ValidationFailed) as failed:
        record_mark(db, cancelled, cohort.people["Jan"].id, P)
    (error,) = failed.value.errors
    assert error.message(lambda _c, text: text) == (
        "The session of 09-03-2026 was cancelled; attendance cannot be registered for a "
        "cancelled session."
    )
    with pytest.raises(ValidationFailed):
        mark_rest_present(db, cancelled)
    assert stored(db_path, cancelled) == {}


def test_only_participants_enrolled_on_the_date_can_be_marked(db, db_path, cohort):
    ids, people = cohort.sessions_by_day, cohort.people
    with pytest.raises(ValidationFailed) as failed:
        record_mark(db, ids["mon"], people["Fatuma"].id, P)  # before she joined
    assert failed.value.errors[0].message(lambda _c, t: t) == (
        "Fatuma Abdi is not enrolled in this cohort on 02-03-2026."
    )
    with pytest.raises(ValidationFailed):
        record_mark(db, ids["later"], people["Cees"].id, P)  # after he dropped out
    record_mark(db, ids["wed"], people["Cees"].id, E, note="Laatste dag")  # his last day
    assert stored(db_path, ids["wed"])[people["Cees"].id][:3] == (E, None, "Laatste dag")
    assert people["Fatuma"].id not in stored(db_path, ids["mon"])


def test_everyone_present_marks_only_the_rest(db, db_path, cohort):
    mon = cohort.sessions_by_day["mon"]
    record_mark(db, mon, cohort.people["Ayşe"].id, S)
    record_mark(db, mon, cohort.people["Cees"].id, L, 5)
    record_mark(db, mon, cohort.people["Cees"].id, None)  # cleared: counts as without a mark
    marked, changes = mark_rest_present(db, mon)
    assert marked == [cohort.people["Cees"].id]
    assert changes.attendance == {mon} and changes.participants == {cohort.people["Cees"].id}
    rows = stored(db_path, mon)
    assert {n: rows[cohort.people[n].id][0] for n in ("Jan", "Ayşe", "Cees")} == {
        "Jan": P,
        "Ayşe": S,
        "Cees": P,
    }
    assert len(rows) == 3
    assert mark_rest_present(db, mon)[0] == []


def test_restore_marks_writes_several_back_in_one_go(db, db_path, cohort):
    mon = cohort.sessions_by_day["mon"]
    jan, ayse, cees = (cohort.people[n].id for n in ("Jan", "Ayşe", "Cees"))
    before = [
        Mark(r.participant_id, r.status, r.minutes_late, r.note)
        for r in open_register(db, mon).rows
    ]
    marked, _ = mark_rest_present(db, mon)
    assert set(marked) == {ayse, cees}
    changes = restore_marks(db, mon, [(ayse, None, None, None), Mark(cees, None)])
    assert changes.participants == {ayse, cees}
    after = [
        Mark(r.participant_id, r.status, r.minutes_late, r.note)
        for r in open_register(db, mon).rows
    ]
    assert after == before
    # All or nothing: one bad mark and none is written.
    with pytest.raises(ValidationFailed):
        restore_marks(db, mon, [Mark(jan, S), Mark(ayse, P, 5)])
    assert stored(db_path, mon)[jan][0] is P


def test_tally_counts_the_register(db, cohort):
    mon = cohort.sessions_by_day["mon"]
    record_mark(db, mon, cohort.people["Ayşe"].id, L, 3)
    counts = tally(open_register(db, mon).rows)
    assert (counts.enrolled, counts.registered) == (3, 2)
    assert counts.by_status[P] == 1 and counts.by_status[L] == 1 and counts.by_status[S] == 0


def test_session_choices_with_counts(db, cohort):
    mon, wed = cohort.sessions_by_day["mon"], cohort.sessions_by_day["wed"]
    record_mark(db, wed, cohort.people["Cees"].id, P)
    choices = register_sessions(db, cohort.cohort_id)
    assert [c.date for c in choices] == [
        D(2026, 3, 2),
        D(2026, 3, 4),
        D(2026, 3, 9),
        D(2026, 3, 11),
    ]
    assert [(c.registered, c.enrolled) for c in choices] == [(1, 3), (1, 3), (0, 2), (0, 3)]
    assert [c.cancelled for c in choices] == [False, False, True, False]
    assert choices[0].id == mon and choices[0].module_name == "M1"
    assert choices[0].trainer_name == "Pieter van der Linden"
    assert [c.id for c in register_sessions(db, around=D(2026, 3, 4))] == [wed]
    assert register_sessions(db, around=D(2026, 3, 5)) == []


def test_default_session_prefers_today_then_the_last_one_held(db, cohort):
    choices = register_sessions(db, cohort.cohort_id)
    pick = lambda day: default_session(choices, day).date  # noqa: E731
    assert pick(D(2026, 3, 4)) == D(2026, 3, 4)  # today
    assert pick(D(2026, 3, 10)) == D(2026, 3, 4)  # the 9th was cancelled
    assert pick(D(2026, 3, 20)) == D(2026, 3, 11)
    assert pick(D(2026, 2, 1)) == D(2026, 3, 2)  # nothing held yet: the first one coming
    assert default_session([], D(2026, 3, 4)) is None
    assert first_session(db, D(2026, 3, 10)).date == D(2026, 3, 4)
    assert first_session(db, D(2026, 3, 11)).date == D(2026, 3, 11)


def test_first_session_on_an_empty_database(db):
    assert first_session(db, D(2026, 3, 10)) is None
    assert register_cohorts(db) == []


def test_cohorts_with_a_session_today_come_first(db, cohort):
    other = CohortBuilder("T-2025-9", D(2025, 9, 1))
    other.session(D(2026, 3, 11))
    other.save(db)
    codes = [c.code for c in register_cohorts(db, D(2026, 3, 11))]
    assert codes == ["T-2025-9", "T-2026-1"]
    codes = [c.code for c in register_cohorts(db, D(2026, 3, 12))]
    assert codes == ["T-2026-1", "T-2025-9"]  # both running: the most recently started first


def test_opening_a_session_that_does_not_exist(db):
    with pytest.raises(LookupError):
        open_register(db, "no-such-session")
    with pytest.raises(ValidationFailed) as failed:
        record_mark(db, "no-such-session", "someone", P)
    assert failed.value.errors[0].source_text == "This session no longer exists."
