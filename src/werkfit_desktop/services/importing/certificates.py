"""Importing exams and certificates: a row per exam (participant, certificate type, exam date,
result, diploma number, and optionally a valid-until that overrides the computed one).

The rules of services.certificates apply: valid-until follows from the type's validity and
the exam date unless the file gives one. The same exam (participant, type and exam date)
already recorded is updated, not added twice."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from werkfit_desktop.domain import Certificate, CertificateType, Participant
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import certificates as service
from werkfit_desktop.services.certificates import CertificateInput
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.importing import common
from werkfit_desktop.services.importing.columns import (
    Column,
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
from werkfit_desktop.services.importing.vocabulary import RESULT_WORDS, exam_result
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

COLUMNS = (
    Column("participant", "deelnemer", ("deelnemernummer", "participant number"), required=True),
    Column("certificate_type", "certificaat", ("certificate", "certificaatsoort"), required=True),
    Column("exam_date", "examendatum", ("exam date", "datum examen")),
    Column("result", "resultaat", ("result", "uitslag"), required=True),
    Column("diploma_number", "diplomanummer", ("diploma number",)),
    Column("valid_until", "geldig tot", ("valid until", "geldig t/m")),
)


@dataclass(frozen=True)
class PlannedCertificate:
    row: int
    participant_id: str
    certificate_id: str | None  # an existing exam to update
    data: CertificateInput


def _failed(path: Path, problems: list[Problem], unknown=()) -> Preview:
    return Preview(ImportKind.CERTIFICATES, path, problems=problems, unknown_columns=list(unknown))


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
        ImportKind.CERTIFICATES, path, rows=len(table.rows), unknown_columns=columns.unknown
    )
    with db.read() as session:
        people = common.directory_of(
            session.execute(
                select(
                    Participant.id,
                    Participant.participant_number,
                    Participant.first_name,
                    Participant.name_particle,
                    Participant.last_name,
                )
            )
        )
        types = {fold(t.name).strip(): t for t in session.scalars(select(CertificateType))}
        exams = {
            (c.participant_id, c.certificate_type_id, c.exam_date): c
            for c in session.scalars(select(Certificate))
        }
    plans: list[PlannedCertificate] = []
    in_file: dict[tuple, int] = {}
    readers = list(data_rows(table, columns))
    for done, reader in enumerate(readers, 1):
        report_progress(progress, done, len(readers), translate("Import", "Checking rows"))
        who = reader.text("participant")
        pid = None
        if not who:
            reader.problem(
                "participant",
                QT_TRANSLATE_NOOP("Import", "Give the participant (number or full name)."),
            )
        else:
            pid, error = people.find(who)
            if pid is None:
                reader.problem("participant", error, value=who)
        type_name = reader.text("certificate_type")
        kind = types.get(" ".join(fold(type_name).split())) if type_name else None
        if kind is None:
            names = ", ".join(sorted(t.name for t in types.values()))
            reader.problem(
                "certificate_type",
                QT_TRANSLATE_NOOP(
                    "Import",
                    "There is no certificate type '{value}'; add it to the catalogue first or "
                    "use one of: {types}.",
                ),
                value=type_name or "",
                types=names or "-",
            )
        exam_date = reader.date("exam_date")
        result_text = reader.text("result")
        outcome = exam_result(result_text) if result_text else None
        if outcome is None:
            reader.problem(
                "result",
                QT_TRANSLATE_NOOP(
                    "Import",
                    "'{value}' is not a result; use geslaagd, gezakt, niet verschenen or gepland.",
                ),
                value=result_text or "",
            )
        valid_until = reader.date("valid_until")
        if reader.problems:
            result.problems += reader.problems
            continue
        data = CertificateInput(
            certificate_type_id=kind.id,
            exam_date=exam_date,
            result=outcome,
            diploma_number=reader.text("diploma_number"),
            valid_until=valid_until,
            valid_until_overridden=valid_until is not None,
        )
        for error in service.validate_certificate(data):
            column = {"exam_date": "exam_date", "valid_until": "valid_until"}.get(error.field)
            reader.problems.append(
                Problem(
                    reader.row,
                    columns.written.get(column) if column else None,
                    error.source_text,
                    error.values,
                    context="Validation",
                )
            )
        key = (pid, kind.id, exam_date)
        if key in in_file:
            reader.problem(
                None,
                QT_TRANSLATE_NOOP("Import", "This exam is in the file twice (also row {row})."),
                row=in_file[key],
            )
        in_file.setdefault(key, reader.row)
        if reader.problems:
            result.problems += reader.problems
            continue
        old = exams.get(key)
        line = translate("Import", "row {row}: {name}, {type} {date}: {result}").format(
            row=reader.row,
            name=people.names[pid],
            type=kind.name,
            date=format_date(exam_date),
            result=RESULT_WORDS[outcome],
        )
        if old is not None and _same(old, data, kind):
            result.skips.append(line + " " + translate("Import", "(unchanged)"))
            continue
        (result.updates if old is not None else result.creates).append(line)
        plans.append(PlannedCertificate(reader.row, pid, old.id if old else None, data))
    result.payload = plans
    return result


def _same(old: Certificate, data: CertificateInput, kind: CertificateType) -> bool:
    valid = (
        data.valid_until
        if data.valid_until_overridden
        else service._derived(data.result, data.exam_date, kind)
    )
    return (
        old.result == data.result
        and (old.diploma_number or None) == (data.diploma_number or None)
        and old.valid_until == valid
        and bool(old.valid_until_overridden) == data.valid_until_overridden
    )


def apply(db: Database, preview: Preview, mode: ImportMode, progress=None) -> ImportResult:
    """Write the certificates in ONE transaction; ImportRefused (nothing written) when the
    preview may not be applied in this mode."""
    common.check_may_apply(preview, mode)
    bad = {row for _sheet, row in preview.bad_rows}
    plans = [p for p in preview.payload if p.row not in bad]
    written: list[Certificate] = []
    created = updated = 0
    try:
        with db.write() as session:
            for done, plan in enumerate(plans, 1):
                if plan.certificate_id is None:
                    certificate = Certificate(participant_id=plan.participant_id)
                    created += 1
                else:
                    certificate = session.get_one(Certificate, plan.certificate_id)
                    updated += 1
                data = plan.data
                if plan.certificate_id is not None:  # keep what the file does not hold
                    data = dataclasses.replace(
                        data, issuer=certificate.issuer, note=certificate.note
                    )
                service._apply(session, certificate, data)  # before add: no half autoflush
                session.add(certificate)
                written.append(certificate)
                report_progress(progress, done, len(plans), translate("Import", "Importing rows"))
            session.flush()
            ids = {c.id for c in written}
    except SQLAlchemyError as exc:
        raise common.changed_since_preview(exc) from exc
    return ImportResult(
        created=created,
        updated=updated,
        skipped=len(bad) + len(preview.skips),
        changes=Changes(
            certificates=frozenset(ids),
            participants=frozenset(p.participant_id for p in plans),
        ),
    )
