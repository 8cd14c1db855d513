"""Export the progress sheets (voortgangsrapportages) of a cohort, or a selection of its
members, into a folder: one PDF per participant named `<cohort>_<number>_<last name>.pdf`.

A plain function (no Qt): the GUI runs it on the TaskRunner, the CLI calls it directly.
One participant at a time: gather (services/progress.py, for the enrolment in this cohort),
build into memory, write atomically (a temporary file in the same folder, then os.replace),
so no half-written PDF is ever left. A participant that fails is recorded and the rest go
on. `progress` is anything with `update(done, total, text)` that raises when the user
cancels and has a `cancelled` attribute (ui/tasks.Progress); on cancel the files already
complete stay, nothing partial is left.

Large batches use both cores: more than POOL_FROM sheets from a database file go to two
worker processes (services/batch_workers.py), each with its own connection to the file;
progress comes back per finished sheet, Cancel stops both after the sheet in hand. Small
batches, a database given by URL and the combined file stay on the calling thread.

`combined=True`: one PDF `<cohort>_voortgangsrapportages.pdf` with every sheet, each from a
new page; a participant that fails is left out and reported; on cancel nothing is written.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import select

from werkfit_desktop.domain import Cohort, Enrolment, Organisation, Participant, Programme
from werkfit_desktop.domain.names import listed_name
from werkfit_desktop.files import safe_file_name, write_atomically
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.progress_sheet import build_progress_sheet
from werkfit_desktop.reports.progress_sheets_combined import build_combined_sheets
from werkfit_desktop.services import progress as progress_service
from werkfit_desktop.services.progress import SheetOptions
from werkfit_desktop.services.validation import ValidationFailed

POOL_FROM = 30  # more sheets than this (from a database file) go to the worker processes


class ProgressHandle(Protocol):
    def update(self, done: int, total: int, text: str = "") -> None: ...


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (name, message)
    cancelled: bool = False
    # Characters the font cannot print (printed as "□"): "name: warning" per file, or the
    # combined file's warnings.
    warnings: list[str] = field(default_factory=list)


def last_name(listed_name: str) -> str:
    """'Berg, Jan van den' -> 'Berg'."""
    return listed_name.split(",", 1)[0].strip()


def sheet_filename(cohort_code: str, number: str, listed_name: str) -> str:
    parts = (cohort_code, number, last_name(listed_name))
    return "_".join(safe_file_name(part) for part in parts) + ".pdf"


def combined_filename(cohort_code: str) -> str:
    return f"{safe_file_name(cohort_code)}_voortgangsrapportages.pdf"


def _report(progress: ProgressHandle, done: int, total: int, text: str) -> bool:
    """Report; True when the user cancelled."""
    try:
        progress.update(done, total, text)
    except Exception:
        if getattr(progress, "cancelled", False):
            return True
        raise
    return bool(getattr(progress, "cancelled", False))


@dataclass(frozen=True)
class SheetJob:
    """One sheet to make: who, for which enrolment, into which file (picklable: it is
    handed to the worker processes)."""

    index: int  # its place in the batch: results are listed in this order
    participant_id: str
    cohort_id: str
    name: str  # "Berg, Jan van den"
    path: str


@dataclass(frozen=True)
class SheetOutcome:
    index: int
    failure: str | None = None  # the message when it could not be made
    warnings: tuple[str, ...] = ()


def cohort_members(
    db: Database, cohort_id: str, participant_ids: list[str] | None = None
) -> tuple[str, list[tuple[str, str, str]]]:
    """The cohort's code and its members (participant id, number, listed name) in the
    order of the cohort page; only the chosen ones when `participant_ids` is given.
    LookupError when the cohort does not exist (any more)."""
    with db.read() as session:
        code = session.scalar(
            select(Cohort.code)
            .join(Programme, Programme.id == Cohort.programme_id)
            .join(Organisation, Organisation.id == Cohort.organisation_id)
            .where(Cohort.id == cohort_id)
        )
        if code is None:
            raise LookupError(f"no cohort {cohort_id}")
        rows = session.execute(
            select(
                Participant.id,
                Participant.participant_number,
                Participant.first_name,
                Participant.name_particle,
                Participant.last_name,
            )
            .join(Enrolment, Enrolment.participant_id == Participant.id)
            .where(Enrolment.cohort_id == cohort_id)
            .order_by(Participant.sort_name, Participant.participant_number)
        ).all()
    chosen = None if participant_ids is None else set(participant_ids)
    return code, [
        (pid, number, listed_name(first, particle, last))
        for pid, number, first, particle, last in rows
        if chosen is None or pid in chosen
    ]


def _figures(db: Database, job: SheetJob, options: SheetOptions):
    figures = progress_service.progress_figures(
        db,
        job.participant_id,
        cohort_id=job.cohort_id,
        period=progress_service.Period(options.period_from, options.period_to),
    )
    return progress_service.sheet_from_figures(figures, options)


def _failure(exc: Exception) -> str:
    if isinstance(exc, ValidationFailed):
        return " ".join(e.message() for e in exc.errors)
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return str(exc) or type(exc).__name__


def write_sheet(db: Database, job: SheetJob, options: SheetOptions) -> SheetOutcome:
    """Gather, build into memory and write one sheet atomically; a failure is returned, not
    raised (the rest of the batch goes on)."""
    try:
        buffer = io.BytesIO()
        _pages, warnings = build_progress_sheet(_figures(db, job, options), buffer)
        write_atomically(Path(job.path), buffer.getvalue())
    except Exception as exc:  # noqa: BLE001 - reported per participant, the rest go on
        return SheetOutcome(job.index, failure=_failure(exc))
    return SheetOutcome(job.index, warnings=tuple(f"{job.name}: {w}" for w in warnings))


def _collect(jobs: list[SheetJob], outcomes: dict[int, SheetOutcome], result: BatchResult) -> None:
    """The outcomes into the result, in the order of the batch."""
    for job in jobs:
        outcome = outcomes.get(job.index)
        if outcome is None:
            continue
        if outcome.failure is not None:
            result.failed.append((job.name, outcome.failure))
        else:
            result.written.append(Path(job.path))
            result.warnings.extend(outcome.warnings)


def _in_thread(
    db: Database, jobs: list[SheetJob], options: SheetOptions, progress: ProgressHandle
) -> tuple[dict[int, SheetOutcome], bool]:
    """One sheet after the other on this thread; (outcomes, cancelled)."""
    outcomes: dict[int, SheetOutcome] = {}
    for done, job in enumerate(jobs):
        if _report(progress, done, len(jobs), job.name):
            return outcomes, True
        outcomes[job.index] = write_sheet(db, job, options)
    return outcomes, False


def _use_processes(db: Database, count: int, processes: bool | None) -> bool:
    if db.path is None or processes is False:
        return False
    return processes is True or count > POOL_FROM


def _export(
    db: Database,
    jobs: list[SheetJob],
    progress: ProgressHandle,
    options: SheetOptions,
    processes: bool | None,
) -> BatchResult:
    result = BatchResult()
    if _use_processes(db, len(jobs), processes):
        from werkfit_desktop.services.batch_workers import in_processes

        outcomes, result.cancelled = in_processes(db, jobs, options, progress)
    else:
        outcomes, result.cancelled = _in_thread(db, jobs, options, progress)
    _collect(jobs, outcomes, result)
    if not result.cancelled:
        _report(progress, len(jobs), len(jobs), "")  # a cancel now comes too late
    return result


def export_sheets_of_cohorts(
    db: Database,
    cohort_ids: list[str],
    folder: Path | str,
    progress: ProgressHandle,
    options: SheetOptions | None = None,
    processes: bool | None = None,
) -> BatchResult:
    """Every member's sheet of these cohorts into `folder`, one file each, in one batch
    (with more than POOL_FROM sheets on both cores). `processes`: None decides by the
    number of sheets, True forces the worker processes (for a database file), False keeps
    the work on this thread."""
    folder = Path(folder)
    jobs: list[SheetJob] = []
    for cohort_id in cohort_ids:
        code, members = cohort_members(db, cohort_id)
        jobs += [
            SheetJob(
                len(jobs) + n,
                pid,
                cohort_id,
                name,
                str(folder / sheet_filename(code, number, name)),
            )
            for n, (pid, number, name) in enumerate(members)
        ]
    return _export(db, jobs, progress, options or SheetOptions(), processes)


def export_cohort_sheets(
    db: Database,
    cohort_id: str,
    folder: Path | str,
    progress: ProgressHandle,
    participant_ids: list[str] | None = None,
    combined: bool = False,
    options: SheetOptions | None = None,
    processes: bool | None = None,
) -> BatchResult:
    """Write one progress sheet per member (or per chosen participant) into `folder`.
    `processes` as in export_sheets_of_cohorts (the combined file is made on this thread)."""
    folder = Path(folder)
    options = options or SheetOptions()
    code, members = cohort_members(db, cohort_id, participant_ids)
    jobs = [
        SheetJob(n, pid, cohort_id, name, str(folder / sheet_filename(code, number, name)))
        for n, (pid, number, name) in enumerate(members)
    ]
    if not combined:
        return _export(db, jobs, progress, options, processes)
    result = BatchResult()
    total = len(jobs)
    gathered = []
    for done, job in enumerate(jobs):
        if _report(progress, done, total, job.name):
            result.cancelled = True
            return result
        try:
            gathered.append(_figures(db, job, options))
        except Exception as exc:  # noqa: BLE001 - reported per participant, the rest go on
            result.failed.append((job.name, _failure(exc)))
    if not gathered:
        _report(progress, total, total, "")
        return result
    if _report(progress, total, total, ""):
        result.cancelled = True
        return result
    buffer = io.BytesIO()
    _pages, warnings = build_combined_sheets(gathered, code, buffer)
    path = folder / combined_filename(code)
    try:
        write_atomically(path, buffer.getvalue())
    except OSError as exc:
        result.failed.append((path.name, str(exc.strerror or exc)))
    else:
        result.written.append(path)
        result.warnings.extend(warnings)
    return result
