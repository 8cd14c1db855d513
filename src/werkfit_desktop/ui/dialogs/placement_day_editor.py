"""Record or edit a placement day (meeloopdag or praktijkdag): participant (search picker),
employer, kind, date, hours (Dutch decimal comma), supervisor (a contact person of the
employer or free text), the employer's four scores 1-4 with their meaning, the employer's
comment and the participant's reflection.

Tests fill the widgets (or call `choose_participant`) and call `try_accept()`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.enums import PlacementDayKind
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.employers import get_employer, list_employers
from werkfit_desktop.services.participants import search_participants
from werkfit_desktop.services.placement_days import SCORE_FIELDS, PlacementDayInput
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.dialogs.cohort_forms import SubmitDialog, date_edit, read_date
from werkfit_desktop.ui.i18n import format_date, parse_number
from werkfit_desktop.ui.labels_employers import kind_label, point_names, score_meaning, score_text


class PlacementDayEditor(SubmitDialog):
    def __init__(
        self,
        db: Database,
        submit: Callable[[PlacementDayInput], object],
        data: PlacementDayInput | None = None,
        participant_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.db = db
        self.participant_id: str | None = None
        editing = data is not None and data.date is not None
        self.setWindowTitle(
            self.tr("Edit placement day") if editing else self.tr("Record placement day")
        )
        self.setMinimumWidth(620)

        self.participant_search = QLineEdit()
        self.participant_search.setPlaceholderText(self.tr("Type a name or number to search"))
        self.participant_search.textEdited.connect(self._search_participants)
        self.participant_list = QListWidget()
        self.participant_list.setMaximumHeight(110)
        self.participant_list.itemActivated.connect(self._participant_item_chosen)
        self.participant_list.itemClicked.connect(self._participant_item_chosen)
        self.participant_list.hide()
        self.employer = QComboBox()
        self.employer.addItem(self.tr("(choose an employer)"), None)
        for row in list_employers(db):
            self.employer.addItem(row.name, row.id)
        self.employer.currentIndexChanged.connect(self._load_contacts)
        self.kind = QComboBox()
        for kind in (PlacementDayKind.PRACTICE, PlacementDayKind.SHADOWING):
            self.kind.addItem(kind_label(kind), kind)
        self.date = date_edit()
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. 7,5"))
        self.hours.setMaximumWidth(90)
        self.supervisor = QComboBox()
        self.supervisor.setEditable(True)
        self.supervisor.lineEdit().setPlaceholderText(
            self.tr("A contact person of the employer, or type a name")
        )
        self.scores: dict[str, QComboBox] = {}
        for name in SCORE_FIELDS:
            combo = QComboBox()
            combo.addItem(self.tr("(not scored)"), None)
            for score in (1, 2, 3, 4):
                combo.addItem(f"{score} – {score_meaning(score)}", score)
            self.scores[name] = combo
        self.employer_comment = QPlainTextEdit()
        self.employer_comment.setTabChangesFocus(True)
        self.employer_comment.setMaximumHeight(70)
        self.reflection = QPlainTextEdit()
        self.reflection.setTabChangesFocus(True)
        self.reflection.setMaximumHeight(70)
        self.reflection.setPlaceholderText(self.tr("How did it go, in the participant's words?"))
        for key, widget in (
            ("participant", self.participant_search),
            ("employer", self.employer),
            ("date", self.date),
            ("hours", self.hours),
            *self.scores.items(),
        ):
            self.register(key, "", widget)

        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(QLabel(self.tr("&Hours")))
        when.itemAt(1).widget().setBuddy(self.hours)
        when.addWidget(self.hours)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Participant *"), self.participant_search)
        form.addRow("", self.participant_list)
        form.addRow(self.tr("&Employer *"), self.employer)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Date *"), when)
        form.addRow(self.tr("&Supervisor"), self.supervisor)

        grid = QGridLayout()
        for row, (name, label) in enumerate(zip(SCORE_FIELDS, point_names(), strict=True)):
            caption = QLabel(label)
            caption.setBuddy(self.scores[name])
            grid.addWidget(caption, row // 2, (row % 2) * 2)
            grid.addWidget(self.scores[name], row // 2, (row % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        evaluation = QLabel(self.tr("The employer's evaluation (1 poor – 4 good)"))
        evaluation.setObjectName("sectionTitle")
        evaluation.setStyleSheet("font-weight: 600; margin-top: 6px;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(evaluation)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Employer's comment")))
        layout.addWidget(self.employer_comment)
        layout.addWidget(QLabel(self.tr("Participant's reflection")))
        layout.addWidget(self.reflection)
        layout.addWidget(self.buttons)
        if data is not None:
            self.fill(data, participant_name)
        (self.participant_search if self.participant_id is None else self.employer).setFocus()

    # participant picker
    def _search_participants(self, text: str) -> None:
        self.participant_id = None
        self.participant_list.clear()
        if not text.strip():
            self.participant_list.hide()
            return
        rows = search_participants(self.db, text, limit=8)
        for row in rows:
            item = QListWidgetItem(f"{row.name} ({row.number})")
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.participant_list.addItem(item)
        if not rows:
            self.participant_list.addItem(self.tr("No participant found"))
        self.participant_list.setCurrentRow(0)
        self.participant_list.show()

    def _participant_item_chosen(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if value:
            self.choose_participant(*value)
            self.employer.setFocus()

    def choose_participant(self, participant_id: str, name: str) -> None:
        self.participant_id = participant_id
        self.participant_search.setText(name)
        self.participant_list.hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Enter in the search picks the first
        in_search = self.participant_search.hasFocus() and self.participant_list.isVisible()
        if in_search and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            if event.key() == Qt.Key.Key_Down:
                self.participant_list.setFocus()
            elif self.participant_list.currentItem() is not None:
                self._participant_item_chosen(self.participant_list.currentItem())
            return
        super().keyPressEvent(event)

    # employer and supervisor
    def _load_contacts(self) -> None:
        typed = self.supervisor.currentText()
        self.supervisor.clear()
        self.supervisor.addItem("", None)
        employer_id = self.employer.currentData()
        if employer_id:
            for contact in get_employer(self.db, employer_id).data.contacts:
                self.supervisor.addItem(contact.name, contact.id)
                if contact.role:
                    self.supervisor.setItemData(
                        self.supervisor.count() - 1, contact.role, Qt.ItemDataRole.ToolTipRole
                    )
        self.supervisor.setCurrentText(typed)

    def set_employer(self, employer_id: str | None) -> None:
        index = self.employer.findData(employer_id)
        self.employer.setCurrentIndex(max(index, 0))

    def fill(self, data: PlacementDayInput, participant_name: str = "") -> None:
        if data.participant_id:
            self.choose_participant(data.participant_id, participant_name)
        self.set_employer(data.employer_id)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.date.setText(format_date(data.date))
        self.hours.setText(score_text(data.hours))
        index = (
            self.supervisor.findData(data.supervisor_contact_id)
            if data.supervisor_contact_id
            else -1
        )
        if index > 0:
            self.supervisor.setCurrentIndex(index)
        else:
            self.supervisor.setCurrentText(data.supervisor_name or "")
        for name, combo in self.scores.items():
            combo.setCurrentIndex(max(combo.findData(getattr(data, name)), 0))
        self.employer_comment.setPlainText(data.employer_comment or "")
        self.reflection.setPlainText(data.participant_reflection or "")

    def collect(self) -> tuple[PlacementDayInput, list[FieldError]]:
        errors: list[FieldError] = []
        day = read_date(self.date, "date", errors)
        hours = None
        if self.hours.text().strip():
            try:
                hours = parse_number(self.hours.text())
            except ValueError:
                errors.append(
                    FieldError(
                        "hours",
                        QT_TRANSLATE_NOOP(
                            "Validation", "Hours: '{value}' is not a number, e.g. 7,5."
                        ),
                        {"value": self.hours.text().strip()},
                    )
                )
        supervisor = self.supervisor.currentText().strip()
        index = self.supervisor.findText(supervisor, Qt.MatchFlag.MatchFixedString)
        contact_id = self.supervisor.itemData(index) if supervisor and index > 0 else None
        scores = {name: combo.currentData() for name, combo in self.scores.items()}
        data = PlacementDayInput(
            participant_id=self.participant_id,
            employer_id=self.employer.currentData(),
            date=day,
            kind=self.kind.currentData(),
            hours=hours,
            supervisor_name=supervisor or None,
            supervisor_contact_id=contact_id,
            employer_comment=self.employer_comment.toPlainText(),
            participant_reflection=self.reflection.toPlainText(),
            **scores,
        )
        return data, errors
