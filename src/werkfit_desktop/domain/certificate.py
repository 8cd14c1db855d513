"""Certificate types (VCA, BHV, EHBO, ...) and participants' certificates and exams."""

from __future__ import annotations

import calendar
import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from werkfit_desktop.domain.base import Base, Tracked, str_enum
from werkfit_desktop.domain.enums import ExamResult


class CertificateType(Tracked, Base):
    __tablename__ = "certificate_type"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    # Months a diploma stays valid from the exam date; None: it does not expire.
    default_validity_months: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Certificate(Tracked, Base):
    """A planned exam or an obtained certificate of a participant."""

    __tablename__ = "certificate"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    certificate_type_id: Mapped[str] = mapped_column(ForeignKey("certificate_type.id"), index=True)
    exam_date: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[ExamResult] = mapped_column(str_enum(ExamResult))
    diploma_number: Mapped[str | None] = mapped_column(String(60))
    issuer: Mapped[str | None] = mapped_column(String(200))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    # Derived from the type and the exam date unless valid_until_overridden is set.
    valid_until: Mapped[dt.date | None] = mapped_column(Date, index=True)
    valid_until_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the end of the month when that day does not exist
    (29 February + 12 months = 28 February)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def derive_valid_until(exam_date: dt.date | None, validity_months: int | None) -> dt.date | None:
    """Valid-until of a passed exam: the exam date plus the type's validity (as the central
    diploma register shows it: exam 15-03-2016, VCA valid until 15-03-2026); None when the
    type does not expire."""
    if exam_date is None or validity_months is None:
        return None
    return add_months(exam_date, validity_months)
