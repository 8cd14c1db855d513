"""What the dialogs of the Groepen area share: a dialog whose OK button hands its values to
the service call and stays open showing what is wrong (in Dutch, next to the fields and in a
banner) when the service refuses; and reading dd-mm-jjjj dates from line edits.

Tests drive these dialogs without exec(): fill the widgets (or call the dialog's fill
method), then call `try_accept()`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from werkfit_desktop.domain.dates import parse_date
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.ui.i18n import format_date

ERROR_STYLE = "border: 2px solid #c62828; border-radius: 3px;"


def translate_error(error: FieldError) -> str:
    return error.message(QCoreApplication.translate)


def date_edit(day: dt.date | None = None) -> QLineEdit:
    edit = QLineEdit(format_date(day))
    edit.setPlaceholderText(QCoreApplication.translate("CohortForms", "dd-mm-yyyy"))
    edit.setMaximumWidth(130)
    return edit


def read_date(
    edit: QLineEdit, field: str, errors: list[FieldError], required: bool = False
) -> dt.date | None:
    """The date typed in `edit`; a FieldError is added when it cannot be read."""
    text = edit.text().strip()
    if not text:
        if required:
            errors.append(
                FieldError(field, QT_TRANSLATE_NOOP("Validation", "The date is required."))
            )
        return None
    try:
        return parse_date(text)
    except ValueError:
        errors.append(
            FieldError(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "'{value}' is not a valid date; type it as dd-mm-yyyy, e.g. 03-02-1990.",
                ),
                {"value": text},
            )
        )
        return None


class SubmitDialog(QDialog):
    """A dialog whose OK button calls `submit(values)` (one service call). When the service
    raises ValidationFailed the dialog shows why and stays open; otherwise it closes and
    `result_value` holds what `submit` returned."""

    def __init__(self, submit: Callable[[Any], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: Any = None
        self.fields: dict[str, QWidget] = {}
        self.field_labels: dict[str, str] = {}
        self.banner = QLabel()
        self.banner.setObjectName("errorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def register(self, key: str, label: str, widget: QWidget) -> QWidget:
        """Remember a field so that errors about `key` are shown on it."""
        self.fields[key] = widget
        self.field_labels[key] = label.rstrip(" *")
        return widget

    # to be given by subclasses
    def collect(self) -> tuple[Any, list[FieldError]]:
        """The values for `submit`, and what cannot be read (bad dates)."""
        raise NotImplementedError

    def try_accept(self) -> bool:
        values, errors = self.collect()
        if errors:
            self.show_errors(errors)
            return False
        try:
            self.result_value = self._submit(values)
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return False
        self.clear_errors()
        self.accept()
        return True

    def show_errors(self, errors: list[FieldError]) -> None:
        self.clear_errors()
        lines = []
        for error in errors:
            text = translate_error(error)
            widget = self.fields.get(error.field)
            label = self.field_labels.get(error.field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setToolTip(text)
            lines.append(f"• {label}: {text}" if label else f"• {text}")
        self.banner.setText(
            QCoreApplication.translate("SubmitDialog", "Not saved. Please correct:")
            + "\n"
            + "\n".join(lines)
        )
        self.banner.show()
        first = next((self.fields[e.field] for e in errors if e.field in self.fields), None)
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        self.banner.hide()
        for widget in self.fields.values():
            widget.setStyleSheet("")
            widget.setToolTip("")

    def errors_shown(self) -> str:
        """The banner's text when it is shown (for tests and screen readers)."""
        return self.banner.text() if not self.banner.isHidden() else ""
