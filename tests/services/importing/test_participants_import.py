"""Importing participants from the files people really have: Dutch Excel's semicolon CSV in
Windows-1252, comma CSV in UTF-8 with a byte-order mark, XLSX with real date cells (and a
merged header cell, trailing empty rows and columns) all give the same records; day-first
dates; a bad row among 5,000 good ones; existing participants are updated, not doubled."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import Cohort, Enrolment, Participant
from werkfit_desktop.domain.enums import EnrolmentStatus, LanguageLevel, TargetGroup
from werkfit_desktop.services import participants as participant_service
from werkfit_desktop.services.importing import (
    ImportKind,
    ImportMode,
    ImportRefused,
    apply_import,
    detect_kind,
    preview_file,
    write_template,
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

HEADER = [
    "Voornaam",
    "Tussenvoegsel",
    "Achternaam",
    "Geboortedatum",
    "E-mail",
    "Taalniveau",
    "Doelgroep",
    "Uren per week",
    "Gemeente",
]


def _people(latin1: bool):
    if latin1:
        names = [("José", None, "Muñoz"), ("Zoë", None, "Çelik"), ("Jan", "van den", "Berg")]
    else:
        names = [("Ayşe", None, "Yılmaz"), ("Łukasz", None, "Wróbel"), ("Nguyễn Thị", None, "Hoa")]
    born = [dt.date(1990, 2, 3), dt.date(1985, 12, 1), dt.date(2001, 7, 9)]
    return [
        (
            first,
            particle,
            last,
            day,
            f"p{i}@example.nl",
            "b1" if i else "A2",
            "statushouder, 45-plusser" if i == 0 else "Jongere",
            32 if i else 24,
            "Zwolle",
        )
        for i, ((first, particle, last), day) in enumerate(zip(names, born, strict=True))
    ]


def _as_text(people, date_format="%d-%m-%Y"):
    return [
        [p[0], p[1] or "", p[2], p[3].strftime(date_format), *p[4:7], str(p[7]), p[8]]
        for p in people
    ]


def _read_back(db):
    with db.read() as session:
        rows = session.scalars(select(Participant).order_by(Participant.participant_number))
        return [
            (
                p.participant_number,
                p.first_name,
                p.name_particle,
                p.last_name,
                p.date_of_birth,
                p.email,
                p.language_level,
                sorted(t.target_group for t in p.target_groups),
                p.hours_per_week,
                p.municipality,
            )
            for p in rows
        ]


def _expected(people):
    groups = [
        [TargetGroup.OVER_45, TargetGroup.STATUSHOUDER],
        [TargetGroup.YOUTH],
        [TargetGroup.YOUTH],
    ]
    return [
        (
            f"D-{i + 1:06d}",
            p[0],
            p[1],
            p[2],
            p[3],
            p[4],
            LanguageLevel(p[5].upper()),
            sorted(groups[i]),
            float(p[7]),
            p[8],
        )
        for i, p in enumerate(people)
    ]


def _import(db, path, mode=ImportMode.ALL_OR_NOTHING):
    preview = preview_file(db, path)
    assert preview.kind == ImportKind.PARTICIPANTS
    assert preview.problems == [], [p.line() for p in preview.problems]
    return preview, apply_import(db, preview, mode)


def test_semicolon_cp1252_csv(db, tmp_path):
    people = _people(latin1=True)
    path = H.write_csv(tmp_path / "deelnemers.csv", [HEADER, *_as_text(people)])
    preview, result = _import(db, path)
    assert (result.created, result.updated) == (3, 0)
    assert len(preview.creates) == 3 and preview.rows == 3
    assert _read_back(db) == _expected(people)


def test_comma_utf8_bom_csv_with_iso_dates_and_english_headers(db, tmp_path):
    people = _people(latin1=False)
    header = [
        "first_name",
        "name_particle",
        "LAST NAME",
        "date of birth",
        "email",
        "language_level",
        "target_group",
        "hours per week",
        "municipality",
    ]
    path = H.write_csv(
        tmp_path / "people.csv",
        [header, *_as_text(people, "%Y-%m-%d")],
        delimiter=",",
        encoding="utf-8-sig",
    )
    _import(db, path)
    assert _read_back(db) == _expected(people)


def test_xlsx_with_date_cells_merged_header_and_trailing_empties(db, tmp_path):
    people = _people(latin1=False)
    rows = [[*HEADER, None, None]]
    for p in people:
        rows.append(
            [
                p[0],
                p[1],
                p[2],
                dt.datetime.combine(p[3], dt.time()),
                *p[4:7],
                float(p[7]),
                p[8],
                None,
                None,
            ]
        )
    rows += [[None] * 11, [None] * 11]
    # 'Gemeente' merged over I1:J1 (its column J stays empty); K is an empty column.
    path = H.write_xlsx(tmp_path / "deelnemers.xlsx", rows, merge="I1:J1")
    preview, _result = _import(db, path)
    assert preview.rows == 3 and preview.unknown_columns == []
    assert _read_back(db) == _expected(people)


def test_day_first_and_impossible_date_named_by_row_and_column(db, tmp_path):
    path = H.write_csv(
        tmp_path / "d.csv",
        [
            ["voornaam", "achternaam", "geboortedatum"],
            ["Ayşe", "Yılmaz", "03-02-1990"],
            ["Zoë", "Çelik", "31-02-1990"],
        ],
        encoding="utf-8",
    )
    preview = preview_file(db, path)
    assert [(p.row, p.column) for p in preview.problems] == [(3, "geboortedatum")]
    assert "31-02-1990" in preview.problems[0].line()
    assert preview.problems[0].line().startswith("rij 3, kolom geboortedatum: ")
    apply_import(db, preview, ImportMode.SKIP_BAD_ROWS)
    assert [r[4] for r in _read_back(db)] == [dt.date(1990, 2, 3)]


def test_one_bad_row_among_5000_all_or_nothing_then_skip(db, db_path, tmp_path):
    rows = [["deelnemernummer", "voornaam", "achternaam", "geboortedatum", "e-mail", "groep"]]
    rows += [
        [f"X-{i:05d}", "Łukasz", f"Wróbel{i}", "3-2-1990", f"l{i}@example.nl", ""]
        for i in range(5000)
    ]
    rows.insert(2500, ["X-99999", "Nguyễn", "Hoa", "1-1-1990", "geen-adres", ""])
    path = H.write_csv(tmp_path / "groot.csv", rows, encoding="utf-8-sig")
    before = H.dump(db_path)
    started = time.perf_counter()
    preview = preview_file(db, path)
    assert [(p.row, p.column) for p in preview.problems] == [(2501, "e-mail")]
    with pytest.raises(ImportRefused) as refused:
        apply_import(db, preview, ImportMode.ALL_OR_NOTHING)
    assert refused.value.lines() == [preview.problems[0].line()]
    assert H.dump(db_path) == before
    result = apply_import(db, preview, ImportMode.SKIP_BAD_ROWS)
    elapsed = time.perf_counter() - started
    assert (result.created, result.skipped) == (5000, 1)
    assert participant_service.count_participants(db) == 5000
    assert elapsed < 8, elapsed  # the requirement is 3 s on an idle machine; CI is shared


def test_existing_participant_is_updated_by_number_and_by_name_and_birth(db, tmp_path):
    first = H.write_csv(
        tmp_path / "a.csv",
        [
            ["voornaam", "achternaam", "geboortedatum", "gemeente"],
            ["Ayşe", "Yılmaz", "03-02-1990", "Zwolle"],
            ["Łukasz", "Wróbel", "01-12-1985", "Deventer"],
        ],
        encoding="utf-8",
    )
    _import(db, first)
    second = H.write_csv(
        tmp_path / "b.csv",
        [
            ["deelnemernummer", "voornaam", "achternaam", "geboortedatum", "gemeente", "telefoon"],
            ["D-000001", "Ayşe", "Yılmaz", "", "Kampen", ""],  # by number
            ["", "LUKASZ", "Wrobel", "1-12-1985", "", "06 12345678"],  # by name + date of birth
            ["", "Nguyễn Thị", "Hoa", "09-07-2001", "", ""],  # new
        ],
        encoding="utf-8",
    )
    preview, result = _import(db, second)
    assert (len(preview.creates), len(preview.updates)) == (1, 2)
    assert (result.created, result.updated) == (1, 2)
    people = {p[0]: p for p in _read_back(db)}
    assert len(people) == 3
    assert people["D-000001"][9] == "Kampen" and people["D-000001"][4] == dt.date(1990, 2, 3)
    details = participant_service.get_participant(
        db, participant_service.search_participants(db, "wrobel")[0].id
    )
    assert details.data.phone == "06 12345678" and details.data.municipality == "Deventer"


def test_duplicate_number_in_file_and_unknown_cohort_are_problems(db, tmp_path):
    path = H.write_csv(
        tmp_path / "dup.csv",
        [
            ["deelnemernummer", "voornaam", "achternaam", "groep", "onbekende kolom"],
            ["X-1", "Ayşe", "Yılmaz", "", "x"],
            ["X-1", "Zoë", "Çelik", "", ""],
            ["", "Jan", "Berg", "WF-NIETS", ""],
        ],
        encoding="utf-8",
    )
    preview = preview_file(db, path)
    assert [(p.row, p.column) for p in preview.problems] == [(3, "deelnemernummer"), (4, "groep")]
    assert preview.unknown_columns == ["onbekende kolom"]


def test_enrolment_in_a_cohort(db, tmp_path):
    builder = H.cohort_builder()("WF-IMP-1", dt.date(2026, 1, 5)).save(db)
    path = H.write_csv(
        tmp_path / "g.csv",
        [
            ["voornaam", "achternaam", "groep", "startdatum"],
            ["Ayşe", "Yılmaz", "wf-imp-1", ""],
            ["Zoë", "Çelik", "WF-IMP-1", "12-01-2026"],
        ],
        encoding="utf-8",
    )
    _preview, result = _import(db, path)
    assert result.changes.cohorts == {builder.cohort_id}
    with db.read() as session:
        rows = session.execute(
            select(Enrolment.start_date, Enrolment.status)
            .join(Cohort)
            .order_by(Enrolment.start_date)
        ).all()
    assert [tuple(r) for r in rows] == [
        (dt.date(2026, 1, 5), EnrolmentStatus.ACTIVE),
        (dt.date(2026, 1, 12), EnrolmentStatus.ACTIVE),
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_template_detects_and_previews_cleanly(db, tmp_path, suffix):
    path = tmp_path / f"deelnemers{suffix}"
    write_template(ImportKind.PARTICIPANTS, path)
    assert detect_kind(path) == ImportKind.PARTICIPANTS
    preview = preview_file(db, path)
    assert preview.problems == [] and len(preview.creates) == 1
    for kind in (ImportKind.ATTENDANCE, ImportKind.CERTIFICATES):
        other = tmp_path / f"{kind.value}{suffix}"
        write_template(kind, other)
        assert detect_kind(other) == kind


def test_file_level_problems(db, tmp_path):
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    header_only = H.write_csv(tmp_path / "kop.csv", [["voornaam", "achternaam"]])
    not_xlsx = tmp_path / "kapot.xlsx"
    not_xlsx.write_bytes(b"dit is geen werkmap")
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    for path in (empty, header_only, not_xlsx, old):
        preview = preview_file(db, path, kind=ImportKind.PARTICIPANTS)
        assert not preview.can_import and preview.file_problems, path
        with pytest.raises(ImportRefused):
            apply_import(db, preview, ImportMode.SKIP_BAD_ROWS)
    wrong = H.write_csv(tmp_path / "fout.csv", [["naam", "datum"], ["x", "y"]])
    assert "voornaam" in preview_file(db, wrong, kind=ImportKind.PARTICIPANTS).problems[0].line()
