"""Lists as Excel workbooks and Dutch CSV files, read back as a user's Excel would see them:
dates are dates, numbers are numbers, text that looks like a formula stays text, names with
diacritics survive, and a failed write leaves nothing behind."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from werkfit_desktop.services.exporting.tables import (
    Column,
    ColumnKind,
    write_csv,
    write_table,
    write_xlsx,
)

ATTACK = "=cmd|' /C calc'!A0"
COLUMNS = [
    Column("Naam"),
    Column("Telefoon"),
    Column("Geboortedatum", ColumnKind.DATE),
    Column("Aanwezigheid", ColumnKind.PERCENT),
    Column("Te laat", ColumnKind.INTEGER),
    Column("Uren", ColumnKind.DECIMAL, decimals=2),
    Column("Opmerking"),
]
ROWS = [
    ("Yılmaz, Ayşe", "+31 6 12345678", dt.date(1990, 5, 1), 92.3, 3, 12.5, ATTACK),
    ("Wróbel, Łukasz", "-5", dt.date(1985, 12, 24), 100, -2, Decimal("7.25"), "@SUM(A1)"),
    ("Nguyễn Thị Hoa", None, None, None, 0, None, "#N/A"),
]


def sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_workbook_has_typed_cells_and_no_formulas(tmp_path):
    path = tmp_path / "deelnemers.xlsx"
    write_xlsx(path, "Deelnemers: week 48/2026", COLUMNS, ROWS)

    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Deelnemers- week 48-2026"  # ':' and '/' are not allowed
    assert [c.value for c in sheet[1]] == [c.header for c in COLUMNS]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G4"

    ayse = [c for c in sheet[2]]
    assert ayse[0].value == "Yılmaz, Ayşe"
    assert ayse[1].value == "+31 6 12345678" and ayse[1].data_type == "s"
    assert ayse[2].is_date and ayse[2].value.date() == dt.date(1990, 5, 1)
    assert ayse[2].number_format == "dd-mm-yyyy"
    assert ayse[3].value == pytest.approx(0.923) and ayse[3].number_format == "0.0%"
    assert ayse[4].value == 3 and ayse[4].data_type == "n"
    assert ayse[5].value == 12.5 and ayse[5].number_format == "0.00"
    assert ayse[6].value == ATTACK and ayse[6].data_type == "s"
    assert ayse[6].quotePrefix and not ayse[0].quotePrefix  # Excel keeps it text on editing

    lukasz = [c.value for c in sheet[3]]
    assert lukasz[0] == "Wróbel, Łukasz"
    assert lukasz[1] == "-5" and sheet["B3"].data_type == "s"  # text stays text
    assert lukasz[3] == 1.0
    assert lukasz[4] == -2 and sheet["E3"].data_type == "n"  # a negative number stays one
    assert lukasz[6] == "@SUM(A1)"
    hoa = [c.value for c in sheet[4]]
    assert hoa[:4] == ["Nguyễn Thị Hoa", None, None, None]
    assert hoa[6] == "#N/A" and sheet["G4"].data_type == "s"  # not Excel's error value

    xml = sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    assert sheet.column_dimensions["A"].width >= len("Nguyễn Thị Hoa")
    assert 8 <= sheet.column_dimensions["C"].width <= 60


def test_csv_is_the_dutch_excel_dialect(tmp_path):
    path = tmp_path / "deelnemers.csv"
    write_csv(path, COLUMNS, ROWS)

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    assert raw.count(b"\r\n") == 4 and b"\n" not in raw.replace(b"\r\n", b"")
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0] == [c.header for c in COLUMNS]
    assert rows[1] == [
        "Yılmaz, Ayşe",
        "'+31 6 12345678",
        "01-05-1990",
        "92,3",
        "3",
        "12,50",
        "'" + ATTACK,
    ]
    assert rows[2] == [
        "Wróbel, Łukasz",
        "'-5",
        "24-12-1985",
        "100",
        "-2",  # a number: not escaped
        "7,25",
        "'@SUM(A1)",
    ]
    assert rows[3] == ["Nguyễn Thị Hoa", "", "", "", "0", "", "#N/A"]


def test_thousands_have_no_separator_and_long_decimals_are_rounded(tmp_path):
    path = tmp_path / "cijfers.csv"
    write_csv(path, [Column("Bedrag", ColumnKind.DECIMAL, 2)], [(12345.678,), (-0.5,)])
    assert path.read_bytes().decode("utf-8-sig") == "Bedrag\r\n12345,68\r\n-0,50\r\n"


def test_text_with_separators_quotes_and_line_breaks_round_trips(tmp_path):
    note = 'Zei: "prima; tot morgen"\nTweede regel'
    path = tmp_path / "notities.csv"
    write_table(path, "Notities", [Column("Notitie")], [(note,)])
    with open(path, encoding="utf-8-sig", newline="") as file:
        assert list(csv.reader(file, delimiter=";"))[1] == [note]


def test_write_table_chooses_by_suffix_and_refuses_others(tmp_path):
    write_table(tmp_path / "a.XLSX", "A", [Column("Naam")], [("Ayşe",)])
    assert zipfile.is_zipfile(tmp_path / "a.XLSX")
    write_table(tmp_path / "a.csv", "A", [Column("Naam")], [("Ayşe",)])
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with pytest.raises(ValueError, match="a.txt"):
        write_table(tmp_path / "a.txt", "A", [Column("Naam")], [("Ayşe",)])


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "lijst.xlsx"
    write_xlsx(path, "Lijst", [Column("Naam")], [("Ayşe",)])
    before = path.read_bytes()
    with pytest.raises(ValueError):  # a row that does not fit the columns
        write_xlsx(path, "Lijst", [Column("Naam")], [("Ayşe", "extra")])
    with pytest.raises(ValueError):
        write_csv(tmp_path / "lijst.csv", [Column("Naam")], [("Ayşe", "extra")])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lijst.xlsx"]


def test_an_empty_list_still_has_its_header(tmp_path):
    path = tmp_path / "leeg.xlsx"
    write_xlsx(path, "", [Column("Naam"), Column("Datum", ColumnKind.DATE)], [])
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["Naam", "Datum"]
    assert sheet.max_row == 1 and sheet.title  # a title even when none was given
