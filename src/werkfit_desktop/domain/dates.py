"""Dutch dates: day first, always. '03-02-1990' is 3 February."""

from __future__ import annotations

import datetime as dt
import re

_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> dt.date:
    """'3-2-1990', '03-02-1990', '03/02/1990', '03.02.1990' or ISO '1990-02-03'.

    Raises ValueError for anything else or for a day that does not exist."""
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise ValueError(text)
        year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def format_date(day: dt.date | None) -> str:
    """dd-mm-jjjj, or empty."""
    return day.strftime("%d-%m-%Y") if day else ""


def iso_week_label(day: dt.date) -> tuple[int, int]:
    """(week-year, week): 1 January 2027 is in week 53 of 2026."""
    year, week, _ = day.isocalendar()
    return year, week
