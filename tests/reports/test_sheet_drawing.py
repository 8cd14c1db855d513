"""The lighter drawing of the reports: a plain line of text prints like a one-line Paragraph
and wraps like one when it is too long (nothing cut off), the line chart prints its
weeks, scale and legend, and a logo is decoded once however many sheets print it."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from werkfit_desktop.reports.charts import Series, line_chart
from werkfit_desktop.reports.layout import PlainLine, logo_image, styles


def _pdf_text(story) -> str:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return "\n".join(page.extract_text() for page in PdfReader(buffer).pages)


def test_a_short_line_takes_the_room_of_a_one_line_paragraph():
    style = styles()["cell_small"]
    text = "Servicecentrum IJssel-Vecht · Ayşe Yılmaz"
    assert PlainLine(text, style).wrap(200, 500) == Paragraph(text, style).wrap(200, 500)
    assert text in _pdf_text([PlainLine(text, style)])


def test_a_long_line_wraps_like_a_paragraph_and_nothing_is_cut():
    style = styles()["body"]
    text = "Łukasz Wróbel werkt nauwkeurig en vraagt om hulp als iets onduidelijk is. " * 6
    text = text.strip()
    line, paragraph = PlainLine(text, style), Paragraph(text, style)
    width, height = line.wrap(150, 2000)
    assert (width, height) == paragraph.wrap(150, 2000)
    assert height > 5 * style.leading  # wrapped over several lines
    printed = " ".join(_pdf_text([PlainLine(text, style)]).split())
    assert printed.count("onduidelijk") == 6


def test_markup_characters_print_as_they_are():
    text = "Nguyễn Thị Hoa <b>&amp; team</b>"
    assert text in _pdf_text([PlainLine(text, styles()["body"])])


def test_the_line_chart_prints_weeks_scale_and_legend():
    weeks = [f"{n}/2026" for n in range(40, 46)]
    series = [
        Series("Op tijd komen", (2, 3, None, 3, 4, 4)),
        Series("Samenwerken", (1, None, 2, 2, 3, None)),
        Series("Veilig werken", (None,) * 6),  # no value: no line, still in the legend
    ]
    text = _pdf_text([line_chart(weeks, series, width=450, height=150)])
    for label in [*weeks, "1", "2", "3", "4", "Op tijd komen", "Samenwerken", "Veilig werken"]:
        assert label in text


def test_a_chart_without_weeks_says_so():
    chart = line_chart([], [], width=400, height=120, empty_text="Geen observaties")
    assert "Geen observaties" in _pdf_text([chart])


def test_a_logo_is_decoded_once_per_process():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (120, 40), (30, 90, 140, 255)).save(buffer, "PNG")
    png = buffer.getvalue()
    first = logo_image(png)
    assert logo_image(bytes(png)) is first  # the same logo from another row: no new decode
    assert first.getSize() == (120, 40)
