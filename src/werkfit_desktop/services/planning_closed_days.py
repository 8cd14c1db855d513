"""The organisations' own closing days (beyond the public holidays): a schedule skips them
and moving a session onto one warns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from werkfit_desktop.domain import ClosedDay, Cohort, Organisation, utcnow
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ClosedDayRow:
    id: str
    organisation_id: str | None  # None: closed for everyone
    organisation_name: str | None
    date: dt.date
    reason: str


def _error(field: str, text: str, **values: object) -> ValidationFailed:
    return ValidationFailed([FieldError(field, text, values)])


def closed_days_in(
    session, organisation_id: str | None, start: dt.date, end: dt.date
) -> dict[dt.date, str]:
    """Inside a transaction: the closing days by date with their reason(s)."""
    query = select(ClosedDay).where(ClosedDay.date >= start, ClosedDay.date <= end)
    if organisation_id is not None:
        query = query.where(
            or_(ClosedDay.organisation_id.is_(None), ClosedDay.organisation_id == organisation_id)
        )
    result: dict[dt.date, str] = {}
    for row in session.scalars(query.order_by(ClosedDay.date, ClosedDay.organisation_id)):
        result[row.date] = "; ".join(r for r in (result.get(row.date), row.reason) if r)
    return result


def closed_days_between(
    db: Database, start: dt.date, end: dt.date, organisation_id: str | None = None
) -> dict[dt.date, str]:
    """Closing days with their reason: everyone's, plus the organisation's own (or all
    organisations' when none is given)."""
    with db.read() as session:
        return closed_days_in(session, organisation_id, start, end)


def list_closed_days(
    db: Database,
    organisation_id: str | None = None,
    from_date: dt.date | None = None,
    to_date: dt.date | None = None,
) -> list[ClosedDayRow]:
    """Closing days by date: everyone's and the organisation's own (all when None)."""
    query = (
        select(ClosedDay, Organisation.name)
        .outerjoin(Organisation, Organisation.id == ClosedDay.organisation_id)
        .order_by(ClosedDay.date)
    )
    if organisation_id is not None:
        query = query.where(
            or_(ClosedDay.organisation_id.is_(None), ClosedDay.organisation_id == organisation_id)
        )
    if from_date is not None:
        query = query.where(ClosedDay.date >= from_date)
    if to_date is not None:
        query = query.where(ClosedDay.date <= to_date)
    with db.read() as session:
        return [
            ClosedDayRow(c.id, c.organisation_id, name, c.date, c.reason)
            for c, name in session.execute(query).all()
        ]


def add_closed_day(
    db: Database, organisation_id: str | None, date: dt.date, reason: str
) -> tuple[str, Changes]:
    """A closing day for one organisation (or for everyone with None), with its reason."""
    reason = (reason or "").strip()
    if not reason:
        raise _error(
            "reason", QT_TRANSLATE_NOOP("Validation", "Give the reason for the closing day.")
        )
    with db.write() as session:
        duplicate = session.scalar(
            select(ClosedDay.id).where(
                ClosedDay.date == date,
                ClosedDay.organisation_id.is_(None)
                if organisation_id is None
                else ClosedDay.organisation_id == organisation_id,
            )
        )
        if duplicate:
            raise _error(
                "date",
                QT_TRANSLATE_NOOP("Validation", "{date} is already a closing day."),
                date=format_date(date),
            )
        row = ClosedDay(organisation_id=organisation_id, date=date, reason=reason)
        session.add(row)
        session.flush()
        new_id = row.id
    return new_id, Changes()


def remove_closed_day(db: Database, closed_day_id: str) -> Changes:
    with db.write() as session:
        session.get_one(ClosedDay, closed_day_id).deleted_at = utcnow()
    return Changes()


def organisation_choices(db: Database) -> list[tuple[str, str]]:
    """(id, name) of the organisations, by name, for choosing whose closing day it is."""
    with db.read() as session:
        return [
            (row.id, row.name)
            for row in session.execute(
                select(Organisation.id, Organisation.name).order_by(Organisation.name)
            )
        ]


def closed_day_notes(
    db: Database, start: dt.date, end: dt.date, cohort_id: str | None = None
) -> dict[dt.date, str]:
    """For a calendar: per date the closing days' reasons, an organisation's own ones with
    its name ("Teamdag (De Brug)"); only those that concern the cohort when one is given."""
    organisation_id = None
    if cohort_id is not None:
        with db.read() as session:
            organisation_id = session.get_one(Cohort, cohort_id).organisation_id
    notes: dict[dt.date, list[str]] = {}
    for row in list_closed_days(db, organisation_id, start, end):
        text = f"{row.reason} ({row.organisation_name})" if row.organisation_name else row.reason
        notes.setdefault(row.date, []).append(text)
    return {day: "; ".join(texts) for day, texts in notes.items()}
