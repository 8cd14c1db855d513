"""Restoring a backup through the dialog brings the earlier data back, and Undo restore
returns to what was there before; the automatic backups run only when something changed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import Participant
from werkfit_desktop.persistence.backup import BackupFile, backup_folder, list_backups, make_backup
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.ui.backup_scheduler import (
    FOLDER_KEY,
    BackupScheduler,
    retention_policy,
)
from werkfit_desktop.ui.dialogs import restore_backup as dialogs
from werkfit_desktop.ui.dialogs.restore_backup import RestoreBackupDialog
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.tasks import InlineTaskRunner


def add_participant(db, first: str, last: str, number: str) -> None:
    with db.write() as session:
        session.add(Participant(participant_number=number, first_name=first, last_name=last))


def first_names(db) -> list[str]:
    with db.read() as session:
        return sorted(session.scalars(select(Participant.first_name)))


@pytest.fixture
def app_side(db):
    """What the main window does around a restore, recorded."""
    events = AppEvents()
    calls: list[str] = []

    def close_database():
        calls.append("close")
        db.close()

    def reopen_database():
        calls.append("reopen")
        db.reopen()
        events.publish(Changes(everything=True), None)

    return events, calls, close_database, reopen_database


def make_dialog(qtbot, db_path, app_side, folder=None):
    _events, _calls, close_database, reopen_database = app_side
    dialog = RestoreBackupDialog(
        db_path, folder, InlineTaskRunner(), close_database, reopen_database
    )
    qtbot.addWidget(dialog)
    dialog.confirmations = []
    dialog.errors = []
    dialog.confirm_restore = lambda summary: dialog.confirmations.append(summary) or True
    dialog.show_error = dialog.errors.append
    dialog.show()
    return dialog


def cells(dialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_restore_through_the_dialog_and_undo_it(qtbot, db, db_path, app_side, dutch):
    events, calls, *_ = app_side
    seen: list[Changes] = []
    events.changed.connect(lambda changes, _initiator: seen.append(changes))
    add_participant(db, "Ayşe", "Yılmaz", "D-000001")
    earlier = make_backup(db_path, "manual", now=dt.datetime(2026, 11, 20, 9, 5))
    add_participant(db, "Łukasz", "Wróbel", "D-000002")

    dialog = make_dialog(qtbot, db_path, app_side)
    assert dialog.table.rowCount() == 1
    assert cells(dialog, 0) == [
        "20-11-2026 09:05",
        dialogs.reason_text("manual"),
        dialogs.size_text(earlier.size),
        "1",
        "0",
    ]
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    assert not dialog.undo_button.isEnabled()

    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()

    assert [s.path for s in dialog.confirmations] == [earlier.path]
    assert calls == ["close", "reopen"]
    assert first_names(db) == ["Ayşe"]  # the second participant is gone
    assert seen and seen[-1].everything
    assert "20-11-2026 09:05" in dialog.status_label.text()
    assert dialog.table.rowCount() == 2  # the state before the restore is a backup now
    assert dialog.summaries[0].reason == "restore" and dialog.summaries[0].participants == 2
    assert dialog.undo_button.isEnabled()
    assert dialog.errors == []

    dialog.undo_button.click()

    assert first_names(db) == ["Ayşe", "Łukasz"]  # back
    assert calls == ["close", "reopen", "close", "reopen"]
    assert not dialog.undo_button.isEnabled()
    assert len(dialog.confirmations) == 1  # undo needs no question: it can be undone too
    assert dialog.table.rowCount() == 3
    assert dialog.errors == []


def test_a_declined_question_changes_nothing(qtbot, db, db_path, app_side):
    _events, calls, *_ = app_side
    add_participant(db, "Ayşe", "Yılmaz", "D-000001")
    make_backup(db_path, "auto")
    add_participant(db, "Łukasz", "Wróbel", "D-000002")
    dialog = make_dialog(qtbot, db_path, app_side)
    dialog.confirm_restore = lambda summary: False
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert calls == [] and first_names(db) == ["Ayşe", "Łukasz"]
    assert len(list_backups(db_path)) == 1


def test_a_damaged_backup_is_listed_but_cannot_be_chosen(qtbot, db_path, app_side, dutch):
    good = make_backup(db_path, "auto", now=dt.datetime(2026, 11, 20, 9, 0))
    damaged = backup_folder(db_path) / "werkfit_2026-11-21_09-00-00_close.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    dialog = make_dialog(qtbot, db_path, app_side)
    assert dialog.table.rowCount() == 2
    assert cells(dialog, 0)[3] == dialog.tr("damaged")
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    assert dialog.summaries[1].path == good.path


def test_a_refused_restore_is_reported_and_the_database_reopened(qtbot, db, db_path, app_side):
    events, calls, _close, reopen = app_side
    make_backup(db_path, "auto")
    add_participant(db, "Łukasz", "Wróbel", "D-000002")
    dialog = RestoreBackupDialog(
        db_path, None, InlineTaskRunner(), lambda: calls.append("not closed"), reopen
    )
    qtbot.addWidget(dialog)
    dialog.confirm_restore = lambda summary: True
    errors: list[str] = []
    dialog.show_error = errors.append
    dialog.table.selectRow(0)
    dialog.restore_button.click()  # the window forgot to close its connections
    assert len(errors) == 1 and str(db_path) in errors[0]
    assert calls == ["not closed", "reopen"]
    assert first_names(db) == ["Łukasz"]
    assert dialog.restore_button.isEnabled()


def test_the_empty_state_says_what_to_do(qtbot, db_path, app_side):
    dialog = make_dialog(qtbot, db_path, app_side)
    assert dialog.table.isHidden() and not dialog.empty_label.isHidden()
    assert not dialog.restore_button.isEnabled()


# --- the automatic backups ------------------------------------------------------------------


def test_backups_only_after_changes_and_on_close(qtbot, db, db_path, settings):
    events = AppEvents()
    scheduler = BackupScheduler(db_path, events, InlineTaskRunner(), settings)
    made: list[BackupFile] = []
    scheduler.backup_made.connect(made.append)

    scheduler.on_tick()  # nothing changed: no backup
    assert list_backups(db_path) == [] and made == []
    assert scheduler.backup_on_close() is None

    add_participant(db, "Ayşe", "Yılmaz", "D-000001")
    events.publish(Changes(participants=frozenset({"x"})), None)
    scheduler.on_tick()
    assert [b.reason for b in list_backups(db_path)] == ["auto"] == [b.reason for b in made]
    scheduler.on_tick()  # no change since: no second backup
    assert len(list_backups(db_path)) == 1

    events.publish(Changes(participants=frozenset({"x"})), None)
    closing = scheduler.backup_on_close()
    assert closing.reason == "close" and closing in list_backups(db_path)
    assert not scheduler.timer.isActive()


def test_the_backup_folder_and_retention_come_from_the_settings(qtbot, db_path, settings, tmp_path):
    folder = tmp_path / "externe schijf"
    settings.set_value(FOLDER_KEY, str(folder))
    settings.set_value("backup/keep_days", "3")
    settings.set_value("backup/keep_weeks", "onzin")  # unreadable: the default
    settings.set_value("backup/keep_months", 1)
    policy = retention_policy(settings)
    assert (policy.hourly_hours, policy.daily, policy.weekly, policy.monthly) == (24, 3, 8, 1)

    events = AppEvents()
    scheduler = BackupScheduler(db_path, events, InlineTaskRunner(), settings)
    for months in range(1, 6):  # five old backups, 40 days apart
        made_at = dt.datetime.now() - dt.timedelta(days=40 * months)
        make_backup(db_path, "auto", folder, now=made_at)
    events.publish(Changes(everything=True), None)
    scheduler.on_tick()
    backups = list_backups(db_path, folder)
    assert backups[0].reason == "auto" and backups[0].path.parent == folder
    # Thinned after the backup: only the 40-day-old one is within the 8 weeks.
    assert len(backups) == 2
    assert not backup_folder(db_path).exists()


def test_back_up_by_hand_says_where_it_went(qtbot, db_path, settings, monkeypatch):
    shown: list[BackupFile] = []
    monkeypatch.setattr(dialogs, "show_backup_made", lambda parent, made: shown.append(made))
    scheduler = BackupScheduler(db_path, AppEvents(), InlineTaskRunner(), settings)
    dialogs.back_up_by_hand(None, scheduler)
    assert [b.reason for b in shown] == ["manual"]
    assert shown[0].path.is_file()


# --- in the main window ---------------------------------------------------------------------


def test_restore_from_the_main_window_refreshes_every_view(
    qtbot, db, db_path, start_app, monkeypatch
):
    from werkfit_desktop.services.participants import ParticipantInput, create_participant
    from werkfit_desktop.ui import backup_actions

    create_participant(db, ParticipantInput(first_name="Ayşe", last_name="Yılmaz"))
    db.close()
    _startup, window = start_app(db_path)
    actions = getattr(window, "backups", None) or backup_actions.BackupActions(
        window, window.menuBar().actions()[0].menu()
    )
    made: list[BackupFile] = []
    monkeypatch.setattr(dialogs, "show_backup_made", lambda parent, backup: made.append(backup))
    actions.make_action.trigger()
    assert [b.reason for b in made] == ["manual"]

    _id, changes = create_participant(
        window.db, ParticipantInput(first_name="Nguyễn Thị", last_name="Hoa")
    )
    window.events.publish(changes, None)
    assert window.participants.model.rowCount() == 2
    window.undo_stack.push(_Marker())

    opened: list[RestoreBackupDialog] = []
    monkeypatch.setattr(backup_actions, "show_dialog", opened.append)
    actions.restore_action.trigger()
    [dialog] = opened
    qtbot.addWidget(dialog)
    dialog.confirm_restore = lambda summary: True
    dialog.table.selectRow(0)
    dialog.restore_button.click()

    assert window.participants.model.rowCount() == 1  # the list shows the restored data
    assert window.undo_stack.count() == 0
    dialog.undo_button.click()
    assert window.participants.model.rowCount() == 2

    # Closing makes a backup, as something changed (the restores) since the last one.
    assert actions.on_close().reason == "close"


class _Marker:
    """An undo step made before the restore (it must not survive it)."""

    def __new__(cls):
        from PySide6.QtGui import QUndoCommand

        return QUndoCommand("stap")


def test_the_automatic_backup_runs_off_the_gui_thread(qtbot, db, db_path, settings):
    import threading

    from werkfit_desktop.ui.tasks import TaskRunner

    tasks = TaskRunner()
    events = AppEvents()
    scheduler = BackupScheduler(db_path, events, tasks, settings, interval_ms=50)
    threads: list[str] = []
    original = scheduler._work

    def recording(reason):
        work = original(reason)
        return lambda progress: threads.append(threading.current_thread().name) or work(progress)

    scheduler._work = recording
    add_participant(db, "Ayşe", "Yılmaz", "D-000001")
    events.publish(Changes(everything=True), None)
    with qtbot.waitSignal(scheduler.backup_made, timeout=10_000) as made:
        pass  # the timer ticks by itself
    assert made.args[0].reason == "auto"
    assert threads and threads[0] != threading.main_thread().name
    assert tasks.wait()
    scheduler.timer.stop()
