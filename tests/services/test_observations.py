"""Skill observations: the weekly grid of a cohort, one row per participant x skill x week,
punctuality suggested from attendance, and each skill's trend over the weeks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import (
    Attendance,
    Cohort,
    Enrolment,
    Module,
    Organisation,
    Participant,
    Programme,
    Skill,
    SkillObservation,
    TrainingSession,
)
from werkfit_desktop.domain.enums import AttendanceStatus as A
from werkfit_desktop.domain.enums import EnrolmentStatus, Phase
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import observations as obs
from werkfit_desktop.services.punctuality import suggest_punctuality
from werkfit_desktop.services.skills import SkillEdit, save_skill_list, skills
from werkfit_desktop.services.validation import ValidationFailed

SKILL_NAMES = [
    "Op tijd komen",
    "Jezelf verstaanbaar maken in het Nederlands",
    "Om hulp vragen",
    "Samenwerken",
    "Veilig werken",
    "Instructies opvolgen",
]
# ISO week 47 of 2026: Monday 16 November .. Sunday 22 November.
W47 = (2026, 47)
MON, TUE, WED, THU = (dt.date(2026, 11, d) for d in (16, 17, 18, 19))
TODAY = dt.date(2026, 11, 20)


@dataclass
class Built:
    cohort_id: str
    other_cohort_id: str
    people: dict[str, str]  # last name -> participant id
    skills: dict[str, str]  # skill name -> id
    sessions: dict[dt.date | None, str]  # date -> session id (the cohort's); None: other cohort


def _person(session, number, first, particle, last) -> Participant:
    person = Participant(
        participant_number=f"D-{number:06d}",
        first_name=first,
        name_particle=particle,
        last_name=last,
    )
    session.add(person)
    return person


@pytest.fixture
def built(db) -> Built:
    """A cohort in week 47 of 2026 with sessions on Mon, Tue (cancelled), Wed and Thu."""
    save_skill_list(db, [SkillEdit(None, name) for name in SKILL_NAMES])
    with db.write() as session:
        org = Organisation(name="Leerwerkbedrijf De Brug")
        programme = Programme(name="Werkfit Installatietechniek")
        session.add_all([org, programme])
        session.flush()
        module = Module(programme_id=programme.id, name="Werkcultuur", position=1)
        cohort = Cohort(
            code="WF-TEST-1",
            programme_id=programme.id,
            organisation_id=org.id,
            start_date=dt.date(2026, 11, 2),
            end_date=dt.date(2027, 1, 29),
        )
        other = Cohort(
            code="WF-TEST-2",
            programme_id=programme.id,
            organisation_id=org.id,
            start_date=dt.date(2026, 11, 2),
        )
        session.add_all([module, cohort, other])
        people = {
            "Yılmaz": _person(session, 1, "Ayşe", None, "Yılmaz"),
            "Berg": _person(session, 2, "Jan", "van den", "Berg"),
            "Abdi": _person(session, 3, "Fatuma", None, "Abdi"),
            "Wróbel": _person(session, 4, "Łukasz", None, "Wróbel"),  # dropped out in week 46
            "Hoa": _person(session, 5, "Nguyễn Thị", None, "Hoa"),  # starts in week 48
        }
        session.flush()
        starts = {"Hoa": dt.date(2026, 11, 23)}
        for last, person in people.items():
            session.add(
                Enrolment(
                    participant_id=person.id,
                    cohort_id=cohort.id,
                    start_date=starts.get(last, dt.date(2026, 11, 2)),
                    status=EnrolmentStatus.ACTIVE,
                    current_phase=Phase.TRAINING,
                    dropout_date=dt.date(2026, 11, 12) if last == "Wróbel" else None,
                    end_date=dt.date(2026, 11, 12) if last == "Wróbel" else None,
                )
            )
        sessions = {}
        for day in (MON, TUE, WED, THU):
            row = TrainingSession(
                cohort_id=cohort.id, module_id=module.id, date=day, cancelled=day == TUE
            )
            session.add(row)
            session.flush()
            sessions[day] = row.id
        elsewhere = TrainingSession(cohort_id=other.id, module_id=module.id, date=WED)
        session.add(elsewhere)
        session.flush()
        sessions[None] = elsewhere.id  # the other cohort's session that week
        ids = {last: p.id for last, p in people.items()}
    return Built(
        cohort.id,
        other.id,
        ids,
        {s.name: s.id for s in skills(db)},
        sessions,
    )


def register(db, built: Built, last: str, statuses: dict[dt.date, A], minutes=None) -> None:
    with db.write() as session:
        for day, status in statuses.items():
            session.add(
                Attendance(
                    session_id=built.sessions[day],
                    participant_id=built.people[last],
                    status=status,
                    minutes_late=minutes if status == A.LATE else None,
                )
            )


def observe(db, built, last, skill, day, score, note=None, deleted=False) -> str:
    with db.write() as session:
        row = SkillObservation(
            participant_id=built.people[last],
            skill_id=built.skills[skill],
            observed_on=day,
            score=score,
            note=note,
        )
        session.add(row)
        session.flush()
        return row.id


def rows(path, include_deleted=False):
    """What is really in the file, through a fresh Database."""
    fresh = open_database(path)
    try:
        with fresh.read() as session:
            return session.scalars(
                select(SkillObservation)
                .order_by(SkillObservation.created_at)
                .execution_options(include_deleted=include_deleted)
            ).all()
    finally:
        fresh.close()


# the grid --------------------------------------------------------------------------------
def test_grid_lists_the_week_s_participants_skills_and_scores(db, built):
    observe(db, built, "Berg", "Samenwerken", WED, 3, "Helpt een ander op weg.")
    observe(db, built, "Berg", "Om hulp vragen", dt.date(2026, 11, 22), 2)  # a Sunday
    observe(db, built, "Berg", "Om hulp vragen", dt.date(2026, 11, 15), 4)  # week 46
    observe(db, built, "Abdi", "Veilig werken", MON, 1)
    observe(db, built, "Abdi", "Veilig werken", THU, 2)  # the latest of the week counts
    observe(db, built, "Wróbel", "Samenwerken", WED, 4)  # no longer enrolled

    grid = obs.week_grid(db, built.cohort_id, *W47)

    assert (grid.monday, grid.sunday) == (MON, dt.date(2026, 11, 22))
    # Sorted under the surname without particle; the dropout and the later starter left out.
    assert [p.name for p in grid.participants] == [
        "Abdi, Fatuma",
        "Berg, Jan van den",
        "Yılmaz, Ayşe",
    ]
    assert [s.name for s in grid.skills] == SKILL_NAMES
    berg, abdi = built.people["Berg"], built.people["Abdi"]
    assert grid.cell(berg, built.skills["Samenwerken"]).score == 3
    assert grid.cell(berg, built.skills["Samenwerken"]).note == "Helpt een ander op weg."
    assert grid.cell(berg, built.skills["Om hulp vragen"]).score == 2
    assert grid.cell(abdi, built.skills["Veilig werken"]).score == 2
    assert len(grid.cells) == 3
    assert grid.held_sessions == 3  # the cancelled Tuesday does not count
    assert grid.punctuality_skill_id == built.skills["Op tijd komen"]

    later = obs.week_grid(db, built.cohort_id, 2026, 48)
    assert "Hoa, Nguyễn Thị" in [p.name for p in later.participants]


def test_an_inactive_skill_leaves_the_grid_but_keeps_its_observations(db, built):
    observe(db, built, "Berg", "Veilig werken", WED, 3)
    edits = [SkillEdit(s.id, s.name, s.name != "Veilig werken") for s in skills(db)]
    save_skill_list(db, edits)
    grid = obs.week_grid(db, built.cohort_id, *W47)
    assert "Veilig werken" not in [s.name for s in grid.skills]
    assert grid.cells == {}
    trend = obs.skill_trend(db, built.people["Berg"])
    assert trend.lines[-1].name == "Veilig werken"
    assert not trend.lines[-1].active


# writing ---------------------------------------------------------------------------------
def test_set_score_upserts_one_row_per_participant_skill_and_week(db, db_path, built):
    berg, skill = built.people["Berg"], built.skills["Samenwerken"]
    changes = obs.set_score(db, built.cohort_id, berg, skill, *W47, 2, None, today=TODAY)
    assert changes.observations == {berg}
    obs.set_score(db, built.cohort_id, berg, skill, *W47, 3, "  Werkt goed samen. ", today=TODAY)
    stored = rows(db_path, include_deleted=True)
    assert len(stored) == 1
    row = stored[0]
    assert (row.score, row.note) == (3, "Werkt goed samen.")
    # Dated on the latest session held by 'today' (Thursday), and linked to it.
    assert row.observed_on == THU
    assert row.session_id == built.sessions[THU]
    # Saving the same value again changes nothing.
    again = obs.set_score(
        db, built.cohort_id, berg, skill, *W47, 3, "Werkt goed samen.", today=TODAY
    )
    assert again.observations == frozenset()


def test_a_new_observation_without_a_held_session_is_dated_on_the_monday(db, db_path, built):
    berg, skill = built.people["Berg"], built.skills["Om hulp vragen"]
    obs.set_score(db, built.cohort_id, berg, skill, *W47, 4, None, today=dt.date(2026, 11, 15))
    obs.set_score(db, built.cohort_id, berg, skill, 2026, 49, 3, None, today=TODAY)
    assert [(r.observed_on, r.session_id) for r in rows(db_path)] == [
        (MON, None),  # the week's sessions all lie after 'today'
        (dt.date(2026, 11, 30), None),  # no sessions in week 49
    ]


def test_an_existing_observation_keeps_its_date_and_a_double_is_tombstoned(db, db_path, built):
    first = observe(db, built, "Abdi", "Veilig werken", MON, 1)
    second = observe(db, built, "Abdi", "Veilig werken", WED, 2)  # e.g. from another laptop
    abdi, skill = built.people["Abdi"], built.skills["Veilig werken"]
    obs.set_score(db, built.cohort_id, abdi, skill, *W47, 3, None, today=TODAY)
    live = rows(db_path)
    assert [(r.id, r.observed_on, r.score) for r in live] == [(second, WED, 3)]
    assert {r.id for r in rows(db_path, include_deleted=True)} == {first, second}


def test_clear_tombstones_and_scoring_again_revives_the_same_row(db, db_path, built):
    yilmaz, skill = built.people["Yılmaz"], built.skills["Op tijd komen"]
    obs.set_score(db, built.cohort_id, yilmaz, skill, *W47, 2, "Bus gemist.", today=TODAY)
    (row,) = rows(db_path)
    changes = obs.set_score(db, built.cohort_id, yilmaz, skill, *W47, None, None, today=TODAY)
    assert changes.observations == {yilmaz}
    assert rows(db_path) == []
    assert obs.week_grid(db, built.cohort_id, *W47).cells == {}
    obs.set_score(db, built.cohort_id, yilmaz, skill, *W47, 4, None, today=TODAY)
    (revived,) = rows(db_path, include_deleted=True)
    assert (revived.id, revived.score, revived.note, revived.deleted_at) == (row.id, 4, None, None)


@pytest.mark.parametrize(
    ("score", "note", "field"),
    [
        (0, None, "score"),
        (5, None, "score"),
        (True, None, "score"),
        (None, "Alleen een notitie", "note"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(db, db_path, built, score, note, field):
    with pytest.raises(ValidationFailed) as failed:
        obs.set_score(
            db,
            built.cohort_id,
            built.people["Berg"],
            built.skills["Samenwerken"],
            *W47,
            score,
            note,
            today=TODAY,
        )
    assert [e.field for e in failed.value.errors] == [field]
    assert rows(db_path, include_deleted=True) == []


def test_a_bad_value_among_several_saves_none_of_them(db, db_path, built):
    skill = built.skills["Samenwerken"]
    values = [
        obs.CellValue(built.people["Berg"], skill, 3),
        obs.CellValue(built.people["Abdi"], skill, 7),
    ]
    with pytest.raises(ValidationFailed):
        obs.restore_scores(db, built.cohort_id, *W47, values, today=TODAY)
    assert rows(db_path, include_deleted=True) == []


# punctuality -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], None),
        ([A.SICK, A.ABSENT_EXCUSED], None),  # nothing said about arriving on time
        ([A.PRESENT, A.PRESENT, A.PRESENT], 4),
        ([A.PRESENT, A.SICK, A.PRESENT], 4),
        ([A.PRESENT, A.LATE, A.PRESENT], 3),
        ([A.LATE], 3),  # one slip never gives 1
        ([A.PRESENT, A.ABSENT_UNEXCUSED, A.PRESENT], 3),
        ([A.PRESENT, A.LATE, A.LATE, A.PRESENT], 2),
        ([A.PRESENT, A.LATE, A.ABSENT_UNEXCUSED, A.PRESENT], 2),
        ([A.LATE, A.LATE], 1),
        ([A.LATE, A.ABSENT_UNEXCUSED, A.PRESENT], 1),
        ([A.LATE, A.LATE, A.LATE, A.PRESENT, A.SICK], 1),
    ],
)
def test_punctuality_rule(statuses, expected):
    suggestion = suggest_punctuality((s, 10 if s == A.LATE else None) for s in statuses)
    assert (suggestion.score if suggestion else None) == expected


def test_punctuality_suggestions_come_from_the_week_s_held_sessions(db, built):
    register(db, built, "Abdi", {MON: A.PRESENT, WED: A.PRESENT, THU: A.PRESENT})
    register(db, built, "Berg", {MON: A.LATE, WED: A.PRESENT, THU: A.SICK}, minutes=15)
    register(db, built, "Yılmaz", {MON: A.LATE, WED: A.ABSENT_UNEXCUSED, THU: A.PRESENT})
    # The cancelled Tuesday's register does not count, nor another cohort's session.
    register(db, built, "Abdi", {TUE: A.LATE, None: A.ABSENT_UNEXCUSED})
    grid = obs.week_grid(db, built.cohort_id, *W47)
    suggestions = grid.punctuality_suggestions
    assert suggestions[built.people["Abdi"]].score == 4
    berg = suggestions[built.people["Berg"]]
    assert (berg.score, berg.counted, berg.late, berg.minutes_late) == (3, 2, 1, 15)
    assert suggestions[built.people["Yılmaz"]].score == 1
    assert obs.week_grid(db, built.cohort_id, 2026, 48).punctuality_suggestions == {}


def test_confirm_punctuality_writes_the_suggestions_and_restore_undoes_it(db, db_path, built):
    register(db, built, "Abdi", {MON: A.PRESENT, WED: A.PRESENT})
    register(db, built, "Berg", {MON: A.LATE, WED: A.LATE, THU: A.PRESENT})
    register(db, built, "Yılmaz", {MON: A.PRESENT, WED: A.PRESENT})
    on_time = built.skills["Op tijd komen"]
    abdi, berg, yilmaz = (built.people[n] for n in ("Abdi", "Berg", "Yılmaz"))
    obs.set_score(db, built.cohort_id, berg, on_time, *W47, 4, "Meestal op tijd.", today=TODAY)
    obs.set_score(db, built.cohort_id, yilmaz, on_time, *W47, 4, None, today=TODAY)

    previous, changes = obs.confirm_punctuality(
        db, built.cohort_id, *W47, [abdi, berg, yilmaz], today=TODAY
    )
    # Yılmaz already had the suggested 4: nothing to write there.
    assert changes.observations == {abdi, berg}
    assert previous == [
        obs.CellValue(abdi, on_time, None, None),
        obs.CellValue(berg, on_time, 4, "Meestal op tijd."),
    ]
    stored = {(r.participant_id, r.score, r.note) for r in rows(db_path)}
    assert stored == {(abdi, 4, None), (berg, 1, "Meestal op tijd."), (yilmaz, 4, None)}

    undone = obs.restore_scores(db, built.cohort_id, *W47, previous, today=TODAY)
    assert undone.observations == {abdi, berg}
    stored = {(r.participant_id, r.score, r.note) for r in rows(db_path)}
    assert stored == {(berg, 4, "Meestal op tijd."), (yilmaz, 4, None)}
    assert len(rows(db_path, include_deleted=True)) == 3  # Abdi's row tombstoned, not deleted


def test_confirm_without_a_punctuality_skill_is_refused(db, built):
    edits = [SkillEdit(s.id, s.name, s.name != "Op tijd komen") for s in skills(db)]
    save_skill_list(db, edits)
    assert obs.week_grid(db, built.cohort_id, *W47).punctuality_skill_id is None
    with pytest.raises(ValidationFailed):
        obs.confirm_punctuality(db, built.cohort_id, *W47, [built.people["Abdi"]])


# trend -----------------------------------------------------------------------------------
def test_trend_orders_weeks_by_week_year_across_new_year(db, built):
    for day, score in [
        (dt.date(2027, 1, 5), 3),  # week 1 of 2027
        (dt.date(2026, 12, 30), 2),  # week 53 of 2026
        (dt.date(2027, 1, 1), 3),  # also week 53 of 2026, later: counts for that week
        (dt.date(2026, 12, 21), 1),  # week 52 of 2026
        (dt.date(2027, 1, 13), 4),  # week 2 of 2027
    ]:
        observe(db, built, "Berg", "Om hulp vragen", day, score)
    observe(db, built, "Berg", "Samenwerken", dt.date(2026, 12, 30), 2)

    trend = obs.skill_trend(db, built.people["Berg"])
    assert trend.weeks == ((2026, 52), (2026, 53), (2027, 1), (2027, 2))
    help_line = next(line for line in trend.lines if line.name == "Om hulp vragen")
    assert [(p.week_year, p.week, p.score) for p in help_line.points] == [
        (2026, 52, 1),
        (2026, 53, 3),
        (2027, 1, 3),
        (2027, 2, 4),
    ]
    assert (help_line.first, help_line.latest, help_line.change) == (1, 4, 3)
    assert [line.name for line in trend.lines] == SKILL_NAMES  # all active skills, in order
    unseen = next(line for line in trend.lines if line.name == "Veilig werken")
    assert (unseen.points, unseen.first, unseen.change) == ((), None, None)

    recent = obs.skill_trend(db, built.people["Berg"], weeks=2)
    assert recent.weeks == ((2027, 1), (2027, 2))
    help_recent = next(line for line in recent.lines if line.name == "Om hulp vragen")
    assert [p.score for p in help_recent.points] == [3, 4]
    assert help_recent.first == 1  # the first score ever, from before the weeks shown
    together = next(line for line in recent.lines if line.name == "Samenwerken")
    assert together.points == () and together.latest == 2


def test_trend_of_someone_without_observations_is_empty(db, built):
    trend = obs.skill_trend(db, built.people["Abdi"], weeks=8)
    assert trend.weeks == ()
    assert not trend.has_observations


# the skill list --------------------------------------------------------------------------
def test_skill_list_rename_reorder_deactivate_and_add(db, built):
    current = skills(db)
    first, second = current[0], current[1]
    edits = [SkillEdit(s.id, s.name) for s in current[2:]]
    edits.insert(0, SkillEdit(second.id, first.name))  # the two swap names
    edits.insert(1, SkillEdit(first.id, second.name, active=False))
    edits.append(SkillEdit(None, "Omgaan met feedback"))
    save_skill_list(db, edits)
    after = skills(db, include_inactive=True)
    assert [(s.name, s.active) for s in after] == [
        ("Op tijd komen", True),
        ("Jezelf verstaanbaar maken in het Nederlands", False),
        *[(name, True) for name in SKILL_NAMES[2:]],
        ("Omgaan met feedback", True),
    ]
    assert after[0].id == second.id
    assert [s.position for s in after] == list(range(1, 8))
    assert len(skills(db)) == 6


def test_skill_list_left_out_is_deactivated_and_a_new_line_with_its_name_revives_it(db, built):
    current = skills(db)
    save_skill_list(db, [SkillEdit(s.id, s.name) for s in current[1:]])
    assert [s.name for s in skills(db)] == SKILL_NAMES[1:]
    save_skill_list(
        db, [SkillEdit(None, "op tijd komen"), *[SkillEdit(s.id, s.name) for s in current[1:]]]
    )
    after = skills(db)
    assert after[0].id == current[0].id and after[0].name == "op tijd komen"
    with db.read() as session:
        assert len(session.scalars(select(Skill)).all()) == 6


@pytest.mark.parametrize(
    "names",
    [["Samenwerken", " "], ["Samenwerken", "samenwerken"], ["x" * 201]],
)
def test_skill_list_refuses_empty_doubled_or_too_long_names(db, built, names):
    with pytest.raises(ValidationFailed):
        save_skill_list(db, [SkillEdit(None, n) for n in names])
    assert [s.name for s in skills(db)] == SKILL_NAMES


def test_cohort_choices_and_default_week(db, built):
    choices = {c.code: c for c in obs.cohort_choices(db)}
    assert choices["WF-TEST-1"].participants == 5
    assert choices["WF-TEST-2"].participants == 0
    test1 = choices["WF-TEST-1"]
    assert obs.default_week(test1, dt.date(2026, 11, 18)) == W47
    assert obs.default_week(test1, dt.date(2026, 10, 1)) == (2026, 45)  # first week
    assert obs.default_week(test1, dt.date(2027, 3, 1)) == (2027, 4)  # last week
    assert obs.week_bounds(2026, 53) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
