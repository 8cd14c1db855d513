"""The one attendance-statistics service: hand-computed figures on a small cohort with the
edge cases (cancelled and future sessions, a late joiner, a dropout, a forgotten register,
a cleared mark), no sessions yet, and properties over random cohorts against a plain
Python reading of the definition in docs/attendance.md."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import sys
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.attendance_stats import (
    ZERO,
    AttendanceFigures,
    cohort_totals,
    module_figures,
    participant_figures,
)


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
M, U, Z = AttendanceStatus.ABSENT_EXCUSED, AttendanceStatus.ABSENT_UNEXCUSED, AttendanceStatus.SICK
D = dt.date
AS_OF = D(2026, 3, 20)


@pytest.fixture
def small_cohort(db):
    """Four weeks of a cohort, as of Friday 20 March 2026 (see docs/attendance.md)."""
    b = CohortBuilder("T-2026-1", D(2026, 3, 2))
    s = [
        b.session(D(2026, 3, 2), 0),
        b.session(D(2026, 3, 4), 0),
        b.session(D(2026, 3, 9), 0, cancelled=True, reason="Trainer ziek"),
        b.session(D(2026, 3, 11), 1),
        b.session(D(2026, 3, 16), 1),
        b.session(D(2026, 3, 18), 1),  # the register was forgotten
        b.session(D(2026, 3, 25), 1),  # after as_of
    ]
    b.person("Anna", "Aksoy", D(2026, 3, 2))
    b.person("Bram", "Bakker", D(2026, 3, 10))  # joined late
    b.person("Cees", "Claes", D(2026, 3, 2), end=D(2026, 3, 11), dropout=D(2026, 3, 11))
    b.person("Dina", "Dekker", D(2026, 3, 2))
    b.person("Eva", "Evers", D(2026, 3, 2), deleted=True)  # in the bin
    b.mark(s[0], "Anna", P)
    b.mark(s[1], "Anna", L, 10, "bus te laat")
    b.mark(s[2], "Anna", P)  # on the cancelled session: never counts
    b.mark(s[3], "Anna", Z)
    b.mark(s[4], "Anna", P)
    b.mark(s[6], "Anna", M, note="afspraak UWV")  # announced in advance: not held yet
    b.mark(s[1], "Bram", P)  # before he joined: does not count
    b.mark(s[3], "Bram", L, 5)
    b.mark(s[4], "Bram", U)
    b.mark(s[0], "Cees", M)
    b.mark(s[1], "Cees", U)
    b.mark(s[3], "Cees", P)  # on his dropout date: no longer takes part
    b.mark(s[4], "Cees", P)  # after the dropout: does not count either
    b.mark(s[0], "Dina", P)
    b.mark(s[1], "Dina", P, deleted=True)  # a cleared mark
    b.mark(s[3], "Dina", P)
    b.mark(s[4], "Dina", P)
    b.mark(s[0], "Eva", P)
    return b.save(db)


def figures(held, registered, present=0, late=0, minutes=0, excused=0, unexcused=0, sick=0):
    return AttendanceFigures(held, registered, present, late, minutes, excused, unexcused, sick)


def test_participant_figures_by_hand(db, small_cohort):
    b = small_cohort
    result = participant_figures(db, b.cohort_id, AS_OF)
    by_name = {p.first_name: result.get(p.id) for p in b.people.values()}
    assert by_name == {
        "Anna": figures(5, 4, present=2, late=1, minutes=10, sick=1),
        "Bram": figures(3, 2, late=1, minutes=5, unexcused=1),
        "Cees": figures(2, 2, excused=1, unexcused=1),
        "Dina": figures(5, 3, present=3),
        "Eva": None,  # a participant in the bin is left out
    }
    anna, bram, cees, dina = (by_name[n] for n in ("Anna", "Bram", "Cees", "Dina"))
    assert anna.unregistered == 1 and anna.attendance_pct == 75.0
    assert bram.unregistered == 1 and bram.attendance_pct == 50.0
    assert cees.absent == 2 and cees.attendance_pct == 0.0
    assert dina.unregistered == 2 and dina.attendance_pct == 100.0


def test_module_figures_and_cohort_totals_by_hand(db, small_cohort):
    b = small_cohort
    m1, m2 = (m.id for m in b.modules)
    assert module_figures(db, b.cohort_id, as_of=AS_OF) == {
        m1: figures(6, 5, present=2, late=1, minutes=10, excused=1, unexcused=1),
        m2: figures(9, 6, present=3, late=1, minutes=5, unexcused=1, sick=1),
    }
    assert module_figures(db, b.cohort_id, b.people["Bram"].id, as_of=AS_OF) == {
        m1: ZERO,  # every M1 session was before he joined
        m2: figures(3, 2, late=1, minutes=5, unexcused=1),
    }
    totals = cohort_totals(db, b.cohort_id, AS_OF)
    assert totals == figures(15, 11, present=5, late=2, minutes=15, excused=1, unexcused=2, sick=1)
    assert totals.unregistered == 4
    assert totals.attendance_pct == pytest.approx(700 / 11)


def test_as_of_moves_what_counts_as_held(db, small_cohort):
    b = small_cohort
    before_start = cohort_totals(db, b.cohort_id, D(2026, 3, 1))
    assert before_start == ZERO and before_start.attendance_pct is None
    first_day = participant_figures(db, b.cohort_id, D(2026, 3, 2))
    assert first_day[b.people["Anna"].id] == figures(1, 1, present=1)
    assert first_day[b.people["Bram"].id] == ZERO  # not started yet
    later = participant_figures(db, b.cohort_id, D(2026, 3, 31))
    assert later[b.people["Anna"].id].absent_excused == 1  # the 25th is held now
    assert later[b.people["Cees"].id] == figures(2, 2, excused=1, unexcused=1)


def test_no_sessions_yet(db):
    b = CohortBuilder("T-2026-2", D(2026, 9, 7))
    b.person("Anna", "Aksoy", D(2026, 9, 7))
    b.person("Bram", "Bakker", D(2026, 9, 7))
    b.save(db)
    result = participant_figures(db, b.cohort_id, D(2026, 10, 1))
    assert set(result) == {b.people["Anna"].id, b.people["Bram"].id}
    for fig in result.values():
        assert fig == ZERO
        assert fig.attendance_pct is None and fig.unregistered == 0 and fig.absent == 0
    assert module_figures(db, b.cohort_id, as_of=D(2026, 10, 1)) == {m.id: ZERO for m in b.modules}
    assert cohort_totals(db, b.cohort_id, D(2026, 10, 1)) == ZERO


def test_unknown_or_empty_cohort(db):
    assert participant_figures(db, "no-such-cohort") == {}
    assert module_figures(db, "no-such-cohort") == {}
    assert cohort_totals(db, "no-such-cohort") == ZERO
    b = CohortBuilder("T-2026-3", D(2026, 9, 7)).save(db)
    assert participant_figures(db, b.cohort_id) == {}
    assert cohort_totals(db, b.cohort_id).attendance_pct is None


def test_figures_add_up():
    a = figures(5, 4, present=2, late=1, minutes=10, sick=1)
    c = figures(3, 3, present=1, excused=1, unexcused=1)
    assert a + c == figures(8, 7, present=3, late=1, minutes=10, excused=1, unexcused=1, sick=1)
    assert sum([a, c], ZERO) == a + c


# properties ------------------------------------------------------------------------------
BASE = D(2026, 1, 5)


@pytest.fixture(scope="module")
def shared_db(template_db, tmp_path_factory):
    """One database for all examples: each example builds its own cohort in it."""
    path = tmp_path_factory.mktemp("stats") / "stats.sqlite"
    shutil.copyfile(template_db, path)
    database = open_database(path)
    yield database
    database.close()


days = st.integers(min_value=0, max_value=40)
cohorts = st.fixed_dictionaries(
    {
        "sessions": st.lists(st.tuples(days, st.integers(0, 2)), max_size=9),
        "cancelled": st.lists(st.booleans(), min_size=9, max_size=9),
        "people": st.lists(
            st.tuples(days, st.none() | days, st.none() | days), min_size=0, max_size=4
        ),
        "as_of": st.integers(min_value=-3, max_value=45),
    }
)
marks = st.none() | st.tuples(
    st.sampled_from(list(AttendanceStatus)),
    st.integers(1, 60),
    st.booleans(),  # cleared (tombstoned)
)


def expected(spec, mark_of, as_of):
    """The definition read literally, in plain Python."""
    result = {}
    for p, (start, end, dropout) in enumerate(spec["people"]):
        counts = dict.fromkeys(
            ("held", "registered", "present", "late", "minutes", "excused", "unexcused", "sick"),
            0,
        )
        by_module = {}
        for s, (day, module) in enumerate(spec["sessions"]):
            cancelled = spec["cancelled"][s]
            if cancelled or day > as_of or day < start:
                continue
            if (end is not None and day > end) or (dropout is not None and day >= dropout):
                continue
            here = by_module.setdefault(module, dict.fromkeys(counts, 0))
            for bucket in (counts, here):
                bucket["held"] += 1
            mark = mark_of.get((s, p))
            if mark is None or mark[2]:
                continue
            status, minutes, _ = mark
            key = {P: "present", L: "late", M: "excused", U: "unexcused", Z: "sick"}[status]
            for bucket in (counts, here):
                bucket["registered"] += 1
                bucket[key] += 1
                if status is L:
                    bucket["minutes"] += minutes
        result[p] = (
            figures(*counts.values()),
            {m: figures(*c.values()) for m, c in by_module.items()},
        )
    return result


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=cohorts, data=st.data())
def test_properties_over_random_cohorts(shared_db, spec, data):
    db = shared_db
    b = CohortBuilder(f"H-{uuid.uuid4().hex[:10]}", BASE, modules=("M1", "M2", "M3"))
    session_ids = [
        b.session(BASE + dt.timedelta(days=day), module, cancelled=spec["cancelled"][i])
        for i, (day, module) in enumerate(spec["sessions"])
    ]
    people = []
    for p, (start, end, dropout) in enumerate(spec["people"]):
        people.append(
            b.person(
                f"P{p}",
                "Test",
                BASE + dt.timedelta(days=start),
                end=None if end is None else BASE + dt.timedelta(days=end),
                dropout=None if dropout is None else BASE + dt.timedelta(days=dropout),
            )
        )
    mark_of = {}
    for s in range(len(session_ids)):
        for p in range(len(people)):
            mark = data.draw(marks)
            if mark is not None:
                status, minutes, cleared = mark
                mark_of[(s, p)] = mark
                b.mark(
                    session_ids[s],
                    f"P{p}",
                    status,
                    minutes if status is L else None,
                    deleted=cleared,
                )
    b.save(db)
    as_of = BASE + dt.timedelta(days=spec["as_of"])

    by_person = participant_figures(db, b.cohort_id, as_of)
    per_module = module_figures(db, b.cohort_id, as_of=as_of)
    totals = cohort_totals(db, b.cohort_id, as_of)
    reference = expected(spec, mark_of, spec["as_of"])

    assert set(by_person) == set(people)
    module_ids = [m.id for m in b.modules]
    for p, participant_id in enumerate(people):
        fig = by_person[participant_id]
        assert fig == reference[p][0]
        assert (
            fig.present + fig.late + fig.absent + fig.sick + fig.unregistered == fig.sessions_held
        )
        pct = fig.attendance_pct
        assert pct is None if fig.registered == 0 else 0 <= pct <= 100
        own_modules = module_figures(db, b.cohort_id, participant_id, as_of)
        assert set(own_modules) == set(module_ids)
        assert sum(own_modules.values(), ZERO) == fig
        assert {k: v for k, v in own_modules.items() if v != ZERO} == {
            module_ids[m]: f for m, f in reference[p][1].items() if f != ZERO
        }
    assert totals == sum(by_person.values(), ZERO)
    assert sum(per_module.values(), ZERO) == totals
    assert 0 <= (totals.attendance_pct or 0) <= 100
