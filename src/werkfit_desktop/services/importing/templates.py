"""Template files to fill in: the Dutch headers of an import and one synthetic example row,
as CSV (semicolon separated, UTF-8 with a byte-order mark, so Dutch Excel opens it with the
accents intact) or as XLSX (with real date cells)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from werkfit_desktop.services.importing import certificates, participants
from werkfit_desktop.services.importing.preview import ImportKind

_EXAMPLES: dict[ImportKind, tuple[list[str], list[object]]] = {
    ImportKind.PARTICIPANTS: (
        [c.header for c in participants.COLUMNS],
        [
            "",
            "Ayşe",
            "",
            "Yılmaz",
            dt.date(1990, 2, 3),
            "06 12345678",
            "ayse.yilmaz@example.nl",
            "8011 AB",
            "A2",
            "statushouder, 45-plusser",
            "Zwolle",
            24,
            "",
            "",
        ],
    ),
    ImportKind.ATTENDANCE: (
        ["deelnemer", "10-02-2026 09:00-12:30", "12-02-2026 09:00-12:30"],
        ["D-000001", "A", "L15"],
    ),
    ImportKind.CERTIFICATES: (
        [c.header for c in certificates.COLUMNS],
        ["D-000001", "VCA Basis", dt.date(2026, 3, 15), "geslaagd", "VCA-1234567", ""],
    ),
}


def write_template(kind: ImportKind, path: Path | str) -> None:
    """Write the template for `kind` as .csv or .xlsx (by the suffix of `path`).
    ValueError for another suffix; OSError when the file cannot be written."""
    path = Path(path)
    kind = ImportKind(kind)
    if kind == ImportKind.WORKBOOK:
        from werkfit_desktop.services.importing import workbook

        writer = getattr(workbook, "write_template", None)
        if writer is None:
            raise ValueError("no template for the cohort workbook")
        writer(path)
        return
    headers, example = _EXAMPLES[kind]
    suffix = path.suffix.lower()
    if suffix == ".csv":
        buffer = io.StringIO(newline="")
        out = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        out.writerow(headers)
        out.writerow([v.strftime("%d-%m-%Y") if isinstance(v, dt.date) else v for v in example])
        path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    elif suffix == ".xlsx":
        _write_xlsx(path, kind, headers, example)
    else:
        raise ValueError(f"a template is .csv or .xlsx, not {suffix or 'no suffix'}")


def _write_xlsx(path: Path, kind: ImportKind, headers: list[str], example: list[object]) -> None:
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = {
        ImportKind.PARTICIPANTS: "Deelnemers",
        ImportKind.ATTENDANCE: "Aanwezigheid",
        ImportKind.CERTIFICATES: "Certificaten",
    }[kind]
    sheet.append(headers)
    sheet.append([v if v != "" else None for v in example])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet[2]:
        if isinstance(cell.value, dt.date):
            cell.number_format = "DD-MM-YYYY"
    for index, header in enumerate(headers, 1):
        letter = openpyxl.utils.get_column_letter(index)
        sheet.column_dimensions[letter].width = max(12, len(header) + 4)
    sheet.freeze_panes = "A2"
    workbook.save(path)
