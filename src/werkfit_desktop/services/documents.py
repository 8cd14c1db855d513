"""Stored files of a session: the scanned, signed sign-in sheet that proves attendance to a
funder. The bytes live inside the database, so backups, encryption and sync cover them.

The content column is deferred: lists never load the bytes, only `document_bytes` does."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from werkfit_desktop.domain import Certificate, Document, TrainingSession, utcnow
from werkfit_desktop.domain.enums import DocumentKind
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # 20 MB: a multi-page scan at 300 dpi fits easily

# Recognised by their first bytes, whatever the file is called.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)

_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Validation",
    "{filename} is {size}; the maximum is {limit}. Scan it at a lower resolution "
    "(200 to 300 dpi) or in black and white.",
)
_UNREADABLE = QT_TRANSLATE_NOOP("Validation", "{filename} cannot be read: {reason}")


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    session_id: str | None
    kind: DocumentKind
    filename: str
    size_bytes: int
    mime_type: str
    created_at: dt.datetime
    signed_by_trainer_on: dt.date | None


def format_size(size: int) -> str:
    """Dutch: '850 kB', '34,2 MB', '20 MB'."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    megabytes = size / (1024 * 1024)
    text = f"{megabytes:.0f}" if megabytes >= 100 or megabytes.is_integer() else f"{megabytes:.1f}"
    return text.replace(".", ",") + " MB"


def detect_mime_type(head: bytes) -> str | None:
    """The file type from its first bytes (PDF, PNG, JPEG, TIFF), or None."""
    for signature, mime in _SIGNATURES:
        if head.startswith(signature):
            return mime
    # Some scanners put a few bytes before %PDF; PDF readers allow it within the first 1 kB.
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    return None


def _refuse(source: str, **values: object) -> ValidationFailed:
    return ValidationFailed([FieldError("file", source, dict(values))])


def read_document_file(path: Path) -> tuple[bytes, str]:
    """The file's bytes and MIME type; ValidationFailed when it is missing, empty, too large
    or not a PDF or image. A file over the limit is not read at all."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(
            _UNREADABLE,
            filename=name,
            reason=exc.strerror or str(exc),
        ) from exc
    if size > MAX_DOCUMENT_BYTES:
        raise _refuse(
            _TOO_LARGE,
            filename=name,
            size=format_size(size),
            limit=format_size(MAX_DOCUMENT_BYTES),
        )
    if size == 0:
        raise _refuse(QT_TRANSLATE_NOOP("Validation", "{filename} is empty."), filename=name)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise _refuse(
            _UNREADABLE,
            filename=name,
            reason=exc.strerror or str(exc),
        ) from exc
    if len(content) > MAX_DOCUMENT_BYTES:  # grew while we looked
        raise _refuse(
            _TOO_LARGE,
            filename=name,
            size=format_size(len(content)),
            limit=format_size(MAX_DOCUMENT_BYTES),
        )
    mime = detect_mime_type(content[:1024])
    if mime is None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{filename} is not a PDF or an image (PNG, JPEG or TIFF); attach the scan itself.",
            ),
            filename=name,
        )
    return content, mime


def attach_document(
    db: Database,
    session_id: str,
    path: Path,
    kind: DocumentKind = DocumentKind.SIGNIN_SHEET,
    signed_by_trainer_on: dt.date | None = None,
) -> tuple[str, Changes]:
    """Store the file with the session in one transaction; returns the new document's id."""
    path = Path(path)
    content, mime = read_document_file(path)
    with db.write() as session:
        session.get_one(TrainingSession, session_id)
        document = Document(
            kind=kind,
            session_id=session_id,
            filename=path.name[:255],
            mime_type=mime,
            size_bytes=len(content),
            content=content,
            signed_by_trainer_on=signed_by_trainer_on,
        )
        session.add(document)
        session.flush()
        document_id = document.id
    return document_id, Changes(documents=frozenset({session_id}))


def _info_columns():
    return (
        Document.id,
        Document.session_id,
        Document.kind,
        Document.filename,
        Document.size_bytes,
        Document.mime_type,
        Document.created_at,
        Document.signed_by_trainer_on,
    )


