"""Every report prints names and notes in any script without crashing: Latin Extended and
Arabic as themselves, a character the embedded font lacks (CJK, emoji) as a visible "□" that
the builder reports in its warnings; 3,000-character words and 5,000-character notes are
wrapped or cut, never a LayoutError."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from werkfit_desktop.reports.cohort_overview import (
    CohortOverview,
    ModuleAttendance,
    OverviewParticipant,
    WeekAttendance,
    build_cohort_overview,
)
from werkfit_desktop.reports.dashboard_sheet import (
    DashboardSheet,
    SheetBar,
    SheetCount,
    build_dashboard_sheet,
)
from werkfit_desktop.reports.employer_profile import (
    EmployerProfile,
    ProfileCertificate,
    ProfileEvaluation,
    ProfileSkill,
    build_employer_profile,
)
from werkfit_desktop.reports.glyphs import PLACEHOLDER, FontText
from werkfit_desktop.reports.signin_sheet import (
    SigninDay,
    SigninParticipant,
    SigninSheet,
    build_signin_sheet,
)
from werkfit_desktop.services.outcome_figures import OutcomeFigures

DAY = dt.date(2026, 11, 23)
NAMES = ("Ayşe Yılmaz", "Łukasz Wróbel", "Nguyễn Thị Hoa")
ARABIC = "أحمد"
MISSING = "王😀"  # CJK and emoji: DejaVu Sans has neither
CHECKED = "🚀漢字"  # in the generated texts below, only in short ones (never cut off)

texts = st.one_of(
    st.text(max_size=80),
    st.sampled_from(NAMES + (ARABIC, "Wang 王 😀", "👍🏽 Ana‍", "<b>&amp;</b>")),
    st.text(alphabet="😀🚀漢字ابتث şığŁőễ x", max_size=60),
    st.just("W" * 3000),
    st.text(alphabet="abc ÿ😀\n", min_size=4900, max_size=5000),
    st.just("\n" * 3000 + "a" * 2000),
)
hypothesis_settings = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking 5,000 characters is slow
)


def _read(build, data) -> tuple[int, list[str], str]:
    buffer = io.BytesIO()
    pages, warnings = build(data, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == pages
    return pages, warnings, "\n".join(page.extract_text() for page in reader.pages)


def _assert_reported(inputs: tuple[str, ...], warnings: list[str], text: str) -> None:
    joined = "".join(inputs)
    for char in CHECKED:
        if char in joined:
            assert any(char in w for w in warnings), char
            assert PLACEHOLDER in text
    assert all(PLACEHOLDER in w for w in warnings)


# builders of each report's data ----------------------------------------------------------
def profile(name: str, note: str, other: str) -> EmployerProfile:
    return EmployerProfile(
        participant_id="p-1",
        number="D-000001",
        name=name,
        organisation=other,
        logo_png=None,
        target_job=other,
        skills=(ProfileSkill(other, 3), ProfileSkill("Samenwerken", 4)),
        evaluation=ProfileEvaluation(
            days=2, hours=12.5, average=3.2, comments=((DAY, other, note), (DAY, name, note))
        ),
        certificates=(ProfileCertificate(other, DAY, None),),
        hours_per_week=24.0,
        driving_licence=other,
        ambitions=note,
        consent_on=DAY,
        printed_on=DAY,
    )


def cohort(names: tuple[str, ...], note: str, other: str) -> CohortOverview:
    outcomes = OutcomeFigures(
        cohort_id="c-1",
        participants=len(names),
        finished=1,
        paid_work=1,
        paid_work_pct=100.0 / len(names),
        part_time=0,
        apprenticeship=0,
        education=0,
        volunteering=0,
        other=0,
        dropout=0,
        no_outcome=len(names) - 1,
    )
    return CohortOverview(
        cohort_id="c-1",
        code=other,
        programme=note,
        organisation=other,
        logo_png=None,
        location=note,
        start_date=dt.date(2026, 2, 9),
        end_date=None,
        sessions_planned=20,
        sessions_held=12,
        participants=tuple(
            OverviewParticipant(f"D-00000{i}", name, "active", None, 87.5, 1, 1, 2)
            for i, name in enumerate(names)
        ),
        attendance_pct=87.5,
        certificates_obtained=1,
        certificates_planned=2,
        modules=(ModuleAttendance(other, 10, 80.0), ModuleAttendance(note, 4, None)),
        outcomes=outcomes,
        weeks=(WeekAttendance(2026, 7, 10, 80.0), WeekAttendance(2026, 8, 8, 75.0)),
        printed_on=DAY,
    )


def signin(names: tuple[str, ...], note: str, other: str, week: bool = False) -> SigninSheet:
    days = tuple(
        SigninDay(DAY + dt.timedelta(days=i), dt.time(9), dt.time(12, 30), other, names[0])
        for i in range(3 if week else 1)
    )
    return SigninSheet(
        organisation=other,
        programme=note,
        modules=(other, note),
        cohort_code=other,
        location=note,
        trainers=(names[0], other),
        days=days,
        participants=tuple(SigninParticipant(name) for name in names),
        notes=note,
        week=(2026, 48) if week else None,
        printed_on=DAY,
    )


def dashboard(name: str, note: str, other: str) -> DashboardSheet:
    return DashboardSheet(
        organisation=other,
        week_year=2026,
        week=48,
        week_start=DAY,
        week_end=DAY + dt.timedelta(days=6),
        running=(SheetBar(other, 80.0, "8 van 10"), SheetBar(name, None, "0 van 0")),
        finished=(SheetBar(note, 50.0, "1 van 2"),),
        follow_ups_overdue=1,
        follow_ups_due=2,
        expiring=(SheetCount(other, 2), SheetCount(note, 1)),
        sessions=(SheetCount("ma 23-11-2026", 3),),
    )


# hypothesis: arbitrary text never crashes, unprintable text is reported ------------------
@hypothesis_settings
@given(name=texts, note=texts, other=texts)
def test_employer_profile_prints_any_text(name, note, other):
    pages, warnings, text = _read(build_employer_profile, profile(name, note, other))
    assert pages == 1
    _assert_reported((name, note, other), warnings, text)


@hypothesis_settings
@given(name=texts, note=texts, other=texts)
def test_cohort_overview_prints_any_text(name, note, other):
    pages, warnings, text = _read(build_cohort_overview, cohort((name, other), note, other))
    assert pages >= 1
    _assert_reported((name, note, other), warnings, text)


@hypothesis_settings
@given(name=texts, note=texts, other=texts, week=st.booleans())
def test_signin_sheet_prints_any_text(name, note, other, week):
    sheet = signin((name, other), note, other, week)
    pages, warnings, text = _read(build_signin_sheet, sheet)
    assert pages >= 1
    _assert_reported((name, note, other), warnings, text)


@hypothesis_settings
@given(name=texts, note=texts, other=texts)
def test_dashboard_sheet_prints_any_text(name, note, other):
    pages, warnings, text = _read(build_dashboard_sheet, dashboard(name, note, other))
    assert pages == 1
    _assert_reported((name, note, other), warnings, text)


# read back: printed as themselves, or as a visible and reported "□" ----------------------
def _assert_names_and_placeholder(warnings: list[str], text: str) -> None:
    # Arabic is drawn in its joined forms, right to left: pypdf reads it back in reading
    # order, in those forms (NFKC gives the letters).
    flat = unicodedata.normalize("NFKC", " ".join(text.split()))
    for name in NAMES:
        assert name in flat
    assert ARABIC in flat
    assert f"Wang {PLACEHOLDER} {PLACEHOLDER}" in flat
    assert len(warnings) == 2
    assert "王" in warnings[0] and "U+738B" in warnings[0]
    assert "😀" in warnings[1] and "U+1F600" in warnings[1]


def test_every_report_prints_latin_extended_and_arabic_and_reports_cjk_and_emoji():
    names = NAMES + (ARABIC, "Wang 王 😀")
    reports = [
        (build_employer_profile, profile("Wang 王 😀", " ".join(NAMES), ARABIC)),
        (build_cohort_overview, cohort(names, "Basis", "WF-1")),
        (build_signin_sheet, signin(names, "Basis", "WF-1")),
        (build_signin_sheet, signin(names, "Basis", "WF-1", week=True)),
        (build_dashboard_sheet, dashboard(" ".join(NAMES), ARABIC, "Wang 王 😀")),
    ]
    for build, data in reports:
        _pages, warnings, text = _read(build, data)
        _assert_names_and_placeholder(warnings, text)


def test_font_text_keeps_what_the_font_has_and_reports_the_rest_once():
    text = FontText()
    assert text.clean("Ayşe Yılmaz") == "Ayşe Yılmaz"
    assert text.clean("Nguye\u0302\u0303n") == "Nguyễn"  # decomposed input prints composed
    assert text.clean("😀 en 😀") == f"{PLACEHOLDER} en {PLACEHOLDER}"
    assert text.clean("👍🏽\u200d\ufe0f") == PLACEHOLDER  # one emoji, one box
    assert text.clean("a\x00b") == "ab"
    assert text.clean("x" * 50, limit=10) == "x" * 9 + "…"
    assert text.clean("a\n\n\n\n b  c\n", limit=100, lines=True) == "a\n\nb c"
    assert text.markup("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert text.clean("أحمد") == "\ufeaa\ufee4\ufea3\ufe83"  # joined, right to left
    assert text.clean("لا") == "\ufefb"  # lam-alef
    warnings = text.warnings()
    assert [w.count("□") for w in warnings] == [1, 1]
    assert "😀" in warnings[0] and "U+1F600" in warnings[0]
    assert "👍" in warnings[1] and "U+1F44D" in warnings[1]
