"""The Overzicht on a demo database: the running cohorts with the same numbers in the table
as the service, rows that open a cohort or participant, a refresh after a change elsewhere,
the one-page PDF, and the empty states of a new database."""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from tests.conftest import DEMO_TODAY

from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import planning
from werkfit_desktop.services.dashboard import dashboard
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.overview import EXPIRY_WINDOW_DAYS, OverviewView


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("overview") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


def open_view(qtbot, db, settings, today=DEMO_TODAY):
    events = AppEvents()
    view = OverviewView(db, events, QUndoStack(), settings, InlineTaskRunner())
    view.today = lambda: today
    view.refresh()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view, events


def test_running_and_finished_cohorts_show_the_services_numbers(qtbot, demo, settings, dutch):
    view, _events = open_view(qtbot, demo, settings)
    board = dashboard(demo, DEMO_TODAY, EXPIRY_WINDOW_DAYS)
    running = view.running_table.cell_texts()
    assert [row[0] for row in running] == [c.code for c in board.running]
    assert len(running) >= 2
    for row, cohort in zip(running, board.running, strict=True):
        assert row[2] == str(cohort.participants)
        assert row[3].rstrip(" %").replace(",", ".") == f"{cohort.attendance_pct:.1f}".rstrip(
            "0"
        ).rstrip(".")
        assert row[4] == f"{cohort.week.attended} / {cohort.week.registered}"
    finished = view.finished_table.cell_texts()
    assert [row[0] for row in finished] == [c.code for c in board.finished]
    assert [row[1] for row in finished] == [format_date(c.end_date) for c in board.finished]
    assert [row[3] for row in finished] == [str(c.paid_work) for c in board.finished]
    assert [r[0] for r in view.follow_table.cell_texts()] == [r.name for r in board.follow_ups]
    assert [r[0] for r in view.expiring_table.cell_texts()] == [
        c.participant_name for c in board.expiring
    ]
    assert view.sessions_table.rowCount() == len(board.sessions) > 0
    # The chart first; "Tabel" shows the same numbers as a table.
    assert view.running.stack.currentWidget() is view.running_chart
    qtbot.mouseClick(view.running.table_button, Qt.MouseButton.LeftButton)
    assert view.running.stack.currentWidget() is view.running_table
    assert view.running.table_button.text() == "Tabel"
    assert view.week_label.text() == "Week 48 van 2026 (23-11-2026 t/m 29-11-2026)"


def test_double_click_opens_the_cohort_or_the_participant(qtbot, demo, settings, dutch):
    view, _events = open_view(qtbot, demo, settings)
    board = view.board
    view.running.table_button.setChecked(True)
    table = view.running_table
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().height() > 40)
    rect = table.visualItemRect(table.item(0, 0))
    # A real double-click is a press, a release, then the double-click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.cohort_requested) as cohort:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert cohort.args == [board.running[0].cohort_id]
    table = view.follow_table
    table.setFocus()
    table.setCurrentCell(1, 0)
    with qtbot.waitSignal(view.participant_requested) as participant:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert participant.args == [board.follow_ups[1].participant_id]


def test_refreshes_when_a_session_is_cancelled_elsewhere(qtbot, demo, settings, dutch):
    view, events = open_view(qtbot, demo, settings)
    planned = next(s for s in view.board.sessions if not s.cancelled)
    changes = planning.cancel_session(demo, planned.id, "Trainer ziek")
    try:
        events.publish(changes)
        cells = view.sessions_table.cell_texts()
        row = [s.id for s in view.board.sessions].index(planned.id)
        assert cells[row][3] == f"Vervallen: {planned.module_name}"
    finally:
        events.publish(planning.restore_session(demo, planned.id))
    assert not next(s for s in view.board.sessions if s.id == planned.id).cancelled


def test_print_writes_a_one_page_pdf(qtbot, demo, settings, dutch, tmp_path):
    view, _events = open_view(qtbot, demo, settings)
    opened = []
    view.choose_path = lambda suggested: tmp_path / "overzicht"
    view.open_pdf = lambda path: opened.append(path) or True
    path = view.print_sheet()
    assert path == tmp_path / "overzicht.pdf" and opened == [path]
    assert [p.name for p in tmp_path.iterdir()] == ["overzicht.pdf"]  # no temp file left
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for cohort in view.board.running + view.board.finished:
        assert cohort.code in text
    # Pinned up in the office: no participant's name on it.
    assert all(row.name.split(",")[0] not in text for row in view.board.follow_ups[:5])
    assert "Overzicht" in text
    assert "Aanwezigheid deze week per lopende groep" in text
    assert "Uitstroom naar betaald werk per afgeronde groep" in text
    assert "Week 48 van 2026" in text


def test_empty_database_says_what_to_do(qtbot, db, settings, dutch, tmp_path):
    view, _events = open_view(qtbot, db, settings)
    assert view.running.stack.currentWidget() is view.running.empty
    assert view.running.empty.text() == "Nog geen lopende groepen — maak er een aan bij Groepen."
    assert not view.running.table_button.isEnabled()
    for section in (view.finished, view.follow_ups, view.expiring, view.sessions):
        assert section.stack.currentWidget() is section.empty
        assert section.empty.text()
    view.choose_path = lambda suggested: tmp_path / "leeg.pdf"
    view.open_pdf = lambda path: True
    assert len(PdfReader(str(view.print_sheet())).pages) == 1
