"""The main window: wiring only — sidebar, areas, menus, undo, remembered geometry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from werkfit_desktop.services.changes import Changes
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.navigation import AREAS
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.tasks import TaskRunner
from werkfit_desktop.ui.views.coming_later import ComingLaterView
from werkfit_desktop.ui.views.participants import ParticipantsView
from werkfit_desktop.ui.warm_up import settle
from werkfit_desktop.ui.widgets.scrolling import scrollable

if TYPE_CHECKING:
    from werkfit_desktop.persistence.session import Database

STYLE = """
QListWidget#sidebar { background: #1f3a4d; color: #e8eef2; border: none; font-size: 14px;
                      outline: 0; }
QListWidget#sidebar::item { padding: 9px 16px; }
QListWidget#sidebar::item:selected { background: #2f6f8f; color: white; }
QLabel#pageTitle, QLabel#detailTitle { font-size: 20px; font-weight: 600; }
QLabel#detailSubtitle, QLabel#muted, QLabel#countLabel { color: #555; }
QLabel#comingLater { color: #2f6f8f; font-weight: 600; }
QLabel#emptyState { color: #555; font-size: 14px; padding: 24px; }
QLabel#errorBanner { background: #fdecea; color: #8a1c1c; border: 1px solid #e57373;
                     border-radius: 4px; padding: 8px; }
