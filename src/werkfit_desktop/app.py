"""Starting the GUI: arguments, language, the instance lock, opening (and if needed
migrating) the database, the first-start offer, the main window.

Opening a file first runs a quick check (persistence/recovery.py). A damaged file never
ends in a traceback: it is copied aside as `<name>.corrupt` and the recovery dialog offers
the newest good backup, another file, or quitting. A write-protected file opens read-only
with a banner; a file on a network drive is opened after a warning."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from werkfit_desktop.gui_args import build_parser, database_path
from werkfit_desktop.paths import APP_AUTHOR, APP_NAME
from werkfit_desktop.persistence.background_check import checking_of
from werkfit_desktop.persistence.deferred import can_defer
from werkfit_desktop.persistence.errors import DatabaseInUse, DatabaseProblem
from werkfit_desktop.version import __version__


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
        self.read_only = False
        self.damage = None  # the Diagnosis of a damaged file
        self.kept: Path | None = None  # where the damaged file was copied aside
        self.network_warning: str | None = None
        self._prepared = None  # a main window made while the file was checked
        self.warm_up = None

    @property
    def location(self) -> str:
        return str(self.db_path) if self.db_path else (self.db_url or "")

    def open(self) -> str | None:
        """Check, lock and open the database; the Dutch explanation when that is not
        possible. A damaged file also sets `damage` and `kept` (see `recover()`).

        The whole-file check runs on a thread of its own (SQLite reads without holding
        Python's lock). Meanwhile a file that looks like an ordinary current database gets
        its main window built, hidden and without reading anything; after a good check it
        opens deferred (persistence/deferred.py): the list is read with plain SQL and
        SQLAlchemy loads after the window shows. Any other file is opened as before, with
        SQLAlchemy imported while the check runs."""
        self.damage, self.kept, self.read_only = None, None, False
        self._discard_prepared()
        checking = None
        if self.db_path is not None:
            with contextlib.suppress(OSError):  # said below, by the check or by SQLite
                self.db_path.parent.mkdir(parents=True, exist_ok=True)
            checking = checking_of(self.db_path)
            if self._may_defer(checking):
                self._prepare_window()
        if self._prepared is None:  # SQLAlchemy imported while SQLite checks the file
            from werkfit_desktop.persistence.database import open_database  # noqa: F401

        if checking is not None:
            problem = self._check_file(checking.result())
            if problem is not None:
                self._discard_prepared()
                return problem
        try:
            if self.read_only:
                from werkfit_desktop.persistence.environment import open_read_only

                self._discard_prepared()
                self.db = open_read_only(self.db_path)
            elif self._prepared is not None and can_defer(self.db_path):
                self.db = self._prepared.db
            else:
                from werkfit_desktop.persistence.database import open_database, open_url

                self._discard_prepared()
                self.db = open_database(self.db_path) if self.db_path else open_url(self.db_url)
        except DatabaseProblem as problem:
            self.release()
            return problem.message(_translate)
        return None

    def _may_defer(self, checking) -> bool:
        """An existing file, closed cleanly (no -wal beside it before the check), and a
        start on the participant list: the window can be made while the file is checked."""
        if self.settings.last_area not in (None, "", "participants") or checking.found_wal:
            return False
        try:
            return self.db_path.stat().st_size > 0
        except OSError:
            return False

    def _prepare_window(self) -> None:
        from werkfit_desktop.persistence.deferred import DeferredDatabase
        from werkfit_desktop.ui.main_window import MainWindow

        db = DeferredDatabase(self.db_path)
        self._prepared = MainWindow(db, self.location, self.settings, load_list=False)

    def _discard_prepared(self) -> None:
        if self._prepared is not None:
            self._prepared.deleteLater()
            self._prepared = None

    def _check_file(self, diagnosis) -> str | None:
        from werkfit_desktop.persistence.environment import (
            NETWORK_WARNING,
            is_network_path,
            is_writable,
        )
        from werkfit_desktop.persistence.recovery import set_aside
        from werkfit_desktop.ui.instance_lock import DatabaseLock

        path = self.db_path
        if not diagnosis.ok:
            self.damage = diagnosis
            try:
                self.kept = set_aside(path)
            except OSError:
                self.kept = None  # e.g. a write-protected folder: the file stays as it is
            return diagnosis.message(_translate)
        if is_network_path(path):
            self.network_warning = _translate("Environment", NETWORK_WARNING).format(path=path)
        self.read_only = not is_writable(path)
        if self.read_only:
            return None  # nothing can change the file: no lock needed (nor possible)
        self.lock = DatabaseLock(path)
        if not self.lock.acquire():
            return DatabaseInUse(str(path), holder=self.lock.holder()).message(_translate)
        return None

    def newest_backup(self):
        from werkfit_desktop.persistence.recovery import newest_good_backup

        return newest_good_backup(self.db_path) if self.db_path else None

    def recovery_dialog(self, parent=None):
        """The dialog for the damaged file found by `open()`."""
        from werkfit_desktop.persistence.backup import backup_folder
        from werkfit_desktop.ui.dialogs.recovery import RecoveryDialog

        return RecoveryDialog(
            self.damage.message(_translate),
            self.kept,
            self.newest_backup(),
            backup_folder(self.db_path),
            parent,
        )

    def restore_backup(self, backup) -> str | None:
        """Replace the damaged file by `backup` and open it; the problem when that fails."""
        from werkfit_desktop.persistence.recovery import restore_newest

        self.release()
        try:
            self.kept = restore_newest(self.db_path, backup, kept=self.kept)
        except DatabaseProblem as problem:
            return problem.message(_translate)
        except OSError as exc:
            return DatabaseProblem(str(self.db_path)).message(_translate) + f" ({exc})"
        return self.open()

    def show_window(self, tasks=None):
        from werkfit_desktop.persistence.deferred import DeferredDatabase

        if self._prepared is not None and self._prepared.db is self.db and tasks is None:
            self.window, self._prepared = self._prepared, None
            self.window.participants.refresh()
        else:  # (the prepared window has the usual background tasks built in)
            from werkfit_desktop.ui.main_window import MainWindow

            self._discard_prepared()
            self.window = MainWindow(self.db, self.location, self.settings, tasks)
        self.window.show()
        if isinstance(self.db, DeferredDatabase) and not self.db.realized:
            from werkfit_desktop.ui.warm_up import WarmUp

            self.warm_up = WarmUp(self.db, self.window)
        return self.window

    def offer_first_start(self) -> None:
        if self.warm_up is not None and not self.warm_up.finished:
            # A deferred database holds data (see deferred.can_defer): ask for the staff
            # member once SQLAlchemy is loaded, not before.
            self.warm_up.done.connect(self.window.choose_staff)
            return
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
        self._discard_prepared()
        if self.warm_up is not None:
            self.warm_up.wait()
            self.warm_up = None
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def ask_recovery(dialog) -> object:
    """Show the recovery dialog and return the choice (tests replace this)."""
    dialog.exec()
    return dialog.choice


def choose_database_file(parent=None) -> Path | None:
    """Ask for another database file to open (tests replace this)."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Startup", "Open database"),
        "",
        QCoreApplication.translate(
            "Startup", "Werkfit Desktop database (*.sqlite *.db);;All files (*)"
        ),
    )
    return Path(name) if name else None


