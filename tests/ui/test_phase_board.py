"""The phase board on the demo region, as a coordinator uses it: every phase a column with
its count, a participant's phase changed through the dialog (the card moves, undo moves it
back), a card whose phase has no owner stands out, arrow keys and F2 on the cards, and the
board and the phase action on the cohort page. Dialogs are answered through their API."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QUndoStack
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from werkfit_desktop.domain import Cohort, Enrolment
from werkfit_desktop.domain.enums import LeadRole, Phase
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import cohorts
from werkfit_desktop.services.cohorts import CohortInput
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.cohorts import CohortsView
from werkfit_desktop.ui.widgets.phase_board import MIME, PhaseBoard

TODAY = dt.date(2026, 11, 23)
RUNNING = "WF-INST-2026-3"
FINISHED = "WF-INST-2026-1"


@pytest.fixture
def demo_db(demo_template, tmp_path):
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield db
    db.close()


def cohort_id(db, code: str) -> str:
    with db.read() as session:
        return session.scalars(select(Cohort.id).where(Cohort.code == code)).one()


@pytest.fixture
def board(demo_db, qtbot, settings, dutch):
    undo_stack = QUndoStack()
    widget = PhaseBoard(demo_db, AppEvents(), undo_stack, settings, today=lambda: TODAY)
    widget.undo_stack_ref = undo_stack
    qtbot.addWidget(widget)
    widget.resize(1100, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def enrolled(db, cohort: str) -> int:
    with db.read() as session:
        return session.scalar(
            select(func.count()).select_from(Enrolment).where(Enrolment.cohort_id == cohort)
        )


@pytest.mark.parametrize("code", [RUNNING, FINISHED])
def test_every_phase_is_a_column_and_the_counts_add_up(board, demo_db, code):
    cohort = cohort_id(demo_db, code)
    board.set_cohort(cohort)
    counts = board.column_counts()
    assert list(counts)[: len(Phase)] == [phase.value for phase in Phase]
    assert sum(counts.values()) == enrolled(demo_db, cohort) > 0
    headers = [column.header.text() for column in board.columns]
    assert headers[0] == f"Werving en selectie ({counts['werving']})"
    assert f"Werkervaring ({counts['werkervaring']})" in headers


def test_change_a_phase_through_the_dialog_the_card_moves_and_undo_moves_it_back(board, demo_db):
    board.set_cohort(cohort_id(demo_db, RUNNING))
    card = board.columns[list(Phase).index(Phase.WORK_EXPERIENCE)].cards[0]
    enrolment_id, name = card.card.enrolment_id, card.card.name
    seen = {}

    def answer(dialog):
        seen["title"] = dialog.windowTitle()
        seen["history"] = dialog.history.rowCount()
        dialog.fill(Phase.MATCH, "23-11-2026", LeadRole.EMPLOYER, "Warmtewerk Vechtdal")
        assert dialog.try_accept(), dialog.errors_shown()

    board.ask_phase_change = answer
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_F2)
    assert seen["title"].startswith("Fase wijzigen van ")
    assert seen["history"] >= 1
    moved = board.card_of(enrolment_id)
    assert moved.key == Phase.MATCH.value and moved.card.name == name
    assert moved.lead_text(moved.card) == "Regie: Werkgever · Warmtewerk Vechtdal"
    assert board.column_counts()["match"] == 1
    board.undo_stack_ref.undo()
    assert board.card_of(enrolment_id).key == Phase.WORK_EXPERIENCE.value
    assert board.column_counts()["match"] == 0
    board.undo_stack_ref.redo()
    assert board.card_of(enrolment_id).key == Phase.MATCH.value


def test_a_phase_without_a_lead_is_refused_in_the_dialog(board, demo_db):
    board.set_cohort(cohort_id(demo_db, RUNNING))
    card = board.card_widgets()[0]
    shown = {}

    def answer(dialog):
        dialog.fill(Phase.MATCH, "23-11-2026", None, "")
        assert not dialog.try_accept()
        shown["errors"] = dialog.errors_shown()

    board.ask_phase_change = answer
    board.change_phase(card.card.enrolment_id)
    assert "Niet opgeslagen" in shown["errors"]
    assert "regie" in shown["errors"]
    assert board.card_of(card.card.enrolment_id).key == card.key  # nothing changed


def test_finished_needs_no_lead_in_the_dialog(board, demo_db):
    board.set_cohort(cohort_id(demo_db, RUNNING))
    card = board.card_widgets()[0]

    def answer(dialog):
        dialog.fill(Phase.FINISHED, "23-11-2026", None, "")
        assert dialog.try_accept(), dialog.errors_shown()

    board.ask_phase_change = answer
    board.change_phase(card.card.enrolment_id)
    finished = board.card_of(card.card.enrolment_id)
    assert finished.key == Phase.FINISHED.value and not finished.property("noLead")


def test_a_card_without_lead_is_flagged(board, demo_db):
    cohort = cohort_id(demo_db, RUNNING)
    with demo_db.write() as session:
        enrolment = session.scalars(select(Enrolment).where(Enrolment.cohort_id == cohort)).first()
        enrolment.lead_role = None
        flagged_id = enrolment.id
    board.set_cohort(cohort)
    flagged = [c for c in board.card_widgets() if c.property("noLead")]
    assert [c.card.enrolment_id for c in flagged] == [flagged_id]
    assert "Geen regie!" in flagged[0].accessibleName()
    assert board.warning.text() == "1 deelnemer in een fase waarin niemand de regie heeft."
    assert not board.empty.isVisibleTo(board)


def test_an_empty_cohort_says_what_to_do(board, demo_db):
    with demo_db.read() as session:
        running = session.scalars(select(Cohort).where(Cohort.code == RUNNING)).one()
        programme_id, organisation_id = running.programme_id, running.organisation_id
    empty, _ = cohorts.create_cohort(
        demo_db,
        CohortInput(
            code="WF-LEEG-2027-1",
            programme_id=programme_id,
            organisation_id=organisation_id,
            start_date=dt.date(2027, 3, 1),
        ),
    )
    board.set_cohort(empty)
    assert board.empty.isVisibleTo(board)
    assert board.empty.text().startswith("Nog geen deelnemers in deze groep.")
    assert sum(board.column_counts().values()) == 0


def test_a_card_dropped_on_another_column_opens_the_dialog_at_that_phase(board, demo_db):
    board.set_cohort(cohort_id(demo_db, RUNNING))
    card = board.card_widgets()[0]
    target = board.columns[list(Phase).index(Phase.MATCH)]
    seen = {}
    board.ask_phase_change = lambda dialog: seen.setdefault("phase", dialog.collect()[0].phase)
    mime = QMimeData()
    mime.setData(MIME, card.card.enrolment_id.encode())
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)
    assert seen["phase"] is Phase.MATCH


def test_arrow_keys_move_between_cards(board, demo_db, qtbot):
    board.set_cohort(cohort_id(demo_db, FINISHED))
    board.focus_first_card()
    first = board.card_widgets()[0]
    qtbot.waitUntil(first.hasFocus)
    QTest.keyClick(first, Qt.Key.Key_Down)
    second = board.card_of(board.focus_id)
    assert second is not first and second.key == first.key
    QTest.keyClick(second, Qt.Key.Key_Right)
    right = board.card_of(board.focus_id)
    assert right.key != first.key


def test_the_cohort_page_has_the_board_and_a_phase_action_for_the_table(
    demo_db, qtbot, settings, dutch
):
    undo_stack = QUndoStack()
    view = CohortsView(
        demo_db, AppEvents(), undo_stack, settings, InlineTaskRunner(), today=lambda: TODAY
    )
    qtbot.addWidget(view)
    view.resize(1110, 800)
    view.show()
    qtbot.waitExposed(view)
    panel = view.panel
    panel.show_cohort(cohort_id(demo_db, RUNNING))
    assert [panel.views.tabText(i) for i in range(2)] == ["Tabe&l", "Fasebor&d"]
    panel.table.selectRow(0)
    member = panel.current_member()
    assert panel.phase_button.isEnabled()

    def answer(dialog):
        dialog.fill(Phase.EXTRA_GUIDANCE, "23-11-2026", LeadRole.TRAINER, "Piet Bakker")
        assert dialog.try_accept(), dialog.errors_shown()

    panel.phase_board.ask_phase_change = answer
    panel.change_phase_current()
    with demo_db.read() as session:
        assert session.get(Enrolment, member.enrolment_id).current_phase is Phase.EXTRA_GUIDANCE
    panel.views.setCurrentWidget(panel.phase_board)
    assert panel.phase_board.column_counts()["extra_begeleiding"] == 1
    assert not panel.unenrol_button.isEnabled()  # a table action
    moved = panel.phase_board.card_of(member.enrolment_id)
    moved.setFocus()
    qtbot.waitUntil(moved.hasFocus)
    assert panel.phase_button.isEnabled()
    undo_stack.undo()
    assert panel.phase_board.column_counts()["extra_begeleiding"] == 0