QLabel#savedLabel { color: #555; }
"""


_AREA_OF_ATTRIBUTE = {
    "overview": "overview",
    "cohorts": "cohorts",
    "certificates": "certificates",
    "employers": "employers",
    "aftercare": "aftercare",
    "planning": "planning",
    "reports": "reports",
    "register": "attendance",
    "observations": "attendance",
    "attendance_tabs": "attendance",
    "session_documents": "attendance",
}


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        database_location: str,
        settings: Settings,
        tasks: TaskRunner | None = None,
        load_list: bool = True,
    ) -> None:
        """`load_list=False`: the participant list is read at `participants.refresh()`."""
        super().__init__()
        self.db = db
        self.database_location = database_location
        self.settings = settings
        self.tasks = tasks or TaskRunner()
        self.events = AppEvents(self)
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Werkfit Desktop"))
        self.setStyleSheet(STYLE)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.pages = QStackedWidget()
        self.area_keys: list[str] = []
        self.participants = ParticipantsView(
            db, self.events, self.undo_stack, settings, load=load_list
        )
        self.views: dict[str, QWidget] = {"participants": self.participants}
        # Areas are built the first time they are shown (a quick start on a large database);
        # until then a page holds an empty placeholder. See ensure_area and __getattr__.
        self._built: set[str] = {"participants"}
        self._staff_id: str | None = None
        for area in AREAS:
            title = QCoreApplication.translate("Navigation", area.title)
            page = self._build_area(area.key) if area.key == "participants" else QWidget()
            self.pages.addWidget(page)
            self.area_keys.append(area.key)
            QListWidgetItem(title, self.sidebar)
        self.sidebar.currentRowChanged.connect(self.on_area_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()

        start = settings.last_area if settings.last_area in self.area_keys else "participants"
        self.show_area(start)
        geometry = settings.state("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", database_location))

    def ensure_area(self, key: str) -> None:
        """Build an area's page now, if it was not built yet."""
        if key in self._built:
            return
        settle()  # the ORM loading behind a quick start (ui/warm_up.py) is there first
        self._built.add(key)
        row = self.area_keys.index(key)
        area = AREAS[row]
        page = self._build_area(key) or ComingLaterView(
            QCoreApplication.translate("Navigation", area.title),
            QCoreApplication.translate("Navigation", area.description),
        )
        placeholder = self.pages.widget(row)
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()

    def __getattr__(self, name: str):
        """An area's view (e.g. `window.cohorts`) asked for before its area was shown is
        built on the spot."""
        key = _AREA_OF_ATTRIBUTE.get(name)
        built = self.__dict__.get("_built")
        if key is None or built is None or key in built:
            raise AttributeError(name)
        self.ensure_area(key)
        return self.__dict__[name]

    def _view_args(self) -> tuple:
        return (self.db, self.events, self.undo_stack, self.settings, self.tasks)

    def _build_area(self, key: str) -> QWidget | None:
        """The page of an area that is built; None for one still to come."""
        if key == "participants":
            return scrollable(self.participants)
        if key == "overview":
            from werkfit_desktop.ui.views.overview import OverviewView

            self.overview = OverviewView(*self._view_args())
            self.overview.participant_requested.connect(self.on_participant_requested)
            self.overview.cohort_requested.connect(self.on_cohort_requested)
            self.views["overview"] = self.overview
            return scrollable(self.overview)
        if key == "cohorts":
            from werkfit_desktop.ui.views.cohorts import CohortsView

            self.cohorts = CohortsView(*self._view_args())
            self.cohorts.participant_requested.connect(self.on_participant_requested)
            self.views["cohorts"] = self.cohorts
            return scrollable(self.cohorts)
        if key == "certificates":
            from werkfit_desktop.ui.views.certificates import CertificatesView

            self.certificates = CertificatesView(*self._view_args())
            self.views["certificates"] = self.certificates
            return scrollable(self.certificates)
        if key == "employers":
            from werkfit_desktop.ui.views.employers import EmployersView

            self.employers = EmployersView(*self._view_args())
            self.views["employers"] = self.employers
            return scrollable(self.employers)
        if key == "aftercare":
            from werkfit_desktop.ui.views.aftercare import AftercareView

            self.aftercare = AftercareView(*self._view_args())
            if self._staff_id is not None:
                self.aftercare.set_staff(self._staff_id)
            self.views["aftercare"] = self.aftercare
            return scrollable(self.aftercare)
        if key == "reports":
            from werkfit_desktop.ui.views.reports import ReportsView

            self.reports = ReportsView(*self._view_args())
            self.reports.participant_requested.connect(self.on_participant_requested)
            self.views["reports"] = self.reports
            return scrollable(self.reports)
        if key == "planning":
            from werkfit_desktop.ui.views.planning import PlanningView

            self.planning = PlanningView(*self._view_args())
            self.views["planning"] = self.planning
            return scrollable(self.planning)
        if key == "attendance":
            from werkfit_desktop.ui.views.attendance import AttendanceView
            from werkfit_desktop.ui.views.observations import ObservationsView

            self.register = AttendanceView(*self._view_args())
            self._add_register_actions(self.register)
            self.observations = ObservationsView(*self._view_args())
            self.views["register"] = self.register
            self.views["observations"] = self.observations
            tabs = QTabWidget()
            tabs.setDocumentMode(True)
            tabs.addTab(scrollable(self.register), self.tr("Attendance register"))
            tabs.addTab(scrollable(self.observations), self.tr("Skill observations"))
            self.attendance_tabs = tabs
            return tabs
        return None

    def _add_register_actions(self, register) -> None:
        """The register's sign-in sheet buttons and the scans of the open session."""
        from werkfit_desktop.ui.widgets.session_documents import SessionDocumentsWidget

        print_session = QPushButton(self.tr("Print sign-in sheet"))
        print_session.setToolTip(self.tr("The sign-in sheet of this session as PDF (Ctrl+P)"))
        print_session.setShortcut(QKeySequence.StandardKey.Print)
        print_session.clicked.connect(self.on_print_session_sheet)
        print_week = QPushButton(self.tr("Sheet for the week"))
        print_week.setToolTip(
            self.tr("One sign-in sheet for all of this cohort's sessions this week")
        )
        print_week.clicked.connect(self.on_print_week_sheet)
        register.session_actions.addWidget(print_session)
        register.session_actions.addWidget(print_week)
        self.session_documents = SessionDocumentsWidget(self.db, self.events, self.undo_stack)
        register.layout().addWidget(self.session_documents)
        register.session_opened.connect(self.session_documents.set_session)
        self.session_documents.set_session(register.current_session_id)
        self._register_print_buttons = (print_session, print_week)
        register.session_opened.connect(self._update_print_buttons)
        self._update_print_buttons()

    def _update_print_buttons(self, *_args) -> None:
        has_session = self.register.current_session_id is not None
        for button in self._register_print_buttons:
            button.setEnabled(has_session)

    def on_print_session_sheet(self) -> None:
        from werkfit_desktop.ui.dialogs.signin_export import export_signin_sheet

        if self.register.current_session_id:
            export_signin_sheet(self, self.db, session_id=self.register.current_session_id)

    def on_print_week_sheet(self) -> None:
        from werkfit_desktop.ui.dialogs.signin_export import export_signin_sheet

        register = self.register.register
        if register is not None:
            year, week, _ = register.date.isocalendar()
            export_signin_sheet(self, self.db, cohort_id=register.cohort_id, week=(year, week))

    def on_organisation_logo(self) -> None:
        from werkfit_desktop.ui.dialogs.organisation_logo import OrganisationLogoDialog

        OrganisationLogoDialog(self.db, self.events, self.undo_stack, self).exec()

    def on_import(self):
        """The import wizard: choose a file, check it, import it in one transaction."""
        from werkfit_desktop.ui.dialogs.import_wizard import open_import_wizard

        return open_import_wizard(self, self.db, self.events, self.settings, self.tasks)

    def on_export_workbook(self):
        """The cohort workbook of the cohort shown in Groepen (or one to choose)."""
        from werkfit_desktop.ui.dialogs.workbook_export import WorkbookExportDialog

        cohorts = getattr(self, "cohorts", None)
        cohort_id = cohorts.panel.cohort_id if cohorts is not None else None
        dialog = WorkbookExportDialog(self.db, self.settings, self.tasks, cohort_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def on_backup_settings(self):
        from werkfit_desktop.ui.dialogs.backup_settings import BackupSettingsDialog

        dialog = BackupSettingsDialog(self.settings, self.db.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def on_cohort_requested(self, cohort_id: str) -> None:
        """Another area asks to show a cohort (e.g. a double-click on the dashboard)."""
        self.show_area("cohorts")
        self.cohorts.select_cohort(cohort_id)

    def on_participant_requested(self, participant_id: str) -> None:
        """Another area asks to show a participant (e.g. a double-click on a cohort page)."""
        self.show_area("participants")
        self.participants.show_participant(participant_id)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.load_demo_action = QAction(self.tr("Load &demo data..."), self)
        self.load_demo_action.triggered.connect(self.on_load_demo)
        file_menu.addAction(self.load_demo_action)
        self.import_action = QAction(self.tr("&Import..."), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(
            self.tr("Participants, attendance, certificates or a cohort workbook from Excel or CSV")
        )
        self.import_action.triggered.connect(self.on_import)
        file_menu.addAction(self.import_action)
        self.workbook_action = QAction(self.tr("Export cohort &workbook..."), self)
        self.workbook_action.setToolTip(
            self.tr("Everything of one cohort in an Excel workbook that can be imported again")
        )
        self.workbook_action.triggered.connect(self.on_export_workbook)
        file_menu.addAction(self.workbook_action)
        file_menu.addSeparator()
        from werkfit_desktop.ui.backup_actions import BackupActions

        # Make backup, Restore from backup..., and the 30-minute automatic backups.
        self.backups = BackupActions(self, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        new_participant = QAction(self.tr("&New participant"), self)
        new_participant.setShortcut(QKeySequence.StandardKey.New)
        new_participant.triggered.connect(self.on_new_participant)
        edit_menu.addAction(new_participant)
        find = QAction(self.tr("&Find participant"), self)
        find.triggered.connect(self.on_find)
        edit_menu.addAction(find)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        who = QAction(self.tr("&Who are you..."), self)
        who.triggered.connect(self.on_choose_staff)
        settings_menu.addAction(who)
        logo = QAction(self.tr("Logo on &reports..."), self)
        logo.triggered.connect(self.on_organisation_logo)
        settings_menu.addAction(logo)
        backups = QAction(self.tr("&Backups..."), self)
        backups.triggered.connect(self.on_backup_settings)
        settings_menu.addAction(backups)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.on_language_chosen(c))
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Werkfit Desktop"), self)
        about.triggered.connect(self.on_about)
        help_menu.addAction(about)

    # areas ---------------------------------------------------------------------------
    def show_area(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.area_keys.index(key))

    def on_area_changed(self, row: int) -> None:
        if row < 0:
            return
        self.ensure_area(self.area_keys[row])
        self.pages.setCurrentIndex(row)
        self.settings.last_area = self.area_keys[row]

    def on_new_participant(self) -> None:
        self.show_area("participants")
        self.participants.on_new()

    def on_find(self) -> None:
        self.show_area("participants")
        self.participants.focus_search()

    # actions -------------------------------------------------------------------------
    def choose_staff(self, ask: bool = True) -> None:
        """The staff member working on this laptop: remembered, asked once when unknown."""
        from werkfit_desktop.ui.dialogs.current_staff import current_staff_id

        self._set_staff(current_staff_id(self.settings, self.db, self, ask=ask))

    def _set_staff(self, staff_id: str | None) -> None:
        self._staff_id = staff_id
        if "aftercare" in self._built:
            self.aftercare.set_staff(staff_id)

    def on_choose_staff(self) -> None:
        from werkfit_desktop.ui.dialogs.current_staff import change_current_staff

        self._set_staff(change_current_staff(self.settings, self.db, self))

    def on_about(self) -> None:
        from werkfit_desktop.ui.dialogs.about import AboutDialog

        AboutDialog(self.database_location, self).exec()

    def on_language_chosen(self, code: str) -> None:
        self.settings.language = code
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time you start Werkfit Desktop."),
        )

    def on_load_demo(self) -> None:
        """Fill an empty database with the synthetic demo region, in the background."""
        from werkfit_desktop.persistence.database import is_empty

        if not is_empty(self.db):
            QMessageBox.information(
                self,
                self.tr("Demo data"),
                self.tr(
                    "Demo data can only be loaded into an empty database. This one already holds data."
                ),
            )
            return
        progress = QProgressDialog(self.tr("Loading the demo data..."), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._demo_progress = progress

        def work(_progress):
            from werkfit_desktop.services.demo import create_demo

            return create_demo(self.db, seed=1)

        self.tasks.start(work, self.on_demo_loaded, self.on_demo_failed)

    def on_demo_loaded(self, _summary) -> None:
        self._demo_progress.close()
        self.undo_stack.clear()
        self.events.publish(Changes(everything=True), self)

    def on_demo_failed(self, error: BaseException) -> None:
        self._demo_progress.close()
        QMessageBox.critical(
            self,
            self.tr("Demo data"),
            self.tr("The demo data could not be loaded; nothing was saved.\n\n%1").replace(
                "%1", str(error)
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.participants.confirm_leave():
            event.ignore()
            return
        # A coaching note being typed is kept as a draft (nothing lost when the lid closes).
        if "aftercare" in self._built:
            self.aftercare.flush_drafts()
        self.settings.set_state("main_window/geometry", self.saveGeometry())
        for view in self.views.values():
            if hasattr(view, "save_state"):
                view.save_state()
        self.settings.sync()
        self.tasks.wait()
        self.backups.on_close()  # a 'close' backup when something changed since the last one
        event.accept()
