"""After-placement coaching notes, the personal development plan and its goals, funding
spent on a participant, and stored documents (scanned sign-in sheets, diplomas)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from werkfit_desktop.domain.base import Base, Tracked, UTCDateTime, str_enum
from werkfit_desktop.domain.enums import ContactType, DocumentKind, FundingStatus, GoalStatus


class CoachingNote(Tracked, Base):
    __tablename__ = "coaching_note"
    # A participant's latest note (the caseload, the dashboard's follow-ups) is found from
    # their own notes in contact order, never by ranking the whole table.
    __table_args__ = (
        Index("ix_coaching_note_participant_id_contact_at", "participant_id", "contact_at"),
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    enrolment_id: Mapped[str | None] = mapped_column(ForeignKey("enrolment.id"))
    outcome_id: Mapped[str | None] = mapped_column(ForeignKey("outcome.id"))
    contact_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    contact_type: Mapped[ContactType] = mapped_column(str_enum(ContactType))
    with_whom: Mapped[str | None] = mapped_column(String(200))
    discussed: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str | None] = mapped_column(Text)
    next_contact_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # Private notes never appear on printed sheets or exports unless asked for.
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    # A note being written is saved as a draft while typing (nothing is lost when a laptop
    # lid closes); drafts are visible only to their author and count nowhere.
    draft: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class DevelopmentPlan(Tracked, Base):
    """The personal development plan (persoonlijk ontwikkelplan) of a participant."""

    __tablename__ = "development_plan"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), unique=True)
    target_job: Mapped[str | None] = mapped_column(String(200))
    realism: Mapped[str | None] = mapped_column(Text)
    needs: Mapped[str | None] = mapped_column(Text)
    follow_up_courses: Mapped[str | None] = mapped_column(Text)


class PlanGoal(Tracked, Base):
    __tablename__ = "plan_goal"

    plan_id: Mapped[str] = mapped_column(ForeignKey("development_plan.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(str_enum(GoalStatus))
    achieved_on: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The coaching note that last reviewed this goal, if any.
    reviewed_in_note_id: Mapped[str | None] = mapped_column(ForeignKey("coaching_note.id"))


class Funding(Tracked, Base):
    """A training voucher or other funding spent on a participant."""

    __tablename__ = "funding"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    provider: Mapped[str] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(200))
    amount: Mapped[float | None] = mapped_column(Numeric(10, 2, asdecimal=False))
    purpose: Mapped[str | None] = mapped_column(Text)
    status: Mapped[FundingStatus] = mapped_column(str_enum(FundingStatus))


class Document(Tracked, Base):
    """A stored file: a scanned signed sign-in sheet of a session, a diploma scan."""

    __tablename__ = "document"

    kind: Mapped[DocumentKind] = mapped_column(str_enum(DocumentKind))
    session_id: Mapped[str | None] = mapped_column(ForeignKey("training_session.id"), index=True)
    certificate_id: Mapped[str | None] = mapped_column(ForeignKey("certificate.id"), index=True)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    signed_by_trainer_on: Mapped[dt.date | None] = mapped_column(Date)
