"""Exporting the progress sheets of a cohort: one PDF per member, failures reported, cancel
leaves only complete files."""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader

from werkfit_desktop import files
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import progress as progress_service
from werkfit_desktop.services.batch_export import export_cohort_sheets, sheet_filename
from werkfit_desktop.services.cohort_page import cohort_page
from werkfit_desktop.services.cohorts import list_cohorts


class Cancelled(Exception):
    pass


class Handle:
    """Like ui/tasks.Progress, without Qt: cancels itself after `cancel_after` updates."""

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
    path = tmp_path_factory.mktemp("batch") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    rows = [row for row in list_cohorts(db) if row.total_count >= 4]
    cohort = min(rows, key=lambda row: row.total_count)
    page = cohort_page(db, cohort.id)
    yield db, page
    db.close()


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if not p.name.endswith(".pdf")]


def test_one_file_per_member_with_cohort_number_and_last_name(demo, tmp_path):
    db, page = demo
    handle = Handle()
    result = export_cohort_sheets(db, page.header.id, tmp_path, handle)
    assert not result.failed and not result.cancelled
    expected = {
        f"{page.header.code}_{m.number}_{m.name.split(',')[0].strip()}.pdf" for m in page.members
    }
    assert {p.name for p in tmp_path.iterdir()} == expected
    assert {p.name for p in result.written} == expected
    assert all(p.read_bytes().startswith(b"%PDF") for p in result.written)
    assert handle.calls[-1][:2] == (len(page.members), len(page.members))


def test_a_selection_writes_only_those(demo, tmp_path):
    db, page = demo
    chosen = [page.members[0].participant_id]
    result = export_cohort_sheets(db, page.header.id, tmp_path, Handle(), chosen)
    assert [p.name for p in tmp_path.iterdir()] == [result.written[0].name]


def test_a_failing_participant_is_reported_and_the_rest_written(demo, tmp_path, monkeypatch):
    db, page = demo
    broken = page.members[1]
    real = progress_service.progress_figures

    def figures(db_, participant_id, *args, **kwargs):
        if participant_id == broken.participant_id:
            raise RuntimeError("kapot")
        return real(db_, participant_id, *args, **kwargs)

    monkeypatch.setattr(progress_service, "progress_figures", figures)
    result = export_cohort_sheets(db, page.header.id, tmp_path, Handle())
    assert result.failed == [(broken.name, "kapot")]
    assert len(result.written) == len(page.members) - 1
    assert len(list(tmp_path.iterdir())) == len(page.members) - 1


def test_cancel_after_two_leaves_exactly_the_completed_files(demo, tmp_path):
    db, page = demo
    result = export_cohort_sheets(db, page.header.id, tmp_path, Handle(cancel_after=2))
    assert result.cancelled
    assert len(result.written) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in result.written)
    assert _leftovers(tmp_path) == []


def test_a_write_failure_leaves_no_partial_file(demo, tmp_path, monkeypatch):
    db, page = demo

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    result = export_cohort_sheets(
        db, page.header.id, tmp_path, Handle(), [page.members[0].participant_id]
    )
    assert result.failed == [(page.members[0].name, "No space left on device")]
    assert list(tmp_path.iterdir()) == []


def test_file_names_are_safe_and_keep_diacritics():
    assert sheet_filename("WF/2026", "D-000001", "Çelik/..\\x, Ayşe") == (
        "WF-2026_D-000001_Çelik-..-x.pdf"
    )
    assert sheet_filename("WF", "D-1", "Öztürk, Élodie") == "WF_D-1_Öztürk.pdf"


def test_combined_is_one_pdf_with_every_sheet(demo, tmp_path):
    db, page = demo
    result = export_cohort_sheets(db, page.header.id, tmp_path, Handle(), combined=True)
    assert [p.name for p in tmp_path.iterdir()] == [f"{page.header.code}_voortgangsrapportages.pdf"]
    reader = PdfReader(result.written[0])
    text = "".join(p.extract_text() for p in reader.pages)
    assert all(m.number in text for m in page.members)
    assert len(reader.pages) >= len(page.members)


def test_combined_cancelled_writes_nothing(demo, tmp_path):
    db, page = demo
    result = export_cohort_sheets(
        db, page.header.id, tmp_path, Handle(cancel_after=2), combined=True
    )
    assert result.cancelled and result.written == []
    assert list(tmp_path.iterdir()) == []
