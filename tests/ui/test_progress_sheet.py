"""Printing a participant's progress report from the GUI: the options dialog, an atomic
save and the viewer opened (dialogs answered by replacing the module's small functions)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.progress import SheetOptions, find_participant
from werkfit_desktop.ui.dialogs import progress_sheet_export as export


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield db, find_participant(db, "D-000020")
    db.close()


def test_options_dialog_collects_period_sections_and_explanation(qtbot):
    dialog = export.ProgressSheetOptionsDialog("Imane Bouzid", dt.date(2026, 4, 7), None)
    qtbot.addWidget(dialog)
    dialog.from_edit.setDate(QDate(2026, 5, 1))
    dialog.to_edit.setDate(QDate(2026, 5, 31))
    dialog.section_boxes["notes"].setChecked(False)
    dialog.explanation.setPlainText("Goed bezig — zie de afspraken.")
    options = dialog.options()
    assert (options.period_from, options.period_to) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    assert "notes" not in options.sections and "attendance" in options.sections
    assert options.explanation == "Goed bezig — zie de afspraken."
    dialog.to_edit.setDate(QDate(2026, 4, 1))
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.result() != dialog.DialogCode.Accepted


def test_export_saves_atomically_and_opens(demo, tmp_path, monkeypatch, qtbot):
    db, pid = demo
    opened = []
    options = SheetOptions(dt.date(2026, 4, 1), dt.date(2026, 6, 30), explanation="Toelichting X")
    monkeypatch.setattr(export, "ask_options", lambda parent, figures: options)
    folder = tmp_path / "uit"
    folder.mkdir()
    monkeypatch.setattr(export, "choose_save_path", lambda parent, suggested: folder / "rapport")
    monkeypatch.setattr(export, "open_pdf", lambda path: opened.append(path) or True)
    path = export.export_progress_sheet(None, db, pid)
    assert path == folder / "rapport.pdf" and opened == [path]
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Imane Bouzid" in text and "Toelichting X" in text
    assert [p.name for p in folder.iterdir()] == ["rapport.pdf"]  # no temporary file left


def test_cancel_writes_nothing(demo, tmp_path, monkeypatch, qtbot):
    db, pid = demo
    monkeypatch.setattr(export, "ask_options", lambda parent, figures: None)
    monkeypatch.setattr(export, "open_pdf", lambda path: pytest.fail("nothing to open"))
    monkeypatch.setattr(export, "choose_save_path", lambda p, s: pytest.fail("not asked"))
    assert export.export_progress_sheet(None, db, pid) is None


def test_progress_tab_shows_the_same_figures(demo, qtbot, settings):
    from PySide6.QtGui import QUndoStack

    from werkfit_desktop.services import attendance_stats
    from werkfit_desktop.ui.events import AppEvents
    from werkfit_desktop.ui.widgets.participant_progress import ParticipantProgressWidget

    db, pid = demo
    widget = ParticipantProgressWidget(db, AppEvents(), QUndoStack(), settings)
    qtbot.addWidget(widget)
    assert not widget.print_button.isEnabled()
    widget.set_participant(pid)
    f = widget.figures
    total = attendance_stats.participant_figures(db, f.cohort_id)[pid]
    last = widget.table.rowCount() - 1
    shown = [widget.table.item(last, c).text() for c in range(1, 6)]
    assert shown == [
        str(n) for n in (total.sessions_held, total.present, total.late, total.absent, total.sick)
    ]
    assert widget.table.rowCount() == len(f.modules) + 1
    assert widget.print_button.isEnabled()
    assert f.cohort_code in widget.summary.text()
