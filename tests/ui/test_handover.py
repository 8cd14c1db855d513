"""Handing participants over to a colleague from the Nazorg caseload (demo database): they
leave this coach's caseload, land in the colleague's, and Ctrl+Z gives them back."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QUndoStack
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain.enums import StaffRole
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.caseload import caseload, job_coach_of
from werkfit_desktop.services.staff import list_staff
from werkfit_desktop.ui.dialogs.current_staff import remember_staff_id
from werkfit_desktop.ui.dialogs.handover import HandoverDialog
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.caseload import COL_NAME
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.aftercare import AftercareView


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def coaches(demo):
    esther, karim = list_staff(demo, StaffRole.JOB_COACH)[:2]
    return esther, karim


@pytest.fixture
def view(qtbot, demo, settings, coaches):
    remember_staff_id(settings, coaches[0].id)
    view = AftercareView(demo, AppEvents(), QUndoStack(), settings, InlineTaskRunner())
    view.today = lambda: DEMO_TODAY
    view.refresh()
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def select_rows(view, rows: list[int]) -> list[str]:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            view.model.index(row, COL_NAME),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    return [view.model.row_id(row) for row in rows]


def test_hand_over_two_participants_and_undo(qtbot, view, coaches, demo):
    esther, karim = coaches
    assert view.handover_button.isVisible()
    handed = select_rows(view, [0, 2])
    asked = []

    def answer(names):
        asked.append(names)
        return karim.id

    view.ask_handover = answer
    karim_before = {r.participant_id for r in caseload(demo, karim.id, DEMO_TODAY)}
    view.handover_button.click()

    assert len(asked[0]) == 2 and "," in asked[0][0]  # the listed names were shown
    mine = [r.participant_id for r in view.model.rows()]
    assert not set(handed) & set(mine)  # they left Esther's caseload
    karim_after = {r.participant_id for r in caseload(demo, karim.id, DEMO_TODAY)}
    assert karim_after == karim_before | set(handed)
    assert view.undo_stack.count() == 1

    view.undo_stack.undo()
    assert job_coach_of(demo, handed) == {pid: esther.id for pid in handed}
    assert set(handed) <= {r.participant_id for r in view.model.rows()}
    view.undo_stack.redo()
    assert job_coach_of(demo, handed) == {pid: karim.id for pid in handed}
    assert not set(handed) & {r.participant_id for r in view.model.rows()}


def test_cancelling_changes_nothing(qtbot, view, coaches, demo):
    esther, _ = coaches
    handed = select_rows(view, [1])
    view.ask_handover = lambda names: None
    view.hand_over_selected()
    assert job_coach_of(demo, handed) == {handed[0]: esther.id}
    assert view.undo_stack.count() == 0


def test_the_dialog_offers_colleagues_job_coaches_first(qtbot, demo, coaches, dutch):
    esther, karim = coaches
    dialog = HandoverDialog(demo, ["Berg, Jan van den"], esther.id)
    qtbot.addWidget(dialog)
    ids = [dialog.staff.itemData(i) for i in range(dialog.staff.count())]
    assert esther.id not in ids
    coaches_ids = {s.id for s in list_staff(demo, StaffRole.JOB_COACH)} - {esther.id}
    assert set(ids[: len(coaches_ids)]) == coaches_ids
    assert set(ids) == {s.id for s in list_staff(demo)} - {esther.id}
    assert dialog.chosen_id() == ids[0]