def show_problem(problem: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("Startup", "Werkfit Desktop"), problem)


def recover(startup: Startup, problem: str | None, ask=None, choose_file=None, tell=None) -> bool:
    """After `startup.open()`: while the file is damaged, show the recovery dialog and act on
    the choice. True when a database is open at the end, False to quit.
    `ask(dialog) -> RecoveryChoice`, `choose_file() -> Path | None`, `tell(problem)` are the
    modal parts (tests pass their own)."""
    from werkfit_desktop.ui.dialogs.recovery import RecoveryChoice

    ask = ask or ask_recovery
    choose_file = choose_file or choose_database_file
    tell = tell or show_problem
    while problem is not None:
        if startup.damage is None:
            tell(problem)
            return False
        dialog = startup.recovery_dialog()
        choice = ask(dialog)
        backup = dialog.backup
        dialog.deleteLater()
        if choice is RecoveryChoice.RESTORE and backup is not None:
            problem = startup.restore_backup(backup)
        elif choice is RecoveryChoice.OTHER_FILE:
            path = choose_file()
            if path is None:
                continue
            startup.release()
            startup.db_path = path
            problem = startup.open()
        else:
            startup.release()
            return False
    return True


def _explain_database_problems(previous_hook):
    """An excepthook: a DatabaseProblem during work (disk full, drive gone) is told in Dutch
    instead of ending in a traceback; the app keeps running."""

    def hook(kind, value, traceback):
        if isinstance(value, DatabaseProblem):
            QMessageBox.warning(
                None,
                QCoreApplication.translate("Startup", "Werkfit Desktop"),
                value.message(_translate),
            )
            return
        previous_hook(kind, value, traceback)

    return hook


def show_notices(startup: Startup) -> None:
    """The read-only banner and the network-drive warning, once, after the window is shown."""
    from werkfit_desktop.ui.widgets.readonly_banner import install_banner, read_only_banner

    if startup.read_only and startup.window is not None:
        install_banner(startup.window, read_only_banner(str(startup.db_path)))
        startup.window.setWindowTitle(
            startup.window.windowTitle() + QCoreApplication.translate("Startup", " (read-only)")
        )
    if startup.network_warning:
        QMessageBox.warning(
            startup.window,
            QCoreApplication.translate("Startup", "Werkfit Desktop"),
            startup.network_warning,
        )


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
    db_path = database_path(args)
    startup = Startup(app, settings, db_path, args.db_url)
    if not recover(startup, startup.open()):
        return 1
    sys.excepthook = _explain_database_problems(sys.excepthook)
    from werkfit_desktop.ui.widgets.session_documents import remove_opened_scans

    remove_opened_scans()
    try:
        startup.show_window()
        show_notices(startup)
        if not startup.read_only:
            startup.offer_first_start()
        return app.exec()
    finally:
        startup.release()
        remove_opened_scans()
