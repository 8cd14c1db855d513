"""File → Export cohort workbook...: the cohort shown is preselected, the workbook is written
in the background and can be imported again; private notes only when ticked."""

from __future__ import annotations

import shutil
import zipfile

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from werkfit_desktop.domain import CoachingNote, Enrolment
from werkfit_desktop.services.cohorts import list_cohorts
from werkfit_desktop.services.importing import ImportKind, detect_kind
from werkfit_desktop.ui.dialogs import workbook_export


def workbook_text(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


def test_export_the_shown_cohort(start_app, demo_template, tmp_path, monkeypatch):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    _startup, window = start_app(path)
    private_text = "Privé: zorgen over de thuissituatie van deze deelnemer (uniek 7391)."
    with window.db.write() as session:
        note, cohort_id = session.execute(
            select(CoachingNote, Enrolment.cohort_id)
            .join(Enrolment, Enrolment.participant_id == CoachingNote.participant_id)
            .where(CoachingNote.private.is_(True))
        ).first()
        note.discussed = private_text
    cohort = next(row for row in list_cohorts(window.db) if row.id == cohort_id)
    window.show_area("cohorts")
    window.cohorts.select_cohort(cohort.id)
    target = tmp_path / "uit" / "werkmap.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(workbook_export, "choose_path", lambda parent, suggested: target)
    said = []
    monkeypatch.setattr(workbook_export, "show_done", lambda parent, text: said.append(text))

    dialog = window.on_export_workbook()
    assert dialog.cohort.currentData() == cohort.id
    assert not dialog.private.isChecked()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert detect_kind(target) == ImportKind.WORKBOOK
    assert dialog.summary.cohort_code == cohort.code
    assert said and str(target) in said[0]
    assert private_text not in workbook_text(target)
    assert not list(target.parent.glob("*.tmp"))  # written atomically, nothing left over


def test_no_cohorts_nothing_to_export(start_app, db_path):
    _startup, window = start_app(db_path)
    dialog = window.on_export_workbook()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.message.text() == "Er zijn nog geen groepen."
    dialog.reject()


def test_private_notes_when_ticked(start_app, demo_template, tmp_path, monkeypatch):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    _startup, window = start_app(path)
    private_text = "Privé: afspraak met de schuldhulpverlening (uniek 4410)."
    with window.db.write() as session:
        note, cohort_id = session.execute(
            select(CoachingNote, Enrolment.cohort_id)
            .join(Enrolment, Enrolment.participant_id == CoachingNote.participant_id)
            .where(CoachingNote.private.is_(True))
        ).first()
        note.discussed = private_text
    target = tmp_path / "met-prive.xlsx"
    monkeypatch.setattr(workbook_export, "choose_path", lambda parent, suggested: target)
    monkeypatch.setattr(workbook_export, "show_done", lambda parent, text: None)
    dialog = workbook_export.WorkbookExportDialog(
        window.db, window.settings, window.tasks, cohort_id, window
    )
    dialog.private.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert private_text in workbook_text(target)
