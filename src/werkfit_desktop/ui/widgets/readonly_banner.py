"""A strip above the screens saying the database is open read-only (or lies on a network
drive), so nobody types a note that cannot be saved without knowing it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class NoticeBanner(QFrame):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#noticeBanner { background: #fff4ce; border: 1px solid #e0b400; border-radius: 3px; }"
            "#noticeBanner QLabel { color: #3d3000; }"
        )
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)


def read_only_text(path: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "ReadOnlyBanner",
        "Read-only: the database %1 is write-protected (or you have no permission to change "
        "it). You can look everything up, but nothing you change can be saved.",
    ).replace("%1", path)


def read_only_banner(path: str, parent: QWidget | None = None) -> NoticeBanner:
    """The banner for a database opened read-only."""
    return NoticeBanner(read_only_text(path), parent)


def install_banner(window, banner: NoticeBanner) -> None:
    """Put `banner` above the main window's central widget (until MainWindow has a place
    for notices of its own)."""
    from PySide6.QtWidgets import QVBoxLayout

    central = window.takeCentralWidget()
    wrapper = QWidget()
    layout = QVBoxLayout(wrapper)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(central, 1)
    window.setCentralWidget(wrapper)
