"""What a sign-in sheet (presentielijst) shows, gathered from the database: for one session,
or for the sessions of a cohort in one ISO week.

A participant is on the sheet when enrolled on at least one of its days and not dropped out
before it; per day the sheet knows whether they were enrolled, so a participant who starts
on Wednesday gets a grey box on Monday."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from werkfit_desktop.domain import (
    Cohort,
    Enrolment,
    Module,
    Organisation,
    Participant,
    Programme,
    StaffMember,
    TrainingSession,
)
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.domain.enums import EnrolmentStatus
from werkfit_desktop.domain.names import full_name, listed_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.signin_sheet import (
    SigninDay,
    SigninParticipant,
    SigninSheet,
    weekday_name,
)
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$")


def weeks_in_year(year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the year's last week."""
    return dt.date(year, 12, 28).isocalendar()[1]


def check_week(week_year: int, week: int) -> None:
    """ValidationFailed when the week does not exist (week 53 only in some years)."""
    if not 1 <= week <= weeks_in_year(week_year):
        raise ValidationFailed(
            [
                FieldError(
                    "week",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Week {week} does not exist in {year}: that year has {weeks} weeks.",
                    ),
                    {"week": week, "year": week_year, "weeks": weeks_in_year(week_year)},
                )
            ]
        )


def parse_iso_week(text: str) -> tuple[int, int]:
    """'2026-W07' (also '2026-W7', '2026W07') -> (2026, 7); ValidationFailed otherwise."""
    match = _WEEK.match(text or "")
    if not match:
        raise ValidationFailed(
            [
                FieldError(
                    "week",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "'{value}' is not a week; write the week-year and the week number, "
                        "like 2026-W07.",
                    ),
                    {"value": text},
                )
            ]
        )
    week_year, week = int(match.group(1)), int(match.group(2))
    check_week(week_year, week)
    return week_year, week


def find_cohort(db: Database, code: str) -> str:
    """The id of the cohort with this code (case and spaces around it ignored)."""
    wanted = (code or "").strip()
    with db.read() as session:
        found = session.scalar(select(Cohort.id).where(func.upper(Cohort.code) == wanted.upper()))
        if found is not None:
            return found
        codes = session.scalars(select(Cohort.code).order_by(Cohort.start_date)).all()
    raise ValidationFailed(
        [
            FieldError(
                "cohort",
                QT_TRANSLATE_NOOP(
                    "Validation", "There is no cohort with code '{code}'. Known codes: {codes}."
                ),
                {"code": wanted, "codes": ", ".join(codes) or "-"},
            )
        ]
    )


def signin_sheet_for_session(
    db: Database, session_id: str, printed_on: dt.date | None = None
) -> SigninSheet:
    """The sheet for one training session (portrait, one signature column)."""
    with db.read() as session:
        training = session.get(TrainingSession, session_id)
        if training is None:
            raise ValidationFailed(
                [
                    FieldError(
                        "session",
                        QT_TRANSLATE_NOOP("Validation", "There is no session with id '{id}'."),
                        {"id": session_id},
                    )
                ]
            )
        if training.cancelled:
            raise ValidationFailed(
                [
                    FieldError(
                        "session",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The session of {date} is cancelled; it needs no sign-in sheet.",
                        ),
                        {"date": format_date(training.date)},
                    )
                ]
            )
        cohort = session.get_one(Cohort, training.cohort_id)
        return _sheet(session, cohort, [training], None, printed_on)


def signin_sheet_for_week(
    db: Database,
    cohort_id: str,
    week_year: int,
    week: int,
    printed_on: dt.date | None = None,
) -> SigninSheet:
    """The sheet for a cohort's sessions in an ISO week (cancelled ones left out)."""
    check_week(week_year, week)
    monday = dt.date.fromisocalendar(week_year, week, 1)
    sunday = monday + dt.timedelta(days=6)
    with db.read() as session:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise ValidationFailed(
                [
                    FieldError(
                        "cohort",
                        QT_TRANSLATE_NOOP("Validation", "There is no cohort with id '{id}'."),
                        {"id": cohort_id},
                    )
                ]
            )
        trainings = session.scalars(
            select(TrainingSession)
            .where(
                TrainingSession.cohort_id == cohort_id,
                TrainingSession.date.between(monday, sunday),
                TrainingSession.cancelled.is_(False),
            )
            .order_by(TrainingSession.date, TrainingSession.start_time)
        ).all()
        if not trainings:
            raise ValidationFailed([_no_sessions(session, cohort, week_year, week)])
        return _sheet(session, cohort, list(trainings), (week_year, week), printed_on)


