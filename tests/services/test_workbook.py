"""The cohort workbook: export one cohort to XLSX and import it again without loss."""

from __future__ import annotations

import re
import shutil
import zipfile

import openpyxl
import pytest
from sqlalchemy import func, select

from werkfit_desktop.domain import (
    Attendance,
    Certificate,
    CertificateType,
    CoachingNote,
    Cohort,
    Employer,
    Participant,
    TrainingSession,
)
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.exporting.workbook import collect_cohort, export_cohort_workbook
from werkfit_desktop.services.exporting.workbook_sheets import SHEETS
from werkfit_desktop.services.importing import workbook
from werkfit_desktop.services.importing.common import ImportRefused
from werkfit_desktop.services.importing.preview import ImportMode

# Rows keep everything but these: the import writes them anew (when, and on which device).
NOT_KEPT = {"created_at", "updated_at", "updated_by_device"}
FINISHED, RUNNING, PLANNED = "WF-ZORG-2026-1", "WF-INST-2026-3", "WF-INST-2027-1"


@pytest.fixture(scope="module")
def demo_path(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("workbook") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture(scope="module")
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def cohort_id(db, code: str) -> str:
    return db.scalar(select(Cohort.id).where(Cohort.code == code))


def cells(path) -> dict[str, list[list]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in book}
    finally:
        book.close()


def xml_of(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


def table_rows(db, model, ids: set[str] | None = None) -> list[tuple]:
    """The rows of a table as plain tuples (all columns except NOT_KEPT), sorted."""
    columns = [c for c in model.__table__.c if c.name not in NOT_KEPT]
    with db.read() as session:
        statement = select(*columns)
        rows = session.execute(statement).all()
    return sorted(
        (
            tuple(row)
            for row in rows
            if ids is None or row[columns.index(model.__table__.c.id)] in ids
        ),
        key=repr,
    )


def export_import(demo, db_path, tmp_path, code: str, private: bool = True):
    first, second = tmp_path / "eerste.xlsx", tmp_path / "tweede.xlsx"
    cid = cohort_id(demo, code)
    export_cohort_workbook(demo, cid, first, include_private_notes=private)
    target = open_database(db_path)
    preview = workbook.preview(target, first, include_private_notes=private)
    assert preview.problems == []
    assert preview.updates == [] and preview.creates
    result = workbook.apply(target, preview)
    assert result.created == len(preview.creates) and result.updated == 0
    export_cohort_workbook(target, cid, second, include_private_notes=private)
    return cid, target, first, second


@pytest.mark.parametrize("code", [FINISHED, RUNNING, PLANNED])
def test_round_trip_is_lossless(demo, db_path, tmp_path, code):
    cid, target, first, second = export_import(demo, db_path, tmp_path, code)
    try:
        # (a) the two workbooks, cell by cell
        assert cells(first) == cells(second)
        # (b) the database content the workbook covers, table by table
        with demo.read() as session:
            found = collect_cohort(session, cid, include_private_notes=True)
            scoped = {sheet.model: {row.id for row in found[sheet.name]} for sheet in SHEETS}
        for sheet in SHEETS:
            expected = table_rows(demo, sheet.model, scoped[sheet.model])
            assert table_rows(target, sheet.model) == expected, sheet.name
    finally:
        target.close()


def test_finished_cohort_has_what_the_round_trip_must_carry(demo, tmp_path):
    path = tmp_path / "groep.xlsx"
    export_cohort_workbook(demo, cohort_id(demo, FINISHED), path, include_private_notes=True)
    sheets = cells(path)
    enrolments = sheets["Inschrijvingen"]
    assert any(row[enrolments[0].index("Uitvaldatum")] for row in enrolments[1:])
    notes = sheets["Nazorg"]
    assert any(row[notes[0].index("Privé")] is True for row in notes[1:])
    assert len(sheets["Uitstroom"]) > 1 and len(sheets["Praktijkdagen"]) > 1


def test_import_into_the_same_database_changes_nothing(demo_path, tmp_path):
    db = open_database(demo_path)
    try:
        path = tmp_path / "groep.xlsx"
        export_cohort_workbook(db, cohort_id(db, FINISHED), path, include_private_notes=True)
        before = {sheet.name: _full_rows(db, sheet.model) for sheet in SHEETS}
        steps = Steps()
        preview = workbook.preview(db, path, include_private_notes=True, progress=steps)
        assert preview.creates == [] and preview.updates == [] and preview.problems == []
        assert any("Aanwezigheid" in line for line in preview.skips)
        result = workbook.apply(db, preview, progress=steps)
        assert steps.seen[-1][0] == steps.seen[-1][1] and len(steps.seen) > 2 * len(SHEETS)
        assert (result.created, result.updated) == (0, 0)
        assert result.skipped == preview.rows
        assert {sheet.name: _full_rows(db, sheet.model) for sheet in SHEETS} == before
    finally:
        db.close()


class Steps:
    def __init__(self) -> None:
        self.seen: list[tuple[int, int, str]] = []

    def update(self, done: int, total: int, text: str = "") -> None:
        assert 0 <= done <= total
        self.seen.append((done, total, text))


def _full_rows(db, model):
    with db.read() as session:
        return sorted(session.execute(select(*model.__table__.c)).all(), key=repr)


def test_private_notes_only_when_asked(demo, db_path, tmp_path):
    cid = cohort_id(demo, FINISHED)
    with demo.read() as session:
        private = session.scalars(
            select(CoachingNote.discussed).where(
                CoachingNote.private.is_(True), CoachingNote.participant_id.is_not(None)
            )
        ).all()
        found = collect_cohort(session, cid, include_private_notes=True)
    texts = {n.discussed for n in found["Nazorg"] if n.private}
    assert texts and texts <= set(private)
    without, with_ = tmp_path / "zonder.xlsx", tmp_path / "met.xlsx"
    export_cohort_workbook(demo, cid, without)
    export_cohort_workbook(demo, cid, with_, include_private_notes=True)
    plain, full = xml_of(without), xml_of(with_)
    for text in texts:
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert escaped not in plain
        assert escaped in full
    # A workbook with private notes brings them in only when asked, too.
    target = open_database(db_path)
    try:
        preview = workbook.preview(target, with_)
        assert any("privé" in line.casefold() or "private" in line for line in preview.skips)
        workbook.apply(target, preview)
        assert target.scalar(select(func.count()).where(CoachingNote.private.is_(True))) == 0
    finally:
        target.close()


def _broken_copy(source, destination, edit) -> None:
    book = openpyxl.load_workbook(source)
    edit(book)
    book.save(destination)


@pytest.fixture(scope="module")
def running_workbook(demo, tmp_path_factory):
    path = tmp_path_factory.mktemp("broken") / "groep.xlsx"
    export_cohort_workbook(demo, cohort_id(demo, RUNNING), path)
    return path


def _count(db, model) -> int:
    return db.scalar(
        select(func.count()).select_from(model).execution_options(include_deleted=True)
    )


def test_missing_sheet_and_wrong_header_write_nothing(running_workbook, db, tmp_path):
    broken = tmp_path / "kapot.xlsx"

    def edit(book):
        del book["Praktijkdagen"]
        book["Certificaten"].cell(1, 3).value = "Examen op"  # was Examendatum

    _broken_copy(running_workbook, broken, edit)
    preview = workbook.preview(db, broken)
    lines = [p.line() for p in preview.problems]
    assert not preview.can_import
    assert any(p.sheet == "Praktijkdagen" and p.row is None for p in preview.problems), lines
    assert any(p.sheet == "Certificaten" and p.column == "Examendatum" for p in preview.problems), (
        lines
    )
    assert "Certificaten: Examen op" in preview.unknown_columns
    assert any("Praktijkdagen" in line for line in lines)
    for mode in ImportMode:
        with pytest.raises(ImportRefused):
            workbook.apply(db, preview, mode)
    assert _count(db, Participant) == 0


def test_bad_date_in_row_7_of_sessies(running_workbook, db, tmp_path):
    broken = tmp_path / "kapot.xlsx"
    headers = cells(running_workbook)["Sessies"][0]

    def edit(book):
        book["Sessies"].cell(7, headers.index("Datum") + 1).value = "31-02-2026"
        attendance = book["Aanwezigheid"]
        wanted = cells(running_workbook)["Aanwezigheid"][0].index("deelnemer_id") + 1
        attendance.cell(3, wanted).value = "00000000-0000-7000-8000-000000000000"

    _broken_copy(running_workbook, broken, edit)
    preview = workbook.preview(db, broken)
    assert preview.can_import
    where = {(p.sheet, p.row, p.column) for p in preview.problems}
    assert ("Sessies", 7, "Datum") in where
    assert ("Aanwezigheid", 3, "deelnemer_id") in where
    assert len(preview.problems) == 2
    message = next(p for p in preview.problems if p.sheet == "Sessies").line()
    assert "31-02-2026" in message and "7" in message
    with pytest.raises(ImportRefused):
        workbook.apply(db, preview, ImportMode.ALL_OR_NOTHING)
    assert _count(db, TrainingSession) == 0 and _count(db, Participant) == 0

    # Skipping bad rows leaves out the session of row 7 and its attendance, and says so.
    bad_session = cells(broken)["Sessies"][6][headers.index("id")]
    needing = [
        line
        for line in preview.skips
        if line.startswith("Aanwezigheid") and re.search(r"Sessies (row|rij) 7\b", line)
    ]
    result = workbook.apply(db, preview, ImportMode.SKIP_BAD_ROWS)
    sessions = cells(running_workbook)["Sessies"]
    assert _count(db, TrainingSession) == len(sessions) - 2
    assert db.scalar(select(func.count()).where(Attendance.session_id == bad_session)) == 0
    attendance = cells(running_workbook)["Aanwezigheid"]
    left_out = 1 + len(needing)
    assert _count(db, Attendance) == len(attendance) - 1 - left_out
    assert needing, preview.skips
    assert result.skipped >= 2 + len(needing)


def test_text_never_becomes_a_formula(demo_path, db_path, tmp_path):
    source = tmp_path / "bron.sqlite"
    shutil.copyfile(demo_path, source)
    db = open_database(source)
    cid = cohort_id(db, FINISHED)
    with db.write() as session:
        participant = session.scalars(
            select(Participant).where(
                Participant.id == collect_cohort(session, cid)["Deelnemers"][0].id
            )
        ).one()
        participant.notes = "=1+1"
        participant.phone = "+31 6 12345678"
        participant.diplomas = "@SUM(A1)"
        participant.work_experience = "-2 jaar magazijn"
        participant.ambitions = "Heftruck\x0bcertificaat"  # a vertical tab pasted from Word
        pid = participant.id
    path = tmp_path / "groep.xlsx"
    export_cohort_workbook(db, cid, path)
    db.close()
    sheet_xml = _sheet_xml(path, "Deelnemers")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    assert "=1+1" in sheet_xml and "+31 6 12345678" in sheet_xml
    row = next(r for r in cells(path)["Deelnemers"] if pid in r)
    assert "=1+1" in row and "+31 6 12345678" in row and "@SUM(A1)" in row
    target = open_database(db_path)
    try:
        workbook.apply(target, workbook.preview(target, path))
        with target.read() as session:
            back = session.get(Participant, pid)
            assert (back.notes, back.phone, back.diplomas, back.work_experience) == (
                "=1+1",
                "+31 6 12345678",
                "@SUM(A1)",
                "-2 jaar magazijn",
            )
            assert back.ambitions == "Heftruckcertificaat"  # the control character left out
    finally:
        target.close()


def _sheet_xml(path, title: str) -> str:
    with zipfile.ZipFile(path) as archive:
        workbook_xml = archive.read("xl/workbook.xml").decode()
        names = re.findall(r'<sheet [^>]*name="([^"]+)"', workbook_xml)
        return archive.read(f"xl/worksheets/sheet{names.index(title) + 1}.xml").decode()


def test_existing_reference_rows_are_linked_not_duplicated(demo, db, tmp_path):
    cid = cohort_id(demo, FINISHED)
    path = tmp_path / "groep.xlsx"
    export_cohort_workbook(demo, cid, path)
    with demo.read() as session:
        found = collect_cohort(session, cid)
    type_name = found["Certificaattypen"][0].name
    employer_name = found["Werkgevers"][0].name
    with db.write() as session:  # the same names under other ids, as on another laptop
        session.add(CertificateType(name=type_name, default_validity_months=99))
        session.add(Employer(name=employer_name))
    preview = workbook.preview(db, path)
    assert preview.problems == []
    workbook.apply(db, preview)
    with db.read() as session:
        types = session.scalars(
            select(CertificateType).where(CertificateType.name == type_name)
        ).all()
        assert len(types) == 1 and types[0].default_validity_months == 99  # left as it was
        assert (
            len(session.scalars(select(Employer).where(Employer.name == employer_name)).all()) == 1
        )
        wanted = sum(
            1
            for c in found["Certificaten"]
            if c.certificate_type_id == found["Certificaattypen"][0].id
        )
        linked = session.scalar(
            select(func.count()).where(Certificate.certificate_type_id == types[0].id)
        )
        assert linked == wanted
