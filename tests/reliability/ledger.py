"""What the killed writers reported, checked against the database file afterwards.

A `Ledger` reads the writers' logs (child_writer.py) in order and keeps what must be in the
file: every COMMITTED action exactly as written, and at most one action in flight at the
kill (its INTENT without a COMMITTED), which may be there or not, but only whole."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

TOKEN_LIKE = "rk-%"


@dataclass
class Ledger:
    cohort_id: str
    marks: dict[str, str] = field(default_factory=dict)  # pair -> token
    notes: dict[str, str] = field(default_factory=dict)  # token -> note id
    participants: dict[str, str] = field(default_factory=dict)  # token -> participant id
    imports: dict[str, int] = field(default_factory=dict)  # token -> rows of the imported file
    committed_checked: int = 0  # committed actions compared with the file, summed over checks
    committed_total: int = 0  # committed actions reported by the writers

    def size(self) -> int:
        """Actions known to be in the file."""
        return len(self.marks) + len(self.notes) + len(self.participants) + len(self.imports)

    def read_log(self, log: Path) -> tuple[str, str, str] | None:
        """Take in a finished writer's log; returns its action in flight (kind, key, token)."""
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        lines = [line.split() for line in text.split("\n")[:-1]]  # a torn last line is dropped
        in_flight = None
        for words in lines:
            state, kind, key, token = words
            if state == "INTENT":
                assert in_flight is None, f"two actions in flight in {log}"
                in_flight = (kind, key, token)
                continue
            assert in_flight is not None and in_flight[2] == token, f"{log}: {words}"
            in_flight = None
            self.committed_total += 1
            if kind == "mark":
                self.marks[key] = token
            elif kind == "note":
                self.notes[token] = key
            elif kind == "import":
                self.imports[token] = int(key)
            else:
                self.participants[token] = key
        return in_flight

    def verify(self, db_path: Path, in_flight=()) -> None:
        """Assert the file holds every committed action, nothing half, nothing unknown, and
        passes SQLite's integrity and foreign-key checks. Actions found from `in_flight`
        (they committed just before the kill) join the ledger."""
        flying = {token: (kind, key) for kind, key, token in in_flight}
        conn = sqlite3.connect(db_path, timeout=30)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            self._verify_marks(conn, flying)
            self._verify_notes(conn, flying)
            self._verify_participants(conn, flying)
            self._verify_imports(conn, flying)
        finally:
            conn.close()

    def _verify_marks(self, conn: sqlite3.Connection, flying) -> None:
        found = dict(
            conn.execute(
                "SELECT session_id || ':' || participant_id, note FROM attendance "
                "WHERE note LIKE ? AND deleted_at IS NULL",
                (TOKEN_LIKE,),
            ).fetchall()
        )
        maybe = {key: token for token, (kind, key) in flying.items() if kind == "mark"}
        for key, token in found.items():
            if key in maybe and token == maybe[key]:
                self.marks[key] = token  # committed just before the kill
        for key, token in self.marks.items():
            assert found.get(key) == token, f"mark {key}: {found.get(key)} is not {token}"
        assert set(found) <= set(self.marks), "a mark no writer made"
        self.committed_checked += len(self.marks)

    def _verify_notes(self, conn: sqlite3.Connection, flying) -> None:
        notes = {
            discussed.split()[0]: note_id
            for note_id, discussed in conn.execute(
                "SELECT id, discussed FROM coaching_note WHERE discussed LIKE ?", (TOKEN_LIKE,)
            )
        }
        goals: dict[str, list[str]] = {}
        for description, note_id in conn.execute(
            "SELECT description, reviewed_in_note_id FROM plan_goal WHERE description LIKE ?",
            (TOKEN_LIKE,),
        ):
            goals.setdefault(description.split()[0], []).append(note_id)
        for token, note_id in notes.items():
            # One action, several rows: the note with both its goals, or nothing.
            assert goals.get(token) == [note_id, note_id], f"note {token} without its goals"
            if token in flying:
                self.notes[token] = note_id
        assert set(goals) <= set(notes), "goals of a note that is not there"
        for token, note_id in self.notes.items():
            assert notes.get(token) == note_id, f"committed note {token} is missing"
        assert set(notes) <= set(self.notes), "a note no writer made"
        self.committed_checked += len(self.notes)

    def _verify_participants(self, conn: sqlite3.Connection, flying) -> None:
        rows = conn.execute(
            "SELECT p.id, p.last_name, (SELECT count(*) FROM enrolment e "
            "WHERE e.participant_id = p.id AND e.cohort_id = ?) FROM participant p "
            "WHERE p.last_name LIKE ?",
            (self.cohort_id, "% " + TOKEN_LIKE),
        ).fetchall()
        found = {}
        for participant_id, last_name, enrolments in rows:
            token = last_name.split()[-1]
            assert enrolments == 1, f"participant {token} without the enrolment"
            found[token] = participant_id
            if token in flying:
                self.participants[token] = participant_id
        for token, participant_id in self.participants.items():
            assert found.get(token) == participant_id, f"committed participant {token} missing"
        assert set(found) <= set(self.participants), "a participant no writer made"
        self.committed_checked += len(self.participants)

    def _verify_imports(self, conn: sqlite3.Connection, flying) -> None:
        counts: dict[str, int] = {}
        for last_name, enrolments in conn.execute(
            "SELECT p.last_name, (SELECT count(*) FROM enrolment e "
            "WHERE e.participant_id = p.id AND e.cohort_id = ?) FROM participant p "
            "WHERE p.last_name LIKE ?",
            (self.cohort_id, "Wróbel-%-" + TOKEN_LIKE),
        ):
            assert enrolments == 1, f"imported {last_name} without the enrolment"
            token = last_name.split("-", 2)[2]
            counts[token] = counts.get(token, 0) + 1
        for token, count in counts.items():
            expected = self.imports.get(token) or int(flying.get(token, ("", "0"))[1])
            # One import, one transaction: the whole file or nothing of it.
            assert count == expected, f"import {token} is half there: {count} of {expected}"
            if token in flying:
                self.imports[token] = expected
        for token, rows in self.imports.items():
            assert counts.get(token) == rows, f"committed import {token} is missing"
        assert set(counts) <= set(self.imports), "an import no writer made"
        self.committed_checked += len(self.imports)
