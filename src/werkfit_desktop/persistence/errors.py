"""Problems with a database file that the user must be told about.

Each error carries an English source text (marked for translation, Dutch in werkfit_nl.ts)
with named fields, so the GUI and the command line can both say it in the user's language."""

from __future__ import annotations

from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

CONTEXT = "DatabaseError"


class DatabaseProblem(Exception):
    """Base of the problems a user gets explained."""

    source_text = QT_TRANSLATE_NOOP("DatabaseError", "The database {path} cannot be opened.")

    def __init__(self, path: str, **fields: object) -> None:
        self.path = path
        self.fields = {"path": path, **fields}
        super().__init__(self.source_text.format(**self.fields))

    def message(self, translator=translate) -> str:
        """The explanation in the user's language; `translator(context, text)`."""
        return translator(CONTEXT, self.source_text).format(**self.fields)


class NotADatabase(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The file {path} is not a Werkfit Desktop database (it is not an SQLite database file). "
        "Choose another file.",
    )


class ForeignDatabase(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The file {path} is a database of another program, not of Werkfit Desktop. It has not "
        "been changed. Choose another file, or a new file name to start a new database.",
    )


class DatabaseTooNew(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The database {path} was written by a newer version of Werkfit Desktop (schema version "
        "{revision}, unknown to this version {version}). Install the newer version to open it; "
        "the file has not been changed.",
    )


class MigrationFailed(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "Updating the database {path} to the new version failed ({reason}). The file has not "
        "been changed; a copy made beforehand is at {backup}.",
    )


class DatabaseInUse(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The database {path} is already open in another Werkfit Desktop window or program "
        "({holder}). Close it there first, or open another file.",
    )


# Storage problems while the database is open (mapped from SQLite's error codes by
# engine.py, so a service call fails with one of these instead of a raw driver error).
class DatabaseFull(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The disk holding {path} is full, so the last change could not be saved; everything "
        "saved before it is safe. Free up space (or move the database to another disk) and "
        "try again.",
    )


class DatabaseReadOnly(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The database {path} can only be read: the file or its folder is write-protected, or "
        "you have no permission to change it. Nothing can be saved; what is already saved "
        "is safe. Ask for write permission, or copy the file to a folder of your own.",
    )


class DatabaseUnreachable(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The database {path} cannot be reached: the folder is gone (a USB stick pulled out, "
        "a network drive disconnected?) or you have no permission to open it. Changes made "
        "before this are saved in the file. Put the drive back and start Werkfit Desktop "
        "again.",
    )


class DatabaseIOError(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "Reading or writing the database {path} failed (a disk or drive error: {reason}). The "
        "last change was not saved. Check the drive and start Werkfit Desktop again.",
    )


class DatabaseBusyTooLong(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The database {path} stayed busy with another program's change for too long, so the "
        "last change was not saved. Try again in a moment.",
    )


class DatabaseDamaged(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The database {path} is damaged ({reason}). The last change was not saved. Close "
        "Werkfit Desktop and open the file again to restore a backup.",
    )


# SQLite primary result codes (the low byte of the extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
SQLITE_READONLY_DBMOVED = SQLITE_READONLY | (4 << 8)  # the file was moved or deleted


def problem_for(exc: BaseException, path: str) -> DatabaseProblem | None:
    """The user-facing problem for an SQLite storage error (None for other errors)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if code == SQLITE_READONLY_DBMOVED or primary == SQLITE_CANTOPEN:
        return DatabaseUnreachable(path)
    if primary == SQLITE_FULL:
        return DatabaseFull(path)
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return DatabaseReadOnly(path)
    if primary == SQLITE_IOERR:
        return DatabaseIOError(path, reason=str(exc))
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusyTooLong(path)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamaged(path, reason=str(exc))
    return None
