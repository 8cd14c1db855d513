"""Names and colours of certificate states and exam results, marked for translation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from werkfit_desktop.domain.certificate_state import DEFAULT_EXPIRY_WINDOW_DAYS, CertificateState
from werkfit_desktop.domain.enums import ExamResult

_STATES = {
    CertificateState.VALID: QT_TRANSLATE_NOOP("CertificateLabels", "Valid"),
    CertificateState.EXPIRING_SOON: QT_TRANSLATE_NOOP("CertificateLabels", "Expiring soon"),
    CertificateState.EXPIRED: QT_TRANSLATE_NOOP("CertificateLabels", "Expired"),
    CertificateState.PLANNED: QT_TRANSLATE_NOOP("CertificateLabels", "Planned"),
    CertificateState.FAILED: QT_TRANSLATE_NOOP("CertificateLabels", "Failed"),
}

_RESULTS = {
    ExamResult.PLANNED: QT_TRANSLATE_NOOP("CertificateLabels", "Planned"),
    ExamResult.PASSED: QT_TRANSLATE_NOOP("CertificateLabels", "Passed"),
    ExamResult.FAILED: QT_TRANSLATE_NOOP("CertificateLabels", "Failed"),
    ExamResult.NO_SHOW: QT_TRANSLATE_NOOP("CertificateLabels", "Did not show up"),
}

# (background, text) of the state chips
STATE_COLOURS = {
    CertificateState.VALID: ("#dcefdc", "#1b5e20"),
    CertificateState.EXPIRING_SOON: ("#ffe9b3", "#7a4f00"),
    CertificateState.EXPIRED: ("#f8d0d0", "#8e1b1b"),
    CertificateState.PLANNED: ("#d6e6f8", "#0d3c74"),
    CertificateState.FAILED: ("#e4e4e4", "#424242"),
}

WINDOW_KEY = "certificates/expiry_window_days"


def state_label(state: CertificateState) -> str:
    return QCoreApplication.translate("CertificateLabels", _STATES[state])


def result_label(result: ExamResult) -> str:
    return QCoreApplication.translate("CertificateLabels", _RESULTS[result])


def state_detail(state: CertificateState, result: ExamResult) -> str:
    """The state's name; a no-show is called so ('Failed' would be wrong)."""
    if result == ExamResult.NO_SHOW:
        return result_label(result)
    return state_label(state)


def state_colours(state: CertificateState) -> tuple[QColor, QColor]:
    background, text = STATE_COLOURS[state]
    return QColor(background), QColor(text)


def expiry_window_days(settings) -> int:
    """The 'expiring soon' window in days (setting certificates/expiry_window_days; 90)."""
    try:
        value = int(settings.value(WINDOW_KEY, DEFAULT_EXPIRY_WINDOW_DAYS))
    except (TypeError, ValueError):
        return DEFAULT_EXPIRY_WINDOW_DAYS
    return value if 0 <= value <= 3650 else DEFAULT_EXPIRY_WINDOW_DAYS


def set_expiry_window_days(settings, days: int) -> None:
    settings.set_value(WINDOW_KEY, int(days))
