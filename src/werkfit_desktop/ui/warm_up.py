"""Loading SQLAlchemy and our models after the main window shows (a deferred database).

The participant list is read with plain SQL, so the window shows without the ORM; the real
`Database` is made on a thread of its own right after. Until it is there, the user can
type in the search field and scroll the list; any other input (a click on a participant,
a menu, a shortcut, closing the window) first waits for it, so nothing else imports the
same modules at the same time on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QScrollBar

START_AT_THE_LATEST_MS = 300

_HELD = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.ContextMenu,
        QEvent.Type.Close,
        QEvent.Type.Drop,
    }
)
_EDITING_KEYS = frozenset(
    {
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    }
)


_running: list[WarmUp] = []


def settle() -> None:
    """Wait for a running warm-up, if any: called before code on the GUI thread imports
    the modules under the ORM (building an area or a tab, the participant services)."""
    for warm_up in list(_running):
        warm_up.wait()


class WarmUp(QObject):
    """Makes `db.realize()` on a thread; `done` (on the GUI thread) when it is there."""

    done = Signal()

    def __init__(self, db, window) -> None:
        super().__init__(window)
        self.db = db
        self.search: QLineEdit = window.participants.search
        self.table: QAbstractScrollArea = window.participants.table
        self.finished = False
        self.error: BaseException | None = None
        self.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        QApplication.instance().installEventFilter(self)
        self._thread = threading.Thread(target=self._run, name="werkfit-warm-up", daemon=True)
        # Started once the list has painted (the thread would slow the first paint down),
        # or after a moment when no paint comes (a window that is not exposed).
        QTimer.singleShot(START_AT_THE_LATEST_MS, self.start)

    def start(self) -> None:
        if not self._thread.is_alive() and not self.finished and self._thread.ident is None:
            _running.append(self)
            self._thread.start()

    def _run(self) -> None:
        try:
            self.db.realize()
        except BaseException as exc:  # made again, and said, on the first real use
            self.error = exc
        self.done.emit()

    def _on_done(self) -> None:
        self.finished = True
        if self in _running:
            _running.remove(self)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def wait(self) -> None:
        """Until the Database is made (or failed); at once when it was never started."""
        if self._thread.ident is not None:
            self._thread.join()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _HELD and self._thread.is_alive() and not self._free(watched, event):
            self._thread.join()
        return False  # never eaten: it goes on once the database is there

    def _free(self, watched: QObject, event: QEvent) -> bool:
        """Typing in the search field and scrolling the list need only plain SQL."""
        if isinstance(watched, QScrollBar):
            return True
        if watched is self.search and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            text = event.text()
            no_modifier = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            return (bool(text) and text.isprintable() and no_modifier) or (
                event.key() in _EDITING_KEYS
            )
        return False
