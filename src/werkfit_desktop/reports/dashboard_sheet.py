"""The one-page dashboard ("show and tell"): this week's attendance per running cohort, the
paid-work rate per finished cohort, and the week's follow-ups, expiring certificates and
sessions as counts. Landscape A4, always one page (long lists are cut off with "and N
more", and each column shrinks to fit).

It is meant to be pinned up in the office: figures per cohort only, no participant's name
(to learn and stay motivated, not to judge people).

Every text (cohort codes, certificate names, the organisation) goes through
reports/glyphs.FontText: a character the font lacks prints as "□" and is named in the
warnings; long codes are cut with "…" (chart labels too: they cannot wrap).

    pages, warnings = build_dashboard_sheet(DashboardSheet(...), "overzicht.pdf")"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.reports.charts import bar_chart, decimal_comma
from werkfit_desktop.reports.glyphs import FontText
from werkfit_desktop.reports.layout import (
    MUTED,
    RULE,
    SHADE,
    TABLE_FONT,
    ReportInfo,
    build_report,
    frame_height,
    frame_width,
    styles,
)
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

MAX_ROWS = 10  # per table; the rest as "and N more"
GAP = 8 * mm  # between the two columns
LABEL_LIMIT = 80  # characters of a code or label in a table cell


@dataclass(frozen=True)
class SheetBar:
    """One cohort: its code, its percentage (None: nothing to count yet) and what it is of."""

    code: str
    pct: float | None
    detail: str  # e.g. "8 of 11"


@dataclass(frozen=True)
class SheetCount:
    label: str
    count: int


@dataclass(frozen=True)
class DashboardSheet:
    organisation: str
    week_year: int
    week: int
    week_start: dt.date
    week_end: dt.date
    running: tuple[SheetBar, ...]  # attendance this week
    finished: tuple[SheetBar, ...]  # paid work
    follow_ups_overdue: int
    follow_ups_due: int  # due from today up to Sunday
    expiring: tuple[SheetCount, ...]  # per certificate type
    sessions: tuple[SheetCount, ...]  # per day: "ma 23-11-2026"
    cancelled_sessions: int = 0
    expiry_window_days: int = 90
    printed_on: dt.date | None = None
    logo_png: bytes | None = None


def _t(source: str) -> str:
    return translate("DashboardSheet", source)


def _pct(value: float | None) -> str:
    return "" if value is None else decimal_comma(round(value, 1)) + " %"


def _table(text: FontText, head: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    st = styles()
    data = [[text.para(h, st["cell_head"], LABEL_LIMIT) for h in head]]
    data += [[text.para(cell, st["cell_small"], LABEL_LIMIT) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, MUTED),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _cut(rows: list[list[str]], columns: int) -> list[list[str]]:
    if len(rows) <= MAX_ROWS:
        return rows
    more = _t("and {count} more").format(count=len(rows) - MAX_ROWS + 1)
    return rows[: MAX_ROWS - 1] + [[more] + [""] * (columns - 1)]


def _bars(
    text: FontText, title: str, empty: str, bars: tuple[SheetBar, ...], width: float
) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph(title, st["heading"])]
    if not bars:
        return story + [Paragraph(empty, st["small"])]
    chart = bar_chart(
        [text.clean(b.code, LABEL_LIMIT) for b in bars],  # cut to 18 characters there
        [round(b.pct, 1) if b.pct is not None else 0 for b in bars],
        width=width,
        height=150,
        y_max=100,
    )
    story.append(chart)
    if len(bars) * 62 > width:  # the codes would run into each other: slant them
        for item in chart.contents:
            if hasattr(item, "categoryAxis"):
                item.categoryAxis.labels.angle = 30
                item.categoryAxis.labels.boxAnchor = "ne"
                item.categoryAxis.labels.dy = -2
        story.append(Spacer(1, 30))
    rows = [[b.code, _pct(b.pct) or "–", b.detail] for b in bars]
    head = [_t("Cohort"), "%", _t("Of")]
    story.append(_table(text, head, _cut(rows, 3), [width * 0.45, width * 0.2, width * 0.35]))
    return story


def _counts(
    text: FontText, title: str, empty: str, head: list[str], items, width: float
) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph(title, st["heading"])]
    if not items:
        return story + [Paragraph(empty, st["small"])]
    rows = [[item.label, str(item.count)] for item in items]
    return story + [_table(text, head, _cut(rows, 2), [width * 0.7, width * 0.3])]


def _right(sheet: DashboardSheet, text: FontText, width: float) -> list[list[Flowable]]:
    """The three count columns: follow-ups, expiring certificates, sessions."""
    st = styles()
    follow_ups: list[Flowable] = [
        Paragraph(_t("Coaching follow-ups"), st["heading"]),
        _table(
            text,
            [_t("Follow-ups"), _t("Number")],
            [
                [_t("Overdue"), str(sheet.follow_ups_overdue)],
                [_t("Due this week"), str(sheet.follow_ups_due)],
            ],
            [width * 0.7, width * 0.3],
        ),
    ]
    certificates = _counts(
        text,
        _t("Certificates expiring within {days} days").format(days=sheet.expiry_window_days),
        _t("No certificates expire soon."),
        [_t("Certificate"), _t("Number")],
        sheet.expiring,
        width,
    )
    sessions = _counts(
        text,
        _t("Sessions this week"),
        _t("No sessions this week."),
        [_t("Day"), _t("Sessions")],
        sheet.sessions,
        width,
    )
    if sheet.cancelled_sessions:
        sessions.append(Spacer(1, 2))
        sessions.append(
            Paragraph(
                _t("Of which cancelled: {count}").format(count=sheet.cancelled_sessions),
                st["small"],
            )
        )
    return [follow_ups, certificates, sessions]


def _columns(cells: list[list[Flowable]], width: float, gap: float) -> Table:
    """Flowable lists side by side, top-aligned."""
    table = Table([cells], colWidths=[width + gap] * (len(cells) - 1) + [width])
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -2), gap),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def build_dashboard_sheet(
    sheet: DashboardSheet, target: str | Path | IO[bytes]
) -> tuple[int, list[str]]:
    """Write the one-page PDF; returns (pages (1), warnings about characters the font
    cannot print)."""
    text = FontText()
    info = ReportInfo(
        title=_t("Overview"),
        organisation=text.clean(sheet.organisation, 200),
        subtitle=_t("Week {week} of {year} ({start} to {end})").format(
            week=sheet.week,
            year=sheet.week_year,
            start=format_date(sheet.week_start),
            end=format_date(sheet.week_end),
        ),
        subject=_t("Overview"),
        logo_png=sheet.logo_png,
        landscape=True,
        printed_on=sheet.printed_on,
    )
    total = frame_width(info)
    half = (total - GAP) / 2
    third = (total - 2 * GAP) / 3
    charts = _columns(
        [
            _bars(
                text,
                _t("Attendance this week per running cohort"),
                _t("No running cohorts."),
                sheet.running,
                half,
            ),
            _bars(
                text,
                _t("Into paid work per finished cohort"),
                _t("No finished cohorts yet."),
                sheet.finished,
                half,
            ),
        ],
        half,
        GAP,
    )
    lists = _columns(_right(sheet, text, third), third, GAP)
    story = [charts, Spacer(1, 4 * mm), lists]
    # Always one page: a long week shrinks rather than spilling onto a second page.
    pages = build_report(
        target, info, [KeepInFrame(total, frame_height(info) - 6, story, mode="shrink")]
    )
    return pages, text.warnings()


# The texts above, for lupdate (translate() takes them at run time).
_TEXTS = (
    QT_TRANSLATE_NOOP("DashboardSheet", "Overview"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Week {week} of {year} ({start} to {end})"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Attendance this week per running cohort"),
    QT_TRANSLATE_NOOP("DashboardSheet", "No running cohorts."),
    QT_TRANSLATE_NOOP("DashboardSheet", "Into paid work per finished cohort"),
    QT_TRANSLATE_NOOP("DashboardSheet", "No finished cohorts yet."),
    QT_TRANSLATE_NOOP("DashboardSheet", "Cohort"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Of"),
    QT_TRANSLATE_NOOP("DashboardSheet", "and {count} more"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Coaching follow-ups"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Follow-ups"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Number"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Overdue"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Due this week"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Certificates expiring within {days} days"),
    QT_TRANSLATE_NOOP("DashboardSheet", "No certificates expire soon."),
    QT_TRANSLATE_NOOP("DashboardSheet", "Certificate"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Sessions this week"),
    QT_TRANSLATE_NOOP("DashboardSheet", "No sessions this week."),
    QT_TRANSLATE_NOOP("DashboardSheet", "Day"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Sessions"),
    QT_TRANSLATE_NOOP("DashboardSheet", "Of which cancelled: {count}"),
)
