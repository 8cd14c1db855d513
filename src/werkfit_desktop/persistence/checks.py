"""Health checks of a database file: SQLite's integrity and foreign-key checks and the
schema version, as plain findings (the CLI and the GUI say them in the user's language)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from werkfit_desktop.persistence.errors import ForeignDatabase, NotADatabase
from werkfit_desktop.persistence.migrate import HEAD_REVISION, read_revision
from werkfit_desktop.persistence.sqlite_files import reading_connection
from werkfit_desktop.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Finding:
    source_text: str
    fields: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckReport:
    path: Path
    revision: str | None
    problems: list[Finding]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path) -> CheckReport:
    """Run the integrity check, the foreign-key check and the schema version check."""
    path = Path(path)
    problems: list[Finding] = []
    if not path.is_file():
        problems.append(Finding(QT_TRANSLATE_NOOP("Check", "The file does not exist.")))
        return CheckReport(path, None, problems)
    try:
        revision = read_revision(path)
    except NotADatabase:
        problems.append(Finding(QT_TRANSLATE_NOOP("Check", "The file is not an SQLite database.")))
        return CheckReport(path, None, problems)
    except ForeignDatabase:
        problems.append(
            Finding(QT_TRANSLATE_NOOP("Check", "The file is a database of another program."))
        )
        return CheckReport(path, None, problems)
    if revision != HEAD_REVISION:
        problems.append(
            Finding(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "Schema version {found} does not match this version's {expected}.",
                ),
                {"found": revision or "-", "expected": HEAD_REVISION},
            )
        )
    try:
        with reading_connection(path) as conn:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.append(
                    Finding(
                        QT_TRANSLATE_NOOP("Check", "Integrity check: {details}"),
                        {"details": "; ".join(integrity[:5])},
                    )
                )
            violations = conn.execute("PRAGMA foreign_key_check").fetchall()
            if violations:
                tables = sorted({row[0] for row in violations})
                problems.append(
                    Finding(
                        QT_TRANSLATE_NOOP(
                            "Check", "{count} broken references (foreign keys) in: {tables}"
                        ),
                        {"count": len(violations), "tables": ", ".join(tables)},
                    )
                )
    except sqlite3.DatabaseError as exc:
        problems.append(
            Finding(QT_TRANSLATE_NOOP("Check", "The file is damaged: {details}"), {"details": exc})
        )
    return CheckReport(path, revision, problems)
