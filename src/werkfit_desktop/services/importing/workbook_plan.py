"""Deciding, row by row, what importing a cohort workbook would do to this database: create
the row, update it, leave it as it is, or link it to a row the database already has.

Rows are matched by their id first, then by their natural key (a cohort's code, a
participant's number, an employer's or certificate type's name, a staff member's name in
the organisation...). References between rows follow the same matches, so a workbook whose
certificate type 'VCA Basis' has another id than this database's 'VCA Basis' links to the
existing type instead of making a second one."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from werkfit_desktop.domain import CoachingNote, Participant, new_id
from werkfit_desktop.domain.names import full_name
from werkfit_desktop.services.exporting.workbook import in_ids as _in
from werkfit_desktop.services.exporting.workbook_sheets import (
    SHEET_BY_MODEL,
    SOFT_REFERENCES,
    Kind,
    Sheet,
    ref_target,
)
from werkfit_desktop.services.importing.preview import Problem
from werkfit_desktop.services.importing.workbook_cells import same_value
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

CREATE, UPDATE, SAME, LINK, PRIVATE = "create", "update", "same", "link", "private"

UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP(
    "Import",
    "There is no row with id {value} in sheet {target}, nor in this database.",
)
TWICE = QT_TRANSLATE_NOOP("Import", "This row is in the sheet twice (also in row {other}).")
NUMBER_TAKEN = QT_TRANSLATE_NOOP(
    "Import",
    "Participant number {value} belongs to {name} in this database, not to this participant.",
)


@dataclass
class PlannedRow:
    sheet: Sheet
    row: int
    wid: str  # the row's id in the workbook (a new id when the cell was empty)
    target: str  # the row's id in this database
    action: str
    values: dict[str, object]
    label: str
    deps: set[str] = field(default_factory=set)  # workbook ids it needs created first
    bad: bool = False
    restore: bool = False  # the database row has a tombstone: the import brings it back
    changed: tuple[str, ...] = ()  # headers of the columns an update changes


@dataclass
class Planner:
    """Resolves the sheets one after another, in import order."""

    session: Session
    include_private_notes: bool
    problems: list[Problem] = field(default_factory=list)
    planned: list[PlannedRow] = field(default_factory=list)
    mapped: dict[type, dict[str, str]] = field(default_factory=dict)  # wid -> target id
    pending: set[str] = field(default_factory=set)  # wids that only the import would create
    left_out: set[str] = field(default_factory=set)  # private notes not imported
    _exists: dict[tuple[type, str], bool] = field(default_factory=dict)
    _found: dict[str, object] = field(default_factory=dict)  # this sheet's rows by id
    _keyed: dict[tuple, object] = field(default_factory=dict)  # ... by natural key

    def _get(self, model, row_id: str):
        return self.session.get(model, row_id, options=None, execution_options=_ALL)

    def _in_database(self, model, row_id: str) -> bool:
        key = (model, row_id)
        if key not in self._exists:
            self._exists[key] = self._get(model, row_id) is not None
        return self._exists[key]

    def _resolve(self, sheet: Sheet, number: int, values: dict, deps: set[str]) -> list[Problem]:
        problems = []
        for column in sheet.fields:
            if sheet.kind(column) is not Kind.REF or values.get(column.attr) is None:
                continue
            wid = values[column.attr]
            target = ref_target(sheet.model, column.attr)
            if wid in self.mapped.get(target, {}):
                values[column.attr] = self.mapped[target][wid]
                if wid in self.pending:
                    deps.add(wid)
            elif self._in_database(target, wid):
                continue
            elif (sheet.model, column.attr) in SOFT_REFERENCES or wid in self.left_out:
                values[column.attr] = None
            else:
                problems.append(
                    Problem(
                        number,
                        column.header,
                        UNKNOWN_REFERENCE,
                        {"value": wid, "target": SHEET_BY_MODEL[target].name},
                        sheet.name,
                    )
                )
        return problems

    def _prefetch(self, sheet: Sheet, prepared: list) -> None:
        """Load the database rows the sheet's rows may match, in a few queries: by id, and
        by the first part of the natural key for the rows not found by id."""
        model = sheet.model
        self._found = {}
        self._keyed = {}
        wids = {wid for _n, wid, _v, _p, _l, _d in prepared}
        for obj in self.session.scalars(
            select(model).where(_in(model.id, wids)).execution_options(**_ALL)
        ):
            self._found[obj.id] = obj
        for wid in wids:
            self._exists[(model, wid)] = wid in self._found
        if not sheet.natural_key:
            return
        first = sheet.natural_key[0]
        wanted = {v.get(first) for _n, wid, v, _p, _l, _d in prepared if wid not in self._found}
        if not wanted:
            return
        column = getattr(model, first)
        where = _in(column, {w for w in wanted if w is not None})
        if None in wanted:
            where = or_(where, column.is_(None))
        for obj in self.session.scalars(select(model).where(where).execution_options(**_ALL)):
            key = tuple(getattr(obj, a) for a in sheet.natural_key)
            self._keyed.setdefault(key, obj)

    def add_sheet(self, sheet: Sheet, rows: list[tuple[int, dict, list[Problem], str]]) -> None:
        """rows: (row number, typed values, the row's cell problems, a label)."""
        mapped = self.mapped.setdefault(sheet.model, {})
        prepared = []
        for number, values, problems, label in rows:
            wid = values.pop("id", None) or new_id()
            deps: set[str] = set()
            problems = problems + self._resolve(sheet, number, values, deps)
            prepared.append((number, wid, values, problems, label, deps))
        self._prefetch(sheet, prepared)
        seen_ids: dict[str, int] = {}
        seen_keys: dict[tuple, int] = {}
        for number, wid, values, problems, label, deps in prepared:
            if wid in seen_ids:
                problems.append(Problem(number, "id", TWICE, {"other": seen_ids[wid]}, sheet.name))
            seen_ids.setdefault(wid, number)
            key = tuple(values.get(a) for a in sheet.natural_key)
            if sheet.natural_key and not problems:
                if key in seen_keys:
                    header = next(c.header for c in sheet.fields if c.attr == sheet.natural_key[-1])
                    problems.append(
                        Problem(number, header, TWICE, {"other": seen_keys[key]}, sheet.name)
                    )
                seen_keys.setdefault(key, number)
            plan = self._plan(sheet, number, wid, values, label, problems)
            plan.deps = deps
            self.problems.extend(problems)
            self.planned.append(plan)
            if plan.action == PRIVATE:
                continue
            mapped[wid] = plan.target
            if plan.action == CREATE or (plan.bad and not self._in_database(sheet.model, wid)):
                self.pending.add(wid)

    def _plan(self, sheet, number, wid, values, label, problems) -> PlannedRow:
        def planned(action, target, **extra) -> PlannedRow:
            return PlannedRow(sheet, number, wid, target, action, values, label, **extra)

        if problems:
            return planned(CREATE, wid, bad=True)
        if sheet.model is CoachingNote and values.get("private") and not self.include_private_notes:
            self.left_out.add(wid)
            return planned(PRIVATE, wid)
        existing = self._found.get(wid)
        by_key = False
        if existing is None and sheet.natural_key:
            existing = self._keyed.get(tuple(values.get(a) for a in sheet.natural_key))
            by_key = existing is not None
        if existing is None:
            return planned(CREATE, wid)
        if by_key and sheet.model is Participant and not _same_person(existing, values):
            problems.append(
                Problem(
                    number,
                    "Deelnemernummer",
                    NUMBER_TAKEN,
                    {
                        "value": values["participant_number"],
                        "name": full_name(
                            existing.first_name, existing.name_particle, existing.last_name
                        ),
                    },
                    sheet.name,
                )
            )
            return planned(CREATE, wid, bad=True)
        if by_key and sheet.link_only:
            return planned(LINK, existing.id)
        changed = tuple(
            c.header
            for c in sheet.fields
            if c.attr != "id"
            and not same_value(sheet.kind(c), getattr(existing, c.attr), values.get(c.attr))
        )
        restore = existing.deleted_at is not None
        if not changed and not restore:
            return planned(SAME, existing.id)
        return planned(UPDATE, existing.id, changed=changed, restore=restore)


_ALL = {"include_deleted": True}


def _same_person(existing: Participant, values: dict) -> bool:
    def key(first, last) -> str:
        return f"{(first or '').strip().casefold()}|{(last or '').strip().casefold()}"

    return key(existing.first_name, existing.last_name) == key(
        values.get("first_name"), values.get("last_name")
    )
