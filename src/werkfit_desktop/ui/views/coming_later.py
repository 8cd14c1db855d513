"""An honest page for an area whose screens are not built yet: what it will hold."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingLaterView(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        notice = QLabel(self.tr("Coming in a next version"))
        notice.setObjectName("comingLater")
        body = QLabel(description)
        body.setWordWrap(True)
        body.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(heading)
        layout.addWidget(notice)
        layout.addSpacing(12)
        layout.addWidget(body)
        layout.addStretch(1)
