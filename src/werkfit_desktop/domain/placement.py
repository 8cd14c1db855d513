"""Employers and their contact persons, shadowing and practice days, and outcomes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from werkfit_desktop.domain.base import Base, Tracked, str_enum
from werkfit_desktop.domain.enums import ContractType, DropoutReason, OutcomeKind, PlacementDayKind


class Employer(Tracked, Base):
    __tablename__ = "employer"

    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str | None] = mapped_column(String(100))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class EmployerContact(Tracked, Base):
    __tablename__ = "employer_contact"

    employer_id: Mapped[str] = mapped_column(ForeignKey("employer.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))


_SCORE = "{0} IS NULL OR {0} BETWEEN 1 AND 4"


class PlacementDay(Tracked, Base):
    """A shadowing day (meeloopdag) or practice day (praktijkdag) at an employer, with the
    employer's evaluation (1-4 per point) and the participant's own reflection."""

    __tablename__ = "placement_day"
    __table_args__ = (
        CheckConstraint(_SCORE.format("score_punctuality"), name="score_punctuality_range"),
        CheckConstraint(_SCORE.format("score_attitude"), name="score_attitude_range"),
        CheckConstraint(_SCORE.format("score_skills"), name="score_skills_range"),
        CheckConstraint(_SCORE.format("score_cooperation"), name="score_cooperation_range"),
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    employer_id: Mapped[str] = mapped_column(ForeignKey("employer.id"), index=True)
    enrolment_id: Mapped[str | None] = mapped_column(ForeignKey("enrolment.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[PlacementDayKind] = mapped_column(str_enum(PlacementDayKind))
    hours: Mapped[float | None] = mapped_column(Numeric(4, 1, asdecimal=False))
    supervisor_name: Mapped[str | None] = mapped_column(String(200))
    supervisor_contact_id: Mapped[str | None] = mapped_column(ForeignKey("employer_contact.id"))
    score_punctuality: Mapped[int | None]
    score_attitude: Mapped[int | None]
    score_skills: Mapped[int | None]
    score_cooperation: Mapped[int | None]
    employer_comment: Mapped[str | None] = mapped_column(Text)
    participant_reflection: Mapped[str | None] = mapped_column(Text)


class Outcome(Tracked, Base):
    """Where an enrolment led: a (part-time) job, BBL, education, volunteering, dropout."""

    __tablename__ = "outcome"

    enrolment_id: Mapped[str] = mapped_column(ForeignKey("enrolment.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    kind: Mapped[OutcomeKind] = mapped_column(str_enum(OutcomeKind))
    employer_id: Mapped[str | None] = mapped_column(ForeignKey("employer.id"), index=True)
    job_title: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    hours_per_week: Mapped[float | None] = mapped_column(Numeric(4, 1, asdecimal=False))
    contract_type: Mapped[ContractType | None] = mapped_column(str_enum(ContractType))
    dropout_reason: Mapped[DropoutReason | None] = mapped_column(str_enum(DropoutReason))
    # "Outflow to work" counts a job held one month after the benefit ends.
    benefit_ended_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
