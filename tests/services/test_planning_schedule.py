"""The pure schedule rules, property-tested: whatever the pattern, holidays and closing
days, the plan keeps its promises."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkfit_desktop.services.schedule import (
    MAX_SPAN_DAYS,
    Holiday,
    HolidayPolicy,
    ModulePlan,
    SchedulePattern,
    holidays_between,
    plan_schedule,
    skipped_holiday,
    times_overlap,
)
from werkfit_desktop.services.validation import ValidationFailed

days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31))
weekday_sets = st.sets(st.integers(0, 6), min_size=1, max_size=7).map(lambda s: tuple(sorted(s)))
module_lists = st.lists(
    st.tuples(st.text(min_size=1, max_size=12), st.integers(0, 15)), min_size=0, max_size=6
).map(lambda items: [ModulePlan(f"m{i}", name, n) for i, (name, n) in enumerate(items)])
policies = st.builds(
    HolidayPolicy,
    skipped=st.frozensets(st.sampled_from(list(Holiday))),
    liberation_day_every_year=st.booleans(),
)


@st.composite
def closed_days(draw, start):
    chosen = draw(st.lists(st.integers(0, 400), max_size=25))
    return {start + dt.timedelta(days=n): f"Sluitingsdag {n}" for n in chosen}


@settings(max_examples=150, deadline=None)
@given(
    start=days,
    weekdays=weekday_sets,
    every=st.integers(1, 3),
    modules=module_lists,
    policy=policies,
    data=st.data(),
)
def test_plan_keeps_its_promises(start, weekdays, every, modules, policy, data):
    closed = data.draw(closed_days(start))
    pattern = SchedulePattern(
        weekdays=weekdays,
        start_time=dt.time(9),
        end_time=dt.time(12, 30),
        start_date=start,
        every_weeks=every,
    )
    total = sum(m.sessions for m in modules)
    try:
        plan = plan_schedule(pattern, modules, policy, closed)
    except ValidationFailed as refused:
        # Only refused when the free pattern days of three years cannot hold the sessions.
        assert [e.field for e in refused.errors] == ["weekdays"]
        first_monday = start - dt.timedelta(days=start.weekday())
        capacity = sum(
            1
            for n in range(MAX_SPAN_DAYS + 1)
            if (day := start + dt.timedelta(days=n)).weekday() in weekdays
            and ((day - first_monday).days // 7) % every == 0
            and day not in closed
            and skipped_holiday(day, policy) is None
        )
        assert total > capacity
        return
    dates = [d.date for d in plan.sessions]

    # Total sessions = the sum of the modules' sessions, in module order.
    assert len(dates) == total
    assert [d.module_id for d in plan.sessions] == [
        m.module_id for m in modules for _ in range(m.sessions)
    ]
    # Strictly increasing, from the start date, on the pattern's weekdays only.
    assert all(a < b for a, b in zip(dates, dates[1:], strict=False))
    assert all(d >= start and d.weekday() in weekdays for d in dates)
    # No planned date is a skipped holiday or a closing day.
    skipped = {d for d, _ in plan.skipped}
    assert not skipped & set(dates)
    assert not set(closed) & set(dates)
    assert all(skipped_holiday(d, policy) is None for d in dates)
    # Every skipped date was a pattern day inside the plan with a reason.
    for day, reason in plan.skipped:
        assert day.weekday() in weekdays and reason
        assert start <= day and (not dates or day < dates[-1])
        assert day in closed or skipped_holiday(day, policy) is not None
    # Every week's worth of pattern days between start and the last date is accounted for.
    if dates:
        first_monday = start - dt.timedelta(days=start.weekday())
        day, expected = start, []
        while day <= dates[-1]:
            if day.weekday() in weekdays and ((day - first_monday).days // 7) % every == 0:
                expected.append(day)
            day += dt.timedelta(days=1)
        assert sorted(dates + sorted(skipped)) == expected


@given(start=days)
def test_a_policy_skipping_nothing_plans_on_holidays(start):
    pattern = SchedulePattern(tuple(range(7)), dt.time(9), dt.time(10), start)
    plan = plan_schedule(
        pattern, [ModulePlan("m", "M", 30)], HolidayPolicy(skipped=frozenset()), {}
    )
    assert plan.skipped == ()
    assert [d.date for d in plan.sessions] == [start + dt.timedelta(days=n) for n in range(30)]


def test_every_other_week_counts_from_the_start_week():
    pattern = SchedulePattern(
        (1, 2), dt.time(9), dt.time(16), dt.date(2026, 9, 2), every_weeks=2
    )  # a Wednesday
    plan = plan_schedule(pattern, [ModulePlan("m", "Blok", 4)], HolidayPolicy(), {})
    assert [d.date for d in plan.sessions] == [
        dt.date(2026, 9, 2),
        dt.date(2026, 9, 15),
        dt.date(2026, 9, 16),
        dt.date(2026, 9, 29),
    ]
    assert [d.number for d in plan.sessions] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("weekdays", "start", "end", "field"),
    [
        ((), dt.time(9), dt.time(12), "weekdays"),
        ((7,), dt.time(9), dt.time(12), "weekdays"),
        ((0,), dt.time(12), dt.time(12), "end_time"),
    ],
)
def test_a_pattern_that_cannot_be_planned_is_refused(weekdays, start, end, field):
    pattern = SchedulePattern(weekdays, start, end, dt.date(2026, 1, 5))
    with pytest.raises(ValidationFailed) as failed:
        plan_schedule(pattern, [ModulePlan("m", "M", 3)], HolidayPolicy(), {})
    assert [e.field for e in failed.value.errors] == [field]


def test_holidays_between_covers_years_and_names_them():
    found = holidays_between(dt.date(2026, 12, 20), dt.date(2027, 1, 10))
    assert [(d, h.name) for d, h in sorted(found.items())] == [
        (dt.date(2026, 12, 25), "Eerste kerstdag"),
        (dt.date(2026, 12, 26), "Tweede kerstdag"),
        (dt.date(2027, 1, 1), "Nieuwjaarsdag"),
    ]


@given(
    a=st.tuples(st.integers(0, 23), st.integers(0, 23)),
    b=st.tuples(st.integers(0, 23), st.integers(0, 23)),
)
def test_overlap_is_symmetric_and_touching_is_not_overlap(a, b):
    a0, a1 = sorted(a)
    b0, b1 = sorted(b)
    if a0 == a1 or b0 == b1:
        return
    ta, tb = (dt.time(a0), dt.time(a1)), (dt.time(b0), dt.time(b1))
    assert times_overlap(*ta, *tb) == times_overlap(*tb, *ta)
    assert times_overlap(*ta, *tb) == (a0 < b1 and b0 < a1)
    assert times_overlap(None, None, *tb)
