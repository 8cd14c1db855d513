"""'Generate sessions': a cohort's weekly pattern, which public holidays to skip, and a live
preview of the dates per module and of the skipped dates with their reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QTime,
    QTimer,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import planning
from werkfit_desktop.services.schedule import (
    Holiday,
    HolidayPolicy,
    SchedulePattern,
    SchedulePlan,
)
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.session_common import (
    from_qdate,
    from_qtime,
    load_policy,
    save_policy,
    to_qdate,
    to_qtime,
    translate_message,
    warning_banner,
)
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.item_models.planning import HOLIDAY_COLOUR, week_label
from werkfit_desktop.ui.settings import Settings

# The holidays offered as check boxes (Bevrijdingsdag has its own choice).
_HOLIDAY_NAMES = {
    Holiday.NEW_YEAR: QT_TRANSLATE_NOOP("ScheduleDialog", "New Year's Day"),
    Holiday.GOOD_FRIDAY: QT_TRANSLATE_NOOP("ScheduleDialog", "Good Friday"),
    Holiday.EASTER: QT_TRANSLATE_NOOP("ScheduleDialog", "Easter (both days)"),
    Holiday.KINGS_DAY: QT_TRANSLATE_NOOP("ScheduleDialog", "King's Day"),
    Holiday.ASCENSION: QT_TRANSLATE_NOOP("ScheduleDialog", "Ascension Day"),
    Holiday.PENTECOST: QT_TRANSLATE_NOOP("ScheduleDialog", "Whitsun (both days)"),
    Holiday.CHRISTMAS: QT_TRANSLATE_NOOP("ScheduleDialog", "Christmas (both days)"),
}


@dataclass(frozen=True)
class ScheduleRequest:
    cohort_id: str
    pattern: SchedulePattern
    policy: HolidayPolicy
    replace_future: bool


class ScheduleDialog(QDialog):
    LUSTRUM, EVERY_YEAR, NEVER = range(3)

    def __init__(
        self,
        db: Database,
        settings: Settings,
        today: dt.date,
        cohort_id: str | None = None,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.settings, self.today, self.language = db, settings, today, language
        self.plan: SchedulePlan | None = None
        self.errors: list[str] = []
        self._existing: planning.ExistingSessions | None = None
        self.setWindowTitle(self.tr("Generate sessions"))
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.refresh_preview)

        self.cohort = QComboBox()
        self._cohorts = {c.id: c for c in planning.cohort_choices(db)}
        for choice in self._cohorts.values():
            self.cohort.addItem(f"{choice.code} — {choice.programme_name}", choice.id)
        self.existing_label = QLabel()
        self.existing_label.setWordWrap(True)
        self.existing_label.setObjectName("muted")
        self.replace_future = QCheckBox()
        self.start_date = QDateEdit(calendarPopup=True)
        self.start_date.setDisplayFormat("dd-MM-yyyy")
        locale = QLocale()
        self.weekday_boxes: list[QCheckBox] = []
        weekdays = QHBoxLayout()
        for number in range(7):
            box = QCheckBox(locale.dayName(number + 1, QLocale.FormatType.ShortFormat))
            box.setToolTip(locale.dayName(number + 1))
            self.weekday_boxes.append(box)
            weekdays.addWidget(box)
        weekdays.addStretch(1)
        self.every = QComboBox()
        self.every.addItem(self.tr("Every week"), 1)
        self.every.addItem(self.tr("Every other week"), 2)
        self.every.addItem(self.tr("Every third week"), 3)
        self.every.addItem(self.tr("Every fourth week"), 4)
        self.start_time = QTimeEdit(QTime(9, 0))
        self.end_time = QTimeEdit(QTime(12, 30))
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_time)
        times.addStretch(1)
        self.location = QLineEdit()
        self.trainer = QComboBox()
        self.trainer.addItem(self.tr("(no trainer yet)"), None)
        for choice in planning.trainer_choices(db):
            self.trainer.addItem(choice.name, choice.id)

        form = QFormLayout()
        form.addRow(self.tr("&Cohort"), self.cohort)
        form.addRow("", self.existing_label)
        form.addRow("", self.replace_future)
        form.addRow(self.tr("&First day"), self.start_date)
        form.addRow(self.tr("Weekdays"), weekdays)
        form.addRow(self.tr("&Repeat"), self.every)
        times_label = QLabel(self.tr("&Times"))
        times_label.setBuddy(self.start_time)
        form.addRow(times_label, times)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("T&rainer"), self.trainer)

        holidays = QGroupBox(self.tr("Public holidays without sessions"))
        grid = QGridLayout(holidays)
        self.holiday_boxes: dict[Holiday, QCheckBox] = {}
        for number, (holiday, name) in enumerate(_HOLIDAY_NAMES.items()):
            box = QCheckBox(self.tr(name))
            self.holiday_boxes[holiday] = box
            grid.addWidget(box, number // 2, number % 2)
        self.liberation = QComboBox()
        self.liberation.addItem(self.tr("Only in lustrum years (2025, 2030, ...)"), self.LUSTRUM)
        self.liberation.addItem(self.tr("Every year"), self.EVERY_YEAR)
        self.liberation.addItem(self.tr("Never: a normal training day"), self.NEVER)
        row = (len(_HOLIDAY_NAMES) + 1) // 2
        grid.addWidget(QLabel(self.tr("Liberation Day (5 May)")), row, 0)
        grid.addWidget(self.liberation, row, 1)
        self.closed_days_hint = QLabel(
            self.tr("The organisation's own closing days are always skipped.")
        )
        self.closed_days_hint.setObjectName("muted")
        self.closed_days_hint.setWordWrap(True)
        grid.addWidget(self.closed_days_hint, row + 1, 0, 1, 2)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(holidays)
        left_layout.addStretch(1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("detailSubtitle")
        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.hide()
        self.warning_banner = warning_banner()
        self.preview = QTreeWidget()
        self.preview.setHeaderLabels([self.tr("Module / date"), self.tr("Week")])
        self.preview.setAlternatingRowColors(True)
        self.preview.setColumnWidth(0, 330)
        self.skipped = QListWidget()
        self.skipped_title = QLabel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.error_banner)
        right_layout.addWidget(self.warning_banner)
        right_layout.addWidget(self.preview, 3)
        right_layout.addWidget(self.skipped_title)
        right_layout.addWidget(self.skipped, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([430, 520])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setDefault(True)
        self.buttons.addButton(self.generate_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        self.set_policy(load_policy(settings))
        self.cohort.currentIndexChanged.connect(self._on_cohort_changed)
        for widget in self.weekday_boxes + list(self.holiday_boxes.values()):
            widget.toggled.connect(self.schedule_preview)
        self.replace_future.toggled.connect(self.schedule_preview)
        self.start_date.dateChanged.connect(self.schedule_preview)
        self.start_time.timeChanged.connect(self.schedule_preview)
        self.end_time.timeChanged.connect(self.schedule_preview)
        self.every.currentIndexChanged.connect(self.schedule_preview)
        self.liberation.currentIndexChanged.connect(self.schedule_preview)
        self.trainer.currentIndexChanged.connect(self.schedule_preview)

        geometry = settings.state("planning/schedule_dialog")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1000, 660)
        if cohort_id is not None:
            self.set_cohort(cohort_id)
        self._on_cohort_changed()

    # the dialog's API (what tests and the view use) ------------------------------------
    def set_cohort(self, cohort_id: str) -> None:
        self.cohort.setCurrentIndex(max(self.cohort.findData(cohort_id), 0))

    def set_weekdays(self, weekdays) -> None:
        chosen = set(weekdays)
        for number, box in enumerate(self.weekday_boxes):
            box.setChecked(number in chosen)

    def set_start_date(self, day: dt.date) -> None:
        self.start_date.setDate(to_qdate(day))

    def set_times(self, start: dt.time, end: dt.time) -> None:
        self.start_time.setTime(to_qtime(start))
        self.end_time.setTime(to_qtime(end))

    def set_every_weeks(self, weeks: int) -> None:
        self.every.setCurrentIndex(max(self.every.findData(weeks), 0))

    def set_location(self, text: str) -> None:
        self.location.setText(text)

    def set_trainer(self, trainer_id: str | None) -> None:
        self.trainer.setCurrentIndex(max(self.trainer.findData(trainer_id), 0))

    def set_replace_future(self, replace: bool) -> None:
        self.replace_future.setChecked(replace)

    def set_policy(self, policy: HolidayPolicy) -> None:
        for holiday, box in self.holiday_boxes.items():
            box.setChecked(holiday in policy.skipped)
        if Holiday.LIBERATION_DAY not in policy.skipped:
            choice = self.NEVER
        elif policy.liberation_day_every_year:
            choice = self.EVERY_YEAR
        else:
            choice = self.LUSTRUM
        self.liberation.setCurrentIndex(self.liberation.findData(choice))

    def policy(self) -> HolidayPolicy:
        skipped = {h for h, box in self.holiday_boxes.items() if box.isChecked()}
        choice = self.liberation.currentData()
        if choice != self.NEVER:
            skipped.add(Holiday.LIBERATION_DAY)
        return HolidayPolicy(frozenset(skipped), choice == self.EVERY_YEAR)

    def pattern(self) -> SchedulePattern:
        return SchedulePattern(
            weekdays=tuple(n for n, box in enumerate(self.weekday_boxes) if box.isChecked()),
            start_time=from_qtime(self.start_time.time()),
            end_time=from_qtime(self.end_time.time()),
            start_date=from_qdate(self.start_date.date()),
            location=self.location.text().strip() or None,
            trainer_id=self.trainer.currentData(),
            every_weeks=self.every.currentData(),
        )

    def values(self) -> ScheduleRequest | None:
        """What the user chose, or None while the preview shows errors."""
        self.refresh_preview()
        if self.errors or self.cohort.currentData() is None:
            return None
        return ScheduleRequest(
            self.cohort.currentData(),
            self.pattern(),
            self.policy(),
            self.replace_future.isChecked() and bool(self._existing and self._existing.total),
        )

    # behaviour ------------------------------------------------------------------------
    def _on_cohort_changed(self) -> None:
        choice = self._cohorts.get(self.cohort.currentData())
        if choice is None:
            self.summary.setText(
                self.tr("There are no cohorts yet. Make a cohort first (Cohorts), then plan it.")
            )
            self.generate_button.setEnabled(False)
            return
        self._existing = planning.existing_sessions(self.db, choice.id, self.today)
        self.location.setText(choice.location or "")
        start = choice.start_date if choice.start_date >= self.today else self.today
        self.set_start_date(start)
        total = self._existing.total
        self.existing_label.setVisible(bool(total))
        self.replace_future.setVisible(bool(total))
        if total:
            self.existing_label.setText(
                self.tr("This cohort already has %n session(s).", "", total)
            )
            self.replace_future.setText(
                self.tr(
                    "Replace the %n future session(s) without attendance",
                    "",
                    len(self._existing.replaceable_ids),
                )
            )
        self.schedule_preview()

    def schedule_preview(self, *_args) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        """Recompute the preview now (the live preview calls this after a short pause)."""
        self._timer.stop()
        self.preview.clear()
        self.skipped.clear()
        self.errors = []
        self.plan = None
        cohort_id = self.cohort.currentData()
        if cohort_id is None:
            return
        replace = self.replace_future.isChecked() and bool(self._existing and self._existing.total)
        try:
            self.plan = planning.preview_schedule(
                self.db,
                cohort_id,
                self.pattern(),
                self.policy(),
                replace,
                self.today,
                self.language,
            )
        except ValidationFailed as failed:
            self.errors = [e.message(translate_message) for e in failed.errors]
        if self._existing and self._existing.total and not replace:
            self.errors.append(
                self.tr(
                    "This cohort already has sessions: tick 'Replace the future sessions' "
                    "or change single sessions in the planning."
                )
            )
        self._show_errors()
        if self.plan is not None:
            self._show_plan(self.plan)
        self.generate_button.setEnabled(not self.errors and self.plan is not None)

    def _show_errors(self) -> None:
        self.error_banner.setVisible(bool(self.errors))
        self.error_banner.setText("\n".join(f"• {e}" for e in self.errors))

    def _show_plan(self, plan: SchedulePlan) -> None:
        locale = QLocale()
        modules: dict[str, QTreeWidgetItem] = {}
        counts: dict[str, list] = {}
        for day in plan.sessions:
            item = modules.get(day.module_id)
            if item is None:
                item = QTreeWidgetItem(self.preview)
                modules[day.module_id] = item
                counts[day.module_id] = [day.module_name, 0, day.date, day.date]
            counts[day.module_id][1] += 1
            counts[day.module_id][3] = day.date
            week_year, week, _ = day.date.isocalendar()
            child = QTreeWidgetItem(item)
            child.setText(
                0,
                f"{locale.dayName(day.date.isoweekday(), QLocale.FormatType.ShortFormat)} "
                f"{format_date(day.date)}  {day.start_time:%H:%M}–{day.end_time:%H:%M}",
            )
            child.setText(1, week_label(week_year, week, day.date.year))
        for number, (module_id, item) in enumerate(modules.items(), start=1):
            name, count, first, last = counts[module_id]
            item.setText(
                0,
                f"{number}. {name} — "
                + self.tr("%n session(s)", "", count)
                + f" ({format_date(first)} – {format_date(last)})",
            )
            item.setFirstColumnSpanned(True)
        for day, reason in plan.skipped:
            self.skipped.addItem(f"{format_date(day)} — {reason}")
            self.skipped.item(self.skipped.count() - 1).setForeground(QBrush(HOLIDAY_COLOUR))
        self.preview.expandAll()
        self.skipped.setVisible(bool(plan.skipped))
        self.skipped_title.setText(
            self.tr("Skipped dates (%1)").replace("%1", str(len(plan.skipped)))
            if plan.skipped
            else self.tr("No dates skipped.")
        )
        if plan.sessions:
            self.summary.setText(
                self.tr("%n session(s)", "", len(plan.sessions))
                + " "
                + self.tr("from %1 to %2")
                .replace("%1", format_date(plan.first_date))
                .replace("%2", format_date(plan.last_date))
            )
        else:
            no_modules = any(w.kind == "no_modules" for w in plan.warnings)
            self.summary.setText(
                ""
                if no_modules
                else self.tr("Nothing to plan: every module already has its sessions.")
            )
            if not self.errors:
                self.errors.append(self.tr("There are no sessions to generate."))
                self._show_errors()
        warnings = [w.message(translate_message) for w in plan.warnings]
        self.warning_banner.setVisible(bool(warnings))
        self.warning_banner.setText("\n".join(f"⚠ {w}" for w in warnings[:6]))
        if len(warnings) > 6:
            self.warning_banner.setText(
                self.warning_banner.text()
                + "\n"
                + self.tr("... and %n more", "", len(warnings) - 6)
            )

    def accept(self) -> None:
        if self.values() is None:
            return
        save_policy(self.settings, self.policy())
        self.settings.set_state("planning/schedule_dialog", self.saveGeometry())
        super().accept()

    def reject(self) -> None:
        self.settings.set_state("planning/schedule_dialog", self.saveGeometry())
        super().reject()
