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
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from werkfit_desktop.files import write_atomically
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.employer_profile import build_employer_profile
from werkfit_desktop.services.profile import employer_profile_data
from werkfit_desktop.services.validation import ValidationFailed

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_last_folder: Path | None = None  # where the user saved last, during this run


def safe_filename(name: str) -> str:
    return _UNSAFE.sub("-", name).strip() + ".pdf"


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def save_and_open(
    parent: QWidget | None,
    content: bytes,
    suggested: Path,
    choose: Callable[[QWidget | None, Path], Path | None],
    opener: Callable[[Path], bool],
    error: Callable[[QWidget | None, str], None],
) -> Path | None:
    """Ask for the path, write the PDF there and open it; the path, or None."""
    global _last_folder
    chosen = choose(parent, suggested)
    if chosen is None:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_atomically(path, content)
    except OSError as exc:
        error(
            parent,
            QCoreApplication.translate("ProfileExport", "The PDF cannot be saved as %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc)),
        )
        return None
    _last_folder = path.parent
    if not opener(path):
        error(
            parent,
            QCoreApplication.translate(
                "ProfileExport", "The PDF was saved as %1, but no PDF viewer could be opened."
            ).replace("%1", str(path)),
        )
    return path


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
    suggested = default_folder() / safe_filename(name)
    path = save_and_open(
        parent, buffer.getvalue(), suggested, choose_save_path, open_pdf, show_error
    )
    if path is not None and warnings:
        show_warnings(parent, warnings)
    return path


# overridable (tests replace these) -------------------------------------------------------
def choose_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ProfileExport", "Save candidate profile"),
        str(suggested),
        QCoreApplication.translate("ProfileExport", "PDF files (*.pdf)"),
    )
    return Path(name) if name else None


def open_pdf(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


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
