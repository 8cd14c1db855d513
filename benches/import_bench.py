"""Importing a 5,000-row participants file (CSV, Dutch headers) with validation: the real
preview_file + apply_import on a fresh copy of the large database per run, against the
floor of parsing the same file and inserting the rows with plain sqlite3."""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sqlite3
import time
import uuid
from pathlib import Path

from werkfit_desktop.domain.names import search_key, sort_key
from werkfit_desktop.services.demo import pools

HEADERS = (
    "voornaam",
    "tussenvoegsel",
    "achternaam",
    "geboortedatum",
    "telefoon",
    "e-mail",
    "postcode",
    "taalniveau",
    "doelgroep",
    "gemeente",
)


def write_file(path: Path, rows: int = 5_000, seed: int = 5) -> Path:
    """A participants file of new people (synthetic names with diacritics)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(HEADERS)
        for n in range(rows):
            origin = rng.choice(pools.ORIGINS)
            first = rng.choice(origin.female + origin.male)
            last = rng.choice(origin.last).split("|")[0]
            particle = None
            for candidate in ("van den ", "van der ", "de ", "'t "):
                if last.startswith(candidate):
                    particle, last = candidate.strip(), last[len(candidate) :]
            born = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 12_000))
            out.writerow(
                [
                    first,
                    particle or "",
                    f"{last}-{n}",  # new people, not matches of existing ones
                    born.strftime("%d-%m-%Y"),
                    f"06-{rng.randint(10_000_000, 99_999_999)}",
                    f"deelnemer{n}@example.org",
                    f"{rng.randint(1000, 9999)} AB",
                    rng.choice(("A1", "A2", "B1", "B2")),
                    rng.choice(("statushouder", "bijstand", "jongere")),
                    rng.choice(("Zwolle", "Kampen", "Hardenberg")),
                ]
            )
    return path


def import_once(source_db: Path, work_db: Path, csv_path: Path) -> float:
    """Seconds for preview + apply on a fresh copy (the copy itself not timed)."""
    from werkfit_desktop.persistence.database import open_database
    from werkfit_desktop.services.importing import ImportKind, apply_import, preview_file

    for suffix in ("", "-wal", "-shm"):
        Path(f"{work_db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source_db, work_db)
    db = open_database(work_db)
    try:
        started = time.perf_counter()
        preview = preview_file(db, csv_path, ImportKind.PARTICIPANTS)
        if preview.problems:
            raise RuntimeError(f"import problems: {preview.problems[:3]}")
        apply_import(db, preview)
        return time.perf_counter() - started
    finally:
        db.close()


def floor_once(source_db: Path, work_db: Path, csv_path: Path) -> float:
    """Parse the same CSV and INSERT the rows with plain sqlite3, one transaction."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work_db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source_db, work_db)
    connection = sqlite3.connect(work_db, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    try:
        started = time.perf_counter()
        with csv_path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, delimiter=";")
            next(reader)
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ")
            values = []
            for n, row in enumerate(reader):
                first, particle, last, born = row[0], row[1] or None, row[2], row[3]
                number = f"I-{n:06d}"
                values.append(
                    (
                        str(uuid.uuid4()),
                        now,
                        now,
                        number,
                        first,
                        particle,
                        last,
                        search_key(first, particle, last, number),
                        sort_key(first, particle, last),
                        dt.datetime.strptime(born, "%d-%m-%Y").date().isoformat(),
                        row[4],
                        row[5],
                        row[6],
                        row[7],
                        row[9],
                    )
                )
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            "INSERT INTO participant (id, created_at, updated_at, participant_number, "
            "first_name, name_particle, last_name, search_text, sort_name, date_of_birth, "
            "phone, email, postcode, language_level, municipality, profile_consent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            values,
        )
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()
