"""Facts about this database copy itself (not user data): which device it is."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from werkfit_desktop.domain.base import Base


class LocalMeta(Base):
    __tablename__ = "local_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


DEVICE_ID_KEY = "device_id"
