"""Print the employer profile (kandidaatprofiel) of a participant: build the PDF, ask where
to save it, write it atomically (a temporary file in the same folder, then os.replace) and
open it in the system's PDF viewer. Without the participant's consent the user is told why
there is no profile.

    export_employer_profile(self, db, participant_id)

`choose_save_path`, `open_pdf`, `show_error` and `show_warnings` are module functions so
that tests can replace them (no modal dialog is left open in a test). Characters the font
cannot print are listed by `show_warnings` after saving."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.employer_profile import build_employer_profile
from werkfit_desktop.services.profile import employer_profile_data
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.pdf_files import (
    ask_pdf_path,
    default_folder,
    open_in_viewer,
    pdf_name,
    save_and_open,
)


def export_employer_profile(
    parent: QWidget | None, db: Database, participant_id: str
) -> Path | None:
    """Build, save and open the profile; the saved path, or None when cancelled or refused."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        profile = employer_profile_data(db, participant_id)
        buffer = io.BytesIO()
        _pages, warnings = build_employer_profile(profile, buffer)
    except ValidationFailed as failed:
        message = "\n".join(e.message(QCoreApplication.translate) for e in failed.errors)
    else:
        message = None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if message is not None:
        hint = QCoreApplication.translate(
            "ProfileExport",
            "Record the consent (with its date) on the participant's details first.",
        )
        show_error(parent, message + "\n\n" + hint)
        return None
    name = QCoreApplication.translate("ProfileExport", "Candidate profile %1").replace(
        "%1", profile.name
    )
    suggested = default_folder() / pdf_name(name)
    path = save_and_open(
        parent, buffer.getvalue(), suggested, choose_save_path, open_pdf, show_error
    )
    if path is not None and warnings:
        show_warnings(parent, warnings)
    return path


# overridable (tests replace these) -------------------------------------------------------
def choose_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    caption = QCoreApplication.translate("ProfileExport", "Save candidate profile")
    return ask_pdf_path(parent, caption, suggested)


def open_pdf(path: Path) -> bool:
    return open_in_viewer(path)


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("ProfileExport", "Candidate profile"), text
    )


def show_warnings(parent: QWidget | None, warnings: list[str]) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ProfileExport", "Candidate profile"),
        "\n".join(warnings),
    )
