"""A participant's timeline: everything that happened, newest first, with a checkbox per
kind of event and a colour and symbol per kind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.timeline import EventKind, timeline
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_date, tr
from werkfit_desktop.ui.labels_coaching import KIND_COLOURS, KIND_SYMBOLS, coaching_label
from werkfit_desktop.ui.settings import Settings

_KINDS = {
    "participants",
    "enrolments",
    "attendance",
    "certificates",
    "placement_days",
    "outcomes",
    "notes",
}


class ParticipantTimelineWidget(QWidget):
    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack, self.settings = db, events, undo_stack, settings
        self.participant_id: str | None = None
        layout = QVBoxLayout(self)
        filters = QGridLayout()
        self.checks: dict[EventKind, QCheckBox] = {}
        for number, kind in enumerate(EventKind):
            box = QCheckBox(f"{KIND_SYMBOLS[kind]} {coaching_label(kind)}")
            box.setChecked(True)
            box.setStyleSheet(f"color: {KIND_COLOURS[kind]};")
            box.toggled.connect(self.refresh)
            filters.addWidget(box, number // 3, number % 3)
            self.checks[kind] = box
        filters.setColumnStretch(4, 1)
        layout.addLayout(filters)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Details")])
        self.tree.setColumnWidth(0, 95)
        self.tree.setColumnWidth(1, 380)
        self.tree.setWordWrap(True)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        events.changed.connect(self.on_data_changed)
        self.refresh()

    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        self.refresh()

    def kinds(self) -> set[EventKind]:
        return {kind for kind, box in self.checks.items() if box.isChecked()}

    def refresh(self) -> None:
        self.tree.clear()
        if self.participant_id is None:
            self._empty(self.tr("Choose a participant to see their timeline."))
            return
        try:
            rows = timeline(self.db, self.participant_id, self.kinds())
        except LookupError:  # the participant was put in the bin meanwhile
            self.participant_id = None
            self._empty(self.tr("Choose a participant to see their timeline."))
            return
        for event in rows:
            title = event.title(tr)
            if event.private:
                title += " " + self.tr("(private)")
            item = QTreeWidgetItem(
                [format_date(event.day), f"{KIND_SYMBOLS[event.kind]}  {title}", event.detail]
            )
            item.setForeground(1, QBrush(QColor(KIND_COLOURS[event.kind])))
            item.setToolTip(2, event.detail)
            item.setData(0, Qt.ItemDataRole.UserRole, event.kind.value)
            self.tree.addTopLevelItem(item)
        if rows:
            self.empty.hide()
            self.tree.show()
        elif self.kinds():
            self._empty(self.tr("Nothing of these kinds yet."))
        else:
            self._empty(self.tr("Tick one or more kinds above to see events."))

    def _empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()
        self.tree.setVisible(self.participant_id is not None)

    def on_data_changed(self, changes: Changes, initiator: object) -> None:
        if self.participant_id and changes.touches(*_KINDS):
            self.refresh()
