"""The recovery dialog: the database file is damaged. Says what is wrong, where the damaged
file was kept, and offers the newest good backup, another file, or quitting.

The choice is `dialog.choice` (one of RESTORE, OTHER_FILE, QUIT) after the dialog closes;
tests call `choose()` instead of exec'ing it."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.backup import BackupFile
from werkfit_desktop.persistence.recovery import format_made_at


class RecoveryChoice(enum.Enum):
    RESTORE = "restore"
    OTHER_FILE = "other"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    def __init__(
        self,
        problem: str,
        kept: Path | None,
        backup: BackupFile | None,
        backup_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = RecoveryChoice.QUIT
        self.backup = backup
        self.setWindowTitle(self.tr("Database damaged"))
        self.setMinimumWidth(560)

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("The database cannot be opened"))
        title.setObjectName("detailTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        self.problem = self._wrapped(problem)
        if kept is not None:
            kept_text = self.tr(
                "Nothing has been deleted: a copy of the damaged file is kept as %1."
            ).replace("%1", str(kept))
        else:
            kept_text = self.tr(
                "The damaged file could not be copied aside; it has been left as it is."
            )
        self.kept = self._wrapped(kept_text)
        if backup is not None:
            advice = self.tr(
                "The newest good backup is of %1. Changes made after that are not in it."
            ).replace("%1", format_made_at(backup.made_at))
        else:
            advice = self.tr(
                "No good backup was found (in %1). Open another file, or ask your "
                "administrator for a copy."
            ).replace("%1", str(backup_folder or "-"))
        self.advice = self._wrapped(advice)

        texts = QVBoxLayout()
        texts.addWidget(title)
        for label in (self.problem, self.kept, self.advice):
            texts.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)

        self.restore_button = QPushButton(
            self.tr("Restore the newest good backup (%1)").replace(
                "%1", format_made_at(backup.made_at) if backup else "-"
            )
        )
        self.restore_button.setVisible(backup is not None)
        self.other_button = QPushButton(self.tr("Open another file..."))
        self.quit_button = QPushButton(self.tr("Quit"))
        self.restore_button.clicked.connect(lambda: self.choose(RecoveryChoice.RESTORE))
        self.other_button.clicked.connect(lambda: self.choose(RecoveryChoice.OTHER_FILE))
        self.quit_button.clicked.connect(lambda: self.choose(RecoveryChoice.QUIT))
        (self.restore_button if backup is not None else self.other_button).setDefault(True)
        for button in (self.restore_button, self.other_button, self.quit_button):
            button.setMinimumWidth(button.sizeHint().width())
        first = QHBoxLayout()  # the way out most people want, on its own row
        first.addStretch(1)
        first.addWidget(self.restore_button)
        second = QHBoxLayout()
        second.addStretch(1)
        second.addWidget(self.other_button)
        second.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(first)
        layout.addLayout(second)

    @staticmethod
    def _wrapped(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def choose(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted if choice is not RecoveryChoice.QUIT else 0)

    def reject(self) -> None:  # Esc or the close button: quit, as "Afsluiten"
        self.choice = RecoveryChoice.QUIT
        super().reject()
