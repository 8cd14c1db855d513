"""Damaged copies of a demo database, made the ways files really get damaged.

`make_variants(demo, folder)` writes each variant as `<folder>/<name>/werkfit.sqlite` (with
a -wal where the damage is about the WAL) and returns what was done to it. Variants with
`must_detect` are damaged for certain; the stale-WAL pairings may by chance come out as a
consistent (older) database, so for those the expectation is "detected exactly when SQLite's
full integrity check fails".

Loaded by path (tests are not a package): see `load()` in the tests using it."""

from __future__ import annotations

import gzip
import random
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

NAME = "werkfit.sqlite"


@dataclass(frozen=True)
class Variant:
    name: str
    kind: str  # truncated, zeroed, header, garbage, zero_page, not_a_database, wal
    path: Path
    must_detect: bool = True


def _page_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA page_size").fetchone()[0]


def _btree_pages(path: Path) -> list[tuple[str, int, str]]:
    """(table or index, page number, page type) of every page in use, from dbstat."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT name, pageno, pagetype FROM dbstat ORDER BY pageno").fetchall()


def _write(folder: Path, name: str, data: bytes) -> Path:
    target = folder / name
    target.mkdir(parents=True, exist_ok=True)
    path = target / NAME
    path.write_bytes(data)
    return path


def _patched(data: bytes, offset: int, patch: bytes) -> bytes:
    return data[:offset] + patch + data[offset + len(patch) :]


def make_variants(demo: Path, folder: Path, seed: int = 7) -> list[Variant]:
    rnd = random.Random(seed)
    plain = folder / "_plain.sqlite"
    # One self-contained file: the demo with its WAL folded in and no free pages.
    with sqlite3.connect(demo) as src, sqlite3.connect(plain) as dst:
        src.backup(dst)
    with sqlite3.connect(plain) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
    data = plain.read_bytes()
    page = _page_size(plain)
    pages = len(data) // page
    out: list[Variant] = []

    def add(name: str, kind: str, content: bytes, must_detect: bool = True) -> None:
        out.append(Variant(name, kind, _write(folder, name, content), must_detect))

    # Truncated: a copy that broke off, a full disk during a copy.
    cuts = [1, 10, 15, 16, 50, 99, 100, 101, 512, 4095, page, page + 1, 2 * page, 3 * page - 7]
    cuts += [page * k for k in (5, 17, 40, 100, pages // 2, pages - 1)]
    cuts += [len(data) // 3, len(data) - 1, len(data) - 100, len(data) - page // 2]
    cuts += sorted(rnd.sample(range(page * 2, len(data) - page), 6))
    for cut in cuts:
        add(f"truncated-{cut}", "truncated", data[:cut])

    # Zeroed header: the beginning wiped.
    for size in (16, 100, page, 2 * page, 10 * page):
        add(f"zeroed-{size}", "zeroed", bytes(size) + data[size:])

    # Header fields damaged.
    for name, offset, patch in (
        ("page-size-0", 16, b"\x00\x00"),
        ("page-size-3", 16, b"\x00\x03"),
        ("page-size-1000", 16, (1000).to_bytes(2, "big")),
        ("page-size-wrong", 16, (page * 2).to_bytes(2, "big")),
        ("format-write-9", 18, b"\x09"),
        ("format-read-7", 19, b"\x07"),
        ("payload-fractions", 21, b"\x20\x40\x40"),
        ("magic-typo", 0, b"SQLite format 4"),
        ("magic-garbage", 3, b"\xff\xfe"),
    ):
        add(f"header-{name}", "header", _patched(data, offset, patch))

    # Garbage pages: random bytes over pages in use (tables, indexes, the schema page).
    in_use = _btree_pages(plain)
    chosen = [row for row in in_use if row[1] == 1]  # sqlite_master
    by_kind: dict[str, list] = {}
    for row in in_use:
        by_kind.setdefault(row[2], []).append(row)
    for rows in by_kind.values():  # internal, leaf, overflow
        chosen += rnd.sample(rows, min(len(rows), 16))
    seen: set[int] = set()
    for table, pageno, pagetype in chosen:
        if pageno in seen:
            continue
        seen.add(pageno)
        offset = (pageno - 1) * page
        start = 100 if pageno == 1 else 0  # page 1: keep the file header, hit the schema
        garbage = rnd.randbytes(page - start)
        add(
            f"garbage-p{pageno}-{pagetype}-{table}",
            "garbage",
            _patched(data, offset + start, garbage),
        )
    # Zeroed pages (a disk returning zeros for a sector run).
    leaves = [row for row in in_use if row[2] in ("leaf", "internal") and row[1] > 1]
    for table, pageno, _type in rnd.sample(leaves, 10):
        add(
            f"zero-page-p{pageno}-{table}",
            "zero_page",
            _patched(data, (pageno - 1) * page, bytes(page)),
        )

    # Not a database at all.
    not_databases = {
        "text": "Dit is geen database, maar een notitie van Łukasz Wróbel.\n".encode(),
        "csv": "voornaam;achternaam\nAyşe;Yılmaz\nNguyễn Thị;Hoa\n".encode(),
        "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 50,
        "zip": b"PK\x03\x04" + rnd.randbytes(5000),
        "png": b"\x89PNG\r\n\x1a\n" + rnd.randbytes(3000),
        "gzip-of-demo": gzip.compress(data[: page * 20]),
        "random-4k": rnd.randbytes(4096),
        "random-1m": rnd.randbytes(1 << 20),
        "json": b'{"deelnemers": []}',
        "one-byte": b"\x01",
        "html": b"<!DOCTYPE html><html><body>Niet gevonden</body></html>" * 20,
        "spaces": b" " * 8192,
    }
    for name, content in not_databases.items():
        add(f"not-a-database-{name}", "not_a_database", content)

    out += _wal_variants(demo, folder, data, rnd)
    plain.unlink()
    return out


def _wal_with_changes(base: bytes, folder: Path, changes: list[str]) -> tuple[bytes, bytes]:
    """The (database file, WAL) pair after `changes` on a copy of `base`, left unchecked-
    pointed: the WAL holds the changes, the file the state before them."""
    work = folder / "_wal_work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    path = work / NAME
    path.write_bytes(base)
    keeper = sqlite3.connect(path, isolation_level=None)
    keeper.execute("PRAGMA journal_mode = WAL")
    keeper.execute("PRAGMA wal_autocheckpoint = 0")
    keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    for statement in changes:
        writer.execute(statement)
    db_bytes = path.read_bytes()
    wal_bytes = Path(str(path) + "-wal").read_bytes()
    writer.close()
    keeper.close()
    shutil.rmtree(work, ignore_errors=True)
    return db_bytes, wal_bytes


def _wal_variants(demo: Path, folder: Path, data: bytes, rnd: random.Random) -> list[Variant]:
    """A WAL that does not belong to the file beside it (a WAL lost and an old one copied
    back, a WAL of another database), and torn WALs."""
    out: list[Variant] = []
    grow = [
        "UPDATE attendance SET note = 'nagekomen afmelding ' || hex(randomblob(40))",
        "DELETE FROM coaching_note WHERE rowid % 3 = 0",
    ]
    _, old_wal = _wal_with_changes(data, folder, grow)
    # The file moved on without that WAL (changed and checkpointed), then the old WAL came
    # back beside it: its pages are replayed over a file they no longer fit.
    moved_on = {
        "vacuumed": ["VACUUM"],
        "attendance-deleted": ["DELETE FROM attendance WHERE rowid % 2 = 0"],
        "notes-rewritten": ["UPDATE coaching_note SET discussed = hex(randomblob(300))"],
        "index-rebuilt": ["REINDEX"],
    }
    later = {name: _checkpointed(data, folder, changes) for name, changes in moved_on.items()}

    def add(name: str, db_bytes: bytes, wal: bytes) -> None:
        path = _write(folder, name, db_bytes)
        Path(str(path) + "-wal").write_bytes(wal)
        out.append(Variant(name, "wal", path, must_detect=False))

    for name, file_bytes in later.items():
        as_wal_mode = _patched(file_bytes, 18, b"\x02\x02")
        add(f"wal-stale-over-{name}", as_wal_mode, old_wal)
        add(f"wal-stale-over-{name}-torn", as_wal_mode, old_wal[: len(old_wal) * 2 // 3])
    _, other_wal = _wal_with_changes(_fresh_database(folder), folder, ["VACUUM"])
    add("wal-of-another-database", _patched(data, 18, b"\x02\x02"), other_wal)
    add("wal-missing-then-stale", _patched(data, 18, b"\x02\x02"), old_wal)
    for index in range(4):
        torn = bytearray(old_wal)
        start = 32 + rnd.randrange(len(torn) - 1000)
        torn[start : start + 500] = rnd.randbytes(500)
        add(f"wal-garbled-{index}", _patched(data, 18, b"\x02\x02"), bytes(torn))
    return out


def _checkpointed(base: bytes, folder: Path, changes: list[str]) -> bytes:
    """`base` after `changes`, all in the file itself (no WAL)."""
    db_bytes, wal = _wal_with_changes(base, folder, changes)
    path = folder / "_checkpointed.sqlite"
    path.write_bytes(db_bytes)
    Path(str(path) + "-wal").write_bytes(wal)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    data = path.read_bytes()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return data


def _fresh_database(folder: Path) -> bytes:
    path = folder / "_other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE agenda (id INTEGER PRIMARY KEY, titel TEXT)")
        conn.executemany("INSERT INTO agenda (titel) VALUES (?)", [("x" * 300,)] * 200)
    data = path.read_bytes()
    path.unlink()
    return data


def integrity_fails(path: Path) -> bool:
    """SQLite's full integrity check on a scratch copy (file and WAL) fails."""
    scratch = path.with_name("_scratch.sqlite")
    shutil.copyfile(path, scratch)
    wal = Path(str(path) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, str(scratch) + "-wal")
    try:
        with sqlite3.connect(scratch) as conn:
            return conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    except sqlite3.DatabaseError:
        return True
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(scratch) + suffix).unlink(missing_ok=True)
