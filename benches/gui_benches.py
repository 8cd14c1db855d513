"""In-process GUI benchmarks on the real MainWindow: search-as-you-type, opening a cohort
page, opening a session register; and recording one mark through the service. Each is
timed from the call to a repainted view, against a plain sqlite3 query for the same rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from benches.timing import measure
from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.domain.names import fold

TYPED = ("yılmaz", "wróbel", "van den", "haddad", "d-0012")
"""What is typed, one keystroke at a time (accents as users type them)."""

FLOOR_SEARCH = (
    "SELECT id, participant_number, first_name, name_particle, last_name, sort_name, "
    "date_of_birth, municipality, language_level FROM participant "
    "WHERE deleted_at IS NULL {where} ORDER BY sort_name, participant_number"
)


def settings_in(folder: Path):
    from werkfit_desktop.ui.settings import Settings

    return Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))


def start_window(app: QApplication, db_path: Path, folder: Path):
    """The real Startup and MainWindow (tasks run inline, as in the GUI tests)."""
    from werkfit_desktop.app import Startup
    from werkfit_desktop.ui.i18n import install_translators
    from werkfit_desktop.ui.tasks import InlineTaskRunner

    install_translators(app, "nl")
    startup = Startup(app, settings_in(folder), db_path)
    problem = startup.open()
    if problem is not None:
        raise RuntimeError(problem)
    window = startup.show_window(InlineTaskRunner())
    QApplication.processEvents()
    if startup.warm_up is not None:  # measured once SQLAlchemy is loaded behind the window
        startup.warm_up.start()
        startup.warm_up.wait()
        QApplication.processEvents()
    return startup, window


def participants_view(db, folder: Path):
    """The real participant list alone (for the 50,000-participant database)."""
    from werkfit_desktop.ui.events import AppEvents
    from werkfit_desktop.ui.views.participants import ParticipantsView

    events = AppEvents()
    view = ParticipantsView(db, events, QUndoStack(), settings_in(folder))
    view.resize(1280, 800)
    view.show()
    view._bench_events = events  # keep it alive with the view
    QApplication.processEvents()
    return view


def keystrokes() -> list[str]:
    return [word[:n] for word in TYPED for n in range(1, len(word) + 1)]


class PaintSeen(QObject):
    """Counts the paints of one widget (an event filter on it)."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def search_samples(view, repeats: int) -> list[float]:
    """Seconds from setting the search text to the repainted list, per keystroke: the
    text set, the events processed until the list's viewport has painted (a repaint is
    forced when the events brought none)."""
    viewport = view.table.viewport()
    painted = PaintSeen(viewport)

    def typing(text: str):
        def keystroke() -> None:
            before = painted.count
            view.search.setText(text)
            QApplication.processEvents()
            if painted.count == before:
                viewport.repaint()

        return keystroke

    samples: list[float] = []
    for _ in range(repeats):
        for word in TYPED:
            view.search.setText("")
            QApplication.processEvents()
            for n in range(1, len(word) + 1):
                samples += measure(typing(word[:n]), repeats=1, warmups=0)
    view.search.setText("")
    QApplication.processEvents()
    return samples


def search_floor_samples(db_path: Path, repeats: int) -> list[float]:
    """The plain SQLite query for the same rows (every typed word a LIKE on search_text)."""
    connection = sqlite3.connect(db_path)
    samples: list[float] = []
    try:
        for _ in range(repeats):
            for text in keystrokes():
                words = fold(text).split()
                where = "".join(" AND search_text LIKE ?" for _ in words)
                query = FLOOR_SEARCH.format(where=where)
                params = [f"%{w}%" for w in words]
                samples += measure(
                    lambda q=query, p=params: connection.execute(q, p).fetchall(),
                    repeats=1,
                    warmups=0,
                )
    finally:
        connection.close()
    return samples


