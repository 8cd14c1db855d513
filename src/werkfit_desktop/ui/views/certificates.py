"""Certificaten: every exam and certificate with its state (geldig, verloopt binnenkort,
verlopen, gepland, gezakt), filtered by type, cohort, state and typed text; record, edit and
delete exams (undoable), attach and open diploma scans, edit the catalogue of types and the
'expiring soon' window.

Dialogs go through `run_dialog`, files through `choose_file` / `open_file`, messages
through `show_error` and the window question through `ask_window_days`, so tests can
answer them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.certificate_state import CertificateState
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import certificates as service
from werkfit_desktop.services.certificate_overview import OverviewFilter
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.cohorts import list_cohorts
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.certificate_commands import CertificateActions
from werkfit_desktop.ui.dialogs.certificate_types import CertificateTypesDialog
from werkfit_desktop.ui.dialogs.cohort_forms import translate_error
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_number
from werkfit_desktop.ui.item_models.certificates import (
    ROW_ROLE,
    CertificateOverviewModel,
    DeleteKey,
    StateChipDelegate,
    shortcut,
)
from werkfit_desktop.ui.item_models.exports import certificates_table
from werkfit_desktop.ui.labels_certificates import (
    expiry_window_days,
    set_expiry_window_days,
    state_label,
)
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.tasks import TaskRunner
from werkfit_desktop.ui.widgets.table_export import ExportButton, as_shown


class CertificatesView(QWidget):
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
        self.db, self.events, self.undo_stack, self.settings = db, events, undo_stack, settings
        self.tasks = tasks
        self.today = dt.date.today  # tests may pin the day
        self.actions = CertificateActions(self, db, events, undo_stack)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, number, certificate, diploma..."))
        self.search.setClearButtonEnabled(True)
        self.type_filter = QComboBox()
        self.cohort_filter = QComboBox()
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All states"), None)
        for state in CertificateState:
            self.state_filter.addItem(state_label(state), state)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("Type"), self.type_filter),
            (self.tr("Cohort"), self.cohort_filter),
            (self.tr("State"), self.state_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)

        self.record_button = QPushButton(self.tr("Record exam/certificate..."))
        self.edit_button = QPushButton(self.tr("Edit..."))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.scan_button = QPushButton(self.tr("Add diploma scan..."))
        self.open_scan_button = QPushButton(self.tr("Open scan"))
        self.types_button = QPushButton(self.tr("Certificate types..."))
        self.window_button = QPushButton(self.tr("'Expiring soon' window..."))
        actions = QHBoxLayout()
        for button, slot in (
            (self.record_button, self.record),
            (self.edit_button, self.edit_current),
            (self.delete_button, self.delete_current),
            (self.scan_button, self.attach_scan),
            (self.open_scan_button, self.open_scan),
        ):
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        for button, slot in (
            (self.types_button, self.edit_types),
            (self.window_button, self.change_window),
        ):
            button.clicked.connect(slot)
            actions.addWidget(button)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        # Lazy: the lines are fetched a page at a time, sorted and filtered in SQL (the table
        # shows the model itself; `proxy` is the name the callers know it by).
        self.model = CertificateOverviewModel(db, parent=self)
        self.proxy = self.model
        self._kept_id: str | None = None
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.reordered.connect(self._after_reorder)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Column widths from the rows on screen and a few more, not from every fetched row.
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        self.table.setItemDelegateForColumn(self.model.column_of("state"), StateChipDelegate(self))
        self.table.activated.connect(lambda _index: self.edit_current())  # double-click, Enter
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        # The export sits by the count it writes out (the actions row is full on a laptop).
        self.export_button = ExportButton(self.export_table, settings, self)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.export_button)
        layout.addLayout(summary_row)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.type_filter, self.cohort_filter, self.state_filter):
            combo.currentIndexChanged.connect(self.refresh)
        shortcut(
            QKeySequence.StandardKey.Find,
            self,
            self._focus_search,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._delete_key = DeleteKey(self.table, self.delete_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.events.changed.connect(self.on_data_changed)
        self.load_filters()
        self.refresh()

    # ------------------------------------------------------------ data

    def window_days(self) -> int:
        return expiry_window_days(self.settings)

    def load_filters(self) -> None:
        for combo, all_text, items in (
            (
                self.type_filter,
                self.tr("All types"),
                [(t.name, t.id) for t in service.list_types(self.db)],
            ),
            (
                self.cohort_filter,
                self.tr("All cohorts"),
                [(c.code, c.id) for c in list_cohorts(self.db, today=self.today())],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def refresh(self) -> None:
        today, window = self.today(), self.window_days()
        selected = self.current_id()
        self.model.set_filters(
            OverviewFilter(
                today,
                window,
                type_id=self.type_filter.currentData(),
                cohort_id=self.cohort_filter.currentData(),
                state=self.state_filter.currentData(),
                search=self.search.text(),
            )
        )
        self.table.resizeColumnsToContents()  # to the first page's contents
        counts, total = self.model.counts, self.model.total()
        parts = [
            f"<b>{format_number(n)}</b> {state_label(state).lower()}"
            for state, n in counts.items()
            if n
        ]
        self.summary.setText(
            self.tr("%n certificate(s)", "", total)
            + (": " + " · ".join(parts) if parts else "")
            + "  —  "
            + self.tr("'expiring soon': within %1 days").replace("%1", format_number(window))
        )
        if total:
            self.stack.setCurrentWidget(self.table)
        else:
            filtered = bool(
                self.search.text().strip()
                or self.type_filter.currentData()
                or self.cohort_filter.currentData()
                or self.state_filter.currentData()
            )
            self.empty.setText(
                self.tr("No certificate matches these filters. Clear the search or choose 'All'.")
                if filtered
                else self.tr(
                    "No exams or certificates yet. Use 'Record exam/certificate...' to plan an "
                    "exam or record a result."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        self.select(selected)
        self._update_buttons()

    def on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("certificate_types", "cohorts", "enrolments"):
            self.load_filters()
        if changes.touches(
            "certificates", "certificate_types", "participants", "documents", "enrolments"
        ):
            self.refresh()

    def export_table(self):
        """The certificates with the current filters (all, also those not fetched yet), in
        the order the table shows them."""
        table = certificates_table(self.model, self.model.all_lines(), self.tr("Certificates"))
        return as_shown(self.table, table)

    # ------------------------------------------------------------ selection

    def current_row(self):
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_id(self) -> str | None:
        row = self.current_row()
        return row.id if row else None

    def select(self, certificate_id: str | None) -> None:
        """Select the certificate (fetching the pages up to it) if the filters show it."""
        position = self.model.position_of(certificate_id)
        if position is None:
            return
        self.model.fetch_up_to(position)
        if position < self.model.rowCount():
            self.table.selectRow(position)
            self.table.setCurrentIndex(self.model.index(position, 0))

    def _keep_selection(self) -> None:
        self._kept_id = self.current_id()

    def _after_reorder(self) -> None:
        """Sorted on a column: the same certificate stays selected."""
        self.select(self._kept_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        for button in (self.edit_button, self.delete_button, self.scan_button):
            button.setEnabled(row is not None)
        self.open_scan_button.setEnabled(bool(row and row.has_scan))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------ actions

    def record(self) -> None:
        certificate_id = self.actions.record(self.run_dialog)
        if certificate_id:
            self.select(certificate_id)

    def edit_current(self) -> None:
        if self.current_id():
            self.actions.edit(self.run_dialog, self.current_id())

    def delete_current(self) -> None:
        if self.current_id():
            self.actions.delete(self.current_id())

    def attach_scan(self) -> None:
        certificate_id = self.current_id()
        if not certificate_id:
            return
        path = self.choose_file()
        if path is None:
            return
        try:
            self.actions.attach_scan(certificate_id, path)
        except ValidationFailed as failed:
            self.show_error("\n".join(translate_error(e) for e in failed.errors))

    def open_scan(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            path = self.actions.scan_file(row.id)
        except OSError as exc:
            self.show_error(str(exc))
            return
        if path is None:
            self.show_error(self.tr("This certificate has no diploma scan yet."))
        elif not self.open_file(path):
            self.show_error(self.tr("No program was found to open %1.").replace("%1", str(path)))

    def edit_types(self) -> None:
        self.run_dialog(CertificateTypesDialog(self.db, self.events, self.undo_stack, self))

    def change_window(self) -> None:
        days = self.ask_window_days(self.window_days())
        if days is not None:
            set_expiry_window_days(self.settings, days)
            self.refresh()

    # ------------------------------------------------------------ replaceable in tests

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add the diploma scan"),
            "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )
        return Path(name) if name else None

    def open_file(self, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Certificates"), text)

    def ask_window_days(self, current: int) -> int | None:
        days, ok = QInputDialog.getInt(
            self,
            self.tr("'Expiring soon' window"),
            self.tr("A certificate counts as 'expiring soon' this many days before it expires:"),
            current,
            0,
            3650,
        )
        return days if ok else None
