"""Names for placement days: the kinds, the four evaluation points and what scores 1-4
mean, with the colours that show how a day went."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from werkfit_desktop.domain.enums import PlacementDayKind
from werkfit_desktop.ui.i18n import format_number

_KINDS = {
    PlacementDayKind.SHADOWING: QT_TRANSLATE_NOOP("EmployerLabels", "Shadowing day"),
    PlacementDayKind.PRACTICE: QT_TRANSLATE_NOOP("EmployerLabels", "Practice day"),
}

# In the order of services.placement_days.SCORE_FIELDS.
_POINTS = (
    QT_TRANSLATE_NOOP("EmployerLabels", "Punctuality"),
    QT_TRANSLATE_NOOP("EmployerLabels", "Attitude"),
    QT_TRANSLATE_NOOP("EmployerLabels", "Skills"),
    QT_TRANSLATE_NOOP("EmployerLabels", "Cooperation"),
)
_SHORT_POINTS = (  # column headers
    QT_TRANSLATE_NOOP("EmployerLabelsShort", "Punct."),
    QT_TRANSLATE_NOOP("EmployerLabelsShort", "Attit."),
    QT_TRANSLATE_NOOP("EmployerLabelsShort", "Skills"),
    QT_TRANSLATE_NOOP("EmployerLabelsShort", "Coop."),
)
_MEANINGS = {
    1: QT_TRANSLATE_NOOP("EmployerLabels", "poor"),
    2: QT_TRANSLATE_NOOP("EmployerLabels", "fair"),
    3: QT_TRANSLATE_NOOP("EmployerLabels", "sufficient"),
    4: QT_TRANSLATE_NOOP("EmployerLabels", "good"),
}
_COLOURS = {1: "#f4c7c3", 2: "#fce8b2", 3: "#d9ead3", 4: "#b7e1cd"}


def _t(text: str) -> str:
    return QCoreApplication.translate("EmployerLabels", text)


def kind_label(kind: PlacementDayKind) -> str:
    return _t(_KINDS[kind])


def point_names() -> list[str]:
    return [_t(p) for p in _POINTS]


def short_point_names() -> list[str]:
    return [QCoreApplication.translate("EmployerLabelsShort", p) for p in _SHORT_POINTS]


def score_meaning(score: int) -> str:
    """'onvoldoende', 'matig', 'voldoende', 'goed'."""
    return _t(_MEANINGS[score])


def score_colour(score: float | None) -> QColor | None:
    """Background for a score or an average (rounded): red for 1 up to green for 4."""
    if score is None:
        return None
    return QColor(_COLOURS[min(4, max(1, int(score + 0.5)))])


def score_text(score: float | None) -> str:
    """'3' for a whole score, '3,2' for an average, empty when not given."""
    if score is None:
        return ""
    if float(score).is_integer():
        return format_number(score)
    return format_number(score, 1)
