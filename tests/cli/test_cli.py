"""`werkfit-cli`: demo and check on real database files, as a user runs them (in Dutch)."""

from __future__ import annotations

import ast
import hashlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from werkfit_desktop.cli import main
from werkfit_desktop.cli.output import number
from werkfit_desktop.paths import translations_dir
from werkfit_desktop.persistence.migrate import HEAD_REVISION
from werkfit_desktop.version import __version__

TODAY = "15-06-2026"
SRC = Path(__file__).resolve().parents[2] / "src" / "werkfit_desktop"


@pytest.fixture(autouse=True)
def dutch(monkeypatch):
    monkeypatch.setenv("WERKFIT_LANG", "nl")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """A demo database made once through the command line itself."""
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WERKFIT_LANG", "nl")
        assert main(["demo", "--db", str(path), "--today", TODAY]) == 0
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"Werkfit Desktop {__version__}"


def test_demo_then_check_in_dutch(tmp_path, capsys):
    path = tmp_path / "nieuw.sqlite"
    assert main(["demo", "--db", str(path), "--seed", "3", "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert f"Demodatabase gemaakt in {path} (startgetal 3, datum 15-06-2026):" in out
    for label in ("Organisaties:", "Deelnemers:", "Groepen:", "Lesdagen:", "Nazorgnotities:",
                  "Lesdagen overgeslagen vanwege feestdagen:"):
        assert label in out
    # Thousands with a dot, the Dutch way.
    assert re.search(r"Aanwezigheidsregistraties:\s+\d{1,3}\.\d{3}\n", out)

    assert main(["check", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"In orde: integriteit, verwijzingen en schemaversie ({HEAD_REVISION}) gecontroleerd.")


def _cli_command() -> list[str]:
    script = Path(sys.executable).with_name("werkfit-cli")
    found = str(script) if script.exists() else shutil.which("werkfit-cli")
    return [found] if found else [sys.executable, "-m", "werkfit_desktop.cli"]


def test_installed_command_and_python_dash_m(tmp_path):
    env = {**os.environ, "WERKFIT_LANG": "nl"}
    path = tmp_path / "proces.sqlite"
    made = subprocess.run(
        [*_cli_command(), "demo", "--db", str(path), "--today", TODAY],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )
    assert made.returncode == 0, made.stderr
    assert "Demodatabase gemaakt" in made.stdout and "Deelnemers:" in made.stdout
    checked = subprocess.run(
        [sys.executable, "-m", "werkfit_desktop.cli", "check", "--db", str(path)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("In orde: integriteit")


def test_check_of_the_demo_file(demo_file, capsys):
    assert main(["check", "--db", str(demo_file)]) == 0
    assert "In orde" in capsys.readouterr().out
    assert main(["check", "--db-url", f"sqlite:///{demo_file}"]) == 0


def test_demo_refuses_a_database_with_data_and_leaves_it_unchanged(demo_file, capsys):
    before = _sha256(demo_file)
    assert main(["demo", "--db", str(demo_file), "--seed", "9"]) == 1
    err = capsys.readouterr().err
    assert "bevat al gegevens" in err and "er is niets gewijzigd" in err
    assert _sha256(demo_file) == before


def test_demo_on_a_file_that_is_no_database(tmp_path, capsys):
    path = tmp_path / "notities.sqlite"
    path.write_bytes(b"boodschappen: melk, brood\n" * 100)
    before = _sha256(path)
    assert main(["demo", "--db", str(path)]) == 2
    assert "is geen Werkfit Desktop-database" in capsys.readouterr().err
    assert _sha256(path) == before


def test_check_reports_a_damaged_file(demo_file, tmp_path, capsys):
    damaged = tmp_path / "beschadigd.sqlite"
    shutil.copyfile(demo_file, damaged)
    with damaged.open("r+b") as handle:
        handle.seek(64 * 1024)
        handle.write(b"\xde\xad\xbe\xef" * 4096)
    assert main(["check", "--db", str(damaged)]) == 1
    out = capsys.readouterr().out
    assert f"Problemen gevonden in {damaged}:" in out
    assert "  - " in out


def test_check_of_a_missing_file(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path / "weg.sqlite")]) == 1
    assert "Het bestand bestaat niet." in capsys.readouterr().out
    assert not (tmp_path / "weg.sqlite").exists()


def test_help_and_usage_errors_are_dutch(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: werkfit-cli") and "opdrachten:" in out
    assert "Toon deze hulp en stop." in out

    assert main(["demo"]) == 2
    err = capsys.readouterr().err
    assert "fout: een van de argumenten --db --db-url is verplicht" in err

    assert main(["demo", "--db", "x.sqlite", "--today", "31-02-2026"]) == 2
    assert "'31-02-2026' is geen datum" in capsys.readouterr().err
    assert main([]) == 2


def test_numbers_have_a_dot_between_thousands():
    assert number(7) == "7"
    assert number(1234) == "1.234"
    assert number(1234567) == "1.234.567"


def _marked_texts(folder: Path, contexts: set[str]) -> set[tuple[str, str]]:
    """Every translate(...)/QT_TRANSLATE_NOOP(...) call with literal context and text."""
    found = set()
    for source in folder.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            context, text = node.args[:2]
            if (name in ("translate", "QT_TRANSLATE_NOOP")
                    and isinstance(context, ast.Constant) and context.value in contexts
                    and isinstance(text, ast.Constant) and isinstance(text.value, str)):
                found.add((context.value, text.value))
    return found


def test_every_command_line_text_has_a_dutch_translation():
    root = ET.parse(translations_dir() / "werkfit_nl.ts").getroot()
    translated = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.findtext("translation") or "").strip()
        and message.find("translation").get("type") is None
    }
    marked = (_marked_texts(SRC / "cli", {"cli"})
              | _marked_texts(SRC / "persistence", {"Check", "DatabaseError"}))
    assert len(marked) > 40
    assert sorted(marked - translated) == []
