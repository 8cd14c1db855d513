"""Several participants' progress sheets in one PDF: each sheet starts on a new page; the
page header names the cohort (each sheet's first table names its participant).

    pages, warnings = build_combined_sheets(sheets, "WF-INST-2026-1", buffer)"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, PageBreak

from werkfit_desktop.reports.glyphs import FontText
from werkfit_desktop.reports.layout import ReportInfo, build_report
from werkfit_desktop.reports.progress_sheet import ProgressSheet, sheet_story, sheet_title
from werkfit_desktop.texts import translate


def build_combined_sheets(
    sheets: Sequence[ProgressSheet], cohort: str, target: str | Path | IO[bytes]
) -> tuple[int, list[str]]:
    """Write the sheets one after another; returns (pages, warnings)."""
    if not sheets:
        raise ValueError("no sheets")
    text = FontText()
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story.extend(sheet_story(sheet, text))
    first = sheets[0]
    info = ReportInfo(
        title=sheet_title(),
        organisation=text.clean(first.organisation, 200),
        subtitle=text.clean(cohort, 120),
        subject=translate("ProgressSheet", "Progress reports of {cohort}").format(
            cohort=text.clean(cohort, 120)
        ),
        logo_png=first.logo_png,
        printed_on=first.printed_on,
    )
    pages = build_report(target, info, story)
    return pages, text.warnings()
