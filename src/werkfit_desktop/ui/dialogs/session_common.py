"""What the planning dialogs share: date and time conversions between Python and Qt, the
translation of service messages, the warning banner, and the remembered holiday policy."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QLabel

from werkfit_desktop.services.schedule import Holiday, HolidayPolicy
from werkfit_desktop.ui.settings import Settings

POLICY_KEY = "planning/holiday_policy"
WARNING_STYLE = (
    "background: #fff4e0; color: #6b4100; border: 1px solid #e0a040;"
    " border-radius: 4px; padding: 6px;"
)


def warning_banner() -> QLabel:
    """A yellow label for warnings (not errors): hidden until there is something to say."""
    label = QLabel()
    label.setObjectName("warningBanner")
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    label.hide()
    return label


def translate_message(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def load_policy(settings: Settings) -> HolidayPolicy:
    raw = settings.state(POLICY_KEY)
    if raw is None:
        return HolidayPolicy()
    try:
        data = json.loads(bytes(raw.data()).decode())
        return HolidayPolicy(
            skipped=frozenset(Holiday(h) for h in data["skipped"]),
            liberation_day_every_year=bool(data["liberation_day_every_year"]),
        )
    except (ValueError, KeyError, TypeError):
        return HolidayPolicy()


def save_policy(settings: Settings, policy: HolidayPolicy) -> None:
    data = {
        "skipped": sorted(h.value for h in policy.skipped),
        "liberation_day_every_year": policy.liberation_day_every_year,
    }
    settings.set_state(POLICY_KEY, QByteArray(json.dumps(data).encode()))
