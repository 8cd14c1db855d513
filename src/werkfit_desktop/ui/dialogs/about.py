"""About Werkfit Desktop: version, database path, libraries."""

from __future__ import annotations

import PySide6
import sqlalchemy
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from werkfit_desktop.version import __version__


class AboutDialog(QDialog):
    def __init__(self, database_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Werkfit Desktop"))
        title = QLabel(f"<h2>Werkfit Desktop {__version__}</h2>")
        text = QLabel(
            self.tr(
                "The administration of learn-work trajectories: cohorts, attendance, "
                "certificates, practice days, outcomes and after-placement coaching."
            )
        )
        text.setWordWrap(True)
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", database_location))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setWordWrap(True)
        versions = QLabel(
            self.tr("Version %1 · PySide6 %2 · SQLAlchemy %3")
            .replace("%1", __version__)
            .replace("%2", PySide6.__version__)
            .replace("%3", sqlalchemy.__version__)
        )
        versions.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, text, self.database_label, versions, buttons):
            layout.addWidget(widget)
        self.resize(480, 220)
