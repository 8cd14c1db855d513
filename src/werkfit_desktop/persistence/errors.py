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
