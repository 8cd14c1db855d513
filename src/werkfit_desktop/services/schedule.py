"""The rules of a schedule, without a database: which Dutch public holidays a training day
skips (a setting), and a cohort's training days from a weekly pattern.

The holiday dates and names come from the `holidays` package; which of them close the
classroom is the organisation's choice (`HolidayPolicy`)."""

from __future__ import annotations

import datetime as dt
import enum
import functools
from dataclasses import dataclass, field
from typing import NamedTuple

import holidays

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

# A schedule that needs more than this many calendar days is a mistake in the pattern.
MAX_SPAN_DAYS = 3 * 366


class Holiday(enum.StrEnum):
    """The Dutch public holidays a training day may skip (two-day feasts are one choice)."""

    NEW_YEAR = "new_year"
    GOOD_FRIDAY = "good_friday"
    EASTER = "easter"
    KINGS_DAY = "kings_day"
    LIBERATION_DAY = "liberation_day"
    ASCENSION = "ascension"
    PENTECOST = "pentecost"
    CHRISTMAS = "christmas"


# The package's English names (stable across its translations) to our holidays.
_PACKAGE_NAMES = {
    "New Year's Day": Holiday.NEW_YEAR,
    "Good Friday": Holiday.GOOD_FRIDAY,
    "Easter Sunday": Holiday.EASTER,
    "Easter Monday": Holiday.EASTER,
    "King's Day": Holiday.KINGS_DAY,
    "Queen's Day": Holiday.KINGS_DAY,
    "Liberation Day": Holiday.LIBERATION_DAY,
    "Ascension Day": Holiday.ASCENSION,
    "Pentecost": Holiday.PENTECOST,
    "Whit Sunday": Holiday.PENTECOST,
    "Whit Monday": Holiday.PENTECOST,
    "Pentecost Monday": Holiday.PENTECOST,
    "Christmas Day": Holiday.CHRISTMAS,
    "Second Day of Christmas": Holiday.CHRISTMAS,
}

DEFAULT_SKIPPED = frozenset(Holiday) - {Holiday.GOOD_FRIDAY}


def is_lustrum_year(year: int) -> bool:
    """Bevrijdingsdag is a general day off every fifth year (2025, 2030, ...)."""
    return year % 5 == 0


@dataclass(frozen=True)
class HolidayPolicy:
    """Which public holidays close the classroom. By default every holiday except Goede
    Vrijdag, and Bevrijdingsdag only in lustrum years (elsewhere it depends on the
    collective agreement)."""

    skipped: frozenset[Holiday] = DEFAULT_SKIPPED
    liberation_day_every_year: bool = False

    def skips(self, holiday: Holiday, year: int) -> bool:
        if holiday not in self.skipped:
            return False
        if holiday is Holiday.LIBERATION_DAY:
            return self.liberation_day_every_year or is_lustrum_year(year)
        return True


@dataclass(frozen=True)
class PublicHoliday:
    date: dt.date
    holiday: Holiday
    name: str  # the package's name in the asked language: "Koningsdag"


def _package_language(language: str) -> str:
    return "en_US" if language == "en" else "nl"


@functools.lru_cache(maxsize=64)
def holidays_in_year(year: int, language: str = "nl") -> tuple[PublicHoliday, ...]:
    """Every Dutch public holiday of `year`, Bevrijdingsdag in every year included."""
    categories = ("public", "optional")
    english = holidays.country_holidays("NL", years=year, categories=categories, language="en_US")
    local = holidays.country_holidays(
        "NL", years=year, categories=categories, language=_package_language(language)
    )
    result = []
    for day in sorted(english):
        local_names = local.get_list(day)
        for number, name in enumerate(english.get_list(day)):
            kind = _PACKAGE_NAMES.get(name)
            if kind is None:
                continue
            shown = local_names[number] if number < len(local_names) else name
            result.append(PublicHoliday(day, kind, shown))
    return tuple(result)


def holidays_between(
    start: dt.date, end: dt.date, language: str = "nl"
) -> dict[dt.date, PublicHoliday]:
    """The public holidays from `start` to `end` inclusive, by date."""
    found: dict[dt.date, PublicHoliday] = {}
    for year in range(start.year, end.year + 1):
        for holiday in holidays_in_year(year, language):
            if start <= holiday.date <= end:
                found.setdefault(holiday.date, holiday)
    return found


def skipped_holiday(
    day: dt.date, policy: HolidayPolicy, language: str = "nl"
) -> PublicHoliday | None:
    """The holiday that closes the classroom on `day` under `policy`, if any."""
    for holiday in holidays_in_year(day.year, language):
        if holiday.date == day and policy.skips(holiday.holiday, day.year):
            return holiday
    return None


@dataclass(frozen=True)
class SchedulePattern:
    """A cohort's weekly rhythm: on these weekdays (0 = Monday), every `every_weeks` weeks
    counted from the week of `start_date`."""

    weekdays: tuple[int, ...]
    start_time: dt.time
    end_time: dt.time
    start_date: dt.date
    location: str | None = None
    trainer_id: str | None = None
    every_weeks: int = 1


@dataclass(frozen=True)
class ModulePlan:
    module_id: str
    name: str
    sessions: int


@dataclass(frozen=True)
class PlannedDay:
    """One training day of the plan: the `number`-th session of its module."""

    date: dt.date
    module_id: str
    module_name: str
    number: int
    start_time: dt.time
    end_time: dt.time


class SkippedDate(NamedTuple):
    date: dt.date
    reason: str  # the holiday's name ("Koningsdag") or the closing day's reason


