"""How the batch's worker processes start: forked from a forkserver on Linux (the app itself,
with its GUI thread, is never forked), spawned in a frozen build and elsewhere; either
way a worker imports no Qt and nothing of the GUI, and writes the same sheets."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import batch_workers
from werkfit_desktop.services.batch_export import export_cohort_sheets
from werkfit_desktop.services.cohorts import list_cohorts


class Handle:
    cancelled = False

    def __init__(self) -> None:
        self.done: list[int] = []

    def update(self, done, total, text=""):
        self.done.append(done)


@pytest.fixture(scope="module")
def small_cohort(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("worker-start") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    rows = [row for row in list_cohorts(db) if 3 <= row.total_count <= 12]
    yield db, min(rows, key=lambda row: row.total_count)
    db.close()


def test_the_worker_import_path_loads_no_qt_and_no_gui():
    code = (
        "import sys, werkfit_desktop.services.batch_workers\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')"
        " or m.startswith('werkfit_desktop.ui')))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert found == "[]"


def test_linux_forks_workers_from_a_forkserver_and_a_frozen_build_spawns(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert batch_workers.start_method() == "forkserver"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert batch_workers.start_method() == "spawn"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delattr(sys, "frozen")
    assert batch_workers.start_method() == "spawn"


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_both_start_methods_write_every_sheet_in_the_workers(
    small_cohort, tmp_path, monkeypatch, method
):
    if method == "forkserver" and not sys.platform.startswith("linux"):
        pytest.skip("the forkserver is used on Linux only")
    db, cohort = small_cohort
    monkeypatch.setattr(batch_workers, "start_method", lambda: method)

    def not_here(*args):
        raise AssertionError("made on the calling thread, not in a worker process")

    monkeypatch.setattr(batch_workers, "write_sheet", not_here)
    handle = Handle()
    result = export_cohort_sheets(db, cohort.id, tmp_path, handle, processes=True)
    assert not result.failed and not result.cancelled
    assert len(result.written) == cohort.total_count
    assert {p.name for p in tmp_path.iterdir()} == {p.name for p in result.written}
    assert handle.done[-1] == cohort.total_count
    text = PdfReader(result.written[0]).pages[0].extract_text()
    assert "Voortgangsrapportage" in text  # the workers print in the app's language
