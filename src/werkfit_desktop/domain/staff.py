"""Organisations (learn-work companies), their staff, and their own closing days."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from werkfit_desktop.domain.base import Base, Tracked, str_enum
from werkfit_desktop.domain.enums import StaffRole


class Organisation(Tracked, Base):
    """A learn-work company (leerwerkbedrijf)."""

    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


class StaffMember(Tracked, Base):
    __tablename__ = "staff_member"

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    name_particle: Mapped[str | None] = mapped_column(String(30))
    last_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ClosedDay(Tracked, Base):
    """A day an organisation is closed beyond the public holidays (own closing days)."""

    __tablename__ = "closed_day"

    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
