"""Cancelling a session: the reason is required (it shows in the planning and explains the
gap in the attendance)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.services.planning import PlannedSession
from werkfit_desktop.ui.i18n import format_date
from werkfit_desktop.ui.item_models.planning import time_range

COMMON_REASONS = (
    QT_TRANSLATE_NOOP("CancelSessionDialog", "Trainer ill"),
    QT_TRANSLATE_NOOP("CancelSessionDialog", "Room not available"),
    QT_TRANSLATE_NOOP("CancelSessionDialog", "Too few participants"),
    QT_TRANSLATE_NOOP("CancelSessionDialog", "Weather (code red)"),
    QT_TRANSLATE_NOOP("CancelSessionDialog", "Company visit instead"),
)


class CancelSessionDialog(QDialog):
    def __init__(self, session: PlannedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel session"))
        summary = QLabel(
            f"{session.cohort_code} · {session.module_name}\n"
            f"{format_date(session.date)} {time_range(session)}"
        )
        summary.setObjectName("detailSubtitle")
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItem("")
        for text in COMMON_REASONS:
            self.reason.addItem(self.tr(text))
        self.reason.setCurrentIndex(0)
        self.reason.lineEdit().setPlaceholderText(self.tr("Why is the session cancelled?"))
        self.hint = QLabel(
            self.tr(
                "A cancelled session stays in the planning, struck through, and does not count "
                "for attendance. You can restore it later."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("muted")
        form = QFormLayout()
        form.addRow(self.tr("&Reason *"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Cancel the session"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.reason.currentTextChanged.connect(self._update)
        self._update()
        self.reason.setFocus()

    def set_reason(self, text: str) -> None:
        self.reason.setEditText(text)

    def reason_text(self) -> str:
        """The reason typed or chosen (trimmed; empty when none)."""
        return self.reason.currentText().strip()

    def _update(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.reason_text()))

    def accept(self) -> None:
        if self.reason_text():
            super().accept()
