"""Saving a PDF the user asked for, the same way for every report: a suggested name in the
folder used last (this run) or Documents, written atomically, then opened in the system's
PDF viewer. Each report's module keeps its own `choose_save_path`, `open_pdf` and
`show_error` (with its own titles) so that tests can replace them, and hands them in here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from werkfit_desktop.files import safe_file_name, write_atomically

_last_folder: Path | None = None  # where the user saved a PDF last, during this run


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def pdf_name(text: str) -> str:
    """'Kandidaatprofiel Ayşe Yılmaz.pdf': no characters a file system refuses."""
    return safe_file_name(text) + ".pdf"


def ask_pdf_path(parent: QWidget | None, caption: str, suggested: Path) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(suggested),
        QCoreApplication.translate("PdfFiles", "PDF files (*.pdf)"),
    )
    return Path(name) if name else None


def open_in_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


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
            QCoreApplication.translate("PdfFiles", "The PDF cannot be saved as %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc)),
        )
        return None
    _last_folder = path.parent
    if not opener(path):
        error(
            parent,
            QCoreApplication.translate(
                "PdfFiles", "The PDF was saved as %1, but no PDF viewer could be opened."
            ).replace("%1", str(path)),
        )
    return path
