"""The machine description, cProfile summaries, the printed table and docs/performance.md."""

from __future__ import annotations

import cProfile
import datetime as dt
import io
import os
import platform
import pstats
import sys
from pathlib import Path

from benches.timing import Result, fmt

ROOT = Path(__file__).resolve().parent.parent


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            ]
        cpu = names[0] if names else cpu
        with open("/proc/meminfo", encoding="utf-8") as info:
            total_kb = int(next(line for line in info if line.startswith("MemTotal")).split()[1])
        memory = f"{total_kb / 1024 / 1024:.1f} GB"
    except (OSError, StopIteration, IndexError, ValueError):
        pass
    import PySide6
    import reportlab
    import sqlalchemy
    from PySide6.QtCore import qVersion

    load = ""
    if hasattr(os, "getloadavg"):
        load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical cores",
        "RAM": memory,
        "OS": f"{platform.system()} {platform.release()} ({platform.platform()})",
        "Python": sys.version.split()[0],
        "Qt / PySide6": f"{qVersion()} / {PySide6.__version__}",
        "SQLite": __import__("sqlite3").sqlite_version,
        "SQLAlchemy / ReportLab": f"{sqlalchemy.__version__} / {reportlab.Version}",
        "Load average at the end (1, 5, 15 min)": load,
    }


def profile(operation, top: int = 14) -> str:
    """Run `operation` once under cProfile: the top entries by cumulative time (our code
    first), and the top by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        operation()
    finally:
        profiler.disable()
    return summarise(pstats.Stats(profiler), top)


def summarise(stats: pstats.Stats, top: int = 14) -> str:
    entries = []
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in stats.stats.items():
        entries.append((cumulative, own, calls, _short(filename), line, name))
    total = max((e[0] for e in entries), default=0.0)
    ours = sorted((e for e in entries if "werkfit_desktop" in e[3]), reverse=True)
    own = sorted(entries, key=lambda e: e[1], reverse=True)
    lines = [f"total {total:.3f} s; our code by cumulative time:", ""]
    lines += [
        f"    {cum * 1000:9.1f} ms cum {calls:7d} calls  {file}:{line} {name}"
        for cum, _own, calls, file, line, name in ours[:top]
    ]
    lines += ["", "by own time (everything):", ""]
    lines += [
        f"    {own_time * 1000:9.1f} ms own {calls:7d} calls  {file}:{line} {name}"
        for _cum, own_time, calls, file, line, name in own[:8]
    ]
    return "\n".join(lines)


def _short(filename: str) -> str:
    for marker in ("src/werkfit_desktop/", "site-packages/", "benches/"):
        if marker in filename:
            return (
                filename.split(marker, 1)[1]
                if marker != "src/werkfit_desktop/"
                else ("werkfit_desktop/" + filename.split(marker, 1)[1])
            )
    return filename


def table(results: list[Result]) -> list[str]:
    header = "| Target | Measured (median) | Floor (same run) | Ratio | Pass/fail |"
    lines = [header, "| --- | ---: | ---: | ---: | --- |"]
    for r in results:
        r.judge()
        ratio = f"{r.ratio:.1f}×" if r.ratio is not None else "–"
        if r.ratio_limit is not None and r.ratio is not None:
            ratio += f" (≤ {r.ratio_limit:g}×)"
        floor = f"{fmt(r.floor, r.unit)} ({r.floor_name})" if r.floor_name else fmt(r.floor, r.unit)
        lines.append(
            f"| {r.target} | {fmt(r.median, r.unit)} | {floor} | {ratio} | **{r.status}** |"
        )
    return lines


def print_table(results: list[Result]) -> None:
    for r in results:
        r.judge()
        ratio = f"{r.ratio:6.1f}x" if r.ratio is not None else "      -"
        print(
            f"{r.status:>8}  {fmt(r.median, r.unit):>10}  floor {fmt(r.floor, r.unit):>10}"
            f"  {ratio}  {r.target}"
        )


def write_markdown(
    path: Path,
    results: list[Result],
    notes: list[str],
    data: list[str],
    started: dt.datetime,
    elapsed: float,
) -> None:
    out = io.StringIO()
    w = out.write
    w("# Performance\n\n")
    w(
        "Written by `make bench` (benches/run.py); do not edit by hand — rerun it. Every "
        "figure is a median over repeated runs and is set against a *floor* measured in the "
        "same run: the bare operation without our code (a plain SQLite query for the same "
        "rows, a bare PySide6 window, a bare ReportLab sheet), because absolute times vary "
        "from machine to machine.\n\n"
    )
    w(f"Measured {started:%d-%m-%Y %H:%M} UTC in {elapsed / 60:.1f} minutes.\n\n")
    w("## Results\n\n")
    w("\n".join(table(results)) + "\n\n")
    w("Details per line (samples, worst case, what exactly was timed):\n\n")
    for r in results:
        if r.note:
            w(f"- **{r.target}** — {r.note}\n")
    w("\n## Machine\n\n")
    for key, value in machine().items():
        w(f"- {key}: {value}\n")
    w("\n## Data\n\n")
    for line in data:
        w(f"- {line}\n")
    w("\n## Notes\n\n")
    for line in notes:
        w(f"- {line}\n")
    w("\n## How to reproduce\n\n")
    w(
        "```sh\nmake bench                                   # everything; writes this file\n"
        "QT_QPA_PLATFORM=offscreen .venv/bin/python -m benches.run --quick   # fewer repeats\n"
        ".venv/bin/python -m benches.generate --scale large   # only the database (cached in "
        "benches/.data/)\n"
        ".venv/bin/python -m benches.generate --scale huge --out /tmp/huge.sqlite\n```\n\n"
        "Databases are cached in `benches/.data/` by scale, generator version and month; "
        "delete the folder to rebuild. Cold start and memory run in fresh processes "
        "(`benches/child_start.py`), alternated with the bare-window floor so both see the "
        "same load.\n"
    )
    missed = [r for r in results if r.profile]
    if missed:
        w("\n## Profiles of the missed targets (cProfile, one run)\n\n")
        for r in missed:
            w(f"### {r.target}\n\n```\n{r.profile}\n```\n\n")
    path.write_text(out.getvalue(), encoding="utf-8")
