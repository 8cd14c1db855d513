"""Moving a session or adding a single one: date, times, trainer and location, with the
warnings for the chosen slot (holiday, closing day, weekend, double-booked trainer) shown
while choosing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import planning
from werkfit_desktop.services.planning import PlannedSession
from werkfit_desktop.services.schedule import HolidayPolicy
from werkfit_desktop.ui.dialogs.session_common import (
    from_qdate,
    from_qtime,
    to_qdate,
    to_qtime,
    translate_message,
    warning_banner,
)
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.item_models.planning import time_range


@dataclass(frozen=True)
class SessionSlot:
    """Where and when a session takes place (what the dialog returns)."""

    cohort_id: str
    module_id: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    location: str | None
    trainer_id: str | None


class SessionDialog(QDialog):
    """Move `session` (when given) or add a session (optionally for `cohort_id` on `day`)."""

    def __init__(
        self,
        db: Database,
        session: PlannedSession | None = None,
        cohort_id: str | None = None,
        day: dt.date | None = None,
        policy: HolidayPolicy | None = None,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.session, self.language = db, session, language
        self.policy = policy or HolidayPolicy()
        self.warnings: list[str] = []
        self._timer = QTimer(self, singleShot=True, interval=100)
        self._timer.timeout.connect(self.refresh_warnings)
        moving = session is not None
        self.setWindowTitle(self.tr("Move session") if moving else self.tr("Add a session"))

        self.cohort = QComboBox()
        for choice in planning.cohort_choices(db):
            self.cohort.addItem(f"{choice.code} — {choice.programme_name}", choice.id)
        self._locations = {c.id: c.location for c in planning.cohort_choices(db)}
        self.module = QComboBox()
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.start_time = QTimeEdit(QTime(9, 0))
        self.end_time = QTimeEdit(QTime(12, 30))
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_time)
        times.addStretch(1)
        self.trainer = QComboBox()
        self.trainer.addItem(self.tr("(no trainer)"), None)
        for choice in planning.trainer_choices(db):
            self.trainer.addItem(choice.name, choice.id)
        self.location = QLineEdit()
        self.warning_banner = warning_banner()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("detailSubtitle")

        form = QFormLayout()
        if moving:
            assert session is not None
            self.summary.setText(
                f"{session.cohort_code} · {session.module_name}\n"
                + self.tr("Now: %1 %2")
                .replace("%1", format_date(session.date))
                .replace("%2", time_range(session))
            )
        else:
            form.addRow(self.tr("&Cohort"), self.cohort)
            form.addRow(self.tr("&Module"), self.module)
        form.addRow(self.tr("&Date"), self.date)
        times_label = QLabel(self.tr("&Times"))
        times_label.setBuddy(self.start_time)
        form.addRow(times_label, times)
        form.addRow(self.tr("T&rainer"), self.trainer)
        form.addRow(self.tr("&Location"), self.location)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Move") if moving else self.tr("&Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if moving:
            layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.warning_banner)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

        if moving:
            assert session is not None
            self.cohort.setCurrentIndex(self.cohort.findData(session.cohort_id))
            self._fill_modules(session.module_id)
            self.date.setDate(to_qdate(session.date))
            if session.start_time and session.end_time:
                self.start_time.setTime(to_qtime(session.start_time))
                self.end_time.setTime(to_qtime(session.end_time))
            self.trainer.setCurrentIndex(max(self.trainer.findData(session.trainer_id), 0))
            self.location.setText(session.location or "")
        else:
            if cohort_id is not None:
                self.cohort.setCurrentIndex(max(self.cohort.findData(cohort_id), 0))
            self.date.setDate(to_qdate(day or dt.date.today()))
            self._on_cohort_changed()
            self.cohort.currentIndexChanged.connect(self._on_cohort_changed)
        for signal in (
            self.date.dateChanged,
            self.start_time.timeChanged,
            self.end_time.timeChanged,
            self.trainer.currentIndexChanged,
            self.cohort.currentIndexChanged,
        ):
            signal.connect(self._timer.start)
        self.refresh_warnings()

    def _fill_modules(self, selected: str | None = None) -> None:
        self.module.clear()
        cohort_id = self.cohort.currentData()
        if cohort_id is None:
            return
        for choice in planning.module_choices(self.db, cohort_id):
            self.module.addItem(f"{choice.position}. {choice.name}", choice.id)
        if selected is not None:
            self.module.setCurrentIndex(max(self.module.findData(selected), 0))

    def _on_cohort_changed(self) -> None:
        self._fill_modules()
        self.location.setText(self._locations.get(self.cohort.currentData()) or "")

    # the dialog's API ------------------------------------------------------------------
    def set_slot(
        self,
        day: dt.date,
        start: dt.time,
        end: dt.time,
        trainer_id: str | None = None,
        location: str | None = None,
    ) -> None:
        self.date.setDate(to_qdate(day))
        self.start_time.setTime(to_qtime(start))
        self.end_time.setTime(to_qtime(end))
        if trainer_id is not None:
            self.trainer.setCurrentIndex(max(self.trainer.findData(trainer_id), 0))
        if location is not None:
            self.location.setText(location)
        self.refresh_warnings()

    def set_module(self, module_id: str) -> None:
        self.module.setCurrentIndex(max(self.module.findData(module_id), 0))

    def values(self) -> SessionSlot | None:
        cohort_id, module_id = self.cohort.currentData(), self.module.currentData()
        if cohort_id is None or module_id is None:
            return None
        return SessionSlot(
            cohort_id,
            module_id,
            from_qdate(self.date.date()),
            from_qtime(self.start_time.time()),
            from_qtime(self.end_time.time()),
            self.location.text().strip() or None,
            self.trainer.currentData(),
        )

    def refresh_warnings(self) -> None:
        self._timer.stop()
        slot = self.values()
        problems: list[str] = []
        if slot is None:
            self.ok_button.setEnabled(False)
            return
        if slot.end_time <= slot.start_time:
            problems.append(self.tr("The end time must be after the start time."))
        notices = planning.slot_warnings(
            self.db,
            slot.cohort_id,
            slot.date,
            slot.start_time,
            slot.end_time,
            slot.trainer_id,
            self.session.id if self.session else None,
            self.policy,
            self.language,
        )
        self.warnings = problems + [n.message(translate_message) for n in notices]
        self.warning_banner.setText("\n".join(f"⚠ {w}" for w in self.warnings))
        self.warning_banner.setVisible(bool(self.warnings))
        self.ok_button.setEnabled(not problems)
