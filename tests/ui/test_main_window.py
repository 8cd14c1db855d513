"""The main window and the start of the app, as a user meets them."""

from __future__ import annotations

import hashlib
import sqlite3

from PySide6.QtCore import QSettings

from werkfit_desktop.app import Startup
from werkfit_desktop.ui.dialogs.about import AboutDialog
from werkfit_desktop.ui.i18n import install_translators
from werkfit_desktop.ui.navigation import AREAS
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.views.coming_later import ComingLaterView
from werkfit_desktop.version import __version__

SIDEBAR = [
    "Overzicht", "Deelnemers", "Groepen", "Planning", "Aanwezigheid", "Certificaten",
    "Werkgevers", "Nazorg", "Rapporten",
]


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sidebar_lists_every_area_in_dutch(db_path, start_app):
    _startup, window = start_app(db_path)
    assert window.windowTitle() == "Werkfit Desktop"
    items = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert items == SIDEBAR
    assert len(AREAS) == len(SIDEBAR)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "&Instellingen", "&Help"]


def test_every_area_is_built(db_path, start_app):
    """No area is left as a 'coming in a next version' page."""
    from werkfit_desktop.ui.navigation import AREAS

    _startup, window = start_app(db_path)
    for area in AREAS:
        window.show_area(area.key)
        page = window.pages.currentWidget()
        assert not isinstance(page, ComingLaterView), area.key
        assert page.findChildren(ComingLaterView) == []
    window.show_area("participants")
    assert window.pages.currentWidget().isAncestorOf(window.participants)


def test_window_size_splitter_and_area_are_remembered(db_path, qapp, tmp_path, dutch):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    first = Startup(qapp, settings, db_path)
    assert first.open() is None
    window = first.show_window()
    window.resize(760, 555)  # the offscreen screen is 800x800
    qapp.processEvents()
    window.participants.splitter.setSizes([200, 10_000])  # the detail pane dragged wide
    qapp.processEvents()
    left, right = window.participants.splitter.sizes()
    window.show_area("planning")
    window.close()
    first.release()

    second = Startup(qapp, settings, db_path)
    assert second.open() is None
    window = second.show_window()
    try:
        assert (window.width(), window.height()) == (760, 555)
        qapp.processEvents()
        new_left, new_right = window.participants.splitter.sizes()
        # The detail pane dragged wide stays wide (the default split favours the list).
        assert new_right >= right - 3 and new_right > 1.5 * new_left
        assert window.pages.currentWidget() is window.pages.widget(window.area_keys.index("planning"))
    finally:
        window.close()
        second.release()


def test_about_dialog_shows_version_and_database_path(db_path, start_app, qtbot):
    _startup, window = start_app(db_path)
    dialog = AboutDialog(window.database_location, window)
    qtbot.addWidget(dialog)
    assert str(db_path) in dialog.database_label.text()
    assert dialog.database_label.text().startswith("Database: ")
    assert any(__version__ in label.text() for label in dialog.findChildren(type(dialog.database_label)))


def test_a_second_instance_is_told_the_file_is_in_use(db_path, start_app, qapp, tmp_path):
    start_app(db_path)
    settings = Settings(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    before = sha256(db_path)
    second = Startup(qapp, settings, db_path)
    problem = second.open()
    assert problem is not None
    assert "is al geopend in een ander venster" in problem
    assert str(db_path) in problem
    assert second.db is None
    assert sha256(db_path) == before


def test_a_database_from_a_newer_version_is_refused_in_dutch(db_path, qapp, settings, dutch):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = sha256(db_path)
    startup = Startup(qapp, settings, db_path)
    problem = startup.open()
    assert "geschreven door een nieuwere versie van Werkfit Desktop" in problem
    assert "9999_from_the_future" in problem
    assert sha256(db_path) == before
    # the refusal released the file: the lock is gone
    assert not (db_path.parent / (db_path.name + ".lock")).exists()


def test_a_file_that_is_not_a_database_is_explained(tmp_path, qapp, settings, dutch):
    path = tmp_path / "notities.sqlite"
    path.write_text("boodschappen: brood, melk\n", encoding="utf-8")
    problem = Startup(qapp, settings, path).open()
    assert "is geen Werkfit Desktop-database" in problem
    assert path.read_text(encoding="utf-8") == "boodschappen: brood, melk\n"


def test_english_can_be_chosen(db_path, qapp, start_app):
    install_translators(qapp, "en")
    _startup, window = start_app(db_path)
    items = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert items[:3] == ["Overview", "Participants", "Cohorts"]
    install_translators(qapp, "nl")


def test_areas_are_built_when_first_shown(db_path, start_app):
    """A quick start: only the area shown is built; the others on first use."""
    _startup, window = start_app(db_path)
    assert set(window.views) == {"participants"}
    window.show_area("cohorts")
    assert "cohorts" in window.views and window.cohorts.isVisible()
    assert "overview" not in window.views
    overview = window.overview  # asked for by code (e.g. a double-click elsewhere): built then
    assert window.views["overview"] is overview
    window.show_area("overview")
    assert window.pages.currentWidget().isAncestorOf(overview)
