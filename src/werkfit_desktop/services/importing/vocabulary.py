"""The words a file may use for the domain's fixed vocabularies: target groups, attendance
codes and exam results, in Dutch (as the screens show them) and English, case and accents
ignored."""

from __future__ import annotations

import re

from werkfit_desktop.domain.enums import AttendanceStatus, ExamResult, TargetGroup
from werkfit_desktop.services.importing.columns import header_key

_TARGET_GROUPS: dict[str, TargetGroup] = {}
for _group, _words in {
    TargetGroup.STATUSHOUDER: ("statushouder", "statushouders", "refugee with residence permit"),
    TargetGroup.BIJSTAND: ("bijstand", "social assistance"),
    TargetGroup.YOUTH: ("jongere", "jongeren", "young person", "youth"),
    TargetGroup.OVER_45: ("45plus", "45-plusser", "45-plussers", "45+", "over 45"),
    TargetGroup.WOMEN: ("vrouwen", "vrouw", "women"),
    TargetGroup.LONG_TERM_UNEMPLOYED: (
        "langdurig werkzoekend",
        "langdurig werkzoekenden",
        "long-term job seeker",
    ),
    TargetGroup.SECTOR_SWITCH: ("zij-instromer", "zij-instromers", "sector switcher"),
    TargetGroup.OTHER: ("overig", "overige", "other"),
}.items():
    for _word in (*_words, _group.value):
        _TARGET_GROUPS[header_key(_word.replace("+", "plus"))] = _group


def target_group(text: str) -> TargetGroup | None:
    return _TARGET_GROUPS.get(header_key(text.replace("+", "plus")))


ATTENDANCE_CODES: dict[str, AttendanceStatus] = {
    "A": AttendanceStatus.PRESENT,
    "L": AttendanceStatus.LATE,
    "M": AttendanceStatus.ABSENT_EXCUSED,
    "Z": AttendanceStatus.SICK,
    "O": AttendanceStatus.ABSENT_UNEXCUSED,
}
CODE_OF = {status: code for code, status in ATTENDANCE_CODES.items()}
_MARK = re.compile(r"^([ALMZO])\s*(\d{1,4})?$")


def attendance_mark(text: str) -> tuple[AttendanceStatus, int | None] | None:
    """'A' -> present, 'L15' -> late 15 minutes, 'l' -> late; None for anything else
    (minutes only after L)."""
    match = _MARK.match(text.strip().upper())
    if not match:
        return None
    status = ATTENDANCE_CODES[match.group(1)]
    minutes = int(match.group(2)) if match.group(2) else None
    if minutes is not None and status is not AttendanceStatus.LATE:
        return None
    return status, minutes


_RESULTS: dict[str, ExamResult] = {}
for _result, _words in {
    ExamResult.PASSED: ("geslaagd", "behaald", "passed"),
    ExamResult.FAILED: ("gezakt", "niet geslaagd", "failed"),
    ExamResult.NO_SHOW: ("niet verschenen", "no show", "no-show"),
    ExamResult.PLANNED: ("gepland", "planned"),
}.items():
    for _word in (*_words, _result.value):
        _RESULTS[header_key(_word)] = _result

RESULT_WORDS = {
    ExamResult.PASSED: "geslaagd",
    ExamResult.FAILED: "gezakt",
    ExamResult.NO_SHOW: "niet verschenen",
    ExamResult.PLANNED: "gepland",
}


def exam_result(text: str) -> ExamResult | None:
    return _RESULTS.get(header_key(text))
