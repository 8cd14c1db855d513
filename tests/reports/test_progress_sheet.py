"""The progress sheet (voortgangsrapportage) read back as a municipality would: the name
exactly as written, the attendance figures of attendance_stats, certificate dates as
dd-mm-jjjj, page numbers, metadata, and no private coaching note anywhere."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import func, select
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain import Certificate, PlacementDay, StaffMember
from werkfit_desktop.domain.enums import ContactType
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.reports.progress_sheet import (
    PLACEHOLDER,
    GoalLine,
    NoteLine,
    ProgressSheet,
    build_progress_sheet,
)
from werkfit_desktop.services import attendance_stats, coaching
from werkfit_desktop.services.participants import get_participant, update_participant
from werkfit_desktop.services.progress import SheetOptions, progress_figures, progress_sheet_data

MARKER = "PRIVÉ-9c1e-nooit-printen"
NAME = ("Łucja", "Çelik-Şahin")


@pytest.fixture(scope="module")
def printed(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("sheet") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    with db.read() as session:
        pid = session.scalar(
            select(PlacementDay.participant_id)
            .join(Certificate, Certificate.participant_id == PlacementDay.participant_id)
            .group_by(PlacementDay.participant_id)
            .order_by(func.count().desc(), PlacementDay.participant_id)
            .limit(1)
        )
        author = session.scalar(select(StaffMember.id).limit(1))
    data = get_participant(db, pid).data
    update_participant(
        db,
        pid,
        dataclasses.replace(data, first_name=NAME[0], last_name=NAME[1], name_particle=None),
    )
    coaching.finish_note(
        db,
        author,
        pid,
        coaching.NoteInput(
            contact_at=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
            contact_type=ContactType.VISIT,
            discussed=MARKER,
            agreements=MARKER,
            private=True,
        ),
        now=dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC),
    )
    options = SheetOptions(explanation="Goede voortgang; zie de afspraken.")
    sheet = progress_sheet_data(db, pid, options, today=DEMO_TODAY)
    figures = progress_figures(db, pid, today=DEMO_TODAY)
    buffer = io.BytesIO()
    pages, warnings = build_progress_sheet(sheet, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    yield db, figures, sheet, reader, text, pages, warnings, buffer.getvalue()
    db.close()


def test_name_dates_and_pages(printed):
    _db, figures, sheet, reader, text, pages, warnings, _raw = printed
    assert f"{NAME[0]} {NAME[1]}" in text
    assert figures.number in text
    assert 1 <= pages <= 3 and len(reader.pages) == pages
    assert "Pagina 1 van" in text or "Page 1 of" in text
    assert warnings == []
    valid = [c for c in figures.certificates if c.valid_until]
    assert valid
    for c in valid:
        assert c.valid_until.strftime("%d-%m-%Y") in text


def test_attendance_equals_the_statistics(printed):
    db, figures, sheet, _reader, text, *_ = printed
    per_module = attendance_stats.module_figures(
        db, figures.cohort_id, figures.participant_id, DEMO_TODAY
    )
    total = attendance_stats.participant_figures(db, figures.cohort_id, DEMO_TODAY)[
        figures.participant_id
    ]
    assert [(a.held, a.present, a.late, a.absent, a.sick) for a in sheet.attendance] == [
        (f.sessions_held, f.present, f.late, f.absent, f.sick) for f in per_module.values()
    ]
    pct = f"{total.attendance_pct:.1f}".replace(".", ",")
    numbers = (total.sessions_held, total.present, total.late, total.absent, total.sick)
    line = "\n".join(str(n) for n in numbers) + f"\n{pct} %"
    assert line in " ".join(text.split(" "))


def test_no_private_note_anywhere(printed):
    *_, raw = printed
    _db, _f, sheet, _reader, text, *_rest = printed
    assert MARKER not in text
    assert all(MARKER not in n.discussed for n in sheet.notes)
    assert MARKER.encode() not in raw


def test_metadata(printed):
    _db, figures, _sheet, reader, *_ = printed
    meta = reader.metadata
    assert meta.title in ("Voortgangsrapportage", "Progress report")
    assert meta.author == figures.organisation
    assert NAME[1] in meta.subject


BASE = ProgressSheet(
    organisation="Werkplaats Test",
    participant_name="x",
    number="D-000001",
    date_of_birth=dt.date(1990, 1, 2),
    language_level="A2",
    cohort="C-1",
    programme="Programma",
    period_from=dt.date(2026, 1, 5),
    period_to=dt.date(2026, 6, 30),
    phase="Vocational training",
    lead="Anna (trainer)",
)
texts = st.one_of(
    st.text(max_size=80),
    st.text(alphabet="😀🚀漢字ابتث x", max_size=60),
    st.just("W" * 3000),
    st.text(alphabet="abc ÿ😀\n", min_size=4900, max_size=5000),
    st.just("\n" * 3000 + "a" * 2000),
)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking 5,000 characters is slow
)
@given(name=texts, note=texts, goal=texts)
def test_arbitrary_text_never_crashes(name, note, goal):
    sheet = dataclasses.replace(
        BASE,
        participant_name=name,
        explanation=note,
        notes=(NoteLine(dt.date(2026, 3, 1), "Visit", note, goal),),
        goals=(GoalLine(goal, None, "Open", None),),
    )
    pages, warnings = build_progress_sheet(sheet, io.BytesIO())
    assert pages >= 1
    for char in "🚀漢字":
        if char in name + note + goal:
            assert any(char in w for w in warnings)


def test_unsupported_characters_are_visible_and_reported():
    sheet = dataclasses.replace(BASE, participant_name="Wang 王 Ahmad أحمد")
    buffer = io.BytesIO()
    _pages, warnings = build_progress_sheet(sheet, buffer)
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert f"Wang {PLACEHOLDER} Ahmad" in text
    assert len(warnings) == 1 and "王" in warnings[0]
