"""A large batch of progress sheets on both cores: two worker processes, each with its own
connection to the database file — a connection never crosses processes.

How the workers start (`start_method`): on Linux they are forked from a forkserver, a
fresh single-threaded process that imports this module (SQLAlchemy, the domain,
ReportLab) once and then forks each worker ready to go; the app itself is never forked (it
has a Qt GUI thread and threads of its own, and a fork copies their locks). The forkserver
stays for the rest of the session, so a second batch starts its workers at once.
Elsewhere, and in a frozen build (its executable cannot run a forkserver; its workers
start through multiprocessing.freeze_support in __main__), they are spawned. A worker
imports no Qt and nothing under ui/ (it needs only services, reports, persistence).

The caller's thread only hands out chunks of sheets, passes the progress on per finished
sheet, and waits; its GUI thread stays free.

Each worker gathers, builds and writes its sheets exactly as the calling thread would
(batch_export.write_sheet: atomically, a failure reported and the rest going on). Cancel
(progress.update raising, or progress.cancelled) drops the chunks not started and tells
the running ones to stop after the sheet in hand: only whole files are left, and every
file written is in the outcomes."""

from __future__ import annotations

import multiprocessing
import os
import queue
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.batch_export import (
    ProgressHandle,
    SheetJob,
    SheetOutcome,
    _report,
    write_sheet,
)
from werkfit_desktop.services.progress import SheetOptions
from werkfit_desktop.texts import current_language

WORKERS = 2
CHUNK = 10  # sheets per chunk: small enough to share the work out evenly at the end
POLL_SECONDS = 0.1  # how often the waiting thread looks at Cancel when no sheet finished

# In a worker process: its own database handle, where finished sheets are announced, and
# the flag that says stop.
_worker: dict = {}


def warm_up() -> None:
    """Ready what every sheet needs once per process: the fonts, the table of characters
    they can print, the ORM's mappers. Run when this module is imported, so the forkserver
    (which imports it) hands them ready to every worker it forks. Only a head start: a
    failure here is left for the sheets themselves to report."""
    from sqlalchemy.orm import configure_mappers

    from werkfit_desktop.reports.glyphs import FontText

    try:
        FontText()  # registers the fonts and reads their character tables
        configure_mappers()
    except Exception:  # noqa: BLE001, S110 - each sheet reports its own failure
        pass


def start_method() -> str:
    """How the workers start: a forkserver on Linux (not frozen), else spawn (see the
    module's docstring)."""
    if sys.platform.startswith("linux") and not getattr(sys, "frozen", False):
        return "forkserver"
    return "spawn"


def _context():
    context = multiprocessing.get_context(start_method())
    if context.get_start_method() == "forkserver":
        # Imported once in the forkserver, so every worker forked from it starts with them.
        context.set_forkserver_preload([__name__])
    return context


def _start_worker(url: str, read_only: bool, path: str, language: str, finished, stop) -> None:
    from werkfit_desktop.persistence.engine import make_engine

    os.environ["WERKFIT_LANG"] = language  # the sheets in the language of the app
    _worker["db"] = Database(make_engine(url, read_only=read_only), Path(path))
    _worker["finished"] = finished
    _worker["stop"] = stop


def _make_sheets(jobs: list[SheetJob], options: SheetOptions) -> list[SheetOutcome]:
    """In a worker: one sheet after the other until the chunk is done or the batch stops."""
    outcomes = []
    for job in jobs:
        if _worker["stop"].is_set():
            break
        outcome = write_sheet(_worker["db"], job, options)
        outcomes.append(outcome)
        _worker["finished"].put(job.index)
    return outcomes


def _chunks(jobs: list[SheetJob], size: int) -> list[list[SheetJob]]:
    return [jobs[n : n + size] for n in range(0, len(jobs), size)]


def _results(future: Future) -> dict[int, SheetOutcome]:
    """A finished chunk's outcomes; none when it was cancelled before it started or its
    worker broke down (those sheets are made on the calling thread)."""
    if future.cancelled():
        return {}
    try:
        return {outcome.index: outcome for outcome in future.result()}
    except Exception:  # noqa: BLE001 - BrokenProcessPool, or a chunk that could not be sent
        return {}


def in_processes(
    db: Database,
    jobs: list[SheetJob],
    options: SheetOptions,
    progress: ProgressHandle,
    workers: int = WORKERS,
) -> tuple[dict[int, SheetOutcome], bool]:
    """Make the sheets in worker processes; (outcomes by job index, cancelled). Sheets a
    broken worker left unmade are made on this thread afterwards."""
    assert db.path is not None, "worker processes need a database file"
    total = len(jobs)
    names = {job.index: job.name for job in jobs}
    if _report(progress, 0, total, jobs[0].name if jobs else ""):
        return {}, True
    context = _context()
    finished = context.Queue()
    stop = context.Event()
    url = db.engine.url.render_as_string(hide_password=False)
    outcomes: dict[int, SheetOutcome] = {}
    announced: set[int] = set()  # finished in a worker (the queue runs ahead of the results)
    reported, last = 0, ""
    cancelled = False
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(url, "mode=ro" in url, str(db.path), current_language(), finished, stop),
    ) as pool:
        pending: set[Future] = {
            pool.submit(_make_sheets, chunk, options) for chunk in _chunks(jobs, CHUNK)
        }
        while pending:
            try:
                index = finished.get(timeout=POLL_SECONDS)
                announced.add(index)
                last = names[index]
            except queue.Empty:
                pass
            for future in [f for f in pending if f.done()]:
                pending.discard(future)
                outcomes.update(_results(future))
            announced.update(outcomes)
            if cancelled:
                continue
            if len(announced) != reported and len(announced) < total:
                reported = len(announced)
                cancelled = _report(progress, reported, total, last)
            cancelled = cancelled or bool(getattr(progress, "cancelled", False))
            if cancelled:
                stop.set()
                for future in pending:
                    future.cancel()
    finished.close()
    if not cancelled:
        left = [job for job in jobs if job.index not in outcomes]
        for job in left:
            if _report(progress, len(outcomes), total, job.name):
                return outcomes, True
            outcomes[job.index] = write_sheet(db, job, options)
    return outcomes, cancelled


warm_up()
