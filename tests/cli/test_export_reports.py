"""`werkfit-cli export profile` and `werkfit-cli export cohort` on a real demo database
file, as a user runs them (in Dutch)."""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader

from werkfit_desktop.cli import main
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.profile import find_participant


@pytest.fixture(autouse=True)
def dutch(monkeypatch):
    monkeypatch.setenv("WERKFIT_LANG", "nl")


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    """The demo file, its participant numbers with and without consent."""
    path = tmp_path_factory.mktemp("export_reports") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    try:
        from werkfit_desktop.services.participants import get_participant

        consenting = refusing = None
        for number in (f"D-{n:06d}" for n in range(1, 40)):
            data = get_participant(db, find_participant(db, number)).data
            if data.profile_consent and consenting is None:
                consenting = (number, data)
            if not data.profile_consent and refusing is None:
                refusing = (number, data)
    finally:
        db.close()
    return path, consenting, refusing


def test_export_profile(demo, tmp_path, capsys):
    path, (number, data), _refusing = demo
    out = tmp_path / "profiel.pdf"
    assert main(["export", "profile", "--db", str(path), "--participant", number,
                 "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert data.last_name in text
    assert "Pagina 1 van 1" in text


def test_export_profile_without_consent_is_refused(demo, tmp_path, capsys):
    path, _consenting, (number, data) = demo
    out = tmp_path / "profiel.pdf"
    assert main(["export", "profile", "--db", str(path), "--participant", number,
                 "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert data.last_name in error
    assert "toestemming" in error
    assert not out.exists()


def test_export_profile_of_an_unknown_participant(demo, tmp_path, capsys):
    path, _consenting, _refusing = demo
    out = tmp_path / "profiel.pdf"
    assert main(["export", "profile", "--db", str(path), "--participant", "D-999999",
                 "--out", str(out)]) == 1
    assert "D-999999" in capsys.readouterr().err
    assert not out.exists()


def test_export_cohort(demo, tmp_path, capsys):
    path, _consenting, _refusing = demo
    out = tmp_path / "cohort.pdf"
    assert main(["export", "cohort", "--db", str(path), "--cohort", "wf-inst-2026-1",
                 "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "WF-INST-2026-1" in text
    assert f"Pagina {len(reader.pages)} van {len(reader.pages)}" in text


def test_export_cohort_with_an_unknown_code(demo, tmp_path, capsys):
    path, _consenting, _refusing = demo
    out = tmp_path / "cohort.pdf"
    assert main(["export", "cohort", "--db", str(path), "--cohort", "XX-0",
                 "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert "XX-0" in error and "WF-INST-2026-1" in error
    assert not out.exists()
