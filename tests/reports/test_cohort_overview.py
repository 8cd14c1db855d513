"""The cohort overview read back as a funder would: every participant by name, the same
attendance and outcome figures as the cohort page's services, page numbers and metadata."""

from __future__ import annotations

import datetime as dt
import io
import shutil

import pytest
from pypdf import PdfReader

from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.reports.charts import decimal_comma
from werkfit_desktop.reports.cohort_overview import build_cohort_overview
from werkfit_desktop.services import attendance_stats
from werkfit_desktop.services.cohort_overview import cohort_overview_data
from werkfit_desktop.services.cohort_page import cohort_page
from werkfit_desktop.services.outcome_figures import cohort_outcomes
from werkfit_desktop.services.signin import find_cohort

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("overview") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield db
    db.close()


def _read(db, code):
    cohort_id = find_cohort(db, code)
    data = cohort_overview_data(db, cohort_id, TODAY)
    buffer = io.BytesIO()
    pages, _warnings = build_cohort_overview(data, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == pages
    text = "\n".join(page.extract_text() for page in reader.pages)
    return cohort_id, data, reader, text


def _pct(value: float) -> str:
    return decimal_comma(value, 1) + "%"


@pytest.mark.parametrize("code", ["WF-INST-2026-1", "WF-INST-2026-3"])
def test_overview_shows_the_cohort_pages_figures(demo, code):
    cohort_id, data, reader, text = _read(demo, code)
    page = cohort_page(demo, cohort_id, as_of=TODAY)
    figures = attendance_stats.participant_figures(demo, cohort_id, TODAY)
    assert page.members
    for member in page.members:
        assert member.name in text
        assert member.number in text
        pct = figures[member.participant_id].attendance_pct
        if pct is not None:
            start = text.index(member.number) + len(member.number)
            row = text[start:].split("D-0", 1)[0]  # the participant's row, up to the next
            assert _pct(pct) in row
    total = attendance_stats.cohort_totals(demo, cohort_id, TODAY).attendance_pct
    assert _pct(total) in text
    outcomes = cohort_outcomes(demo, cohort_id, TODAY)
    if outcomes.paid_work_pct is not None:
        assert _pct(outcomes.paid_work_pct) in text
    assert f"{page.totals.certificates_obtained} / {page.totals.certificates_planned}" in text
    assert data.programme in text and code in text


def test_weekly_trend_adds_up_to_the_cohort_total(demo):
    cohort_id = find_cohort(demo, "WF-INST-2026-1")
    data = cohort_overview_data(demo, cohort_id, TODAY)
    total = attendance_stats.cohort_totals(demo, cohort_id, TODAY)
    assert sum(w.registered for w in data.weeks) == total.registered
    assert data.weeks[0].week_year == 2026 and data.weeks[0].week == 6


def test_week_numbers_carry_their_week_year_across_new_year(demo):
    # WF-INST-2026-3 runs into 2027: 1 January 2027 is in week 53 of 2026
    cohort_id = find_cohort(demo, "WF-INST-2026-3")
    data = cohort_overview_data(demo, cohort_id, dt.date(2027, 1, 15))
    labels = [(w.week_year, w.week) for w in data.weeks]
    assert (2026, 53) in labels
    assert len(labels) == len(set(labels))


def test_pages_are_numbered_with_metadata(demo):
    _cohort_id, data, reader, _text = _read(demo, "WF-INST-2026-1")
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        content = page.extract_text()
        assert f"Pagina {number} van {total}" in content
        assert "Afgedrukt op 23-11-2026" in content
    assert reader.metadata.author == data.organisation
    assert "WF-INST-2026-1" in reader.metadata.subject
    assert reader.metadata.title


def test_a_planned_cohort_has_an_overview_without_figures(demo):
    _cohort_id, data, reader, text = _read(demo, "WF-INST-2027-1")
    assert data.weeks == ()
    assert len(reader.pages) >= 1
    for participant in data.participants:
        assert participant.name in text
