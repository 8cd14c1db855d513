"""The shared A4 page of every report: the organisation (and its logo) and the title in the
header, the print date and "Pagina x van y" in the footer, PDF metadata, embedded fonts.

A report builds a list of flowables and hands it to `build_report` with a `ReportInfo`:

    build_report(target, ReportInfo(title=..., organisation=...), story)

The page numbers need the page count, which is only known at the end: the canvas keeps
every page's state and draws the footers when the document is saved (two passes over the
pages, one build)."""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from werkfit_desktop.texts import current_language, translate

CREATOR = "Werkfit Desktop"
MARGIN = 13 * mm  # left and right
MARGIN_Y = 10 * mm  # top and bottom
HEADER_HEIGHT = 21 * mm  # organisation line, title and subtitle above the frame
FOOTER_HEIGHT = 9 * mm
LOGO_MAX = (40 * mm, 14 * mm)  # width, height

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#1f3a4d")
SHADE = colors.HexColor("#e8eef2")

# Put first in every TableStyle: a Table draws plain-string cells (even empty ones) in
# Helvetica unless told otherwise, which drags an unembedded Latin-1 font into the PDF.
TABLE_FONT = ("FONT", (0, 0), (-1, -1), REGULAR)


@dataclass(frozen=True)
class ReportInfo:
    """What the page frame shows and the PDF's metadata."""

    title: str  # on every page and the PDF title, e.g. "Presentielijst"
    organisation: str  # header and PDF author
    subtitle: str = ""  # a short line under the title on every page
    subject: str = ""  # PDF subject
    logo_png: bytes | None = None
    landscape: bool = False
    printed_on: dt.date | None = None  # default: today


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the embedded font (never Helvetica: it has no ı, ş, Ł)."""
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK, alignment=TA_LEFT
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "label": ParagraphStyle("label", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "value": ParagraphStyle("value", parent=base, fontName=BOLD, fontSize=9.5, leading=12),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
        ),
        # Long double names break at their hyphens rather than mid-word.
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=12, embeddedHyphenation=1),
        "cell_small": ParagraphStyle("cell_small", parent=base, fontSize=7.5, leading=9.2),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5
        ),
    }


class PlainLine(Flowable):
    """Plain text (no markup) in a paragraph style, drawn exactly as a one-line Paragraph
    would: most table cells, labels and short lines of a report. Much cheaper than a
    Paragraph (no markup to parse, no line breaking, one drawString). A text that does not
    fit on one line in the width it is given is handed to a Paragraph after all, which
    wraps it (long words included).

        PlainLine(text.clean(name, 120), st["value"])"""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        # Whitespace a Paragraph would collapse, or nothing to draw: left to a Paragraph.
        self._simple = bool(text) and " ".join(text.split()) == text
        self._paragraph: Paragraph | None = None
        self._use_paragraph = not self._simple

    def _as_paragraph(self) -> Paragraph:
        if self._paragraph is None:
            self._paragraph = Paragraph(escape(self.text), self.style)
        return self._paragraph

    def _fits(self, width: float) -> bool:
        style = self.style
        room = width - style.leftIndent - style.rightIndent - style.firstLineIndent
        return stringWidth(self.text, style.fontName, style.fontSize) <= room

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._use_paragraph = not (self._simple and self._fits(avail_width))
        if self._use_paragraph:
            self.width, self.height = self._as_paragraph().wrap(avail_width, avail_height)
        else:
            self.width, self.height = avail_width, self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if not (self._simple and self._fits(avail_width)):
            return self._as_paragraph().split(avail_width, avail_height)
        return []

    def minWidth(self) -> float:  # noqa: N802 - ReportLab's name
        style = self.style
        return stringWidth(self.text, style.fontName, style.fontSize) + style.leftIndent

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab's name
        return self.style.spaceAfter

    def draw(self) -> None:
        if self._use_paragraph:
            self._as_paragraph().drawOn(self.canv, 0, 0)
            return
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize)
        # A Paragraph's first baseline: one font size below its top (paraFontSizeHeightOffset).
        canvas.drawString(
            style.leftIndent + style.firstLineIndent, self.height - style.fontSize, self.text
        )


def page_size(info: ReportInfo) -> tuple[float, float]:
    return landscape(A4) if info.landscape else portrait(A4)


def frame_width(info: ReportInfo) -> float:
    return page_size(info)[0] - 2 * MARGIN


def frame_height(info: ReportInfo, band_height: float = 0.0) -> float:
    return page_size(info)[1] - 2 * MARGIN_Y - HEADER_HEIGHT - FOOTER_HEIGHT - band_height


# Draws into a band above the footer on every page: (canvas, x, y, width, height).
PageBand = Callable[[Canvas, float, float, float, float], None]


_logos: dict[bytes, ImageReader] = {}
_logos_lock = threading.Lock()
LOGOS_KEPT = 8


def logo_image(png: bytes) -> ImageReader:
    """The logo decoded once per process: every sheet of a batch (and every page) prints
    the same organisation's logo, and decoding a PNG costs more than a page of text. Fully
    decoded before it is shared, so threads only read it."""
    with _logos_lock:
        reader = _logos.get(png)
        if reader is None:
            reader = ImageReader(io.BytesIO(png))
            reader.getSize()
            reader.getRGBData()
            alpha = getattr(reader, "_dataA", None)
            if alpha is not None:
                alpha.getRGBData()
            if len(_logos) >= LOGOS_KEPT:
                _logos.clear()
            _logos[png] = reader
        return reader


def _draw_header(canvas: Canvas, info: ReportInfo, logo: ImageReader | None) -> None:
    width, height = canvas._pagesize
    top = height - MARGIN_Y
    canvas.saveState()
    text_right = width - MARGIN
    if logo is not None:
        logo_w, logo_h = logo.getSize()
        scale = min(LOGO_MAX[0] / logo_w, LOGO_MAX[1] / logo_h)
        w, h = logo_w * scale, logo_h * scale
        canvas.drawImage(logo, width - MARGIN - w, top - h, w, h, mask="auto")
        text_right -= w + 4 * mm
    canvas.setFillColor(MUTED)
    canvas.setFont(BOLD, 9)
    canvas.drawString(MARGIN, top - 8, fit_text(info.organisation, BOLD, 9, text_right - MARGIN))
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 16)
    canvas.drawString(MARGIN, top - 26, fit_text(info.title, BOLD, 16, text_right - MARGIN))
    if info.subtitle:
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 9.5)
        canvas.drawString(
            MARGIN, top - 39, fit_text(info.subtitle, REGULAR, 9.5, text_right - MARGIN)
        )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(1.2)
    rule_y = height - MARGIN_Y - HEADER_HEIGHT + 3 * mm
    canvas.line(MARGIN, rule_y, width - MARGIN, rule_y)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, info: ReportInfo, page: int, pages: int) -> None:
    width, _height = canvas._pagesize
    y = MARGIN_Y + 1 * mm
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 8)
    printed = format_date(info.printed_on or dt.date.today())
    canvas.drawString(MARGIN, y, translate("Reports", "Printed on {date}").format(date=printed))
    canvas.drawRightString(
        width - MARGIN,
        y,
        translate("Reports", "Page {page} of {pages}").format(page=page, pages=pages),
    )
    canvas.restoreState()


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis when it would run past `width`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _numbered_canvas(info: ReportInfo, counted: list[int]) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until the end, then adds 'Pagina x van y' to all of them."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            counted.append(total)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, info, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_report(
    target: str | Path | IO[bytes],
    info: ReportInfo,
    story: Sequence[Flowable],
    *,
    band: PageBand | None = None,
    band_height: float = 0.0,
) -> int:
    """Write the report to a file path or a binary buffer; returns the number of pages.

    `band` draws something on every page in a band of `band_height` above the footer (the
    sign-in sheet's trainer signature)."""
    register_fonts()
    logo = logo_image(info.logo_png) if info.logo_png else None
    size = page_size(info)
    document = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN_Y + HEADER_HEIGHT,
        bottomMargin=MARGIN_Y + FOOTER_HEIGHT + band_height,
        title=info.title,
        author=info.organisation,
        subject=info.subject,
        creator=CREATOR,
        producer=CREATOR,
        lang="en-GB" if current_language() == "en" else "nl-NL",
        initialFontName=REGULAR,
        displayDocTitle=1,
    )
    frame = Frame(
        MARGIN,
        MARGIN_Y + FOOTER_HEIGHT + band_height,
        size[0] - 2 * MARGIN,
        frame_height(info, band_height),
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canvas: Canvas, _document) -> None:
        _draw_header(canvas, info, logo)
        if band is not None:
            band(canvas, MARGIN, MARGIN_Y + FOOTER_HEIGHT, size[0] - 2 * MARGIN, band_height)

    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    pages: list[int] = []
    document.build(list(story), canvasmaker=_numbered_canvas(info, pages))
    return pages[-1] if pages else 0
