"""Participants: who they are, what the intake found, what stands in their way, and where
they stand on the municipality's participation ladder.

No BSN: a learn-work company has no legal ground to process it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from werkfit_desktop.domain.base import Base, Tracked, str_enum
from werkfit_desktop.domain.enums import BarrierKind, IntegrationRoute, LanguageLevel, TargetGroup
from werkfit_desktop.domain.names import search_key, sort_key


class Participant(Tracked, Base):
    __tablename__ = "participant"

    participant_number: Mapped[str] = mapped_column(String(20), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    name_particle: Mapped[str | None] = mapped_column(String(30))
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    # Accent- and case-folded "first particle last preferred number", kept by the services so
    # search-as-you-type is one indexed-free LIKE over a single column (fast at 50,000 rows).
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Sort key: surname without particle, then first name ("Berg, Jan van den" under B).
    sort_name: Mapped[str] = mapped_column(String(250), default="", index=True)
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    language_level: Mapped[LanguageLevel | None] = mapped_column(str_enum(LanguageLevel, 4))
    integration_route: Mapped[IntegrationRoute | None] = mapped_column(str_enum(IntegrationRoute))
    municipality: Mapped[str | None] = mapped_column(String(100))
    client_manager: Mapped[str | None] = mapped_column(String(200))
    client_manager_contact: Mapped[str | None] = mapped_column(String(200))
    hours_per_week: Mapped[float | None] = mapped_column(Numeric(4, 1, asdecimal=False))
    driving_licence: Mapped[str | None] = mapped_column(String(30))
    intake_date: Mapped[dt.date | None] = mapped_column(Date)
    # Intake diagnosis, hard part
    education: Mapped[str | None] = mapped_column(Text)
    diplomas: Mapped[str | None] = mapped_column(Text)
    work_experience: Mapped[str | None] = mapped_column(Text)
    # Intake diagnosis, soft part
    competences: Mapped[str | None] = mapped_column(Text)
    motivation: Mapped[str | None] = mapped_column(Text)
    ambitions: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # The job coach who owns this participant's coaching (caseload); handed over by changing it.
    job_coach_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    # Consent to share a strengths-based profile with employers, and since when.
    profile_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    profile_consent_on: Mapped[dt.date | None] = mapped_column(Date)

    target_groups: Mapped[list[ParticipantTargetGroup]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )
    barriers: Mapped[list[Barrier]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )


class ParticipantTargetGroup(Tracked, Base):
    __tablename__ = "participant_target_group"
    __table_args__ = (UniqueConstraint("participant_id", "target_group"),)

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    target_group: Mapped[TargetGroup] = mapped_column(str_enum(TargetGroup))
    participant: Mapped[Participant] = relationship(back_populates="target_groups")


class Barrier(Tracked, Base):
    """Something that stands in the way (transport, childcare, debts, ...), noted at intake."""

    __tablename__ = "barrier"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    kind: Mapped[BarrierKind] = mapped_column(str_enum(BarrierKind))
    note: Mapped[str | None] = mapped_column(Text)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    participant: Mapped[Participant] = relationship(back_populates="barriers")


class LadderAssessment(Tracked, Base):
    """A rung (1 isolated .. 6 paid work) on the Participatieladder on a date."""

    __tablename__ = "ladder_assessment"
    __table_args__ = (CheckConstraint("rung BETWEEN 1 AND 6", name="rung_range"),)

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    rung: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


@event.listens_for(Participant, "before_insert")
@event.listens_for(Participant, "before_update")
def _refresh_name_keys(_mapper, _connection, participant: Participant) -> None:
    """Keep the sort and search keys in step with the name, whoever writes it."""
    participant.sort_name = sort_key(
        participant.first_name, participant.name_particle, participant.last_name
    )
    participant.search_text = search_key(
        participant.first_name,
        participant.name_particle,
        participant.last_name,
        participant.preferred_name,
        participant.participant_number,
    )
