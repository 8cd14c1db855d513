"""`werkfit-cli export signin` on a real demo database file, as a user runs it (in Dutch)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from werkfit_desktop.cli import main
from werkfit_desktop.domain import Cohort, TrainingSession
from werkfit_desktop.persistence.database import open_database

TODAY = "23-11-2026"


@pytest.fixture(autouse=True)
def dutch(monkeypatch):
    monkeypatch.setenv("WERKFIT_LANG", "nl")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo database made through the command line, and its first cohort's first week."""
    path = tmp_path_factory.mktemp("export") / "demo.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WERKFIT_LANG", "nl")
        assert main(["demo", "--db", str(path), "--today", TODAY]) == 0
    db = open_database(path)
    try:
        with db.read() as session:
            cohort = session.scalars(select(Cohort).order_by(Cohort.start_date)).first()
            sessions = session.scalars(
                select(TrainingSession)
                .where(TrainingSession.cohort_id == cohort.id,
                       TrainingSession.cancelled.is_(False))
                .order_by(TrainingSession.date)
            ).all()
    finally:
        db.close()
    year, week, _ = sessions[0].date.isocalendar()
    days = [s.date for s in sessions if s.date.isocalendar()[:2] == (year, week)]
    return path, cohort.code, year, week, days, sessions[0].id


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_a_week_as_pdf(demo, tmp_path, capsys):
    path, code, year, week, days, _session = demo
    out = tmp_path / "presentielijst.pdf"
    assert main(["export", "signin", "--db", str(path), "--cohort", code,
                 "--week", f"{year}-W{week:02d}", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"Presentielijst geschreven naar {out} ({path}):")
    assert f"Lijst:      Presentielijst {code}, week {week} van {year}" in printed
    assert f"Lesdagen:   {len(days)}" in printed
    reader = PdfReader(out)
    assert f"Pagina's:   {len(reader.pages)}" in printed
    text = "\n".join(page.extract_text() for page in reader.pages)
    for day in days:
        assert f"{day:%d-%m-%Y}" in text
    assert reader.metadata.title == f"Presentielijst {code}, week {week} van {year}"


def test_export_one_session_and_case_of_the_code(demo, tmp_path, capsys):
    path, code, _year, _week, days, session_id = demo
    out = tmp_path / "lesdag.pdf"
    assert main(["export", "signin", "--db", str(path), "--session", session_id,
                 "--out", str(out)]) == 0
    assert "Lesdagen:   1" in capsys.readouterr().out
    assert f"Presentielijst {code}, {days[0]:%d-%m-%Y}" in PdfReader(out).pages[0].extract_text()

    assert main(["export", "signin", "--db", str(path), "--cohort", code.lower(),
                 "--week", f"{days[0].isocalendar()[0]}w{days[0].isocalendar()[1]}",
                 "--out", str(tmp_path / "klein.pdf")]) == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--cohort", "{code}", "--week", "week 7"],
         "'week 7' is geen week; schrijf het weekjaar en het weeknummer, zoals 2026-W07."),
        (["--cohort", "{code}", "--week", "2025-W53"],
         "Week 53 bestaat niet in 2025: dat jaar heeft 52 weken."),
        (["--cohort", "GEEN-GROEP", "--week", "2026-W07"],
         "Er is geen groep met code 'GEEN-GROEP'. Bestaande codes: "),
        (["--cohort", "{code}", "--week", "2030-W10"],
         "Groep {code} heeft geen lesdagen in week 10 van 2030; de lesdagen lopen van "),
        (["--session", "bestaat-niet"], "Er is geen lesdag met id 'bestaat-niet'."),
    ],
)
def test_bad_input_exits_1_with_a_dutch_message_and_writes_nothing(
    demo, tmp_path, capsys, arguments, message
):
    path, code = demo[0], demo[1]
    before = _sha256(path)
    out = tmp_path / "lijst.pdf"
    arguments = [a.replace("{code}", code) for a in arguments]
    assert main(["export", "signin", "--db", str(path), *arguments, "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert message.replace("{code}", code) in captured.err
    assert captured.out == ""
    assert not out.exists()
    assert _sha256(path) == before


def test_wrong_use_and_database_problems_exit_2(demo, tmp_path, capsys):
    path, code = demo[0], demo[1]
    out = str(tmp_path / "x.pdf")
    missing = tmp_path / "weg.sqlite"
    assert main(["export", "signin", "--db", str(missing), "--cohort", code,
                 "--week", "2026-W07", "--out", out]) == 2
    assert f"Het databasebestand {missing} bestaat niet." in capsys.readouterr().err
    assert not missing.exists()  # not created on the way

    assert main(["export", "signin", "--db", str(path), "--cohort", code, "--out", out]) == 2
    assert "--cohort heeft --week nodig" in capsys.readouterr().err

    assert main(["export", "signin", "--db", str(path), "--out", out]) == 2
    assert "een van de argumenten --cohort --session is verplicht" in capsys.readouterr().err

    not_a_db = tmp_path / "notities.sqlite"
    not_a_db.write_bytes(b"boodschappen\n" * 200)
    assert main(["export", "signin", "--db", str(not_a_db), "--cohort", code,
                 "--week", "2026-W07", "--out", out]) == 2
    assert "is geen Werkfit Desktop-database" in capsys.readouterr().err


def test_an_unwritable_output_file_exits_1(demo, tmp_path, capsys):
    path, code, year, week = demo[:4]
    out = tmp_path / "bestaat-niet" / "lijst.pdf"
    assert main(["export", "signin", "--db", str(path), "--cohort", code,
                 "--week", f"{year}-W{week:02d}", "--out", str(out)]) == 1
    assert f"Het bestand {out} kan niet worden geschreven" in capsys.readouterr().err


def test_the_installed_command(demo, tmp_path):
    path, code, year, week = demo[:4]
    out = tmp_path / "via proces.pdf"
    env = {**os.environ, "WERKFIT_LANG": "nl"}
    script = Path(sys.executable).with_name("werkfit-cli")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "werkfit_desktop.cli"]
    done = subprocess.run(
        [*command, "export", "signin", "--db", str(path), "--cohort", code,
         "--week", f"{year}-W{week:02d}", "--out", str(out)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert dt.date.today().strftime("%d-%m-%Y") in PdfReader(out).pages[0].extract_text()
