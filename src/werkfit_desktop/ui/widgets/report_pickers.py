"""What a report is about: one participant (search as you type) or one cohort with a choice
of its members. Used by the Reports area."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.cohort_page import cohort_page
from werkfit_desktop.services.cohorts import CohortState, list_cohorts
from werkfit_desktop.services.participants import search_participants
from werkfit_desktop.ui.item_models.cohorts import cohort_label

SHOWN_AT_MOST = 200  # a search narrows a long list; nobody scrolls through 5,000 names


class ParticipantPicker(QWidget):
    """A search field over a list of participants; `chosen` carries the id (or '')."""

    chosen = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or participant number"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Participants"))
        self.more = QLabel()
        self.more.setObjectName("muted")
        self.more.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._first)
        self.list.currentItemChanged.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        keep = self.participant_id()
        rows = search_participants(self.db, self.search.text(), limit=SHOWN_AT_MOST + 1)
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows[:SHOWN_AT_MOST]:
            born = format_date(row.date_of_birth)
            text = f"{row.name}  ·  {row.number}" + (f"  ·  {born}" if born else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
            if row.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if len(rows) > SHOWN_AT_MOST:
            self.more.setText(
                self.tr("Only the first %1 are shown: type more of the name.").replace(
                    "%1", str(SHOWN_AT_MOST)
                )
            )
        elif not rows:
            self.more.setText(
                self.tr("No participant matches “%1”.").replace("%1", self.search.text().strip())
                if self.search.text().strip()
                else self.tr("There are no participants yet.")
            )
        else:
            self.more.setText("")
        if self.participant_id() != keep:
            self.chosen.emit(self.participant_id())

    def participant_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def select(self, participant_id: str) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == participant_id:
                self.list.setCurrentItem(item)
                return

    def _first(self) -> None:
        if self.list.count() and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _changed(self, _current, _previous) -> None:
        self.chosen.emit(self.participant_id())


class CohortPicker(QWidget):
    """A cohort, and (optionally) which of its members: all are ticked at first."""

    chosen = Signal(str)

    def __init__(self, db: Database, with_members: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.with_members = with_members
        self.today = None  # set by the owner: a callable giving today's date
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Cohort"))
        self.combo.setMinimumContentsLength(30)
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Participants in the report"))
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.count = QLabel()
        self.all_button = QPushButton(self.tr("&All"))
        self.none_button = QPushButton(self.tr("&None"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.summary)
        layout.addWidget(self.members, 1)
        layout.addLayout(buttons)
        if not with_members:
            layout.addStretch(1)
        for widget in (self.members, self.count, self.all_button, self.none_button):
            widget.setVisible(with_members)
        self.combo.currentIndexChanged.connect(self._cohort_changed)
        self.members.itemChanged.connect(lambda _item: self._show_count())
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))

    def refresh(self, today) -> None:
        keep = self.cohort_id()
        rows = list_cohorts(self.db, include_finished=True, today=today)
        order = {CohortState.RUNNING: 0, CohortState.FINISHED: 1, CohortState.PLANNED: 2}
        rows.sort(key=lambda row: (order.get(row.state, 3), -row.start_date.toordinal()))
        self._rows = {row.id: row for row in rows}
        self.combo.blockSignals(True)
        self.combo.clear()
        for row in rows:
            self.combo.addItem(
                f"{row.code} — {row.programme_name} ({cohort_label(row.state)})", row.id
            )
        index = self.combo.findData(keep) if keep else -1
        self.combo.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self.combo.blockSignals(False)
        self._cohort_changed()

    def cohort_id(self) -> str:
        data = self.combo.currentData()
        return str(data) if data else ""

    def select(self, cohort_id: str) -> None:
        index = self.combo.findData(cohort_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def chosen_participants(self) -> list[str]:
        """The ticked members' participant ids, in list order."""
        ids = []
        for index in range(self.members.count()):
            item = self.members.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def all_chosen(self) -> bool:
        return len(self.chosen_participants()) == self.members.count()

    def _cohort_changed(self, _index: int = 0) -> None:
        row = getattr(self, "_rows", {}).get(self.cohort_id())
        self.summary.setText(
            ""
            if row is None
            else self.tr("%1 – %2 · %3 participants, of whom %4 dropped out · %5")
            .replace("%1", format_date(row.start_date))
            .replace("%2", format_date(row.end_date) or "…")
            .replace("%3", str(row.total_count))
            .replace("%4", str(row.dropped_out_count))
            .replace("%5", row.organisation_name)
        )
        if self.with_members:
            self._fill_members()
        self.chosen.emit(self.cohort_id())

    def _fill_members(self) -> None:
        self.members.blockSignals(True)
        self.members.clear()
        cohort_id = self.cohort_id()
        if cohort_id:
            page = cohort_page(self.db, cohort_id)
            for member in page.members:
                text = f"{member.name}  ·  {member.number}"
                if member.dropped_out:
                    text += "  ·  " + self.tr("dropped out")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.participant_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.members.addItem(item)
        self.members.blockSignals(False)
        self._show_count()

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.members.blockSignals(True)
        for index in range(self.members.count()):
            self.members.item(index).setCheckState(state)
        self.members.blockSignals(False)
        self._show_count()
        self.chosen.emit(self.cohort_id())

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("%1 of %2 participants chosen")
            .replace("%1", str(len(self.chosen_participants())))
            .replace("%2", str(self.members.count()))
        )
        self.chosen.emit(self.cohort_id())
