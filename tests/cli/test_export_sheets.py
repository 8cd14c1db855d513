"""`werkfit-cli export sheets`: every member's progress report of a cohort into a folder."""

from __future__ import annotations

import shutil

import pytest

from werkfit_desktop.cli import main
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.cohort_page import cohort_page
from werkfit_desktop.services.cohorts import list_cohorts


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("sheets-cli") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    rows = [row for row in list_cohorts(db) if row.total_count >= 3]
    page = cohort_page(db, min(rows, key=lambda row: row.total_count).id)
    db.close()
    return path, page


def test_export_sheets_writes_one_pdf_per_member(demo, tmp_path, capsys):
    path, page = demo
    out = tmp_path / "rapportages"
    code = main(
        ["export", "sheets", "--db", str(path), "--cohort", page.header.code, "--out", str(out)]
    )
    assert code == 0
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == len(page.members)
    assert all(name.startswith(f"{page.header.code}_D-") for name in names)
    printed = capsys.readouterr().out
    assert all(name in printed for name in names)


def test_export_sheets_combined(demo, tmp_path):
    path, page = demo
    code = main(
        [
            "export",
            "sheets",
            "--db",
            str(path),
            "--cohort",
            page.header.code,
            "--out",
            str(tmp_path),
            "--combined",
        ]
    )
    assert code == 0
    assert [p.name for p in tmp_path.iterdir()] == [f"{page.header.code}_voortgangsrapportages.pdf"]


def test_unknown_cohort_is_an_error(demo, tmp_path, capsys):
    path, _page = demo
    code = main(["export", "sheets", "--db", str(path), "--cohort", "NOPE", "--out", str(tmp_path)])
    assert code == 1
    assert "NOPE" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
