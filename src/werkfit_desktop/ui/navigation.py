"""The areas of the app, in sidebar order, with what each one is for."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # source text, context "Navigation"
    description: str  # what the area will hold while it is not built yet


AREAS = (
    Area(
        "overview",
        QT_TRANSLATE_NOOP("Navigation", "Overview"),
        QT_TRANSLATE_NOOP(
            "Navigation",
            "The dashboard: running cohorts with this week's attendance, the outflow into work "
            "per finished cohort, follow-ups that are due, certificates that expire soon and "
            "this week's sessions.",
        ),
    ),
    Area("participants", QT_TRANSLATE_NOOP("Navigation", "Participants"), ""),
    Area(
        "cohorts",
        QT_TRANSLATE_NOOP("Navigation", "Cohorts"),
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Programmes with their modules, cohorts with their participants, enrolling and "
            "unenrolling, and per cohort the attendance, certificates, practice days and phase "
            "of every participant.",
        ),
    ),
    Area(
        "planning",
        QT_TRANSLATE_NOOP("Navigation", "Planning"),
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Generating a cohort's sessions from a weekly pattern (public holidays skipped), a "
            "week and month view with ISO week numbers, moving and cancelling sessions.",
        ),
    ),
    Area(
        "attendance",
        QT_TRANSLATE_NOOP("Navigation", "Attendance"),
        QT_TRANSLATE_NOOP(
            "Navigation",
            "A fast, keyboard-first attendance register per session, sign-in sheets to print, "
            "and skill observations.",
        ),
    ),
    Area(
        "certificates",
        QT_TRANSLATE_NOOP("Navigation", "Certificates"),
        QT_TRANSLATE_NOOP(
            "Navigation",
            "The catalogue of certificate types (VCA, BHV, EHBO, ...), planned exams and results, "
            "and which certificates are valid, expire soon or have expired.",
        ),
    ),
    Area(
        "employers",
        QT_TRANSLATE_NOOP("Navigation", "Employers"),
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Employers with their contact persons, shadowing and practice days with the "
            "employer's evaluation, and placements.",
        ),
    ),
    Area(
        "aftercare",
        QT_TRANSLATE_NOOP("Navigation", "Aftercare"),
        QT_TRANSLATE_NOOP(
            "Navigation",
            "After-placement coaching: notes of visits and calls, agreements, and whose next "
            "contact is due.",
        ),
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("Navigation", "Reports"),
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Participant progress sheets for the municipality, candidate profiles for employers "
            "and cohort overviews with charts, as PDF.",
        ),
    ),
)
