"""Programmes and their modules (training blocks), cohorts (runs of a programme),
enrolments, the phases of a trajectory with who has the lead, and training sessions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from werkfit_desktop.domain.base import Base, Tracked, str_enum
from werkfit_desktop.domain.enums import DropoutReason, EnrolmentStatus, LeadRole, Phase


class Programme(Tracked, Base):
    __tablename__ = "programme"

    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str | None] = mapped_column(String(100))
    planned_weeks: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    # Programmes can be shared between organisations; null means shared.
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    copied_from_id: Mapped[str | None] = mapped_column(ForeignKey("programme.id"))


class Module(Tracked, Base):
    """A training block of a programme."""

    __tablename__ = "module"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    planned_sessions: Mapped[int] = mapped_column(Integer, default=1)
    certificate_type_id: Mapped[str | None] = mapped_column(ForeignKey("certificate_type.id"))
    description: Mapped[str | None] = mapped_column(Text)


class Cohort(Tracked, Base):
    """One run of a programme with its participants (groep, lichting)."""

    __tablename__ = "cohort"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(String(200))
    funding_source: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class Enrolment(Tracked, Base):
    """A participant in a cohort."""

    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("participant_id", "cohort_id"),)

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    cohort_id: Mapped[str] = mapped_column(ForeignKey("cohort.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[EnrolmentStatus] = mapped_column(str_enum(EnrolmentStatus))
    current_phase: Mapped[Phase] = mapped_column(str_enum(Phase))
    lead_role: Mapped[LeadRole | None] = mapped_column(str_enum(LeadRole))
    lead_name: Mapped[str | None] = mapped_column(String(200))
    dropout_date: Mapped[dt.date | None] = mapped_column(Date)
    dropout_reason: Mapped[DropoutReason | None] = mapped_column(str_enum(DropoutReason))
    dropout_note: Mapped[str | None] = mapped_column(Text)


class PhasePeriod(Tracked, Base):
    """A phase of an enrolment's trajectory with who had the lead, so that 'who owns this
    phase' stays visible afterwards too."""

    __tablename__ = "phase_period"

    enrolment_id: Mapped[str] = mapped_column(ForeignKey("enrolment.id"), index=True)
    phase: Mapped[Phase] = mapped_column(str_enum(Phase))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    lead_role: Mapped[LeadRole | None] = mapped_column(str_enum(LeadRole))
    lead_name: Mapped[str | None] = mapped_column(String(200))
    lead_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))


class TrainingSession(Tracked, Base):
    """A training day (lesdag) of a module. Times of day are local (Europe/Amsterdam)."""

    __tablename__ = "training_session"

    cohort_id: Mapped[str] = mapped_column(ForeignKey("cohort.id"), index=True)
    module_id: Mapped[str] = mapped_column(ForeignKey("module.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    location: Mapped[str | None] = mapped_column(String(200))
    trainer_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
