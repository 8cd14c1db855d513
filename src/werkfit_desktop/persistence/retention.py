"""Which backups to keep: a pure function over (made at, reason), so the rules can be
tested over many generated timestamps without files.

The rules (calendar windows in local time, counted back from `now`, the current unit
included):
- the newest backup of each hour in the last `hourly_hours` hours;
- the newest of each day for the last `daily` days;
- the newest of each ISO week (with its week-year: week 53 of 2026 holds 1 January 2027)
  for the last `weekly` weeks;
- the newest of each month for the last `monthly` months;
- always the newest backup of all, and every `restore` backup made in the last day (it is
  the way back from a restore);
- backups dated after `now` (a clock set wrong) are kept: we do not guess about them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

RESTORE_REASON = "restore"
UNDO_KEPT_FOR = dt.timedelta(days=1)


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups of each age are kept (0 switches a rule off)."""

    hourly_hours: int = 24
    daily: int = 14
    weekly: int = 8
    monthly: int = 12

    def __post_init__(self) -> None:
        for name in ("hourly_hours", "daily", "weekly", "monthly"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")


class Dated(Protocol):
    made_at: dt.datetime
    reason: str


B = TypeVar("B", bound=Dated)


def _week_monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _rules(policy: RetentionPolicy, now: dt.datetime) -> list[tuple[Callable, Callable]]:
    """(in window?, bucket key) per rule."""
    today = now.date()
    hour_start = now - dt.timedelta(hours=policy.hourly_hours)
    first_day = today - dt.timedelta(days=policy.daily - 1)
    first_monday = _week_monday(today) - dt.timedelta(weeks=policy.weekly - 1)
    first_month = _month_index(today) - policy.monthly + 1
    rules: list[tuple[Callable, Callable]] = []
    if policy.hourly_hours:
        rules.append(
            (lambda t: t > hour_start, lambda t: (t.date(), t.hour)),
        )
    if policy.daily:
        rules.append((lambda t: t.date() >= first_day, lambda t: t.date()))
    if policy.weekly:
        rules.append(
            (
                lambda t: _week_monday(t.date()) >= first_monday,
                lambda t: t.date().isocalendar()[:2],  # (week-year, week)
            )
        )
    if policy.monthly:
        rules.append((lambda t: _month_index(t.date()) >= first_month, lambda t: (t.year, t.month)))
    return rules


def backups_to_keep(backups: Iterable[B], policy: RetentionPolicy, now: dt.datetime) -> list[B]:
    """The backups the policy keeps, newest first."""
    ordered: Sequence[B] = sorted(backups, key=lambda b: b.made_at, reverse=True)
    if not ordered:
        return []
    keep: set[int] = {0}  # the newest of all
    for index, backup in enumerate(ordered):
        if (
            backup.made_at > now
            or backup.reason == RESTORE_REASON
            and now - backup.made_at <= UNDO_KEPT_FOR
        ):
            keep.add(index)
    for in_window, bucket in _rules(policy, now):
        seen: set = set()
        for index, backup in enumerate(ordered):  # newest first: the first of a bucket wins
            if backup.made_at > now or not in_window(backup.made_at):
                continue
            key = bucket(backup.made_at)
            if key not in seen:
                seen.add(key)
                keep.add(index)
    return [backup for index, backup in enumerate(ordered) if index in keep]


def backups_to_remove(backups: Iterable[B], policy: RetentionPolicy, now: dt.datetime) -> list[B]:
    """The backups the policy lets go, newest first."""
    backups = list(backups)
    kept = {id(b) for b in backups_to_keep(backups, policy, now)}
    return sorted((b for b in backups if id(b) not in kept), key=lambda b: b.made_at, reverse=True)
