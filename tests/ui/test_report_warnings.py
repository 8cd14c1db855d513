"""A name with a character the report font cannot print (王): the GUI saves the PDF with a
visible "□" and then lists the character (show_warnings, replaced here: no modal dialog);
the CLI writes the same warning to stderr and still exits 0."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

import pytest
from pypdf import PdfReader

from werkfit_desktop.cli import main
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.cohort_page import cohort_page
from werkfit_desktop.services.participants import get_participant, update_participant
from werkfit_desktop.services.profile import employer_profile_data, find_participant
from werkfit_desktop.services.signin import find_cohort
from werkfit_desktop.ui.dialogs import cohort_overview_export, profile_export

TODAY = dt.date(2026, 11, 23)
COHORT = "WF-INST-2026-1"


@pytest.fixture
def demo(demo_template, tmp_path):
    """The demo file with a consenting participant and a member of COHORT renamed Wang 王."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    consenting = next(
        pid
        for pid in (find_participant(db, f"D-{n:06d}") for n in range(1, 40))
        if get_participant(db, pid).data.profile_consent
    )
    member = cohort_page(db, find_cohort(db, COHORT)).members[0].participant_id
    for pid in {consenting, member}:
        data = get_participant(db, pid).data
        update_participant(
            db, pid, dataclasses.replace(data, first_name="Wang 王", name_particle=None)
        )
    number = employer_profile_data(db, consenting).number
    yield db, path, consenting, number
    db.close()


@pytest.fixture
def exported(monkeypatch, tmp_path):
    shown: list[list[str]] = []
    for module in (profile_export, cohort_overview_export):
        monkeypatch.setattr(module, "choose_save_path", lambda _p, s: tmp_path / s.name)
        monkeypatch.setattr(module, "open_pdf", lambda path: True)
        monkeypatch.setattr(module, "show_error", lambda _p, text: pytest.fail(text))
        monkeypatch.setattr(module, "show_warnings", lambda _p, warnings: shown.append(warnings))
    return shown


def test_gui_saves_the_profile_and_lists_the_missing_character(qapp, dutch, demo, exported):
    db, _path, consenting, _number = demo
    path = profile_export.export_employer_profile(None, db, consenting)
    assert path is not None and path.is_file()
    assert "Wang □" in PdfReader(path).pages[0].extract_text()
    assert len(exported) == 1 and "王" in exported[0][0] and "U+738B" in exported[0][0]
    assert "lettertype" in exported[0][0]  # in Dutch


def test_gui_saves_the_cohort_overview_and_lists_the_missing_character(qapp, dutch, demo, exported):
    db, _path, _consenting, _number = demo
    path = cohort_overview_export.export_cohort_overview(
        None, db, find_cohort(db, COHORT), today=TODAY
    )
    assert path is not None and path.is_file()
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Wang □" in text
    assert len(exported) == 1 and "王" in exported[0][0]


def test_cli_warns_on_stderr_and_exits_0(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WERKFIT_LANG", "nl")
    _db, path, _consenting, number = demo
    out = tmp_path / "profiel.pdf"
    arguments = ["export", "profile", "--db", str(path), "--participant", number]
    assert main([*arguments, "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "王" in captured.err and "U+738B" in captured.err
    assert str(out) in captured.out
    assert "Wang □" in PdfReader(out).pages[0].extract_text()
