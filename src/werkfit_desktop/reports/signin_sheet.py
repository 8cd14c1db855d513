"""The sign-in sheet (presentielijst): participants sign for every training day, the trainer
signs the sheet within 7 days. Funders accept it as proof of attendance.

One session gives a portrait page with a signature and a remarks column; a week of a cohort
gives a landscape page with a signature column per training day (its date and weekday above
it). The table header repeats on every page, and every page carries the trainer's signature
box at the bottom, so no page of the proof stands unsigned.

Every text goes through reports/glyphs.FontText: a character the font lacks prints as "□"
and is named in the warnings; long names and notes are cut with "…".

    pages, warnings = build_signin_sheet(SigninSheet(...), "presentielijst.pdf")"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.reports.fonts import BOLD, REGULAR
from werkfit_desktop.reports.glyphs import FontText
from werkfit_desktop.reports.layout import (
    INK,
    MUTED,
    RULE,
    SHADE,
    TABLE_FONT,
    ReportInfo,
    build_report,
    fit_text,
    frame_width,
    styles,
)
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

TRAINER_SIGNS_WITHIN_DAYS = 7
NUMBER_WIDTH = 9 * mm
NAME_WIDTH = 62 * mm
REMARKS_WIDTH = 42 * mm  # only on a single session's sheet
ROW_HEIGHT_WEEK = 9 * mm
ROW_HEIGHT_SESSION = 10 * mm
TRAINER_BAND = 23 * mm  # the trainer's signature at the bottom of every page
CELL_PADDING = 4  # points, left and right in the table
NAME_LIMIT = 120  # characters of a name, code, module or location
NOTES_LIMIT = 600

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Reports", "Monday"),
    QT_TRANSLATE_NOOP("Reports", "Tuesday"),
    QT_TRANSLATE_NOOP("Reports", "Wednesday"),
    QT_TRANSLATE_NOOP("Reports", "Thursday"),
    QT_TRANSLATE_NOOP("Reports", "Friday"),
    QT_TRANSLATE_NOOP("Reports", "Saturday"),
    QT_TRANSLATE_NOOP("Reports", "Sunday"),
)


@dataclass(frozen=True)
class SigninDay:
    """One training session on the sheet (a signature column)."""

    date: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    module: str = ""
    trainer: str = ""
    location: str = ""


@dataclass(frozen=True)
class SigninParticipant:
    name: str  # as listed: "Yılmaz, Ayşe", "Berg, Jan van den"
    # Per day of the sheet: enrolled that day (empty: every day). A box of a day the
    # participant was not enrolled is shaded, so nobody signs there.
    expected: tuple[bool, ...] = ()

    def expected_on(self, index: int) -> bool:
        return not self.expected or self.expected[index]


@dataclass(frozen=True)
class SigninSheet:
    organisation: str
    programme: str
    modules: tuple[str, ...]
    cohort_code: str
    location: str
    trainers: tuple[str, ...]
    days: tuple[SigninDay, ...]
    # Sorted by surname, particles ignored. Plain names (str) are accepted too.
    participants: tuple[SigninParticipant, ...]
    notes: str = ""
    week: tuple[int, int] | None = None  # (week-year, week) for a week sheet
    logo_png: bytes | None = field(default=None, repr=False)
    printed_on: dt.date | None = None

    @property
    def is_week(self) -> bool:
        return self.week is not None

    @property
    def sign_before(self) -> dt.date | None:
        """The last day the trainer can sign (7 days after the last training day)."""
        if not self.days:
            return None
        return max(d.date for d in self.days) + dt.timedelta(days=TRAINER_SIGNS_WITHIN_DAYS)


def weekday_name(day: dt.date) -> str:
    return translate("Reports", WEEKDAYS[day.weekday()])


def time_span(start: dt.time | None, end: dt.time | None) -> str:
    if start and end:
        return f"{start:%H:%M}–{end:%H:%M}"
    if start:
        return f"{start:%H:%M}"
    return ""


def week_label(week: tuple[int, int]) -> str:
    return translate("Reports", "week {week} of {year}").format(week=week[1], year=week[0])


def sheet_title(sheet: SigninSheet) -> str:
    """'Presentielijst WF-INST-2026-1, week 7 van 2026' or '... 09-02-2026'."""
    if sheet.week is not None:
        return translate("Reports", "Sign-in sheet {code}, {week}").format(
            code=sheet.cohort_code, week=week_label(sheet.week)
        )
    day = sheet.days[0].date if sheet.days else None
    return translate("Reports", "Sign-in sheet {code}, {date}").format(
        code=sheet.cohort_code, date=format_date(day)
    )


def _period(sheet: SigninSheet) -> str:
    """'09-02-2026 t/m 15-02-2026' for a week, 'maandag 09-02-2026 09:00–12:30' for a day."""
    if sheet.week is not None:
        monday = dt.date.fromisocalendar(sheet.week[0], sheet.week[1], 1)
        return translate("Reports", "{first} to {last}").format(
            first=format_date(monday), last=format_date(monday + dt.timedelta(days=6))
        )
    if not sheet.days:
        return ""
    day = sheet.days[0]
    parts = [weekday_name(day.date), format_date(day.date), time_span(day.start, day.end)]
    return " ".join(p for p in parts if p)


def _info_block(
    sheet: SigninSheet, text: FontText, st: dict[str, ParagraphStyle], width: float
) -> Table:
    def pair(label: str, value: str, limit: int = 3 * NAME_LIMIT) -> list[Paragraph]:
        return [Paragraph(_escape(label), st["label"]), text.para(value, st["value"], limit)]

    modules_label = (
        translate("Reports", "Modules")
        if len(sheet.modules) > 1
        else translate("Reports", "Module")
    )
    trainers_label = (
        translate("Reports", "Trainers")
        if len(sheet.trainers) > 1
        else translate("Reports", "Trainer")
    )
    pairs = [
        pair(modules_label, "; ".join(m[:NAME_LIMIT] for m in sheet.modules) or "–"),
        pair(translate("Reports", "Location"), sheet.location or "–", NAME_LIMIT),
        pair(trainers_label, ", ".join(t[:NAME_LIMIT] for t in sheet.trainers) or "–"),
    ]
    columns = 3 if width > 200 * mm else 2
    if columns == 2:
        pairs.append([Paragraph("", st["label"]), Paragraph("", st["value"])])
    rows = [sum(pairs[i : i + columns], []) for i in range(0, len(pairs), columns)]
    if sheet.notes:
        rows.append(
            pair(translate("Reports", "Notes"), sheet.notes, NOTES_LIMIT) + [""] * (2 * columns - 2)
        )
    label_w = 25 * mm
    value_w = width / columns - label_w
    table = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    commands = [
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if sheet.notes:
        commands.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
    table.setStyle(TableStyle(commands))
    return table


def _column_head(day: SigninDay, st: dict[str, ParagraphStyle]) -> Paragraph:
    lines = [f"<b>{_escape(weekday_name(day.date))}</b>", _escape(format_date(day.date))]
    span = time_span(day.start, day.end)
    if span:
        lines.append(_escape(span))
    return Paragraph("<br/>".join(lines), st["head_center"])


def _signature_table(
    sheet: SigninSheet, text: FontText, st: dict[str, ParagraphStyle], width: float
) -> Table:
    days = sheet.days
    session_sheet = not sheet.is_week
    head = [
        Paragraph(translate("Reports", "No."), st["head_right"]),
        Paragraph(_escape(translate("Reports", "Participant")), st["cell_head"]),
    ]
    if session_sheet:
        head.append(Paragraph(_escape(translate("Reports", "Signature")), st["head_center"]))
        head.append(Paragraph(_escape(translate("Reports", "Remarks")), st["cell_head"]))
        day_width = width - NUMBER_WIDTH - NAME_WIDTH - REMARKS_WIDTH
        widths = [NUMBER_WIDTH, NAME_WIDTH, day_width, REMARKS_WIDTH]
    else:
        head.extend(_column_head(day, st) for day in days)
        day_width = (width - NUMBER_WIDTH - NAME_WIDTH) / max(len(days), 1)
        widths = [NUMBER_WIDTH, NAME_WIDTH] + [day_width] * len(days)
    rows: list[list] = [head]
    shaded: list[tuple[int, int]] = []
    for number, participant in enumerate(sheet.participants, start=1):
        row: list = [
            Paragraph(str(number), st["cell_right"]),
            text.para(participant.name, st["cell"], NAME_LIMIT),
        ]
        for index in range(len(days)):
            if participant.expected_on(index):
                row.append("")
            else:
                row.append(Paragraph(_escape(translate("Reports", "not enrolled")), st["muted"]))
                shaded.append((2 + index, number))
        if session_sheet:
            row.append("")
        rows.append(row)
    if not sheet.participants:
        empty = Paragraph(_escape(translate("Reports", "No participants enrolled.")), st["cell"])
        rows.append(["", empty] + [""] * (len(widths) - 2))
    row_height = ROW_HEIGHT_SESSION if session_sheet else ROW_HEIGHT_WEEK
    # A long name wraps; its row grows instead of running over the lines.
    heights = [
        max(row_height, row[1].wrap(NAME_WIDTH - 2 * CELL_PADDING, 1000)[1] + 3 * mm)
        for row in rows[1:]
    ]
    table = Table(
        rows,
        colWidths=widths,
        rowHeights=[None, *heights],
        repeatRows=1,
        hAlign="LEFT",
    )
    commands = [
        TABLE_FONT,
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#7a8a96")),
        ("BOX", (0, 0), (-1, -1), 1.0, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, 0), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
    ]
    for column, row in shaded:
        commands.append(("BACKGROUND", (column, row), (column, row), colors.HexColor("#d9d9d9")))
    table.setStyle(TableStyle(commands))
    return table


def _trainer_band(sheet: SigninSheet, text: FontText):
    """Draws the trainer's signature on every page: name, date line and a box per trainer,
    so each page of the sheet carries the trainer's signature."""
    heading = translate("Reports", "Signature of the trainer, within 7 days")
    if sheet.sign_before is not None:
        heading += " " + translate("Reports", "(by {date} at the latest)").format(
            date=format_date(sheet.sign_before)
        )
    names = [text.clean(name, NAME_LIMIT) for name in sheet.trainers[:3]] or [""]
    name_label = translate("Reports", "Name")
    date_label = translate("Reports", "Date")
    signature_label = translate("Reports", "Signature")

    def draw(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        canvas.saveState()
        top = y + height
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 8.5)
        canvas.drawString(x, top - 6 * mm, fit_text(heading, BOLD, 8.5, width))
        slot = min(width / len(names), 125 * mm)
        box_w, box_h = min(slot * 0.45, 60 * mm), height - 9 * mm
        label_w = 13 * mm
        for index, name in enumerate(names):
            left = x + index * slot
            text_w = slot - box_w - 6 * mm
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawString(left, top - 12 * mm, name_label)
            canvas.drawString(left, top - 18.5 * mm, date_label)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 8.5)
            canvas.drawString(
                left + label_w, top - 12 * mm, fit_text(name, BOLD, 8.5, text_w - label_w)
            )
            canvas.setStrokeColor(MUTED)
            canvas.setLineWidth(0.5)
            canvas.line(left + label_w, top - 19 * mm, left + text_w, top - 19 * mm)
            if not name:
                canvas.line(left + label_w, top - 12.5 * mm, left + text_w, top - 12.5 * mm)
            box_x = left + slot - box_w - 4 * mm
            canvas.rect(box_x, y + 0.5 * mm, box_w, box_h)
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 6.5)
            canvas.drawString(box_x + 1.5 * mm, y + 0.5 * mm + box_h - 3 * mm, signature_label)
        canvas.restoreState()

    return draw


