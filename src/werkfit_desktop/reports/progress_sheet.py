"""The participant progress sheet (voortgangsrapportage): one to three A4 pages for the
municipality, the funder or the participant.

Sections (the coordinator chooses which): the participant and trajectory (always), the
Participatieladder, attendance per module with punctuality, a chart of the skill
observations over the weeks, certificates, practice days with the employers' evaluations,
the development plan's goals, the outcome, a summary of the coaching notes (private notes
never reach this module: services/progress.py leaves them out), the coordinator's
explanation (toelichting) and signature fields for the trainer/job coach and the
participant.

Characters the embedded font lacks (DejaVu Sans covers Latin, Greek, Cyrillic and basic
Arabic, not emoji or CJK): every text is checked against the font's cmap; a missing
character is printed as a visible "□" and reported in the warnings list that
`build_progress_sheet` returns — never a crash, never silently dropped. Long texts are cut
in tables (with "…") and long notes are shortened to a summary; very long words wrap.

    pages, warnings = build_progress_sheet(sheet, "voortgang.pdf")  # or a BytesIO"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.reports.charts import Series, decimal_comma, line_chart
from werkfit_desktop.reports.fonts import BOLD
from werkfit_desktop.reports.glyphs import PLACEHOLDER as PLACEHOLDER  # for callers and tests
from werkfit_desktop.reports.glyphs import FontText
from werkfit_desktop.reports.layout import (
    MUTED,
    SHADE,
    TABLE_FONT,
    PlainLine,
    ReportInfo,
    build_report,
    frame_width,
    styles,
)
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

CELL_LIMIT = 400  # characters of free text in a table cell
NOTE_LIMIT = 600  # characters per coaching note in the summary
NOTES_SHOWN = 8  # the most recent notes in the summary
EXPLANATION_LIMIT = 4000  # characters of the coordinator's explanation

SECTIONS = (
    "ladder",
    "attendance",
    "skills",
    "certificates",
    "practice",
    "plan",
    "outcome",
    "notes",
    "explanation",
    "signatures",
)
SECTION_TITLES = {
    "ladder": QT_TRANSLATE_NOOP("ProgressSheet", "Participation ladder"),
    "attendance": QT_TRANSLATE_NOOP("ProgressSheet", "Attendance"),
    "skills": QT_TRANSLATE_NOOP("ProgressSheet", "Skills over the weeks"),
    "certificates": QT_TRANSLATE_NOOP("ProgressSheet", "Certificates"),
    "practice": QT_TRANSLATE_NOOP("ProgressSheet", "Practice days"),
    "plan": QT_TRANSLATE_NOOP("ProgressSheet", "Development plan"),
    "outcome": QT_TRANSLATE_NOOP("ProgressSheet", "Outcome"),
    "notes": QT_TRANSLATE_NOOP("ProgressSheet", "Coaching (summary)"),
    "explanation": QT_TRANSLATE_NOOP("ProgressSheet", "Explanation"),
    "signatures": QT_TRANSLATE_NOOP("ProgressSheet", "Signatures"),
}

# Labels of the domain's enum values (keyed by value), in the "ProgressSheet" context.
PHASE_LABELS = {
    "werving": QT_TRANSLATE_NOOP("ProgressSheet", "Recruitment and selection"),
    "voortraject": QT_TRANSLATE_NOOP("ProgressSheet", "Preparatory course"),
    "extra_begeleiding": QT_TRANSLATE_NOOP("ProgressSheet", "Extra guidance"),
    "vakopleiding": QT_TRANSLATE_NOOP("ProgressSheet", "Vocational training"),
    "werkervaring": QT_TRANSLATE_NOOP("ProgressSheet", "Work experience"),
    "match": QT_TRANSLATE_NOOP("ProgressSheet", "Match with an employer"),
    "nazorg": QT_TRANSLATE_NOOP("ProgressSheet", "Aftercare"),
    "afgerond": QT_TRANSLATE_NOOP("ProgressSheet", "Finished"),
}
LEAD_LABELS = {
    "werkgever": QT_TRANSLATE_NOOP("ProgressSheet", "employer"),
    "klantmanager": QT_TRANSLATE_NOOP("ProgressSheet", "client manager"),
    "intermediair": QT_TRANSLATE_NOOP("ProgressSheet", "intermediary"),
    "taalaanbieder": QT_TRANSLATE_NOOP("ProgressSheet", "language provider"),
    "jobcoach": QT_TRANSLATE_NOOP("ProgressSheet", "job coach"),
    "trainer": QT_TRANSLATE_NOOP("ProgressSheet", "trainer"),
}
STATE_LABELS = {
    "valid": QT_TRANSLATE_NOOP("ProgressSheet", "Valid"),
    "expiring_soon": QT_TRANSLATE_NOOP("ProgressSheet", "Expires soon"),
    "expired": QT_TRANSLATE_NOOP("ProgressSheet", "Expired"),
    "planned": QT_TRANSLATE_NOOP("ProgressSheet", "Planned"),
    "failed": QT_TRANSLATE_NOOP("ProgressSheet", "Failed"),
}
GOAL_LABELS = {
    "open": QT_TRANSLATE_NOOP("ProgressSheet", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("ProgressSheet", "In progress"),
    "achieved": QT_TRANSLATE_NOOP("ProgressSheet", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("ProgressSheet", "Dropped"),
}
OUTCOME_LABELS = {
    "paid_job": QT_TRANSLATE_NOOP("ProgressSheet", "Paid job"),
    "bbl": QT_TRANSLATE_NOOP("ProgressSheet", "Apprenticeship (BBL)"),
    "education": QT_TRANSLATE_NOOP("ProgressSheet", "Education"),
    "volunteering": QT_TRANSLATE_NOOP("ProgressSheet", "Volunteering"),
    "dropout": QT_TRANSLATE_NOOP("ProgressSheet", "Dropped out"),
    "other": QT_TRANSLATE_NOOP("ProgressSheet", "Other"),
}
CONTACT_LABELS = {
    "visit": QT_TRANSLATE_NOOP("ProgressSheet", "Visit"),
    "phone": QT_TRANSLATE_NOOP("ProgressSheet", "Phone call"),
    "video": QT_TRANSLATE_NOOP("ProgressSheet", "Video call"),
    "employer_meeting": QT_TRANSLATE_NOOP("ProgressSheet", "Meeting with the employer"),
    "other": QT_TRANSLATE_NOOP("ProgressSheet", "Other contact"),
}


@dataclass(frozen=True)
class AttendanceLine:
    module: str
    held: int
    present: int
    late: int
    absent: int
    sick: int
    pct: float | None
    minutes_late: int


@dataclass(frozen=True)
class CertificateLine:
    name: str
    exam_date: dt.date | None
    state: str  # a label, in English source text (translated here)
    valid_until: dt.date | None


@dataclass(frozen=True)
class PracticeDayLine:
    date: dt.date
    employer: str
    hours: float | None
    scores: tuple[int | None, ...]  # punctuality, attitude, skills, cooperation
    average: float | None
    comment: str | None


@dataclass(frozen=True)
class GoalLine:
    description: str
    target_date: dt.date | None
    status: str  # label (English source)
    achieved_on: dt.date | None


@dataclass(frozen=True)
class OutcomeLine:
    kind: str  # label (English source)
    employer: str | None
    job_title: str | None
    start_date: dt.date | None
    end_date: dt.date | None


@dataclass(frozen=True)
class NoteLine:
    date: dt.date
    contact: str  # label (English source)
    discussed: str
    agreements: str | None


@dataclass(frozen=True)
class ProgressSheet:
    organisation: str
    participant_name: str
    number: str
    date_of_birth: dt.date | None
    language_level: str | None
    cohort: str | None
    programme: str | None
    period_from: dt.date | None
    period_to: dt.date | None
    phase: str | None  # label (English source)
    lead: str | None
    ladder_intake: tuple[dt.date, int] | None = None
    ladder_now: tuple[dt.date, int] | None = None
    attendance: tuple[AttendanceLine, ...] = ()
    attendance_total: AttendanceLine | None = None
    weeks: tuple[str, ...] = ()  # labels of the chart's x axis
    skills: tuple[tuple[str, tuple[int | None, ...]], ...] = ()
    certificates: tuple[CertificateLine, ...] = ()
    practice_days: tuple[PracticeDayLine, ...] = ()
    goals: tuple[GoalLine, ...] = ()
    outcomes: tuple[OutcomeLine, ...] = ()
    notes: tuple[NoteLine, ...] = ()
    explanation: str = ""
    sections: frozenset[str] = frozenset(SECTIONS)
    logo_png: bytes | None = None
    printed_on: dt.date | None = None
    extra: dict = field(default_factory=dict)


def _t(text: str) -> str:
    return translate("ProgressSheet", text)


def _date(day: dt.date | None) -> str:
    return format_date(day) if day else "–"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",") + " %"


def _line(text: FontText, value: str | None, style, limit: int) -> PlainLine:
    """A user-supplied text cut to `limit` characters, checked against the font: one line
    when it fits (cheap), wrapped like a Paragraph when it does not."""
    return PlainLine(text.clean(value, limit), style)


def _table(rows, widths, header=True, align_right_from: int | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        TABLE_FONT,
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, MUTED),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [("FONT", (0, 0), (-1, 0), BOLD), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    if align_right_from is not None:
        commands.append(("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


def _participant(sheet: ProgressSheet, text: FontText, st, width: float) -> list[Flowable]:
    period = "–"
    if sheet.period_from or sheet.period_to:
        period = f"{_date(sheet.period_from)} – {_date(sheet.period_to)}"
    pairs = [
        (translate("ProgressSheet", "Participant"), sheet.participant_name),
        (translate("ProgressSheet", "Number"), sheet.number),
        (translate("ProgressSheet", "Date of birth"), _date(sheet.date_of_birth)),
        (translate("ProgressSheet", "Language level"), sheet.language_level or "–"),
        (translate("ProgressSheet", "Cohort"), sheet.cohort or "–"),
        (translate("ProgressSheet", "Programme"), sheet.programme or "–"),
        (translate("ProgressSheet", "Period"), period),
        (translate("ProgressSheet", "Current phase"), _t(sheet.phase) if sheet.phase else "–"),
        (translate("ProgressSheet", "Lead"), sheet.lead or "–"),
    ]
    rows = []
    for i in range(0, len(pairs), 2):
        row = []
        for label, value in pairs[i : i + 2]:
            row += [PlainLine(label, st["label"]), _line(text, value, st["value"], 120)]
        rows.append(row + [""] * (4 - len(row)))
    table = Table(rows, colWidths=[28 * mm, width / 2 - 28 * mm] * 2)
    table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table]


def _ladder(sheet: ProgressSheet, st) -> list[Flowable]:
    if not sheet.ladder_intake:
        return [
            PlainLine(
                translate("ProgressSheet", "No rung on the participation ladder recorded."),
                st["small"],
            )
        ]
    parts = [
        translate("ProgressSheet", "At intake: rung {rung} ({date})").format(
            rung=sheet.ladder_intake[1], date=_date(sheet.ladder_intake[0])
        )
    ]
    if sheet.ladder_now:
        parts.append(
            translate("ProgressSheet", "now: rung {rung} ({date})").format(
                rung=sheet.ladder_now[1], date=_date(sheet.ladder_now[0])
            )
        )
    return [
        PlainLine(
            "; ".join(parts) + "  " + translate("ProgressSheet", "(1 isolated … 6 paid work)"),
            st["body"],
        )
    ]


def _attendance(sheet: ProgressSheet, text: FontText, st, width: float) -> list[Flowable]:
    head = [
        translate("ProgressSheet", "Module"),
        translate("ProgressSheet", "Held"),
        translate("ProgressSheet", "Present"),
        translate("ProgressSheet", "Late"),
        translate("ProgressSheet", "Absent"),
        translate("ProgressSheet", "Sick"),
        translate("ProgressSheet", "Attendance"),
    ]
    rows = [head]
    lines = list(sheet.attendance) + ([sheet.attendance_total] if sheet.attendance_total else [])
    for line in lines:
        rows.append(
            [
                _line(text, line.module, st["cell_small"], 80),
                line.held,
                line.present,
                line.late,
                line.absent,
                line.sick,
                _pct(line.pct),
            ]
        )
    number_w = 18 * mm  # wide enough for "Gegeven" / "Aanwezig" in bold
    pct_w = 29 * mm  # "Aanwezigheid" in bold, with room to spare before "Ziek"
    table = _table(
        rows, [width - 5 * number_w - pct_w] + [number_w] * 5 + [pct_w], align_right_from=1
    )
    if sheet.attendance_total:
        table.setStyle(TableStyle([("FONT", (1, -1), (-1, -1), BOLD)]))
    out: list[Flowable] = [table]
    total = sheet.attendance_total
    if total is not None:
        out.append(Spacer(1, 2))
        out.append(
            PlainLine(
                translate(
                    "ProgressSheet",
                    "Punctuality: late {late} time(s), {minutes} minutes in all.",
                ).format(late=total.late, minutes=total.minutes_late),
                st["small"],
            )
        )
    return out


def _skills(sheet: ProgressSheet, text: FontText, st, width: float) -> list[Flowable]:
    if not sheet.weeks or not sheet.skills:
        return [
            PlainLine(translate("ProgressSheet", "No observations in this period."), st["small"])
        ]
    series = [Series(text.clean(name, 40), values) for name, values in sheet.skills]
    chart = line_chart(sheet.weeks, series, width=width, height=150, y_min=1, y_max=4)
    return [
        chart,
        PlainLine(translate("ProgressSheet", "Scale: 1 not yet … 4 independently."), st["small"]),
    ]


def _certificates(sheet: ProgressSheet, text: FontText, st, width: float) -> list[Flowable]:
    if not sheet.certificates:
        return [PlainLine(translate("ProgressSheet", "No certificates."), st["small"])]
    rows = [
        [
            translate("ProgressSheet", "Certificate"),
            translate("ProgressSheet", "Exam"),
            translate("ProgressSheet", "State"),
            translate("ProgressSheet", "Valid until"),
        ]
    ]
    for c in sheet.certificates:
        rows.append(
            [
                _line(text, c.name, st["cell_small"], 120),
                _date(c.exam_date),
                _t(c.state),
                _date(c.valid_until),
            ]
        )
    return [_table(rows, [width - 80 * mm, 25 * mm, 30 * mm, 25 * mm])]


def _practice(sheet: ProgressSheet, text: FontText, st, width: float) -> list[Flowable]:
    if not sheet.practice_days:
        return [
            PlainLine(translate("ProgressSheet", "No practice days in this period."), st["small"])
        ]
    head = [
        translate("ProgressSheet", "Date"),
        translate("ProgressSheet", "Employer"),
        translate("ProgressSheet", "Hours"),
        translate("ProgressSheet", "Punctuality"),
        translate("ProgressSheet", "Attitude"),
        translate("ProgressSheet", "Skills"),
        translate("ProgressSheet", "Cooperation"),
        translate("ProgressSheet", "Average"),
        translate("ProgressSheet", "Employer's evaluation"),
    ]
    bold = ParagraphStyle(
        "head_small", parent=st["cell_small"], fontName=BOLD, fontSize=6.0, leading=7.5
    )
    rows = [[PlainLine(h, bold) for h in head]]
    for d in sheet.practice_days:
        rows.append(
            [
                _date(d.date),
                _line(text, d.employer, st["cell_small"], 80),
                decimal_comma(d.hours) if d.hours is not None else "–",
                *["–" if s is None else str(s) for s in d.scores],
                decimal_comma(d.average, 1) if d.average is not None else "–",
                _line(text, d.comment, st["cell_small"], CELL_LIMIT),
            ]
        )
    score = 20 * mm  # "Vaardigheden", "Samenwerking" must fit unbroken
    widths = [18 * mm, 27 * mm, 10 * mm, score, score, score, score, 16 * mm]
    table = _table(rows, widths + [width - sum(widths)])
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)])
    )
    return [table]


def _plan(sheet: ProgressSheet, text: FontText, st, width: float) -> list[Flowable]:
    if not sheet.goals:
        return [
            PlainLine(translate("ProgressSheet", "No goals in the development plan."), st["small"])
        ]
    rows = [
        [
            translate("ProgressSheet", "Goal"),
            translate("ProgressSheet", "Target date"),
            translate("ProgressSheet", "Status"),
            translate("ProgressSheet", "Achieved on"),
        ]
    ]
    for g in sheet.goals:
        rows.append(
            [
                _line(text, g.description, st["cell_small"], CELL_LIMIT),
                _date(g.target_date),
                _t(g.status),
                _date(g.achieved_on),
            ]
        )
    return [_table(rows, [width - 76 * mm, 24 * mm, 28 * mm, 24 * mm])]


def _outcome(sheet: ProgressSheet, text: FontText, st, width: float) -> list[Flowable]:
    if not sheet.outcomes:
        return [PlainLine(translate("ProgressSheet", "No outcome recorded yet."), st["small"])]
    rows = [
        [
            translate("ProgressSheet", "Outcome"),
            translate("ProgressSheet", "Employer"),
            translate("ProgressSheet", "Job"),
            translate("ProgressSheet", "From"),
            translate("ProgressSheet", "Until"),
        ]
    ]
    for o in sheet.outcomes:
        rows.append(
            [
                _t(o.kind),
                _line(text, o.employer or "–", st["cell_small"], 120),
                _line(text, o.job_title or "–", st["cell_small"], 120),
                _date(o.start_date),
                _date(o.end_date),
            ]
        )
    return [_table(rows, [34 * mm, width - 128 * mm, 46 * mm, 24 * mm, 24 * mm])]


def _notes(sheet: ProgressSheet, text: FontText, st) -> list[Flowable]:
    if not sheet.notes:
        return [
            PlainLine(translate("ProgressSheet", "No coaching notes in this period."), st["small"])
        ]
    out: list[Flowable] = []
    for note in sheet.notes[:NOTES_SHOWN]:
        head = f"<b>{_date(note.date)}</b> · {escape(_t(note.contact))}"
        out.append(Paragraph(head, st["body"]))
        out.append(_line(text, note.discussed, st["body"], NOTE_LIMIT))
        if note.agreements:
            out.append(
                _line(
                    text,
                    translate("ProgressSheet", "Agreements: ") + note.agreements,
                    st["small"],
                    NOTE_LIMIT,
                )
            )
        out.append(Spacer(1, 3))
    if len(sheet.notes) > NOTES_SHOWN:
        out.append(
            PlainLine(
                translate("ProgressSheet", "{count} earlier notes not shown.").format(
                    count=len(sheet.notes) - NOTES_SHOWN
                ),
                st["small"],
            )
        )
    return out


def _signatures(st, width: float) -> list[Flowable]:
    half = width / 2 - 4 * mm
    cell = [
        translate("ProgressSheet", "Trainer / job coach"),
        translate("ProgressSheet", "Participant"),
    ]
    rows = [
        [PlainLine(c, st["value"]) for c in cell],
        [PlainLine(translate("ProgressSheet", "Name") + ":", st["label"]) for _ in cell],
        [PlainLine(translate("ProgressSheet", "Date") + ":", st["label"]) for _ in cell],
        [PlainLine(translate("ProgressSheet", "Signature") + ":", st["label"]) for _ in cell],
    ]
    table = Table(
        rows, colWidths=[half, half], rowHeights=[14, 16, 16, 28 * mm], spaceBefore=4, hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BOX", (0, 0), (0, -1), 0.6, MUTED),
                ("BOX", (1, 0), (1, -1), 0.6, MUTED),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [table]


def sheet_title() -> str:
    return translate("ProgressSheet", "Progress report")


def build_progress_sheet(
    sheet: ProgressSheet, target: str | Path | IO[bytes]
) -> tuple[int, list[str]]:
    """Write the sheet; returns (pages, warnings about characters the font cannot print)."""
    text = FontText()
    story = sheet_story(sheet, text)
    name = text.clean(sheet.participant_name, 120)
    info = ReportInfo(
        title=sheet_title(),
        organisation=text.clean(sheet.organisation, 200),
        subtitle=f"{name} ({sheet.number})",
        subject=translate("ProgressSheet", "Progress report of {name}").format(name=name),
        logo_png=sheet.logo_png,
        printed_on=sheet.printed_on,
    )
    pages = build_report(target, info, story)
    return pages, text.warnings()


def sheet_story(sheet: ProgressSheet, text: FontText | None = None) -> list[Flowable]:
    """The flowables of one sheet (without the page header): also for a combined PDF."""
    text = text if text is not None else FontText()
    st = styles()
    info_probe = ReportInfo(title=sheet_title(), organisation="")
    width = frame_width(info_probe)
    story: list[Flowable] = _participant(sheet, text, st, width)
    builders = {
        "ladder": lambda: _ladder(sheet, st),
        "attendance": lambda: _attendance(sheet, text, st, width),
        "skills": lambda: _skills(sheet, text, st, width),
        "certificates": lambda: _certificates(sheet, text, st, width),
        "practice": lambda: _practice(sheet, text, st, width),
        "plan": lambda: _plan(sheet, text, st, width),
        "outcome": lambda: _outcome(sheet, text, st, width),
        "notes": lambda: _notes(sheet, text, st),
        "explanation": lambda: [
            text.para(sheet.explanation, st["body"], EXPLANATION_LIMIT, lines=True)
        ],
        "signatures": lambda: _signatures(st, width),
    }
    for key in SECTIONS:
        if key not in sheet.sections:
            continue
        if key == "explanation" and not sheet.explanation.strip():
            continue
        heading = PlainLine(_t(SECTION_TITLES[key]), st["heading"])
        body = builders[key]()
        story.append(KeepTogether([heading, body[0]]))
        story.extend(body[1:])
    return story
