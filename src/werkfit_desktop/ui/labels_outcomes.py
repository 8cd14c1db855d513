"""Names for outcomes, contract types, dropout reasons, goal and funding statuses, and the
amounts of the development plan ("€ 1.250,00")."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from werkfit_desktop.domain.enums import (
    ContractType,
    DropoutReason,
    EnrolmentStatus,
    FundingStatus,
    GoalStatus,
    OutcomeKind,
    Phase,
)

_LABELS: dict[enum.Enum, str] = {
    OutcomeKind.PAID_JOB: QT_TRANSLATE_NOOP("OutcomeLabels", "Paid job"),
    OutcomeKind.APPRENTICESHIP: QT_TRANSLATE_NOOP("OutcomeLabels", "Apprenticeship (BBL)"),
    OutcomeKind.EDUCATION: QT_TRANSLATE_NOOP("OutcomeLabels", "Education"),
    OutcomeKind.VOLUNTEERING: QT_TRANSLATE_NOOP("OutcomeLabels", "Volunteering"),
    OutcomeKind.DROPOUT: QT_TRANSLATE_NOOP("OutcomeLabels", "Dropout"),
    OutcomeKind.OTHER: QT_TRANSLATE_NOOP("OutcomeLabels", "Other"),
    ContractType.PERMANENT: QT_TRANSLATE_NOOP("OutcomeLabels", "Permanent contract"),
    ContractType.TEMPORARY: QT_TRANSLATE_NOOP("OutcomeLabels", "Temporary contract"),
    ContractType.ON_CALL: QT_TRANSLATE_NOOP("OutcomeLabels", "On-call contract"),
    ContractType.AGENCY: QT_TRANSLATE_NOOP("OutcomeLabels", "Agency work"),
    ContractType.SUBSIDISED: QT_TRANSLATE_NOOP("OutcomeLabels", "With wage cost subsidy"),
    ContractType.OTHER: QT_TRANSLATE_NOOP("OutcomeLabels", "Other contract"),
    DropoutReason.HEALTH: QT_TRANSLATE_NOOP("OutcomeLabels", "Health"),
    DropoutReason.MOTIVATION: QT_TRANSLATE_NOOP("OutcomeLabels", "Motivation"),
    DropoutReason.CARE_DUTIES: QT_TRANSLATE_NOOP("OutcomeLabels", "Care duties"),
    DropoutReason.MOVED: QT_TRANSLATE_NOOP("OutcomeLabels", "Moved away"),
    DropoutReason.WORK_ELSEWHERE: QT_TRANSLATE_NOOP("OutcomeLabels", "Found work elsewhere"),
    DropoutReason.LANGUAGE: QT_TRANSLATE_NOOP("OutcomeLabels", "Language"),
    DropoutReason.NOT_SUITABLE: QT_TRANSLATE_NOOP("OutcomeLabels", "Programme not suitable"),
    DropoutReason.OTHER: QT_TRANSLATE_NOOP("OutcomeLabels", "Other reason"),
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("OutcomeLabels", "Open"),
    GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("OutcomeLabels", "In progress"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("OutcomeLabels", "Achieved"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("OutcomeLabels", "Dropped"),
    FundingStatus.REQUESTED: QT_TRANSLATE_NOOP("OutcomeLabels", "Requested"),
    FundingStatus.GRANTED: QT_TRANSLATE_NOOP("OutcomeLabels", "Granted"),
    FundingStatus.SPENT: QT_TRANSLATE_NOOP("OutcomeLabels", "Spent"),
    FundingStatus.REJECTED: QT_TRANSLATE_NOOP("OutcomeLabels", "Rejected"),
    EnrolmentStatus.PLANNED: QT_TRANSLATE_NOOP("OutcomeLabels", "Planned"),
    EnrolmentStatus.ACTIVE: QT_TRANSLATE_NOOP("OutcomeLabels", "Active"),
    EnrolmentStatus.COMPLETED: QT_TRANSLATE_NOOP("OutcomeLabels", "Completed"),
    EnrolmentStatus.DROPPED_OUT: QT_TRANSLATE_NOOP("OutcomeLabels", "Dropped out"),
    Phase.RECRUITMENT: QT_TRANSLATE_NOOP("OutcomeLabels", "Recruitment and selection"),
    Phase.PREPARATORY: QT_TRANSLATE_NOOP("OutcomeLabels", "Preparatory track"),
    Phase.EXTRA_GUIDANCE: QT_TRANSLATE_NOOP("OutcomeLabels", "Extra guidance"),
    Phase.TRAINING: QT_TRANSLATE_NOOP("OutcomeLabels", "Vocational training"),
    Phase.WORK_EXPERIENCE: QT_TRANSLATE_NOOP("OutcomeLabels", "Work experience"),
    Phase.MATCH: QT_TRANSLATE_NOOP("OutcomeLabels", "Match with an employer"),
    Phase.AFTERCARE: QT_TRANSLATE_NOOP("OutcomeLabels", "Aftercare"),
    Phase.FINISHED: QT_TRANSLATE_NOOP("OutcomeLabels", "Finished"),
}


def outcome_label(value: enum.Enum | None) -> str:
    """The translated name of an outcome kind, contract type, dropout reason, goal or
    funding status, enrolment status or phase."""
    if value is None:
        return ""
    source = _LABELS.get(value)
    return QCoreApplication.translate("OutcomeLabels", source) if source else str(value.value)


def format_money(amount: float | None) -> str:
    """'€ 1.250,00' in the user's number format (empty when unknown)."""
    if amount is None:
        return ""
    return "€ " + QLocale().toString(float(amount), "f", 2)
