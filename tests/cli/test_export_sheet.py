"""`werkfit-cli export sheet`: a participant's progress report as PDF from the command line."""

from __future__ import annotations

import shutil

from pypdf import PdfReader

from werkfit_desktop.cli import main


def test_export_sheet_writes_the_pdf(demo_template, tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    out = tmp_path / "voortgang.pdf"
    code = main(
        [
            "export",
            "sheet",
            "--db",
            str(db),
            "--participant",
            "D-000020",
            "--from",
            "01-05-2026",
            "--to",
            "30-06-2026",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    reader = PdfReader(out)
    text = reader.pages[0].extract_text()
    assert "D-000020" in text
    assert "01-05-2026 – 30-06-2026" in text
    assert "D-000020" in capsys.readouterr().out


def test_unknown_participant_is_an_error(demo_template, tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    out = tmp_path / "voortgang.pdf"
    code = main(
        ["export", "sheet", "--db", str(db), "--participant", "D-999999", "--out", str(out)]
    )
    assert code == 1
    assert "D-999999" in capsys.readouterr().err
    assert not out.exists()


def test_bad_date_is_an_error(demo_template, tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    code = main(
        [
            "export",
            "sheet",
            "--db",
            str(db),
            "--participant",
            "D-000020",
            "--from",
            "31-02-2026",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 1
    assert "31-02-2026" in capsys.readouterr().err
