"""The cohort workbook: the whole of one cohort as an Excel file (.xlsx) that the app can
import again without loss (services/importing/workbook.py).

    export_cohort_workbook(db, cohort_id, path, include_private_notes=False, progress=None)

What is in it - the cohort, its enrolments and phases, the participants with everything that
hangs off them, sessions, attendance, observations, certificates, practice days, outcomes,
after-placement notes, and the rows they refer to - is described in docs/cohort-workbook.md;
the layout of the sheets is in workbook_sheets.py. Private notes are only written when asked
for; draft notes never."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from werkfit_desktop.domain import (
    Attendance,
    Barrier,
    Certificate,
    CertificateType,
    CoachingNote,
    Cohort,
    DevelopmentPlan,
    Employer,
    EmployerContact,
    Enrolment,
    Funding,
    LadderAssessment,
    Module,
    Organisation,
    Outcome,
    Participant,
    ParticipantTargetGroup,
    PhasePeriod,
    PlacementDay,
    PlanGoal,
    Programme,
    Skill,
    SkillObservation,
    StaffMember,
    TrainingSession,
)
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.domain.names import full_name
from werkfit_desktop.files import write_with
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.exporting.workbook_sheets import SHEETS, Kind, Sheet
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

LOCAL = ZoneInfo("Europe/Amsterdam")
DATE_FORMAT = "dd-mm-yyyy"
TIME_FORMAT = "hh:mm"
INSTANT_FORMAT = "dd-mm-yyyy hh:mm"
_CHUNK = 500


@dataclass(frozen=True)
class WorkbookSummary:
    path: Path
    cohort_code: str
    rows: dict[str, int]  # sheet name -> data rows written
    private_notes: bool


def in_ids(column, ids: set[str]):
    """column IN ids, in chunks (SQLite's limit on bound parameters)."""
    ordered = sorted(ids)
    if not ordered:
        return column.in_([])
    return or_(*(column.in_(ordered[i : i + _CHUNK]) for i in range(0, len(ordered), _CHUNK)))


def collect_cohort(
    session: Session, cohort_id: str, include_private_notes: bool = False
) -> dict[str, list]:
    """The rows of every sheet (ORM objects, in the order they are written), by sheet name.

    This is also what a lossless round trip must bring back: the tests compare it between
    the source database and the one the workbook was imported into."""

    def rows(model, *where, order=()):
        statement = select(model).where(*where).order_by(*order, model.id)
        return list(session.scalars(statement))

    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise LookupError(cohort_id)
    enrolments = rows(Enrolment, Enrolment.cohort_id == cohort_id)
    enrolment_ids = {e.id for e in enrolments}
    member_ids = {e.participant_id for e in enrolments}
    participants = rows(Participant, in_ids(Participant.id, member_ids))
    participants.sort(key=lambda p: (p.sort_name, p.participant_number))
    place = {p.id: index for index, p in enumerate(participants)}
    enrolments.sort(key=lambda e: place[e.participant_id])
    sessions = rows(
        TrainingSession,
        TrainingSession.cohort_id == cohort_id,
        order=(TrainingSession.date, TrainingSession.start_time),
    )
    session_ids = {s.id for s in sessions}
    placement_days = rows(
        PlacementDay,
        in_ids(PlacementDay.participant_id, member_ids),
        or_(PlacementDay.enrolment_id.is_(None), in_ids(PlacementDay.enrolment_id, enrolment_ids)),
        order=(PlacementDay.date,),
    )
    outcomes = rows(
        Outcome, in_ids(Outcome.enrolment_id, enrolment_ids), order=(Outcome.start_date,)
    )
    notes_where = [
        in_ids(CoachingNote.participant_id, member_ids),
        or_(CoachingNote.enrolment_id.is_(None), in_ids(CoachingNote.enrolment_id, enrolment_ids)),
        CoachingNote.draft.is_(False),
    ]
    if not include_private_notes:
        notes_where.append(CoachingNote.private.is_(False))
    notes = rows(CoachingNote, *notes_where, order=(CoachingNote.contact_at,))
    plans = rows(DevelopmentPlan, in_ids(DevelopmentPlan.participant_id, member_ids))
    found: dict[str, list] = {
        "Groep": [cohort],
        "Deelnemers": participants,
        "Inschrijvingen": enrolments,
        "Fasen": rows(
            PhasePeriod,
            in_ids(PhasePeriod.enrolment_id, enrolment_ids),
            order=(PhasePeriod.enrolment_id, PhasePeriod.start_date),
        ),
        "Sessies": sessions,
        "Aanwezigheid": rows(
            Attendance,
            in_ids(Attendance.session_id, session_ids),
            in_ids(Attendance.participant_id, member_ids),
            order=(Attendance.session_id, Attendance.participant_id),
        ),
        "Observaties": rows(
            SkillObservation,
            in_ids(SkillObservation.participant_id, member_ids),
            or_(
                SkillObservation.session_id.is_(None),
                in_ids(SkillObservation.session_id, session_ids),
            ),
            order=(SkillObservation.observed_on, SkillObservation.participant_id),
        ),
        "Certificaten": rows(
            Certificate,
            in_ids(Certificate.participant_id, member_ids),
            order=(Certificate.participant_id, Certificate.exam_date),
        ),
        "Praktijkdagen": placement_days,
        "Uitstroom": outcomes,
        "Nazorg": notes,
        "Doelgroepen": rows(
            ParticipantTargetGroup,
            in_ids(ParticipantTargetGroup.participant_id, member_ids),
            order=(ParticipantTargetGroup.participant_id, ParticipantTargetGroup.target_group),
        ),
        "Belemmeringen": rows(
            Barrier, in_ids(Barrier.participant_id, member_ids), order=(Barrier.participant_id,)
        ),
        "Participatieladder": rows(
            LadderAssessment,
            in_ids(LadderAssessment.participant_id, member_ids),
            order=(LadderAssessment.participant_id, LadderAssessment.assessed_on),
        ),
        "Ontwikkelplannen": plans,
        "Doelen": rows(
            PlanGoal,
            in_ids(PlanGoal.plan_id, {p.id for p in plans}),
            order=(PlanGoal.plan_id, PlanGoal.position),
        ),
        "Financiering": rows(
            Funding, in_ids(Funding.participant_id, member_ids), order=(Funding.participant_id,)
        ),
    }
    _add_referenced(session, cohort, found)
    return found


def _refs(found: dict[str, list], attr_by_sheet: dict[str, tuple[str, ...]]) -> set[str]:
    ids: set[str] = set()
    for sheet, attrs in attr_by_sheet.items():
        for row in found.get(sheet, []):
            ids.update(getattr(row, a) for a in attrs if getattr(row, a) is not None)
    return ids


def _add_referenced(session: Session, cohort: Cohort, found: dict[str, list]) -> None:
    """The rows the cohort's rows refer to: programme, modules, staff, employers..."""

    def by_id(model, ids, order):
        return list(session.scalars(select(model).where(in_ids(model.id, ids)).order_by(*order)))

    programme = session.get(Programme, cohort.programme_id)
    found["Programma"] = [programme]
    found["Modules"] = list(
        session.scalars(
            select(Module).where(Module.programme_id == programme.id).order_by(Module.position)
        )
    )
    staff_ids = _refs(
        found,
        {
            "Deelnemers": ("job_coach_id",),
            "Fasen": ("lead_staff_id",),
            "Sessies": ("trainer_id",),
            "Aanwezigheid": ("recorded_by_id",),
            "Observaties": ("observer_id",),
            "Nazorg": ("author_id",),
        },
    )
    found["Medewerkers"] = by_id(
        StaffMember, staff_ids, (StaffMember.last_name, StaffMember.first_name, StaffMember.id)
    )
    organisation_ids = {cohort.organisation_id, programme.organisation_id} | {
        s.organisation_id for s in found["Medewerkers"]
    }
    organisation_ids.discard(None)
    found["Organisaties"] = by_id(Organisation, organisation_ids, (Organisation.name,))
    type_ids = _refs(found, {"Certificaten": ("certificate_type_id",)}) | {
        m.certificate_type_id for m in found["Modules"] if m.certificate_type_id
    }
    found["Certificaattypen"] = by_id(CertificateType, type_ids, (CertificateType.name,))
    skill_ids = _refs(found, {"Observaties": ("skill_id",)})
    found["Vaardigheden"] = by_id(Skill, skill_ids, (Skill.position, Skill.name))
    employer_ids = _refs(found, {"Praktijkdagen": ("employer_id",), "Uitstroom": ("employer_id",)})
    found["Werkgevers"] = by_id(Employer, employer_ids, (Employer.name,))
    found["Contactpersonen"] = list(
        session.scalars(
            select(EmployerContact)
            .where(in_ids(EmployerContact.employer_id, employer_ids))
            .order_by(EmployerContact.employer_id, EmployerContact.name, EmployerContact.id)
        )
    )


def labels_of(found: dict[str, list]) -> dict[str, str]:
    """id -> the human name an info column shows for a reference."""
    names: dict[str, str] = {}
    for p in found["Deelnemers"]:
        names[p.id] = (
            f"{p.participant_number} {full_name(p.first_name, p.name_particle, p.last_name)}"
        )
    for e in found["Inschrijvingen"]:
        names[e.id] = names.get(e.participant_id, "")
    for plan in found["Ontwikkelplannen"]:
        names[plan.id] = names.get(plan.participant_id, "")
    for s in found["Medewerkers"]:
        names[s.id] = full_name(s.first_name, s.name_particle, s.last_name)
    for sheet in ("Organisaties", "Programma", "Modules", "Certificaattypen", "Vaardigheden"):
        for row in found[sheet]:
            names[row.id] = row.name
    for row in found["Werkgevers"]:
        names[row.id] = row.name
    for s in found["Sessies"]:
        names[s.id] = f"{format_date(s.date)} {names.get(s.module_id, '')}".strip()
    return names


def cell_value(sheet: Sheet, column, row, names: dict[str, str]):
    """The Python value a cell gets for this row and column."""
    kind = sheet.kind(column)
    value = getattr(row, column.attr)
    if kind is Kind.INFO:
        return names.get(value) if value is not None else None
    if value is None:
        return None
    if kind is Kind.ENUM:
        return value.value
    if kind is Kind.INSTANT:
        return value.astimezone(LOCAL).replace(tzinfo=None)
    return value


_FORMATS = {Kind.DATE: DATE_FORMAT, Kind.TIME: TIME_FORMAT, Kind.INSTANT: INSTANT_FORMAT}


_ILLEGAL_XML = re.compile(r"[\000-\010\013\014\016-\037]")  # XML 1.0 cannot hold these


def put(cell, value, kind: Kind) -> None:
    """Write a value; text is always an explicit string cell (never a formula or error).
    Control characters a workbook cannot hold (e.g. a vertical tab pasted from Word) are
    left out: they print nothing anyway."""
    if isinstance(value, str):
        value = _ILLEGAL_XML.sub("", value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
            cell.quotePrefix = True  # Excel keeps it text when the user edits the cell
    elif kind in _FORMATS and value is not None:
        cell.number_format = _FORMATS[kind]


def write_workbook(found: dict[str, list], path: Path, progress=None) -> dict[str, int]:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    names = labels_of(found)
    workbook = Workbook(write_only=True)  # streamed: about twice as fast as a normal one
    bold, grey = Font(bold=True), Font(color="808080")
    counts: dict[str, int] = {}
    for done, sheet in enumerate(SHEETS):
        if progress is not None:
            progress.update(done, len(SHEETS), sheet.name)
        worksheet = workbook.create_sheet(sheet.name)
        kinds = [sheet.kind(c) for c in sheet.columns]
        for index, column in enumerate(sheet.columns, start=1):
            wide = 12 if kinds[index - 1] in (Kind.DATE, Kind.TIME, Kind.ID) else 18
            worksheet.column_dimensions[get_column_letter(index)].width = max(
                wide, len(column.header) + 2
            )
        worksheet.freeze_panes = "A2"
        header = []
        for column in sheet.columns:
            cell = WriteOnlyCell(worksheet)
            put(cell, column.header, Kind.TEXT)
            cell.font = bold
            header.append(cell)
        worksheet.append(header)
        for row in found[sheet.name]:
            cells = []
            for column, kind in zip(sheet.columns, kinds, strict=True):
                cell = WriteOnlyCell(worksheet)
                put(cell, cell_value(sheet, column, row, names), kind)
                if kind in (Kind.ID, Kind.REF):
                    cell.font = grey
                cells.append(cell)
            worksheet.append(cells)
        counts[sheet.name] = len(found[sheet.name])
    if progress is not None:
        progress.update(len(SHEETS), len(SHEETS), "")
    _save_atomically(workbook, path)
    return counts


def _save_atomically(workbook, path: Path) -> None:
    """Into a temporary file next to it, then replace: never half a file."""
    write_with(path, workbook.save)


class CohortNotFound(LookupError):
    def message(self) -> str:
        return translate("Workbook", _NOT_FOUND).format(cohort=self.args[0])


_NOT_FOUND = QT_TRANSLATE_NOOP("Workbook", "There is no cohort {cohort}.")


def export_cohort_workbook(
    db: Database,
    cohort_id: str,
    path: Path | str,
    include_private_notes: bool = False,
    progress=None,
) -> WorkbookSummary:
    """Write the cohort workbook to `path` (replaced when it exists). CohortNotFound for an
    unknown cohort id; OSError when the file cannot be written."""
    path = Path(path)
    with db.read() as session:
        try:
            found = collect_cohort(session, cohort_id, include_private_notes)
        except LookupError:
            raise CohortNotFound(cohort_id) from None
        code = found["Groep"][0].code
        counts = write_workbook(found, path, progress)
    return WorkbookSummary(path, code, counts, include_private_notes)
