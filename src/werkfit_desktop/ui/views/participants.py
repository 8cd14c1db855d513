"""The Deelnemers area: the participant list with search-as-you-type and the detail pane."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.participant_list import count_matching
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.participants import COL_NAME, ParticipantTableModel
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.warm_up import settle
from werkfit_desktop.ui.widgets.participant_form import ParticipantForm, _translate_validation
from werkfit_desktop.ui.widgets.scrolling import scrollable
from werkfit_desktop.ui.widgets.table_export import ExportButton, as_shown

if TYPE_CHECKING:
    from werkfit_desktop.persistence.session import Database

COLUMN_WIDTHS_KEY = "participants/column_widths"


class _OnFirstUse:
    """A module imported the first time one of its names is used: the list shows before
    the participant services (and SQLAlchemy under them) are loaded."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str):
        settle()  # not while the ORM is loading on its thread (ui/warm_up.py)
        return getattr(importlib.import_module(self._name), attribute)


service = _OnFirstUse("werkfit_desktop.services.participants")


class SaveParticipant(QUndoCommand):
    """Undoable save: undo writes the previous values back in a transaction of its own."""

    def __init__(self, view: ParticipantsView, participant_id: str, before, after, text: str):
        super().__init__(text)
        self._view, self._id, self._before, self._after = view, participant_id, before, after
        self._done = True  # the first redo is the save that already happened

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._view.apply_saved(
            self._id, service.update_participant(self._view.db, self._id, self._after)
        )

    def undo(self) -> None:
        self._view.apply_saved(
            self._id, service.update_participant(self._view.db, self._id, self._before)
        )


class CreateParticipant(QUndoCommand):
    def __init__(self, view: ParticipantsView, participant_id: str, text: str):
        super().__init__(text)
        self._view, self._id, self._done = view, participant_id, True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._view.apply_saved(
            self._id, service.set_participant_deleted(self._view.db, self._id, False)
        )

    def undo(self) -> None:
        self._view.apply_saved(None, service.set_participant_deleted(self._view.db, self._id, True))


