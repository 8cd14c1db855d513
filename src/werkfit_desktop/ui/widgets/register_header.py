"""The register's heading: cohort and module, the day with its ISO week (and week-year),
times, location and trainer, why a session was cancelled, and room for session actions."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from werkfit_desktop.domain.dates import iso_week_label
from werkfit_desktop.services.attendance import Register
from werkfit_desktop.ui.i18n import format_date

_STYLE = (
    "QLabel#cancelledBanner { background: #fff4e5; color: #7a4100; border: 1px solid #f0b46a;"
    " border-radius: 4px; padding: 8px; }"
)


class RegisterHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)
        self.session_actions = QHBoxLayout()
        """Room for buttons that act on the open session (sign-in sheet, scans)."""
        self.cancelled_banner = QLabel()
        self.cancelled_banner.setObjectName("cancelledBanner")
        self.cancelled_banner.setWordWrap(True)
        self.cancelled_banner.hide()

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        title_row = QHBoxLayout()
        title_row.addLayout(heading, 1)
        title_row.addLayout(self.session_actions)
        title_row.setAlignment(self.session_actions, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.cancelled_banner)

    def show_register(self, register: Register) -> None:
        self.title.setText(f"{register.cohort_code} · {register.module_name}")
        year, week = iso_week_label(register.date)
        day = QLocale().dayName(register.date.isoweekday())
        parts = [
            f"{day} {format_date(register.date)}",
            self.tr("week %1 of %2").replace("%1", str(week)).replace("%2", str(year)),
        ]
        if register.start_time and register.end_time:
            parts.append(f"{register.start_time:%H:%M}–{register.end_time:%H:%M}")  # noqa: RUF001
        if register.location:
            parts.append(register.location)
        if register.trainer_name:
            parts.append(self.tr("trainer %1").replace("%1", register.trainer_name))
        self.subtitle.setText(" · ".join(parts) + "\n" + register.programme_name)
        if register.cancelled:
            reason = register.cancel_reason or self.tr("no reason given")
            self.cancelled_banner.setText(
                self.tr(
                    "This session was cancelled (%1). Attendance cannot be registered for a "
                    "cancelled session."
                ).replace("%1", reason)
            )
        self.cancelled_banner.setVisible(register.cancelled)

    def show_title(self, title: str) -> None:
        """No session open: just a title."""
        self.title.setText(title)
        self.subtitle.setText("")
        self.cancelled_banner.hide()
