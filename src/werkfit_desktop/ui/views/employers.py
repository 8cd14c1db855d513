"""The Werkgevers area: the employer list (search-as-you-type, sector filter) on the left;
on the right the employer's details, contact persons and the meeloop- and praktijkdagen
held there: who, how often and how they went (scores in colour, averages, comments)."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import employers as service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.placement_days import days_for_employer
from werkfit_desktop.ui.dialogs import employer_actions, placement_day_actions
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.employers import (
    ID_ROLE,
    RowsModel,
    day_columns,
    employer_columns,
    participant_summary_columns,
    sorted_view,
)
from werkfit_desktop.ui.labels_employers import point_names, score_colour, score_text
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.tasks import TaskRunner


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class EmployersView(QWidget):
    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack = db, events, undo_stack
        self.settings, self.tasks = settings, tasks
        self.current_id: str | None = None

        # list side
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, city or sector (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh_list())
        self.sector = QComboBox()
        self.sector.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.new_button = QPushButton(self.tr("New employer"))
        self.new_button.setToolTip(self.tr("Add an employer (Ctrl+N)"))
        self.new_button.clicked.connect(self.on_new)
        self.model = RowsModel(employer_columns(), self)
        self.proxy = sorted_view(self.model, self)
        self.table = _table(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.list_empty = QLabel()
        self.list_empty.setObjectName("emptyState")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.list_empty)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Sector:")))
        filters.addWidget(self.sector, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.count_label)

        # detail side
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.info.setOpenExternalLinks(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.edit_button.clicked.connect(self.on_edit)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.on_delete)
        self.record_button = QPushButton(self.tr("&Record practice day..."))
        self.record_button.clicked.connect(self.on_record_day)
        actions = QHBoxLayout()
        actions.addWidget(self.title, 1)
        for button in (self.record_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        self.days_heading = QLabel(self.tr("Practice and shadowing days here"))
        self.days_heading.setObjectName("sectionTitle")
        self.days_heading.setStyleSheet("font-weight: 600; margin-top: 6px;")
        self.days_summary = QLabel()
        self.days_summary.setWordWrap(True)
        self.people_model = RowsModel(participant_summary_columns(), self)
        self.people_table = _table(sorted_view(self.people_model, self))
        self.people_table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.days_model = RowsModel(day_columns(show_participant=True), self)
        self.days_proxy = sorted_view(self.days_model, self)
        self.days_table = _table(self.days_proxy)
        self.days_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.days_table.doubleClicked.connect(lambda _i: self.on_edit_day())
        self.days_table.activated.connect(lambda _i: self.on_edit_day())
        self.days_tabs = QTabWidget()
        self.days_tabs.addTab(self.people_table, self.tr("Per participant"))
        self.days_tabs.addTab(self.days_table, self.tr("All days"))
        self.days_empty = QLabel()
        self.days_empty.setObjectName("emptyState")
        self.days_empty.setWordWrap(True)
        self.days_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.days_stack = QStackedWidget()
        self.days_stack.addWidget(self.days_tabs)
        self.days_stack.addWidget(self.days_empty)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.info)
        detail_layout.addWidget(self.days_heading)
        detail_layout.addWidget(self.days_summary)
        detail_layout.addWidget(self.days_stack, 1)
        self.nothing = QLabel(
            self.tr("Choose an employer on the left, or add one with 'New employer'.")
        )
        self.nothing.setObjectName("emptyState")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.nothing)
        self.detail_stack.addWidget(detail)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 780])
        state = settings.state("employers/splitter")
        if state:
            self.splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.on_new)
        QShortcut(QKeySequence.StandardKey.Delete, self.days_table, self.on_remove_day)
        events.changed.connect(self.on_data_changed)
        self.refresh_sectors()
        self.refresh_list()

    # state
    def save_state(self) -> None:
        self.settings.set_state("employers/splitter", self.splitter.saveState())

    def on_data_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches("employers", "placement_days", "participants"):
            self.refresh_sectors()
            self.refresh_list()

    # list
    def refresh_sectors(self) -> None:
        current = self.sector.currentData()
        self.sector.blockSignals(True)
        self.sector.clear()
        self.sector.addItem(self.tr("All sectors"), None)
        for name in service.sectors(self.db):
            self.sector.addItem(name, name)
        self.sector.setCurrentIndex(max(self.sector.findData(current), 0))
        self.sector.blockSignals(False)

    def refresh_list(self) -> None:
        rows = service.list_employers(self.db, self.search.text(), self.sector.currentData())
        keep = self.current_id
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n employer(s)", "", len(rows)))
        if rows:
            self.list_stack.setCurrentWidget(self.table)
        else:
            filtered = bool(self.search.text().strip() or self.sector.currentData())
            self.list_empty.setText(
                self.tr("No employer matches. Clear the search or the sector filter.")
                if filtered
                else self.tr("No employers yet. Add the first one with 'New employer' (Ctrl+N).")
            )
            self.list_stack.setCurrentWidget(self.list_empty)
        ids = [r.id for r in rows]
        self.select_employer(keep if keep in ids else None)

    def select_employer(self, employer_id: str | None) -> None:
        """Open an employer in the detail pane (and select it in the list)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == employer_id:
                self.table.setCurrentIndex(index)
                break
        self.show_employer(employer_id)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        employer_id = current.data(ID_ROLE) if current.isValid() else None
        if employer_id != self.current_id:
            self.show_employer(employer_id)

    # detail
    def show_employer(self, employer_id: str | None) -> None:
        self.current_id = employer_id
        if employer_id is None:
            self.detail_stack.setCurrentWidget(self.nothing)
            return
        data = service.get_employer(self.db, employer_id).data
        self.title.setText(data.name)
        self.info.setText(self._info_html(data))
        result = days_for_employer(self.db, employer_id)
        self.people_model.set_rows(result.participants)
        self.days_model.set_rows(result.days)
        for table in (self.people_table, self.days_table):
            table.resizeColumnsToContents()
        comment = self.days_model.columnCount() - 1  # the employer's comment takes the rest
        self.days_table.horizontalHeader().setSectionResizeMode(
            comment, QHeaderView.ResizeMode.Stretch
        )
        summary = result.summary
        if summary.days:
            averages = " · ".join(
                f"{name} <b style='background:{score_colour(value).name()}'>&nbsp;"
                f"{score_text(value)}&nbsp;</b>"
                for name, value in zip(point_names(), summary.averages, strict=True)
                if value is not None
            )
            self.days_summary.setText(
                self.tr("%n participant(s)", "", summary.participants)
                + " · "
                + self.tr("%n day(s)", "", summary.days)
                + " · "
                + self.tr("%1 hours").replace("%1", score_text(summary.hours))
                + "<br>"
                + self.tr("Average:")
                + " "
                + averages
            )
            self.days_stack.setCurrentWidget(self.days_tabs)
        else:
            self.days_summary.setText("")
            self.days_empty.setText(
                self.tr("No days here yet. Record one with 'Record practice day...'.")
            )
            self.days_stack.setCurrentWidget(self.days_empty)
        self.detail_stack.setCurrentIndex(1)

    def _info_html(self, data) -> str:
        e = html.escape
        sector, address_label = self.tr("Sector"), self.tr("Address")
        reach_label, notes_label = self.tr("Phone / e-mail"), self.tr("Notes")
        contacts_label = self.tr("Contact persons")
        lines = []
        if data.sector:
            lines.append(f"<b>{e(sector)}:</b> {e(data.sector)}")
        place = " ".join(p for p in (data.postcode, data.city) if p)
        address = ", ".join(p for p in (data.street, place) if p)
        if address:
            lines.append(f"<b>{e(address_label)}:</b> {e(address)}")
        reach = []
        if data.phone:
            reach.append(e(data.phone))
        if data.email:
            reach.append(f"<a href='mailto:{e(data.email)}'>{e(data.email)}</a>")
        if reach:
            lines.append(f"<b>{e(reach_label)}:</b> " + " · ".join(reach))
        if data.notes:
            lines.append(f"<b>{e(notes_label)}:</b> " + e(data.notes).replace("\n", "<br>"))
        if data.contacts:
            people = []
            for c in data.contacts:
                first = f"<b>{e(c.name)}</b>" + (f" ({e(c.role)})" if c.role else "")
                people.append(" · ".join([first, *(e(p) for p in (c.phone, c.email) if p)]))
            lines.append(f"<b>{e(contacts_label)}:</b><br>" + "<br>".join(people))
        else:
            empty = self.tr("No contact persons yet; add them with Edit.")
            lines.append(f"<i>{e(empty)}</i>")
        return "<br>".join(lines)

    # actions
    def on_new(self) -> None:
        new_id = employer_actions.new_employer(self, self.db, self.events, self.undo_stack)
        if new_id:
            self.search.clear()
            self.sector.setCurrentIndex(0)
            self.select_employer(new_id)

    def on_edit(self) -> None:
        if self.current_id:
            employer_actions.edit_employer(
                self, self.db, self.events, self.undo_stack, self.current_id
            )

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete employer"),
            self.tr(
                "Delete %1? Its practice days stay with the participants. Undo with Ctrl+Z."
            ).replace("%1", name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def on_delete(self) -> None:
        if self.current_id and self.confirm_delete(self.title.text()):
            employer_actions.delete_employer(self.db, self.events, self.undo_stack, self.current_id)

    def on_record_day(self) -> None:
        placement_day_actions.record_day(
            self, self.db, self.events, self.undo_stack, employer_id=self.current_id
        )

    def current_day_id(self) -> str | None:
        index = self.days_table.currentIndex()
        if not index.isValid():
            return None
        return self.days_proxy.index(index.row(), 0).data(ID_ROLE)

    def on_edit_day(self) -> None:
        day_id = self.current_day_id()
        if day_id:
            placement_day_actions.edit_day(self, self.db, self.events, self.undo_stack, day_id)

    def on_remove_day(self) -> None:
        day_id = self.current_day_id()
        if day_id:
            placement_day_actions.remove_day(self.db, self.events, self.undo_stack, day_id)
