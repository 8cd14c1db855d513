"""The sign-in sheet (presentielijst) on the demo region, read back as a funder would: every
enrolled participant's name exactly as written (ı, ş, Ł, ễ), the dates as dd-mm-jjjj, page
numbers on every page, the table header on every page, the fonts embedded."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import struct
import zlib
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from werkfit_desktop.domain import (
    Cohort,
    Enrolment,
    Organisation,
    Participant,
    TrainingSession,
    utcnow,
)
from werkfit_desktop.domain.enums import EnrolmentStatus, Phase
from werkfit_desktop.domain.names import listed_name
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.reports.signin_sheet import (
    SigninDay,
    SigninParticipant,
    SigninSheet,
    build_signin_sheet,
)
from werkfit_desktop.services.demo import create_demo
from werkfit_desktop.services.participants import ParticipantInput, create_participant
from werkfit_desktop.services.signin import (
    find_cohort,
    parse_iso_week,
    signin_sheet_for_session,
    signin_sheet_for_week,
)
from werkfit_desktop.services.validation import ValidationFailed

TODAY = dt.date(2026, 11, 23)
# Letters outside Latin-1 that Helvetica cannot print, and a Dutch particle.
EXTRA = [
    ("Şükrü", None, "Yılmaz"),
    ("Łucja", None, "Kowalczyk"),
    ("Thị Hương", None, "Nguyễn"),
    ("Jan", "van den", "Berg"),
]


def _enrol(session, participant_id, cohort_id, start, status=EnrolmentStatus.ACTIVE, **extra):
    session.add(
        Enrolment(
            participant_id=participant_id,
            cohort_id=cohort_id,
            start_date=start,
            status=status,
            current_phase=Phase.TRAINING,
            **extra,
        )
    )


@pytest.fixture(scope="module")
def demo(template_db, tmp_path_factory):
    """The demo region, plus four participants with hard names in the first cohort, one who
    starts mid-week, one who dropped out before the week and one whose enrolment was
    removed."""
    path = tmp_path_factory.mktemp("signin") / "demo.sqlite"
    shutil.copyfile(template_db, path)
    db = open_database(path)
    create_demo(db, seed=1, today=TODAY)
    with db.read() as session:
        cohort = session.scalars(select(Cohort).order_by(Cohort.start_date)).first()
        sessions = session.scalars(
            select(TrainingSession)
            .where(TrainingSession.cohort_id == cohort.id, TrainingSession.cancelled.is_(False))
            .order_by(TrainingSession.date)
        ).all()
        organisation = session.get(Organisation, cohort.organisation_id).name
    first_week = sessions[0].date.isocalendar()[:2]
    week_days = [s.date for s in sessions if s.date.isocalendar()[:2] == first_week]
    assert len(week_days) >= 2, "the demo's first week should have several sessions"

    ids = {}
    for first, particle, last in [*EXTRA, ("Mila", None, "Laatkomer"), ("Uit", None, "Gevallen"),
                                  ("Weg", None, "Gehaald")]:
        ids[last], _ = create_participant(
            db, ParticipantInput(first_name=first, name_particle=particle, last_name=last)
        )
    with db.write() as session:
        for _first, _particle, last in EXTRA:
            _enrol(session, ids[last], cohort.id, cohort.start_date)
        _enrol(session, ids["Laatkomer"], cohort.id, week_days[1])
        _enrol(session, ids["Gevallen"], cohort.id, cohort.start_date - dt.timedelta(days=30),
               status=EnrolmentStatus.DROPPED_OUT,
               dropout_date=cohort.start_date - dt.timedelta(days=1))
        _enrol(session, ids["Gehaald"], cohort.id, cohort.start_date, deleted_at=utcnow())
    yield SimpleNamespace(
        db=db,
        cohort_id=cohort.id,
        code=cohort.code,
        week=first_week,
        week_days=week_days,
        session_id=sessions[0].id,
        organisation=organisation,
    )
    db.close()


def _expected_names(db, cohort_id) -> set[str]:
    """Everyone enrolled in the cohort, not dropped out before it started."""
    with db.read() as session:
        rows = session.execute(
            select(Participant.first_name, Participant.name_particle, Participant.last_name,
                   Enrolment.dropout_date, Cohort.start_date)
            .join(Enrolment, Enrolment.participant_id == Participant.id)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .where(Enrolment.cohort_id == cohort_id)
        ).all()
    return {listed_name(r[0], r[1], r[2]) for r in rows if not r[3] or r[3] >= r[4]}


def png(width: int, height: int, rgb=(47, 111, 143)) -> bytes:
    """A real PNG of one colour."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _read(sheet: SigninSheet) -> tuple[PdfReader, list[str], int]:
    buffer = io.BytesIO()
    pages, _warnings = build_signin_sheet(sheet, buffer)
    buffer.seek(0)
    reader = PdfReader(buffer)
    return reader, [page.extract_text() for page in reader.pages], pages


