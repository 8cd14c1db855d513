"""Offered on the first start with an empty database: start empty or load the demo data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStartDialog(QDialog):
    EMPTY, DEMO = 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Werkfit Desktop"))
        heading = QLabel(self.tr("<h3>Welcome to Werkfit Desktop</h3>"))
        text = QLabel(
            self.tr(
                "This database is still empty. You can start with your own data right away, or "
                "first look around with demo data: a made-up region with two learn-work "
                "companies, programmes, cohorts, attendance and outcomes. The demo data contains "
                "no real people."
            )
        )
        text.setWordWrap(True)
        self.empty_button = QPushButton(self.tr("Start empty"))
        self.demo_button = QPushButton(self.tr("Load demo data"))
        self.demo_button.setDefault(True)
        self.empty_button.clicked.connect(lambda: self.done(self.EMPTY))
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.demo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.resize(520, 200)
