"""Importing participants: one row per participant, optionally enrolled in a cohort.

A row whose participant already exists (same participant number, or the same name and date
of birth) updates that participant: filled cells replace the stored value, empty cells leave
it as it is. The rules of the participant form (services.participants.validate) apply to
every row. Existing participants and cohorts are looked up once, in bulk, so that a file of
thousands of rows is checked and imported in a few seconds."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import selectinload

from werkfit_desktop.domain import (
    Cohort,
    Enrolment,
    Participant,
    ParticipantTargetGroup,
    PhasePeriod,
    new_id,
)
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.domain.enums import EnrolmentStatus, LanguageLevel, LeadRole, Phase
from werkfit_desktop.domain.names import fold, full_name, search_key, sort_key
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import enrolments
from werkfit_desktop.services import participants as participant_service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.importing import common
from werkfit_desktop.services.importing.columns import (
    Column,
    RowReader,
    data_rows,
    match_columns,
    report_progress,
)
from werkfit_desktop.services.importing.preview import (
    ImportKind,
    ImportMode,
    ImportResult,
    Preview,
    Problem,
)
from werkfit_desktop.services.importing.reading import UnreadableFile, read_table
from werkfit_desktop.services.importing.vocabulary import target_group
from werkfit_desktop.services.participants import ParticipantInput
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

COLUMNS = (
    Column("participant_number", "deelnemernummer", ("nummer", "number", "deelnemer nr")),
    Column("first_name", "voornaam", ("first name",), required=True),
    Column("name_particle", "tussenvoegsel", ("tussenvoegsels", "particle")),
    Column("last_name", "achternaam", ("last name", "surname"), required=True),
    Column("date_of_birth", "geboortedatum", ("date of birth", "birth date")),
    Column("phone", "telefoon", ("telefoonnummer", "phone number")),
    Column("email", "e-mail", ("email adres", "e-mailadres")),
    Column("postcode", "postcode", ("postal code",)),
    Column("language_level", "taalniveau", ("language level",)),
    Column("target_groups", "doelgroep", ("doelgroepen", "target_group", "target groups")),
    Column("municipality", "gemeente", ()),
    Column("hours_per_week", "uren per week", ("hours per week",)),
    Column("cohort", "groep", ("cohort", "groepscode", "cohort code")),
    Column("start_date", "startdatum", ("start date",)),
)

_TEXT_FIELDS = ("first_name", "name_particle", "last_name", "phone", "email", "postcode")
_TEXT_FIELDS += ("municipality",)


@dataclass(frozen=True)
class PlannedRow:
    """What one good row will do."""

    row: int
    participant_id: str | None  # None: a new participant
    number: str | None  # the number from the file (new participants), None: the next free
    data: ParticipantInput
    changed: bool  # an existing participant whose data changes
    enrol_in: str | None = None  # cohort id
    start_date: dt.date | None = None


def _failed(path: Path, problems: list[Problem], unknown=()) -> Preview:
    return Preview(ImportKind.PARTICIPANTS, path, problems=problems, unknown_columns=list(unknown))


def preview(db: Database, path, progress=None) -> Preview:
    """Read and check the file; writes nothing."""
    path = Path(path)
    try:
        table = read_table(path)
    except UnreadableFile as unreadable:
        return _failed(path, [unreadable.problem])
    columns = match_columns(table.headers, COLUMNS)
    if columns.problems:
        return _failed(path, columns.problems, columns.unknown)
    result = Preview(
        ImportKind.PARTICIPANTS, path, rows=len(table.rows), unknown_columns=columns.unknown
    )
    with db.read() as session:
        known = _Known.load(session)
        readers = list(data_rows(table, columns))
        parsed = []
        total = len(readers)
        for done, reader in enumerate(readers, 1):
            parsed.append(_parse(reader, known))
            report_progress(progress, done, total, translate("Import", "Checking rows"))
        existing = _load_existing(session, {p.participant_id for p in parsed if p.participant_id})
        active = _active_enrolments(session, {p.cohort_id for p in parsed if p.cohort_id})
    plans = []
    seen_numbers: dict[str, int] = {}
    seen_people: dict[tuple, int] = {}
    for item in parsed:
        reader = item.reader
        _check_unique(reader, item, seen_numbers, seen_people)
        plan = _plan(reader, item, existing, active)
        result.problems += reader.problems
        if reader.problems or plan is None:
            continue
        plans.append(plan)
        _describe(result, plan, item, known)
    result.counts = {
        "participants created": len(result.creates),
        "participants updated": len(result.updates),
        "enrolments": sum(1 for p in plans if p.enrol_in),
    }
    result.payload = plans
    return result


class _Known:
    """Participants and cohorts already in the database, looked up once."""

    def __init__(self) -> None:
        self.by_number: dict[str, str] = {}
        self.deleted_numbers: set[str] = set()
        self.by_person: dict[tuple, list[str]] = {}
        self.numbers: dict[str, str] = {}  # id -> number
        self.cohorts: dict[str, Cohort] = {}

    @classmethod
    def load(cls, session) -> _Known:
        known = cls()
        rows = session.execute(
            select(
                Participant.id,
                Participant.participant_number,
                Participant.first_name,
                Participant.name_particle,
                Participant.last_name,
                Participant.date_of_birth,
                Participant.deleted_at,
            ).execution_options(include_deleted=True)
        )
        for r in rows:
            number = r.participant_number.strip().casefold()
            if r.deleted_at is not None:
                known.deleted_numbers.add(number)
                continue
            known.by_number[number] = r.id
            known.numbers[r.id] = r.participant_number
            if r.date_of_birth is not None:
                key = _person_key(r.first_name, r.name_particle, r.last_name, r.date_of_birth)
                known.by_person.setdefault(key, []).append(r.id)
        for cohort in session.scalars(select(Cohort)):
            known.cohorts[fold(cohort.code).strip()] = cohort
        return known


def _person_key(first, particle, last, born) -> tuple:
    return (" ".join(fold(full_name(first or "", particle, last or "")).split()), born)


@dataclass
class _Parsed:
    reader: RowReader
    values: dict
    number: str | None
    participant_id: str | None
    cohort_id: str | None
    cohort: Cohort | None
    start_date: dt.date | None


def _parse(reader: RowReader, known: _Known) -> _Parsed:
    values: dict = {}
    for key in _TEXT_FIELDS:
        if reader.has(key):
            values[key] = reader.text(key)
    if reader.has("date_of_birth"):
        values["date_of_birth"] = reader.date("date_of_birth")
    if reader.has("hours_per_week"):
        values["hours_per_week"] = reader.number("hours_per_week")
    if reader.has("language_level"):
        values["language_level"] = _language_level(reader)
    if reader.has("target_groups"):
        values["target_groups"] = _target_groups(reader)
    number = reader.text("participant_number")
    participant_id = None
    if number:
        participant_id = known.by_number.get(number.casefold())
        if participant_id is None and number.casefold() in known.deleted_numbers:
            reader.problem(
                "participant_number",
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Participant {value} is in the bin; take them out of the bin first or "
                    "leave the number empty.",
                ),
                value=number,
            )
        elif participant_id is None and len(number) > 20:
            reader.problem(
                "participant_number",
                QT_TRANSLATE_NOOP("Import", "A participant number has at most 20 characters."),
            )
    elif values.get("date_of_birth") and values.get("first_name") and values.get("last_name"):
        key = _person_key(
            values["first_name"],
            values.get("name_particle"),
            values["last_name"],
            values["date_of_birth"],
        )
        matches = known.by_person.get(key, [])
        if len(matches) == 1:
            participant_id = matches[0]
        elif matches:
            reader.problem(
                None,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Several participants have this name and date of birth; give the "
                    "participant number.",
                ),
            )
    cohort = None
    code = reader.text("cohort")
    if code:
        cohort = known.cohorts.get(fold(code).strip())
        if cohort is None:
            reader.problem(
                "cohort",
                QT_TRANSLATE_NOOP("Import", "There is no cohort with the code '{value}'."),
                value=code,
            )
    start = reader.date("start_date")
    if start is not None and not code:
        reader.problem(
            "start_date",
            QT_TRANSLATE_NOOP("Import", "A start date needs a cohort (column 'groep')."),
        )
    return _Parsed(
        reader, values, number, participant_id, cohort.id if cohort else None, cohort, start
    )


def _language_level(reader: RowReader) -> LanguageLevel | None:
    text = reader.text("language_level")
    if not text:
        return None
    try:
        return LanguageLevel(text.replace(" ", "").upper())
    except ValueError:
        reader.problem(
            "language_level",
            QT_TRANSLATE_NOOP(
                "Import", "'{value}' is not a language level; use A0, A1, A2, B1, B2, C1 or C2."
            ),
            value=text,
        )
        return None


def _target_groups(reader: RowReader) -> frozenset | None:
    text = reader.text("target_groups")
    if not text:
        return None
    groups = set()
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        group = target_group(part)
        if group is None:
            reader.problem(
                "target_groups",
                QT_TRANSLATE_NOOP(
                    "Import",
                    "'{value}' is not a target group; use statushouder, bijstand, jongere, "
                    "45-plusser, vrouwen, langdurig werkzoekend, zij-instromer or overig.",
                ),
                value=part.strip(),
            )
        else:
            groups.add(group)
    return frozenset(groups)


def _load_existing(session, ids: set[str]) -> dict[str, ParticipantInput]:
    """The stored form data of the matched participants, in one query per 500."""
    result: dict[str, ParticipantInput] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        for participant in session.scalars(
            select(Participant)
            .where(Participant.id.in_(chunk))
            .options(selectinload(Participant.target_groups))
        ):
            values = {
                name: getattr(participant, name) for name in participant_service._SIMPLE_FIELDS
            }
            groups = frozenset(
                t.target_group for t in participant.target_groups if t.deleted_at is None
            )
            result[participant.id] = participant_service.clean_input(
                ParticipantInput(**values, target_groups=groups)
            )
    return result


def _active_enrolments(session, cohort_ids: set[str]) -> set[tuple[str, str]]:
    """(participant, cohort) pairs already enrolled and not dropped out."""
    if not cohort_ids:
        return set()
    return {
        (r.participant_id, r.cohort_id)
        for r in session.execute(
            select(Enrolment.participant_id, Enrolment.cohort_id).where(
                Enrolment.cohort_id.in_(sorted(cohort_ids)),
                Enrolment.status != EnrolmentStatus.DROPPED_OUT,
            )
        )
    }


def _check_unique(reader, item: _Parsed, seen_numbers: dict, seen_people: dict) -> None:
    if item.number:
        first = seen_numbers.setdefault(item.number.casefold(), reader.row)
        if first != reader.row:
            reader.problem(
                "participant_number",
                QT_TRANSLATE_NOOP(
                    "Import", "Participant number {value} is in the file twice (also row {row})."
                ),
                value=item.number,
                row=first,
            )
        return
    v = item.values
    if v.get("first_name") and v.get("last_name") and v.get("date_of_birth"):
        key = _person_key(
            v["first_name"], v.get("name_particle"), v["last_name"], v["date_of_birth"]
        )
        first = seen_people.setdefault(key, reader.row)
        if first != reader.row:
            reader.problem(
                None,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "This participant (name and date of birth) is in the file twice (also "
                    "row {row}).",
                ),
                row=first,
            )


def _plan(reader, item: _Parsed, existing, active) -> PlannedRow | None:
    base = existing.get(item.participant_id) if item.participant_id else None
    if item.participant_id and base is None:
        return None  # deleted between the two reads; the row simply does nothing
    values = {k: v for k, v in item.values.items() if v is not None}
    if base is None:
        values.setdefault("first_name", "")
        values.setdefault("last_name", "")
        data = ParticipantInput(**values)
    else:
        data = dataclasses.replace(base, **values)
    data = participant_service.clean_input(data)
    for error in participant_service.validate(data):
        column = error.field if error.field in reader.columns.index else None
        reader.problems.append(
            Problem(
                reader.row,
                reader.columns.written.get(column) if column else None,
                error.source_text,
                error.values,
                reader.table.sheet,
                context="Validation",
            )
        )
    enrol_in = None
    start = item.start_date
    if item.cohort is not None and (item.participant_id, item.cohort_id) not in active:
        start = start or item.cohort.start_date
        for error in enrolments._start_errors(item.cohort, start):
            reader.problems.append(
                Problem(
                    reader.row,
                    reader.columns.written.get("start_date") or reader.columns.written["cohort"],
                    error.source_text,
                    error.values,
                    reader.table.sheet,
                    context="Validation",
                )
            )
        enrol_in = item.cohort_id
    if reader.problems:
        return None
    return PlannedRow(
        row=reader.row,
        participant_id=item.participant_id,
        number=item.number if item.participant_id is None else None,
        data=data,
        changed=base is not None and data != base,
        enrol_in=enrol_in,
        start_date=start if enrol_in else None,
    )


def _describe(result: Preview, plan: PlannedRow, item: _Parsed, known: _Known) -> None:
    name = full_name(plan.data.first_name, plan.data.name_particle, plan.data.last_name)
    enrol = ""
    if plan.enrol_in and item.cohort is not None:
        enrol = " " + translate("Import", "(enrol in {cohort} from {date})").format(
            cohort=item.cohort.code, date=format_date(plan.start_date)
        )
    if plan.participant_id is None:
        number = plan.number or translate("Import", "new number")
        result.creates.append(
            translate("Import", "row {row}: {number} {name}").format(
                row=plan.row, number=number, name=name
            )
            + enrol
        )
    elif plan.changed or plan.enrol_in:
        result.updates.append(
            translate("Import", "row {row}: {number} {name}").format(
                row=plan.row, number=known.numbers[plan.participant_id], name=name
            )
            + enrol
        )
    else:
        result.skips.append(
            translate("Import", "row {row}: {number} {name} (unchanged)").format(
                row=plan.row, number=known.numbers[plan.participant_id], name=name
            )
        )


# ---------------------------------------------------------------- apply


def apply(db: Database, preview: Preview, mode: ImportMode, progress=None) -> ImportResult:
    """Write every planned row in ONE transaction. ImportRefused (nothing written) when the
    preview may not be applied in this mode or the database changed since."""
    common.check_may_apply(preview, mode)
    bad = {row for _sheet, row in preview.bad_rows}
    plans: list[PlannedRow] = [p for p in preview.payload if p.row not in bad]
    today = dt.date.today()
    touched: set[str] = set()
    enrolled: set[str] = set()
    cohorts: set[str] = set()
    created = updated = unchanged = 0
    try:
        with db.write() as session:
            numbers = _number_source(session, [p.number for p in plans if p.number])
            stored = _stored(session, {p.participant_id for p in plans if p.participant_id})
            new: list[tuple[PlannedRow, str, str]] = []
            people: list[tuple[PlannedRow, Participant | None, str]] = []
            total = len(plans)
            for done, plan in enumerate(plans, 1):
                if plan.participant_id is None:
                    person, pid = None, new_id()
                    new.append((plan, pid, plan.number or next(numbers)))
                    created += 1
                else:
                    person = stored[plan.participant_id]
                    if plan.changed:
                        participant_service._apply(session, person, plan.data)
                    pid = person.id
                    if plan.changed or plan.enrol_in:
                        updated += 1
                    else:
                        unchanged += 1
                people.append((plan, person, pid))
                if plan.changed or plan.participant_id is None:
                    touched.add(pid)
                report_progress(progress, done, total, translate("Import", "Importing rows"))
            session.flush()
            _insert_new(session, new)
            _enrol_all(session, people, today, enrolled, cohorts)
            touched |= {pid for plan, _person, pid in people if plan.enrol_in}
    except SQLAlchemyError as exc:
        raise common.changed_since_preview(exc) from exc
    return ImportResult(
        created=created,
        updated=updated,
        skipped=unchanged + len(bad),
        changes=Changes(
            participants=frozenset(touched),
            cohorts=frozenset(cohorts),
            enrolments=frozenset(enrolled - {None}),
        ),
    )


def _insert_new(session, new: list[tuple[PlannedRow, str, str]]) -> None:
    """Insert the new participants and their target groups in bulk: (plan, id, number).

    An ORM bulk INSERT skips the flush events, so what they add is set here: the name keys
    (as domain.participant._refresh_name_keys) and this device's stamp."""
    device = session.info.get("device_id")
    people, links = [], []
    for plan, pid, number in new:
        data = plan.data
        values = {name: getattr(data, name) for name in participant_service._SIMPLE_FIELDS}
        values.update(
            id=pid,
            participant_number=number,
            updated_by_device=device,
            sort_name=sort_key(data.first_name, data.name_particle, data.last_name),
            search_text=search_key(
                data.first_name, data.name_particle, data.last_name, data.preferred_name, number
            ),
        )
        people.append(values)
        links += [
            {"participant_id": pid, "target_group": group, "updated_by_device": device}
            for group in sorted(data.target_groups)
        ]
    if people:
        session.execute(insert(Participant), people)
    if links:
        session.execute(insert(ParticipantTargetGroup), links)


