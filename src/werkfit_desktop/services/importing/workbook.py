"""Importing a cohort workbook (made by services/exporting/workbook.py) again.

    preview = workbook.preview(db, path, include_private_notes=False, progress=None)
    result = workbook.apply(db, preview, ImportMode.ALL_OR_NOTHING, progress=None)

The preview reads and checks every sheet and writes nothing: each row is planned as new,
changed, unchanged or linked to a row the database already has (workbook_plan.py), and every
problem names the sheet, the row and the column. apply() writes in one transaction. In
SKIP_BAD_ROWS mode the rows with problems are left out, and so is every row that needs one
of them (the attendance of a session that is left out, say); the result says so. Importing
a workbook into the database it came from changes nothing: every row is unchanged.

Nothing is ever deleted by an import: a row missing from the workbook stays as it is."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import NoResultFound, SQLAlchemyError

from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.exporting.workbook_sheets import IMPORT_ORDER, SHEETS, Sheet
from werkfit_desktop.services.importing.common import changed_since_preview, check_may_apply
from werkfit_desktop.services.importing.preview import (
    ImportKind,
    ImportMode,
    ImportResult,
    Preview,
    Problem,
)
from werkfit_desktop.services.importing.workbook_cells import read_row
from werkfit_desktop.services.importing.workbook_plan import (
    CREATE,
    LINK,
    PRIVATE,
    SAME,
    UPDATE,
    PlannedRow,
    Planner,
)
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

_ = QT_TRANSLATE_NOOP
NOT_A_WORKBOOK = _("Import", "The file cannot be read as an Excel workbook (.xlsx): {reason}")
MISSING_SHEET = _("Import", "The sheet {sheet} is missing: this is not a complete cohort workbook.")
MISSING_COLUMN = _("Import", "The column {column} is missing in sheet {sheet}.")
ROW_LINE = _("Workbook", "{sheet}, row {row}: {label}")
CHANGED_LINE = _("Workbook", "{sheet}, row {row}: {label} (changed: {columns})")
LEFT_OUT_LINE = _(
    "Workbook",
    "{sheet}, row {row}: {label} is left out too when skipping rows with problems: it "
    "needs {other}",
)
ROW_REF = _("Workbook", "{sheet} row {row}")
UNCHANGED_LINE = _("Workbook", "{sheet}, row {row}: {label} (unchanged)")
LINKED_LINE = _(
    "Workbook", "{sheet}, row {row}: {label} (linked to what this database already has)"
)
PRIVATE_LINE = _(
    "Workbook", "{sheet}, row {row}: {label} (private note: not imported, not asked for)"
)
COUNT_NEW = _("Workbook", "{sheet}: new")
COUNT_CHANGED = _("Workbook", "{sheet}: changed")
COUNT_UNCHANGED = _("Workbook", "{sheet}: unchanged")
READING = _("Workbook", "Reading {sheet}")
WRITING = _("Workbook", "Writing {sheet}")

# Which Changes field a sheet's rows touch, and which id of the row goes in it.
_CHANGES = {
    "Groep": ("cohorts", "id"),
    "Deelnemers": ("participants", "id"),
    "Inschrijvingen": ("enrolments", "id"),
    "Fasen": ("phases", "enrolment_id"),
    "Sessies": ("sessions", "id"),
    "Aanwezigheid": ("attendance", "session_id"),
    "Observaties": ("observations", "participant_id"),
    "Certificaten": ("certificates", "id"),
    "Praktijkdagen": ("placement_days", "id"),
    "Uitstroom": ("outcomes", "id"),
    "Nazorg": ("notes", "id"),
    "Doelgroepen": ("participants", "participant_id"),
    "Belemmeringen": ("participants", "participant_id"),
    "Participatieladder": ("participants", "participant_id"),
    "Ontwikkelplannen": ("plans", "id"),
    "Doelen": ("plans", "plan_id"),
    "Financiering": ("plans", "id"),
    "Organisaties": ("staff", "id"),
    "Medewerkers": ("staff", "id"),
    "Programma": ("programmes", "id"),
    "Modules": ("programmes", "programme_id"),
    "Certificaattypen": ("certificate_types", "id"),
    "Vaardigheden": ("observations", "id"),
    "Werkgevers": ("employers", "id"),
    "Contactpersonen": ("employers", "employer_id"),
}


@dataclass
class WorkbookPlan:
    rows: list[PlannedRow]


def _label(sheet: Sheet, cells: dict) -> str:
    """The first two filled human columns of the row, as the file shows them."""
    shown = []
    for column in sheet.columns:
        if column.attr == "id" or column.header.endswith("_id"):
            continue
        value = cells.get(column.header)
        if value in (None, ""):
            continue
        if hasattr(value, "strftime") and hasattr(value, "year"):
            value = format_date(value)
        shown.append(str(value))
        if len(shown) == 2:
            break
    return " – ".join(shown) or "-"


def _read_sheets(path: Path, preview: Preview) -> dict[str, list[tuple[int, dict]]] | None:
    """Every sheet's rows as (row number, header -> cell); None when the file is unusable
    (the problems are in the preview)."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        preview.problems.append(Problem(None, None, NOT_A_WORKBOOK, {"reason": reason}))
        return None
    try:
        sheets: dict[str, list[tuple[int, dict]]] = {}
        for sheet in SHEETS:
            if sheet.name not in workbook.sheetnames:
                preview.problems.append(
                    Problem(None, None, MISSING_SHEET, {"sheet": sheet.name}, sheet.name)
                )
                continue
            grid = workbook[sheet.name].iter_rows(values_only=True)
            header = [str(h).strip() if h is not None else "" for h in next(grid, ())]
            known = {c.header for c in sheet.columns}
            for column in sheet.fields:
                if column.header not in header:
                    preview.problems.append(
                        Problem(
                            None,
                            column.header,
                            MISSING_COLUMN,
                            {"column": column.header, "sheet": sheet.name},
                            sheet.name,
                        )
                    )
            preview.unknown_columns += [
                f"{sheet.name}: {h}" for h in header if h and h not in known
            ]
            rows = []
            for number, values in enumerate(grid, start=2):
                if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                    continue
                rows.append((number, {h: v for h, v in zip(header, values, strict=False) if h}))
            sheets[sheet.name] = rows
        return sheets
    finally:
        workbook.close()


