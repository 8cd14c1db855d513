"""GUI test fixtures: translators installed (Dutch, as users see it), settings in a
temporary INI file, and a started app on a real database file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from werkfit_desktop.app import Startup
from werkfit_desktop.ui.i18n import install_translators
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.tasks import InlineTaskRunner


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dutch(qapp):
    install_translators(qapp, "nl")
    yield
    install_translators(qapp, "nl")


@pytest.fixture
def start_app(qapp, qtbot, settings, dutch):
    """start_app(path) -> (startup, window) on that database file, closed afterwards."""
    started: list[Startup] = []

    def start(path):
        startup = Startup(qapp, settings, path)
        problem = startup.open()
        assert problem is None, problem
        window = startup.show_window(InlineTaskRunner())
        started.append(startup)
        return startup, window

    yield start
    for startup in started:
        # Closing with unsaved edits would ask; the test is over, so the answer is Discard.
        startup.window.participants.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
        startup.window.close()
        startup.release()
