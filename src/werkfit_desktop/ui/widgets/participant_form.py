"""The participant's data as an editable form. It reads and produces a ParticipantInput;
it never talks to the database."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.dates import parse_date
from werkfit_desktop.domain.enums import IntegrationRoute, LanguageLevel, TargetGroup
from werkfit_desktop.services.participant_types import ParticipantInput
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.i18n import format_date, format_number, parse_number
from werkfit_desktop.ui.labels import label

_TEXT_FIELDS = (
    "first_name",
    "name_particle",
    "last_name",
    "preferred_name",
    "phone",
    "email",
    "postcode",
    "municipality",
    "client_manager",
    "client_manager_contact",
    "driving_licence",
)
_DATE_FIELDS = ("date_of_birth", "intake_date", "profile_consent_on")
_LONG_FIELDS = (
    "education",
    "diplomas",
    "work_experience",
    "competences",
    "motivation",
    "ambitions",
    "notes",
)
_ERROR_STYLE = "border: 2px solid #c62828; border-radius: 3px;"


class ParticipantForm(QWidget):
    edited = Signal()
    """The user changed something in the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        personal = self._group(self.tr("Personal details"), layout)
        self._line(personal, "first_name", self.tr("First name *"))
        self._line(personal, "name_particle", self.tr("Particle (van, de, ...)"))
        self._line(personal, "last_name", self.tr("Last name *"))
        self._line(personal, "preferred_name", self.tr("Preferred name"))
        self._line(personal, "date_of_birth", self.tr("Date of birth"), self.tr("dd-mm-yyyy"))
        self._line(personal, "phone", self.tr("Phone"))
        self._line(personal, "email", self.tr("E-mail"))
        self._line(personal, "postcode", self.tr("Postcode"), "1234 AB")

        trajectory = self._group(self.tr("Trajectory"), layout)
        level = QComboBox()
        level.addItem(self.tr("(unknown)"), None)
        for value in LanguageLevel:
            level.addItem(label(value), value)
        self._add(trajectory, "language_level", self.tr("Dutch language level"), level)
        route = QComboBox()
        route.addItem(self.tr("(unknown)"), None)
        for value in IntegrationRoute:
            route.addItem(label(value), value)
        self._add(trajectory, "integration_route", self.tr("Civic integration route"), route)
        groups = QWidget()
        grid = QGridLayout(groups)
        grid.setContentsMargins(0, 0, 0, 0)
        self.target_group_boxes: dict[TargetGroup, QCheckBox] = {}
        for number, value in enumerate(TargetGroup):
            box = QCheckBox(label(value))
            box.toggled.connect(self._on_edited)
            grid.addWidget(box, number, 0)
            self.target_group_boxes[value] = box
        trajectory.addRow(self.tr("Target groups"), groups)
        self.labels["target_groups"] = self.tr("Target groups")
        self._line(trajectory, "municipality", self.tr("Referring municipality"))
        self._line(trajectory, "client_manager", self.tr("Client manager"))
        self._line(trajectory, "client_manager_contact", self.tr("Client manager's phone/e-mail"))
        self._line(trajectory, "hours_per_week", self.tr("Available hours per week"))
        self._line(trajectory, "driving_licence", self.tr("Driving licence"), self.tr("e.g. B"))
        self._line(trajectory, "intake_date", self.tr("Intake date"), self.tr("dd-mm-yyyy"))

        intake = self._group(self.tr("Intake: what the participant brings"), layout)
        self._long(intake, "education", self.tr("Education"))
        self._long(intake, "diplomas", self.tr("Diplomas"))
        self._long(intake, "work_experience", self.tr("Work experience"))
        self._long(intake, "competences", self.tr("Competences"))
        self._long(intake, "motivation", self.tr("Motivation"))
        self._long(intake, "ambitions", self.tr("Ambitions"))

        sharing = self._group(self.tr("Sharing and notes"), layout)
        consent = QCheckBox(self.tr("Profile may be shared with employers"))
        consent.toggled.connect(self._on_edited)
        self._add(sharing, "profile_consent", self.tr("Profile consent"), consent)
        self._line(
            sharing, "profile_consent_on", self.tr("Consent given on"), self.tr("dd-mm-yyyy")
        )
        self._long(sharing, "notes", self.tr("Notes"))
        layout.addStretch(1)

    # building ------------------------------------------------------------------------
    def _group(self, title: str, layout: QVBoxLayout) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(box)
        return form

    def _add(self, form: QFormLayout, key: str, text: str, widget: QWidget) -> None:
        widget.setObjectName(key)
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._on_edited)
        form.addRow(text, widget)
        self.widgets[key] = widget
        self.labels[key] = text.rstrip(" *")

    def _line(self, form: QFormLayout, key: str, text: str, placeholder: str = "") -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._on_edited)
        self._add(form, key, text, edit)

    def _long(self, form: QFormLayout, key: str, text: str) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(60)
        edit.textChanged.connect(self._on_edited)
        self._add(form, key, text, edit)

    def _on_edited(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    # data in and out -----------------------------------------------------------------
    def set_data(self, data: ParticipantInput) -> None:
        self._loading = True
        try:
            self.clear_errors()
            for key in _TEXT_FIELDS:
                self.widgets[key].setText(getattr(data, key) or "")
            for key in _DATE_FIELDS:
                self.widgets[key].setText(format_date(getattr(data, key)))
            hours = data.hours_per_week
            self.widgets["hours_per_week"].setText(
                "" if hours is None else format_number(hours, 0 if hours == int(hours) else 1)
            )
            for key in _LONG_FIELDS:
                self.widgets[key].setPlainText(getattr(data, key) or "")
            for key in ("language_level", "integration_route"):
                combo: QComboBox = self.widgets[key]
                combo.setCurrentIndex(max(0, combo.findData(getattr(data, key))))
            for value, box in self.target_group_boxes.items():
                box.setChecked(value in data.target_groups)
            self.widgets["profile_consent"].setChecked(data.profile_consent)
        finally:
            self._loading = False

    def data(self) -> tuple[ParticipantInput, list[FieldError]]:
        """The form's content and the fields that cannot be read (bad dates, numbers; those
        are None in the content)."""
        errors: list[FieldError] = []
        values: dict[str, object] = {}
        for key in _TEXT_FIELDS:
            values[key] = self.widgets[key].text()
        for key in _DATE_FIELDS:
            text = self.widgets[key].text().strip()
            values[key] = None
            if text:
                try:
                    values[key] = parse_date(text)
                except ValueError:
                    errors.append(
                        FieldError(
                            key,
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "'{value}' is not a valid date; type it as dd-mm-yyyy, e.g. 03-02-1990.",
                            ),
                            {"value": text},
                        )
                    )
        hours = self.widgets["hours_per_week"].text().strip()
        values["hours_per_week"] = None
        if hours:
            try:
                values["hours_per_week"] = parse_number(hours)
            except ValueError:
                errors.append(
                    FieldError(
                        "hours_per_week",
                        QT_TRANSLATE_NOOP("Validation", "'{value}' is not a number."),
                        {"value": hours},
                    )
                )
        for key in _LONG_FIELDS:
            values[key] = self.widgets[key].toPlainText()
        for key in ("language_level", "integration_route"):
            values[key] = self.widgets[key].currentData()
        values["profile_consent"] = self.widgets["profile_consent"].isChecked()
        groups = frozenset(v for v, box in self.target_group_boxes.items() if box.isChecked())
        fields = {f.name for f in dataclasses.fields(ParticipantInput)}
        data = ParticipantInput(
            **{k: v for k, v in values.items() if k in fields}, target_groups=groups
        )
        return data, errors

    # errors --------------------------------------------------------------------------
    def show_errors(self, errors: list[FieldError]) -> None:
        self.clear_errors()
        for error in errors:
            widget = self.widgets.get(error.field)
            if widget is not None:
                widget.setStyleSheet(_ERROR_STYLE)
                widget.setToolTip(error.message(_translate_validation))
        if errors and (first := self.widgets.get(errors[0].field)) is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for widget in self.widgets.values():
            widget.setStyleSheet("")
            widget.setToolTip("")

    def field_label(self, key: str) -> str:
        return self.labels.get(key, key)


def _translate_validation(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
