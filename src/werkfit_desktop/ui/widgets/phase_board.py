"""The phase board of a cohort: the phases as columns, the participants as cards with who
has the lead (regie) and how long they are in the phase. A card whose phase has no owner
stands out. Arrow keys move between cards; Enter or F2 changes the phase (a dialog); a card
dragged to another column opens that dialog preset to the column's phase; double-click
opens the participant."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.enums import Phase
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import phases as service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.phases import PhaseCard
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.cohort_forms import translate_error
from werkfit_desktop.ui.dialogs.phase_change import PhaseChangeDialog, PhaseRequest
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.item_models.cohorts import cohort_label
from werkfit_desktop.ui.settings import Settings
from werkfit_desktop.ui.views.cohort_commands import WriteCommand

MIME = "application/x-werkfit-enrolment"
COLUMN_MIN_WIDTH = 184
COLUMN_MAX_WIDTH = 280
EMPTY_COLUMN_WIDTH = 120
DROPPED_OUT = "dropped_out"  # the key of the dropout lane

STYLE = """
QFrame#phaseColumn { background: #f1f4f6; border-radius: 6px; }
QFrame#phaseColumn[dropTarget="true"] { background: #dde9f3; }
QLabel#phaseHeader { font-weight: 600; color: #33414a; padding: 2px 2px 4px 2px; }
QFrame#phaseCard { background: white; border: 1px solid #c9d3da; border-radius: 6px; }
QFrame#phaseCard[noLead="true"] { border: 2px solid #c62828; background: #fff6f6; }
QFrame#phaseCard[droppedOut="true"] { background: #ececec; border: 1px dashed #b0b0b0; }
QFrame#phaseCard:focus { border: 2px solid #2f6fa7; }
QLabel#cardName { font-weight: 600; }
QLabel#cardMuted { color: #5a6670; }
QLabel#cardWarning { color: #c62828; font-weight: 700; }
"""


class CardWidget(QFrame):
    def __init__(self, board: PhaseBoard, card: PhaseCard, key: str) -> None:
        super().__init__()
        self.board, self.card, self.key = board, card, key
        self.setObjectName("phaseCard")
        self.setProperty("noLead", card.no_lead)
        self.setProperty("droppedOut", card.dropped_out)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._press: QPoint | None = None
        name = QLabel(card.name)
        name.setObjectName("cardName")
        name.setWordWrap(True)
        lines = [name]
        if card.no_lead:
            warning = QLabel(self.tr("No lead!"))
            warning.setObjectName("cardWarning")
            lines.append(warning)
        elif card.lead_role is not None:
            lead = QLabel(self.lead_text(card))
            lead.setWordWrap(True)
            lines.append(lead)
        if card.dropped_out:
            muted = self.tr("Dropped out (%1)").replace("%1", cohort_label(card.phase))
        elif card.days_in_phase is not None:
            muted = self.tr("%n day(s) in phase", "", card.days_in_phase)
        else:
            muted = ""
        if muted:
            days = QLabel(muted)
            days.setObjectName("cardMuted")
            days.setWordWrap(True)
            lines.append(days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        for label in lines:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        tip = [card.name, card.number]
        if card.since is not None:
            tip.append(self.tr("in this phase since %1").replace("%1", format_date(card.since)))
        self.setToolTip("\n".join(tip))
        self.setAccessibleName(", ".join([card.name, *(w.text() for w in lines[1:])]))

    def lead_text(self, card: PhaseCard) -> str:
        text = self.tr("Lead: %1").replace("%1", cohort_label(card.lead_role))
        if card.lead_name:
            text += " · " + card.lead_name
        return text

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.board.focus_id = self.card.enrolment_id
        self.board.current_changed.emit(self.card.enrolment_id)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        key = Qt.Key(event.key())
        if key in moves:
            self.board.move_focus(self, *moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            if not self.card.dropped_out:
                self.board.change_phase(self.card.enrolment_id)
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.board.participant_requested.emit(self.card.participant_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or self.card.dropped_out:
            return
        distance = (event.position().toPoint() - self._press).manhattanLength()
        if distance < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(MIME, self.card.enrolment_id.encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if self.card.dropped_out:
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("Change phase..."), lambda: self.board.change_phase(self.card.enrolment_id)
        )
        menu.addAction(
            self.tr("Open participant"),
            lambda: self.board.participant_requested.emit(self.card.participant_id),
        )
        menu.exec(event.globalPos())


class ColumnWidget(QFrame):
    def __init__(self, board: PhaseBoard, key: str, title: str, cards: list[PhaseCard]) -> None:
        super().__init__()
        self.board, self.key = board, key
        self.setObjectName("phaseColumn")
        self.setAcceptDrops(key != DROPPED_OUT)
        if cards:
            self.setMinimumWidth(COLUMN_MIN_WIDTH)
            self.setMaximumWidth(COLUMN_MAX_WIDTH)
        else:
            self.setFixedWidth(EMPTY_COLUMN_WIDTH)
        self.header = QLabel(f"{title} ({len(cards)})")
        self.header.setObjectName("phaseHeader")
        self.header.setWordWrap(True)
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.header, 0, Qt.AlignmentFlag.AlignTop)
        self.cards = [CardWidget(board, card, key) for card in cards]
        for widget in self.cards:
            layout.addWidget(widget)
        layout.addStretch(1)

    def _set_target(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            self._set_target(True)
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._set_target(False)

    def dropEvent(self, event) -> None:  # noqa: N802
        self._set_target(False)
        enrolment_id = bytes(event.mimeData().data(MIME)).decode()
        event.acceptProposedAction()
        self.board.change_phase(enrolment_id, Phase(self.key))


class PhaseBoard(QWidget):
    participant_requested = Signal(str)
    """Open this participant (id) in the Deelnemers area."""
    current_changed = Signal(str)
    """The keyboard focus went to this enrolment's card."""

    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: Settings | None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack, self.settings = db, events, undo_stack, settings
        self.today = today
        self.cohort_id: str | None = None
        self._stale = True
        self.focus_id: str | None = None  # the enrolment whose card had the focus last
        self.board: service.PhaseBoard | None = None
        self.columns: list[ColumnWidget] = []
        self.setStyleSheet(STYLE)
        self.hint = QLabel(
            self.tr(
                "Arrow keys move between cards · Enter or F2: change phase · drag a card to "
                "another phase · double-click: open the participant"
            )
        )
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "No participants in this cohort yet. Enrol them first; then they appear here "
                "in their phase."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("cardWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.hint)
        self.events.changed.connect(self.on_data_changed)

    # showing -----------------------------------------------------------------------------
    def set_cohort(self, cohort_id: str | None) -> None:
        self.cohort_id = cohort_id
        self.reload()

    def reload(self) -> None:
        """Refresh now when on screen, else when shown next."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        focused = self.current_card()
        had_focus = focused is not None and focused.hasFocus()
        focus_id = self.focus_id
        self.board = (
            service.phase_board(self.db, self.cohort_id, self.today()) if self.cohort_id else None
        )
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.columns = []
        if self.board is not None:
            for column in self.board.columns:
                self.columns.append(
                    ColumnWidget(
                        self, column.phase.value, cohort_label(column.phase), list(column.cards)
                    )
                )
            if self.board.dropped_out:
                self.columns.append(
                    ColumnWidget(
                        self, DROPPED_OUT, self.tr("Dropped out"), list(self.board.dropped_out)
                    )
                )
        for column in self.columns:
            row.addWidget(column, 1 if column.cards else 0)
        row.addStretch(0)
        self.scroll.setWidget(content)
        cards = self.board.cards() if self.board is not None else []
        self.empty.setVisible(self.board is not None and not cards)
        without = sum(1 for c in cards if c.no_lead)
        self.warning.setText(
            self.tr("%n participant(s) in a phase where nobody has the lead.", "", without)
        )
        self.warning.setVisible(without > 0)
        self.focus_id = focus_id
        card = self.card_of(focus_id) if focus_id else None
        if card is not None and had_focus:
            card.setFocus()
            self.scroll.ensureWidgetVisible(card)

    def on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if self.cohort_id and changes.touches("phases", "enrolments", "participants", "cohorts"):
            self.reload()

    def card_widgets(self) -> list[CardWidget]:
        return [card for column in self.columns for card in column.cards]

    def card_of(self, enrolment_id: str) -> CardWidget | None:
        return next((c for c in self.card_widgets() if c.card.enrolment_id == enrolment_id), None)

    def current_card(self) -> CardWidget | None:
        """The card with the keyboard focus, else the one that had it last."""
        return self.card_of(self.focus_id) if self.focus_id else None

    def column_counts(self) -> dict[str, int]:
        """Cards per column key (the phase's value, or "dropped_out")."""
        return {column.key: len(column.cards) for column in self.columns}

    def move_focus(self, card: CardWidget, dx: int, dy: int) -> None:
        index = next(i for i, c in enumerate(self.columns) if card in c.cards)
        position = self.columns[index].cards.index(card)
        if dy:
            cards = self.columns[index].cards
            target = cards[max(0, min(len(cards) - 1, position + dy))]
        else:
            step = index + dx
            while 0 <= step < len(self.columns) and not self.columns[step].cards:
                step += dx
            if not 0 <= step < len(self.columns):
                return
            cards = self.columns[step].cards
            target = cards[min(position, len(cards) - 1)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        self.scroll.ensureWidgetVisible(target)

    def focus_first_card(self) -> None:
        cards = self.card_widgets()
        if cards:
            cards[0].setFocus()

    # changing ----------------------------------------------------------------------------
    def change_phase(self, enrolment_id: str, preset: Phase | None = None) -> None:
        """Ask for the new phase or lead of this enrolment; undoable."""
        try:
            context = service.phase_context(self.db, enrolment_id, self.today())
        except LookupError:
            return
        self.focus_id = enrolment_id

        def submit(request: PhaseRequest) -> Changes:
            before = service.phase_snapshot(self.db, enrolment_id)
            changes = service.change_phase(
                self.db,
                enrolment_id,
                request.phase,
                request.date,
                request.lead_role,
                request.lead_name,
                request.lead_staff_id,
            )
            after = service.phase_snapshot(self.db, enrolment_id)
            self.undo_stack.push(
                WriteCommand(
                    self.tr("Change phase of %1").replace("%1", context.participant_name),
                    lambda: service.restore_phase_history(self.db, enrolment_id, before),
                    lambda: service.restore_phase_history(self.db, enrolment_id, after),
                    self.publish,
                    self.report_refused,
                )
            )
            self.publish(changes)
            return changes

        dialog = PhaseChangeDialog(context, self.today(), submit, preset, self)
        self.ask_phase_change(dialog)
        card = self.card_of(enrolment_id)
        if card is not None and self.isVisible():
            card.setFocus()
            self.scroll.ensureWidgetVisible(card)

    def ask_phase_change(self, dialog: PhaseChangeDialog) -> None:
        """Run the dialog (tests replace this: fill the dialog, then try_accept)."""
        dialog.exec()

    def publish(self, changes: Changes) -> None:
        self.events.publish(changes, self)

    def report_refused(self, failed: ValidationFailed) -> None:
        QMessageBox.warning(
            self, self.tr("Not possible"), "\n".join(translate_error(e) for e in failed.errors)
        )