def pick_cohorts(db_path: Path, today: dt.date, count: int) -> list[str]:
    """Cohorts that have started, with members, spread over the years (newest first)."""
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute(
            "SELECT c.id FROM cohort c WHERE c.start_date <= ? AND c.deleted_at IS NULL "
            "AND EXISTS (SELECT 1 FROM enrolment e WHERE e.cohort_id = c.id) "
            "ORDER BY c.start_date DESC",
            (today.isoformat(),),
        ).fetchall()
    step = max(1, len(rows) // count)
    return [r[0] for r in rows[::step][:count]]


def cohort_page_samples(window, cohort_ids: list[str], repeats: int) -> list[float]:
    window.show_area("cohorts")
    QApplication.processEvents()
    view = window.cohorts

    def opening(cohort_id: str):
        def open_page() -> None:
            view.select_cohort(cohort_id)
            QApplication.processEvents()
            view.panel.table.viewport().repaint()

        return open_page

    samples: list[float] = []
    opening(cohort_ids[-1])()  # warm-up
    for _ in range(repeats):
        for cohort_id in cohort_ids:
            samples += measure(opening(cohort_id), repeats=1, warmups=0)
    return samples


COHORT_FLOOR = """
SELECT p.id, p.participant_number, p.first_name, p.name_particle, p.last_name, e.status,
       count(a.id), sum(a.status IN ('present', 'late')), sum(a.status = 'late')
FROM enrolment e JOIN participant p ON p.id = e.participant_id
LEFT JOIN attendance a ON a.participant_id = p.id
     AND a.session_id IN (SELECT id FROM training_session WHERE cohort_id = ?)
WHERE e.cohort_id = ? GROUP BY e.id ORDER BY p.sort_name
"""


def cohort_floor_samples(db_path: Path, cohort_ids: list[str], repeats: int) -> list[float]:
    connection = sqlite3.connect(db_path)
    samples: list[float] = []
    try:
        for _ in range(repeats):
            for cohort_id in cohort_ids:
                samples += measure(
                    lambda c=cohort_id: connection.execute(COHORT_FLOOR, (c, c)).fetchall(),
                    repeats=1,
                    warmups=0,
                )
    finally:
        connection.close()
    return samples


def pick_sessions(db_path: Path, cohort_ids: list[str], today: dt.date) -> list[tuple[str, str]]:
    """(session id, cohort id): the latest held session of each cohort."""
    found = []
    with sqlite3.connect(db_path) as connection:
        for cohort_id in cohort_ids:
            row = connection.execute(
                "SELECT id FROM training_session WHERE cohort_id = ? AND date <= ? "
                "AND cancelled = 0 AND deleted_at IS NULL ORDER BY date DESC LIMIT 1",
                (cohort_id, today.isoformat()),
            ).fetchone()
            if row:
                found.append((row[0], cohort_id))
    return found


def register_samples(window, sessions: list[tuple[str, str]], repeats: int) -> list[float]:
    window.show_area("attendance")
    QApplication.processEvents()
    view = window.register

    def opening(session_id: str):
        def open_register() -> None:
            view.open_session(session_id)
            QApplication.processEvents()
            view.table.viewport().repaint()

        return open_register

    samples: list[float] = []
    opening(sessions[-1][0])()
    for _ in range(repeats):
        for session_id, _cohort in sessions:
            samples += measure(opening(session_id), repeats=1, warmups=0)
    return samples


REGISTER_FLOOR = """
SELECT p.id, p.participant_number, p.first_name, p.name_particle, p.last_name, p.sort_name,
       a.status, a.minutes_late, a.note
FROM enrolment e JOIN participant p ON p.id = e.participant_id
LEFT JOIN attendance a ON a.participant_id = p.id AND a.session_id = ?
WHERE e.cohort_id = ? ORDER BY p.sort_name
"""


def register_floor_samples(db_path: Path, sessions, repeats: int) -> list[float]:
    connection = sqlite3.connect(db_path)
    samples: list[float] = []
    try:
        for _ in range(repeats):
            for session_id, cohort_id in sessions:
                samples += measure(
                    lambda s=session_id, c=cohort_id: (
                        connection.execute(
                            "SELECT c.code, s.date FROM training_session s JOIN cohort c "
                            "ON c.id = s.cohort_id WHERE s.id = ?",
                            (s,),
                        ).fetchall()
                        + connection.execute(REGISTER_FLOOR, (s, c)).fetchall()
                    ),
                    repeats=1,
                    warmups=0,
                )
    finally:
        connection.close()
    return samples


def _marked(db_path: Path, session_id: str) -> list[str]:
    with sqlite3.connect(db_path) as connection:
        return [
            r[0]
            for r in connection.execute(
                "SELECT participant_id FROM attendance WHERE session_id = ? ORDER BY 1",
                (session_id,),
            )
        ]


def mark_samples(db, db_path: Path, session_id: str, repeats: int) -> list[float]:
    """record_mark (the service, one transaction, synchronous=FULL) on marked rows."""
    from werkfit_desktop.services.attendance import record_mark

    people = _marked(db_path, session_id)
    statuses = (AttendanceStatus.SICK, AttendanceStatus.PRESENT)
    counter = iter(range(10**6))

    def one_mark() -> None:
        n = next(counter)
        record_mark(db, session_id, people[n % len(people)], statuses[n % 2])

    return measure(one_mark, repeats=repeats, warmups=2)


def mark_floor_samples(db_path: Path, session_id: str, repeats: int) -> list[float]:
    """The bare UPDATE in its own IMMEDIATE transaction, WAL and synchronous=FULL."""
    people = _marked(db_path, session_id)
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    counter = iter(range(10**6))

    def one_update() -> None:
        n = next(counter)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "UPDATE attendance SET status = ?, updated_at = ? "
            "WHERE session_id = ? AND participant_id = ?",
            (
                ("sick", "present")[n % 2],
                dt.datetime.now().isoformat(),
                session_id,
                people[n % len(people)],
            ),
        )
        connection.execute("COMMIT")

    try:
        return measure(one_update, repeats=repeats, warmups=2)
    finally:
        connection.close()
