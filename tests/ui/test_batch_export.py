"""The cohort's progress reports exported on the real background runner: the progress dialog
shows, the GUI thread keeps processing events, and Cancel half way leaves only whole files."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import progress as progress_service
from werkfit_desktop.services.cohort_page import cohort_page
from werkfit_desktop.services.cohorts import list_cohorts
from werkfit_desktop.ui.dialogs import batch_export
from werkfit_desktop.ui.tasks import InlineTaskRunner, TaskRunner


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("batch-ui") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    rows = [row for row in list_cohorts(db) if row.total_count >= 5]
    cohort = min(rows, key=lambda row: row.total_count)
    yield db, cohort_page(db, cohort.id)
    db.close()


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def shown(monkeypatch, tmp_path):
    results = []
    monkeypatch.setattr(batch_export, "ask_combined", lambda parent: False)
    monkeypatch.setattr(batch_export, "choose_folder", lambda parent, suggested: tmp_path)
    monkeypatch.setattr(
        batch_export,
        "show_result",
        lambda parent, folder, result, error: results.append(
            (result, error, batch_export.result_text(folder, result, error))
        ),
    )
    return results


def test_export_runs_in_the_background_with_a_progress_dialog(demo, window, shown, qtbot, tmp_path):
    db, page = demo
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    tasks = TaskRunner()
    timer.start()
    running = batch_export.export_cohort_sheets_dialog(window, db, tasks, page.header.id)
    assert running.dialog.isVisible()
    qtbot.waitUntil(lambda: running.done, timeout=60_000)
    timer.stop()
    assert len(ticks) >= 3  # the GUI thread handled its timer while the sheets were made
    result, error, text = shown[0]
    assert error is None and not result.cancelled and not result.failed
    assert len(result.written) == len(page.members)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in result.written)
    assert str(tmp_path) in text
    assert tasks.wait()


def test_cancel_half_way_leaves_only_complete_files(
    demo, window, shown, qtbot, tmp_path, monkeypatch
):
    db, page = demo
    third = page.members[2].participant_id
    clicked = threading.Event()
    real = progress_service.progress_figures

    def figures(db_, participant_id, *args, **kwargs):
        if participant_id == third:
            clicked.wait(30)  # the user presses Cancel while the third is being made
        return real(db_, participant_id, *args, **kwargs)

    monkeypatch.setattr(progress_service, "progress_figures", figures)
    tasks = TaskRunner()
    running = batch_export.export_cohort_sheets_dialog(window, db, tasks, page.header.id)
    qtbot.waitUntil(lambda: running.dialog.value() == 2, timeout=60_000)
    running.dialog.findChild(QPushButton).click()
    clicked.set()
    qtbot.waitUntil(lambda: running.done, timeout=60_000)
    result, error, _text = shown[0]
    assert error is None and result.cancelled
    assert len(result.written) == 3  # the one in hand is finished, no others are started
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in result.written)
    assert all(p.read_bytes().rstrip().endswith(b"%%EOF") for p in result.written)
    assert tasks.wait()


def test_combined_choice_writes_one_file(demo, window, shown, qtbot, tmp_path, monkeypatch):
    db, page = demo
    monkeypatch.setattr(batch_export, "ask_combined", lambda parent: True)
    running = batch_export.export_cohort_sheets_dialog(
        window, db, InlineTaskRunner(), page.header.id, [m.participant_id for m in page.members[:2]]
    )
    assert running.done
    result, error, _text = shown[0]
    assert error is None
    assert [p.name for p in tmp_path.iterdir()] == [result.written[0].name]
    assert result.written[0].name == f"{page.header.code}_voortgangsrapportages.pdf"


def test_cancelling_the_question_does_nothing(demo, window, shown, monkeypatch):
    db, page = demo
    monkeypatch.setattr(batch_export, "ask_combined", lambda parent: None)
    assert (
        batch_export.export_cohort_sheets_dialog(window, db, TaskRunner(), page.header.id) is None
    )
    assert shown == []
