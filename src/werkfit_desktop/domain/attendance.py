"""Attendance per session and participant, skills and observations of them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from werkfit_desktop.domain.base import Base, Tracked, str_enum
from werkfit_desktop.domain.enums import AttendanceStatus


class Attendance(Tracked, Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "participant_id"),
        CheckConstraint("minutes_late IS NULL OR minutes_late >= 0", name="minutes_late_positive"),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(str_enum(AttendanceStatus))
    minutes_late: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))


class Skill(Tracked, Base):
    """A basic employee skill that trainers observe (configurable list)."""

    __tablename__ = "skill"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SkillObservation(Tracked, Base):
    __tablename__ = "skill_observation"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 4", name="score_range"),)

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    skill_id: Mapped[str] = mapped_column(ForeignKey("skill.id"), index=True)
    observed_on: Mapped[dt.date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    observer_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    session_id: Mapped[str | None] = mapped_column(ForeignKey("training_session.id"))
