"""The Deelnemers area as a user works with it: search, open, edit, save, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from werkfit_desktop.domain import Participant
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.participants import ParticipantInput, create_participant

NAMES = [
    ("Ayşe", None, "Yılmaz"),
    ("Łukasz", None, "Wróbel"),
    ("Nguyễn Thị", None, "Hoa"),
    ("Jan", "van den", "Berg"),
    ("Fatuma", None, "Abdi"),
    ("Mehmet", None, "Yıldız"),
]


@pytest.fixture
def people_db(db):
    for first, particle, last in NAMES:
        create_participant(
            db,
            ParticipantInput(
                first_name=first,
                name_particle=particle,
                last_name=last,
                date_of_birth=dt.date(1991, 4, 5),
                phone="06-12345678",
            ),
        )
    return db


def stored(path, **where):
    """Read back through a fresh Database: what is really in the file."""
    fresh = open_database(path)
    try:
        with fresh.read() as session:
            return session.scalars(select(Participant).filter_by(**where)).one()
    finally:
        fresh.close()


def names_in(view):
    return [view.model.index(r, 1).data() for r in range(view.model.rowCount())]


def test_list_sorts_on_surname_without_particle(people_db, db_path, start_app):
    _startup, window = start_app(db_path)
    names = names_in(window.participants)
    assert names[0] == "Abdi, Fatuma"
    assert names.index("Berg, Jan van den") == 1  # under B, not under V
    assert window.participants.count_label.text() == "6 deelnemers"


def test_search_narrows_the_list_ignoring_accents(people_db, db_path, start_app, qtbot):
    _startup, window = start_app(db_path)
    view = window.participants
    qtbot.keyClicks(view.search, "yil")
    assert sorted(names_in(view)) == ["Yıldız, Mehmet", "Yılmaz, Ayşe"]
    qtbot.keyClicks(view.search, "m")
    assert names_in(view) == ["Yılmaz, Ayşe"]
    assert view.count_label.text() == "1 van 6 deelnemers"
    view.search.clear()
    qtbot.keyClicks(view.search, "D-000002")
    assert names_in(view) == ["Wróbel, Łukasz"]
    view.search.clear()
    qtbot.keyClicks(view.search, "zzz")
    assert view.list_stack.currentWidget() is view.empty_label
    assert "Geen deelnemer gevonden voor 'zzz'" in view.empty_label.text()


def test_sorting_by_clicking_a_column(people_db, db_path, start_app):
    _startup, window = start_app(db_path)
    view = window.participants
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    numbers = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)


def test_edit_phone_is_saved_and_can_be_undone(people_db, db_path, start_app, qtbot):
    _startup, window = start_app(db_path)
    view = window.participants
    qtbot.keyClicks(view.search, "wrobel")
    view.select_row(0)
    assert view.title.text() == "Łukasz Wróbel"
    phone = view.form.widgets["phone"]
    phone.selectAll()
    qtbot.keyClicks(phone, "06-99887766")
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.status_label.text() == "Opgeslagen"
    assert stored(db_path, participant_number="D-000002").phone == "06-99887766"

    window.undo_stack.undo()
    assert stored(db_path, participant_number="D-000002").phone == "06-12345678"
    assert phone.text() == "06-12345678"
    window.undo_stack.redo()
    assert stored(db_path, participant_number="D-000002").phone == "06-99887766"


def test_invalid_date_of_birth_is_refused_and_nothing_saved(people_db, db_path, start_app, qtbot):
    _startup, window = start_app(db_path)
    view = window.participants
    qtbot.keyClicks(view.search, "abdi")
    view.select_row(0)
    phone = view.form.widgets["phone"]
    phone.selectAll()
    qtbot.keyClicks(phone, "06-11112222")
    birth = view.form.widgets["date_of_birth"]
    birth.selectAll()
    qtbot.keyClicks(birth, "31-02-1990")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    assert view.error_banner.isVisible()
    assert "Geboortedatum: '31-02-1990' is geen geldige datum" in view.error_banner.text()
    assert birth.toolTip().startswith("'31-02-1990' is geen geldige datum")
    row = stored(db_path, participant_number="D-000005")
    assert row.date_of_birth == dt.date(1991, 4, 5)
    assert row.phone == "06-12345678"  # the valid field in the same form is not half-saved
    assert view.has_unsaved_changes


def test_future_birth_date_and_missing_name_are_refused(people_db, db_path, start_app, qtbot):
    _startup, window = start_app(db_path)
    view = window.participants
    view.select_row(0)
    view.form.widgets["last_name"].setText("")
    birth = view.form.widgets["date_of_birth"]
    birth.selectAll()
    qtbot.keyClicks(birth, "01-01-2099")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    text = view.error_banner.text()
    assert "Achternaam: Achternaam is verplicht." in text
    assert "De geboortedatum ligt in de toekomst." in text
    assert stored(db_path, participant_number="D-000005").last_name == "Abdi"


def test_new_participant_gets_the_next_number(people_db, db_path, start_app, qtbot):
    _startup, window = start_app(db_path)
    view = window.participants
    window.on_new_participant()
    assert view.title.text() == "Nieuwe deelnemer"
    view.form.widgets["first_name"].setText("Oleksandr")
    view.form.widgets["last_name"].setText("Kovalenko")
    view.form.target_group_boxes[next(iter(view.form.target_group_boxes))].setChecked(True)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.subtitle.text() == "Deelnemernummer D-000007"
    assert stored(db_path, participant_number="D-000007").last_name == "Kovalenko"
    assert "Kovalenko, Oleksandr" in names_in(view)
    window.undo_stack.undo()  # undoing a new participant puts it in the bin
    assert "Kovalenko, Oleksandr" not in names_in(view)


def test_empty_database_says_what_to_do(db_path, start_app):
    _startup, window = start_app(db_path)
    view = window.participants
    assert view.list_stack.currentWidget() is view.empty_label
    assert "Er zijn nog geen deelnemers" in view.empty_label.text()


def test_table_model_passes_the_model_tester(people_db, db_path, start_app, qtmodeltester):
    _startup, window = start_app(db_path)
    qtmodeltester.check(window.participants.model)


def test_a_tab_is_made_when_first_opened_and_shows_the_open_participant(
    people_db, db_path, start_app
):
    _startup, window = start_app(db_path)
    view = window.participants
    assert view._participant_tabs == []  # nothing behind the tabs yet: a quick start
    view.select_row(1)
    opened = view.current_id
    titles = [view.detail_tabs.tabText(i) for i in range(view.detail_tabs.count())]
    view.detail_tabs.setCurrentIndex(titles.index("Voortgang"))
    (progress,) = view._participant_tabs
    assert type(progress).__name__ == "ParticipantProgressWidget"
    assert progress.participant_id == opened
    view.select_row(2)  # a tab once made follows the participant shown
    assert progress.participant_id == view.current_id != opened
