"""Enrolling in a cohort: pick existing participants (search-as-you-type, checkboxes) or
create a new participant right here; both with a start date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.services.enrolments import CandidateRow
from werkfit_desktop.services.participants import ParticipantInput, validate
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.dialogs.cohort_forms import SubmitDialog, date_edit, read_date
from werkfit_desktop.ui.i18n import format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class EnrolRequest:
    """What the dialog asks for: existing participants, or one new participant."""

    start_date: dt.date | None
    participant_ids: tuple[str, ...] = ()
    new_participant: ParticipantInput | None = None


class EnrolDialog(SubmitDialog):
    EXISTING, NEW = 0, 1

    def __init__(
        self,
        cohort_code: str,
        start_date: dt.date,
        candidates: Callable[[str], list[CandidateRow]],
        submit: Callable[[EnrolRequest], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self._candidates = candidates
        self.checked: dict[str, str] = {}  # participant id -> listed name, kept across searches
        self.setWindowTitle(self.tr("Enrol participants in %1").replace("%1", cohort_code))
        self.setMinimumSize(560, 520)

        # existing participants
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(self._on_item_changed)
        self.register("participants", self.tr("Participants"), self.list)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.chosen = QLabel()
        self.chosen.setObjectName("countLabel")
        self.chosen.setWordWrap(True)
        existing = QWidget()
        existing_layout = QVBoxLayout(existing)
        existing_layout.addWidget(self.search)
        existing_layout.addWidget(self.list, 1)
        existing_layout.addWidget(self.empty)
        existing_layout.addWidget(self.chosen)

        # a new participant
        self.first_name = QLineEdit()
        self.name_particle = QLineEdit()
        self.last_name = QLineEdit()
        self.date_of_birth = date_edit()
        new = QWidget()
        form = QFormLayout(new)
        for key, text, widget in (
            ("first_name", self.tr("First name *"), self.first_name),
            ("name_particle", self.tr("Particle (van, de, ...)"), self.name_particle),
            ("last_name", self.tr("Last name *"), self.last_name),
            ("date_of_birth", self.tr("Date of birth"), self.date_of_birth),
        ):
            form.addRow(text, self.register(key, text, widget))
        hint = QLabel(
            self.tr(
                "The participant gets the next free number. Fill in the other details later "
                "in Participants."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        form.addRow(hint)

        self.tabs = QTabWidget()
        self.tabs.addTab(existing, self.tr("&Existing participants"))
        self.tabs.addTab(new, self.tr("New &participant"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.start = date_edit(start_date)
        start_form = QFormLayout()
        start_form.addRow(
            self.tr("Start date *"), self.register("start_date", self.tr("Start date"), self.start)
        )

        self.ok_button.setText(self.tr("Enrol"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(start_form)
        layout.addWidget(self.buttons)
        self.refresh()
        self._update_chosen()
        self.search.setFocus()

    # the candidate list --------------------------------------------------------------
    def refresh(self) -> None:
        rows = self._candidates(self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(self._describe(row))
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not rows)
        if not rows:
            text = self.search.text().strip()
            self.empty.setText(
                self.tr(
                    "No participant outside this cohort matches '%1'. Create a new one on the "
                    "'New participant' tab."
                ).replace("%1", text)
                if text
                else self.tr(
                    "Everyone is enrolled already. Create a new participant on the "
                    "'New participant' tab."
                )
            )
        if rows:
            self.list.setCurrentRow(0)

    def _describe(self, row: CandidateRow) -> str:
        parts = [f"{row.name}  ({row.number})"]
        if row.date_of_birth:
            parts.append(format_date(row.date_of_birth))
        if row.current_cohorts:
            parts.append(self.tr("now in %1").replace("%1", ", ".join(row.current_cohorts)))
        if row.dropped_out_here:
            parts.append(self.tr("left this cohort before"))
        return " · ".join(parts)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        participant_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.checked[participant_id] = item.text().split("  (")[0]
        else:
            self.checked.pop(participant_id, None)
        self._update_chosen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Down in the search field goes to the list (tick there with Space).
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.list.count()
        ):
            self.list.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _update_chosen(self) -> None:
        if not self.checked:
            self.chosen.setText(
                self.tr(
                    "Tick the participants to enrol: Down goes to the list, Space ticks, "
                    "Enter enrols."
                )
            )
        else:
            names = "; ".join(sorted(self.checked.values()))
            self.chosen.setText(
                self.tr("%n chosen: %1", "", len(self.checked)).replace("%1", names)
            )

    def _on_tab_changed(self, index: int) -> None:
        self.clear_errors()
        (self.search if index == self.EXISTING else self.first_name).setFocus()

    # filling and reading -------------------------------------------------------------
    def check(self, participant_ids: Iterable[str]) -> None:
        """Tick these participants (those shown in the list)."""
        wanted = set(participant_ids)
        for number in range(self.list.count()):
            item = self.list.item(number)
            if item.data(ID_ROLE) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def fill_new(
        self, first_name: str, last_name: str, name_particle: str = "", date_of_birth: str = ""
    ) -> None:
        """Fill the 'New participant' tab and switch to it."""
        self.tabs.setCurrentIndex(self.NEW)
        self.first_name.setText(first_name)
        self.name_particle.setText(name_particle)
        self.last_name.setText(last_name)
        self.date_of_birth.setText(date_of_birth)

    def collect(self) -> tuple[EnrolRequest, list[FieldError]]:
        errors: list[FieldError] = []
        start = read_date(self.start, "start_date", errors, required=True)
        if self.tabs.currentIndex() == self.EXISTING:
            return EnrolRequest(start, participant_ids=tuple(self.checked)), errors
        birth = read_date(self.date_of_birth, "date_of_birth", errors)
        data = ParticipantInput(
            first_name=self.first_name.text(),
            name_particle=self.name_particle.text(),
            last_name=self.last_name.text(),
            date_of_birth=birth,
        )
        if errors:
            # Say everything at once: what could not be read and what the rules refuse.
            unreadable = {e.field for e in errors}
            errors += [e for e in validate(data) if e.field not in unreadable]
        return EnrolRequest(start, new_participant=data), errors
