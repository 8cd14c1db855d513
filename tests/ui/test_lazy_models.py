"""The regression guard for the lazy participant list (issue 8): on 3,000 participants the
list must not fetch the whole table for its first screen nor for a keystroke of the search.
Counted in SQL statements and rows, not in time (times vary from machine to machine)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, insert

from werkfit_desktop.domain import Participant, new_id
from werkfit_desktop.domain.names import search_key, sort_key
from werkfit_desktop.persistence.database import open_database

PEOPLE = 3_000
FIRST = ("Ayşe", "Łukasz", "Thị Hoa", "Sanne", "Mehmet", "Agnieszka", "Yonas", "Noëlle")
LAST = (
    (None, "Yılmaz"),
    ("van den", "Berg"),
    (None, "Wróbel"),
    (None, "Nguyễn"),
    ("de", "Vries"),
    (None, "Öztürk"),
    ("'t", "Hart"),
    (None, "Dąbrowska"),
)


@pytest.fixture
def crowded_db(db_path):
    """The real schema with 3,000 synthetic participants, inserted in bulk."""
    now = dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC)
    rows = []
    for n in range(PEOPLE):
        first = FIRST[n % len(FIRST)]
        particle, last = LAST[(n // len(FIRST)) % len(LAST)]
        number = f"D-{n + 1:06d}"
        rows.append(
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "participant_number": number,
                "first_name": first,
                "name_particle": particle,
                "last_name": f"{last}{n // 64 or ''}",
                "search_text": search_key(first, particle, f"{last}{n // 64 or ''}", None, number),
                "sort_name": sort_key(first, particle, f"{last}{n // 64 or ''}"),
                "date_of_birth": dt.date(1980, 1, 1) + dt.timedelta(days=n),
                "profile_consent": False,
            }
        )
    database = open_database(db_path)
    with database.write() as session:
        session.execute(insert(Participant), rows)
    database.close()
    return db_path


class StatementLog:
    """Every SQL statement SQLite runs while recording, through the ORM or plain reads
    (sqlite3's trace callback on every connection taken from the engine's pool)."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.statements: list[str] = []
        self.recording = False
        event.listen(engine.pool, "checkout", self._trace)

    def _trace(self, dbapi_connection, _record, _proxy) -> None:
        dbapi_connection.set_trace_callback(self._seen)

    def _seen(self, statement: str) -> None:
        if self.recording:
            self.statements.append(" ".join(statement.split()))

    def start(self) -> None:
        self.statements.clear()
        self.recording = True

    def stop(self) -> list[str]:
        self.recording = False
        return [s for s in self.statements if not s.startswith(("BEGIN", "ROLLBACK", "PRAGMA"))]

    def close(self) -> None:
        event.remove(self.engine.pool, "checkout", self._trace)

    @staticmethod
    def list_queries(statements: list[str]) -> list[str]:
        """The participant list's own row queries (not counts)."""
        return [
            s
            for s in statements
            if s.startswith("SELECT")
            and "FROM participant AS p" in s
            and "ORDER BY p.sort_name" in s
            and "count(" not in s
        ]


def type_search(view, text: str) -> None:
    """Keystroke by keystroke, as a user types (setText: non-ASCII into a widget)."""
    for n in range(1, len(text) + 1):
        view.search.setText(text[:n])
        QApplication.processEvents()


def test_a_keystroke_costs_a_few_statements_not_one_per_row(start_app, crowded_db):
    _startup, window = start_app(crowded_db)
    view = window.participants
    log = StatementLog(window.db.engine)
    try:
        for text in ("y", "yi", "yil"):
            log.start()
            view.search.setText(text)
            QApplication.processEvents()
            view.table.viewport().repaint()
            statements = log.stop()
            assert 1 <= len(statements) <= 4, statements
    finally:
        log.close()
    assert view.model.rowCount() > 0
    assert "Yılmaz" in view.model.index(0, 1).data()


def test_the_participant_list_fetches_rows_on_demand(start_app, crowded_db, qtbot):
    _startup, window = start_app(crowded_db)
    view = window.participants
    model = view.model
    log = StatementLog(window.db.engine)
    try:
        # First screen: a page of rows, not the table; the rest on demand.
        assert model.rowCount() < PEOPLE
        assert model.canFetchMore(QModelIndex())

        # Typing: every row query is a page (LIMIT), never the whole match.
        log.start()
        type_search(view, "van den")
        queries = log.list_queries(log.stop())
        assert queries, "the search ran no list query"
        assert all(" LIMIT " in q for q in queries), queries
        assert model.rowCount() < PEOPLE

        # Scrolling to the end fetches the next pages.
        view.search.setText("")
        QApplication.processEvents()
        first_page = model.rowCount()
        view.table.scrollToBottom()
        QApplication.processEvents()
        qtbot.waitUntil(lambda: model.rowCount() > first_page, timeout=2000)
    finally:
        log.close()


def fetch_all(model) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_a_header_click_sorts_every_page_in_sql_as_the_export_does(start_app, crowded_db):
    from PySide6.QtCore import Qt

    from werkfit_desktop.services.participants import search_participants
    from werkfit_desktop.ui.item_models.participants import COL_BIRTH, COL_NUMBER

    _startup, window = start_app(crowded_db)
    view, model = window.participants, window.participants.model
    view.search.setText("yılmaz")
    QApplication.processEvents()
    matches = search_participants(window.db, "yilmaz")
    for column, order in (
        (COL_BIRTH, Qt.SortOrder.DescendingOrder),
        (COL_NUMBER, Qt.SortOrder.AscendingOrder),
    ):
        view.table.sortByColumn(column, order)
        assert model.rowCount() <= model.page_size
        fetch_all(model)
        shown = [model.row_id(r) for r in range(model.rowCount())]
        # The export sorts the same matches in Python: the same order, every row once.
        assert shown == [r.id for r in model.sorted_like_view(matches)]
    births = [model.index(r, 2).data() for r in range(3)]
    assert births[0] != births[1]  # distinct dates in dd-mm-jjjj, the youngest first
    assert view.count_label.text() == f"{len(matches)} van {PEOPLE} deelnemers"


def test_a_participant_beyond_the_fetched_pages_is_found_and_selected(start_app, crowded_db):
    from werkfit_desktop.services.participants import search_participants

    _startup, window = start_app(crowded_db)
    view, model = window.participants, window.participants.model
    assert view.count_label.text() == f"{PEOPLE} deelnemers"
    far = search_participants(window.db)[2_500]  # sorted by surname, as the list
    assert model.rowCount() < 2_500
    log = StatementLog(window.db.engine)
    try:
        log.start()
        view.show_participant(far.id)
        statements = log.stop()
    finally:
        log.close()
    assert view.title.text().endswith(far.name.split(", ")[0])
    row = view.table.currentIndex().row()
    assert row == 2_500 and model.row_id(row) == far.id
    # Its position asked once, the pages up to it in one go: not a query per page.
    assert len(log.list_queries(statements)) <= 3, statements


def test_the_columns_keep_the_widths_the_user_gave_them(start_app, crowded_db, qtbot, settings):
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QHeaderView

    from werkfit_desktop.ui.events import AppEvents
    from werkfit_desktop.ui.views.participants import ParticipantsView

    _startup, window = start_app(crowded_db)
    header = window.participants.table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert all(header.sectionSize(c) >= 40 for c in range(header.count()))
    header.resizeSection(1, 333)
    window.participants.save_state()
    again = ParticipantsView(window.db, AppEvents(), QUndoStack(), settings)
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().sectionSize(1) == 333