def preview(db: Database, path, include_private_notes: bool = False, progress=None) -> Preview:
    """Read and check the workbook; nothing is written."""
    path = Path(path)
    result = Preview(ImportKind.WORKBOOK, path)
    sheets = _read_sheets(path, result)
    if sheets is None or result.file_problems:
        return result
    result.rows = sum(len(rows) for rows in sheets.values())
    with db.read() as session:
        planner = Planner(session, include_private_notes)
        for done, sheet in enumerate(IMPORT_ORDER):
            if progress is not None:
                progress.update(
                    done, len(IMPORT_ORDER), translate("Workbook", READING).format(sheet=sheet.name)
                )
            rows = []
            for number, cells in sheets[sheet.name]:
                values, problems = read_row(sheet, number, cells)
                rows.append((number, values, problems, _label(sheet, cells)))
            planner.add_sheet(sheet, rows)
    result.problems += planner.problems
    _describe(result, planner.planned)
    result.payload = WorkbookPlan(planner.planned)
    if progress is not None:
        progress.update(len(IMPORT_ORDER), len(IMPORT_ORDER), "")
    return result


def _describe(result: Preview, planned: list[PlannedRow]) -> None:
    """One line per row that is new, changed or skipped; counts per sheet."""
    lines = {
        CREATE: (result.creates, ROW_LINE),
        SAME: (result.skips, UNCHANGED_LINE),
        LINK: (result.skips, LINKED_LINE),
        PRIVATE: (result.skips, PRIVATE_LINE),
    }
    tally: dict[tuple[str, str], int] = {}
    for row in planned:
        if row.bad:
            continue  # the problems name it
        tally[(row.sheet.name, row.action)] = tally.get((row.sheet.name, row.action), 0) + 1
        where = {"sheet": row.sheet.name, "row": row.row, "label": row.label}
        if row.action == UPDATE:
            columns = ", ".join(row.changed) or "-"
            line = translate("Workbook", CHANGED_LINE).format(columns=columns, **where)
            result.updates.append(line)
        else:
            target, text = lines[row.action]
            target.append(translate("Workbook", text).format(**where))
    for row, needed in left_out(planned):
        if needed is not None:
            where = {"sheet": row.sheet.name, "row": row.row, "label": row.label}
            other = translate("Workbook", ROW_REF).format(sheet=needed.sheet.name, row=needed.row)
            result.skips.append(translate("Workbook", LEFT_OUT_LINE).format(other=other, **where))
    for sheet in SHEETS:
        for action, text in ((CREATE, COUNT_NEW), (UPDATE, COUNT_CHANGED), (SAME, COUNT_UNCHANGED)):
            if tally.get((sheet.name, action)):
                key = translate("Workbook", text).format(sheet=sheet.name)
                result.counts[key] = tally[(sheet.name, action)]


