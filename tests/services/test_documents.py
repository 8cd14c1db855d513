"""Scanned, signed sign-in sheets stored with their session inside the database: real PDF
and PNG files in, the same bytes out; too large or not a scan is refused with nothing
stored; removing is undoable."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib

import pytest
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select

from werkfit_desktop.domain import (
    Cohort,
    Document,
    Module,
    Organisation,
    Programme,
    TrainingSession,
)
from werkfit_desktop.domain.enums import DocumentKind
from werkfit_desktop.services import documents as service
from werkfit_desktop.services.validation import ValidationFailed


def make_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Presentielijst, getekend")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_png(width: int = 32, height: int = 16) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + b"\xff\x80\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def session_id(db) -> str:
    """One training session of a small cohort."""
    with db.write() as session:
        organisation = Organisation(name="Leerwerkbedrijf Test")
        programme = Programme(name="Werkfit Test")
        session.add_all([organisation, programme])
        session.flush()
        module = Module(programme_id=programme.id, name="Werkcultuur", position=1)
        cohort = Cohort(
            code="WF-T-1",
            programme_id=programme.id,
            organisation_id=organisation.id,
            start_date=dt.date(2026, 2, 9),
        )
        session.add_all([module, cohort])
        session.flush()
        training = TrainingSession(
            cohort_id=cohort.id, module_id=module.id, date=dt.date(2026, 2, 9)
        )
        session.add(training)
        session.flush()
        return training.id


def stored_count(db) -> int:
    with db.read() as session:
        return session.scalar(
            select(func.count()).select_from(Document).execution_options(include_deleted=True)
        )


def test_attach_list_and_read_back_a_pdf_and_a_png(db, session_id, tmp_path):
    pdf, png = make_pdf(), make_png()
    (tmp_path / "presentielijst week 7.pdf").write_bytes(pdf)
    (tmp_path / "foto-lijst.png").write_bytes(png)

    pdf_id, changes = service.attach_document(
        db,
        session_id,
        tmp_path / "presentielijst week 7.pdf",
        signed_by_trainer_on=dt.date(2026, 2, 12),
    )
    assert changes.documents == frozenset({session_id}) and changes.touches("documents")
    png_id, _ = service.attach_document(db, session_id, tmp_path / "foto-lijst.png")

    listed = service.list_documents(db, session_id)
    assert [d.id for d in listed] == [pdf_id, png_id]
    first, second = listed
    assert (first.filename, first.mime_type, first.size_bytes) == (
        "presentielijst week 7.pdf",
        "application/pdf",
        len(pdf),
    )
    assert first.kind == DocumentKind.SIGNIN_SHEET
    assert first.signed_by_trainer_on == dt.date(2026, 2, 12)
    assert (second.filename, second.mime_type) == ("foto-lijst.png", "image/png")
    assert second.created_at.tzinfo is not None

    assert service.document_bytes(db, pdf_id) == (
        "presentielijst week 7.pdf",
        "application/pdf",
        pdf,
    )
    assert service.document_bytes(db, png_id)[2] == png
    assert service.document_counts(db, {session_id, "geen-lesdag"}) == {session_id: 2}


def test_jpeg_and_tiff_are_recognised_by_their_content(db, session_id, tmp_path):
    (tmp_path / "scan.JPG").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 200)
    (tmp_path / "scan").write_bytes(b"II*\x00" + b"\x00" * 200)  # no extension at all
    service.attach_document(db, session_id, tmp_path / "scan.JPG")
    service.attach_document(db, session_id, tmp_path / "scan")
    assert [d.mime_type for d in service.list_documents(db, session_id)] == [
        "image/jpeg",
        "image/tiff",
    ]


def test_listing_does_not_load_the_bytes(db, session_id, tmp_path):
    (tmp_path / "a.pdf").write_bytes(make_pdf())
    service.attach_document(db, session_id, tmp_path / "a.pdf")
    statements: list[str] = []
    from sqlalchemy import event

    def remember(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        service.list_documents(db, session_id)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    selects = [s for s in statements if "FROM document" in s]
    assert selects and not any("document.content" in s for s in selects)


def test_a_too_large_file_is_refused_and_nothing_is_stored(db, session_id, tmp_path):
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:  # a sparse 34.2 MB "PDF"
        handle.write(b"%PDF-1.7\n")
        handle.truncate(int(34.2 * 1024 * 1024))
    with pytest.raises(ValidationFailed) as failed:
        service.attach_document(db, session_id, big)
    assert failed.value.errors[0].message().startswith("scan.pdf is 34,2 MB; het maximum is 20 MB.")
    assert stored_count(db) == 0

    just_fits = tmp_path / "precies.pdf"
    with just_fits.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(service.MAX_DOCUMENT_BYTES)
    service.attach_document(db, session_id, just_fits)
    assert stored_count(db) == 1


def test_a_text_file_renamed_to_pdf_is_refused(db, session_id, tmp_path):
    fake = tmp_path / "lijst.pdf"
    fake.write_text("Dit is geen scan, alleen tekst.\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        service.attach_document(db, session_id, fake)
    assert failed.value.errors[0].message() == (
        "lijst.pdf is geen PDF en geen afbeelding (PNG, JPEG of TIFF); voeg de scan zelf toe."
    )
    empty = tmp_path / "leeg.png"
    empty.write_bytes(b"")
    with pytest.raises(ValidationFailed) as failed:
        service.attach_document(db, session_id, empty)
    assert failed.value.errors[0].message() == "leeg.png is leeg."
    with pytest.raises(ValidationFailed) as failed:
        service.attach_document(db, session_id, tmp_path / "weg.pdf")
    assert failed.value.errors[0].message().startswith("weg.pdf kan niet worden gelezen")
    assert stored_count(db) == 0


def test_remove_and_restore(db, session_id, tmp_path):
    (tmp_path / "a.pdf").write_bytes(make_pdf())
    document_id, _ = service.attach_document(db, session_id, tmp_path / "a.pdf")

    changes = service.remove_document(db, document_id)
    assert changes.documents == frozenset({session_id})
    assert service.list_documents(db, session_id) == []
    assert stored_count(db) == 1  # a tombstone: it merges, and undo brings it back

    service.restore_document(db, document_id)
    assert [d.id for d in service.list_documents(db, session_id)] == [document_id]
    assert service.document_bytes(db, document_id)[2] == (tmp_path / "a.pdf").read_bytes()


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (500, "1 kB"),
        (850 * 1024, "850 kB"),
        (1024 * 1024, "1 MB"),
        (int(34.2 * 1024 * 1024), "34,2 MB"),
        (20 * 1024 * 1024, "20 MB"),
    ],
)
def test_sizes_are_written_the_dutch_way(size, text):
    assert service.format_size(size) == text
