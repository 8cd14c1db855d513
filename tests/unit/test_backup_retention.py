"""Which backups thinning keeps: the pure rule over many generated timestamps (hypothesis),
and the edges people notice (ISO week-years, the newest backup, a restore's undo)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from werkfit_desktop.persistence.retention import (
    RetentionPolicy,
    backups_to_keep,
    backups_to_remove,
)

NOW = dt.datetime(2026, 11, 23, 14, 30, 0)
REASONS = ("auto", "close", "manual", "migration", "import", "restore", "sync")


@dataclass(frozen=True)
class B:
    made_at: dt.datetime
    reason: str = "auto"


def times(before: dt.timedelta = dt.timedelta(days=500)):
    return st.datetimes(min_value=NOW - before, max_value=NOW).map(
        lambda t: t.replace(microsecond=0)
    )


backup_lists = st.lists(
    st.builds(B, times(), st.sampled_from(REASONS)), max_size=80, unique_by=lambda b: b.made_at
)
policies = st.builds(
    RetentionPolicy,
    st.integers(0, 48),
    st.integers(0, 20),
    st.integers(0, 10),
    st.integers(0, 14),
)


def newest_per(backups, key, in_window):
    best: dict = {}
    for b in backups:
        if in_window(b.made_at) and (
            key(b.made_at) not in best or b.made_at > best[key(b.made_at)].made_at
        ):
            best[key(b.made_at)] = b
    return set(best.values())


@settings(max_examples=300, deadline=None)
@given(backup_lists, policies)
def test_thinning_keeps_what_the_policy_promises(backups, policy):
    kept = set(backups_to_keep(backups, policy, NOW))
    removed = set(backups_to_remove(backups, policy, NOW))
    assert kept | removed == set(backups) and not kept & removed
    if backups:
        assert max(backups, key=lambda b: b.made_at) in kept  # never the newest
    for b in backups:
        if b.reason == "restore" and NOW - b.made_at <= dt.timedelta(days=1):
            assert b in kept  # the undo of a recent restore
    today = NOW.date()
    if policy.hourly_hours:
        hours = newest_per(
            backups,
            lambda t: (t.date(), t.hour),
            lambda t: t > NOW - dt.timedelta(hours=policy.hourly_hours),
        )
        assert hours <= kept
    if policy.daily:
        days = newest_per(
            backups, lambda t: t.date(), lambda t: (today - t.date()).days < policy.daily
        )
        assert days <= kept
    if policy.weekly:
        monday = today - dt.timedelta(days=today.weekday())
        weeks = newest_per(
            backups,
            lambda t: t.isocalendar()[:2],
            lambda t: (
                (monday - (t.date() - dt.timedelta(days=t.weekday()))).days < 7 * policy.weekly
            ),
        )
        assert weeks <= kept
    # Nothing beyond the promise: at most one per hour, day, week and month in the
    # windows, plus the newest and the recent restores.
    restores = sum(
        1 for b in backups if b.reason == "restore" and NOW - b.made_at <= dt.timedelta(days=1)
    )
    limit = 1 + restores + policy.hourly_hours + 1 + policy.daily + policy.weekly + policy.monthly
    assert len(kept) <= limit
    # Thinning what is left again changes nothing.
    assert backups_to_remove(kept, policy, NOW) == []


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(1, 200), min_size=5, max_size=400),
    st.sampled_from([RetentionPolicy(), RetentionPolicy(6, 3, 2, 2)]),
)
def test_thinning_after_every_backup_ends_where_thinning_once_does(gaps_minutes, policy):
    """The scheduler thins after each backup; the result must be the same as thinning all
    at once: a backup that will be needed later is never removed early."""
    start = dt.datetime(2026, 10, 1, 8, 0)
    made, t = [], start
    for gap in gaps_minutes:
        t += dt.timedelta(minutes=gap * 7)  # up to about a day apart
        made.append(B(t))
    present: list[B] = []
    for backup in made:
        present.append(backup)
        present = backups_to_keep(present, policy, backup.made_at)
    end = made[-1].made_at + dt.timedelta(hours=5)
    assert set(backups_to_keep(present, policy, end)) == set(backups_to_keep(made, policy, end))


def test_iso_weeks_count_with_their_week_year():
    """28-12-2026 .. 03-01-2027 is week 53 of 2026: one week, one backup kept for it."""
    now = dt.datetime(2027, 1, 20, 12, 0)
    week_53 = [
        B(dt.datetime(2026, 12, 28, 9)),
        B(dt.datetime(2027, 1, 1, 9)),
        B(dt.datetime(2027, 1, 3, 9)),
    ]
    policy = RetentionPolicy(hourly_hours=0, daily=0, weekly=8, monthly=0)
    kept = backups_to_keep([*week_53, B(now)], policy, now)
    assert kept == [B(now), week_53[-1]]


def test_the_windows_at_the_edges():
    policy = RetentionPolicy()  # 24 hours, 14 days, 8 weeks, 12 months; NOW: Mon 23-11 14:30
    day_14 = B(dt.datetime(2026, 11, 10, 23, 0))  # the 14th day back, counting today
    day_14_earlier = B(dt.datetime(2026, 11, 10, 8, 0))
    week_45 = B(dt.datetime(2026, 11, 8, 23, 0))  # Sunday: outside the days, newest of week 45
    week_45_earlier = B(dt.datetime(2026, 11, 2, 8, 0))  # Monday of week 45
    hourly = [B(NOW - dt.timedelta(minutes=m)) for m in (10, 40, 70, 100)]  # 14:20 .. 12:50
    restore_old = B(dt.datetime(2026, 11, 22, 14, 29), "restore")  # a day and a minute ago
    later_that_day = B(dt.datetime(2026, 11, 22, 20, 0))
    restore_recent = B(dt.datetime(2026, 11, 22, 15, 30), "restore")
    same_hour_newer = B(dt.datetime(2026, 11, 22, 15, 45))
    month_12 = B(dt.datetime(2025, 12, 15, 10))  # December 2025: the 12th month back
    month_13 = B(dt.datetime(2025, 11, 30, 10))
    everything = [
        day_14,
        day_14_earlier,
        week_45,
        week_45_earlier,
        *hourly,
        restore_old,
        later_that_day,
        restore_recent,
        same_hour_newer,
        month_12,
        month_13,
    ]

    kept = set(backups_to_keep(everything, policy, NOW))

    assert day_14 in kept and day_14_earlier not in kept
    assert week_45 in kept and week_45_earlier not in kept
    assert {hourly[0], hourly[1], hourly[3]} <= kept  # newest of hours 14, 13 and 12
    assert hourly[2] not in kept  # 13:20, older than 13:50 in the same hour
    assert restore_recent in kept and restore_old not in kept
    assert month_12 in kept and month_13 not in kept


def test_nothing_to_thin():
    assert backups_to_keep([], RetentionPolicy(), NOW) == []
    assert backups_to_remove([], RetentionPolicy(), NOW) == []


def test_a_backup_from_the_future_is_kept():
    future = B(NOW + dt.timedelta(days=3))
    assert backups_to_remove([future, B(NOW)], RetentionPolicy(0, 0, 0, 0), NOW) == [B(NOW)]
