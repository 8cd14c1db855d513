"""Planning on a real database file: generating a cohort's sessions around Dutch public
holidays and closing days, ISO weeks across New Year, double bookings, moving, cancelling,
restoring and adding single sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import (
    Attendance,
    Cohort,
    Module,
    Organisation,
    Participant,
    Programme,
    StaffMember,
    TrainingSession,
    utcnow,
)
from werkfit_desktop.domain.enums import AttendanceStatus, StaffRole
from werkfit_desktop.services import planning
from werkfit_desktop.services.schedule import Holiday, HolidayPolicy, SchedulePattern
from werkfit_desktop.services.validation import ValidationFailed

T9, T1230, T13, T1630 = dt.time(9), dt.time(12, 30), dt.time(13), dt.time(16, 30)
TODAY = dt.date(2026, 3, 2)


@dataclass
class World:
    org: str
    other_org: str
    trainer: str
    other_trainer: str
    cohort: str
    other_cohort: str
    modules: list[str]


@pytest.fixture
def world(db) -> World:
    """Two organisations; a programme of three modules (4 + 6 + 2 sessions); two cohorts of
    the first organisation; two trainers."""
    with db.write() as s:
        org = Organisation(name="Leerwerkbedrijf De Brug")
        other = Organisation(name="Werkplaats Vechtdal")
        s.add_all([org, other])
        s.flush()
        trainer = StaffMember(
            organisation_id=org.id,
            first_name="Jan",
            name_particle="van den",
            last_name="Berg",
            role=StaffRole.TRAINER,
        )
        trainer2 = StaffMember(
            organisation_id=org.id, first_name="Ayşe", last_name="Yılmaz", role=StaffRole.TRAINER
        )
        programme = Programme(name="Werkfit Installatietechniek")
        s.add_all([trainer, trainer2, programme])
        s.flush()
        modules = [
            Module(programme_id=programme.id, name=name, position=i, planned_sessions=n)
            for i, (name, n) in enumerate(
                [("Taal en werkcultuur", 4), ("Vakjargon", 6), ("VCA Basis", 2)], start=1
            )
        ]
        cohorts = [
            Cohort(
                code=code,
                programme_id=programme.id,
                organisation_id=org.id,
                start_date=dt.date(2026, 4, 20),
                end_date=dt.date(2026, 7, 3),
                location="Leslokaal 1",
            )
            for code in ("WF-INST-2026-1", "WF-INST-2026-2")
        ]
        s.add_all(modules + cohorts)
        s.flush()
        return World(
            org.id,
            other.id,
            trainer.id,
            trainer2.id,
            cohorts[0].id,
            cohorts[1].id,
            [m.id for m in modules],
        )


def mon_thu(start: dt.date, trainer: str | None = None, **kw) -> SchedulePattern:
    return SchedulePattern(
        weekdays=(0, 3),
        start_time=T9,
        end_time=T1230,
        start_date=start,
        location="Leslokaal 1",
        trainer_id=trainer,
        **kw,
    )


def session_dates(db, cohort_id) -> list[dt.date]:
    with db.read() as s:
        return sorted(
            s.scalars(select(TrainingSession.date).where(TrainingSession.cohort_id == cohort_id))
        )


def test_spring_2026_skips_koningsdag_ascension_and_whit_monday_and_says_so(db, world):
    pattern = mon_thu(dt.date(2026, 4, 20), world.trainer)
    preview = planning.preview_schedule(db, world.cohort, pattern, HolidayPolicy(), today=TODAY)
    assert session_dates(db, world.cohort) == []  # a preview saves nothing

    plan, changes = planning.generate_schedule(
        db, world.cohort, pattern, HolidayPolicy(), today=TODAY
    )
    assert plan.sessions == preview.sessions
    assert list(plan.skipped) == [
        (dt.date(2026, 4, 27), "Koningsdag"),
        (dt.date(2026, 5, 14), "Hemelvaartsdag"),
        (dt.date(2026, 5, 25), "Tweede pinksterdag"),
    ]
    dates = session_dates(db, world.cohort)
    assert len(dates) == 12
    assert dates[:4] == [
        dt.date(2026, 4, 20),
        dt.date(2026, 4, 23),
        dt.date(2026, 4, 30),
        dt.date(2026, 5, 4),
    ]
    assert {d.weekday() for d in dates} == {0, 3}
    assert not {dt.date(2026, 4, 27), dt.date(2026, 5, 14), dt.date(2026, 5, 25)} & set(dates)
    # Module order: 4 language sessions, then 6 jargon, then 2 VCA.
    assert [d.module_name for d in plan.sessions] == (
        ["Taal en werkcultuur"] * 4 + ["Vakjargon"] * 6 + ["VCA Basis"] * 2
    )
    assert changes.sessions == frozenset(plan.session_ids)
    assert changes.cohorts == {world.cohort}

    shown = planning.sessions_between(db, dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert [s.date for s in shown] == dates
    assert shown[0].trainer_name == "Jan van den Berg"
    assert shown[0].cohort_code == "WF-INST-2026-1" and shown[0].location == "Leslokaal 1"
    assert (shown[0].week_year, shown[0].week) == (2026, 17)


def test_both_whitsun_days_and_easter_are_skipped_on_a_sunday_pattern(db, world):
    pattern = SchedulePattern(
        weekdays=(0, 6), start_time=T9, end_time=T1230, start_date=dt.date(2026, 4, 1)
    )
    plan = planning.preview_schedule(db, world.cohort, pattern, HolidayPolicy(), today=TODAY)
    names = {day: reason for day, reason in plan.skipped}
    assert names[dt.date(2026, 4, 5)] == "Eerste paasdag"
    assert names[dt.date(2026, 4, 6)] == "Tweede paasdag"
    assert names[dt.date(2026, 5, 24)] == "Eerste pinksterdag"
    assert names[dt.date(2026, 5, 25)] == "Tweede pinksterdag"


def test_the_holiday_package_knows_koningsdag_2025_and_bevrijdingsdag():
    from werkfit_desktop.services.schedule import holidays_in_year, skipped_holiday

    by_date = {h.date: h for h in holidays_in_year(2025)}
    # 27 April 2025 is a Sunday, so Koningsdag is on Saturday the 26th.
    assert by_date[dt.date(2025, 4, 26)].holiday is Holiday.KINGS_DAY
    assert by_date[dt.date(2025, 4, 26)].name == "Koningsdag"
    assert dt.date(2025, 4, 27) not in by_date
    # Bevrijdingsdag: a general day off in lustrum years only, unless chosen otherwise.
    default = HolidayPolicy()
    assert skipped_holiday(dt.date(2025, 5, 5), default).name == "Bevrijdingsdag"
    assert skipped_holiday(dt.date(2030, 5, 5), default) is not None
    assert skipped_holiday(dt.date(2026, 5, 5), default) is None
    every_year = HolidayPolicy(liberation_day_every_year=True)
    assert skipped_holiday(dt.date(2026, 5, 5), every_year).name == "Bevrijdingsdag"
    never = HolidayPolicy(skipped=default.skipped - {Holiday.LIBERATION_DAY})
    assert skipped_holiday(dt.date(2025, 5, 5), never) is None
    # Goede Vrijdag is a working day unless chosen.
    assert skipped_holiday(dt.date(2026, 4, 3), default) is None
    good_friday = HolidayPolicy(skipped=default.skipped | {Holiday.GOOD_FRIDAY})
    assert skipped_holiday(dt.date(2026, 4, 3), good_friday).name == "Goede vrijdag"
    # English names when asked.
    assert skipped_holiday(dt.date(2026, 4, 27), default, "en").name == "King's Day"


def test_a_schedule_across_new_year_shows_week_53_of_2026(db, world):
    pattern = SchedulePattern(
        weekdays=(0, 4, 5), start_time=T9, end_time=T1230, start_date=dt.date(2026, 12, 21)
    )
    plan, _ = planning.generate_schedule(db, world.cohort, pattern, HolidayPolicy(), today=TODAY)
    assert list(plan.skipped) == [
        (dt.date(2026, 12, 25), "Eerste kerstdag"),
        (dt.date(2026, 12, 26), "Tweede kerstdag"),
        (dt.date(2027, 1, 1), "Nieuwjaarsdag"),
    ]
    shown = planning.sessions_between(db, dt.date(2026, 12, 1), dt.date(2027, 2, 28))
    by_date = {s.date: s for s in shown}
    assert dt.date(2027, 1, 1) not in by_date
    saturday = by_date[dt.date(2027, 1, 2)]
    assert (saturday.week_year, saturday.week) == (2026, 53)
    assert (by_date[dt.date(2026, 12, 28)].week_year, by_date[dt.date(2026, 12, 28)].week) == (
        2026,
        53,
    )
    monday = by_date[dt.date(2027, 1, 4)]
    assert (monday.week_year, monday.week) == (2027, 1)


def test_closing_days_are_skipped_with_their_reason(db, world):
    planning.add_closed_day(db, world.org, dt.date(2026, 4, 23), "Teamdag De Brug")
    planning.add_closed_day(db, None, dt.date(2026, 5, 4), "Dodenherdenking: vrij vanaf 12 uur")
    planning.add_closed_day(db, world.other_org, dt.date(2026, 5, 7), "Verhuizing Vechtdal")
    plan = planning.preview_schedule(
        db, world.cohort, mon_thu(dt.date(2026, 4, 20)), HolidayPolicy(), today=TODAY
    )
    skipped = dict(plan.skipped)
    assert skipped[dt.date(2026, 4, 23)] == "Teamdag De Brug"
    assert skipped[dt.date(2026, 5, 4)] == "Dodenherdenking: vrij vanaf 12 uur"
    assert dt.date(2026, 5, 7) not in skipped  # another organisation's closing day
    notes = planning.closed_day_notes(db, dt.date(2026, 4, 1), dt.date(2026, 5, 31))
    assert notes[dt.date(2026, 4, 23)] == "Teamdag De Brug (Leerwerkbedrijf De Brug)"
    assert notes[dt.date(2026, 5, 7)] == "Verhuizing Vechtdal (Werkplaats Vechtdal)"
    only_mine = planning.closed_day_notes(
        db, dt.date(2026, 4, 1), dt.date(2026, 5, 31), world.cohort
    )
    assert dt.date(2026, 5, 7) not in only_mine and dt.date(2026, 5, 4) in only_mine
    assert dt.date(2026, 5, 7) in [d.date for d in plan.sessions]

    with pytest.raises(ValidationFailed) as failed:
        planning.add_closed_day(db, world.org, dt.date(2026, 4, 23), "Nog een keer")
    assert failed.value.errors[0].field == "date"
    with pytest.raises(ValidationFailed):
        planning.add_closed_day(db, world.org, dt.date(2026, 6, 1), "  ")

    rows = planning.list_closed_days(db, world.org)
    assert [(r.date, r.organisation_name) for r in rows] == [
        (dt.date(2026, 4, 23), "Leerwerkbedrijf De Brug"),
        (dt.date(2026, 5, 4), None),
    ]
    planning.remove_closed_day(db, rows[0].id)
    assert [r.date for r in planning.list_closed_days(db, world.org)] == [dt.date(2026, 5, 4)]
    plan = planning.preview_schedule(
        db, world.cohort, mon_thu(dt.date(2026, 4, 20)), HolidayPolicy(), today=TODAY
    )
    assert dt.date(2026, 4, 23) in [d.date for d in plan.sessions]


def test_generate_refuses_when_the_cohort_has_sessions_unless_replacing_the_future(db, world):
    pattern = mon_thu(dt.date(2026, 4, 20), world.trainer)
    first, _ = planning.generate_schedule(db, world.cohort, pattern, HolidayPolicy(), today=TODAY)
    with pytest.raises(ValidationFailed) as failed:
        planning.generate_schedule(db, world.cohort, pattern, HolidayPolicy(), today=TODAY)
    assert "WF-INST-2026-1" in failed.value.errors[0].message(lambda _c, s: s)
    assert len(session_dates(db, world.cohort)) == 12  # nothing half-saved

    # Two sessions were held (attendance recorded); regenerate the rest on Tuesdays.
    with db.write() as s:
        participant = Participant(participant_number="D-000001", first_name="A", last_name="B")
        s.add(participant)
        s.flush()
        for session_id in first.session_ids[:2]:
            s.add(
                Attendance(
                    session_id=session_id,
                    participant_id=participant.id,
                    status=AttendanceStatus.PRESENT,
                )
            )
    today = dt.date(2026, 4, 24)
    tuesdays = SchedulePattern(
        weekdays=(1,), start_time=T13, end_time=T1630, start_date=dt.date(2026, 4, 27)
    )
    plan, changes = planning.generate_schedule(
        db, world.cohort, tuesdays, HolidayPolicy(), replace_future=True, today=today
    )
    assert set(plan.replaced_ids) == set(first.session_ids[2:])
    assert len(plan.sessions) == 10  # 12 planned, 2 held and kept
    assert [d.module_name for d in plan.sessions[:2]] == ["Taal en werkcultuur"] * 2
    dates = session_dates(db, world.cohort)
    assert dates[:2] == [dt.date(2026, 4, 20), dt.date(2026, 4, 23)]
    assert all(d.weekday() == 1 for d in dates[2:]) and len(dates) == 12
    # Replaced sessions are tombstoned, not deleted.
    with db.read() as s:
        gone = s.scalars(
            select(TrainingSession)
            .where(TrainingSession.id.in_(plan.replaced_ids))
            .execution_options(include_deleted=True)
        ).all()
    assert len(gone) == 10 and all(g.deleted_at is not None for g in gone)
    assert changes.sessions >= set(plan.replaced_ids) | set(plan.session_ids)

    # Undoing a generation is refused while something is recorded for a new session.
    with db.write() as s:
        s.add(
            Attendance(
                session_id=plan.session_ids[0],
                participant_id=participant.id,
                status=AttendanceStatus.PRESENT,
            )
        )
    with pytest.raises(ValidationFailed):
        planning.remove_and_restore_sessions(db, plan.session_ids, plan.replaced_ids)
    assert len(session_dates(db, world.cohort)) == 12  # nothing changed
    with db.write() as s:
        for row in s.scalars(
            select(Attendance).where(Attendance.session_id == plan.session_ids[0])
        ):
            row.deleted_at = utcnow()  # the register entry is taken back (a tombstone)

    # Undo of the generation: the new ones go, the replaced ones come back.
    planning.remove_and_restore_sessions(db, plan.session_ids, plan.replaced_ids)
    assert session_dates(db, world.cohort) == sorted(d.date for d in first.sessions)


def test_double_booking_is_detected_and_shown_on_both_sessions(db, world):
    plan, _ = planning.generate_schedule(
        db,
        world.cohort,
        mon_thu(dt.date(2026, 4, 20), world.trainer),
        HolidayPolicy(),
        today=TODAY,
    )
    # The other cohort's schedule with the same trainer at an overlapping time is warned of.
    overlapping = SchedulePattern(
        weekdays=(3,),
        start_time=dt.time(11),
        end_time=dt.time(15),
        start_date=dt.date(2026, 4, 20),
        trainer_id=world.trainer,
    )
    preview = planning.preview_schedule(
        db, world.other_cohort, overlapping, HolidayPolicy(), today=TODAY
    )
    assert any(w.kind == "double_booked" for w in preview.warnings)
    message = next(w for w in preview.warnings if w.kind == "double_booked").message(
        lambda _c, s: s
    )
    assert "23-04-2026 09:00–12:30" in message and "WF-INST-2026-1" in message

    new_id, _, warnings = planning.add_session(
        db,
        world.other_cohort,
        world.modules[0],
        dt.date(2026, 4, 23),
        dt.time(12),
        T1630,
        "Leslokaal 2",
        world.trainer,
    )
    assert [w.kind for w in warnings] == ["double_booked"]
    conflicts = planning.trainer_conflicts(
        db, world.trainer, dt.date(2026, 4, 23), dt.time(12), T1630, exclude_session_id=new_id
    )
    assert [c.session_id for c in conflicts] == [plan.session_ids[1]]

    day = planning.sessions_between(db, dt.date(2026, 4, 23), dt.date(2026, 4, 23))
    assert len(day) == 2 and all(s.double_booked for s in day)
    by_id = {s.id: s for s in day}
    assert by_id[new_id].conflicts[0].cohort_code == "WF-INST-2026-1"
    # Filtering on the other cohort still shows the double booking.
    only_other = planning.sessions_between(
        db, dt.date(2026, 4, 23), dt.date(2026, 4, 23), cohort_id=world.other_cohort
    )
    assert [s.id for s in only_other] == [new_id] and only_other[0].double_booked
    # Touching times do not overlap; a cancelled session does not count.
    assert not planning.trainer_conflicts(
        db, world.trainer, dt.date(2026, 4, 23), T1630, dt.time(17)
    )
    planning.cancel_session(db, new_id, "Trainer ziek")
    assert not any(
        s.double_booked
        for s in planning.sessions_between(db, dt.date(2026, 4, 23), dt.date(2026, 4, 23))
    )
    assert (
        planning.sessions_between(
            db, dt.date(2026, 4, 1), dt.date(2026, 4, 30), trainer_id=world.other_trainer
        )
        == []
    )


def test_cancel_needs_a_reason_and_restore_undoes_it(db, world):
    plan, _ = planning.generate_schedule(
        db, world.cohort, mon_thu(dt.date(2026, 4, 20)), HolidayPolicy(), today=TODAY
    )
    session_id = plan.session_ids[0]
    with pytest.raises(ValidationFailed) as failed:
        planning.cancel_session(db, session_id, "   ")
    assert failed.value.errors[0].field == "reason"
    assert not planning.get_session(db, session_id).cancelled

    changes = planning.cancel_session(db, session_id, "Trainer ziek")
    assert changes.sessions == {session_id} and changes.cohorts == {world.cohort}
    shown = planning.get_session(db, session_id)
    assert shown.cancelled and shown.cancel_reason == "Trainer ziek"
    # Still listed (struck through in the view), not removed.
    assert session_id in [s.id for s in planning.sessions_between(db, shown.date, shown.date)]

    planning.restore_session(db, session_id)
    shown = planning.get_session(db, session_id)
    assert not shown.cancelled and shown.cancel_reason is None


def test_move_warns_about_holidays_closing_days_and_double_bookings(db, world):
    plan, _ = planning.generate_schedule(
        db,
        world.cohort,
        mon_thu(dt.date(2026, 4, 20), world.trainer),
        HolidayPolicy(),
        today=TODAY,
    )
    first = plan.session_ids[0]
    changes, warnings = planning.move_session(db, first, dt.date(2026, 4, 27), T13, T1630)
    assert changes.sessions == {first}
    assert [w.kind for w in warnings] == ["holiday"]
    assert warnings[0].message(lambda _c, s: s) == "27-04-2026 is a public holiday: Koningsdag."
    moved = planning.get_session(db, first)
    assert (moved.date, moved.start_time, moved.end_time) == (dt.date(2026, 4, 27), T13, T1630)
    assert moved.location == "Leslokaal 1" and moved.trainer_id == world.trainer  # kept

    planning.add_closed_day(db, world.org, dt.date(2026, 4, 28), "Studiedag")
    _, warnings = planning.move_session(db, first, dt.date(2026, 4, 28), T9, T1230)
    assert [w.kind for w in warnings] == ["closed_day"]
    assert "Studiedag" in warnings[0].message(lambda _c, s: s)

    # Onto the morning of the trainer's other session that day, in another room.
    second_day = plan.sessions[1].date
    _, warnings = planning.move_session(
        db, first, second_day, T9, T1230, location="Leslokaal 3", trainer_id=world.trainer
    )
    assert [w.kind for w in warnings] == ["double_booked"]
    assert planning.get_session(db, first).location == "Leslokaal 3"
    # With another trainer the double booking is gone; None clears the room.
    _, warnings = planning.move_session(
        db, first, second_day, T9, T1230, location=None, trainer_id=world.other_trainer
    )
    assert warnings == []
    assert planning.get_session(db, first).location is None

    _, warnings = planning.move_session(db, first, dt.date(2026, 5, 2), T9, T1230)
    assert [w.kind for w in warnings] == ["weekend"]

    with pytest.raises(ValidationFailed) as failed:
        planning.move_session(db, first, second_day, T1230, T9)
    assert failed.value.errors[0].field == "end_time"
    assert planning.get_session(db, first).date == dt.date(2026, 5, 2)


def test_add_and_remove_a_single_session(db, world):
    new_id, changes, warnings = planning.add_session(
        db, world.cohort, world.modules[2], dt.date(2026, 7, 2), T9, T1230, "Examenzaal", None
    )
    assert warnings == [] and changes.sessions == {new_id}
    added = planning.get_session(db, new_id)
    assert added.module_name == "VCA Basis" and added.location == "Examenzaal"
    assert (added.week_year, added.week) == (2026, 27)

    with db.write() as s:
        foreign = Programme(name="Zorg")
        s.add(foreign)
        s.flush()
        module = Module(programme_id=foreign.id, name="BHV", position=1, planned_sessions=2)
        s.add(module)
        s.flush()
        foreign_module = module.id
    with pytest.raises(ValidationFailed) as failed:
        planning.add_session(
            db, world.cohort, foreign_module, dt.date(2026, 7, 2), T9, T1230, None, None
        )
    assert failed.value.errors[0].field == "module"

    planning.remove_session(db, new_id)
    assert planning.sessions_between(db, dt.date(2026, 7, 2), dt.date(2026, 7, 2)) == []
    planning.unremove_session(db, new_id)
    assert [
        s.id for s in planning.sessions_between(db, dt.date(2026, 7, 2), dt.date(2026, 7, 2))
    ] == [new_id]


def test_a_session_with_attendance_cannot_be_removed(db, world):
    new_id, _, _ = planning.add_session(
        db, world.cohort, world.modules[0], dt.date(2026, 4, 20), T9, T1230, None, None
    )
    with db.write() as s:
        participant = Participant(participant_number="D-000002", first_name="C", last_name="D")
        s.add(participant)
        s.flush()
        s.add(
            Attendance(
                session_id=new_id, participant_id=participant.id, status=AttendanceStatus.PRESENT
            )
        )
    with pytest.raises(ValidationFailed):
        planning.remove_session(db, new_id)
    _, warnings = planning.move_session(db, new_id, dt.date(2026, 4, 21), T9, T1230)
    assert [w.kind for w in warnings] == ["recorded"]


def test_choices_for_the_dialogs(db, world):
    cohorts = planning.cohort_choices(db)
    assert {c.code for c in cohorts} == {"WF-INST-2026-1", "WF-INST-2026-2"}
    assert all(c.session_count == 0 for c in cohorts)
    trainers = planning.trainer_choices(db)
    assert [t.name for t in trainers] == ["Jan van den Berg", "Ayşe Yılmaz"]  # B before Y
    modules = planning.module_choices(db, world.cohort)
    assert [(m.position, m.planned_sessions) for m in modules] == [(1, 4), (2, 6), (3, 2)]


def test_planning_the_demo_cohorts_reads_all_224_sessions(template_db, tmp_path):
    import shutil

    from werkfit_desktop.persistence.database import open_database
    from werkfit_desktop.services.demo import create_demo

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(template_db, path)
    db = open_database(path)
    try:
        create_demo(db, seed=1, today=dt.date(2026, 11, 23))
        everything = planning.sessions_between(db, dt.date(2000, 1, 1), dt.date(2100, 1, 1))
        assert len(everything) == 224
        with db.read() as s:
            codes = set(s.scalars(select(Cohort.code)))
        assert {p.cohort_code for p in everything} == codes
        assert all(p.trainer_name for p in everything)
    finally:
        db.close()
