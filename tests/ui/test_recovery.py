"""Opening a damaged database through the GUI's open path: every damaged variant of the demo
database (tests/reliability/damage.py, > 100 of them) shows the recovery dialog, never a
traceback; the damaged file is kept as `.corrupt`; the newest good backup can be restored."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from werkfit_desktop.app import Startup, recover
from werkfit_desktop.persistence.backup import backup_folder, make_backup
from werkfit_desktop.persistence.errors import DatabaseReadOnly
from werkfit_desktop.persistence.recovery import Damage
from werkfit_desktop.ui.dialogs.recovery import RecoveryChoice

BACKUP_TIME = dt.datetime(2026, 11, 20, 17, 5, 0)
RESTORE_EVERY = 9  # every 9th variant is restored (a restore costs a migration check)


def _damage():
    path = Path(__file__).resolve().parents[1] / "reliability" / "damage.py"
    if "damage" not in sys.modules:
        spec = importlib.util.spec_from_file_location("damage", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["damage"] = module
        spec.loader.exec_module(module)
    return sys.modules["damage"]


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def participants(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM participant").fetchone()[0]


@pytest.fixture(scope="module")
def variants(demo_template, tmp_path_factory):
    """The damaged variants, each with the same good backup in its backup folder."""
    folder = tmp_path_factory.mktemp("damaged")
    made = _damage().make_variants(demo_template, folder)
    good = make_backup(demo_template, "auto", folder=folder / "_backups", now=BACKUP_TIME)
    for variant in made:
        target = backup_folder(variant.path)
        target.mkdir()
        os.link(good.path, target / good.path.name.replace(demo_template.stem, "werkfit", 1))
    return made


def test_every_damaged_file_opens_the_recovery_dialog(
    variants, demo_template, qapp, settings, dutch
):
    expected_people = participants(demo_template)
    shown: list[dict] = []
    told: list[str] = []
    figures = {"dialog": 0, "restored": 0, "opened": 0}

    def refuse_other_file():
        raise AssertionError("no other file asked for")

    for number, variant in enumerate(variants):
        before = variant.path.read_bytes()
        wal = Path(str(variant.path) + "-wal")
        wal_before = wal.read_bytes() if wal.exists() else None
        choice = RecoveryChoice.RESTORE if number % RESTORE_EVERY == 0 else RecoveryChoice.QUIT

        def ask(dialog, choice=choice):
            shown.append(
                {
                    "problem": dialog.problem.text(),
                    "kept": dialog.kept.text(),
                    "restore": dialog.restore_button.text(),
                    "restore_shown": dialog.restore_button.isVisibleTo(dialog),
                }
            )
            return choice

        startup = Startup(qapp, settings, variant.path)
        shown.clear()
        problem = startup.open()
        diagnosis = startup.damage
        detected = diagnosis is not None
        opened = recover(startup, problem, ask=ask, choose_file=refuse_other_file, tell=told.append)
        assert told == [], f"{variant.name}: {told}"
        if variant.must_detect:
            assert detected, variant.name
        if not detected:  # a WAL SQLite itself copes with: a consistent (older) database
            assert not variant.must_detect and opened, variant.name
            assert not _damage().integrity_fails(variant.path)
            figures["opened"] += 1
            startup.release()
            continue
        figures["dialog"] += 1
        assert len(shown) == 1, variant.name
        dialog = shown[0]
        # What is wrong, in the user's language; where the damaged file is kept.
        assert dialog["problem"] == problem == diagnosis.message(_tr)
        assert str(variant.path) in problem
        kept = variant.path.with_name(variant.path.name + ".corrupt")
        assert str(kept) in dialog["kept"]
        assert kept.read_bytes() == before
        if wal_before is not None:
            assert Path(str(kept) + "-wal").read_bytes() == wal_before
        assert dialog["restore_shown"]
        assert dialog["restore"] == "Herstel de nieuwste goede back-up (20-11-2026 17:05)"
        if choice is RecoveryChoice.QUIT:
            assert not opened
            assert variant.path.read_bytes() == before  # nothing changed, nothing deleted
            assert startup.db is None and startup.lock is None
            continue
        # Restored: the good backup is the database now, the damaged file is still kept.
        figures["restored"] += 1
        assert opened and startup.db is not None, variant.name
        assert participants(variant.path) == expected_people
        assert kept.read_bytes() == before
        startup.release()
    print(f"\nrecovery figures: {len(variants)} variants, {figures}")
    assert figures["dialog"] >= 100


def test_the_dialog_in_dutch_without_a_backup(tmp_path, qapp, settings, dutch):
    path = tmp_path / "werkfit.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + bytes(50))
    startup = Startup(qapp, settings, path)
    problem = startup.open()
    assert startup.damage.damage is Damage.TRUNCATED
    assert "is onvolledig" in problem and str(path) in problem
    dialog = startup.recovery_dialog()
    assert problem == dialog.problem.text()
    assert dialog.windowTitle() == "Database beschadigd"
    assert "Er is geen goede back-up gevonden" in dialog.advice.text()
    assert (dialog.other_button.text(), dialog.quit_button.text()) == (
        "Ander bestand openen...",
        "Afsluiten",
    )
    assert not dialog.restore_button.isVisibleTo(dialog)
    assert dialog.other_button.isDefault()
    assert str(backup_folder(path)) in dialog.advice.text()
    # Esc is "Afsluiten".
    dialog.reject()
    assert dialog.choice is RecoveryChoice.QUIT


def test_a_file_that_is_no_database_keeps_its_dutch_explanation(tmp_path, qapp, settings, dutch):
    path = tmp_path / "notities.sqlite"
    path.write_text("boodschappen: brood, melk\n", encoding="utf-8")
    startup = Startup(qapp, settings, path)
    problem = startup.open()
    assert "is geen Werkfit Desktop-database" in problem
    assert path.read_text(encoding="utf-8") == "boodschappen: brood, melk\n"
    assert (tmp_path / "notities.sqlite.corrupt").read_text(encoding="utf-8") == path.read_text(
        encoding="utf-8"
    )


def test_another_file_can_be_opened_instead(tmp_path, db_path, qapp, settings, dutch):
    damaged = tmp_path / "kapot" / "werkfit.sqlite"
    damaged.parent.mkdir()
    damaged.write_bytes(bytes(8192))
    startup = Startup(qapp, settings, damaged)
    opened = recover(
        startup,
        startup.open(),
        ask=lambda dialog: RecoveryChoice.OTHER_FILE,
        choose_file=lambda: db_path,
        tell=pytest.fail,
    )
    assert opened and startup.db_path == db_path and startup.db is not None
    assert damaged.read_bytes() == bytes(8192)
    startup.release()


def test_recovery_dialog_renders(tmp_path, demo_template, qapp, settings, dutch):
    damaged = tmp_path / "werkfit.sqlite"
    data = bytearray(demo_template.read_bytes())
    data[4096 * 3 : 4096 * 4] = os.urandom(4096)
    damaged.write_bytes(bytes(data))
    target = backup_folder(damaged)
    target.mkdir()
    shutil.copyfile(demo_template, target / "werkfit_2026-11-20_17-05-00_auto.sqlite")
    startup = Startup(qapp, settings, damaged)
    startup.open()
    dialog = startup.recovery_dialog()
    dialog.show()
    qapp.processEvents()
    picture = Path(os.environ.get("WERKFIT_SHOTS", tmp_path)) / "recovery_dialog.png"
    assert dialog.grab().save(str(picture))
    assert dialog.restore_button.width() >= dialog.restore_button.sizeHint().width()
    dialog.close()


# the hostile environment, through the open path ---------------------------------------
def _storage():
    path = Path(__file__).resolve().parents[1] / "reliability" / "storage.py"
    if "storage" not in sys.modules:
        spec = importlib.util.spec_from_file_location("storage", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["storage"] = module
        spec.loader.exec_module(module)
    return sys.modules["storage"]


def test_a_write_protected_database_opens_read_only_with_a_banner(
    demo_template, tmp_path, qapp, settings, dutch, monkeypatch
):
    from werkfit_desktop.app import show_notices
    from werkfit_desktop.services.participants import ParticipantInput, create_participant
    from werkfit_desktop.ui.tasks import InlineTaskRunner
    from werkfit_desktop.ui.widgets.readonly_banner import NoticeBanner

    folder = tmp_path / "archief"
    folder.mkdir()
    path = folder / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    before = path.read_bytes()
    with _storage().write_protected(folder):
        startup = Startup(qapp, settings, path)
        assert startup.open() is None
        assert startup.read_only and startup.lock is None
        window = startup.show_window(InlineTaskRunner())
        show_notices(startup)
        banner = window.findChild(NoticeBanner)
        assert banner is not None and str(path) in banner.label.text()
        assert window.windowTitle().endswith(_tr("Startup", " (read-only)"))
        with pytest.raises(DatabaseReadOnly):
            create_participant(startup.db, ParticipantInput(first_name="Ayşe", last_name="Yılmaz"))
        window.participants.ask_save_changes = lambda: None
        window.close()
        startup.release()
    assert path.read_bytes() == before


def test_a_network_drive_is_warned_about_once(db_path, qapp, settings, dutch, monkeypatch):
    from werkfit_desktop import app
    from werkfit_desktop.persistence import environment

    monkeypatch.setattr(
        environment, "current_mounts", lambda: [("/", "ext4"), (str(db_path.parent), "cifs")]
    )
    warnings = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    startup = Startup(qapp, settings, db_path)
    assert startup.open() is None
    assert not startup.read_only
    app.show_notices(startup)
    assert len(warnings) == 1 and str(db_path) in warnings[0]
    assert warnings[0] == _tr("Environment", environment.NETWORK_WARNING).format(path=db_path)
    startup.release()


def test_a_storage_problem_during_work_is_told_not_a_traceback(qapp, monkeypatch, tmp_path):
    from werkfit_desktop import app
    from werkfit_desktop.persistence.errors import DatabaseFull

    told, crashed = [], []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda *args: told.append(args[2]))
    hook = app._explain_database_problems(lambda *args: crashed.append(args))
    path = str(tmp_path / "werkfit.sqlite")
    hook(DatabaseFull, DatabaseFull(path), None)
    assert told == [DatabaseFull(path).message(_tr)] and crashed == []
    hook(ValueError, ValueError("bug"), None)
    assert len(crashed) == 1  # other errors still reach the normal handler