def _number_source(session, taken_in_file: list[str]):
    """The next free participant numbers (D-000124, ...), skipping those in the file."""
    first = int(participant_service.next_participant_number(session)[len("D-") :])
    taken = {n.casefold() for n in taken_in_file}
    number = first
    while True:
        text = f"{participant_service.NUMBER_PREFIX}{number:06d}"
        number += 1
        if text.casefold() not in taken:
            yield text


def _stored(session, ids: set[str]) -> dict[str, Participant]:
    result = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        for person in session.scalars(
            select(Participant).where(Participant.id.in_(ordered[start : start + 500]))
        ):
            result[person.id] = person
    return result


def _enrol_all(session, people, today, enrolled: set, cohorts: set) -> None:
    """Enrol as services.enrolments does. Someone who was in the cohort before (a dropout
    taken back) goes through the service's own rule; new participants, who cannot have been
    enrolled before, in bulk with the same rule."""
    enrolment_rows, period_rows = [], []
    device = session.info.get("device_id")
    for plan, person, pid in people:
        if not plan.enrol_in:
            continue
        cohort = session.get_one(Cohort, plan.enrol_in)
        cohorts.add(cohort.id)
        if person is not None:
            enrolled.add(enrolments._enrol_one(session, cohort, person, plan.start_date, today))
            continue
        # enrolments._enrol_one's rule for someone never enrolled in this cohort before.
        if plan.start_date > today:
            status, phase = EnrolmentStatus.PLANNED, Phase.RECRUITMENT
            lead_role, lead_name = LeadRole.CLIENT_MANAGER, plan.data.client_manager
        else:
            status, phase = EnrolmentStatus.ACTIVE, Phase.TRAINING
            lead_role, lead_name = LeadRole.JOB_COACH, None
        enrolment_id = new_id()
        enrolled.add(enrolment_id)
        lead = {"lead_role": lead_role, "lead_name": lead_name, "updated_by_device": device}
        enrolment_rows.append(
            {
                "id": enrolment_id,
                "participant_id": pid,
                "cohort_id": cohort.id,
                "start_date": plan.start_date,
                "status": status,
                "current_phase": phase,
                **lead,
            }
        )
        period_rows.append(
            {"enrolment_id": enrolment_id, "phase": phase, "start_date": plan.start_date, **lead}
        )
    if enrolment_rows:
        session.execute(insert(Enrolment), enrolment_rows)
        session.execute(insert(PhasePeriod), period_rows)
