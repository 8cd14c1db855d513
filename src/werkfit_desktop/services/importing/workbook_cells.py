"""Reading the cells of a cohort workbook into typed values: dates from date cells or
'dd-mm-jjjj' text, yes/no, numbers, the fixed value lists, ids. A cell that does not fit
gives a Problem naming the sheet, the row and the column as the file shows them."""

from __future__ import annotations

import datetime as dt
import enum
import re
from zoneinfo import ZoneInfo

from werkfit_desktop.domain.dates import format_date, parse_date
from werkfit_desktop.services.exporting.workbook_sheets import (
    MIN_MAX,
    Col,
    Kind,
    Sheet,
    default_of,
    enum_of,
    is_required,
)
from werkfit_desktop.services.importing.preview import Problem
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

LOCAL = ZoneInfo("Europe/Amsterdam")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*$")
_INSTANT = re.compile(r"^\s*(\S+)\s+(\d{1,2}[:.]\d{2}(?::\d{2})?)\s*$")
_YES = {"ja", "j", "waar", "true", "yes", "y", "x", "1"}
_NO = {"nee", "n", "onwaar", "false", "no", "0"}

NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "'{value}' is not a date; write it as dd-mm-jjjj.")
NOT_A_TIME = QT_TRANSLATE_NOOP("Import", "'{value}' is not a time of day; write it as uu:mm.")
NOT_AN_INSTANT = QT_TRANSLATE_NOOP(
    "Import", "'{value}' is not a date and time; write it as dd-mm-jjjj uu:mm."
)
NOT_WHOLE = QT_TRANSLATE_NOOP("Import", "'{value}' is not a whole number.")
NOT_NUMBER = QT_TRANSLATE_NOOP("Import", "'{value}' is not a number.")
NOT_YES_NO = QT_TRANSLATE_NOOP("Import", "'{value}' is not yes or no; write ja or nee.")
NOT_IN_LIST = QT_TRANSLATE_NOOP("Import", "'{value}' is not one of: {choices}.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Import", "{value} is not between {low} and {high}.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "Import", "The text is too long ({length} characters, at most {limit})."
)
REQUIRED = QT_TRANSLATE_NOOP("Import", "This column must be filled in.")
BAD_ID = QT_TRANSLATE_NOOP("Import", "'{value}' is not an id.")


class CellProblem(ValueError):
    def __init__(self, source_text: str, **values: object) -> None:
        self.source_text = source_text
        self.values = values
        super().__init__(source_text)


def _shown(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return _shown(value)
    return str(value)


def _date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(value)
        except ValueError:
            pass
    raise CellProblem(NOT_A_DATE, value=_shown(value))


def _time(value) -> dt.time:
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    match = _TIME.match(value) if isinstance(value, str) else None
    if match:
        try:
            return dt.time(int(match[1]), int(match[2]), int(match[3] or 0))
        except ValueError:
            pass
    raise CellProblem(NOT_A_TIME, value=_shown(value))


def _instant(value) -> dt.datetime:
    """Local time (Europe/Amsterdam) in the file, an aware UTC instant out."""
    local: dt.datetime | None = None
    if isinstance(value, dt.datetime):
        local = value
    elif isinstance(value, dt.date):
        local = dt.datetime.combine(value, dt.time())
    elif isinstance(value, str) and (match := _INSTANT.match(value)):
        try:
            local = dt.datetime.combine(parse_date(match[1]), _time(match[2]))
        except (ValueError, CellProblem):
            local = None
    if local is None:
        raise CellProblem(NOT_AN_INSTANT, value=_shown(value))
    return local.replace(tzinfo=LOCAL).astimezone(dt.UTC)


def _int(value) -> int:
    if isinstance(value, bool):
        raise CellProblem(NOT_WHOLE, value=_shown(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise CellProblem(NOT_WHOLE, value=_shown(value))


def _float(value) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(
                value.strip().replace(".", "").replace(",", ".") if "," in value else value
            )
        except ValueError:
            pass
    raise CellProblem(NOT_NUMBER, value=_shown(value))


def _bool(value) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellProblem(NOT_YES_NO, value=_shown(value))


def _enum(value, enum_cls: type[enum.Enum]) -> enum.Enum:
    text = _text(value).strip().casefold()
    for member in enum_cls:
        if member.value.casefold() == text:
            return member
    raise CellProblem(
        NOT_IN_LIST, value=_shown(value), choices=", ".join(m.value for m in enum_cls)
    )


def _id(value) -> str:
    text = _text(value).strip()
    if not re.fullmatch(r"[0-9A-Za-z-]{1,36}", text):
        raise CellProblem(BAD_ID, value=text)
    return text


def typed(sheet: Sheet, column: Col, value):
    """The cell's value as the model column wants it (None for an empty cell, or the
    column's default where the column needs a value and has one). CellProblem otherwise."""
    model, attr = sheet.model, column.attr
    kind = sheet.kind(column)
    if isinstance(value, str) and kind is not Kind.TEXT and not value.strip():
        value = None
    if value is None:
        if kind is Kind.ID:
            return None
        if is_required(model, attr):
            raise CellProblem(REQUIRED)
        return default_of(model, attr) if not model.__table__.c[attr].nullable else None
    if kind is Kind.TEXT:
        text = _text(value)
        limit = getattr(model.__table__.c[attr].type, "length", None)
        if limit and len(text) > limit:
            raise CellProblem(TOO_LONG, length=len(text), limit=limit)
        return text
    if kind is Kind.ENUM:
        return _enum(value, enum_of(model, attr))
    if kind in (Kind.REF, Kind.ID):
        return _id(value)
    result = {
        Kind.INT: _int,
        Kind.FLOAT: _float,
        Kind.DATE: _date,
        Kind.TIME: _time,
        Kind.INSTANT: _instant,
        Kind.BOOL: _bool,
    }[kind](value)
    bounds = MIN_MAX.get((model, attr))
    if bounds and not bounds[0] <= result <= bounds[1]:
        raise CellProblem(OUT_OF_RANGE, value=result, low=bounds[0], high=bounds[1])
    return result


def read_row(
    sheet: Sheet, row_number: int, cells: dict[str, object]
) -> tuple[dict[str, object], list[Problem]]:
    """The typed values of one row (attr -> value) and its problems."""
    values: dict[str, object] = {}
    problems: list[Problem] = []
    for column in sheet.fields:
        try:
            values[column.attr] = typed(sheet, column, cells.get(column.header))
        except CellProblem as problem:
            problems.append(
                Problem(row_number, column.header, problem.source_text, problem.values, sheet.name)
            )
    return values, problems


def same_value(kind: Kind, old, new) -> bool:
    """Equal as far as the workbook can tell: an empty text is no text, instants to the
    millisecond (what a spreadsheet keeps), numbers as numbers."""
    if kind is Kind.TEXT:
        return (old or None) == (new or None)
    if kind is Kind.INSTANT and old is not None and new is not None:
        return abs(old - new) < dt.timedelta(milliseconds=1)
    if kind is Kind.FLOAT and old is not None and new is not None:
        return abs(float(old) - float(new)) < 1e-9
    return old == new
