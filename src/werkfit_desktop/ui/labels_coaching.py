"""Names of the coaching values (contact types, timeline kinds, caseload filters)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from werkfit_desktop.domain.enums import ContactType
from werkfit_desktop.services.caseload import CaseloadFilter
from werkfit_desktop.services.timeline import EventKind

_LABELS: dict[enum.Enum, str] = {
    ContactType.VISIT: QT_TRANSLATE_NOOP("CoachingLabels", "Visit"),
    ContactType.PHONE: QT_TRANSLATE_NOOP("CoachingLabels", "Phone call"),
    ContactType.VIDEO: QT_TRANSLATE_NOOP("CoachingLabels", "Video call"),
    ContactType.EMPLOYER_MEETING: QT_TRANSLATE_NOOP("CoachingLabels", "Meeting with employer"),
    ContactType.OTHER: QT_TRANSLATE_NOOP("CoachingLabels", "Other"),
    EventKind.INTAKE: QT_TRANSLATE_NOOP("CoachingLabels", "Intake"),
    EventKind.ENROLMENT: QT_TRANSLATE_NOOP("CoachingLabels", "Enrolment"),
    EventKind.MISSED: QT_TRANSLATE_NOOP("CoachingLabels", "Missed sessions"),
    EventKind.CERTIFICATE: QT_TRANSLATE_NOOP("CoachingLabels", "Exams and certificates"),
    EventKind.PLACEMENT: QT_TRANSLATE_NOOP("CoachingLabels", "Shadowing and practice days"),
    EventKind.OUTCOME: QT_TRANSLATE_NOOP("CoachingLabels", "Outcome"),
    EventKind.NOTE: QT_TRANSLATE_NOOP("CoachingLabels", "Coaching notes"),
    CaseloadFilter.ALL: QT_TRANSLATE_NOOP("CoachingLabels", "All"),
    CaseloadFilter.TODAY: QT_TRANSLATE_NOOP("CoachingLabels", "Today"),
    CaseloadFilter.THIS_WEEK: QT_TRANSLATE_NOOP("CoachingLabels", "This week"),
    CaseloadFilter.OVERDUE: QT_TRANSLATE_NOOP("CoachingLabels", "Overdue"),
    CaseloadFilter.UNASSIGNED: QT_TRANSLATE_NOOP("CoachingLabels", "Unassigned"),
}

# One colour per timeline kind (readable on white, distinct for colour-blind users by icon too).
KIND_COLOURS: dict[EventKind, str] = {
    EventKind.INTAKE: "#5b6b7a",
    EventKind.ENROLMENT: "#1f5fa8",
    EventKind.MISSED: "#b3261e",
    EventKind.CERTIFICATE: "#7b4fa0",
    EventKind.PLACEMENT: "#b26a00",
    EventKind.OUTCOME: "#2e7d32",
    EventKind.NOTE: "#00707a",
}
KIND_SYMBOLS: dict[EventKind, str] = {
    EventKind.INTAKE: "●",
    EventKind.ENROLMENT: "▶",
    EventKind.MISSED: "✕",
    EventKind.CERTIFICATE: "★",
    EventKind.PLACEMENT: "◆",
    EventKind.OUTCOME: "■",
    EventKind.NOTE: "✎",
}


def coaching_label(value: enum.Enum) -> str:
    source = _LABELS.get(value)
    return QCoreApplication.translate("CoachingLabels", source) if source else str(value.value)
