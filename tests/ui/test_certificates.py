"""The Certificaten area on a copy of the demo region (132 certificates, some expired and
some expiring): filters, recording an exam through the dialog for a participant with a
diacritic name, undo, scans, the catalogue dialog and the participant page widget."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain.certificate_state import CertificateState as S
from werkfit_desktop.domain.enums import ExamResult
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import certificates as service
from werkfit_desktop.services.participants import ParticipantInput, create_participant
from werkfit_desktop.ui.dialogs.certificate_editor import CertificateEditor
from werkfit_desktop.ui.dialogs.certificate_types import CertificateTypesDialog
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.certificates import CertificatesView
from werkfit_desktop.ui.widgets.participant_certificates import ParticipantCertificatesWidget


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("certificates_ui") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def view(qtbot, demo, settings, dutch):
    events, undo = AppEvents(), QUndoStack()
    widget = CertificatesView(demo, events, undo, settings, InlineTaskRunner())
    widget.today = lambda: DEMO_TODAY
    widget.refresh()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.undo = undo
    return widget


def states(view) -> set:
    return {view.model.row_at(r).state for r in range(view.model.rowCount())}


def test_overview_and_expiring_soon_filter(view):
    assert view.model.rowCount() == 132
    assert {S.EXPIRED, S.EXPIRING_SOON, S.VALID} <= states(view)
    view.state_filter.setCurrentIndex(view.state_filter.findData(S.EXPIRING_SOON))
    assert view.model.rowCount() > 0
    assert states(view) == {S.EXPIRING_SOON}
    assert view.stack.currentWidget() is view.table
    view.search.setText("zzzz-niemand")
    view.refresh()
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.empty


def test_window_setting_changes_the_states(view, monkeypatch):
    soon_90 = len(service.certificate_overview(view.db, DEMO_TODAY, 90, state=S.EXPIRING_SOON))
    monkeypatch.setattr(view, "ask_window_days", lambda current: 0)
    view.change_window()
    assert view.window_days() == 0
    view.state_filter.setCurrentIndex(view.state_filter.findData(S.EXPIRING_SOON))
    assert view.model.rowCount() < soon_90


def test_record_an_exam_for_a_participant_with_a_diacritic_name_and_undo(view, monkeypatch):
    person, _ = create_participant(
        view.db, ParticipantInput(first_name="Çağla", last_name="Öztürk-Şahin")
    )
    vca = next(t.id for t in service.list_types(view.db) if t.name == "VCA Basis")

    def answer(dialog):
        assert isinstance(dialog, CertificateEditor)
        dialog.participant_search.setText("cagla OZTURK")
        assert dialog.participant_list.count() == 1  # found without typing the accents right
        dialog.select_participant(person)
        dialog.type.setCurrentIndex(dialog.type.findData(vca))
        dialog.exam_date.setText("29-02-2024")
        dialog.result.setCurrentIndex(dialog.result.findData(ExamResult.PASSED))
        dialog.diploma_number.setText("CDR-1234567")
        assert "28-02-2034" in dialog.derived.text()
        return dialog.try_accept()

    monkeypatch.setattr(view, "run_dialog", answer)
    view.record()
    rows = service.participant_certificates(view.db, person, DEMO_TODAY, 90)
    assert [(r.type_name, r.valid_until.isoformat(), r.state) for r in rows] == [
        ("VCA Basis", "2034-02-28", S.VALID)
    ]
    assert view.model.rowCount() == 133
    assert view.current_row().participant_name == "Öztürk-Şahin, Çağla"
    view.undo.undo()
    assert service.participant_certificates(view.db, person, DEMO_TODAY, 90) == []
    assert view.model.rowCount() == 132
    view.undo.redo()
    assert view.model.rowCount() == 133
    view.undo.undo()


def test_dialog_refuses_a_result_without_participant_or_date(view):
    dialog = CertificateEditor(view.db, lambda v: service.record_certificate(view.db, *v))
    dialog.result.setCurrentIndex(dialog.result.findData(ExamResult.PASSED))
    assert not dialog.try_accept()
    assert dialog.errors_shown()


def test_delete_edit_and_scan_with_undo(view, monkeypatch, tmp_path):
    view.select(view.model.row_at(0).id)
    first = view.current_row()
    view.delete_current()
    assert view.model.rowCount() == 131
    view.undo.undo()
    assert view.model.rowCount() == 132

    view.select(first.id)
    scan = tmp_path / "diploma.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    monkeypatch.setattr(view, "choose_file", lambda: scan)
    opened = []
    monkeypatch.setattr(view, "open_file", lambda path: opened.append(path) or True)
    view.attach_scan()
    assert view.current_row().has_scan
    view.open_scan()
    assert opened and opened[0].read_bytes() == scan.read_bytes()
    view.undo.undo()
    view.select(first.id)
    assert not view.current_row().has_scan

    def change_issuer(dialog):
        dialog.issuer.setText("Examencentrum Zwolle")
        return dialog.try_accept()

    monkeypatch.setattr(view, "run_dialog", change_issuer)
    view.edit_current()
    assert service.get_certificate(view.db, first.id).data.issuer == "Examencentrum Zwolle"
    view.undo.undo()
    assert service.get_certificate(view.db, first.id).data.issuer == first.issuer


def test_types_dialog_changes_validity_with_undo(view, qtbot):
    dialog = CertificateTypesDialog(view.db, view.events, view.undo)
    qtbot.addWidget(dialog)
    bhv = next(t for t in service.list_types(view.db) if t.name == "BHV")
    for i in range(dialog.list.count()):
        if dialog.list.item(i).data(0x0100 + 1) == bhv.id:
            dialog.list.setCurrentRow(i)
    assert dialog.values().default_validity_months == 12
    dialog.amount.setValue(2)
    assert dialog.save()
    assert service.get_type(view.db, bhv.id).default_validity_months == 24
    view.undo.undo()
    assert service.get_type(view.db, bhv.id).default_validity_months == 12
    dialog.new_type()
    dialog.name.setText("bhv")
    assert not dialog.save()
    assert dialog.error.text()


def test_participant_widget_shows_states(qtbot, demo, settings, dutch):
    row = next(
        r for r in service.certificate_overview(demo, DEMO_TODAY, 90) if r.state == S.EXPIRED
    )
    widget = ParticipantCertificatesWidget(demo, AppEvents(), QUndoStack(), settings)
    qtbot.addWidget(widget)
    widget.today = lambda: DEMO_TODAY
    widget.set_participant(None)
    assert not widget.record_button.isEnabled()
    widget.set_participant(row.participant_id)
    got = {
        widget.model.row_at(r).id: widget.model.row_at(r).state
        for r in range(widget.model.rowCount())
    }
    assert got[row.id] == S.EXPIRED
    assert widget.record_button.isEnabled()


def test_dutch_words_users_see(view):
    """Needs the Dutch translations of /tmp/nl_certificates.py merged into werkfit_nl.qm."""
    assert "verloopt binnenkort" in view.summary.text()
    assert view.record_button.text() == "Examen/certificaat vastleggen..."
    state_column = view.model.column_of("state")
    texts = {}
    for r in range(view.model.rowCount()):
        texts[view.model.index(r, state_column).data()] = view.model.row_at(r).result
    assert {"Geldig", "Verloopt binnenkort", "Verlopen", "Gepland", "Gezakt"} <= set(texts)
    if ExamResult.NO_SHOW in texts.values():
        assert texts["Niet verschenen"] == ExamResult.NO_SHOW


def test_keyboard_enter_edits_delete_deletes_only_in_the_table(view, qtbot, monkeypatch):
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitActive(view)
    opened = []
    monkeypatch.setattr(view, "run_dialog", lambda dialog: opened.append(dialog) or False)
    view.select(view.model.row_at(0).id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Delete)
    assert view.model.rowCount() == 132
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.rowCount() == 131
    view.undo.undo()
    assert view.model.rowCount() == 132
    find = [
        s for s in view.findChildren(QShortcut) if s.key().matches(QKeySequence.StandardKey.Find)
    ]
    assert find and find[0].context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
