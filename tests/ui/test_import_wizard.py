"""Bestand → Importeren...: the wizard walked on real files, through the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from werkfit_desktop.services.participants import search_participants
from werkfit_desktop.ui.dialogs import import_pages

HEADER = "voornaam;tussenvoegsel;achternaam;geboortedatum;gemeente;e-mail\r\n"
ROWS = (
    "Ayşe;;Yılmaz;03-02-1990;Zwolle;ayse@example.org\r\n"
    "Łukasz;;Wróbel;17-11-1985;Deventer;\r\n"
    "Hoa;;Nguyễn Thị;01-07-2001;Kampen;\r\n"
)


def write_csv(path, text):
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    return path


def open_wizard(window, path, monkeypatch):
    monkeypatch.setattr(import_pages, "choose_file", lambda parent, folder: path)
    wizard = window.on_import()
    page = wizard.choose_page
    page.on_browse()
    return wizard


def test_walk_the_wizard_on_a_participants_csv(start_app, db_path, tmp_path, monkeypatch, qtbot):
    _startup, window = start_app(db_path)
    window.show_area("participants")
    path = write_csv(
        tmp_path / "aanmeldingen.csv", HEADER + ROWS + "Bram;van den;Berg;;Zwolle;\r\n"
    )
    wizard = open_wizard(window, path, monkeypatch)
    page = wizard.choose_page
    assert page.detected.text() == "Herkend als: Deelnemers"
    assert wizard.kind.value == "participants"
    assert not page.cohort_combo.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    wizard.next()  # → check
    check = wizard.check_page
    assert wizard.currentPage() is check
    assert check.summary.text().startswith("4 rijen gelezen: 4 nieuw")
    assert "Geen problemen gevonden." in check.summary.text()
    assert "Ayşe Yılmaz" in check.details.toPlainText()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled() and commit.text() == "&Importeren"
    assert search_participants(window.db, "Yılmaz") == []  # nothing written before Import

    commit.click()
    done = wizard.done_page
    assert wizard.currentPage() is done
    assert done.message.text().startswith("Geïmporteerd: 4 nieuw, 0 bijgewerkt, 0 overgeslagen.\n")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    names = [
        window.participants.model.data(window.participants.model.index(row, 1))
        for row in range(window.participants.model.rowCount())
    ]
    for expected in ("Yılmaz, Ayşe", "Wróbel, Łukasz", "Nguyễn Thị, Hoa", "Berg, Bram van den"):
        assert any(expected in str(name) for name in names), (expected, names)
    ayse = search_participants(window.db, "Yılmaz")[0]
    assert ayse.date_of_birth.isoformat() == "1990-02-03"  # day first, always


def test_a_bad_row_is_shown_with_its_row_and_column_and_blocks_all_or_nothing(
    start_app, db_path, tmp_path, monkeypatch
):
    _startup, window = start_app(db_path)
    path = write_csv(tmp_path / "lijst.csv", HEADER + ROWS + "Piet;;Jansen;31-02-1990;Zwolle;\r\n")
    wizard = open_wizard(window, path, monkeypatch)
    wizard.next()
    check = wizard.check_page
    assert check.problems.rowCount() == 1
    assert check.problems.item(0, 0).text() == "rij 5"
    assert check.problems.item(0, 1).text() == "geboortedatum"
    assert "31-02-1990" in check.problems.item(0, 2).text()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert check.all_radio.isChecked() and not commit.isEnabled()

    check.skip_radio.setChecked(True)  # everything except the rows listed as wrong
    assert commit.isEnabled()
    commit.click()
    assert wizard.done_page.message.text().startswith("Geïmporteerd: 3 nieuw")
    assert "Niet geïmporteerd vanwege een probleem: rij 5" in wizard.done_page.message.text()
    assert search_participants(window.db, "Jansen") == []
    assert len(search_participants(window.db)) == 3


def test_a_file_that_is_no_spreadsheet_explains_itself(start_app, db_path, tmp_path, monkeypatch):
    _startup, window = start_app(db_path)
    path = tmp_path / "foto.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    wizard = open_wizard(window, path, monkeypatch)
    page = wizard.choose_page
    assert "kies zelf" in page.detected.text()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("participants"))
    wizard.next()
    check = wizard.check_page
    assert check.problems.rowCount() == 1
    assert check.problems.item(0, 0).text() == "hele bestand"
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert search_participants(window.db) == []


def test_attendance_asks_for_the_cohort_and_module(start_app, db_path, tmp_path, monkeypatch):
    _startup, window = start_app(db_path)
    path = write_csv(
        tmp_path / "presentie.csv", "deelnemer;10-02-2026;11-02-2026\r\nD-000001;A;L15\r\n"
    )
    wizard = open_wizard(window, path, monkeypatch)
    page = wizard.choose_page
    assert wizard.kind.value == "attendance"
    assert page.cohort_combo.isVisibleTo(wizard) and page.module_combo.isVisibleTo(wizard)
    # An empty database has no cohort to put the marks in: the wizard cannot go on.
    assert page.cohort_combo.count() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_template_is_saved_for_the_chosen_kind(start_app, db_path, tmp_path, monkeypatch):
    _startup, window = start_app(db_path)
    monkeypatch.setattr(import_pages, "choose_file", lambda parent, folder: None)
    wizard = window.on_import()
    page = wizard.choose_page
    assert not page.template_button.isEnabled()  # nothing chosen yet
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("participants"))
    target = tmp_path / "sjabloon.xlsx"
    monkeypatch.setattr(import_pages, "choose_template_path", lambda parent, suggested: target)
    page.template_button.click()
    from werkfit_desktop.services.importing import ImportKind, detect_kind

    assert detect_kind(target) == ImportKind.PARTICIPANTS
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.reject()


def test_a_backup_is_made_before_the_import(start_app, db_path, tmp_path, monkeypatch):
    from werkfit_desktop.persistence.backup import list_backups
    from werkfit_desktop.services.backups import backup_summaries

    _startup, window = start_app(db_path)
    path = write_csv(tmp_path / "aanmeldingen.csv", HEADER + ROWS)
    wizard = open_wizard(window, path, monkeypatch)
    wizard.next()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    backups = [b for b in list_backups(db_path) if b.reason == "import"]
    assert len(backups) == 1
    assert str(backups[0].path) in wizard.done_page.message.text()
    summary = next(s for s in backup_summaries(db_path) if s.path == backups[0].path)
    assert summary.participants == 0  # the state before the import
    assert len(search_participants(window.db)) == 3
