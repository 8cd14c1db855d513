"""Undo for the certificate writes: the write happens first (so a refusal shows in the
dialog and nothing lands on the undo stack), then a command that can undo and redo it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from werkfit_desktop.services import certificates as service
from werkfit_desktop.services import documents
from werkfit_desktop.services.changes import Changes


class DoneCommand(QUndoCommand):
    """`undo_fn()` and `redo_fn()` each return the Changes they made; `publish` sends them.
    The first redo (QUndoStack.push) is the write that already happened."""

    def __init__(
        self,
        text: str,
        publish: Callable[[Changes], None],
        undo_fn: Callable[[], Changes],
        redo_fn: Callable[[], Changes],
    ) -> None:
        super().__init__(text)
        self._publish, self._undo, self._redo = publish, undo_fn, redo_fn
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._publish(self._redo())

    def undo(self) -> None:
        self._publish(self._undo())


class CertificateActions:
    """Record / edit / delete a certificate and attach or open its diploma scan, with undo,
    shared by the overview and the participant page. Dialogs are shown through
    `run_dialog(dialog) -> bool` and files chosen through `choose_file()`, so tests can
    answer them."""

    def __init__(self, owner, db, events, undo_stack) -> None:
        self.owner, self.db, self.events, self.undo_stack = owner, db, events, undo_stack

    def publish(self, changes: Changes) -> None:
        self.events.publish(changes, None)

    def editor(self, certificate_id: str | None = None, participant=None):
        from werkfit_desktop.ui.dialogs.certificate_editor import CertificateEditor

        if certificate_id is None:
            return CertificateEditor(
                self.db,
                lambda v: service.record_certificate(self.db, v[0], v[1]),
                participant=participant,
                parent=self.owner,
            )
        before = service.get_certificate(self.db, certificate_id)
        return CertificateEditor(
            self.db,
            lambda v: service.update_certificate(self.db, certificate_id, v[1]),
            certificate=before,
            parent=self.owner,
        )

    def finish_record(self, dialog) -> str | None:
        """After the editor for a new certificate was accepted: publish and push undo."""
        if dialog.result_value is None:
            return None
        certificate_id, changes = dialog.result_value
        self.publish(changes)
        self.undo_stack.push(
            DoneCommand(
                QCoreApplication.translate("CertificateActions", "Record exam"),
                self.publish,
                lambda: service.set_certificate_deleted(self.db, certificate_id, True),
                lambda: service.set_certificate_deleted(self.db, certificate_id, False),
            )
        )
        return certificate_id

    def record(self, run_dialog, participant=None) -> str | None:
        dialog = self.editor(None, participant)
        if not run_dialog(dialog):
            return None
        return self.finish_record(dialog)

    def edit(self, run_dialog, certificate_id: str) -> bool:
        before = service.get_certificate(self.db, certificate_id).data
        dialog = self.editor(certificate_id)
        if not run_dialog(dialog) or dialog.result_value is None:
            return False
        after = dialog.collect()[0][1]
        self.publish(dialog.result_value)
        self.undo_stack.push(
            DoneCommand(
                QCoreApplication.translate("CertificateActions", "Change exam"),
                self.publish,
                lambda: service.update_certificate(self.db, certificate_id, before),
                lambda: service.update_certificate(self.db, certificate_id, after),
            )
        )
        return True

    def delete(self, certificate_id: str) -> None:
        self.publish(service.set_certificate_deleted(self.db, certificate_id, True))
        self.undo_stack.push(
            DoneCommand(
                QCoreApplication.translate("CertificateActions", "Delete exam"),
                self.publish,
                lambda: service.set_certificate_deleted(self.db, certificate_id, False),
                lambda: service.set_certificate_deleted(self.db, certificate_id, True),
            )
        )

    def attach_scan(self, certificate_id: str, path: Path) -> str | None:
        """Store the file; a refusal is returned by raising ValidationFailed."""
        document_id, changes = documents.attach_certificate_scan(self.db, certificate_id, path)
        self.publish(changes)
        self.undo_stack.push(
            DoneCommand(
                QCoreApplication.translate("CertificateActions", "Add diploma scan"),
                self.publish,
                lambda: documents.remove_certificate_scan(self.db, document_id),
                lambda: documents.restore_certificate_scan(self.db, document_id),
            )
        )
        return document_id

    def scan_file(self, certificate_id: str) -> Path | None:
        """The newest scan written to a private temporary file (to open it), or None."""
        scans = documents.list_certificate_scans(self.db, certificate_id)
        if not scans:
            return None
        filename, _mime, content = documents.document_bytes(self.db, scans[-1].id)
        folder = Path(tempfile.gettempdir()) / "werkfit-scans" / scans[-1].id
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (Path(filename).name or "scan")
        path.write_bytes(content)
        return path
