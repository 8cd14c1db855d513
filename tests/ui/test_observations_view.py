"""Skill observations as a trainer works with them on the demo region: open a running
cohort's week, score by keyboard only, write a note, undo, take punctuality over from
attendance, and find exactly that in the database file; and the participant's trend."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from werkfit_desktop.domain import SkillObservation
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import observations as service
from werkfit_desktop.ui.dialogs.skill_list import SkillListDialog
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.observations import (
    NOTE_ROLE,
    SCORE_ROLE,
    SUGGESTION_ROLE,
    ObservationGridModel,
)
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.observations import ObservationsView
from werkfit_desktop.ui.widgets.skill_trend import SkillTrendWidget

TODAY = dt.date(2026, 11, 23)  # Monday of week 48 of 2026
NOTE = "Vraagt zelf om uitleg bij nieuwe woorden – goed bezig!"


@pytest.fixture
def demo_path(demo_template, tmp_path):
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def opened(demo_path, qtbot, settings, dutch):
    db = open_database(demo_path)
    events = AppEvents()
    view = ObservationsView(db, events, QUndoStack(), settings, InlineTaskRunner(), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    published = []
    events.changed.connect(lambda changes, initiator: published.append(changes))
    yield view, published
    db.close()


def week_rows(path, participant_ids, include_deleted=False):
    """(participant, skill, score, note) of week 48 as stored, read through a fresh Database."""
    monday, sunday = service.week_bounds(2026, 48)
    fresh = open_database(path)
    try:
        with fresh.read() as session:
            rows = session.scalars(
                select(SkillObservation)
                .where(
                    SkillObservation.participant_id.in_(participant_ids),
                    SkillObservation.observed_on.between(monday, sunday),
                )
                .execution_options(include_deleted=include_deleted)
            ).all()
            return [(r.participant_id, r.skill_id, r.score, r.note, r.deleted_at) for r in rows]
    finally:
        fresh.close()


def live(rows):
    return {(p, s): (score, note) for p, s, score, note, deleted in rows if deleted is None}


def press(qtbot, widget, *keys):
    for key in keys:
        qtbot.keyClick(widget, key)


def test_keyboard_entry_note_undo_and_punctuality_end_up_in_the_database(opened, demo_path, qtbot):
    view, published = opened
    model = view.model
    choice = next(c for c in view.bar.choices if c.id == view.cohort_id)
    assert choice.running_on(TODAY) and choice.participants >= 10
    assert view.week == (2026, 48)
    assert view.week_label.text() == "Week 48 · 2026 (23-11-2026 – 29-11-2026)"
    assert model.rowCount() >= 10 and model.columnCount() == 6
    people = [model.participant_id(r) for r in range(model.rowCount())]
    skills = [model.skill_id(c) for c in range(model.columnCount())]
    before = live(week_rows(demo_path, people, include_deleted=True))
    assert model.index(0, 0).data(SCORE_ROLE) is None and model.index(1, 1).data(SCORE_ROLE) is None

    table = view.table
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    # Row 0: 3, 4 (the cursor moves right after each score); row 1: 2 and, two to the left, 1.
    press(qtbot, table, Qt.Key.Key_3, Qt.Key.Key_4)
    assert table.currentIndex().column() == 2
    press(qtbot, table, Qt.Key.Key_Down, Qt.Key.Key_2, Qt.Key.Key_Left, Qt.Key.Key_Left)
    press(qtbot, table, Qt.Key.Key_Left, Qt.Key.Key_1)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 1)
    assert model.index(1, 0).data(SCORE_ROLE) == 1

    # A note on row 0's second score: N, type, Enter.
    press(qtbot, table, Qt.Key.Key_Up)
    assert table.currentIndex().column() == 1
    press(qtbot, table, Qt.Key.Key_N)
    assert view.note_edit.hasFocus()
    view.note_edit.setText(NOTE)  # non-ASCII text: setText, not keyClicks
    press(qtbot, view.note_edit, Qt.Key.Key_Return)
    assert table.hasFocus()
    assert model.index(0, 1).data(NOTE_ROLE) == NOTE

    # One more score, then undo it: the cell is empty again.
    table.setCurrentIndex(model.index(2, 5))
    press(qtbot, table, Qt.Key.Key_4)
    assert model.index(2, 5).data(SCORE_ROLE) == 4
    view.undo_stack.undo()
    assert model.index(2, 5).data(SCORE_ROLE) is None
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2, 5)

    # Punctuality: every empty "Op tijd komen" cell with a suggestion takes it over.
    grid = model.grid
    suggested = {
        pid: s.score
        for pid, s in grid.punctuality_suggestions.items()
        if grid.cell(pid, skills[0]) is None
    }
    assert len(suggested) >= 5
    assert model.index(1, 0).data(SUGGESTION_ROLE) is None  # scored by hand: no suggestion
    assert view.punctuality_button.text() == "Stiptheid overnemen uit aanwezigheid"
    qtbot.mouseClick(view.punctuality_button, Qt.MouseButton.LeftButton)
    for pid, score in suggested.items():
        assert model.index(model.row_of(pid), 0).data(SCORE_ROLE) == score

    expected = dict(before)
    expected[(people[0], skills[0])] = (3, None)
    expected[(people[0], skills[1])] = (4, NOTE)
    expected[(people[1], skills[2])] = (2, None)
    expected[(people[1], skills[0])] = (1, None)
    for pid, score in suggested.items():
        expected[(pid, skills[0])] = (score, None)
    stored = week_rows(demo_path, people, include_deleted=True)
    assert live(stored) == expected
    # The undone score is a tombstone, not a second row or a deleted one.
    assert [(p, s) for p, s, *_rest, deleted in stored if deleted is not None] == [
        (people[2], skills[5])
    ]
    assert len(stored) == len(expected) + 1
    assert all(c.observations for c in published)

    # Undoing the confirmation empties exactly those cells again.
    view.undo_stack.undo()
    expected_after_undo = {
        k: v for k, v in expected.items() if k[0] not in suggested or k[1] != skills[0]
    }
    assert live(week_rows(demo_path, people)) == expected_after_undo


def test_clear_week_navigation_and_empty_states(opened, qtbot):
    view, _published = opened
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, 2))
    press(qtbot, table, Qt.Key.Key_2)
    table.setCurrentIndex(view.model.index(0, 2))
    press(qtbot, table, Qt.Key.Key_Delete)
    assert view.model.index(0, 2).data(SCORE_ROLE) is None
    press(qtbot, table, Qt.Key.Key_PageUp)
    assert view.week == (2026, 47)
    assert view.model.rowCount() > 0
    press(qtbot, table, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown)
    assert view.week == (2026, 49)
    # Across New Year: week 53 of 2026 holds 1 January 2027.
    view.show_week(view.cohort_id, (2026, 53))
    assert view.week_label.text() == "Week 53 · 2026 (28-12-2026 – 03-01-2027)"
    view.step_week(1)
    assert view.week == (2027, 1)
    # A note needs a score first.
    view.show_week(view.cohort_id, (2026, 48))
    table.setFocus()
    empty = next(
        view.model.index(r, 3)
        for r in range(view.model.rowCount())
        if view.model.index(r, 3).data(SCORE_ROLE) is None
    )
    table.setCurrentIndex(empty)
    press(qtbot, table, Qt.Key.Key_N)
    assert not view.note_edit.hasFocus()
    assert view.status_label.text() == "Geef eerst een score; een notitie hoort bij een score."
    # A planned cohort long before its start: nobody enrolled.
    planned = next(c for c in view.bar.choices if c.start_date > TODAY and c.participants)
    view.show_week(planned.id, (2026, 40))
    assert view.stack.currentWidget() is view.empty_label
    assert planned.code in view.empty_label.text()


def test_no_cohorts_says_what_to_do(db, qtbot, settings, dutch):
    view = ObservationsView(
        db, AppEvents(), QUndoStack(), settings, InlineTaskRunner(), today=TODAY
    )
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.empty_label
    assert "Er zijn nog geen groepen" in view.empty_label.text()
    assert not view.punctuality_button.isEnabled()


def test_skill_list_dialog_renames_and_switches_off(opened, qtbot, monkeypatch):
    view, _published = opened

    def edit(dialog: SkillListDialog) -> bool:
        dialog.list.item(2).setText("Om hulp vragen als het nodig is")
        dialog.list.item(4).setCheckState(Qt.CheckState.Unchecked)
        dialog.save()
        return dialog.result() == SkillListDialog.DialogCode.Accepted

    monkeypatch.setattr(view, "run_dialog", edit)
    view.edit_skill_list()
    headers = [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())
    ]
    assert headers == [
        "Op tijd komen",
        "Jezelf verstaanbaar maken in het Nederlands",
        "Om hulp vragen als het nodig is",
        "Samenwerken",
        "Instructies opvolgen",
    ]


def test_grid_model_passes_the_model_tester(opened, qtmodeltester):
    view, _published = opened
    qtmodeltester.check(view.model)
    empty = ObservationGridModel()
    qtmodeltester.check(empty)


def test_trend_widget_shows_the_participant_s_weeks(opened, qtbot):
    view, _published = opened
    pid = view.model.participant_id(0)
    trend = service.skill_trend(view.db, pid, 8)
    assert trend.has_observations
    widget = SkillTrendWidget(view.db)
    qtbot.addWidget(widget)
    widget.set_participant(pid)
    table = widget.table
    assert widget.stack.currentWidget() is table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Vaardigheid / week", *[str(w) for _y, w in trend.weeks], "Verloop"]
    for row, line in enumerate(trend.lines):
        assert table.item(row, 0).toolTip() == line.name
        for column, week in enumerate(trend.weeks, start=1):
            score = line.score_in(week)
            assert table.item(row, column).text() == (str(score) if score else "")
        change = table.item(row, len(trend.weeks) + 1).text()
        if line.change is None:
            assert change == "–"
        elif line.change == 0:
            assert change == f"= {line.latest}"
        else:
            assert change == f"{'↑' if line.change > 0 else '↓'} {line.first} → {line.latest}"

    # A new score shows after a change broadcast for this participant.
    changes = service.set_score(
        view.db, view.cohort_id, pid, view.model.skill_id(5), 2026, 48, 4, None
    )
    widget.on_data_changed(changes)
    assert table.horizontalHeaderItem(table.columnCount() - 2).text() == "48"

    widget.set_participant(None)
    assert widget.stack.currentWidget() is widget.empty_label
    assert widget.empty_label.text() == "Nog geen observaties."


def test_escape_cancels_a_note_and_selected_rows_take_punctuality_over(opened, demo_path, qtbot):
    view, _published = opened
    model, table = view.model, view.table
    grid = model.grid
    on_time = grid.punctuality_skill_id
    rows = [model.row_of(pid) for pid in grid.punctuality_suggestions]
    first, second = sorted(rows)[:2]
    # Score row `first` by hand with something else than the suggestion.
    suggested = grid.punctuality_suggestions[model.participant_id(first)].score
    own = 1 if suggested != 1 else 2
    table.setFocus()
    table.setCurrentIndex(model.index(first, 0))
    press(qtbot, table, getattr(Qt.Key, f"Key_{own}"))
    table.setCurrentIndex(model.index(first, 0))
    press(qtbot, table, Qt.Key.Key_Enter)
    assert view.note_edit.hasFocus()
    view.note_edit.setText("wordt niet bewaard")
    press(qtbot, view.note_edit, Qt.Key.Key_Escape)
    assert table.hasFocus()
    assert model.index(first, 0).data(NOTE_ROLE) is None
    assert view.note_edit.text() == ""

    # Select both rows' punctuality cells: the confirmation overwrites the hand-made score.
    table.clearSelection()
    table.setCurrentIndex(model.index(first, 0))
    table.selectionModel().select(
        model.index(second, 0), table.selectionModel().SelectionFlag.Select
    )
    qtbot.mouseClick(view.punctuality_button, Qt.MouseButton.LeftButton)
    assert model.index(first, 0).data(SCORE_ROLE) == suggested
    stored = live(week_rows(demo_path, [model.participant_id(first)]))
    assert stored[(model.participant_id(first), on_time)] == (suggested, None)
