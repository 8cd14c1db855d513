"""The 'Export...' button every list has: asks where to save (an Excel workbook or a CSV file
for Dutch Excel), writes the list atomically, remembers the folder and the format, and says
in the status bar where the file went.

    self.export_button = ExportButton(self.export_table, settings, self)

`export_table()` returns a `Table` (services/exporting/tables.py) with the columns the user
sees; `as_shown(table_view, table)` drops the columns the view hides and follows the order
the user dragged them into. Without `settings` the button uses the nearest parent widget's
`settings` attribute (the areas have one), else remembers the folder for this run only.

`choose_export_path`, `show_export_error` and `show_exported` are module functions so that
tests can replace them (no modal dialog is left open in a test)."""

from __future__ import annotations

import datetime as dt
import errno
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolTip,
    QWidget,
)

from werkfit_desktop.services.exporting.tables import CSV, SUFFIXES, XLSX, Table, write_table
from werkfit_desktop.ui.settings import Settings

FOLDER_KEY = "export/folder"
SUFFIX_KEY = "export/suffix"
SHORTCUT = "Ctrl+E"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_last_folder: Path | None = None  # without settings: where the user saved last, this run


class ExportButton(QPushButton):
    exported = Signal(str)
    """The list was saved (the file's path)."""

    def __init__(
        self,
        table: Callable[[], Table],
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._table, self._settings = table, settings
        self.setText(self.tr("E&xport..."))
        self.setToolTip(self.tr("Save this list as an Excel workbook or a CSV file (Ctrl+E)"))
        # A button's shortcut works only while the button is on screen: each area has its own.
        self.setShortcut(QKeySequence(SHORTCUT))
        self.clicked.connect(self.export)

    def export(self) -> Path | None:
        """Ask where, write the list there; the saved path, or None (cancelled or failed)."""
        table = self._table()
        settings = self.settings()
        suffix = _remembered_suffix(settings)
        name = f"{table.title} {dt.date.today().strftime('%d-%m-%Y')}"
        chosen = choose_export_path(self, _folder(settings) / (safe_filename(name) + suffix))
        if chosen is None:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in SUFFIXES:
            path = path.with_name(path.name + suffix)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_table(path, table.title, table.columns, table.rows)
        except OSError as exc:
            failure: OSError | None = exc
        else:
            failure = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            show_export_error(self, error_text(path, failure))
            return None
        _remember(settings, path)
        show_exported(
            self,
            self.tr("%n row(s) saved in %1", "", len(table.rows)).replace("%1", str(path)),
        )
        self.exported.emit(str(path))
        return path

    def settings(self) -> Settings | None:
        if self._settings is not None:
            return self._settings
        widget = self.parentWidget()
        while widget is not None:
            found = getattr(widget, "settings", None)
            if isinstance(found, Settings):
                return found
            widget = widget.parentWidget()
        return None


def as_shown(view: QTableView, table: Table) -> Table:
    """The table with the view's hidden columns left out, in the order the view shows them
    (column n of the table is column n of the view's model)."""
    header = view.horizontalHeader()
    order = [header.logicalIndex(visual) for visual in range(header.count())]
    keep = [c for c in order if 0 <= c < len(table.columns) and not view.isColumnHidden(c)]
    if keep == list(range(len(table.columns))):
        return table
    return Table(
        table.title,
        [table.columns[c] for c in keep],
        [tuple(row[c] for c in keep) for row in table.rows],
    )


def safe_filename(name: str) -> str:
    return _UNSAFE.sub("-", name).strip(" .") or "export"


def error_text(path: Path, exc: OSError) -> str:
    """What went wrong, where, and what the user can do about it."""
    where = str(path)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        text = QCoreApplication.translate(
            "TableExport",
            "There is not enough free space to save %1. Free some space or choose another place.",
        )
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = QCoreApplication.translate(
            "TableExport",
            "You may not write %1. If the file is open in Excel, close it first; "
            "otherwise choose another folder.",
        )
    elif isinstance(exc, FileNotFoundError):
        where = str(path.parent)
        text = QCoreApplication.translate(
            "TableExport", "The folder %1 does not exist. Choose another folder."
        )
    else:
        return (
            QCoreApplication.translate("TableExport", "The list cannot be saved as %1: %2")
            .replace("%1", where)
            .replace("%2", exc.strerror or str(exc))
        )
    return text.replace("%1", where)


def _folder(settings: Settings | None) -> Path:
    stored = settings.value(FOLDER_KEY) if settings is not None else _last_folder
    if stored and Path(str(stored)).is_dir():
        return Path(str(stored))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _remembered_suffix(settings: Settings | None) -> str:
    stored = settings.value(SUFFIX_KEY) if settings is not None else None
    return stored if stored in SUFFIXES else XLSX


def _remember(settings: Settings | None, path: Path) -> None:
    global _last_folder
    _last_folder = path.parent
    if settings is not None:
        settings.set_value(FOLDER_KEY, str(path.parent))
        settings.set_value(SUFFIX_KEY, path.suffix.lower())


# overridable (tests replace these) -------------------------------------------------------
def choose_export_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """The save dialog; the chosen path with .xlsx or .csv, or None when cancelled."""
    filters = {
        XLSX: QCoreApplication.translate("TableExport", "Excel workbook (*.xlsx)"),
        CSV: QCoreApplication.translate("TableExport", "CSV (semicolon, Excel) (*.csv)"),
    }
    name, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TableExport", "Export list"),
        str(suggested),
        ";;".join(filters.values()),
        filters.get(suggested.suffix.lower(), filters[XLSX]),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in SUFFIXES:
        suffix = CSV if chosen_filter == filters[CSV] else XLSX
        path = path.with_name(path.name + suffix)
    return path


def show_export_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("TableExport", "Export"), text)


def show_exported(parent: QWidget | None, text: str) -> None:
    """A short confirmation in the main window's status bar (a tooltip elsewhere)."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        bar = window.statusBar()
        before = bar.currentMessage()
        bar.showMessage(text)

        def restore() -> None:
            if bar.currentMessage() == text:
                bar.showMessage(before)

        QTimer.singleShot(10_000, bar, restore)
    elif parent is not None:
        QToolTip.showText(parent.mapToGlobal(parent.rect().bottomLeft()), text, parent)
