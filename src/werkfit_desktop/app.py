"""Starting the GUI: arguments, language, the instance lock, opening (and if needed
migrating) the database, the first-start offer, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from werkfit_desktop.paths import APP_AUTHOR, APP_NAME, default_database_path
from werkfit_desktop.persistence.errors import DatabaseInUse, DatabaseProblem
from werkfit_desktop.version import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="werkfit", description="Werkfit Desktop")
    parser.add_argument(
        "--db", type=Path, help="database file (default: werkfit.sqlite in the user data folder)"
    )
    parser.add_argument("--db-url", help="SQLAlchemy database URL instead of a file")
    parser.add_argument("--lang", choices=("nl", "en"), help="language for this session")
    parser.add_argument("--version", action="version", version=f"Werkfit Desktop {__version__}")
    return parser


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class Startup:
    """The steps from arguments to a shown main window, each testable on its own."""

    def __init__(
        self, app: QApplication, settings, db_path: Path | None, db_url: str | None = None
    ):
        self.app, self.settings = app, settings
        self.db_path, self.db_url = db_path, db_url
        self.lock = None
        self.db = None
        self.window = None

    @property
    def location(self) -> str:
        return str(self.db_path) if self.db_path else (self.db_url or "")

    def open(self) -> str | None:
        """Lock and open the database; the Dutch explanation when that is not possible."""
        from werkfit_desktop.persistence.database import open_database, open_url
        from werkfit_desktop.ui.instance_lock import DatabaseLock

        if self.db_path is not None:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            self.lock = DatabaseLock(self.db_path)
            if not self.lock.acquire():
                return DatabaseInUse(str(self.db_path), holder=self.lock.holder()).message(
                    _translate
                )
        try:
            self.db = open_database(self.db_path) if self.db_path else open_url(self.db_url)
        except DatabaseProblem as problem:
            self.release()
            return problem.message(_translate)
        return None

    def show_window(self, tasks=None):
        from werkfit_desktop.ui.main_window import MainWindow

        self.window = MainWindow(self.db, self.location, self.settings, tasks)
        self.window.show()
        return self.window

    def offer_first_start(self) -> None:
        from werkfit_desktop.persistence.database import is_empty
        from werkfit_desktop.ui.dialogs.first_start import FirstStartDialog

        if is_empty(self.db):
            dialog = FirstStartDialog(self.window)
            if dialog.exec() == FirstStartDialog.DEMO:
                self.window.on_load_demo()
            else:
                from werkfit_desktop.services.reference_data import add_reference_data

                self.window.events.publish(add_reference_data(self.db), None)
        else:
            # Notes are signed by the staff member working on this laptop: ask once.
            self.window.choose_staff()

    def release(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)

    from werkfit_desktop.ui.i18n import install_translators
    from werkfit_desktop.ui.settings import Settings

    settings = Settings()
    language = args.lang or settings.language
    install_translators(app, language)
    # Texts made outside the GUI (PDF labels, service messages) follow the same language.
    os.environ["WERKFIT_LANG"] = language
    db_path = None if args.db_url else (args.db or default_database_path())
    startup = Startup(app, settings, db_path, args.db_url)
    problem = startup.open()
    if problem:
        QMessageBox.critical(
            None, QCoreApplication.translate("Startup", "Werkfit Desktop"), problem
        )
        return 1
    from werkfit_desktop.ui.widgets.session_documents import remove_opened_scans

    remove_opened_scans()
    try:
        startup.show_window()
        startup.offer_first_start()
        return app.exec()
    finally:
        startup.release()
        remove_opened_scans()
