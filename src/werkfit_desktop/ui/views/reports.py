"""The Reports area: choose a report, choose whom or which cohort it is about, make the PDF.

Every report is made by the same dialogs the participant and cohort pages use (one way to make
each report): progress sheet, the progress sheets of a cohort (all or a selection, in the
background), the candidate profile (only with the participant's consent) and the cohort
overview."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.profile import profile_consent
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.widgets.report_pickers import CohortPicker, ParticipantPicker

_WARNING = "background: #fff3c4; border-radius: 4px; padding: 4px 8px;"
_QUIET = "color: #555;"


class ReportKind(enum.StrEnum):
    PROGRESS_SHEET = "sheet"
    PROGRESS_SHEETS = "sheets"
    PROFILE = "profile"
    COHORT_OVERVIEW = "cohort"


@dataclass(frozen=True)
class _Kind:
    kind: ReportKind
    title: str
    description: str
    about_cohort: bool


def _kinds() -> list[_Kind]:
    return [
        _Kind(
            ReportKind.PROGRESS_SHEET,
            QCoreApplication.translate("Reports", "Progress report"),
            QCoreApplication.translate(
                "Reports",
                "One participant's progress report for the municipality or the client manager: "
                "attendance, skills, certificates, practice days, development plan, outcome and "
                "a summary of coaching notes (private notes are never printed). You choose the "
                "period and the sections.",
            ),
            False,
        ),
        _Kind(
            ReportKind.PROGRESS_SHEETS,
            QCoreApplication.translate("Reports", "Progress reports of a cohort"),
            QCoreApplication.translate(
                "Reports",
                "The progress reports of a whole cohort or of the participants you tick: one "
                "PDF file per participant (<cohort>_<number>_<last name>.pdf) or one combined "
                "file. They are made in the background; you can keep working or cancel.",
            ),
            True,
        ),
        _Kind(
            ReportKind.PROFILE,
            QCoreApplication.translate("Reports", "Candidate profile for an employer"),
            QCoreApplication.translate(
                "Reports",
                "One page, strengths first: best observed skills, employers' evaluations, "
                "certificates, availability and ambitions. Nothing sensitive is on it. It can "
                "only be made when the participant has consented to sharing it with employers.",
            ),
            False,
        ),
        _Kind(
            ReportKind.COHORT_OVERVIEW,
            QCoreApplication.translate("Reports", "Cohort overview"),
            QCoreApplication.translate(
                "Reports",
                "A cohort on paper: attendance per participant and per module, certificates "
                "obtained against planned, outflow into work and dropout with reasons, and the "
                "attendance per week as a chart.",
            ),
            True,
        ),
    ]


class ReportsView(QWidget):
    participant_requested = Signal(str)

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        tasks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.settings, self.tasks = db, events, settings, tasks
        self.today = dt.date.today  # replaceable (tests, demo dates)
        self.kinds = _kinds()
        self._stale = False
        self._build()
        events.changed.connect(self.on_data_changed)
        remembered = str(self.settings.value("reports/kind", ReportKind.PROGRESS_SHEET))
        index = next((i for i, k in enumerate(self.kinds) if k.kind == remembered), 0)
        self.kind_list.setCurrentRow(index)
        self.cohort_picker.refresh(self.today())
        self.members_picker.refresh(self.today())

    def _build(self) -> None:
        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        self.kind_list = QListWidget()
        self.kind_list.setAccessibleName(self.tr("Kind of report"))
        for kind in self.kinds:
            item = QListWidgetItem(kind.title)
            item.setData(Qt.ItemDataRole.UserRole, kind.kind.value)
            item.setToolTip(kind.description)
            self.kind_list.addItem(item)
        font = self.kind_list.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.kind_list.setFont(font)
        self.kind_list.setSpacing(4)
        self.kind_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widest = max(self.kind_list.sizeHintForColumn(0), 200)
        self.kind_list.setFixedWidth(widest + 2 * self.kind_list.frameWidth() + 16)

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self.heading.setFont(heading_font)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMaximumWidth(720)
        self.subject_label = QLabel()
        self.participant_picker = ParticipantPicker(self.db)
        self.cohort_picker = CohortPicker(self.db, with_members=False)
        self.members_picker = CohortPicker(self.db, with_members=True)
        self.pickers = QStackedWidget()
        for picker in (self.participant_picker, self.cohort_picker, self.members_picker):
            self.pickers.addWidget(picker)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.open_participant = QPushButton(self.tr("Go to the participant"))
        self.make_button = QPushButton()
        self.make_button.setDefault(True)
        self.make_button.setShortcut(QKeySequence.StandardKey.Print)
        actions = QHBoxLayout()
        actions.addWidget(self.notice, 1)
        actions.addWidget(self.open_participant)
        actions.addWidget(self.make_button)

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.description)
        right.addSpacing(8)
        right.addWidget(self.subject_label)
        right.addWidget(self.pickers, 1)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.kind_list)
        body.addSpacing(12)
        body.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addWidget(title)
        outer.addLayout(body, 1)

        self.kind_list.currentRowChanged.connect(self._kind_changed)
        self.participant_picker.chosen.connect(lambda _id: self._update_state())
        self.cohort_picker.chosen.connect(lambda _id: self._update_state())
        self.members_picker.chosen.connect(lambda _id: self._update_state())
        self.make_button.clicked.connect(self.make_report)
        self.open_participant.clicked.connect(
            lambda: self.participant_requested.emit(self.participant_picker.participant_id())
        )

    # state ---------------------------------------------------------------------------
    def current_kind(self) -> ReportKind:
        row = max(self.kind_list.currentRow(), 0)
        return self.kinds[row].kind

    def choose(self, kind: ReportKind) -> None:
        self.kind_list.setCurrentRow(next(i for i, k in enumerate(self.kinds) if k.kind == kind))

    def _kind_changed(self, row: int) -> None:
        if row < 0:
            return
        kind = self.kinds[row]
        self.settings.set_value("reports/kind", kind.kind.value)
        self.heading.setText(kind.title)
        self.description.setText(kind.description)
        if kind.kind == ReportKind.PROGRESS_SHEETS:
            self.pickers.setCurrentWidget(self.members_picker)
            self.subject_label.setText(self.tr("Cohort and participants:"))
        elif kind.about_cohort:
            self.pickers.setCurrentWidget(self.cohort_picker)
            self.subject_label.setText(self.tr("Cohort:"))
        else:
            self.pickers.setCurrentWidget(self.participant_picker)
            self.subject_label.setText(self.tr("Participant:"))
        self._update_state()

    def _update_state(self) -> None:
        """Which button text, whether it can be pressed, and why not."""
        kind = self.current_kind()
        notice, enabled, go_to = "", True, False
        if kind == ReportKind.PROGRESS_SHEET:
            self.make_button.setText(self.tr("Make progress report..."))
            enabled = bool(self.participant_picker.participant_id())
            if not enabled:
                notice = self.tr("Choose a participant.")
        elif kind == ReportKind.PROFILE:
            self.make_button.setText(self.tr("Make candidate profile..."))
            notice, enabled, go_to = self._consent_state()
        elif kind == ReportKind.PROGRESS_SHEETS:
            self.make_button.setText(self.tr("Make progress reports..."))
            chosen = len(self.members_picker.chosen_participants())
            enabled = bool(self.members_picker.cohort_id()) and chosen > 0
            if not self.members_picker.cohort_id():
                notice = self.tr("There are no cohorts yet.")
            elif not chosen:
                notice = self.tr("Tick at least one participant.")
        else:
            self.make_button.setText(self.tr("Make cohort overview..."))
            enabled = bool(self.cohort_picker.cohort_id())
            if not enabled:
                notice = self.tr("There are no cohorts yet.")
        self.notice.setText(notice)
        self.notice.setStyleSheet(_WARNING if go_to else _QUIET)
        self.make_button.setEnabled(enabled)
        self.open_participant.setVisible(go_to)

    def _consent_state(self) -> tuple[str, bool, bool]:
        participant_id = self.participant_picker.participant_id()
        if not participant_id:
            return self.tr("Choose a participant."), False, False
        consent = profile_consent(self.db, participant_id)
        if consent is None:
            return self.tr("This participant no longer exists."), False, False
        given, given_on = consent
        if given:
            return (
                self.tr("Consent to share the profile with employers given on %1.").replace(
                    "%1", format_date(given_on)
                ),
                True,
                False,
            )
        return (
            self.tr(
                "This participant has not consented to sharing a profile with employers, so "
                "no profile can be made. Record the consent, with its date, on the "
                "participant's details first."
            ),
            False,
            True,
        )

    # making -------------------------------------------------------------------------
    def make_report(self):
        """Make the chosen report with the dialogs the other pages use; their result."""
        kind = self.current_kind()
        if not self.make_button.isEnabled():
            return None
        if kind == ReportKind.PROGRESS_SHEET:
            from werkfit_desktop.ui.dialogs.progress_sheet_export import export_progress_sheet

            return export_progress_sheet(self, self.db, self.participant_picker.participant_id())
        if kind == ReportKind.PROFILE:
            from werkfit_desktop.ui.dialogs.profile_export import export_employer_profile

            return export_employer_profile(self, self.db, self.participant_picker.participant_id())
        if kind == ReportKind.PROGRESS_SHEETS:
            from werkfit_desktop.ui.dialogs.batch_export import export_cohort_sheets_dialog

            picker = self.members_picker
            chosen = None if picker.all_chosen() else picker.chosen_participants()
            return export_cohort_sheets_dialog(
                self, self.db, self.tasks, picker.cohort_id(), chosen
            )
        from werkfit_desktop.ui.dialogs.cohort_overview_export import export_cohort_overview

        return export_cohort_overview(self, self.db, self.cohort_picker.cohort_id(), self.today())

    # keeping up to date ---------------------------------------------------------------
    def on_data_changed(self, changes: Changes, initiator: object | None = None) -> None:
        if changes.touches("participants", "cohorts", "enrolments"):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.participant_picker.refresh()
        self.cohort_picker.refresh(self.today())
        self.members_picker.refresh(self.today())
        self._update_state()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()
