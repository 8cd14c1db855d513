"""The Groepen area on the demo region, as a coordinator uses it: open a running cohort and
read its figures, enrol (an existing and a new participant), unenrol with a reason, undo;
programmes with their modules; a new cohort. Dialogs are answered through their own API."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from werkfit_desktop.domain import Enrolment, Participant, Programme
from werkfit_desktop.domain.enums import DropoutReason, EnrolmentStatus
from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import cohorts as cohort_service
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.cohorts import (
    C_CODE,
    M_ATTENDANCE,
    M_NAME,
    M_STATUS,
)
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.cohorts import CohortsView

TODAY = dt.date(2026, 11, 23)
RUNNING = "WF-INST-2026-3"


@pytest.fixture
def demo_db(demo_template, tmp_path):
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def view(demo_db, qtbot, settings, dutch):
    events = AppEvents()
    undo_stack = QUndoStack()
    widget = CohortsView(
        demo_db, events, undo_stack, settings, InlineTaskRunner(), today=lambda: TODAY
    )
    widget.undo_stack_ref = undo_stack  # keep it alive with the view
    qtbot.addWidget(widget)
    widget.resize(1110, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_cohort(view, code: str) -> None:
    model = view.cohort_model
    rows = [r for r in range(model.rowCount()) if model.index(r, C_CODE).data() == code]
    assert rows, f"{code} not in the list"
    view.select_cohort_row(rows[0])
    assert view.panel.page.header.code == code


def member_names(view) -> list[str]:
    model = view.panel.model
    return [model.index(r, M_NAME).data() for r in range(model.rowCount())]


def cell(view, name: str, column: int) -> str:
    model = view.panel.model
    row = member_names(view).index(name)
    return model.index(row, column).data()


def stored_enrolment(db, participant_number: str, code: str) -> Enrolment | None:
    from werkfit_desktop.domain import Cohort

    with db.read() as session:
        return session.scalars(
            select(Enrolment)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(Cohort.code == code, Participant.participant_number == participant_number)
        ).one_or_none()


def test_a_running_cohort_shows_its_participants_figures_and_totals(view):
    assert view.filter.currentText() == "Lopend en gepland"
    codes = [view.cohort_model.index(r, C_CODE).data() for r in range(view.cohort_model.rowCount())]
    assert sorted(codes) == ["IB-2026-2", "WF-INST-2026-3", "WF-INST-2027-1", "WF-ZORG-2026-2"]
    assert view.panel.page is not None  # a running cohort is opened at once

    open_cohort(view, RUNNING)
    page = view.panel.page
    assert view.panel.title.text() == RUNNING
    assert view.panel.state_label.text() == "Loopt"
    assert view.panel.facts["week"].text() == "Lesweek 7 van 12 · nu week 48 van 2026"
    assert view.panel.facts["period"].text() == "12-10-2026 – 01-01-2027"
    assert len(member_names(view)) == 11
    assert member_names(view) == sorted(member_names(view), key=fold)  # Öztürk under O
    for row in range(view.panel.model.rowCount()):
        text = view.panel.model.index(row, M_ATTENDANCE).data()
        assert re.fullmatch(r"\d{1,3},\d %", text), text
    totals = view.panel.totals.text()
    assert totals.startswith("Totaal: 11 deelnemers (11 in de groep, 0 uitgevallen)")
    assert "aanwezigheid 94,3 %" in totals
    assert f"{page.totals.times_late} keer te laat" in totals
    assert "certificaten 1 van 11" in totals


def test_a_planned_cohort_shows_dashes_where_nothing_was_held(view):
    open_cohort(view, "IB-2026-2")
    assert view.panel.facts["week"].text() == "Begint in week 52 van 2026"
    assert {view.panel.model.index(r, M_ATTENDANCE).data() for r in range(18)} == {"—"}
    assert "aanwezigheid —" in view.panel.totals.text()


def test_enrol_an_existing_participant_through_the_dialog_and_undo(view, demo_db):
    open_cohort(view, RUNNING)
    chosen = []

    def answer(dialog):
        dialog.search.setText("D-000033")
        assert dialog.list.count() == 1
        chosen.append(dialog.list.item(0).text())
        QTest.keyClick(dialog.search, Qt.Key.Key_Down)  # to the list
        QTest.keyClick(dialog.list, Qt.Key.Key_Space)  # tick
        assert "1 gekozen" in dialog.chosen.text()
        assert dialog.try_accept()

    view.panel.ask_enrolment = answer
    view.panel.enrol_participants()
    assert chosen[0].startswith("Ahmadi, Jawad  (D-000033)")
    assert "Ahmadi, Jawad" in member_names(view)
    assert cell(view, "Ahmadi, Jawad", M_STATUS) == "Actief"
    stored = stored_enrolment(demo_db, "D-000033", RUNNING)
    assert stored.status == EnrolmentStatus.ACTIVE and stored.start_date == TODAY
    assert (
        view.cohort_model.index(
            [
                view.cohort_model.index(r, C_CODE).data()
                for r in range(view.cohort_model.rowCount())
            ].index(RUNNING),
            5,
        ).data()
        == "12"
    )

    view.undo_stack_ref.undo()
    assert "Ahmadi, Jawad" not in member_names(view)
    assert stored_enrolment(demo_db, "D-000033", RUNNING) is None  # tombstoned
    view.undo_stack_ref.redo()
    assert "Ahmadi, Jawad" in member_names(view)


def test_enrol_a_new_participant_inline_nothing_saved_when_the_birth_date_is_wrong(view, demo_db):
    open_cohort(view, RUNNING)
    with demo_db.read() as session:
        before = session.scalar(select(func.count()).select_from(Participant))
    results = []

    def answer(dialog):
        dialog.fill_new("Ayşe", "Demir", date_of_birth="31-02-1990")
        results.append(dialog.try_accept())
        results.append(dialog.errors_shown())
        dialog.date_of_birth.setText("28-02-1990")
        results.append(dialog.try_accept())

    view.panel.ask_enrolment = answer
    view.panel.enrol_participants()
    refused, banner, accepted = results
    assert not refused
    assert "Geboortedatum: '31-02-1990' is geen geldige datum" in banner
    assert accepted
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == before + 1
        new = session.scalars(select(Participant).filter_by(last_name="Demir")).one()
    assert new.participant_number == "D-000109"
    assert new.date_of_birth == dt.date(1990, 2, 28)
    assert "Demir, Ayşe" in member_names(view)

    view.undo_stack_ref.undo()  # the enrolment and the new participant go together
    assert "Demir, Ayşe" not in member_names(view)
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == before


def test_unenrol_with_a_reason_keeps_the_record_and_can_be_undone(view, demo_db):
    open_cohort(view, RUNNING)
    name = "Kassab, Samer"
    view.panel.select_enrolment(
        next(m.enrolment_id for m in view.panel.page.members if m.name == name)
    )
    banners = []

    def answer(dialog):
        assert dialog.windowTitle() == f"Uitschrijven uit {RUNNING}"
        assert not dialog.try_accept()  # no reason chosen
        banners.append(dialog.errors_shown())
        dialog.fill(
            "20-11-2026", DropoutReason.WORK_ELSEWHERE, "Werk gevonden bij een installateur"
        )
        assert dialog.try_accept()

    view.panel.ask_unenrol = answer
    view.panel.unenrol_current()
    assert "Reden: Kies de reden van vertrek." in banners[0]
    assert name in member_names(view)  # the record stays
    assert cell(view, name, M_STATUS) == "Uitgevallen 20-11-2026"
    assert "(10 in de groep, 1 uitgevallen)" in view.panel.totals.text()
    stored = stored_enrolment(demo_db, cohort_member_number(view, name), RUNNING)
    assert (stored.status, stored.dropout_date, stored.dropout_reason, stored.dropout_note) == (
        EnrolmentStatus.DROPPED_OUT,
        dt.date(2026, 11, 20),
        DropoutReason.WORK_ELSEWHERE,
        "Werk gevonden bij een installateur",
    )
    assert not view.panel.unenrol_button.isEnabled()  # already left

    view.undo_stack_ref.undo()
    assert cell(view, name, M_STATUS) == "Actief"
    assert (
        stored_enrolment(demo_db, cohort_member_number(view, name), RUNNING).dropout_reason is None
    )


def cohort_member_number(view, name: str) -> str:
    return next(m.number for m in view.panel.page.members if m.name == name)


def test_double_click_asks_to_open_the_participant(view, qtbot):
    open_cohort(view, RUNNING)
    table = view.panel.table
    rect = table.visualRect(view.panel.model.index(0, M_NAME))
    expected = view.panel.model.row_at(0).participant_id
    requested = []
    view.participant_requested.connect(requested.append)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requested == [expected]
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Return)  # Enter opens the participant too
    assert requested == [expected, expected]


def test_a_new_programme_with_ordered_modules_then_a_copy(view, demo_db):
    view.tabs.setCurrentIndex(view.PROGRAMMES_TAB)
    assert view.programme_model.rowCount() == 3

    def answer(dialog):
        dialog.name.setText("Werkfit Logistiek")
        dialog.weeks.setValue(8)
        for name in ("Heftruck", "Nederlands op de werkvloer", "Magazijnpraktijk"):
            dialog.add_module()
            dialog.row(dialog.current).name.setText(name)
        dialog.row(0).sessions.setValue(3)
        # Move 'Nederlands op de werkvloer' to the top with Ctrl+Up.
        dialog.row(1).name.setFocus()
        QTest.keyClick(dialog.row(1).name, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        assert dialog.module_names() == [
            "Nederlands op de werkvloer",
            "Heftruck",
            "Magazijnpraktijk",
        ]
        dialog.row(2).name.setText("heftruck")  # same name as module 2
        assert not dialog.try_accept()
        assert "Module 3 heeft dezelfde naam als module 2" in dialog.errors_shown()
        dialog.row(2).name.setText("Magazijnpraktijk")
        assert dialog.try_accept()

    view.ask_programme = answer
    view.new_programme()
    details = view.programme_panel.details
    assert details.name == "Werkfit Logistiek"
    assert [(m.name, m.planned_sessions) for m in details.modules] == [
        ("Nederlands op de werkvloer", 1),
        ("Heftruck", 3),
        ("Magazijnpraktijk", 1),
    ]

    view.ask_copy_name = lambda source, proposal: proposal
    view.copy_programme()
    copy = view.programme_panel.details
    assert copy.name == "Werkfit Logistiek (kopie)"
    assert copy.copied_from_name == "Werkfit Logistiek"
    assert [m.name for m in copy.modules] == [m.name for m in details.modules]
    assert view.programme_model.rowCount() == 5

    view.undo_stack_ref.undo()  # the copy goes
    assert view.programme_model.rowCount() == 4
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Programme)) == 4


def test_a_module_with_sessions_cannot_be_removed_in_the_editor(view):
    view.tabs.setCurrentIndex(view.PROGRAMMES_TAB)
    row = next(
        r
        for r in range(view.programme_model.rowCount())
        if view.programme_model.row_at(r).name == "Werkfit Installatietechniek"
    )
    view.programme_table.selectRow(row)

    def answer(dialog):
        dialog.row(0).name.setFocus()
        assert not dialog.remove_button.isEnabled()
        dialog.remove_module(0)  # what the service is asked anyway
        assert not dialog.try_accept()
        assert "kan niet worden verwijderd" in dialog.errors_shown()
        dialog.reject()

    view.ask_programme = answer
    view.edit_programme()
    assert len(view.programme_panel.details.modules) == 4


def test_a_new_cohort_gets_a_suggested_code_which_must_be_unique(view, demo_db):
    def answer(dialog):
        assert dialog.code.text() == "WF-INST-2026-4"  # from the open cohort's programme
        dialog.organisation.setCurrentIndex(1)
        dialog.code.setText(RUNNING)
        assert not dialog.try_accept()
        assert f"De groepscode {RUNNING} bestaat al." in dialog.errors_shown()
        dialog.code.setText("WF-INST-2026-4")
        assert dialog.try_accept()

    open_cohort(view, RUNNING)
    view.ask_new_cohort = answer
    view.new_cohort()
    assert view.panel.page.header.code == "WF-INST-2026-4"
    assert view.panel.table_stack.currentWidget() is view.panel.empty
    assert len(cohort_service.list_cohorts(demo_db)) == 9
    view.undo_stack_ref.undo()
    assert len(cohort_service.list_cohorts(demo_db)) == 8


def test_the_item_models_hold_up(view, qtmodeltester):
    open_cohort(view, RUNNING)
    qtmodeltester.check(view.cohort_model)
    qtmodeltester.check(view.programme_model)
    qtmodeltester.check(view.panel.model)
