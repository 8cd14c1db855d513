"""The employer profile (kandidaatprofiel): one A4 page, strengths first.

    pages, warnings = build_employer_profile(EmployerProfile(...), "profiel.pdf")

Fed a plain `EmployerProfile` (services/profile.py), which holds nothing sensitive. Every
text goes through reports/glyphs.FontText: a character the font lacks prints as "□" and is
named in the warnings; long comments and ambitions are cut with "…" (the page shrinks to
fit the rest)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.reports.charts import decimal_comma
from werkfit_desktop.reports.glyphs import FontText
from werkfit_desktop.reports.layout import (
    SHADE,
    TABLE_FONT,
    ReportInfo,
    build_report,
    frame_height,
    frame_width,
    styles,
)
from werkfit_desktop.texts import translate

SCALE = 4  # skills and employer evaluations are scored 1 to 4
NAME_LIMIT = 120  # characters of a name, job or certificate
COMMENT_LIMIT = 400  # characters of an employer's comment
AMBITIONS_LIMIT = 1500


@dataclass(frozen=True)
class ProfileSkill:
    name: str
    score: int  # the latest observed score, 1-4


@dataclass(frozen=True)
class ProfileEvaluation:
    """The employers' evaluations of practice and shadowing days."""

    days: int
    hours: float
    average: float | None  # over the days' averages (scale 1-4)
    comments: tuple[tuple[dt.date, str, str], ...]  # (date, employer, comment), newest first


@dataclass(frozen=True)
class ProfileCertificate:
    name: str
    exam_date: dt.date | None
    valid_until: dt.date | None


@dataclass(frozen=True)
class EmployerProfile:
    participant_id: str
    number: str
    name: str  # "Jan van den Berg" (the preferred first name when there is one)
    organisation: str
    logo_png: bytes | None
    target_job: str | None
    skills: tuple[ProfileSkill, ...]  # best first
    evaluation: ProfileEvaluation
    certificates: tuple[ProfileCertificate, ...]
    hours_per_week: float | None
    driving_licence: str | None
    ambitions: str | None
    consent_on: dt.date | None
    printed_on: dt.date


def _score_bar(score: int) -> str:
    return "●" * score + "○" * (SCALE - score)


def _story(profile: EmployerProfile, text: FontText, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    title = f"<font size=15><b>{text.markup(profile.name, NAME_LIMIT)}</b></font>"
    if profile.target_job:
        title += "<br/>" + translate("Reports", "Looking for work as: {job}").format(
            job=text.markup(profile.target_job, NAME_LIMIT)
        )
    story += [Paragraph(title, s["body"]), Spacer(0, 4 * mm)]

    story.append(Paragraph(translate("Reports", "Strengths"), s["heading"]))
    if profile.skills:
        rows = [
            [
                text.para(skill.name, s["cell"], NAME_LIMIT),
                _score_bar(skill.score),
                f"{skill.score} / {SCALE}",
            ]
            for skill in profile.skills
        ]
        table = Table(rows, colWidths=[width - 60 * mm, 35 * mm, 25 * mm])
        table.setStyle(
            TableStyle(
                [
                    TABLE_FONT,
                    ("FONTSIZE", (1, 0), (2, -1), 10),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, SHADE),
                ]
            )
        )
        story.append(
            Paragraph(
                translate("Reports", "Best observed skills (latest score, scale 1 to 4):"),
                s["label"],
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(translate("Reports", "No skills observed yet."), s["small"]))

    story.append(Paragraph(translate("Reports", "Practice at employers"), s["heading"]))
    evaluation = profile.evaluation
    if evaluation.days:
        summary = translate("Reports", "{days} day(s) at employers, {hours} hours in all.").format(
            days=evaluation.days, hours=decimal_comma(evaluation.hours, 1)
        )
        if evaluation.average is not None:
            summary += " " + translate(
                "Reports", "Average employer evaluation: {average} out of 4."
            ).format(average=decimal_comma(evaluation.average, 1))
        story.append(Paragraph(summary, s["body"]))
        for day, employer, comment in evaluation.comments:
            story.append(Spacer(0, 1.5 * mm))
            story.append(
                Paragraph(
                    f"<i>“{text.markup(comment, COMMENT_LIMIT)}”</i> — "
                    f"{text.markup(employer, NAME_LIMIT)}, {format_date(day)}",
                    s["body"],
                )
            )
    else:
        story.append(
            Paragraph(translate("Reports", "No practice days at employers yet."), s["small"])
        )

    story.append(Paragraph(translate("Reports", "Certificates"), s["heading"]))
    if profile.certificates:
        rows = []
        for cert in profile.certificates:
            when = format_date(cert.exam_date) if cert.exam_date else ""
            until = (
                translate("Reports", "valid until {date}").format(
                    date=format_date(cert.valid_until)
                )
                if cert.valid_until
                else translate("Reports", "does not expire")
            )
            rows.append([text.para(cert.name, s["cell"], NAME_LIMIT), when, until])
        table = Table(rows, colWidths=[width - 75 * mm, 28 * mm, 47 * mm])
        table.setStyle(
            TableStyle(
                [
                    TABLE_FONT,
                    ("FONTSIZE", (1, 0), (-1, -1), 9.5),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, SHADE),
                ]
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(translate("Reports", "No valid certificates yet."), s["small"]))

    story.append(Paragraph(translate("Reports", "Availability"), s["heading"]))
    hours = (
        translate("Reports", "{hours} hours per week").format(
            hours=decimal_comma(profile.hours_per_week, 1)
        )
        if profile.hours_per_week is not None
        else translate("Reports", "not stated")
    )
    licence = text.clean(profile.driving_licence, 60) or translate("Reports", "none")
    rows = [
        [translate("Reports", "Available"), hours],
        [translate("Reports", "Driving licence"), licence],
    ]
    table = Table(rows, colWidths=[45 * mm, width - 45 * mm])
    table.setStyle(TableStyle([TABLE_FONT, ("FONTSIZE", (0, 0), (-1, -1), 9.5)]))
    story.append(table)

    if profile.ambitions:
        story.append(Paragraph(translate("Reports", "Ambitions"), s["heading"]))
        story.append(text.para(profile.ambitions, s["body"], AMBITIONS_LIMIT, lines=True))

    story.append(Spacer(0, 5 * mm))
    consent = (
        translate("Reports", "Shared with the candidate's consent of {date}.").format(
            date=format_date(profile.consent_on)
        )
        if profile.consent_on
        else translate("Reports", "Shared with the candidate's consent.")
    )
    story.append(Paragraph(consent, s["small"]))
    return story


def build_employer_profile(
    profile: EmployerProfile, target: str | Path | IO[bytes]
) -> tuple[int, list[str]]:
    """Write the profile as one page; returns (pages (1), warnings about characters the
    font cannot print)."""
    text = FontText()
    info = ReportInfo(
        title=translate("Reports", "Candidate profile"),
        organisation=text.clean(profile.organisation, 200),
        subject=translate("Reports", "Candidate profile of {name}").format(
            name=text.clean(profile.name, NAME_LIMIT)
        ),
        logo_png=profile.logo_png,
        printed_on=profile.printed_on,
    )
    width = frame_width(info)
    # Long comments or ambitions shrink to fit: the profile is one page by design.
    body = KeepInFrame(width, frame_height(info), _story(profile, text, width), mode="shrink")
    pages = build_report(target, info, [body])
    return pages, text.warnings()
