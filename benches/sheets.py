"""Progress sheets: one (data gathering included), a cohort's 20, and 500 with the GUI
thread kept free; the floor is a bare two-page ReportLab sheet (a 40-row table, a chart,
an embedded TTF) measured in the same run."""

from __future__ import annotations

import io
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from benches.timing import measure


def bare_sheet_builder():
    """A function writing the bare sheet into memory (the font registered once, as ours)."""
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from werkfit_desktop.reports.fonts import fonts_dir

    if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchSans", str(fonts_dir() / "DejaVuSans.ttf")))
    style = ParagraphStyle("body", fontName="BenchSans", fontSize=9, leading=12)
    title = ParagraphStyle("title", fontName="BenchSans", fontSize=16, leading=20)

    def build() -> bytes:
        buffer = io.BytesIO()
        document = SimpleDocTemplate(buffer, pagesize=A4)
        rows = [["Week", "Aanwezig", "Te laat", "Afwezig", "Opmerking"]]
        rows += [
            [f"Week {n}", f"{90 - n % 7} %", str(n % 3), str(n % 2), "Ayşe Yılmaz"]
            for n in range(40)
        ]
        table = Table(rows, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), "BenchSans"),
                    ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ]
            )
        )
        drawing = Drawing(400, 180)
        chart = HorizontalLineChart()
        chart.x, chart.y, chart.width, chart.height = 30, 20, 350, 140
        chart.data = [[2, 2, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4]]
        chart.categoryAxis.labels.fontName = "BenchSans"
        chart.valueAxis.labels.fontName = "BenchSans"
        drawing.add(chart)
        story = [Paragraph("Voortgangsrapportage Łukasz Wróbel", title)]
        story += [Paragraph("Nguyễn Thị Hoa werkt nauwkeurig en vraagt om hulp.", style)] * 4
        story += [table, PageBreak(), drawing, Paragraph("Handtekening", style)]
        document.build(story)
        return buffer.getvalue()

    return build


def bare_sheet_samples(repeats: int) -> list[float]:
    build = bare_sheet_builder()
    return measure(build, repeats=repeats, warmups=2)


def pick_sheet_participants(db_path: Path, cohort_ids: list[str]) -> list[str]:
    """One member of each cohort (those with the most data: not dropped out)."""
    found = []
    with sqlite3.connect(db_path) as connection:
        for cohort_id in cohort_ids:
            row = connection.execute(
                "SELECT participant_id FROM enrolment WHERE cohort_id = ? "
                "AND status != 'dropped_out' ORDER BY participant_id LIMIT 1",
                (cohort_id,),
            ).fetchone()
            if row:
                found.append(row[0])
    return found


def one_sheet(db, participant_id: str) -> bytes:
    from werkfit_desktop.reports.progress_sheet import build_progress_sheet
    from werkfit_desktop.services.progress import SheetOptions, progress_sheet_data

    data = progress_sheet_data(db, participant_id, SheetOptions())
    buffer = io.BytesIO()
    build_progress_sheet(data, buffer)
    return buffer.getvalue()


def progress_sheet_samples(db, participant_ids: list[str], repeats: int) -> list[float]:
    one_sheet(db, participant_ids[0])
    samples: list[float] = []
    for _ in range(repeats):
        for participant_id in participant_ids:
            samples += measure(lambda p=participant_id: one_sheet(db, p), repeats=1, warmups=0)
    return samples


class _Progress:
    cancelled = False

    def update(self, done: int, total: int, text: str = "") -> None:
        pass


def cohort_sheets(db, cohort_id: str) -> int:
    """export_cohort_sheets into a temporary folder (one file per member)."""
    from werkfit_desktop.services.batch_export import export_cohort_sheets

    with tempfile.TemporaryDirectory() as folder:
        result = export_cohort_sheets(db, cohort_id, folder, _Progress())
        if result.failed:
            raise RuntimeError(f"sheets failed: {result.failed[:3]}")
        return len(result.written)


def cohort_sheets_samples(db, cohort_id: str, repeats: int) -> tuple[list[float], int]:
    count = cohort_sheets(db, cohort_id)
    return measure(lambda: cohort_sheets(db, cohort_id), repeats=repeats, warmups=0), count


def many_sheets_with_gui(db, cohort_ids: list[str], timer_ms: int = 10) -> dict:
    """Every member's sheet of these cohorts as the app does a large batch: one call of
    services.batch_export.export_sheets_of_cohorts on a thread beside the GUI thread (as
    the TaskRunner), which hands the sheets to two worker processes (more than POOL_FROM
    sheets from a file) and waits. The GUI thread meanwhile runs its event loop with a
    10 ms timer: the longest gap between ticks is how long the GUI froze."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from werkfit_desktop.services.batch_export import export_sheets_of_cohorts

    written = []
    failed: list[BaseException] = []

    def work() -> None:
        try:
            with tempfile.TemporaryDirectory() as folder:
                result = export_sheets_of_cohorts(db, cohort_ids, folder, _Progress())
                if result.failed:
                    raise RuntimeError(f"sheets failed: {result.failed[:3]}")
                written.append(len(result.written))
        except BaseException as exc:  # noqa: BLE001 - reported by the caller
            failed.append(exc)

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(timer_ms)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    thread = threading.Thread(target=work)
    loop = QEventLoop()
    started = time.perf_counter()
    timer.start()
    thread.start()
    while thread.is_alive():
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        thread.join(0.001)
    elapsed = time.perf_counter() - started
    timer.stop()
    QApplication.processEvents()
    if failed:
        raise failed[0]
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)] or [elapsed]
    gaps.sort()
    return {
        "seconds": elapsed,
        "sheets": sum(written),
        "max_gap": gaps[-1],
        "p95_gap": gaps[int(len(gaps) * 0.95)],
    }