@dataclass(frozen=True)
class Notice:
    """A warning for the user (not an error): what is odd about a date or a plan."""

    kind: str  # holiday, closed_day, weekend, double_booked, after_end, recorded, ...
    source_text: str  # English, marked with QT_TRANSLATE_NOOP("Planning", ...)
    values: dict[str, object] = field(default_factory=dict)

    def message(self, translator=translate) -> str:
        return translator("Planning", self.source_text).format(**self.values)


@dataclass(frozen=True)
class SchedulePlan:
    """Planned training days in module order, the pattern days that were skipped and why,
    and warnings. Once generated, `session_ids` holds the new sessions (in the same order)
    and `replaced_ids` the sessions that made way for them."""

    sessions: tuple[PlannedDay, ...]
    skipped: tuple[SkippedDate, ...]
    warnings: tuple[Notice, ...] = ()
    session_ids: tuple[str, ...] = ()
    replaced_ids: tuple[str, ...] = ()

    @property
    def first_date(self) -> dt.date | None:
        return self.sessions[0].date if self.sessions else None

    @property
    def last_date(self) -> dt.date | None:
        return self.sessions[-1].date if self.sessions else None


def pattern_errors(pattern: SchedulePattern, modules: list[ModulePlan]) -> list[FieldError]:
    """What is wrong with a pattern, field by field (empty when all is well)."""
    errors: list[FieldError] = []
    if not pattern.weekdays:
        errors.append(
            FieldError("weekdays", QT_TRANSLATE_NOOP("Validation", "Choose at least one weekday."))
        )
    elif any(not 0 <= day <= 6 for day in pattern.weekdays):
        errors.append(
            FieldError("weekdays", QT_TRANSLATE_NOOP("Validation", "A weekday is out of range."))
        )
    if pattern.end_time <= pattern.start_time:
        errors.append(
            FieldError(
                "end_time",
                QT_TRANSLATE_NOOP("Validation", "The end time must be after the start time."),
            )
        )
    if not 1 <= pattern.every_weeks <= 8:
        errors.append(
            FieldError(
                "every_weeks",
                QT_TRANSLATE_NOOP("Validation", "Repeat every 1 to 8 weeks."),
            )
        )
    for module in modules:
        if module.sessions < 0:
            errors.append(
                FieldError(
                    "modules",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Module '{name}' has a negative number of sessions."
                    ),
                    {"name": module.name},
                )
            )
    return errors


def plan_schedule(
    pattern: SchedulePattern,
    modules: list[ModulePlan],
    holiday_policy: HolidayPolicy,
    closed_days: dict[dt.date, str],
    language: str = "nl",
) -> SchedulePlan:
    """The training days for `modules` in order, on the pattern's weekdays from its start
    date, skipping the policy's public holidays and the closing days (reported with their
    reason). Raises ValidationFailed for a pattern that cannot be planned."""
    errors = pattern_errors(pattern, modules)
    if errors:
        raise ValidationFailed(errors)
    queue = [(m, n) for m in modules for n in range(1, m.sessions + 1)]
    weekdays = frozenset(pattern.weekdays)
    first_monday = pattern.start_date - dt.timedelta(days=pattern.start_date.weekday())
    planned: list[PlannedDay] = []
    skipped: list[SkippedDate] = []
    day = pattern.start_date
    while len(planned) < len(queue):
        if (day - pattern.start_date).days > MAX_SPAN_DAYS:
            raise ValidationFailed(
                [
                    FieldError(
                        "weekdays",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The sessions do not fit in three years; choose more weekdays.",
                        ),
                    )
                ]
            )
        week = (day - first_monday).days // 7
        if day.weekday() in weekdays and week % pattern.every_weeks == 0:
            holiday = skipped_holiday(day, holiday_policy, language)
            if holiday is not None:
                skipped.append(SkippedDate(day, holiday.name))
            elif day in closed_days:
                skipped.append(SkippedDate(day, closed_days[day]))
            else:
                module, number = queue[len(planned)]
                planned.append(
                    PlannedDay(
                        day,
                        module.module_id,
                        module.name,
                        number,
                        pattern.start_time,
                        pattern.end_time,
                    )
                )
        day += dt.timedelta(days=1)
    return SchedulePlan(tuple(planned), tuple(skipped))


def date_notices(
    day: dt.date,
    policy: HolidayPolicy,
    closed_days: dict[dt.date, str],
    language: str = "nl",
) -> list[Notice]:
    """Warnings about putting a training day on `day`: a public holiday (any, even one the
    policy keeps as a working day is worth a word), a closing day, a weekend day."""
    notices: list[Notice] = []
    holiday = holidays_between(day, day, language).get(day)
    if holiday is not None:
        if policy.skips(holiday.holiday, day.year):
            text = QT_TRANSLATE_NOOP("Planning", "{date} is a public holiday: {name}.")
        else:
            text = QT_TRANSLATE_NOOP(
                "Planning", "{date} is {name}; check that it is a working day."
            )
        notices.append(Notice("holiday", text, {"date": format_date(day), "name": holiday.name}))
    if day in closed_days:
        notices.append(
            Notice(
                "closed_day",
                QT_TRANSLATE_NOOP("Planning", "{date} is a closing day: {reason}."),
                {"date": format_date(day), "reason": closed_days[day]},
            )
        )
    if day.weekday() >= 5:
        notices.append(
            Notice(
                "weekend",
                QT_TRANSLATE_NOOP("Planning", "{date} falls in the weekend."),
                {"date": format_date(day)},
            )
        )
    return notices


def times_overlap(
    a_start: dt.time | None,
    a_end: dt.time | None,
    b_start: dt.time | None,
    b_end: dt.time | None,
) -> bool:
    """Whether two sessions on the same day overlap; a session without times takes the
    whole day."""
    a0, a1 = a_start or dt.time.min, a_end or dt.time.max
    b0, b1 = b_start or dt.time.min, b_end or dt.time.max
    return a0 < b1 and b0 < a1
