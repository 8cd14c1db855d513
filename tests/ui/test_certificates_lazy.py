"""The lazy certificates overview (issue 8) on 1,300 synthetic certificates: the Certificaten
area fetches one page of lines and the rest as the table scrolls, computes the states, the
filters, the counts and the column sorting in SQL (the same states as the domain rule, the
same order as the words on screen), and still exports every matching certificate.
Counted in SQL statements and rows, never in time."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, insert, select, update
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain import Certificate, CertificateType, Participant, new_id
from werkfit_desktop.domain.certificate_state import CertificateState, certificate_state
from werkfit_desktop.domain.enums import ExamResult
from werkfit_desktop.domain.names import search_key, sort_key
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.certificate_overview import (
    OverviewFilter,
    OverviewOrder,
    overview_counts,
    overview_index,
    overview_lines,
)
from werkfit_desktop.services.documents import attach_certificate_scan
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.certificates import PAGE_SIZE, SORT_ROLE
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.certificates import CertificatesView

PEOPLE, CERTIFICATES = 600, 1_300
FIRST = ("Ayşe", "Łukasz", "Thị Hoa", "Sanne", "Mehmet", "Noëlle")
LAST = ((None, "Yılmaz"), ("van den", "Berg"), (None, "Wróbel"), (None, "Nguyễn"), ("de", "Vries"))
TYPES = (("VCA Basis", 120), ("BHV", 12), ("Heftruck", 60), ("Taalniveau B1", None))
RESULTS = (ExamResult.PASSED,) * 6 + (ExamResult.PLANNED, ExamResult.FAILED, ExamResult.NO_SHOW)


@pytest.fixture(scope="module")
def crowded(tmp_path_factory, template_db):
    """The real schema with 600 participants (one deleted) and 1,300 certificates of every
    state around DEMO_TODAY, inserted in bulk; three have a diploma scan."""
    path = tmp_path_factory.mktemp("certificates_lazy") / "werkfit.sqlite"
    path.write_bytes(template_db.read_bytes())
    now = dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC)
    stamp = {"created_at": now, "updated_at": now}
    people, kinds, certificates = [], [], []
    for n in range(PEOPLE):
        first = FIRST[n % len(FIRST)]
        particle, last = LAST[(n // len(FIRST)) % len(LAST)]
        last = f"{last}{n // 30 or ''}"
        number = f"D-{n + 1:05d}"
        people.append(
            {
                "id": new_id(),
                **stamp,
                "participant_number": number,
                "first_name": first,
                "name_particle": particle,
                "last_name": last,
                "search_text": search_key(first, particle, last, None, number),
                "sort_name": sort_key(first, particle, last),
                "profile_consent": False,
            }
        )
    for name, months in TYPES:
        kinds.append(
            {"id": new_id(), **stamp, "name": name, "default_validity_months": months}
            | {"active": True}
        )
    for n in range(CERTIFICATES):
        result = RESULTS[n % len(RESULTS)]
        kind = kinds[n % len(kinds)]
        until = DEMO_TODAY + dt.timedelta(days=(n * 37) % 1500 - 500)
        certificates.append(
            {
                "id": new_id(),
                **stamp,
                "participant_id": people[(n * 7) % PEOPLE]["id"],
                "certificate_type_id": kind["id"],
                "exam_date": None if result == ExamResult.PLANNED and n % 2 else until,
                "result": result,
                "diploma_number": f"CDR-{n:07d}" if n % 3 else None,
                "issuer": ("Examencentrum Zwolle", "SSVV", None)[n % 3],
                "valid_until": (
                    until
                    if result == ExamResult.PASSED and kind["default_validity_months"]
                    else None
                ),
                "valid_until_overridden": n % 11 == 0,
            }
        )
    database = open_database(path)
    with database.write() as session:
        session.execute(insert(Participant), people)
        session.execute(insert(CertificateType), kinds)
        session.execute(insert(Certificate), certificates)
        # A participant deleted (a tombstone): their certificates are not in the overview.
        session.execute(
            update(Participant).where(Participant.id == people[-1]["id"]).values(deleted_at=now)
        )
    scan = path.parent / "diploma.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    for row in certificates[500:503]:
        attach_certificate_scan(database, row["id"], scan)
    yield database
    database.close()


@pytest.fixture
def view(qtbot, crowded, settings, dutch):
    widget = CertificatesView(crowded, AppEvents(), QUndoStack(), settings, InlineTaskRunner())
    widget.today = lambda: DEMO_TODAY
    widget.refresh()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


class StatementLog:
    def __init__(self, engine) -> None:
        self.engine, self.statements = engine, []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, parameters, _context, _many) -> None:
        self.statements.append((" ".join(statement.split()), parameters))

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


def visible_certificates(db) -> list:
    """Every certificate of a participant not deleted, read plainly (the expected rows)."""
    with db.read() as session:
        return session.execute(
            select(Certificate.id, Certificate.result, Certificate.valid_until).join(
                Participant, Participant.id == Certificate.participant_id
            )
        ).all()


def every_line(view) -> list:
    view.model.fetch_up_to(view.model.total())
    return [view.model.row_at(r) for r in range(view.model.rowCount())]


def test_the_overview_fetches_a_page_of_lines_and_the_rest_on_scroll(view, crowded, qtbot):
    expected = len(visible_certificates(crowded))
    assert expected > 3 * PAGE_SIZE
    model = view.model
    assert model.total() == expected
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    assert view.summary.text().startswith(f"{expected} certificaten")  # all, not a page

    log = StatementLog(crowded.engine)
    try:
        view.refresh()
        view.search.setText("yilmaz")
        view.refresh()
    finally:
        log.close()
    selects = [(s, p) for s, p in log.statements if s.startswith("SELECT")]
    assert len(selects) <= 6, selects  # per refresh: the ids and counts, one page of lines
    lines = [(s, p) for s, p in selects if "has_scan" in s]
    assert lines and all(len(p) <= PAGE_SIZE + 20 for s, p in lines)  # a page, never all

    view.search.setText("")
    view.refresh()
    view.show()
    qtbot.waitExposed(view)
    view.table.scrollToBottom()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE, timeout=2000)
    assert model.rowCount() < model.total() or not model.canFetchMore(QModelIndex())


@pytest.mark.parametrize("window", [0, 90, 365])
def test_states_and_counts_in_sql_follow_the_domain_rule(crowded, window):
    rows = visible_certificates(crowded)
    expected = {
        r.id: certificate_state(r.result, None, r.valid_until, DEMO_TODAY, window) for r in rows
    }
    index = overview_index(crowded, OverviewFilter(DEMO_TODAY, window))
    assert sorted(index.ids) == sorted(expected)
    assert index.counts == dict.fromkeys(CertificateState, 0) | Counter(expected.values())
    assert overview_counts(crowded, OverviewFilter(DEMO_TODAY, window)) == index.counts
    for state in CertificateState:
        only = overview_index(crowded, OverviewFilter(DEMO_TODAY, window, state=state))
        assert sorted(only.ids) == sorted(i for i, s in expected.items() if s == state)
    lines = overview_lines(crowded, OverviewFilter(DEMO_TODAY, window), limit=50, offset=100)
    assert [line.id for line in lines] == list(index.ids[100:150])
    assert all(line.state == expected[line.id] for line in lines)


def test_sorting_a_column_sorts_in_sql_as_the_words_on_screen(view):
    model = view.model
    with view.db.read() as session:
        surname_first = dict(session.execute(select(Participant.id, Participant.sort_name)).all())
    for key in model.column_keys():
        column = model.column_of(key)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.table.sortByColumn(column, order)
            lines = every_line(view)
            assert len(lines) == model.total()
            if key == "name":  # by surname without its particle, then the first name
                keys = [surname_first[line.participant_id] for line in lines]
            else:  # as the table sorted before: on the words shown, empty dates last
                keys = [model.index(r, column).data(SORT_ROLE) for r in range(len(lines))]
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder), key
    view.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert [line.id for line in every_line(view)] == [
        line.id for line in overview_lines(view.db, OverviewFilter(DEMO_TODAY, 90))
    ]


def test_selecting_a_far_certificate_fetches_up_to_it_and_sorting_keeps_it(view):
    model = view.model
    last_id = overview_index(view.db, model._filters).ids[-1]
    view.select(last_id)
    assert model.rowCount() == model.total()
    assert view.current_id() == last_id
    view.table.sortByColumn(model.column_of("type"), Qt.SortOrder.DescendingOrder)
    assert view.current_id() == last_id
    assert view.table.currentIndex().row() == model.position_of(last_id)
    view.search.setText("ssvv")
    view.refresh()  # a certificate the search leaves out: nothing selected
    assert view.model.total() < len(overview_index(view.db, OverviewFilter(DEMO_TODAY, 90)).ids)


def test_export_writes_every_matching_certificate_in_the_order_shown(view):
    view.search.setText("examencentrum")
    view.refresh()
    view.table.sortByColumn(view.model.column_of("name"), Qt.SortOrder.DescendingOrder)
    model = view.model
    assert model.rowCount() < model.total()  # not all fetched...
    table = view.export_table()
    assert len(table.rows) == model.total()  # ...but all exported
    shown = every_line(view)
    number, name = model.column_of("number"), model.column_of("name")
    assert [(r[number], r[name]) for r in table.rows] == [
        (line.participant_number, line.participant_name) for line in shown
    ]
    assert {r[model.column_of("issuer")] for r in table.rows} == {"Examencentrum Zwolle"}
    scans = overview_lines(view.db, OverviewFilter(DEMO_TODAY, 90), OverviewOrder("scan", True))
    assert [line.has_scan for line in scans[:4]] == [True, True, True, False]
