"""The Werkgevers area on a copy of the demo region: search narrows the list, an employer
shows who had days there and how they went, a practice day recorded through the dialog
(hours with a decimal comma) appears everywhere and is undone with the undo stack."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtGui import QUndoStack

from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import employers as employer_service
from werkfit_desktop.services import placement_days as day_service
from werkfit_desktop.ui.dialogs import placement_day_actions
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.employers import EmployersView
from werkfit_desktop.ui.widgets.participant_placement_days import ParticipantPlacementDaysWidget


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def view(qtbot, demo, settings, dutch):
    widget = EmployersView(demo, AppEvents(), QUndoStack(), settings, InlineTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.show()
    return widget


def _listed(view) -> list[str]:
    return [row.name for row in view.model.rows()]


def _busiest(db):
    return max(employer_service.list_employers(db), key=lambda r: r.days)


def answer_dialog(monkeypatch, fill):
    """Replace the modal exec(): `fill(dialog)` sets the widgets, then OK is pressed."""
    seen = []

    def run(dialog):
        fill(dialog)
        seen.append(dialog)
        return dialog.try_accept()

    monkeypatch.setattr(placement_day_actions, "run_dialog", run)
    return seen


def test_search_narrows_ignoring_accents_and_sector_filters(view, demo):
    everything = _listed(view)
    assert len(everything) == 13
    assert view.count_label.text() == "13 werkgevers"
    view.search.setText("ZWOLLE")
    in_zwolle = _listed(view)
    assert 0 < len(in_zwolle) < 13
    assert all(r.city == "Zwolle" for r in view.model.rows())
    view.search.setText("ÏJssel")  # accents and case do not matter
    assert _listed(view) and all("ijssel" in fold(name) for name in _listed(view))
    view.search.setText("geen werkgever heet zo")
    assert view.list_stack.currentWidget() is view.list_empty
    view.search.clear()
    view.sector.setCurrentIndex(view.sector.findData("zorg"))
    assert _listed(view) and all(r.sector == "zorg" for r in view.model.rows())


def test_open_employer_shows_days_per_participant_and_averages(view, demo):
    busiest = _busiest(demo)
    view.select_employer(busiest.id)
    assert view.title.text() == busiest.name
    assert view.detail_stack.currentIndex() == 1
    assert view.days_model.rowCount() == busiest.days
    assert view.people_model.rowCount() == busiest.participants
    summary = view.days_summary.text()
    assert f"{busiest.participants} deelnemers" in summary
    assert f"{busiest.days} dagen" in summary
    assert "Stiptheid" in summary
    assert "Contactpersonen" in view.info.text()


def test_record_practice_day_with_decimal_comma_then_undo(view, demo, monkeypatch):
    busiest = _busiest(demo)
    view.select_employer(busiest.id)
    someone = day_service.days_for_employer(demo, busiest.id).days[0]
    surname = someone.participant_name.split(",")[0]

    def fill(dialog):
        assert dialog.employer.currentData() == busiest.id  # preset from the open employer
        dialog.participant_search.setText(surname)
        dialog.participant_search.textEdited.emit(surname)
        items = [dialog.participant_list.item(i) for i in range(dialog.participant_list.count())]
        match = next(i for i in items if i.text().startswith(someone.participant_name))
        dialog.participant_list.itemClicked.emit(match)
        dialog.date.setText("24-11-2026")
        dialog.hours.setText("7,5")
        dialog.supervisor.setCurrentIndex(1)  # a contact person of this employer
        for combo, score in zip(dialog.scores.values(), (4, 3, 3, 2), strict=True):
            combo.setCurrentIndex(combo.findData(score))
        dialog.employer_comment.setPlainText("Goed ingewerkt.")

    seen = answer_dialog(monkeypatch, fill)
    view.record_button.click()
    assert seen and seen[0].result()  # the dialog accepted
    assert view.days_model.rowCount() == busiest.days + 1
    newest = view.days_model.rows()[0]
    assert newest.participant_id == someone.participant_id
    assert newest.hours == 7.5 and newest.scores == (4, 3, 3, 2)
    assert newest.supervisor
    assert day_service.get_placement_day(demo, newest.id).data.employer_comment == (
        "Goed ingewerkt."
    )
    assert view.model.rows()[_listed(view).index(busiest.name)].days == busiest.days + 1

    view.undo_stack.undo()
    assert view.days_model.rowCount() == busiest.days
    view.undo_stack.redo()
    assert view.days_model.rowCount() == busiest.days + 1


def test_wrong_hours_are_shown_in_dutch_and_nothing_is_saved(view, demo, monkeypatch):
    busiest = _busiest(demo)
    view.select_employer(busiest.id)
    someone = day_service.days_for_employer(demo, busiest.id).days[0]
    shown = []

    def run(dialog):
        dialog.choose_participant(someone.participant_id, someone.participant_name)
        dialog.date.setText("24-11-2026")
        dialog.hours.setText("13")
        assert not dialog.try_accept()
        shown.append(dialog.errors_shown())
        return False

    monkeypatch.setattr(placement_day_actions, "run_dialog", run)
    view.record_button.click()
    assert "Uren: geef tussen 0,5 en 12 uur op." in shown[0]
    assert view.days_model.rowCount() == busiest.days


def test_edit_employer_adds_contact_and_undo_restores(view, demo, monkeypatch):
    busiest = _busiest(demo)
    view.select_employer(busiest.id)
    before = employer_service.get_employer(demo, busiest.id).data.contacts

    def fill(dialog):
        row = dialog.add_contact_row(focus=False)
        for column, text in enumerate(("Fatima El Amrani", "HR-adviseur", "06-11223344", "")):
            dialog.contacts.item(row, column).setText(text)

    answer_dialog(monkeypatch, fill)
    view.edit_button.click()
    assert "Fatima El Amrani" in view.info.text()
    assert len(employer_service.get_employer(demo, busiest.id).data.contacts) == len(before) + 1
    view.undo_stack.undo()
    assert employer_service.get_employer(demo, busiest.id).data.contacts == before
    assert "Fatima El Amrani" not in view.info.text()
    view.undo_stack.redo()
    assert "Fatima El Amrani" in view.info.text()


def test_new_employer_with_bad_postcode_then_delete_and_undo(view, demo, monkeypatch):
    def fill(dialog):
        dialog.name.setText("Bakkerij Çelik")
        dialog.postcode.setText("12345")
        assert not dialog.try_accept()
        assert "geen Nederlandse postcode" in dialog.errors_shown()
        dialog.postcode.setText("3511ab")

    answer_dialog(monkeypatch, fill)
    view.new_button.click()
    assert view.title.text() == "Bakkerij Çelik"
    assert "3511 AB" in view.info.text()
    assert view.days_stack.currentWidget() is view.days_empty
    monkeypatch.setattr(view, "confirm_delete", lambda name: True)
    view.delete_button.click()
    assert "Bakkerij Çelik" not in _listed(view)
    view.undo_stack.undo()
    assert "Bakkerij Çelik" in _listed(view)


def test_participant_page_lists_days_and_records_with_participant_preset(
    qtbot, demo, settings, dutch, monkeypatch
):
    busiest = _busiest(demo)
    someone = day_service.days_for_employer(demo, busiest.id).days[0]
    widget = ParticipantPlacementDaysWidget(demo, AppEvents(), QUndoStack(), settings)
    qtbot.addWidget(widget)
    widget.set_participant(someone.participant_id)
    count = widget.model.rowCount()
    assert count == len(day_service.days_for_participant(demo, someone.participant_id))
    assert "dag" in widget.summary.text()

    def fill(dialog):
        assert dialog.participant_id == someone.participant_id
        dialog.set_employer(busiest.id)
        dialog.date.setText("25-11-2026")
        dialog.hours.setText("4")
        dialog.kind.setCurrentIndex(1)  # meeloopdag

    answer_dialog(monkeypatch, fill)
    widget.new_button.click()
    assert widget.model.rowCount() == count + 1
    assert widget.model.rows()[0].kind.value == "meeloopdag"
    widget.set_participant(None)
    assert widget.stack.currentWidget() is widget.empty
    assert not widget.new_button.isEnabled()
