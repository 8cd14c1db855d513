"""The planning's side panel: the chosen session (or the chosen day in the month) with
its details, a double booking spelled out, and the buttons for what can be done with it."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from werkfit_desktop.services.planning import PlannedSession
from werkfit_desktop.ui.dialogs.session_common import warning_banner
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.item_models.planning import conflict_text, time_range


def _row(label: str, value: str) -> str:
    return (
        f"<tr><td style='color:#555; padding-right:10px'>{html.escape(label)}</td>"
        f"<td>{html.escape(value)}</td></tr>"
    )


class SessionDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflict = warning_banner()
        self.move_button = QPushButton(self.tr("&Move..."))
        self.move_button.setToolTip(self.tr("Another date, time, trainer or location (F2)"))
        self.cancel_button = QPushButton(self.tr("&Cancel session..."))
        self.cancel_button.setToolTip(self.tr("Cancel with a reason (Del)"))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("The session takes place after all"))
        self.remove_button = QPushButton(self.tr("Remove from the planning"))
        self.remove_button.setToolTip(
            self.tr("Only for a session added by mistake: nothing recorded yet")
        )

        session_page = QWidget()
        layout = QVBoxLayout(session_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.conflict)
        for button in (
            self.move_button,
            self.cancel_button,
            self.restore_button,
            self.remove_button,
        ):
            layout.addWidget(button)
        layout.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(session_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 0, 0, 0)
        outer.addWidget(self.stack)
        self.session: PlannedSession | None = None
        self.show_hint()

    def show_hint(self, text: str | None = None) -> None:
        self.session = None
        self.message.setText(
            html.escape(
                text
                or self.tr(
                    "Choose a session to see its details, move it or cancel it.\n\n"
                    "PgUp/PgDn: previous/next · Ctrl+T: today · Ctrl+G: generate sessions · "
                    "Insert: add a session"
                )
            ).replace("\n", "<br>")
        )
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.setCurrentWidget(self.message)

    def show_day(self, day: dt.date, sessions: list[PlannedSession], note: str) -> None:
        """The month view's chosen day: its sessions in short."""
        self.session = None
        locale = QLocale()
        lines = [f"<b>{html.escape(locale.dayName(day.isoweekday()))} {format_date(day)}</b>"]
        if note:
            lines.append(f"<span style='color:#b3261e'>{html.escape(note)}</span>")
        for s in sessions:
            code = html.escape(s.cohort_code.replace("-", "\u2011"))  # no line break inside
            text = f"<b>{html.escape(time_range(s))}</b> {code}<br>{html.escape(s.module_name)}"
            if s.trainer_name:
                text += f" · {html.escape(s.trainer_name)}"
            if s.cancelled:
                reason = html.escape(self.tr("Cancelled: %1").replace("%1", s.cancel_reason or ""))
                text = f"<s style='color:#8a8a8a'>{text}</s><br><i>{reason}</i>"
            elif s.double_booked:
                text = f"<span style='background:#fff1d6'>⚠ {text}</span>"
            lines.append(text + "<br>")
        if not sessions:
            lines.append(html.escape(self.tr("No sessions on this day.")))
        lines.append(
            "<br><i>" + html.escape(self.tr("Enter opens this week to change a session.")) + "</i>"
        )
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setText("<br>".join(lines))
        self.stack.setCurrentWidget(self.message)

    def show_session(self, session: PlannedSession) -> None:
        self.session = session
        locale = QLocale()
        self.title.setText(f"{session.cohort_code} · {session.module_name}")
        rows = [
            _row(
                self.tr("Date"),
                f"{locale.dayName(session.date.isoweekday())} {format_date(session.date)}",
            ),
            _row(
                self.tr("Week"),
                self.tr("week %1 of %2")
                .replace("%1", str(session.week))
                .replace("%2", str(session.week_year)),
            ),
            _row(self.tr("Time"), time_range(session)),
            _row(self.tr("Trainer"), session.trainer_name or "—"),
            _row(self.tr("Location"), session.location or "—"),
            _row(self.tr("Programme"), session.programme_name),
            _row(self.tr("Module"), f"{session.module_position}. {session.module_name}"),
        ]
        if session.cancelled:
            reason = session.cancel_reason or ""
            rows.append(_row(self.tr("Status"), self.tr("Cancelled: %1").replace("%1", reason)))
        if session.notes:
            rows.append(_row(self.tr("Note"), session.notes))
        if session.recorded:
            rows.append(_row(self.tr("Register"), self.tr("Attendance or documents recorded")))
        self.body.setText("<table>" + "".join(rows) + "</table>")
        self.conflict.setVisible(session.double_booked)
        self.conflict.setText("⚠ " + conflict_text(session) if session.double_booked else "")
        self.move_button.setEnabled(True)
        self.cancel_button.setVisible(not session.cancelled)
        self.restore_button.setVisible(session.cancelled)
        self.remove_button.setVisible(not session.recorded)
        self.stack.setCurrentIndex(1)
