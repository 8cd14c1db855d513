"""Cold start and memory, each in fresh processes: the bare PySide6 window (floor) against
the real Startup and MainWindow on the large database."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(profile_to: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("BENCH_PROFILE", None)
    if profile_to is not None:
        env["BENCH_PROFILE"] = str(profile_to)
    return env


def spawn(mode: str, db: Path | None = None, profile_to: Path | None = None) -> dict:
    """Seconds from spawning the process to its 'ready' line, with its memory figures."""
    with tempfile.TemporaryDirectory() as folder:
        args = [sys.executable, "-m", "benches.child_start", mode]
        if db is not None:
            args += [str(db), str(Path(folder) / "settings.ini")]
        started = time.perf_counter()
        process = subprocess.Popen(
            args,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=_env(profile_to),
        )
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        out, err = process.communicate(timeout=120)
    if not line.startswith("ready"):
        raise RuntimeError(f"{mode} did not start: {line}{err[-2000:]}")
    _ready, rss, hwm, alembic, *_rest = line.split()
    loaded = [float(x.split()[1]) for x in out.splitlines() if x.startswith("loaded ")]
    return {
        "seconds": elapsed,
        "loaded_after": loaded[0] if loaded else None,
        "rss_mb": int(rss) / 1024,
        "hwm_mb": int(hwm) / 1024,
        "alembic": alembic == "1",
    }


def interleaved(db: Path, repeats: int, mode: str = "app") -> tuple[list[dict], list[dict]]:
    """Floor and app runs alternated, so both see the same machine load."""
    spawn("bare")  # warm the file cache for both
    spawn(mode, db)
    bare, app = [], []
    for _ in range(repeats):
        bare.append(spawn("bare"))
        app.append(spawn(mode, db))
    return bare, app
