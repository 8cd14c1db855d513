"""The cohort overview (cohortoverzicht) for funders and management: the cohort, its
participants with attendance and certificates, attendance per module, outcome figures with
a bar chart and the weekly attendance trend as a line chart.

Every text goes through reports/glyphs.FontText: a character the font lacks prints as "□"
and is named in the warnings; long names are cut with "…".

    pages, warnings = build_cohort_overview(CohortOverview(...), "cohort.pdf")"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.domain.enums import DropoutReason, EnrolmentStatus
from werkfit_desktop.reports.charts import Series, bar_chart, decimal_comma, line_chart
from werkfit_desktop.reports.glyphs import FontText
from werkfit_desktop.reports.layout import (
    RULE,
    SHADE,
    TABLE_FONT,
    ReportInfo,
    build_report,
    frame_width,
    styles,
)
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

NAME_LIMIT = 120  # characters of a name, code, module or location in a cell


@dataclass(frozen=True)
class OverviewParticipant:
    number: str
    name: str  # "Berg, Jan van den"
    status: str  # EnrolmentStatus value
    dropout_date: dt.date | None
    attendance_pct: float | None
    times_late: int
    certificates_obtained: int
    certificates_planned: int


@dataclass(frozen=True)
class ModuleAttendance:
    name: str
    registered: int
    attendance_pct: float | None


@dataclass(frozen=True)
class WeekAttendance:
    week_year: int
    week: int
    registered: int  # registrations that week
    attendance_pct: float | None  # None: nothing registered that week


@dataclass(frozen=True)
class CohortOverview:
    cohort_id: str
    code: str
    programme: str
    organisation: str
    logo_png: bytes | None
    location: str | None
    start_date: dt.date
    end_date: dt.date | None
    sessions_planned: int
    sessions_held: int
    participants: tuple[OverviewParticipant, ...]
    attendance_pct: float | None
    certificates_obtained: int
    certificates_planned: int
    modules: tuple[ModuleAttendance, ...]
    outcomes: Any  # services.outcome_figures.OutcomeFigures (a plain frozen dataclass)
    weeks: tuple[WeekAttendance, ...]
    printed_on: dt.date


STATUS = {
    EnrolmentStatus.PLANNED: QT_TRANSLATE_NOOP("Reports", "Planned"),
    EnrolmentStatus.ACTIVE: QT_TRANSLATE_NOOP("Reports", "Active"),
    EnrolmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Reports", "Completed"),
    EnrolmentStatus.DROPPED_OUT: QT_TRANSLATE_NOOP("Reports", "Dropped out"),
}
REASONS = {
    DropoutReason.HEALTH: QT_TRANSLATE_NOOP("Reports", "Health"),
    DropoutReason.MOTIVATION: QT_TRANSLATE_NOOP("Reports", "Motivation"),
    DropoutReason.CARE_DUTIES: QT_TRANSLATE_NOOP("Reports", "Care duties"),
    DropoutReason.MOVED: QT_TRANSLATE_NOOP("Reports", "Moved house"),
    DropoutReason.WORK_ELSEWHERE: QT_TRANSLATE_NOOP("Reports", "Found work elsewhere"),
    DropoutReason.LANGUAGE: QT_TRANSLATE_NOOP("Reports", "Language"),
    DropoutReason.NOT_SUITABLE: QT_TRANSLATE_NOOP("Reports", "Programme not suitable"),
    DropoutReason.OTHER: QT_TRANSLATE_NOOP("Reports", "Other"),
}


def _tr(text: str) -> str:
    return translate("Reports", text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pct(value: float | None) -> str:
    """ "87,5%" or "–" when there is nothing to count."""
    return "–" if value is None else decimal_comma(value, 1) + "%"


def _table(rows: list[list], widths: list[float], numeric_from: int) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, SHADE),
                ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _summary(data: CohortOverview, text: FontText, s, width: float) -> Flowable:
    period = (
        format_date(data.start_date)
        + " – "
        + (format_date(data.end_date) if data.end_date else translate("Reports", "open"))
    )
    counted = len(data.participants)
    dropped = sum(1 for p in data.participants if p.status == EnrolmentStatus.DROPPED_OUT)
    rows = [
        [
            translate("Reports", "Programme"),
            text.clean(data.programme, NAME_LIMIT),
            translate("Reports", "Participants"),
            str(counted),
        ],
        [
            translate("Reports", "Cohort"),
            text.clean(data.code, NAME_LIMIT),
            translate("Reports", "Dropped out"),
            str(dropped),
        ],
        [
            translate("Reports", "Period"),
            period,
            translate("Reports", "Attendance"),
            pct(data.attendance_pct),
        ],
        [
            translate("Reports", "Location"),
            text.clean(data.location, NAME_LIMIT) or "–",
            translate("Reports", "Certificates obtained / planned"),
            f"{data.certificates_obtained} / {data.certificates_planned}",
        ],
        [
            translate("Reports", "Training days held"),
            f"{data.sessions_held} / {data.sessions_planned}",
            "",
            "",
        ],
    ]
    cells = [
        [Paragraph(_esc(c), s["label"] if i % 2 == 0 else s["value"]) for i, c in enumerate(r)]
        for r in rows
    ]
    table = Table(cells, colWidths=[36 * mm, width / 2 - 36 * mm, 52 * mm, width / 2 - 52 * mm])
    table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _participants(data: CohortOverview, text: FontText, s, width: float) -> list[Flowable]:
    head = [
        translate("Reports", "No."),
        translate("Reports", "Name"),
        translate("Reports", "Status"),
        translate("Reports", "Attendance"),
        translate("Reports", "Late"),
        translate("Reports", "Certificates"),
    ]
    rows: list[list] = [[Paragraph(h, s["cell_head"]) for h in head]]
    for p in data.participants:
        status = _tr(STATUS.get(EnrolmentStatus(p.status), p.status))
        if p.dropout_date:
            status += " " + format_date(p.dropout_date)
        rows.append(
            [
                text.clean(p.number, 12),
                text.para(p.name, s["row"], NAME_LIMIT),
                status,
                pct(p.attendance_pct),
                str(p.times_late),
                f"{p.certificates_obtained} / {p.certificates_planned}",
            ]
        )
    widths = [19 * mm, width - 121 * mm, 29 * mm, 31 * mm, 16 * mm, 26 * mm]
    return [Paragraph(translate("Reports", "Participants"), s["heading"]), _table(rows, widths, 3)]


def _modules(data: CohortOverview, text: FontText, s, width: float) -> list[Flowable]:
    if not data.modules:
        return []
    rows: list[list] = [
        [
            Paragraph(h, s["cell_head"])
            for h in (
                translate("Reports", "Module"),
                translate("Reports", "Registrations"),
                translate("Reports", "Attendance"),
            )
        ]
    ]
    for m in data.modules:
        rows.append(
            [text.para(m.name, s["row"], NAME_LIMIT), str(m.registered), pct(m.attendance_pct)]
        )
    table = _table(rows, [width - 60 * mm, 30 * mm, 30 * mm], 1)
    return [
        KeepTogether(
            [Paragraph(translate("Reports", "Attendance per module"), s["heading"]), table]
        )
    ]


def _outcomes(data: CohortOverview, s, width: float) -> list[Flowable]:
    o = data.outcomes
    base = o.participants

    def share(count: int) -> str:
        return pct(100.0 * count / base) if base else "–"

    rows: list[list] = [
        [
            Paragraph(h, s["cell_head"])
            for h in (
                translate("Reports", "Outcome"),
                translate("Reports", "Participants"),
                translate("Reports", "Share"),
            )
        ],
        [translate("Reports", "Into paid work"), str(o.paid_work), pct(o.paid_work_pct)],
        [
            translate("Reports", "Apprenticeship (BBL)"),
            str(o.apprenticeship),
            share(o.apprenticeship),
        ],
        [translate("Reports", "Education"), str(o.education), share(o.education)],
        [translate("Reports", "Volunteering"), str(o.volunteering), share(o.volunteering)],
        [translate("Reports", "Other outcome"), str(o.other), share(o.other)],
        [translate("Reports", "Dropped out"), str(o.dropout), share(o.dropout)],
        [translate("Reports", "No outcome yet"), str(o.no_outcome), share(o.no_outcome)],
    ]
    table = _table(rows, [width - 60 * mm, 30 * mm, 30 * mm], 1)
    parts: list[Flowable] = [
        Paragraph(translate("Reports", "Outcomes"), s["heading"]),
        Paragraph(
            translate(
                "Reports", "Of all {count} participants who were enrolled (dropouts included)."
            ).format(count=base),
            s["small"],
        ),
        table,
    ]
    durable = [
        translate(
            "Reports",
            "after {months} months: {durable} still in work, {not_durable} not, "
            "{unknown} not known yet",
        ).format(
            months=d.months, durable=d.durable, not_durable=d.not_durable, unknown=d.not_yet_known
        )
        for d in o.durability
    ]
    if durable and o.paid_work:
        parts.append(Spacer(0, 2 * mm))
        parts.append(
            Paragraph(
                translate("Reports", "Durable outflow of those in paid work")
                + ": "
                + "; ".join(durable)
                + ".",
                s["body"],
            )
        )
    not_recorded = QT_TRANSLATE_NOOP("Reports", "Not recorded")
    reasons = [
        f"{_tr(REASONS.get(r, not_recorded))}: {count}"
        for r, count in sorted(o.dropout_by_reason.items(), key=lambda item: -item[1])
    ]
    if reasons:
        parts.append(
            Paragraph(
                translate("Reports", "Dropout reasons") + ": " + "; ".join(reasons) + ".", s["body"]
            )
        )
    categories = [
        translate("Reports", "Paid work"),
        translate("Reports", "BBL"),
        translate("Reports", "Education"),
        translate("Reports", "Volunteering"),
        translate("Reports", "Other"),
        translate("Reports", "Dropped out"),
        translate("Reports", "None yet"),
    ]
    values = [
        o.paid_work,
        o.apprenticeship,
        o.education,
        o.volunteering,
        o.other,
        o.dropout,
        o.no_outcome,
    ]
    parts.append(Spacer(0, 3 * mm))
    parts.append(
        bar_chart(categories, [float(v) for v in values], width=width, height=150, legend=False)
    )
    return [KeepTogether(parts)]


def _trend(data: CohortOverview, s, width: float) -> list[Flowable]:
    heading = Paragraph(translate("Reports", "Attendance per week"), s["heading"])
    if not any(w.attendance_pct is not None for w in data.weeks):
        return [
            heading,
            Paragraph(translate("Reports", "No attendance registered yet."), s["small"]),
        ]
    categories = [str(w.week) for w in data.weeks]
    years = sorted({w.week_year for w in data.weeks})
    note = translate(
        "Reports", "ISO weeks of {years}; attendance % of the registrations in each week."
    ).format(years=" / ".join(str(y) for y in years))
    chart = line_chart(
        categories,
        [Series(translate("Reports", "Attendance %"), tuple(w.attendance_pct for w in data.weeks))],
        width=width,
        height=160,
        y_min=0,
        y_max=100,
        y_step=20,
        legend=False,
    )
    return [KeepTogether([heading, Paragraph(note, s["small"]), Spacer(0, 2 * mm), chart])]


def build_cohort_overview(
    data: CohortOverview, target: str | Path | IO[bytes]
) -> tuple[int, list[str]]:
    """Write the overview; returns (pages, warnings about characters the font cannot print)."""
    text = FontText()
    code = text.clean(data.code, NAME_LIMIT)
    s = styles()
    s["row"] = ParagraphStyle("row", parent=s["body"], fontSize=8.5, leading=10.5)
    info = ReportInfo(
        title=translate("Reports", "Cohort overview"),
        organisation=text.clean(data.organisation, 200),
        subtitle=f"{text.clean(data.programme, NAME_LIMIT)} · {code}",
        subject=translate("Reports", "Cohort overview of {code}").format(code=code),
        logo_png=data.logo_png,
        printed_on=data.printed_on,
    )
    width = frame_width(info)
    story: list[Flowable] = [_summary(data, text, s, width), Spacer(0, 2 * mm)]
    story += _participants(data, text, s, width)
    story += _modules(data, text, s, width)
    story += _outcomes(data, s, width)
    story += _trend(data, s, width)
    pages = build_report(target, info, story)
    return pages, text.warnings()
