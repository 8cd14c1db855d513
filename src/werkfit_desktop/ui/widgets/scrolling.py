"""Wide pages scroll instead of forcing their window wider than a small screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrollable(page: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area: on a 1366x768 laptop at 125 % (1093 pixels wide)
    a wide table scrolls sideways rather than pushing the window off the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area
