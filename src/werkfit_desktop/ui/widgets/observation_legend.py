"""The score scale at a glance: four coloured chips with their meaning (tooltips: the full
anchor sentence)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from werkfit_desktop.ui.item_models.observations import score_colour, score_label, score_meaning


class ScoreLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.chips: list[QLabel] = []
        for score in (1, 2, 3, 4):
            colour = score_colour(score)
            assert colour is not None
            chip = QLabel(f"{score} {score_label(score)}")
            chip.setStyleSheet(
                f"background: {colour.name()}; color: #1d1d1d; border-radius: 3px; "
                "padding: 2px 8px;"
            )
            chip.setToolTip(score_meaning(score))
            layout.addWidget(chip)
            self.chips.append(chip)
