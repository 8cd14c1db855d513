"""The one app-wide change broadcast (after any write, each view decides whether to refresh)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from werkfit_desktop.services.changes import Changes


class AppEvents(QObject):
    changed = Signal(object, object)
    """Data changed: (Changes, initiator object or None). A view may skip its own changes."""

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        self.changed.emit(changes, initiator)
