"""The Groepen area: cohorts (list with filter and search, the cohort page) and programmes
(list, the programme with its modules, the editor, copying)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import cohorts as cohort_service
from werkfit_desktop.services import programmes as programme_service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.cohorts import CohortInput, CohortRow, CohortState
from werkfit_desktop.services.programmes import ProgrammeInput
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.cohort_editor import CohortDialog
from werkfit_desktop.ui.dialogs.programme_editor import ProgrammeEditorDialog
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.cohorts import (
    C_PERIOD,
    P_NAME,
    CohortTableModel,
    ProgrammeTableModel,
)
from werkfit_desktop.ui.labels_certificates import expiry_window_days
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.tasks import TaskRunner
from werkfit_desktop.ui.views.cohort_page import CohortPanel
from werkfit_desktop.ui.views.programme_page import ProgrammePanel

# What the cohort filter shows: (source text, states)
FILTERS = (
    (
        QT_TRANSLATE_NOOP("CohortsView", "Running and planned"),
        {CohortState.RUNNING, CohortState.PLANNED},
    ),
    (QT_TRANSLATE_NOOP("CohortsView", "Running"), {CohortState.RUNNING}),
    (QT_TRANSLATE_NOOP("CohortsView", "Planned"), {CohortState.PLANNED}),
    (QT_TRANSLATE_NOOP("CohortsView", "Finished"), {CohortState.FINISHED}),
    (QT_TRANSLATE_NOOP("CohortsView", "All"), set(CohortState)),
)
RELEVANT = (
    "cohorts",
    "enrolments",
    "programmes",
    "participants",
    "sessions",
    "attendance",
    "certificates",
    "certificate_types",
    "placement_days",
    "phases",
    "outcomes",
)


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _empty_label() -> QLabel:
    label = QLabel()
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class CohortsView(QWidget):
    participant_requested = Signal(str)
    """Open this participant (id) in the Deelnemers area."""

    COHORTS_TAB, PROGRAMMES_TAB = 0, 1

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack, self.settings = db, events, undo_stack, settings
        self.tasks = tasks
        self.today = today  # what 'today' is (tests fix it to the demo's day)
        self._stale = False
        self._rows: list[CohortRow] = []
        self.current_programme_id: str | None = None

        # cohorts tab
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, programme or place (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.filter = QComboBox()
        for text, _states in FILTERS:
            self.filter.addItem(QCoreApplication.translate("CohortsView", text))
        self.filter.setToolTip(self.tr("Which cohorts to show"))
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.new_cohort_button = QPushButton(self.tr("&New cohort..."))
        self.new_cohort_button.setToolTip(self.tr("Create a cohort of a programme (Ctrl+Shift+N)"))
        self.new_cohort_button.clicked.connect(lambda: self.new_cohort())
        self.cohort_model = CohortTableModel(self)
        self.cohort_table = _table(self.cohort_model)
        self.cohort_table.sortByColumn(C_PERIOD, Qt.SortOrder.DescendingOrder)
        self.cohort_table.selectionModel().currentRowChanged.connect(self._on_cohort_row)
        # Enter on a cohort moves on to its participants.
        self.cohort_table.activated.connect(lambda _index: self.panel.table.setFocus())
        self.cohort_empty = _empty_label()
        self.cohort_stack = QStackedWidget()
        self.cohort_stack.addWidget(self.cohort_table)
        self.cohort_stack.addWidget(self.cohort_empty)
        self.cohort_count = QLabel()
        self.cohort_count.setObjectName("countLabel")
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.cohort_count)
        top.addWidget(self.new_cohort_button)
        cohorts_tab = QWidget()
        cohorts_layout = QVBoxLayout(cohorts_tab)
        cohorts_layout.setContentsMargins(6, 6, 6, 6)
        cohorts_layout.addLayout(top)
        cohorts_layout.addWidget(self.cohort_stack, 1)

        # programmes tab
        self.programme_model = ProgrammeTableModel(self)
        self.programme_table = _table(self.programme_model)
        self.programme_table.sortByColumn(P_NAME, Qt.SortOrder.AscendingOrder)
        self.programme_table.horizontalHeader().setStretchLastSection(False)
        self.programme_table.horizontalHeader().setSectionResizeMode(
            P_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.programme_table.selectionModel().currentRowChanged.connect(self._on_programme_row)
        self.programme_table.doubleClicked.connect(lambda _i: self.edit_programme())
        self.programme_empty = _empty_label()
        self.programme_empty.setText(
            self.tr("There are no programmes yet.\nCreate one with 'New programme'.")
        )
        self.programme_stack = QStackedWidget()
        self.programme_stack.addWidget(self.programme_table)
        self.programme_stack.addWidget(self.programme_empty)
        self.new_programme_button = QPushButton(self.tr("New &programme..."))
        self.new_programme_button.clicked.connect(self.new_programme)
        self.copy_programme_button = QPushButton(self.tr("C&opy programme..."))
        self.copy_programme_button.setToolTip(
            self.tr("Start a variant: a copy with the same modules")
        )
        self.copy_programme_button.clicked.connect(self.copy_programme)
        programme_buttons = QHBoxLayout()
        programme_buttons.addStretch(1)
        programme_buttons.addWidget(self.copy_programme_button)
        programme_buttons.addWidget(self.new_programme_button)
        programmes_tab = QWidget()
        programmes_layout = QVBoxLayout(programmes_tab)
        programmes_layout.setContentsMargins(6, 6, 6, 6)
        programmes_layout.addLayout(programme_buttons)
        programmes_layout.addWidget(self.programme_stack, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(cohorts_tab, self.tr("Cohorts"))
        self.tabs.addTab(programmes_tab, self.tr("Programmes"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        # right side
        self.panel = CohortPanel(db, events, undo_stack, lambda: self.today(), self)
        self.panel.expiry_window = lambda: expiry_window_days(settings)
        self.panel.tasks = tasks
        self.panel.participant_requested.connect(self.participant_requested)
        self.programme_panel = ProgrammePanel(self)
        self.programme_panel.edit_requested.connect(self.edit_programme)
        self.programme_panel.new_cohort_requested.connect(
            lambda: self.new_cohort(self.current_programme_id)
        )
        self.no_selection = _empty_label()
        self.detail_stack = QStackedWidget()
        for widget in (self.no_selection, self.panel, self.programme_panel):
            self.detail_stack.addWidget(widget)

        # The list on top, the page below it at full width: the cohort page's table needs it.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        state = settings.state("cohorts/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([230, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        # Active while the Groepen area is on screen (Ctrl+N belongs to the main window).
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, lambda: self.new_cohort())
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.events.changed.connect(self.on_data_changed)
        self.refresh()

    # lists -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self._rows = cohort_service.list_cohorts(self.db, today=self.today())
        self._apply_filter()
        programme_rows = programme_service.list_programmes(self.db)
        self.programme_model.set_rows(programme_rows)
        self.programme_stack.setCurrentWidget(
            self.programme_table if programme_rows else self.programme_empty
        )
        self.copy_programme_button.setEnabled(bool(programme_rows))
        if self.current_programme_id and self.programme_model.row_of(self.current_programme_id) < 0:
            self.current_programme_id = None
        self._select(self.programme_table, self.programme_model, self.current_programme_id)
        if self.tabs.currentIndex() == self.PROGRAMMES_TAB:
            self._show_programme(self.current_programme_id)
        elif self.panel.cohort_id is not None:
            self.panel.refresh()
            if self.panel.page is None:
                self.detail_stack.setCurrentWidget(self.no_selection)
        self._update_no_selection()

    def _apply_filter(self, *_args) -> None:
        states = FILTERS[max(0, self.filter.currentIndex())][1]
        words = fold(self.search.text()).split()
        rows = [
            r
            for r in self._rows
            if r.state in states
            and all(
                w
                in fold(" ".join((r.code, r.programme_name, r.organisation_name, r.location or "")))
                for w in words
            )
        ]
        self.cohort_model.set_rows(rows)
        self.cohort_stack.setCurrentWidget(self.cohort_table if rows else self.cohort_empty)
        if not self._rows:
            self.cohort_empty.setText(
                self.tr(
                    "There are no cohorts yet.\nCreate one with 'New cohort' (Ctrl+Shift+N); "
                    "a cohort is a run of a programme."
                )
            )
        elif not rows:
            self.cohort_empty.setText(
                self.tr("No cohort matches. Choose 'All' or change the search.")
            )
        self.cohort_count.setText(
            self.tr("%1 of %2 cohorts")
            .replace("%1", str(len(rows)))
            .replace("%2", str(len(self._rows)))
        )
        self._select(self.cohort_table, self.cohort_model, self.panel.cohort_id)

    def _select(self, table: QTableView, model, row_id: str | None) -> None:
        selection = table.selectionModel()
        selection.blockSignals(True)
        try:
            row = model.row_of(row_id) if row_id else -1
            if row >= 0:
                index = model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                table.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            selection.blockSignals(False)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.COHORTS_TAB)
        self.search.setFocus()
        self.search.selectAll()

    def select_cohort(self, cohort_id: str) -> None:
        """Show this cohort's page (and make it visible in the list when it is filtered)."""
        self.tabs.setCurrentIndex(self.COHORTS_TAB)
        if self.cohort_model.row_of(cohort_id) < 0:
            self.search.clear()
            self.filter.setCurrentIndex(len(FILTERS) - 1)
        self.panel.show_cohort(cohort_id)
        self.detail_stack.setCurrentWidget(self.panel)
        self._select(self.cohort_table, self.cohort_model, cohort_id)

    def select_cohort_row(self, row: int) -> None:
        self.cohort_table.selectRow(row)

    def _on_cohort_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.panel.show_cohort(self.cohort_model.row_id(current.row()))
            self.detail_stack.setCurrentWidget(self.panel)

    def _on_programme_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_programme(self.programme_model.row_id(current.row()))

    def _on_tab_changed(self, index: int) -> None:
        if index == self.PROGRAMMES_TAB:
            if self.current_programme_id is None and self.programme_model.rowCount():
                self.programme_table.selectRow(0)
            self._show_programme(self.current_programme_id)
        elif self.panel.cohort_id is not None and self.panel.page is not None:
            self.detail_stack.setCurrentWidget(self.panel)
        else:
            self.detail_stack.setCurrentWidget(self.no_selection)
        self._update_no_selection()

    def _show_programme(self, programme_id: str | None) -> None:
        self.current_programme_id = programme_id
        if programme_id is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            return
        details = programme_service.get_programme(self.db, programme_id)
        organisations = {o.id: o.name for o in cohort_service.list_organisations(self.db)}
        self.programme_panel.show_programme(details, organisations.get(details.organisation_id))
        self.detail_stack.setCurrentWidget(self.programme_panel)

    def _update_no_selection(self) -> None:
        if self.tabs.currentIndex() == self.PROGRAMMES_TAB:
            self.no_selection.setText(self.tr("Choose a programme to see its modules."))
        else:
            self.no_selection.setText(
                self.tr("Choose a cohort in the list to see its participants and figures.")
            )

    # data changed elsewhere ------------------------------------------------------------
    def on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.touches(*RELEVANT):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if self.panel.cohort_id is None and self.tabs.currentIndex() == self.COHORTS_TAB:
            running = next(
                (r for r in self.cohort_model.rows() if r.state is CohortState.RUNNING), None
            )
            if running is not None:
                self.select_cohort(running.id)

    def save_state(self) -> None:
        self.settings.set_state("cohorts/splitter", self.splitter.saveState())

    # writing ---------------------------------------------------------------------------
    def publish(self, changes: Changes) -> None:
        self.events.publish(changes, self)

    def _push(self, text: str, undo, redo) -> None:
        self.panel.push(text, undo, redo)

    def new_cohort(self, programme_id: str | None = None) -> None:
        programmes = programme_service.list_programmes(self.db)
        if not programmes:
            self.panel.show_warning(
                self.tr("Create a programme first (tab Programmes): a cohort is a run of one.")
            )
            return
        if programme_id is None and self.panel.page is not None:
            programme_id = self.panel.page.header.programme_id
        today = self.today()
        start = today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)  # next Monday
        initial = CohortInput(
            code="", programme_id=programme_id, organisation_id=None, start_date=start
        )

        def submit(data: CohortInput) -> str:
            new_id, changes = cohort_service.create_cohort(self.db, data)
            self._push(
                self.tr("New cohort %1").replace("%1", data.code.strip()),
                lambda: cohort_service.set_cohort_deleted(self.db, new_id, True),
                lambda: cohort_service.set_cohort_deleted(self.db, new_id, False),
            )
            self.publish(changes)
            return new_id

        dialog = CohortDialog(
            programmes,
            cohort_service.list_organisations(self.db),
            lambda pid, day: cohort_service.suggest_cohort_code(self.db, pid, day),
            submit,
            initial=initial,
            parent=self,
        )
        self.ask_new_cohort(dialog)
        if dialog.result_value:
            self.select_cohort(dialog.result_value)

    def ask_new_cohort(self, dialog: CohortDialog) -> None:
        """Run the new-cohort dialog (tests replace this)."""
        dialog.exec()

    def _programme_dialog(self, submit, initial: ProgrammeInput | None, counts=None):
        return ProgrammeEditorDialog(
            programme_service.list_certificate_types(self.db),
            cohort_service.list_organisations(self.db),
            submit,
            initial=initial,
            session_counts=counts,
            parent=self,
        )

    def new_programme(self) -> None:
        def submit(data: ProgrammeInput) -> str:
            new_id, changes = programme_service.save_programme(self.db, None, data)
            self._push(
                self.tr("New programme %1").replace("%1", data.name.strip()),
                lambda: programme_service.set_programme_deleted(self.db, new_id, True),
                lambda: programme_service.set_programme_deleted(self.db, new_id, False),
            )
            self.current_programme_id = new_id
            self.publish(changes)
            return new_id

        dialog = self._programme_dialog(submit, None)
        self.ask_programme(dialog)
        if dialog.result_value:
            self.show_programme_tab(dialog.result_value)

    def edit_programme(self) -> None:
        programme_id = self.current_programme_id
        if programme_id is None:
            return
        details = programme_service.get_programme(self.db, programme_id)
        before = details.as_input()

        def submit(data: ProgrammeInput) -> str:
            _id, changes = programme_service.save_programme(self.db, programme_id, data)
            after = programme_service.get_programme(self.db, programme_id).as_input()
            self._push(
                self.tr("Edit programme %1").replace("%1", after.name),
                lambda: programme_service.save_programme(self.db, programme_id, before)[1],
                lambda: programme_service.save_programme(self.db, programme_id, after)[1],
            )
            self.publish(changes)
            return programme_id

        counts = {m.id: m.session_count for m in details.modules}
        self.ask_programme(self._programme_dialog(submit, before, counts))

    def ask_programme(self, dialog: ProgrammeEditorDialog) -> None:
        """Run the programme editor (tests replace this)."""
        dialog.exec()

    def copy_programme(self) -> None:
        programme_id = self.current_programme_id
        if programme_id is None:
            if self.programme_model.rowCount() == 0:
                return
            self.tabs.setCurrentIndex(self.PROGRAMMES_TAB)
            programme_id = self.current_programme_id
            if programme_id is None:
                return
        details = programme_service.get_programme(self.db, programme_id)
        taken = {fold(r.name) for r in self.programme_model.rows()}
        name = self.tr("%1 (copy)").replace("%1", details.name)
        number = 2
        while fold(name) in taken:
            name = self.tr("%1 (copy %2)").replace("%1", details.name).replace("%2", str(number))
            number += 1
        while True:
            new_name = self.ask_copy_name(details.name, name)
            if new_name is None:
                return
            try:
                new_id, changes = programme_service.copy_programme(self.db, programme_id, new_name)
            except ValidationFailed as failed:
                self.panel.report_refused(failed)
                name = new_name
                continue
            break
        self._push(
            self.tr("Copy programme %1").replace("%1", details.name),
            lambda: programme_service.set_programme_deleted(self.db, new_id, True),
            lambda: programme_service.set_programme_deleted(self.db, new_id, False),
        )
        self.current_programme_id = new_id
        self.publish(changes)
        self.show_programme_tab(new_id)

    def ask_copy_name(self, source_name: str, proposal: str) -> str | None:
        """The name of the copy, or None when cancelled (tests replace this)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Copy programme"),
            self.tr("Name of the copy of '%1' (modules are copied too):").replace(
                "%1", source_name
            ),
            QLineEdit.EchoMode.Normal,
            proposal,
        )
        return text if ok else None

    def show_programme_tab(self, programme_id: str) -> None:
        self.tabs.setCurrentIndex(self.PROGRAMMES_TAB)
        self.current_programme_id = programme_id
        self._select(self.programme_table, self.programme_model, programme_id)
        self._show_programme(programme_id)