def apply(
    db: Database, preview: Preview, mode: ImportMode = ImportMode.ALL_OR_NOTHING, progress=None
) -> ImportResult:
    """Write the previewed workbook in one transaction. ImportRefused (nothing written) when
    there are problems in ALL_OR_NOTHING mode or the file as a whole is unusable."""
    check_may_apply(preview, mode)
    planned: list[PlannedRow] = preview.payload.rows
    dropped = {id(row) for row, _ in left_out(planned)}
    created = updated = skipped = 0
    touched: dict[str, set[str]] = {}
    total = len(planned)
    try:
        with db.write() as session:
            current: Sheet | None = None
            for done, row in enumerate(planned):
                if row.sheet is not current:
                    session.flush()  # the rows of earlier sheets exist before they are needed
                    current = row.sheet
                    _report(progress, done, total, row.sheet.name)
                elif done % 200 == 0:
                    _report(progress, done, total, row.sheet.name)
                if id(row) in dropped:
                    skipped += 1
                    continue
                if row.action in (SAME, LINK, PRIVATE):
                    skipped += 1
                    continue
                model = row.sheet.model
                if row.action == CREATE:
                    session.add(model(id=row.target, **row.values))
                    created += 1
                else:
                    existing = session.get(
                        model, row.target, execution_options={"include_deleted": True}
                    )
                    if existing is None:  # deleted meanwhile (the preview saw it)
                        raise NoResultFound(row.target)
                    for attr, value in row.values.items():
                        setattr(existing, attr, value)
                    if row.restore:
                        existing.deleted_at = None
                    updated += 1
                field_name, id_attr = _CHANGES[row.sheet.name]
                value = row.target if id_attr == "id" else row.values.get(id_attr)
                if value is not None:
                    touched.setdefault(field_name, set()).add(value)
            session.flush()
    except SQLAlchemyError as exc:
        raise changed_since_preview(exc) from exc
    _report(progress, total, total, "")
    changes = Changes(**{name: frozenset(ids) for name, ids in touched.items()})
    return ImportResult(created, updated, skipped, changes)


def left_out(planned: list[PlannedRow]) -> list[tuple[PlannedRow, PlannedRow | None]]:
    """The rows SKIP_BAD_ROWS leaves out: (row, None) for a row with a problem, (row, the
    left-out row it needs) for a row that depends on one."""
    dropped: dict[str, PlannedRow] = {}
    result = []
    for row in planned:
        if row.bad:
            dropped[row.wid] = row
            result.append((row, None))
            continue
        needed = next((dropped[wid] for wid in sorted(row.deps) if wid in dropped), None)
        if needed is not None:
            dropped[row.wid] = row
            result.append((row, needed))
    return result


def _report(progress, done: int, total: int, sheet: str) -> None:
    if progress is not None:
        progress.update(
            done, total, translate("Workbook", WRITING).format(sheet=sheet) if sheet else ""
        )
