"""Settings → Logo on reports: the chosen image is scaled, stored, printed on the reports, and
the change can be undone."""

from __future__ import annotations

import io
import shutil

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QUndoStack

from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.reports.progress_sheet import build_progress_sheet
from werkfit_desktop.services import progress
from werkfit_desktop.services.organisations import organisation_logo, set_organisation_logo
from werkfit_desktop.services.profile import find_participant
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs import organisation_logo as logo_dialog
from werkfit_desktop.ui.events import AppEvents


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def dialog(demo, qtbot, dutch):
    stack = QUndoStack()
    widget = logo_dialog.OrganisationLogoDialog(demo, AppEvents(), stack)
    widget.stack = stack
    qtbot.addWidget(widget)
    return widget


def images_on_first_page(db) -> int:
    participant = find_participant(db, "D-000001")
    sheet = progress.progress_sheet_data(db, participant, progress.SheetOptions())
    buffer = io.BytesIO()
    build_progress_sheet(sheet, buffer)
    return len(PdfReader(io.BytesIO(buffer.getvalue())).pages[0].images)


def test_chosen_image_is_scaled_stored_printed_and_undoable(dialog, demo, tmp_path, monkeypatch):
    picture = QImage(1600, 600, QImage.Format.Format_RGB32)
    picture.fill(QColor("#2f6f8f"))
    path = tmp_path / "logo.jpg"
    assert picture.save(str(path), "JPG")
    monkeypatch.setattr(logo_dialog, "choose_image_path", lambda parent: path)
    monkeypatch.setattr(logo_dialog, "show_error", lambda parent, text: pytest.fail(text))
    # The demo prints reports on the organisation of the participant's cohort: set them all.
    without = images_on_first_page(demo)
    organisations = [dialog.organisation.itemData(i) for i in range(dialog.organisation.count())]
    assert dialog.remove_button.isEnabled() is False
    assert dialog.preview.text() == "Nog geen logo"
    for index in range(len(organisations)):
        dialog.organisation.setCurrentIndex(index)
        dialog.choose_button.click()

    stored = QImage.fromData(organisation_logo(demo, organisations[-1]))
    assert (stored.width(), stored.height()) == (800, 300)  # scaled down, aspect kept
    assert dialog.remove_button.isEnabled()
    assert not dialog.preview.pixmap().isNull()
    assert images_on_first_page(demo) == without + 1

    for _organisation in organisations:
        dialog.stack.undo()
    assert all(organisation_logo(demo, o) is None for o in organisations)
    assert images_on_first_page(demo) == without
    dialog.stack.redo()
    assert organisation_logo(demo, organisations[0]) is not None


def test_a_file_that_is_no_image_is_refused_in_dutch(dialog, demo, tmp_path, monkeypatch):
    path = tmp_path / "logo.png"
    path.write_text("dit is geen afbeelding", encoding="utf-8")
    errors = []
    monkeypatch.setattr(logo_dialog, "choose_image_path", lambda parent: path)
    monkeypatch.setattr(logo_dialog, "show_error", lambda parent, text: errors.append(text))
    dialog.choose_button.click()
    assert len(errors) == 1 and "geen afbeelding" in errors[0] and str(path) in errors[0]
    assert organisation_logo(demo, dialog.organisation_id()) is None
    assert dialog.stack.count() == 0


def test_the_service_accepts_only_png(demo):
    with pytest.raises(ValidationFailed) as refused:
        set_organisation_logo(demo, "any", b"GIF89a....")
    assert refused.value.errors[0].message() == "Het logo moet een PNG-afbeelding zijn."


def test_remove_button_takes_the_logo_off(dialog, demo):
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    assert dialog.set_logo(logo_dialog.logo_png_from_image(image))
    dialog.remove_button.click()
    assert organisation_logo(demo, dialog.organisation_id()) is None
    assert dialog.stack.count() == 2