def list_documents(db: Database, session_id: str) -> list[DocumentInfo]:
    """The session's stored files, oldest first, without their bytes."""
    with db.read() as session:
        rows = session.execute(
            select(*_info_columns())
            .where(Document.session_id == session_id)
            .order_by(Document.created_at, Document.id)
        ).all()
    return [DocumentInfo(*row) for row in rows]


def document_counts(db: Database, session_ids: list[str] | set[str]) -> dict[str, int]:
    """How many files each of these sessions has (sessions without any are left out)."""
    if not session_ids:
        return {}
    with db.read() as session:
        rows = session.execute(
            select(Document.session_id, func.count())
            .where(Document.session_id.in_(list(session_ids)))
            .group_by(Document.session_id)
        ).all()
    return {session_id: count for session_id, count in rows}


def document_bytes(db: Database, document_id: str) -> tuple[str, str, bytes]:
    """(filename, MIME type, content) of a stored file."""
    with db.read() as session:
        row = session.execute(
            select(Document.filename, Document.mime_type, Document.content).where(
                Document.id == document_id
            )
        ).one()
    return row.filename, row.mime_type, row.content


def _set_deleted(db: Database, document_id: str, deleted: bool) -> Changes:
    with db.write() as session:
        document = session.scalars(
            select(Document)
            .where(Document.id == document_id)
            .execution_options(include_deleted=True)
        ).one()
        document.deleted_at = utcnow() if deleted else None
        session_id = document.session_id
    return Changes(documents=frozenset({session_id} if session_id else set()))


def remove_document(db: Database, document_id: str) -> Changes:
    """Put the file in the bin (a tombstone: it merges, and undo brings it back)."""
    return _set_deleted(db, document_id, True)


def restore_document(db: Database, document_id: str) -> Changes:
    """Undo a removal."""
    return _set_deleted(db, document_id, False)


# ---------------------------------------------------------------- diploma scans of certificates


def _certificate_changes(certificate_id: str) -> Changes:
    return Changes(documents=frozenset({certificate_id}), certificates=frozenset({certificate_id}))


def attach_certificate_scan(db: Database, certificate_id: str, path: Path) -> tuple[str, Changes]:
    """Store the scan of a diploma with its certificate (same checks as a sign-in sheet:
    PDF or image, at most 20 MB); returns the new document's id."""
    path = Path(path)
    content, mime = read_document_file(path)
    with db.write() as session:
        certificate = session.get_one(Certificate, certificate_id)
        document = Document(
            kind=DocumentKind.DIPLOMA,
            certificate_id=certificate_id,
            participant_id=certificate.participant_id,
            filename=path.name[:255],
            mime_type=mime,
            size_bytes=len(content),
            content=content,
        )
        session.add(document)
        session.flush()
        document_id = document.id
    return document_id, _certificate_changes(certificate_id)


def list_certificate_scans(db: Database, certificate_id: str) -> list[DocumentInfo]:
    """The certificate's stored scans, oldest first, without their bytes."""
    with db.read() as session:
        rows = session.execute(
            select(*_info_columns())
            .where(Document.certificate_id == certificate_id)
            .order_by(Document.created_at, Document.id)
        ).all()
    return [DocumentInfo(*row) for row in rows]


def _set_certificate_scan_deleted(db: Database, document_id: str, deleted: bool) -> Changes:
    with db.write() as session:
        document = session.scalars(
            select(Document)
            .where(Document.id == document_id)
            .execution_options(include_deleted=True)
        ).one()
        document.deleted_at = utcnow() if deleted else None
        certificate_id = document.certificate_id
    return _certificate_changes(certificate_id) if certificate_id else Changes()


def remove_certificate_scan(db: Database, document_id: str) -> Changes:
    """Put a diploma scan in the bin (undo brings it back with restore_certificate_scan)."""
    return _set_certificate_scan_deleted(db, document_id, True)


def restore_certificate_scan(db: Database, document_id: str) -> Changes:
    return _set_certificate_scan_deleted(db, document_id, False)
