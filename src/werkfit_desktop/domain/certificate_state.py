"""The state of a participant's certificate on a given day: one rule for the overview, the
participant page and the cohort page.

A passed certificate is valid up to and including its valid-until date: a diploma that
"expires today" is still valid today (state EXPIRING_SOON) and expired tomorrow."""

from __future__ import annotations

import datetime as dt
import enum

from werkfit_desktop.domain.enums import ExamResult

DEFAULT_EXPIRY_WINDOW_DAYS = 90


class CertificateState(enum.StrEnum):
    VALID = "valid"  # geldig
    EXPIRING_SOON = "expiring_soon"  # verloopt binnenkort
    EXPIRED = "expired"  # verlopen
    PLANNED = "planned"  # gepland
    FAILED = "failed"  # gezakt (also: did not show up for the exam)


def certificate_state(
    result: ExamResult,
    exam_date: dt.date | None,
    valid_until: dt.date | None,
    today: dt.date,
    window_days: int = DEFAULT_EXPIRY_WINDOW_DAYS,
) -> CertificateState:
    """PLANNED for a planned exam; FAILED for failed or no-show; for a passed exam: VALID
    without an expiry date, EXPIRED after valid_until, EXPIRING_SOON when valid_until lies
    within `window_days` days from today (today itself included), VALID otherwise."""
    del exam_date  # the state follows from result and valid_until; kept for the callers' rows
    if result == ExamResult.PLANNED:
        return CertificateState.PLANNED
    if result in (ExamResult.FAILED, ExamResult.NO_SHOW):
        return CertificateState.FAILED
    if valid_until is None:
        return CertificateState.VALID
    if valid_until < today:
        return CertificateState.EXPIRED
    if (valid_until - today).days <= window_days:
        return CertificateState.EXPIRING_SOON
    return CertificateState.VALID
