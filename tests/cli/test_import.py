"""`werkfit-cli import` on a real database file, as a user runs it (in Dutch): a dry run
writes nothing, problems are printed as 'rij N, kolom X: ...', and the exit codes."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from werkfit_desktop.cli import main
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import participants as participant_service


@pytest.fixture(autouse=True)
def dutch(monkeypatch):
    monkeypatch.setenv("WERKFIT_LANG", "nl")


def _csv(path: Path, rows) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _count(path: Path) -> int:
    db = open_database(path)
    try:
        return participant_service.count_participants(db)
    finally:
        db.close()


GOOD = [
    ["voornaam", "achternaam", "geboortedatum", "e-mail"],
    ["Ayşe", "Yılmaz", "03-02-1990", "ayse@example.nl"],
    ["Łukasz", "Wróbel", "01-12-1985", ""],
    ["Nguyễn Thị", "Hoa", "09-07-2001", ""],
]
BAD = [*GOOD[:2], ["Łukasz", "Wróbel", "31-02-1990", ""], ["Nguyễn Thị", "Hoa", "", "geen"]]


def test_dry_run_writes_nothing(db_path, tmp_path, capsys):
    file = _csv(tmp_path / "deelnemers.csv", GOOD)
    before = _dump(db_path)
    assert main(["import", "--db", str(db_path), str(file), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "(deelnemers) gecontroleerd tegen" in out
    assert "Nieuw:" in out and " 3" in out
    assert "Alleen gecontroleerd (--dry-run)" in out
    assert _dump(db_path) == before


def test_import_prints_the_counts(db_path, tmp_path, capsys):
    file = _csv(tmp_path / "deelnemers.csv", GOOD)
    assert main(["import", "--db", str(db_path), str(file)]) == 0
    out = capsys.readouterr().out
    assert "Geïmporteerd:" in out and "Aangemaakt:   3" in out
    assert _count(db_path) == 3
    # The same file again: the three are matched (name and date of birth), not doubled.
    assert main(["import", "--db", str(db_path), str(file)]) == 0
    assert "Overgeslagen: 3" in capsys.readouterr().out
    assert _count(db_path) == 3


def test_problems_one_per_line_and_nothing_written(db_path, tmp_path, capsys):
    file = _csv(tmp_path / "fout.csv", BAD)
    before = _dump(db_path)
    assert main(["import", "--db", str(db_path), str(file)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("rij 3, kolom geboortedatum: '31-02-1990' is geen datum")
    assert err[1] == "rij 4, kolom e-mail: 'geen' is geen e-mailadres."
    assert err[2].startswith("Er is niets geïmporteerd.")
    assert _dump(db_path) == before
    assert main(["import", "--db", str(db_path), str(file), "--skip-bad-rows"]) == 1
    assert "Aangemaakt:   1" in capsys.readouterr().out
    assert _count(db_path) == 1


def test_file_level_problem_and_wrong_use(db_path, tmp_path, capsys):
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 geen werkmap")
    assert main(["import", "--db", str(db_path), str(broken)]) == 1
    assert "kan niet worden gelezen als Excel-werkmap" in capsys.readouterr().err
    grid = _csv(tmp_path / "grid.csv", [["deelnemer", "10-02-2026"], ["D-000001", "A"]])
    assert main(["import", "--db", str(db_path), str(grid)]) == 1
    assert "Kies de groep" in capsys.readouterr().err
    assert main(["import", "--db", str(db_path), str(tmp_path / "weg.csv")]) == 2
    assert "Het bestand" in capsys.readouterr().err
    assert main(["import", "--db", str(tmp_path / "geen.sqlite"), str(grid)]) == 2
    assert main(["import", "--db", str(db_path), str(grid), "--kind", "iets"]) == 2
    assert not (tmp_path / "geen.sqlite").exists()
