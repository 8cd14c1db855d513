"""Print a sign-in sheet: build the PDF of one session or of a cohort's week, ask where to
save it (the Documents folder, a name that says what it is), write it and open it in the
system's PDF viewer.

    export_signin_sheet(self, db, session_id=session_id)
    export_signin_sheet(self, db, cohort_id=cohort_id, week=(2026, 7))

`choose_save_path`, `open_pdf`, `show_error` and `show_warnings` are module functions so
that tests can replace them (no modal dialog is left open in a test). Characters the font
cannot print are listed by `show_warnings` after saving."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.signin_sheet import SigninSheet, build_signin_sheet
from werkfit_desktop.services import signin
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.pdf_files import (
    ask_pdf_path,
    default_folder,
    open_in_viewer,
    pdf_name,
    save_and_open,
)


def suggested_filename(sheet: SigninSheet) -> str:
    """'Presentielijst WF-INST-2026-1 week 7 2026.pdf' or '... 09-02-2026.pdf'."""
    if sheet.week is not None:
        name = (
            QCoreApplication.translate("SigninExport", "Sign-in sheet %1 week %2 %3")
            .replace("%1", sheet.cohort_code)
            .replace("%2", str(sheet.week[1]))
            .replace("%3", str(sheet.week[0]))
        )
    else:
        day = sheet.days[0].date if sheet.days else None
        name = (
            QCoreApplication.translate("SigninExport", "Sign-in sheet %1 %2")
            .replace("%1", sheet.cohort_code)
            .replace("%2", format_date(day))
        )
    return pdf_name(name)


def export_signin_sheet(
    parent: QWidget | None,
    db: Database,
    *,
    session_id: str | None = None,
    cohort_id: str | None = None,
    week: tuple[int, int] | None = None,
) -> Path | None:
    """Build, save and open the sheet; the saved path, or None when cancelled or refused."""
    if session_id is None and (cohort_id is None or week is None):
        raise ValueError("export_signin_sheet needs a session_id, or a cohort_id and a week")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if session_id is not None:
            sheet = signin.signin_sheet_for_session(db, session_id)
        else:
            sheet = signin.signin_sheet_for_week(db, cohort_id, week[0], week[1])
        buffer = io.BytesIO()
        _pages, warnings = build_signin_sheet(sheet, buffer)
    except ValidationFailed as failed:
        error = "\n".join(e.message(QCoreApplication.translate) for e in failed.errors)
    else:
        error = None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if error is not None:
        show_error(parent, error)
        return None

    path = save_and_open(
        parent,
        buffer.getvalue(),
        default_folder() / suggested_filename(sheet),
        choose_save_path,
        open_pdf,
        show_error,
    )
    if path is not None and warnings:
        show_warnings(parent, warnings)
    return path


# overridable (tests replace these) -------------------------------------------------------
def choose_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    caption = QCoreApplication.translate("SigninExport", "Save sign-in sheet")
    return ask_pdf_path(parent, caption, suggested)


def open_pdf(path: Path) -> bool:
    return open_in_viewer(path)


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("SigninExport", "Sign-in sheet"), text)


def show_warnings(parent: QWidget | None, warnings: list[str]) -> None:
    QMessageBox.information(
        parent, QCoreApplication.translate("SigninExport", "Sign-in sheet"), "\n".join(warnings)
    )
