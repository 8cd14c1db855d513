"""The learn-work company's own details that reports print: its logo."""

from __future__ import annotations

from sqlalchemy import select

from werkfit_desktop.domain import Organisation
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LOGO_MAX_BYTES = 1_000_000  # a logo on an A4 header needs far less; this keeps the file small


def organisation_logo(db: Database, organisation_id: str) -> bytes | None:
    with db.read() as session:
        return session.scalar(
            select(Organisation.logo_png).where(Organisation.id == organisation_id)
        )


def set_organisation_logo(db: Database, organisation_id: str, png: bytes | None) -> Changes:
    """Set (PNG bytes) or remove (None) the logo printed on every report of the organisation."""
    if png is not None and not png.startswith(PNG_SIGNATURE):
        raise ValidationFailed(
            [FieldError("logo", QT_TRANSLATE_NOOP("Validation", "The logo must be a PNG image."))]
        )
    if png is not None and len(png) > LOGO_MAX_BYTES:
        raise ValidationFailed(
            [
                FieldError(
                    "logo",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The logo is {size} kB; at most {limit} kB fits."
                    ),
                    {"size": len(png) // 1000, "limit": LOGO_MAX_BYTES // 1000},
                )
            ]
        )
    with db.write() as session:
        organisation = session.get_one(Organisation, organisation_id)
        organisation.logo_png = png
    return Changes(organisations=frozenset({organisation_id}))
