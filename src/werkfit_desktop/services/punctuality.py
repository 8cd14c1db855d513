"""A week's punctuality score suggested from attendance; the trainer confirms it.

The rule, over the registered attendance of the cohort's held (non-cancelled) sessions in the
ISO week. Sick and absent with notice say nothing about arriving on time and are left out;
what counts are the sessions the participant was present, late or absent without notice:

- no such session                                   -> no suggestion
- on time at every one                              -> 4 (independently)
- one slip (late once, or absent without notice once) -> 3 (mostly)
- two or more slips (late twice, or late once and absent without notice once, ...)
                                                     -> 2 (sometimes)
- two or more slips that are more than half of the counted sessions (mostly late or away
  without notice)                                   -> 1 (not yet)

A single slip never gives 1 (a one-session week late once is a 3, not a verdict)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from werkfit_desktop.domain.enums import AttendanceStatus


@dataclass(frozen=True)
class PunctualitySuggestion:
    score: int
    counted: int  # sessions present, late or absent without notice
    on_time: int
    late: int
    absent_unexcused: int
    minutes_late: int  # total over the late arrivals (where recorded)


def suggest_punctuality(
    registered: Iterable[tuple[AttendanceStatus, int | None]],
) -> PunctualitySuggestion | None:
    """The suggestion for one participant's week of (status, minutes_late) rows."""
    on_time = late = unexcused = minutes = 0
    for status, minutes_late in registered:
        if status == AttendanceStatus.PRESENT:
            on_time += 1
        elif status == AttendanceStatus.LATE:
            late += 1
            minutes += minutes_late or 0
        elif status == AttendanceStatus.ABSENT_UNEXCUSED:
            unexcused += 1
    counted = on_time + late + unexcused
    if counted == 0:
        return None
    slips = late + unexcused
    if slips == 0:
        score = 4
    elif slips == 1:
        score = 3
    elif slips * 2 > counted:
        score = 1
    else:
        score = 2
    return PunctualitySuggestion(score, counted, on_time, late, unexcused, minutes)
