"""Writing a coaching note quickly: now by default, quick picks for the next contact, and
autosave of the draft (2 s after typing stops, on leaving a field, on hide/close), so no
text is lost when the laptop lid closes. Someone else's note opens read-only, with why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain import utcnow
from werkfit_desktop.domain.dates import parse_date
from werkfit_desktop.domain.enums import ContactType
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import coaching, development_plan
from werkfit_desktop.services.coaching import LOCAL, NoteInput, NoteRow
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.i18n import format_date, tr
from werkfit_desktop.ui.labels_coaching import coaching_label
from werkfit_desktop.ui.widgets.note_goals import NoteGoalsBox

AUTOSAVE_MS = 2000


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def _is_save_key(event) -> bool:
    if not isinstance(event, QKeyEvent):
        return False
    ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    return bool(ctrl) and event.key() in (Qt.Key.Key_S, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CoachingNoteEditor(QWidget):
    saved = Signal(object)  # Changes of a finished or updated note

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.author_id: str | None = None
        self.participant_id: str | None = None
        self.draft_id: str | None = None  # the draft being typed
        self.note_id: str | None = None  # a saved note being changed
        self._loading = False
        self._dirty = False
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        self._build()

    # building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.contact_at = QDateTimeEdit()
        self.contact_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.contact_at.setCalendarPopup(True)
        self.contact_type = QComboBox()
        for kind in ContactType:
            self.contact_type.addItem(coaching_label(kind), kind)
        self.with_whom = QLineEdit()
        self.with_whom.setPlaceholderText(self.tr("e.g. the participant and the supervisor"))
        self.discussed = QPlainTextEdit()
        self.discussed.setTabChangesFocus(True)
        self.discussed.setPlaceholderText(self.tr("What was discussed? (required)"))
        self.agreements = QPlainTextEdit()
        self.agreements.setTabChangesFocus(True)
        self.agreements.setMaximumHeight(70)
        self.next_due = QLineEdit()
        self.next_due.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.next_due.setMaximumWidth(110)
        due_row = QHBoxLayout()
        due_row.addWidget(self.next_due)
        self.quick = []
        for text, days, months in (
            (self.tr("+1 week"), 7, 0),
            (self.tr("+2 weeks"), 14, 0),
            (self.tr("+1 month"), 0, 1),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, d=days, m=months: self._pick(d, m))
            due_row.addWidget(button)
            self.quick.append(button)
        due_row.addStretch(1)
        self.private = QCheckBox(self.tr("Private (not on printed sheets or exports)"))
        form.addRow(self.tr("Date and time"), self.contact_at)
        form.addRow(self.tr("Contact type"), self.contact_type)
        form.addRow(self.tr("With whom"), self.with_whom)
        form.addRow(self.tr("Discussed"), self.discussed)
        form.addRow(self.tr("Agreements"), self.agreements)
        form.addRow(self.tr("Next contact"), due_row)
        form.addRow("", self.private)
        layout.addLayout(form)
        self.goals = NoteGoalsBox()
        self.goals.setVisible(False)
        layout.addWidget(self.goals)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(mid);")
        buttons.addWidget(self.status, 1)
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Ctrl+S or Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.inputs: dict[str, QWidget] = {
            "contact_at": self.contact_at,
            "contact_type": self.contact_type,
            "with_whom": self.with_whom,
            "discussed": self.discussed,
            "agreements": self.agreements,
            "next_contact_due": self.next_due,
            "private": self.private,
            "new_goal": self.goals.new_description,
            "new_goal_target": self.goals.new_target,
        }
        self.contact_at.dateTimeChanged.connect(self._changed)
        self.contact_type.currentIndexChanged.connect(self._changed)
        self.with_whom.textEdited.connect(self._changed)
        self.discussed.textChanged.connect(self._changed)
        self.agreements.textChanged.connect(self._changed)
        self.next_due.textEdited.connect(self._changed)
        self.private.toggled.connect(self._changed)
        self.goals.edited.connect(self._goals_edited)
        # Ctrl+S / Ctrl+Enter save from any field: claimed as a shortcut override so that an
        # application-wide Ctrl+S does not take it, and handled as a key press.
        for widget in (*self.inputs.values(), *self.quick, self.save_button, self.new_button):
            widget.installEventFilter(self)
        self.setEnabled(False)

    # what is being edited
    def set_context(self, author_id: str | None, participant_id: str | None) -> None:
        """Write for this participant as this staff member: resumes their draft if any."""
        self.flush()
        self.author_id, self.participant_id = author_id, participant_id
        self.setEnabled(bool(author_id and participant_id))
        self.start_new()

    def start_new(self) -> None:
        """A new note (or the draft already begun for this participant)."""
        self.flush()
        self.note_id = None
        draft = None
        if self.author_id and self.participant_id:
            draft = coaching.open_draft(self.db, self.author_id, self.participant_id)
        self.draft_id = draft.id if draft else None
        self.goals.clear_input()
        self._fill(draft.data if draft else None)
        self._set_read_only(False)
        self.reload_goals()
        self.heading.setText(
            self.tr("Draft (saved while you type)") if draft else self.tr("New note")
        )
        self._show_message("")

    def open_note(self, row: NoteRow) -> None:
        """Show a saved note: editable by its author, read-only with the reason otherwise."""
        if row.draft:
            self.start_new()
            return
        self.flush()
        self.note_id, self.draft_id = row.id, None
        self._fill(row.data)
        self.goals.setVisible(False)  # goals are reviewed when a note is written
        mine = row.author_id == self.author_id
        self._set_read_only(not mine)
        self.heading.setText(self.tr("Note by %1").replace("%1", row.author_name))
        if mine:
            self._show_message("")
        else:
            self._show_message(
                self.tr("Only the author (%1) can change this note.").replace(
                    "%1", row.author_name
                ),
                error=False,
            )

    def reload_goals(self) -> None:
        """Show the participant's open goals (while writing a new note); ticks are kept."""
        writing = self.note_id is None and bool(self.author_id and self.participant_id)
        if writing:
            self.goals.set_goals(development_plan.get_plan(self.db, self.participant_id).goals)
            for check in self.goals.checks.values():
                check.installEventFilter(self)  # Ctrl+S from a tick box too
        self.goals.setVisible(writing)

    def _goals_edited(self) -> None:
        if not self._loading and not self.is_read_only():
            self.status.setText(self.tr("Not saved yet"))

    def is_read_only(self) -> bool:
        return self.discussed.isReadOnly()

    def _set_read_only(self, read_only: bool) -> None:
        for widget in (self.with_whom, self.discussed, self.agreements, self.next_due):
            widget.setReadOnly(read_only)
        for widget in (self.contact_at, self.contact_type, self.private, *self.quick):
            widget.setEnabled(not read_only)
        self.contact_at.setReadOnly(read_only)
        self.save_button.setEnabled(not read_only)

    def _fill(self, data: NoteInput | None) -> None:
        self._loading = True
        try:
            self.timer.stop()
            at = (data.contact_at if data else utcnow()).astimezone(LOCAL)
            self.contact_at.setDateTime(QDateTime(at.date(), at.time().replace(microsecond=0)))
            kind = data.contact_type if data else ContactType.PHONE
            self.contact_type.setCurrentIndex(self.contact_type.findData(kind))
            self.with_whom.setText((data.with_whom if data else "") or "")
            self.discussed.setPlainText(data.discussed if data else "")
            self.agreements.setPlainText((data.agreements if data else "") or "")
            self.next_due.setText(format_date(data.next_contact_due) if data else "")
            self.private.setChecked(bool(data and data.private))
            self._dirty = False
            self.status.setText("")
            for widget in self.inputs.values():
                widget.setStyleSheet("")
        finally:
            self._loading = False

    # input
    def _pick(self, days: int, months: int) -> None:
        base = self.contact_at.date().toPython()
        self.next_due.setText(format_date(add_months(base, months) + dt.timedelta(days=days)))
        self._changed()

    def _changed(self, *_args) -> None:
        if self._loading or self.is_read_only():
            return
        self._dirty = True
        self.status.setText(self.tr("Not saved yet"))
        if self.note_id is None:  # only new notes autosave as drafts
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.FocusOut and self.note_id is None:
            self.flush()
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and _is_save_key(event):
            event.accept()
            if kind == QEvent.Type.KeyPress:
                self.save()
            return True
        return super().eventFilter(watched, event)

    def _input(self, strict: bool) -> NoteInput:
        local = self.contact_at.dateTime().toPython().replace(tzinfo=LOCAL)
        due_text = self.next_due.text().strip()
        try:
            due = parse_date(due_text) if due_text else None
        except ValueError:
            if strict:
                raise
            due = None
        return NoteInput(
            contact_at=local.astimezone(dt.UTC),
            contact_type=self.contact_type.currentData(),
            with_whom=self.with_whom.text(),
            discussed=self.discussed.toPlainText(),
            agreements=self.agreements.toPlainText(),
            next_contact_due=due,
            private=self.private.isChecked(),
        )

    # saving
    def flush(self) -> None:
        """Keep the draft now (autosave); nothing to do when nothing changed."""
        self.timer.stop()
        if not self._dirty or self.note_id is not None or self.is_read_only():
            return
        if not (self.author_id and self.participant_id):
            return
        self.draft_id = coaching.save_draft(
            self.db, self.author_id, self.participant_id, self._input(strict=False), self.draft_id
        )
        self._dirty = False
        self.status.setText(self.tr("Draft saved"))

    def save(self) -> None:
        """'Opslaan': the draft becomes a real note (or the changed note is saved)."""
        if self.is_read_only() or not (self.author_id and self.participant_id):
            return
        self.timer.stop()
        for widget in self.inputs.values():
            widget.setStyleSheet("")
        try:
            data = self._input(strict=True)
        except ValueError:
            self._show_field_error(
                "next_contact_due",
                self.tr("'%1' is not a date; type dd-mm-yyyy.").replace("%1", self.next_due.text()),
            )
            return
        try:
            new_goals = self.goals.new_goals() if self.note_id is None else []
        except ValueError:
            self._show_field_error(
                "new_goal_target",
                self.tr("'%1' is not a date; type dd-mm-yyyy.").replace(
                    "%1", self.goals.new_target.text()
                ),
            )
            return
        try:
            if self.note_id is not None:
                changes = coaching.update_note(self.db, self.author_id, self.note_id, data)
            else:
                if self._dirty:
                    self.flush()
                _, changes = coaching.finish_note(
                    self.db,
                    self.author_id,
                    self.participant_id,
                    data,
                    self.draft_id,
                    achieved_goal_ids=self.goals.achieved_ids(),
                    new_goals=new_goals,
                )
        except ValidationFailed as failed:
            first = failed.errors[0]
            text = "\n".join(e.message(tr) for e in failed.errors)
            self._show_field_error(first.field, text)
            for error in failed.errors:
                if (widget := self.inputs.get(error.field)) is not None:
                    widget.setStyleSheet("border: 1px solid #b3261e;")
            return
        self._dirty = False
        self.draft_id = None
        self.saved.emit(changes)
        self.start_new()
        self.status.setText(self.tr("Note saved"))

    def _show_field_error(self, field: str, text: str) -> None:
        self._show_message(text)
        if (widget := self.inputs.get(field)) is not None:
            widget.setStyleSheet("border: 1px solid #b3261e;")
            widget.setFocus()

    def _show_message(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #7a5900;")
        self.message.setVisible(bool(text))

    def hideEvent(self, event) -> None:  # noqa: N802
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.flush()
        super().closeEvent(event)
