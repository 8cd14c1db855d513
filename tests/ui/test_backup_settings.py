"""Settings → Backups...: the folder (e.g. an external disk) and the retention, used by the
next backup."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from werkfit_desktop.persistence.backup import list_backups
from werkfit_desktop.ui.backup_scheduler import configured_folder, retention_policy
from werkfit_desktop.ui.dialogs import backup_settings


def test_chosen_folder_and_retention_are_used(start_app, db_path, tmp_path, monkeypatch, qtbot):
    _startup, window = start_app(db_path)
    dialog = window.on_backup_settings()
    assert dialog.folder_edit.text() == ""
    default_folder = db_path.parent / "werkfit-backups"
    assert dialog.effective.text() == f"Back-ups komen in: {default_folder}"

    external = tmp_path / "usb-schijf" / "werkfit"
    monkeypatch.setattr(backup_settings, "choose_folder", lambda parent, start: external)
    dialog.on_browse()
    assert dialog.effective.text() == f"Back-ups komen in: {external}"
    dialog.spins["daily"].setValue(30)
    dialog.accept()

    assert configured_folder(window.settings) == str(external)
    assert retention_policy(window.settings).daily == 30
    made = []
    window.backups.scheduler.backup_made.connect(made.append)
    window.backups.scheduler.start_backup("manual")
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    assert [b.path.parent for b in list_backups(db_path, external)] == [external]


def test_a_folder_that_cannot_be_written_is_refused(start_app, db_path, tmp_path, monkeypatch):
    _startup, window = start_app(db_path)
    dialog = window.on_backup_settings()
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map", encoding="utf-8")
    errors = []
    monkeypatch.setattr(backup_settings, "show_error", lambda parent, text: errors.append(text))
    dialog.folder_edit.setText(str(blocker / "werkfit"))
    dialog.accept()
    assert len(errors) == 1 and str(blocker / "werkfit") in errors[0]
    assert configured_folder(window.settings) is None  # nothing saved
    dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.RestoreDefaults
    ).click()
    assert dialog.folder_edit.text() == ""
    dialog.reject()
