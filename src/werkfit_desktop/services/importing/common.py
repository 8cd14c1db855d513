"""What the importers share: the refusal of an import that may not go in, and finding a
participant by number or by name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from werkfit_desktop.domain.names import fold, full_name, listed_name
from werkfit_desktop.services.importing.preview import ImportMode, Preview, Problem
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate


class ImportRefused(Exception):
    """Nothing was written: the file has problems (all-or-nothing mode), the file as a whole
    is unusable, or the database changed since the preview. `problems` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.line(lambda _c, s: s) for p in problems[:5]))

    def lines(self, translator=translate) -> list[str]:
        return [p.line(translator) for p in self.problems]


def check_may_apply(preview: Preview, mode: ImportMode) -> None:
    """ImportRefused when this preview may not be applied in this mode."""
    if not preview.can_import:
        raise ImportRefused(preview.file_problems)
    if mode == ImportMode.ALL_OR_NOTHING and preview.problems:
        raise ImportRefused(list(preview.problems))
    if preview.payload is None:
        raise ImportRefused(
            [Problem(None, None, QT_TRANSLATE_NOOP("Import", "There is nothing to import."))]
        )


def changed_since_preview(exc: SQLAlchemyError) -> ImportRefused:
    """The database refused a write the preview allowed: someone changed it meanwhile."""
    return ImportRefused(
        [
            Problem(
                None,
                None,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Nothing was imported: the data changed since the check ({reason}). Check "
                    "the file again and import once more.",
                ),
                {"reason": type(exc.orig if hasattr(exc, "orig") else exc).__name__},
            )
        ]
    )


def name_keys(first: str, particle: str | None, last: str) -> set[str]:
    """The ways a file may write a name ('Jan van den Berg', 'Berg, Jan van den'), folded."""
    return {
        " ".join(fold(full_name(first, particle, last)).split()),
        " ".join(fold(listed_name(first, particle, last)).split()),
    }


@dataclass
class Directory:
    """Participants to find by number (case ignored) or by full name (accents ignored)."""

    by_number: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, set[str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # id -> "Jan van den Berg"

    def add(self, pid: str, number: str, first: str, particle: str | None, last: str) -> None:
        self.by_number[number.strip().casefold()] = pid
        for key in name_keys(first, particle, last):
            self.by_name.setdefault(key, set()).add(pid)
        self.names[pid] = full_name(first, particle, last)

    def find(self, text: str) -> tuple[str | None, str | None]:
        """(participant id, None) or (None, the problem's source text)."""
        pid = self.by_number.get(text.strip().casefold())
        if pid:
            return pid, None
        found = self.by_name.get(" ".join(fold(text).split()), set())
        if len(found) == 1:
            return next(iter(found)), None
        if found:
            return None, QT_TRANSLATE_NOOP(
                "Import",
                "Several participants are called '{value}'; use the participant number.",
            )
        return None, QT_TRANSLATE_NOOP(
            "Import", "There is no participant '{value}' (number or full name)."
        )


def directory_of(rows: Iterable) -> Directory:
    """From rows with id, participant_number, first_name, name_particle, last_name."""
    directory = Directory()
    for r in rows:
        directory.add(r.id, r.participant_number, r.first_name, r.name_particle, r.last_name)
    return directory
