"""The scans of a session's signed sign-in sheet: attach, open again, remove (undoable).

Embedded in the attendance register and the planning view:

    documents = SessionDocumentsWidget(db, events, undo_stack, parent)
    documents.set_session(session_id)   # None: no session chosen

The file chooser, the system viewer and the error message go through `choose_file`,
`open_file` and `show_error`, so tests can replace them."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import documents as service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_date, format_number

_SCAN_FOLDER = "werkfit-scans"


def size_text(size: int) -> str:
    """'850 kB', '1,2 MB' in the user's number format."""
    if size < 1024 * 1024:
        return f"{format_number(max(1, round(size / 1024)))} kB"
    return f"{format_number(size / (1024 * 1024), 1)} MB"


class AttachScan(QUndoCommand):
    """Undo takes the attached file away again (a tombstone); redo brings it back."""

    def __init__(self, widget: SessionDocumentsWidget, document_id: str, text: str) -> None:
        super().__init__(text)
        self._widget, self._id, self._done = widget, document_id, True

    def redo(self) -> None:
        if self._done:  # the first redo is the attach that already happened
            self._done = False
            return
        self._widget.publish(service.restore_document(self._widget.db, self._id))

    def undo(self) -> None:
        self._widget.publish(service.remove_document(self._widget.db, self._id))


class RemoveScan(QUndoCommand):
    def __init__(self, widget: SessionDocumentsWidget, document_id: str, text: str) -> None:
        super().__init__(text)
        self._widget, self._id, self._done = widget, document_id, True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._widget.publish(service.remove_document(self._widget.db, self._id))

    def undo(self) -> None:
        self._widget.publish(service.restore_document(self._widget.db, self._id))


class SessionDocumentsWidget(QWidget):
    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack = db, events, undo_stack
        self.session_id: str | None = None
        self.documents: list[service.DocumentInfo] = []

        self.title = QLabel(self.tr("Signed sign-in sheet"))
        self.title.setObjectName("sectionTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._set_buttons())
        self.list.setAccessibleName(self.tr("Attached scans"))
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.add_button = QPushButton(self.tr("Add scan..."))
        self.add_button.setToolTip(
            self.tr("Attach the scanned, signed sign-in sheet (PDF or image, at most 20 MB)")
        )
        self.add_button.clicked.connect(self.add_scan)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the scan in the system viewer (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the scan (Delete; Ctrl+Z brings it back)"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.events.changed.connect(self.on_data_changed)
        self.refresh()

    # data ----------------------------------------------------------------------------
    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        current = self.current_document_id()
        self.documents = service.list_documents(self.db, self.session_id) if self.session_id else []
        self.list.clear()
        for document in self.documents:
            item = QListWidgetItem(self._describe(document))
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setToolTip(document.filename)
            self.list.addItem(item)
        if self.documents:
            ids = [d.id for d in self.documents]
            self.list.setCurrentRow(ids.index(current) if current in ids else len(ids) - 1)
        elif self.session_id is None:
            self.empty_label.setText(self.tr("Choose a session to see its scans."))
        else:
            self.empty_label.setText(
                self.tr(
                    "No scan attached yet. After the session, have the sheet signed and "
                    "attach the scan with 'Add scan...'."
                )
            )
        self.list.setVisible(bool(self.documents))
        self.empty_label.setVisible(not self.documents)
        self._set_buttons()

    def _describe(self, document: service.DocumentInfo) -> str:
        added = document.created_at.astimezone().date()
        text = (
            self.tr("%1 · %2 · added %3")
            .replace("%1", document.filename)
            .replace("%2", size_text(document.size_bytes))
            .replace("%3", format_date(added))
        )
        if document.signed_by_trainer_on:
            text += " · " + self.tr("signed by the trainer on %1").replace(
                "%1", format_date(document.signed_by_trainer_on)
            )
        return text

    def _set_buttons(self) -> None:
        has_session = self.session_id is not None
        selected = self.current_document_id() is not None
        self.add_button.setEnabled(has_session)
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def current_document_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def publish(self, changes: Changes) -> None:
        self.events.publish(changes, self)

    def on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if self.session_id is None or not changes.touches("documents", "sessions"):
            return
        if (
            changes.everything
            or self.session_id in changes.documents
            or self.session_id in changes.sessions
        ):
            self.refresh()

    # actions -------------------------------------------------------------------------
    def add_scan(self) -> None:
        if self.session_id is None:
            return
        path = self.choose_file()
        if path is None:
            return
        try:
            document_id, changes = service.attach_document(self.db, self.session_id, path)
        except ValidationFailed as failed:
            self.show_error("\n".join(e.message(QCoreApplication.translate) for e in failed.errors))
            return
        self.undo_stack.push(AttachScan(self, document_id, self.tr("Attach scan")))
        self.publish(changes)
        self._select(document_id)

    def open_selected(self) -> None:
        document_id = self.current_document_id()
        if document_id is None:
            return
        filename, _mime, content = service.document_bytes(self.db, document_id)
        folder = Path(tempfile.gettempdir()) / _SCAN_FOLDER / document_id
        path = folder / (Path(filename).name or "scan")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        except OSError as exc:
            self.show_error(
                self.tr("The scan cannot be put in a temporary file to open it: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return
        if not self.open_file(path):
            self.show_error(
                self.tr("No program was found to open %1. It was saved as %2.")
                .replace("%1", filename)
                .replace("%2", str(path))
            )

    def remove_selected(self) -> None:
        document_id = self.current_document_id()
        if document_id is None:
            return
        changes = service.remove_document(self.db, document_id)
        self.undo_stack.push(RemoveScan(self, document_id, self.tr("Remove scan")))
        self.publish(changes)

    def _select(self, document_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == document_id:
                self.list.setCurrentRow(row)
                return

    # overridable (tests replace these) -----------------------------------------------
    def choose_file(self) -> Path | None:
        """Ask for the scan to attach."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the signed sign-in sheet"),
            "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )
        return Path(name) if name else None

    def open_file(self, path: Path) -> bool:
        """Open a file in the program the system uses for it."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Signed sign-in sheet"), text)


def remove_opened_scans() -> None:
    """Delete the copies of scans opened in the system viewer (they hold signatures: personal
    data that must not linger in the temp folder). Called when the app starts and quits;
    a copy still open in a viewer on Windows is left for the next time."""
    import shutil

    shutil.rmtree(Path(tempfile.gettempdir()) / _SCAN_FOLDER, ignore_errors=True)
