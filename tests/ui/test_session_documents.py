"""The scans of a session's signed sign-in sheet in the GUI: attach with the (replaced) file
chooser, open with the (replaced) system viewer, remove and undo; and printing a sign-in
sheet from the GUI. Dutch, as users see it."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from reportlab.pdfgen.canvas import Canvas

from werkfit_desktop.domain import (
    Cohort,
    Enrolment,
    Module,
    Organisation,
    Participant,
    Programme,
    StaffMember,
    TrainingSession,
)
from werkfit_desktop.domain.enums import EnrolmentStatus, Phase, StaffRole
from werkfit_desktop.services import documents
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.ui.dialogs import signin_export
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.widgets.session_documents import SessionDocumentsWidget


def make_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Presentielijst, getekend")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + b"\x10\x20\x30" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def plan(db):
    """A cohort with two sessions in week 7 of 2026 and two participants."""
    with db.write() as session:
        organisation = Organisation(name="Leerwerkbedrijf Test")
        programme = Programme(name="Werkfit Test")
        session.add_all([organisation, programme])
        session.flush()
        trainer = StaffMember(organisation_id=organisation.id, first_name="Anouk",
                              last_name="Trainer", role=StaffRole.TRAINER)
        module = Module(programme_id=programme.id, name="Werkcultuur", position=1)
        cohort = Cohort(code="WF-T-1", programme_id=programme.id,
                        organisation_id=organisation.id, start_date=dt.date(2026, 2, 9))
        session.add_all([trainer, module, cohort])
        session.flush()
        trainings = [
            TrainingSession(cohort_id=cohort.id, module_id=module.id, date=day,
                            start_time=dt.time(9), end_time=dt.time(12, 30),
                            trainer_id=trainer.id)
            for day in (dt.date(2026, 2, 9), dt.date(2026, 2, 11))
        ]
        session.add_all(trainings)
        for number, (first, last) in enumerate([("Ayşe", "Yılmaz"), ("Łukasz", "Nowak")]):
            person = Participant(participant_number=f"D-{number + 1:06d}", first_name=first,
                                 last_name=last, sort_name=last.lower())
            session.add(person)
            session.flush()
            session.add(Enrolment(participant_id=person.id, cohort_id=cohort.id,
                                  start_date=cohort.start_date, status=EnrolmentStatus.ACTIVE,
                                  current_phase=Phase.TRAINING))
        session.flush()
        return cohort.id, [t.id for t in trainings]


@pytest.fixture
def widget(qtbot, db, plan, dutch, monkeypatch):
    events = AppEvents()
    undo = QUndoStack()
    shown_errors: list[str] = []
    opened: list[Path] = []
    widget = SessionDocumentsWidget(db, events, undo)
    qtbot.addWidget(widget)
    monkeypatch.setattr(widget, "show_error", shown_errors.append)
    monkeypatch.setattr(widget, "open_file", lambda path: opened.append(path) or True)
    widget.resize(520, 190)
    widget.show()
    widget.shown_errors, widget.opened, widget.undo, widget.test_events = (
        shown_errors, opened, undo, events)
    widget.set_session(plan[1][0])
    return widget


def choose(widget, monkeypatch, path: Path | None) -> None:
    monkeypatch.setattr(widget, "choose_file", lambda: path)


def test_empty_states_say_what_to_do(widget, plan):
    assert widget.empty_label.isVisible() and not widget.list.isVisible()
    assert widget.empty_label.text().startswith("Nog geen scan toegevoegd.")
    assert "'Scan toevoegen...'" in widget.empty_label.text()
    assert widget.add_button.text() == "Scan toevoegen..."
    assert widget.add_button.isEnabled()
    assert not widget.open_button.isEnabled() and not widget.remove_button.isEnabled()
    widget.set_session(None)
    assert widget.empty_label.text() == "Kies een lesdag om de scans ervan te zien."
    assert not widget.add_button.isEnabled()


def test_attach_open_remove_and_undo(widget, plan, tmp_path, qtbot, monkeypatch, db):
    scan = tmp_path / "presentielijst week 7.pdf"
    scan.write_bytes(make_pdf())
    choose(widget, monkeypatch, scan)
    with qtbot.waitSignal(widget.test_events.changed) as published:
        qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    changes: Changes = published.args[0]
    assert changes.documents == frozenset({plan[1][0]})
    assert widget.list.count() == 1
    today = dt.date.today().strftime("%d-%m-%Y")
    assert widget.list.item(0).text().startswith("presentielijst week 7.pdf · ")
    assert widget.list.item(0).text().endswith(f" kB · toegevoegd {today}")
    assert widget.open_button.isEnabled() and widget.remove_button.isEnabled()

    # Open: the stored bytes, under the original name, handed to the system viewer.
    qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    (opened,) = widget.opened
    assert opened.name == "presentielijst week 7.pdf"
    assert opened.read_bytes() == scan.read_bytes()
    # Enter on the list opens too.
    widget.list.setFocus()
    qtbot.keyClick(widget.list, Qt.Key.Key_Return)
    assert len(widget.opened) == 2

    # Remove with the Delete key, undo brings it back, redo removes it again.
    qtbot.keyClick(widget.list, Qt.Key.Key_Delete)
    assert widget.list.count() == 0 and widget.empty_label.isVisible()
    assert widget.undo.undoText() == "Scan verwijderen"
    widget.undo.undo()
    assert widget.list.count() == 1
    widget.undo.redo()
    assert widget.list.count() == 0
    widget.undo.undo()
    widget.undo.undo()  # and undoing the attach takes it away
    assert widget.list.count() == 0
    assert documents.list_documents(db, plan[1][0]) == []
    widget.undo.redo()
    assert widget.list.count() == 1


def test_another_view_of_the_same_session_follows(widget, plan, tmp_path, monkeypatch, qtbot, db):
    other = SessionDocumentsWidget(db, widget.test_events, widget.undo)
    qtbot.addWidget(other)
    other.set_session(plan[1][0])
    elsewhere = SessionDocumentsWidget(db, widget.test_events, widget.undo)
    qtbot.addWidget(elsewhere)
    elsewhere.set_session(plan[1][1])
    picture = tmp_path / "foto.png"
    picture.write_bytes(make_png())
    choose(widget, monkeypatch, picture)
    widget.add_scan()
    assert other.list.count() == 1 and "foto.png" in other.list.item(0).text()
    assert elsewhere.list.count() == 0


def test_refused_files_give_a_dutch_message_and_store_nothing(
    widget, plan, tmp_path, monkeypatch, db
):
    fake = tmp_path / "lijst.pdf"
    fake.write_text("geen scan", encoding="utf-8")
    choose(widget, monkeypatch, fake)
    widget.add_scan()
    assert widget.shown_errors == [
        "lijst.pdf is geen PDF en geen afbeelding (PNG, JPEG of TIFF); voeg de scan zelf toe."]

    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(int(34.2 * 1024 * 1024))
    choose(widget, monkeypatch, big)
    widget.add_scan()
    assert widget.shown_errors[-1].startswith("scan.pdf is 34,2 MB; het maximum is 20 MB.")
    assert documents.list_documents(db, plan[1][0]) == []
    assert widget.list.count() == 0 and widget.undo.count() == 0

    choose(widget, monkeypatch, None)  # cancelled
    widget.add_scan()
    assert len(widget.shown_errors) == 2


def test_the_widget_as_users_see_it(widget, tmp_path, monkeypatch):
    for name, content in (("presentielijst 09-02-2026.pdf", make_pdf()),
                          ("foto van de lijst.png", make_png())):
        (tmp_path / name).write_bytes(content)
        choose(widget, monkeypatch, tmp_path / name)
        widget.add_scan()
    shots = Path("/tmp/shots")
    if shots.is_dir():
        widget.grab().save(str(shots / "signin_documents.png"))
    assert widget.list.count() == 2
    assert widget.list.currentRow() == 1  # the newest is selected


# Printing a sign-in sheet from the GUI -----------------------------------------------------
def test_export_a_week_saves_and_opens_the_pdf(qapp, db, plan, dutch, tmp_path, monkeypatch):
    asked: list[Path] = []
    opened: list[Path] = []

    def chooser(_parent, suggested):
        asked.append(suggested)
        return tmp_path / "gekozen naam"  # without .pdf: added

    monkeypatch.setattr(signin_export, "choose_save_path", chooser)
    monkeypatch.setattr(signin_export, "open_pdf", lambda path: opened.append(path) or True)
    monkeypatch.setattr(signin_export, "show_error", lambda _p, text: pytest.fail(text))

    path = signin_export.export_signin_sheet(None, db, cohort_id=plan[0], week=(2026, 7))
    assert asked[0].name == "Presentielijst WF-T-1 week 7 2026.pdf"
    assert path == tmp_path / "gekozen naam.pdf" and opened == [path]
    text = PdfReader(path).pages[0].extract_text()
    assert "Yılmaz, Ayşe" in text and "Nowak, Łukasz" in text
    assert "09-02-2026" in text and "11-02-2026" in text

    path = signin_export.export_signin_sheet(None, db, session_id=plan[1][1])
    assert asked[1].name == "Presentielijst WF-T-1 11-02-2026.pdf"
    assert asked[1].parent == tmp_path  # the folder saved to last time


def test_export_refused_or_cancelled(qapp, db, plan, dutch, tmp_path, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(signin_export, "show_error", lambda _p, text: errors.append(text))
    monkeypatch.setattr(signin_export, "open_pdf", lambda path: pytest.fail("opened"))
    monkeypatch.setattr(signin_export, "choose_save_path", lambda _p, _s: None)

    assert signin_export.export_signin_sheet(None, db, cohort_id=plan[0], week=(2026, 9)) is None
    assert errors == ["Groep WF-T-1 heeft geen lesdagen in week 9 van 2026; de lesdagen lopen "
                      "van 09-02-2026 tot en met 11-02-2026."]
    assert signin_export.export_signin_sheet(None, db, cohort_id=plan[0], week=(2026, 7)) is None
    assert list(tmp_path.glob("*.pdf")) == []
