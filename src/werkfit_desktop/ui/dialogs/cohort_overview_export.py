"""Print the cohort overview: build the PDF, ask where to save it, write it atomically and
open it in the system's PDF viewer.

    export_cohort_overview(self, db, cohort_id)

`choose_save_path`, `open_pdf`, `show_error` and `show_warnings` are module functions so
that tests can replace them (no modal dialog is left open in a test). Characters the font
cannot print are listed by `show_warnings` after saving."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.cohort_overview import build_cohort_overview
from werkfit_desktop.services.cohort_overview import cohort_overview_data
from werkfit_desktop.ui.dialogs.pdf_files import (
    ask_pdf_path,
    default_folder,
    open_in_viewer,
    pdf_name,
    save_and_open,
)


def export_cohort_overview(
    parent: QWidget | None, db: Database, cohort_id: str, today: dt.date | None = None
) -> Path | None:
    """Build, save and open the overview; the saved path, or None when cancelled."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data = cohort_overview_data(db, cohort_id, today or dt.date.today())
        buffer = io.BytesIO()
        _pages, warnings = build_cohort_overview(data, buffer)
    except LookupError:
        data = None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if data is None:
        show_error(
            parent,
            QCoreApplication.translate(
                "CohortOverviewExport", "This cohort no longer exists; it may have been deleted."
            ),
        )
        return None
    name = QCoreApplication.translate("CohortOverviewExport", "Cohort overview %1").replace(
        "%1", data.code
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
    caption = QCoreApplication.translate("CohortOverviewExport", "Save cohort overview")
    return ask_pdf_path(parent, caption, suggested)


def open_pdf(path: Path) -> bool:
    return open_in_viewer(path)


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("CohortOverviewExport", "Cohort overview"), text
    )


def show_warnings(parent: QWidget | None, warnings: list[str]) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("CohortOverviewExport", "Cohort overview"),
        "\n".join(warnings),
    )
