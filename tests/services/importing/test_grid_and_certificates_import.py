"""Importing an attendance grid (marks on the right sessions, missing sessions created in the
chosen module, unknown participants reported) and certificates (valid-until from the type,
an override honoured, an unknown type reported, the same exam updated)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import Attendance, Certificate, TrainingSession
from werkfit_desktop.domain.enums import AttendanceStatus as S
from werkfit_desktop.domain.enums import ExamResult
from werkfit_desktop.services import certificates as certificate_service
from werkfit_desktop.services.importing import (
    ImportKind,
    ImportMode,
    ImportRefused,
    apply_import,
    detect_kind,
    preview_file,
)


def _helpers():
    if "importing_helpers" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "importing_helpers", Path(__file__).with_name("importing_helpers.py")
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["importing_helpers"] = module
        spec.loader.exec_module(module)
    return sys.modules["importing_helpers"]


H = _helpers()
MON, TUE, WED = dt.date(2026, 2, 9), dt.date(2026, 2, 10), dt.date(2026, 2, 11)


@pytest.fixture
def cohort(db):
    builder = H.cohort_builder()("WF-GRID-1", MON, modules=("Taal", "Vakjargon"))
    builder.monday = builder.session(MON)
    builder.tuesday = builder.session(TUE)
    builder.person("Ayşe", "Yılmaz", MON)
    builder.person("Łukasz", "Wróbel", MON)
    builder.person("Nguyễn Thị", "Hoa", MON)
    builder.mark(builder.monday, "Łukasz", S.PRESENT)
    builder.mark(builder.tuesday, "Łukasz", S.SICK)
    return builder.save(db)


def _marks(db):
    with db.read() as session:
        rows = session.execute(
            select(
                TrainingSession.date,
                TrainingSession.start_time,
                Attendance.participant_id,
                Attendance.status,
                Attendance.minutes_late,
            ).join(TrainingSession, TrainingSession.id == Attendance.session_id)
        ).all()
    return {(r.date, r.participant_id): (r.status, r.minutes_late) for r in rows}


def test_grid_lands_on_the_right_sessions_and_creates_missing_ones(db, tmp_path, cohort):
    people = cohort.people
    number = people["Ayşe"].participant_number
    path = H.write_csv(
        tmp_path / "grid.csv",
        [
            ["Deelnemer", "09-02-2026", "10-02-2026 09:00-12:30", "11-02-2026 13:00-16:30", "opm."],
            [number, "a", "L15", "M", "x"],
            ["lukasz wrobel", "A", "z", ""],
            ["Hoa, Nguyễn Thị", "O", "", "L"],
        ],
        encoding="utf-8",
    )
    assert detect_kind(path) == ImportKind.ATTENDANCE
    preview = preview_file(db, path, cohort_code="wf-grid-1", module="vakjargon")
    assert preview.problems == []
    assert preview.counts == {"sessions created": 1, "marks created": 5, "marks updated": 0}
    assert len(preview.skips) == 2  # Łukasz's marks are already there
    assert preview.unknown_columns == ["opm."]
    assert any("11-02-2026 13:00-16:30" in line for line in preview.creates)
    result = apply_import(db, preview)
    assert (result.created, result.updated) == (5, 0)
    marks = _marks(db)
    ayse, lukasz, hoa = (people[n].id for n in ("Ayşe", "Łukasz", "Nguyễn Thị"))
    assert marks[(MON, ayse)] == (S.PRESENT, None)
    assert marks[(TUE, ayse)] == (S.LATE, 15)
    assert marks[(WED, ayse)] == (S.ABSENT_EXCUSED, None)
    assert marks[(TUE, lukasz)] == (S.SICK, None)
    assert marks[(MON, hoa)] == (S.ABSENT_UNEXCUSED, None)
    assert marks[(WED, hoa)] == (S.LATE, None)
    with db.read() as session:
        new = session.scalars(select(TrainingSession).where(TrainingSession.date == WED)).one()
    assert new.module_id == cohort.modules[1].id
    assert (new.start_time, new.end_time) == (dt.time(13), dt.time(16, 30))
    assert new.id in result.changes.sessions


def test_grid_updates_a_different_mark_and_reports_bad_cells(db, tmp_path, cohort):
    path = H.write_csv(
        tmp_path / "grid.csv",
        [
            ["deelnemer", "09-02-2026", "10-02-2026"],
            ["Łukasz Wróbel", "L5", "Z"],
            ["Jan Onbekend", "A", "A"],
            ["Ayşe Yılmaz", "X", "A"],
        ],
        encoding="utf-8",
    )
    preview = preview_file(db, path, kind=ImportKind.ATTENDANCE, cohort_code="WF-GRID-1")
    assert [(p.row, p.column) for p in preview.problems] == [(3, "deelnemer"), (4, "09-02-2026")]
    with pytest.raises(ImportRefused):
        apply_import(db, preview)
    result = apply_import(db, preview, ImportMode.SKIP_BAD_ROWS)
    assert (result.created, result.updated) == (0, 1)
    assert _marks(db)[(MON, cohort.people["Łukasz"].id)] == (S.LATE, 5)
    assert (TUE, cohort.people["Ayşe"].id) not in _marks(db)


def test_grid_needs_a_module_when_the_programme_has_several(db, tmp_path, cohort):
    path = H.write_csv(tmp_path / "grid.csv", [["deelnemer", "12-02-2026"], ["Hoa", "A"]])
    preview = preview_file(db, path, kind=ImportKind.ATTENDANCE, cohort_code="WF-GRID-1")
    assert not preview.can_import
    assert "Taal, Vakjargon" in preview.problems[0].line()
    assert not preview_file(db, path, kind=ImportKind.ATTENDANCE).can_import  # no cohort


def _types(db):
    certificate_service.add_standard_types(db)
    return {t.name: t for t in certificate_service.list_types(db)}


def test_certificates_valid_until_override_unknown_type_and_update(db, tmp_path, cohort):
    _types(db)
    ayse = cohort.people["Ayşe"].participant_number
    path = H.write_csv(
        tmp_path / "cert.csv",
        [
            ["Deelnemer", "Certificaat", "Examendatum", "Resultaat", "Diplomanummer", "Geldig tot"],
            [ayse, "vca basis", "15-03-2026", "Geslaagd", "VCA-1", ""],
            ["Łukasz Wróbel", "BHV", "01-04-2026", "geslaagd", "", "01-06-2026"],
            ["Nguyễn Thị Hoa", "Lasdiploma", "01-04-2026", "geslaagd", "", ""],
            ["Nguyễn Thị Hoa", "EHBO", "02-04-2026", "niet verschenen", "", ""],
        ],
        encoding="utf-8",
    )
    assert detect_kind(path) == ImportKind.CERTIFICATES
    preview = preview_file(db, path)
    assert [(p.row, p.column) for p in preview.problems] == [(4, "Certificaat")]
    result = apply_import(db, preview, ImportMode.SKIP_BAD_ROWS)
    assert (result.created, result.updated, result.skipped) == (3, 0, 1)
    with db.read() as session:
        rows = {c.diploma_number or c.result.value: c for c in session.scalars(select(Certificate))}
    assert rows["VCA-1"].valid_until == dt.date(2036, 3, 15)  # 120 months from the type
    assert not rows["VCA-1"].valid_until_overridden
    bhv = next(c for c in rows.values() if c.exam_date == dt.date(2026, 4, 1))
    assert bhv.valid_until == dt.date(2026, 6, 1) and bhv.valid_until_overridden
    assert rows["no_show"].valid_until is None and rows["no_show"].result == ExamResult.NO_SHOW
    again = H.write_csv(
        tmp_path / "cert2.csv",
        [
            ["deelnemer", "certificaat", "examendatum", "resultaat", "diplomanummer"],
            [ayse, "VCA Basis", "2026-03-15", "geslaagd", "VCA-2"],
        ],
        encoding="utf-8",
    )
    preview = preview_file(db, again)
    assert (len(preview.creates), len(preview.updates)) == (0, 1)
    assert apply_import(db, preview).updated == 1
    with db.read() as session:
        assert session.scalars(select(Certificate.diploma_number)).all().count("VCA-2") == 1
        assert len(session.scalars(select(Certificate)).all()) == 3