class ParticipantsView(QWidget):
    participant_selected = Signal(str)
    """A participant was opened in the detail pane (its id)."""

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        parent: QWidget | None = None,
        load: bool = True,
    ) -> None:
        """`load=False`: the list stays empty until `refresh()` (a window made while the
        database file is still being checked)."""
        super().__init__(parent)
        self.db, self.events, self.undo_stack, self.settings = db, events, undo_stack, settings
        self.current_id: str | None = None
        self._total: int | None = None  # all participants, for "3 of 5,000" (kept per change)
        self._new_mode = False
        self._dirty = False

        # list side
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.on_search_changed)
        self.new_button = QPushButton(self.tr("New participant"))
        self.new_button.setToolTip(self.tr("Add a participant (Ctrl+N)"))
        self.new_button.clicked.connect(self.on_new)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.export_button = ExportButton(self.export_table, settings, self)

        self.model = ParticipantTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        # Fixed starting widths the user may drag (not ResizeToContents: that asks every
        # row for its text on each keystroke); the dragged widths are remembered.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._set_column_widths()
        self.model.resorted.connect(self._select_current)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("emptyState")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list_stack, 1)
        # The export sits by the count it writes out (the search row stays narrow).
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        left_layout.addLayout(bottom)

        # detail side
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("savedLabel")
        self.form = ParticipantForm()
        self.form.edited.connect(self.on_form_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.revert)
        self.profile_button = QPushButton(self.tr("Candidate profile..."))
        self.profile_button.setToolTip(
            self.tr("A one-page strengths profile for employers, as PDF (needs the consent)")
        )
        self.profile_button.clicked.connect(self.print_profile)
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.subtitle)
        detail_layout.addWidget(self.error_banner)
        # The participant page grows by tabs: the data, the skills' trend, (later) more.
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.addTab(scroll, self.tr("Details"))
        self._participant_tabs: list[QWidget] = []
        self._add_participant_tabs()
        detail_layout.addWidget(self.detail_tabs, 1)
        detail_layout.addLayout(buttons)
        self.no_selection = QLabel(
            self.tr("Choose a participant in the list to see and edit their details.")
        )
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setWordWrap(True)
        self.no_selection.setObjectName("emptyState")
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.no_selection)
        self.detail_stack.addWidget(self.detail)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        state = settings.state("participants/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([590, 510])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail, activated=self.revert)
        self.events.changed.connect(self.on_data_changed)
        self._set_buttons()
        if load:
            self.refresh()

    # list ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def on_search_changed(self, _text: str) -> None:
        self.refresh()

    def _set_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        padding = 3 * metrics.horizontalAdvance("M")  # margins and the sort arrow
        samples = (
            "D-000000",
            "Abdullahi, Nguyễn Thị Hoa",
            "00-00-0000",
            "Hardenberg",
            "B1",
        )
        widths = [
            max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(title)) + padding
            for text, title in zip(samples, self.model.headers(), strict=True)
        ]
        # The last column stretches to the view: only the others are remembered.
        remembered = str(self.settings.value(COLUMN_WIDTHS_KEY, "") or "").split()
        if len(remembered) == len(widths) - 1 and all(w.isdigit() for w in remembered):
            widths[:-1] = [max(int(w), 24) for w in remembered]
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def refresh(self) -> None:
        """Reload the rows for the current search and keep the open participant selected."""
        text = self.search.text()
        self.model.load(self.db, text, self._total)
        matching = self.model.matching
        if not text.strip():
            self._total = matching
        elif self._total is None:
            self._total = count_matching(self.db)
        total = self._total
        if matching:
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.list_stack.setCurrentWidget(self.empty_label)
            if text.strip():
                self.empty_label.setText(
                    self.tr("No participant matches '%1'.").replace("%1", text.strip())
                )
            else:
                self.empty_label.setText(
                    self.tr(
                        "There are no participants yet.\nAdd one with 'New participant' (Ctrl+N), "
                        "or load the demo data from the File menu."
                    )
                )
        if text.strip():
            self.count_label.setText(
                self.tr("%1 of %2 participants")
                .replace("%1", str(matching))
                .replace("%2", str(total))
            )
        else:
            self.count_label.setText(self.tr("%n participant(s)", "", matching))
        self._select_current()

    def export_table(self):
        """Every participant matching the search (asked anew, not only the rows on screen)."""
        from werkfit_desktop.ui.item_models.exports import participants_table

        rows = service.search_participants(self.db, self.search.text())
        return as_shown(self.table, participants_table(self.model, rows, self.tr("Participants")))

    def _select_current(self) -> None:
        if self.current_id is None:
            return
        row = self.model.row_of(self.current_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            if row >= 0:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            selection.blockSignals(False)

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        participant_id = self.model.row_id(current.row())
        if participant_id == self.current_id and not self._new_mode:
            return
        if not self.confirm_leave():
            QTimer.singleShot(0, self._select_current)
            return
        self.open_participant(participant_id)

    def _add_participant_tabs(self) -> None:
        """The rest of the participant page: each tab is a widget that shows one participant.
        A tab's widget (and the modules behind it: services, ReportLab, charts) is made the
        first time the tab is opened, which keeps the start of the app quick."""
        tabs = [
            ("participant_progress", "ParticipantProgressWidget", self.tr("Progress")),
            ("participant_trajectory", "ParticipantTrajectoryWidget", self.tr("Trajectory")),
            ("development_plan", "DevelopmentPlanWidget", self.tr("Development plan")),
            ("participant_certificates", "ParticipantCertificatesWidget", self.tr("Certificates")),
            (
                "participant_placement_days",
                "ParticipantPlacementDaysWidget",
                self.tr("Practice days"),
            ),
            ("participant_timeline", "ParticipantTimelineWidget", self.tr("Timeline")),
        ]
        self._tab_makers: dict[int, tuple] = {}
        trend_page = QWidget()
        trend_layout = QVBoxLayout(trend_page)
        trend_layout.addStretch(1)
        index = self.detail_tabs.insertTab(1, trend_page, self.tr("Skills"))
        self._tab_makers[index] = (self._make_skill_trend, trend_page)
        for module, name, title in tabs:
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            index = self.detail_tabs.addTab(holder, title)
            self._tab_makers[index] = (self._tab_widget_maker(module, name), holder)
        self.detail_tabs.currentChanged.connect(self.build_tab)

    def _tab_widget_maker(self, module: str, name: str):
        def make(holder: QWidget) -> QWidget:
            widget_class = getattr(
                importlib.import_module(f"werkfit_desktop.ui.widgets.{module}"), name
            )
            widget = widget_class(self.db, self.events, self.undo_stack, self.settings)
            holder.layout().addWidget(scrollable(widget))
            return widget

        return make

    def _make_skill_trend(self, page: QWidget) -> QWidget:
        from werkfit_desktop.ui.widgets.skill_trend import SkillTrendWidget

        widget = SkillTrendWidget(self.db)
        self.events.changed.connect(widget.on_data_changed)
        page.layout().insertWidget(0, widget)
        return widget

    def build_tab(self, index: int) -> QWidget | None:
        """Make the widget of tab `index` if it is not made yet; the widget, or None."""
        maker = self._tab_makers.pop(index, None)
        if maker is None:
            return None
        make, holder = maker
        settle()
        widget = make(holder)
        self._participant_tabs.append(widget)
        widget.set_participant(self.current_id)
        return widget

    def _show_in_tabs(self, participant_id: str | None) -> None:
        for widget in self._participant_tabs:
            widget.set_participant(participant_id)

    def print_profile(self) -> None:
        from werkfit_desktop.ui.dialogs.profile_export import export_employer_profile

        if self.current_id is not None and self.confirm_leave():
            export_employer_profile(self, self.db, self.current_id)

    def show_participant(self, participant_id: str) -> None:
        """Open a participant from elsewhere: clear the search so the row is in the list."""
        if not self.confirm_leave():
            return
        if self.search.text():
            self.search.clear()
        self.open_participant(participant_id)
        self._select_current()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # detail --------------------------------------------------------------------------
    def open_participant(self, participant_id: str | None) -> None:
        self.current_id = participant_id
        self._new_mode = False
        if participant_id is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            return
        details = service.get_participant(self.db, participant_id)
        self.form.set_data(details.data)
        self._show_in_tabs(participant_id)
        self._show_header(details)
        self._set_dirty(False)
        self.status_label.setText("")
        self.detail_stack.setCurrentWidget(self.detail)
        self.participant_selected.emit(participant_id)

    def _show_header(self, details: service.ParticipantDetails) -> None:
        data = details.data
        name = " ".join(p for p in (data.first_name, data.name_particle, data.last_name) if p)
        self.title.setText(name)
        self.subtitle.setText(self.tr("Participant number %1").replace("%1", details.number))
        self._hide_errors()

    def on_new(self) -> None:
        if not self.confirm_leave():
            return
        self.current_id = None
        self._new_mode = True
        self.table.clearSelection()
        self.form.set_data(service.ParticipantInput(first_name="", last_name=""))
        self._show_in_tabs(None)
        self.detail_tabs.setCurrentIndex(0)
        self.title.setText(self.tr("New participant"))
        self.subtitle.setText(self.tr("The number is given when you save."))
        self._hide_errors()
        self._set_dirty(False)
        self.detail_stack.setCurrentWidget(self.detail)
        self.form.widgets["first_name"].setFocus()

    def on_form_edited(self) -> None:
        self._set_dirty(True)
        self.status_label.setText(self.tr("Not saved yet"))

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._set_buttons()

    def _set_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty or self._new_mode)
        self.revert_button.setEnabled(self._dirty)
        self.profile_button.setEnabled(self.current_id is not None and not self._new_mode)

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        """Save the form as one transaction; on bad input show what is wrong, save nothing."""
        if not (self._dirty or self._new_mode):
            return True
        data, errors = self.form.data()
        if errors:
            # Say everything that is wrong at once: what could not be read, and what the
            # service would refuse in the rest of the form.
            unreadable = {e.field for e in errors}
            errors += [e for e in service.validate(data) if e.field not in unreadable]
            self._show_errors(errors)
            return False
        try:
            if self._new_mode:
                new_id, changes = service.create_participant(self.db, data)
                self._new_mode = False
                self.current_id = new_id
                self._set_dirty(False)
                self.undo_stack.push(CreateParticipant(self, new_id, self.tr("New participant")))
                self.apply_saved(new_id, changes)
            else:
                before = service.get_participant(self.db, self.current_id).data
                changes = service.update_participant(self.db, self.current_id, data)
                self._set_dirty(False)
                after = service.get_participant(self.db, self.current_id).data
                self.undo_stack.push(
                    SaveParticipant(
                        self, self.current_id, before, after, self.tr("Edit participant")
                    )
                )
                self.apply_saved(self.current_id, changes)
        except ValidationFailed as failed:
            self._show_errors(failed.errors)
            return False
        self.status_label.setText(self.tr("Saved"))
        return True

    def apply_saved(self, participant_id: str | None, changes: Changes) -> None:
        """After a save, undo or redo: show the stored state and tell the other views."""
        self.current_id = participant_id
        self._dirty = False
        if participant_id is None:
            self._show_in_tabs(None)
            self.detail_stack.setCurrentWidget(self.no_selection)
        else:
            self.open_participant(participant_id)
        self.events.publish(changes, self)

    def revert(self) -> None:
        if self._new_mode:
            self._new_mode = False
            self._set_dirty(False)
            self.open_participant(self.current_id)
        elif self.current_id is not None and self._dirty:
            self.open_participant(self.current_id)

    def confirm_leave(self) -> bool:
        """Before leaving a form with unsaved changes: save them, discard them, or stay."""
        if not self._dirty:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._set_dirty(False)
            return True
        return False

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Ask whether to save, discard or stay (tests answer this by replacing it)."""
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The changes to this participant have not been saved. Save them now?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def _show_errors(self, errors: list[FieldError]) -> None:
        self.form.show_errors(errors)
        lines = [
            f"{self.form.field_label(e.field)}: {e.message(_translate_validation)}" for e in errors
        ]
        self.error_banner.setText(
            self.tr("Not saved. Please correct:") + "\n" + "\n".join(f"• {line}" for line in lines)
        )
        self.error_banner.show()
        self.status_label.setText(self.tr("Not saved"))

    def _hide_errors(self) -> None:
        self.error_banner.hide()
        self.form.clear_errors()

    def on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_participants():
            self._total = None
            self.refresh()
            if changes.everything and not self._dirty and self.current_id:
                self.open_participant(self.current_id)

    def save_state(self) -> None:
        self.settings.set_state("participants/splitter", self.splitter.saveState())
        header = self.table.horizontalHeader()
        widths = [str(header.sectionSize(c)) for c in range(header.count() - 1)]
        self.settings.set_value(COLUMN_WIDTHS_KEY, " ".join(widths))
