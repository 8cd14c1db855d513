"""`werkfit-cli export workbook`: one cohort as an Excel workbook."""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from werkfit_desktop.cli import main

CODE = "WF-INST-2027-1"  # a planned demo cohort: small, so the test stays quick


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("workbook-cli") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def test_export_workbook_writes_the_cohort(demo, tmp_path, capsys):
    out = tmp_path / "groep.xlsx"
    code = main(["export", "workbook", "--db", str(demo), "--cohort", CODE, "--out", str(out)])
    assert code == 0
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        assert book.sheetnames[:3] == ["Groep", "Deelnemers", "Inschrijvingen"]
        rows = list(book["Groep"].iter_rows(values_only=True))
        assert rows[1][0] == CODE
        assert len(list(book["Deelnemers"].iter_rows())) > 5
    finally:
        book.close()
    printed = capsys.readouterr().out
    assert str(out) in printed and "Deelnemers" in printed


def test_unknown_cohort_is_an_error_in_dutch(demo, tmp_path, capsys):
    out = tmp_path / "groep.xlsx"
    code = main(["export", "workbook", "--db", str(demo), "--cohort", "NOPE", "--out", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert "NOPE" in err and "Er is geen groep" in err
    assert not out.exists()
