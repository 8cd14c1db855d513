"""Realistic-scale databases for the benchmarks: `large` and `huge`.

    python -m benches.generate --scale large [--out PATH] [--force]

`large`: 8 organisations, 5,000 participants, 250 cohorts, ~15,000 sessions, ~300,000
attendance rows, 20,000 certificates, 10,000 placement days, 50,000 coaching notes (plus
target groups, ladder rungs, phases, skill observations and outcomes, as a progress sheet
needs them). `huge`: ten times the participants and coaching notes; the extra participants
are people registered but not (yet) in a cohort.

The schema is the real one (the real migrations, `ensure_current`); the reference data
(programmes, modules, certificate types, skills, employers, two organisations) is the demo's;
everything else is made here as plain dicts and written with SQLAlchemy Core `insert()`
(executemany) in one transaction per table. Every name is synthetic (the demo's pools).

Built databases are cached under benches/.data/, keyed by scale, generator version and the
month they were made for (dates are relative to 'today'), so a second `make bench` is quick."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, event, insert
from sqlalchemy.orm import Session

from benches import synthetic as make
from benches import synthetic_activity as activity
from benches.synthetic import Scale
from werkfit_desktop.domain import (
    Base,
    Organisation,
)
from werkfit_desktop.domain.enums import (
    StaffRole,
)
from werkfit_desktop.persistence.engine import sqlite_url
from werkfit_desktop.persistence.migrate import ensure_current
from werkfit_desktop.services.demo.context import DemoContext
from werkfit_desktop.services.demo.reference import build_reference

GENERATOR_VERSION = 2
DATA_DIR = Path(__file__).resolve().parent / ".data"


SCALES = {
    "large": Scale(participants=5_000, notes=50_000),
    "huge": Scale(participants=50_000, notes=500_000),
    # for tests: small and quick, same shapes
    "small": Scale(
        participants=3_000,
        notes=3_000,
        enrolled=600,
        cohorts=30,
        sessions_per_cohort=20,
        certificates=1_000,
        placement_days=500,
    ),
}


def cache_path(scale: str, today: dt.date | None = None, folder: Path = DATA_DIR) -> Path:
    today = today or dt.date.today()
    return folder / f"{scale}-v{GENERATOR_VERSION}-{today:%Y%m}.sqlite"


def database_for(scale: str, today: dt.date | None = None, folder: Path = DATA_DIR) -> Path:
    """The cached database of this scale, built first when missing (atomically)."""
    path = cache_path(scale, today, folder)
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{scale}-v*"):  # older versions / months
        old.unlink(missing_ok=True)
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    started = time.perf_counter()
    build(building, scale, today=today)
    seconds = time.perf_counter() - started
    os.replace(building, path)
    path.with_suffix(".json").write_text(
        json.dumps({"seconds": round(seconds, 1), "built": dt.datetime.now().isoformat()})
    )
    return path


def build_record(path: Path) -> dict | None:
    """How long the cached database took to build, and when ({"seconds", "built"})."""
    try:
        return json.loads(path.with_suffix(".json").read_text())
    except (OSError, ValueError):
        return None


def _connect_fast(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA journal_mode = WAL")
    dbapi_connection.execute("PRAGMA synchronous = OFF")
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def build(path: Path, scale: str, seed: int = 8, today: dt.date | None = None) -> dict[str, int]:
    """Make a database of this scale at `path` (must not hold data). Returns row counts."""
    sizes = SCALES[scale]
    today = today or dt.date.today()
    rng = random.Random(seed)
    ensure_current(path)
    rows = make.Rows(dt.datetime.combine(today, dt.time(8), tzinfo=dt.UTC))

    ctx = DemoContext(seed, today)
    ref = build_reference(ctx)
    staff = make.organisations(ctx, rng)
    organisations = [r for r in ctx.rows if isinstance(r, Organisation)]
    trainers = {
        o.id: [s for s in staff if s[1] == o.id and s[2] == StaffRole.TRAINER]
        for o in organisations
    }
    coaches = {
        o.id: [s for s in staff if s[1] == o.id and s[2] == StaffRole.JOB_COACH]
        for o in organisations
    }
    programmes = list(ref.programmes.values())

    people = make.participants(rows, rng, sizes, today)
    cohorts = make.cohorts(rows, rng, sizes, today, organisations, programmes, trainers)
    members = make.enrolments(rows, rng, cohorts, people[: sizes.enrolled], coaches, today)
    activity.attendance(rows, rng, cohorts, members, today)
    activity.observations(rows, rng, members, ref.skills, cohorts)
    activity.certificates(rows, rng, sizes, people, ref, today)
    employers = [e.employer for e in ref.employers]
    activity.placement_days(rows, rng, sizes, members, employers, today)
    all_coaches = [c for cs in coaches.values() for c in cs]
    activity.notes(rows, rng, sizes, people, members, all_coaches, today)

    engine = create_engine(sqlite_url(path))
    event.listen(engine, "connect", _connect_fast)
    counts: dict[str, int] = {}
    try:
        with Session(engine) as session, session.begin():
            by_table: dict[str, list] = {}
            for row in ctx.rows:
                by_table.setdefault(type(row).__table__.name, []).append(row)
            for table in Base.metadata.sorted_tables:
                if table.name in by_table:
                    session.add_all(by_table[table.name])
                    session.flush()
        for table in Base.metadata.sorted_tables:
            data = rows.by_table.get(table.name)
            if not data:
                continue
            with engine.begin() as connection:
                for start in range(0, len(data), 50_000):
                    connection.execute(insert(table), data[start : start + 50_000])
            counts[table.name] = len(data)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    for row in ctx.rows:
        counts[type(row).__table__.name] = counts.get(type(row).__table__.name, 0) + 1
    return counts


COUNTED = (
    ("organisation", "organisations"),
    ("participant", "participants"),
    ("cohort", "cohorts"),
    ("training_session", "sessions"),
    ("attendance", "attendance rows"),
    ("certificate", "certificates"),
    ("placement_day", "placement days"),
    ("coaching_note", "coaching notes"),
)


def counts(path: Path) -> dict[str, int]:
    """The rows of the tables the issue sizes, as found in the file."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        return {
            label: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table, label in COUNTED
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benches.generate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--scale", choices=sorted(SCALES), default="large")
    parser.add_argument("--out", type=Path, help="write here instead of the cache (benches/.data)")
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.out:
        if args.out.exists():
            print(f"{args.out} exists; choose a new file", file=sys.stderr)
            return 1
        build(args.out, args.scale)
        path = args.out
    else:
        if args.force:
            cache_path(args.scale).unlink(missing_ok=True)
        path = database_for(args.scale)
    elapsed = time.perf_counter() - started
    print(f"{args.scale}: {path} ({path.stat().st_size / 1e6:.0f} MB) in {elapsed:.1f} s")
    for label, count in counts(path).items():
        print(f"  {label:<18} {count:>9,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