def _names_in(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines()}


def test_week_sheet_lists_every_enrolled_participant_exactly(demo):
    sheet = signin_sheet_for_week(demo.db, demo.cohort_id, *demo.week, printed_on=TODAY)
    reader, texts, pages = _read(sheet)
    lines = set().union(*(_names_in(t) for t in texts))

    expected = _expected_names(demo.db, demo.cohort_id)
    assert {"Yılmaz, Şükrü", "Kowalczyk, Łucja", "Nguyễn, Thị Hương",
            "Berg, Jan van den", "Laatkomer, Mila"} <= expected
    assert expected <= lines, sorted(expected - lines)
    assert "Gevallen, Uit" not in lines  # dropped out before the week
    assert "Gehaald, Weg" not in lines  # enrolment removed
    # Sorted by surname without particle: Berg (van den) before Kowalczyk before Yılmaz.
    whole = "\n".join(texts)
    assert whole.index("Berg, Jan van den") < whole.index("Kowalczyk, Łucja") < whole.index(
        "Yılmaz, Şükrü")

    # Dates as dd-mm-jjjj with the weekday, the week with its week-year, page numbers.
    for day in demo.week_days:
        assert day.strftime("%d-%m-%Y") in whole
    assert f"week {demo.week[1]} van {demo.week[0]}" in texts[0]
    assert len(reader.pages) == pages >= 2  # 10 to 18 demo participants plus 5 added
    for number, text in enumerate(texts, start=1):
        assert f"Pagina {number} van {pages}" in text
        assert f"Afgedrukt op {TODAY:%d-%m-%Y}" in text
    # The one who starts on the second day gets a grey box on the first.
    assert "niet ingeschreven" in whole
    laat = next(p for p in sheet.participants if p.name == "Laatkomer, Mila")
    assert laat.expected[0] is False and all(laat.expected[1:])
    # Landscape for a week.
    box = reader.pages[0].mediabox
    assert box.width > box.height


def test_week_sheet_repeats_the_header_and_carries_the_trainer_box_on_every_page(demo):
    sheet = signin_sheet_for_week(demo.db, demo.cohort_id, *demo.week)
    _reader, texts, pages = _read(sheet)
    assert pages >= 2
    title = f"Presentielijst {demo.code}, week {demo.week[1]} van {demo.week[0]}"
    for text in texts:
        assert title in text
        assert demo.organisation in text
        assert "Deelnemer" in text and "Nr." in text  # the table header
        for day in demo.week_days:
            assert day.strftime("%d-%m-%Y") in text
        assert "Handtekening trainer, binnen 7 dagen" in text
    last = max(demo.week_days) + dt.timedelta(days=7)
    assert f"uiterlijk {last:%d-%m-%Y}" in texts[0]
    # Numbers run on across pages: no participant twice, none left out.
    numbers = [int(n) for t in texts for n in re.findall(r"^\s*(\d+)\s*$", t, re.M)]
    assert numbers == list(range(1, len(sheet.participants) + 1))


