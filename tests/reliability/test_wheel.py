"""The wheel as a user gets it: built from the repository, installed into a fresh virtual
environment, and run from there (not from the repository's src/).

Without network: the fresh environment borrows this test environment's installed
dependencies through a plain path line in a .pth file. A plain path line only adds that
folder to sys.path; the .pth files inside it (among them the editable install of
werkfit_desktop) are not processed, so werkfit_desktop can only come from the wheel."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from werkfit_desktop.domain import Base
from werkfit_desktop.persistence.migrate import HEAD_REVISION

pytestmark = pytest.mark.wheel

REPO_ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    python: Path
    scripts: Path
    workdir: Path  # cwd for every command: outside the repository

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        env["WERKFIT_LANG"] = "nl"
        return subprocess.run(
            [str(a) for a in args],
            cwd=self.workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )

    def python_code(self, code: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return self.run(self.python, "-c", textwrap.dedent(code), *args)


def _check(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (
        f"{result.args} exited {result.returncode}\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    _check(
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--no-deps",
                "--no-build-isolation",
                "--disable-pip-version-check",
                "--quiet",
                "--wheel-dir",
                str(dist),
                str(REPO_ROOT),
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    )
    wheels = list(dist.glob("werkfit_desktop-*.whl"))
    assert len(wheels) == 1, wheels

    venv = root / "fresh"
    base_python = getattr(sys, "_base_executable", None) or sys.executable
    _check(
        subprocess.run(
            [base_python, "-m", "venv", "--without-pip", str(venv)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    )
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    # This environment's pip installs into the fresh one (which needs no pip of its own).
    _check(
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "--python",
                str(python),
                "install",
                "--no-deps",
                "--no-index",
                "--disable-pip-version-check",
                "--quiet",
                str(wheels[0]),
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    )

    workdir = root / "work"
    workdir.mkdir()
    result = Installed(wheels[0], venv, python, scripts, workdir)
    fresh_site = Path(
        _check(
            result.python_code("import sysconfig; print(sysconfig.get_paths()['purelib'])")
        ).strip()
    )
    assert fresh_site.is_relative_to(venv)
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (fresh_site / "_werkfit_test_dependencies.pth").write_text(
        "".join(f"{path}\n" for path in ours), encoding="utf-8"
    )
    return result


def test_wheel_bundles_migrations_and_translations(installed):
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    expected = {
        "werkfit_desktop/_migrations/env.py",
        "werkfit_desktop/_migrations/script.py.mako",
        "werkfit_desktop/_resources/translations/werkfit_nl.ts",
    }
    expected |= {
        f"werkfit_desktop/_migrations/versions/{p.name}"
        for p in (REPO_ROOT / "migrations" / "versions").glob("*.py")
    }
    assert "werkfit_desktop/_migrations/versions/0001_initial.py" in expected
    if (REPO_ROOT / "resources" / "translations" / "werkfit_nl.qm").is_file():
        expected.add("werkfit_desktop/_resources/translations/werkfit_nl.qm")
    assert expected <= names, sorted(expected - names)


def test_installed_package_is_the_wheel_not_the_repository(installed):
    out = _check(
        installed.python_code(
            """
            import werkfit_desktop
            from werkfit_desktop.paths import migrations_dir, translations_dir
            print(werkfit_desktop.__file__)
            print(migrations_dir())
            print(translations_dir())
            """
        )
    )
    package_file, migrations, translations = (Path(line) for line in out.splitlines())
    for path in (package_file, migrations, translations):
        assert path.is_relative_to(installed.venv), path
        assert not path.is_relative_to(REPO_ROOT), path
    assert (migrations / "versions" / "0001_initial.py").is_file()
    assert (translations / "werkfit_nl.ts").is_file()


def test_installed_wheel_creates_and_migrates_a_database(installed):
    path = installed.workdir / "nieuw" / "werkfit.sqlite"
    out = _check(
        installed.python_code(
            """
            import sys
            from pathlib import Path
            from werkfit_desktop.persistence.migrate import ensure_current, read_revision
            from werkfit_desktop.persistence.migrate import head_of
            path = Path(sys.argv[1])
            ensure_current(path)
            print(read_revision(path))
            print(head_of())
            """,
            path,
        )
    )
    assert out.split() == [HEAD_REVISION, HEAD_REVISION]
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert set(Base.metadata.tables) <= tables


def test_installed_command_line_makes_and_checks_a_demo_database(installed):
    with zipfile.ZipFile(installed.wheel) as wheel:
        has_cli = "werkfit_desktop/cli/__init__.py" in wheel.namelist()
    cli = installed.scripts / ("werkfit-cli.exe" if os.name == "nt" else "werkfit-cli")
    if not has_cli or not cli.exists():
        pytest.skip("werkfit_desktop.cli is not in this build yet")
    usage = installed.run(cli, "--help")
    if usage.returncode != 0 or "demo" not in usage.stdout:
        pytest.skip("werkfit-cli has no demo command yet")

    path = installed.workdir / "demo" / "werkfit.sqlite"
    _check(installed.run(cli, "demo", "--db", path))
    assert path.is_file()
    _check(installed.run(cli, "check", "--db", path))
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] > 0
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION
        )
