"""The two-process batch writes the same sheets as the calling thread, reports every
finished sheet, goes on past a participant that fails, and Cancel leaves only whole
files. (Spawning the workers takes a moment, so the pool is forced on a small cohort.)"""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader

from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import batch_workers
from werkfit_desktop.services.batch_export import export_cohort_sheets, export_sheets_of_cohorts
from werkfit_desktop.services.cohort_page import cohort_page
from werkfit_desktop.services.cohorts import list_cohorts


class Cancelled(Exception):
    pass


class Handle:
    """Like ui/tasks.Progress, without Qt: cancels itself once `cancel_after` are done."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.calls: list[tuple[int, int, str]] = []
        self.cancel_after = cancel_after
        self.cancelled = False

    def update(self, done, total, text=""):
        self.calls.append((done, total, text))
        if self.cancel_after is not None and done >= self.cancel_after:
            self.cancelled = True
        if self.cancelled:
            raise Cancelled


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("batch-pool") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    rows = [row for row in list_cohorts(db) if row.total_count >= 10]
    cohort = min(rows, key=lambda row: row.total_count)
    yield db, cohort_page(db, cohort.id)
    db.close()


def _texts(folder):
    return {
        p.name: "\n".join(page.extract_text() for page in PdfReader(p).pages)
        for p in sorted(folder.iterdir())
    }


def test_the_pool_writes_the_same_files_as_the_thread(demo, tmp_path, monkeypatch):
    db, page = demo
    in_thread, in_pool = tmp_path / "thread", tmp_path / "pool"
    in_thread.mkdir()
    in_pool.mkdir()
    by_thread = export_cohort_sheets(db, page.header.id, in_thread, Handle(), processes=False)

    def not_here(*args):
        raise AssertionError("made on the calling thread, not in a worker process")

    monkeypatch.setattr(batch_workers, "write_sheet", not_here)  # the fallback only
    handle = Handle()
    by_pool = export_cohort_sheets(db, page.header.id, in_pool, handle, processes=True)
    assert not by_pool.failed and not by_pool.cancelled
    assert [p.name for p in by_pool.written] == [p.name for p in by_thread.written]
    assert len(by_pool.written) == len(page.members)
    assert _texts(in_pool) == _texts(in_thread)  # same names, same Dutch text, same figures
    done = [call[0] for call in handle.calls]
    assert done == sorted(done) and done[-1] == len(page.members)
    assert len(set(done)) > len(page.members) // 2  # progress per finished sheet


def test_a_failing_participant_is_reported_and_the_rest_written(demo, tmp_path):
    db, page = demo
    first = export_cohort_sheets(db, page.header.id, tmp_path, Handle(), processes=False)
    blocked = first.written[1]
    blocked.unlink()
    blocked.mkdir()  # a folder where the PDF should go: the write fails for real
    result = export_cohort_sheets(db, page.header.id, tmp_path, Handle(), processes=True)
    assert [name for name, _message in result.failed] == [page.members[1].name]
    assert len(result.written) == len(page.members) - 1
    assert blocked not in result.written
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_cancel_leaves_exactly_the_complete_files(demo, tmp_path):
    db, page = demo
    result = export_cohort_sheets(
        db, page.header.id, tmp_path, Handle(cancel_after=1), processes=True
    )
    assert result.cancelled
    assert 1 <= len(result.written) < len(page.members)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in result.written)
    assert all(p.read_bytes().startswith(b"%PDF") for p in result.written)


def test_several_cohorts_in_one_batch(demo, tmp_path):
    db, page = demo
    others = [row.id for row in list_cohorts(db) if 0 < row.total_count <= 8][:2]
    result = export_sheets_of_cohorts(db, [page.header.id, *others], tmp_path, Handle())
    expected = len(page.members) + sum(len(cohort_page(db, c).members) for c in others)
    assert not result.failed and len(result.written) == expected
    assert {p.name for p in tmp_path.iterdir()} == {p.name for p in result.written}
