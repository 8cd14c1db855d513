"""Validation results that say what is wrong and where, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass, field

from werkfit_desktop.texts import translate


@dataclass(frozen=True)
class FieldError:
    field: str  # the input field's key, e.g. "date_of_birth"
    source_text: str  # English, marked with QT_TRANSLATE_NOOP("Validation", ...)
    values: dict[str, object] = field(default_factory=dict)

    def message(self, translator=translate) -> str:
        return translator("Validation", self.source_text).format(**self.values)


class ValidationFailed(Exception):
    """Nothing was saved: the input has these problems."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(e.source_text.format(**e.values) for e in errors))
