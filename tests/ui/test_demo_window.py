"""The acceptance path of the foundation on the demo region: open the main window, search,
edit a phone number and find it saved; an invalid date of birth is refused; and the first
start on an empty database offers the demo data."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from werkfit_desktop.domain import Participant
from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.ui.dialogs.first_start import FirstStartDialog


@pytest.fixture
def demo_path(demo_template, tmp_path):
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def read_back(path, number):
    fresh = open_database(path)
    try:
        with fresh.read() as session:
            return session.scalars(select(Participant).filter_by(participant_number=number)).one()
    finally:
        fresh.close()


def test_search_edit_and_save_on_the_demo_database(demo_path, start_app, qtbot):
    _startup, window = start_app(demo_path)
    view = window.participants
    everyone = view.model.rowCount()
    assert everyone >= 40

    first_name = view.model.index(0, 1).data()  # "Surname, First"
    surname = first_name.split(",")[0]
    query = fold(surname)[:4]
    qtbot.keyClicks(view.search, query)
    narrowed = view.model.rowCount()
    assert 0 < narrowed < everyone
    for row in range(narrowed):
        assert query in fold(view.model.index(row, 1).data()) or query in fold(
            view.model.index(row, 0).data()
        )

    view.select_row(0)
    number = view.model.index(0, 0).data()
    phone = view.form.widgets["phone"]
    phone.selectAll()
    qtbot.keyClicks(phone, "06-24681357")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert read_back(demo_path, number).phone == "06-24681357"

    birth = view.form.widgets["date_of_birth"]
    old_birth = read_back(demo_path, number).date_of_birth
    birth.selectAll()
    qtbot.keyClicks(birth, "1990-13-45")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error_banner.isVisible()
    assert "geen geldige datum" in view.error_banner.text()
    assert read_back(demo_path, number).date_of_birth == old_birth


def test_first_start_on_an_empty_database_offers_and_loads_the_demo(db_path, start_app, monkeypatch):
    startup, window = start_app(db_path)
    assert window.participants.model.rowCount() == 0
    offered = []

    def choose_demo(dialog):
        offered.append(dialog.windowTitle())
        return FirstStartDialog.DEMO

    monkeypatch.setattr(FirstStartDialog, "exec", choose_demo)
    startup.offer_first_start()
    assert offered == ["Welkom bij Werkfit Desktop"]
    assert window.participants.model.rowCount() >= 40  # the list refreshed itself
    db = open_database(db_path)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) >= 40
    db.close()

    # Not offered again once there is data; instead the app asks once who is working here
    # (coaching notes are signed with it), and remembers the answer.
    from werkfit_desktop.ui.dialogs import current_staff

    asked = []

    def choose_first(db, current_id, parent):
        asked.append(current_id)
        return current_staff.list_staff(db)[0].id

    monkeypatch.setattr(current_staff, "ask_staff", choose_first)
    offered.clear()
    startup.offer_first_start()
    assert offered == [] and asked == [None]
    assert window.aftercare.staff_id == startup.settings.current_staff_id is not None
    startup.offer_first_start()
    assert asked == [None]  # remembered: not asked again


def test_start_empty_keeps_the_database_empty(db_path, start_app, monkeypatch):
    startup, window = start_app(db_path)
    monkeypatch.setattr(FirstStartDialog, "exec", lambda dialog: FirstStartDialog.EMPTY)
    startup.offer_first_start()
    assert window.participants.model.rowCount() == 0
    assert "Er zijn nog geen deelnemers" in window.participants.empty_label.text()
    # ... but with the standard certificate types and skills, ready to use.
    from werkfit_desktop.services.certificates import list_types
    from werkfit_desktop.services.skills import skills

    names = {t.name for t in list_types(startup.db)}
    assert {"VCA Basis", "BHV", "EHBO"} <= names
    assert [s.name for s in skills(startup.db)][0] == "Op tijd komen"


def test_closing_the_app_keeps_a_note_being_typed(demo_path, qapp, qtbot, settings, dutch):
    from werkfit_desktop.app import Startup
    from werkfit_desktop.domain.enums import StaffRole
    from werkfit_desktop.services.staff import list_staff
    from werkfit_desktop.ui.tasks import InlineTaskRunner

    first = Startup(qapp, settings, demo_path)
    assert first.open() is None
    coach = next(r for r in list_staff(first.db) if r.role is StaffRole.JOB_COACH)
    settings.current_staff_id = coach.id
    window = first.show_window(InlineTaskRunner())
    window.choose_staff(ask=False)
    window.show_area("aftercare")
    view = window.aftercare
    qtbot.waitUntil(lambda: view.participant_id is not None)
    participant = view.participant_id
    view.editor.discussed.setFocus()
    qtbot.keyClicks(view.editor.discussed, "Werkgever belde over de roosters van dece")
    window.close()  # the laptop lid closes: well before any autosave timer
    first.release()

    second = Startup(qapp, settings, demo_path)
    assert second.open() is None
    window = second.show_window(InlineTaskRunner())
    try:
        window.choose_staff(ask=False)
        window.show_area("aftercare")
        view = window.aftercare
        qtbot.waitUntil(lambda: view.participant_id is not None)
        assert view.participant_id == participant
        assert view.editor.discussed.toPlainText() == "Werkgever belde over de roosters van dece"
    finally:
        window.close()
        second.release()