def _legend(sheet: SigninSheet, st: dict[str, ParagraphStyle]) -> Paragraph:
    parts = [
        translate(
            "Reports",
            "Participants sign in person, on the day itself, in the box of each day they attend.",
        )
    ]
    if any(not p.expected_on(i) for p in sheet.participants for i in range(len(sheet.days))):
        parts.append(
            translate("Reports", "A grey box means: not enrolled on that day; do not sign there.")
        )
    parts.append(
        translate(
            "Reports",
            "The trainer checks the sheet and signs every page within 7 days after the last "
            "training day. Keep the signed sheet and attach a scan of it to the session in "
            "Werkfit Desktop.",
        )
    )
    return Paragraph(_escape(" ".join(parts)), st["small"])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    st["head_center"] = ParagraphStyle("head_center", parent=st["cell_head"], alignment=TA_CENTER)
    st["head_right"] = ParagraphStyle("head_right", parent=st["cell_head"], alignment=TA_RIGHT)
    st["cell_right"] = ParagraphStyle("cell_right", parent=st["cell"], alignment=TA_RIGHT)
    st["muted"] = ParagraphStyle(
        "muted", parent=st["cell_small"], textColor=MUTED, alignment=TA_CENTER
    )
    return st


def build_signin_sheet(sheet: SigninSheet, target: str | Path | IO[bytes]) -> tuple[int, list[str]]:
    """Write the sign-in sheet as PDF to a path or binary buffer; returns (pages, warnings
    about characters the font cannot print)."""
    text = FontText()
    sheet = dataclasses.replace(
        sheet,
        participants=tuple(
            p if isinstance(p, SigninParticipant) else SigninParticipant(str(p))
            for p in sheet.participants
        ),
    )
    programme = text.clean(sheet.programme, NAME_LIMIT)
    info = ReportInfo(
        title=sheet_title(
            dataclasses.replace(sheet, cohort_code=text.clean(sheet.cohort_code, 60))
        ),
        organisation=text.clean(sheet.organisation, 200),
        subtitle=" · ".join(p for p in (programme, _period(sheet)) if p),
        subject=translate("Reports", "Attendance list with participants' signatures"),
        logo_png=sheet.logo_png,
        landscape=sheet.is_week and len(sheet.days) > 1,
        printed_on=sheet.printed_on,
    )
    st = _styles()
    width = frame_width(info)
    story: list[Flowable] = [
        _info_block(sheet, text, st, width),
        Spacer(1, 1.5 * mm),
        _legend(sheet, st),
        Spacer(1, 3 * mm),
        _signature_table(sheet, text, st, width),
    ]
    band = _trainer_band(sheet, text)
    pages = build_report(target, info, story, band=band, band_height=TRAINER_BAND)
    return pages, text.warnings()
