"""Names of the domain's fixed values for people, marked for translation where defined."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from werkfit_desktop.domain.enums import IntegrationRoute, LanguageLevel, StaffRole, TargetGroup

_CONTEXT = "Labels"

_LABELS: dict[enum.Enum, str] = {
    TargetGroup.STATUSHOUDER: QT_TRANSLATE_NOOP("Labels", "Refugee with residence permit"),
    TargetGroup.BIJSTAND: QT_TRANSLATE_NOOP("Labels", "Social assistance"),
    TargetGroup.YOUTH: QT_TRANSLATE_NOOP("Labels", "Young person"),
    TargetGroup.OVER_45: QT_TRANSLATE_NOOP("Labels", "Over 45"),
    TargetGroup.WOMEN: QT_TRANSLATE_NOOP("Labels", "Women"),
    TargetGroup.LONG_TERM_UNEMPLOYED: QT_TRANSLATE_NOOP("Labels", "Long-term job seeker"),
    TargetGroup.SECTOR_SWITCH: QT_TRANSLATE_NOOP("Labels", "Sector switcher"),
    TargetGroup.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    IntegrationRoute.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Labels", "Not applicable"),
    IntegrationRoute.B1_ROUTE: QT_TRANSLATE_NOOP("Labels", "B1 route"),
    IntegrationRoute.EDUCATION_ROUTE: QT_TRANSLATE_NOOP("Labels", "Education route"),
    IntegrationRoute.Z_ROUTE: QT_TRANSLATE_NOOP("Labels", "Z route"),
    IntegrationRoute.BEFORE_2022: QT_TRANSLATE_NOOP("Labels", "Old law (before 2022)"),
    StaffRole.TRAINER: QT_TRANSLATE_NOOP("Labels", "Trainer"),
    StaffRole.JOB_COACH: QT_TRANSLATE_NOOP("Labels", "Job coach"),
    StaffRole.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    StaffRole.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
}


def label(value: enum.Enum | None) -> str:
    """The translated name of a fixed value (language levels are their own name)."""
    if value is None:
        return ""
    if isinstance(value, LanguageLevel):
        return value.value
    source = _LABELS.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else str(value.value)