def test_metadata_and_embedded_fonts(demo):
    sheet = signin_sheet_for_week(demo.db, demo.cohort_id, *demo.week)
    reader, _texts, _pages = _read(sheet)
    meta = reader.metadata
    assert meta.title == f"Presentielijst {demo.code}, week {demo.week[1]} van {demo.week[0]}"
    assert meta.author == demo.organisation
    assert meta.creator == "Werkfit Desktop"
    for page in reader.pages:
        fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
        names = {str(f["/BaseFont"]) for f in fonts}
        assert names and all("DejaVuSans" in n for n in names), names
        assert any(n.endswith("DejaVuSans-Bold") for n in names)
        for font in fonts:  # embedded, not just named
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_session_sheet_is_portrait_with_one_signature_column(demo):
    sheet = signin_sheet_for_session(demo.db, demo.session_id, printed_on=TODAY)
    reader, texts, pages = _read(sheet)
    whole = "\n".join(texts)
    day = demo.week_days[0]
    assert reader.metadata.title == f"Presentielijst {demo.code}, {day:%d-%m-%Y}"
    assert "Handtekening" in whole and "Opmerking" in whole
    lines = set().union(*(_names_in(t) for t in texts))
    on_day = {p.name for p in sheet.participants}
    assert "Laatkomer, Mila" not in on_day  # starts on the second day of the week
    assert {"Yılmaz, Şükrü", "Kowalczyk, Łucja", "Nguyễn, Thị Hương"} <= on_day <= lines
    for number in range(1, pages + 1):
        assert f"Pagina {number} van {pages}" in texts[number - 1]
    box = reader.pages[0].mediabox
    assert box.height > box.width


def test_a_built_sheet_from_plain_data_with_logo_and_long_names(tmp_path):
    """The builder on its own: long names wrap instead of running into the signature boxes,
    a logo is drawn, no participants gives a clear line."""
    days = tuple(
        SigninDay(dt.date(2026, 12, 28) + dt.timedelta(days=i), dt.time(9), dt.time(12, 30),
                  "Werkcultuur", "Trainer Een" if i < 3 else "Trainer Twee")
        for i in range(5)
    )
    long_name = "Wiśniewska-Kowalczyk-Dąbrowska, Agnieszka Małgorzata Łucja"
    sheet = SigninSheet(
        organisation="Leerwerkbedrijf Voorbeeld",
        programme="Werkfit Logistiek",
        modules=("Werkcultuur",),
        cohort_code="WF-LOG-2026-9",
        location="Hal 2",
        trainers=("Trainer Een", "Trainer Twee"),
        days=days,
        participants=(SigninParticipant(long_name), SigninParticipant("Öz, Ömer")),
        week=(2026, 53),
        logo_png=png(120, 40),
    )
    reader, texts, _pages = _read(sheet)
    whole = "\n".join(texts)
    assert "week 53 van 2026" in whole  # 1 January 2027 is in week 53 of 2026
    assert "01-01-2027" in whole and "28-12-2026" in whole
    assert "Trainer Een" in whole and "Trainer Twee" in whole
    assert "Wiśniewska-Kowalczyk-Dąbrowska" in whole.replace("\n", "")
    assert reader.pages[0]["/Resources"]["/XObject"]  # the logo

    empty = SigninSheet("Org", "Programma", (), "X-1", "", (), days[:1], ())
    _reader, texts, _pages = _read(empty)
    assert "Geen deelnemers ingeschreven." in texts[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-W07", (2026, 7)), ("2026-w7", (2026, 7)), (" 2026W07 ", (2026, 7)),
     ("2026-W53", (2026, 53)), ("2027-W01", (2027, 1))],
)
def test_parse_iso_week(text, expected):
    assert parse_iso_week(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-W53", "Week 53 bestaat niet in 2025: dat jaar heeft 52 weken."),
        ("2026-W00", "Week 0 bestaat niet in 2026: dat jaar heeft 53 weken."),
        ("week 7", "'week 7' is geen week; schrijf het weekjaar en het weeknummer, zoals 2026-W07."),
        ("07-2026", "'07-2026' is geen week"),
    ],
)
def test_bad_weeks_are_refused_in_dutch(text, message):
    with pytest.raises(ValidationFailed) as failed:
        parse_iso_week(text)
    assert message in failed.value.errors[0].message()


def test_a_week_without_sessions_and_unknown_codes(demo):
    with pytest.raises(ValidationFailed) as failed:
        signin_sheet_for_week(demo.db, demo.cohort_id, demo.week[0] - 1, 7)
    message = failed.value.errors[0].message()
    assert message.startswith(f"Groep {demo.code} heeft geen lesdagen in week 7 van ")
    assert "de lesdagen lopen van" in message

    assert find_cohort(demo.db, f"  {demo.code.lower()} ") == demo.cohort_id
    with pytest.raises(ValidationFailed) as failed:
        find_cohort(demo.db, "GEEN-GROEP")
    message = failed.value.errors[0].message()
    assert "Er is geen groep met code 'GEEN-GROEP'" in message and demo.code in message
