"""The writer that gets killed: real service calls on a real database file, in a child process.

    python child_writer.py run <db> <log> <seed> [<ops> [<k>/<n>]]   one writer, started cold
    python child_writer.py serve <db>                      a fork server (see below)

Each user action is logged to <log> as `INTENT <kind> <key> <token>` before the service call
and `COMMITTED <kind> <key> <token>` after it returned, one os.write per line (a killed
process loses nothing it already handed to the kernel). The parent compares the log with
the file after the kill.

Actions (the real write paths):
- `mark`: attendance.record_mark, one row; key `<session>:<participant>`, the note is the token;
- `note`: coaching.finish_note with two new development-plan goals, one transaction of
  several rows (note, plan, goals); key = the note id (the intent's key is `-`);
- `participant`: enrolments.enrol_new_participant, participant + enrolment in one
  transaction; key = the participant id;
- `import`: a participants CSV of IMPORT_ROWS people enrolled in the cohort, through
  services.importing (preview, then apply_import: one transaction); key = the number of rows, the token is
  in every last name (`Wróbel-<n>-<token>`): all of them or none.

The fork server imports everything once and then, per `RUN <log> <seed> <ops>` line on
stdin, forks a writer, answers `PID <pid>`, waits for it and answers `DONE <pid> <status>`:
a kill then costs the writes, not a Python start (which `run` still covers)."""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import sys
from pathlib import Path

KINDS = ("mark", "mark", "mark", "note", "participant", "import")
IMPORT_ROWS = 25
STATUSES = ("present", "late", "absent_excused", "absent_unexcused", "sick")


def load_plan(db_path: Path) -> dict:
    """What the writer may write to: valid (session, participant) pairs, an author, a cohort."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        pairs = conn.execute(
            "SELECT a.session_id, a.participant_id FROM attendance a "
            "JOIN training_session s ON s.id = a.session_id "
            "WHERE a.deleted_at IS NULL AND NOT s.cancelled ORDER BY a.id LIMIT 400"
        ).fetchall()
        author = conn.execute("SELECT id FROM staff_member ORDER BY id LIMIT 1").fetchone()[0]
        cohort = conn.execute(
            "SELECT id, start_date, code FROM cohort ORDER BY end_date DESC, id LIMIT 1"
        ).fetchone()
        participants = [
            r[0] for r in conn.execute("SELECT participant_id FROM enrolment ORDER BY id LIMIT 60")
        ]
    finally:
        conn.close()
    return {
        "pairs": pairs,
        "author": author,
        "cohort": cohort[0],
        "cohort_start": cohort[1],
        "cohort_code": cohort[2],
        "participants": participants,
    }


def write_loop(db_path: Path, log_path: Path, seed: str, ops: int, plan: dict) -> None:
    from werkfit_desktop.domain.enums import AttendanceStatus, ContactType
    from werkfit_desktop.persistence.database import open_database
    from werkfit_desktop.services.attendance import record_mark
    from werkfit_desktop.services.coaching import NoteInput, finish_note
    from werkfit_desktop.services.development_plan import NewGoal
    from werkfit_desktop.services.enrolments import enrol_new_participant
    from werkfit_desktop.services.participants import ParticipantInput

    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def log(*words: str) -> None:
        os.write(fd, (" ".join(words) + "\n").encode())

    rnd = random.Random(seed)
    db = open_database(db_path)
    start = dt.date.fromisoformat(plan["cohort_start"])
    for number in range(ops):
        token = f"rk-{seed}-{number}"
        kind = rnd.choice(KINDS)
        if kind == "mark":
            session_id, participant_id = rnd.choice(plan["pairs"])
            status = AttendanceStatus(rnd.choice(STATUSES))
            minutes = rnd.randint(1, 90) if status is AttendanceStatus.LATE else None
            key = f"{session_id}:{participant_id}"
            log("INTENT", kind, key, token)
            record_mark(db, session_id, participant_id, status, minutes, note=token)
            log("COMMITTED", kind, key, token)
        elif kind == "note":
            participant_id = rnd.choice(plan["participants"])
            data = NoteInput(
                contact_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
                contact_type=ContactType.PHONE,
                discussed=f"{token} Gesprek met Nguyễn Thị Hoa over de stageplek.",
            )
            goals = [NewGoal(f"{token} doel {n}") for n in (1, 2)]
            log("INTENT", kind, "-", token)
            note_id, _ = finish_note(db, plan["author"], participant_id, data, new_goals=goals)
            log("COMMITTED", kind, note_id, token)
        elif kind == "import":
            from werkfit_desktop.services.importing import apply_import, preview_file

            csv_path = log_path.with_name(f"{token}.csv")
            lines = ["voornaam;achternaam;geboortedatum;groep"]
            lines += [
                f"Łukasz;Wróbel-{n}-{token};03-02-1990;{plan['cohort_code']}"
                for n in range(IMPORT_ROWS)
            ]
            csv_path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
            log("INTENT", kind, str(IMPORT_ROWS), token)
            apply_import(db, preview_file(db, csv_path))
            log("COMMITTED", kind, str(IMPORT_ROWS), token)
        else:
            data = ParticipantInput(first_name="Ayşe", last_name=f"Yılmaz {token}")
            log("INTENT", kind, "-", token)
            participant_id, _ = enrol_new_participant(db, plan["cohort"], data, start)
            log("COMMITTED", kind, participant_id, token)
    db.close()
    os.close(fd)


def serve(db_path: Path) -> None:
    # Everything a writer needs, imported before any fork (no database connection yet).
    import sqlalchemy.dialects.sqlite  # noqa: F401 - loaded lazily by create_engine otherwise
    from sqlalchemy.orm import configure_mappers

    import werkfit_desktop.persistence.database  # noqa: F401
    import werkfit_desktop.services.attendance  # noqa: F401
    import werkfit_desktop.services.coaching  # noqa: F401
    import werkfit_desktop.services.enrolments  # noqa: F401
    import werkfit_desktop.services.importing.participants  # noqa: F401
    import werkfit_desktop.services.importing.reading  # noqa: F401

    configure_mappers()  # once, not in every writer
    plan = load_plan(db_path)
    print("READY", flush=True)
    for line in sys.stdin:
        command, log_path, seed, ops = line.split()
        if command != "RUN":
            break
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                write_loop(db_path, Path(log_path), seed, int(ops), plan)
            except BaseException as exc:  # noqa: BLE001 - reported to the parent
                sys.stderr.write(f"writer failed: {exc!r}\n")
                code = 3
            finally:
                os._exit(code)
        print("PID", pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print("DONE", pid, status, flush=True)


def main(argv: list[str]) -> int:
    if argv[0] == "serve":
        serve(Path(argv[1]))
        return 0
    db_path, log_path, seed = Path(argv[1]), Path(argv[2]), argv[3]
    ops = int(argv[4]) if len(argv) > 4 else 1_000_000
    plan = load_plan(db_path)
    if len(argv) > 5:  # k/n: only every n-th attendance pair, so two writers never share one
        part, parts = (int(x) for x in argv[5].split("/"))
        plan["pairs"] = plan["pairs"][part::parts]
    write_loop(db_path, log_path, seed, ops, plan)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