def _no_sessions(session: Session, cohort: Cohort, week_year: int, week: int) -> FieldError:
    first, last = session.execute(
        select(func.min(TrainingSession.date), func.max(TrainingSession.date)).where(
            TrainingSession.cohort_id == cohort.id, TrainingSession.cancelled.is_(False)
        )
    ).one()
    values: dict[str, object] = {"code": cohort.code, "week": week, "year": week_year}
    if first is None:
        return FieldError(
            "week",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Cohort {code} has no sessions in week {week} of {year}; "
                "no sessions are planned for it yet.",
            ),
            values,
        )
    return FieldError(
        "week",
        QT_TRANSLATE_NOOP(
            "Validation",
            "Cohort {code} has no sessions in week {week} of {year}; its sessions run from "
            "{first} to {last}.",
        ),
        {**values, "first": format_date(first), "last": format_date(last)},
    )


def _unique(values: Sequence[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _sheet(
    session: Session,
    cohort: Cohort,
    trainings: list[TrainingSession],
    week: tuple[int, int] | None,
    printed_on: dt.date | None,
) -> SigninSheet:
    organisation = session.scalars(
        select(Organisation)
        .where(Organisation.id == cohort.organisation_id)
        .options(undefer(Organisation.logo_png))
        .execution_options(include_deleted=True)
    ).one()
    programme = session.get_one(Programme, cohort.programme_id)
    module_names = dict(
        session.execute(
            select(Module.id, Module.name).where(Module.id.in_({t.module_id for t in trainings}))
        ).all()
    )
    trainer_ids = {t.trainer_id for t in trainings if t.trainer_id}
    trainers = {
        s.id: full_name(s.first_name, s.name_particle, s.last_name)
        for s in session.scalars(
            select(StaffMember)
            .where(StaffMember.id.in_(trainer_ids))
            .execution_options(include_deleted=True)
        )
    }
    days = tuple(
        SigninDay(
            date=t.date,
            start=t.start_time,
            end=t.end_time,
            module=module_names.get(t.module_id, ""),
            trainer=trainers.get(t.trainer_id or "", ""),
            location=t.location or cohort.location or "",
        )
        for t in trainings
    )
    notes = [
        (f"{weekday_name(t.date)} {format_date(t.date)}: {t.notes}" if week else t.notes)
        for t in trainings
        if t.notes
    ]
    return SigninSheet(
        organisation=organisation.name,
        programme=programme.name,
        modules=_unique([d.module for d in days]),
        cohort_code=cohort.code,
        location="; ".join(_unique([d.location for d in days])),
        trainers=_unique([d.trainer for d in days]),
        days=days,
        participants=_participants(session, cohort.id, [d.date for d in days]),
        notes="; ".join(n for n in notes if n),
        week=week,
        logo_png=organisation.logo_png,
        printed_on=printed_on,
    )


def _last_day(enrolment: Enrolment) -> dt.date | None:
    """The last day the participant belongs to the cohort (None: open-ended)."""
    if enrolment.status == EnrolmentStatus.DROPPED_OUT:
        return enrolment.dropout_date or enrolment.end_date or dt.date.min
    if enrolment.dropout_date is not None:
        return enrolment.dropout_date
    return enrolment.end_date


def _participants(
    session: Session, cohort_id: str, dates: list[dt.date]
) -> tuple[SigninParticipant, ...]:
    rows = session.execute(
        select(Enrolment, Participant)
        .join(Participant, Participant.id == Enrolment.participant_id)
        .where(Enrolment.cohort_id == cohort_id, Enrolment.start_date <= max(dates))
        .order_by(Participant.sort_name, Participant.participant_number)
    ).all()
    result = []
    for enrolment, participant in rows:
        last = _last_day(enrolment)
        expected = tuple(
            enrolment.start_date <= day and (last is None or day <= last) for day in dates
        )
        if any(expected):
            name = listed_name(
                participant.first_name, participant.name_particle, participant.last_name
            )
            result.append(SigninParticipant(name=name, expected=expected))
    return tuple(result)
