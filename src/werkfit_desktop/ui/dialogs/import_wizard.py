"""Bestand → Importeren...: bring participants, an attendance grid, certificates or a cohort
workbook in from a CSV or Excel file.

Three steps: choose the file (its kind is detected from the headers; templates to fill in can
be saved from here) → check (every problem with its row and column, what will be created,
updated and skipped; nothing is written yet) → import (one transaction, in the background with
a progress bar). The work is services/importing on the app's TaskRunner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.importing import ImportKind, ImportMode
from werkfit_desktop.ui.dialogs.import_pages import CheckPage, ChoosePage, DonePage
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.settings import Settings


def kind_label(kind: ImportKind) -> str:
    return {
        ImportKind.PARTICIPANTS: QCoreApplication.translate("ImportWizard", "Participants"),
        ImportKind.ATTENDANCE: QCoreApplication.translate("ImportWizard", "Attendance grid"),
        ImportKind.CERTIFICATES: QCoreApplication.translate("ImportWizard", "Certificates"),
        ImportKind.WORKBOOK: QCoreApplication.translate("ImportWizard", "Cohort workbook"),
    }[kind]


def number(value: int) -> str:
    return QLocale().toString(value)


class ImportWizard(QWizard):
    """The wizard; `preview` and `result` hold what the steps produced."""

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        settings: Settings,
        tasks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.settings, self.tasks = db, events, settings, tasks
        self.preview = None
        self.result = None
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.choose_page = ChoosePage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.choose_page, self.check_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        geometry = settings.value("import/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(860, 620)
        self.rejected.connect(self._cancel_running)
        self.finished.connect(lambda _r: settings.set_value("import/geometry", self.saveGeometry()))

    # what the first page chose
    @property
    def path(self) -> Path:
        return self.choose_page.path()

    @property
    def kind(self) -> ImportKind | None:
        return self.choose_page.kind()

    @property
    def mode(self) -> ImportMode:
        return (
            ImportMode.SKIP_BAD_ROWS
            if self.check_page.skip_radio.isChecked()
            else ImportMode.ALL_OR_NOTHING
        )

    def folder(self) -> Path:
        folder = self.settings.value("import/folder")
        if folder and Path(str(folder)).is_dir():
            return Path(str(folder))
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs else Path.home()

    def remember_folder(self, path: Path) -> None:
        self.settings.set_value("import/folder", str(path.parent))

    def _cancel_running(self) -> None:
        for page in (self.check_page, self.done_page):
            if page.progress is not None:
                page.progress.cancel()


def open_import_wizard(parent, db, events, settings, tasks) -> ImportWizard:
    """Show the wizard (not modal to the data: the app keeps running behind it)."""
    wizard = ImportWizard(db, events, settings, tasks, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.show()
    return wizard
