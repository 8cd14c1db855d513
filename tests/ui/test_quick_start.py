"""The quick start (issue 8): on an existing, current database the main window shows the
participant list before SQLAlchemy is loaded; the ORM comes right after, on a thread, and
any input other than searching and scrolling waits for it. Checked by what is imported and
what the window shows, never by time."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from werkfit_desktop.app import Startup
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.persistence.deferred import DeferredDatabase
from werkfit_desktop.services.participants import ParticipantInput, create_participant
from werkfit_desktop.ui.main_window import MainWindow
from werkfit_desktop.ui.warm_up import WarmUp

SRC = Path(__file__).resolve().parents[2] / "src"

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from werkfit_desktop.persistence.background_check import start_early
    start_early(Path(sys.argv[1]))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from werkfit_desktop.app import Startup
    from werkfit_desktop.ui.i18n import install_translators
    from werkfit_desktop.ui.settings import Settings
    install_translators(app, "nl")
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    startup = Startup(app, settings, Path(sys.argv[1]))
    assert startup.open() is None
    window = startup.show_window()
    app.processEvents()
    window.participants.table.viewport().repaint()
    print("painted", "sqlalchemy" in sys.modules, window.participants.count_label.text(),
          window.participants.model.rowCount(), flush=True)
    while not startup.warm_up.finished:
        app.processEvents()
        time.sleep(0.005)
    print("loaded", "sqlalchemy" in sys.modules, startup.db.realized, flush=True)
    window.participants.select_row(0)
    app.processEvents()
    print("opened", window.participants.title.text(), flush=True)
    window.close()
    startup.release()
    """
)


def filled(db_path: Path, people: int = 3) -> None:
    db = open_database(db_path)
    names = [("Ayşe", "Yılmaz"), ("Łukasz", "Wróbel"), ("Thị Hoa", "Nguyễn")]
    for first, last in names[:people]:
        create_participant(db, ParticipantInput(first_name=first, last_name=last))
    db.close()


def test_the_list_shows_before_sqlalchemy_is_loaded_and_everything_works_after(db_path, tmp_path):
    filled(db_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(SRC))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db_path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = {line.split()[0]: line for line in done.stdout.splitlines()}
    assert lines["painted"] == "painted False 3 deelnemers 3", done.stdout
    assert lines["loaded"] == "loaded True True"
    assert any(name in lines["opened"] for name in ("Yılmaz", "Wróbel", "Nguyễn")), done.stdout
    # Closed as the app closes: no -wal left beside the file (the next start is quick too).
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_the_staff_member_is_asked_for_once_the_orm_is_loaded(db_path, settings, qapp, qtbot):
    filled(db_path)
    startup = Startup(qapp, settings, db_path)
    assert startup.open() is None
    window = startup.show_window()
    qtbot.addWidget(window)
    asked: list[bool] = []
    window.choose_staff = lambda: asked.append(startup.db.realized)
    startup.offer_first_start()
    assert asked == [] and startup.warm_up is not None
    qtbot.waitUntil(lambda: startup.warm_up.finished, timeout=30_000)
    qtbot.waitUntil(lambda: asked == [True])
    window.close()
    startup.release()


def test_a_damaged_file_still_gets_the_recovery_dialog_not_a_window(db_path, settings, qapp):
    filled(db_path)
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200  # a page of the tables scribbled over
    db_path.write_bytes(bytes(data))
    startup = Startup(qapp, settings, db_path)
    problem = startup.open()
    assert problem is not None and startup.damage is not None
    assert startup.window is None and startup.db is None
    startup.release()


def test_searching_goes_on_while_the_orm_loads_and_a_click_waits_for_it(
    db_path, settings, qapp, qtbot, dutch
):
    filled(db_path)
    gate = threading.Event()

    def slow_opener():
        gate.wait(30)  # the import and engine "take" until the test lets them
        return open_database(db_path)

    db = DeferredDatabase(db_path, slow_opener)
    window = MainWindow(db, str(db_path), settings)
    qtbot.addWidget(window)
    window.show()
    warm_up = WarmUp(db, window)
    warm_up.start()
    search = window.participants.search
    search.setFocus()
    QApplication.sendEvent(
        search, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_W, Qt.NoModifier, "w")
    )
    QApplication.processEvents()
    # The keystroke went through while the ORM is still "loading": searched in plain SQL.
    assert search.text() == "w"
    assert window.participants.model.rowCount() == 1
    assert not db.realized

    threading.Timer(0.3, gate.set).start()
    label = window.participants.count_label  # a click that needs no database at all
    point = QPointF(QPoint(5, 5))
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        point,
        label.mapToGlobal(point),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.NoModifier,
    )
    QApplication.sendEvent(label, press)
    # The click was held until the Database was made; then it went on as usual.
    assert db.realized
    qtbot.waitUntil(lambda: warm_up.finished)
    window.participants.select_row(0)
    assert "Wróbel" in window.participants.title.text()
    db.close()


def test_a_wal_beside_the_file_is_seen_before_the_check_opens_it(db_path):
    """The deferred start is only for a file closed cleanly; the check's own connection
    makes a -wal while it reads, so the -wal is looked for before the check begins."""
    import sqlite3

    from werkfit_desktop.persistence.background_check import BackgroundCheck

    filled(db_path)
    assert BackgroundCheck(db_path).found_wal is False
    left_open = sqlite3.connect(db_path)  # a program that has the file open (or crashed)
    left_open.execute("PRAGMA journal_mode = WAL")
    left_open.execute("UPDATE participant SET municipality = 'Zwolle'")
    left_open.commit()
    try:
        check = BackgroundCheck(db_path)
        assert check.found_wal is True
        assert check.result().ok
    finally:
        left_open.close()
