"""Export the progress sheets (voortgangsrapportages) of a cohort, or a selection of its
members, into a folder: one PDF per participant named `<cohort>_<number>_<last name>.pdf`.

A plain function (no Qt): the GUI runs it on the TaskRunner, the CLI calls it directly.
One participant at a time: gather (services/progress.py, for the enrolment in this cohort),
build into memory, write atomically (a temporary file in the same folder, then os.replace),
so no half-written PDF is ever left. A participant that fails is recorded and the rest go
on. `progress` is anything with `update(done, total, text)` that raises when the user
cancels and has a `cancelled` attribute (ui/tasks.Progress); on cancel the files already
complete stay, nothing partial is left.

`combined=True`: one PDF `<cohort>_voortgangsrapportages.pdf` with every sheet, each from a
new page; a participant that fails is left out and reported; on cancel nothing is written.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.reports.progress_sheet import build_progress_sheet
from werkfit_desktop.reports.progress_sheets_combined import build_combined_sheets
from werkfit_desktop.services import progress as progress_service
from werkfit_desktop.services.cohort_page import cohort_page
from werkfit_desktop.services.progress import SheetOptions
from werkfit_desktop.services.validation import ValidationFailed

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


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


def safe_part(text: str) -> str:
    """No path separators or characters Windows refuses; diacritics stay."""
    cleaned = _UNSAFE.sub("-", text).strip().strip(".")
    return cleaned or "-"


def sheet_filename(cohort_code: str, number: str, listed_name: str) -> str:
    parts = (cohort_code, number, last_name(listed_name))
    return "_".join(safe_part(part) for part in parts) + ".pdf"


def combined_filename(cohort_code: str) -> str:
    return f"{safe_part(cohort_code)}_voortgangsrapportages.pdf"


def write_atomically(path: Path, data: bytes) -> None:
    """A temporary file in the same folder, then os.replace: never a half-written PDF."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".werkfit-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _report(progress: ProgressHandle, done: int, total: int, text: str) -> bool:
    """Report; True when the user cancelled."""
    try:
        progress.update(done, total, text)
    except Exception:
        if getattr(progress, "cancelled", False):
            return True
        raise
    return bool(getattr(progress, "cancelled", False))


def export_cohort_sheets(
    db: Database,
    cohort_id: str,
    folder: Path | str,
    progress: ProgressHandle,
    participant_ids: list[str] | None = None,
    combined: bool = False,
    options: SheetOptions | None = None,
) -> BatchResult:
    """Write one progress sheet per member (or per chosen participant) into `folder`."""
    folder = Path(folder)
    options = options or SheetOptions()
    page = cohort_page(db, cohort_id)
    members = [
        m for m in page.members if participant_ids is None or m.participant_id in participant_ids
    ]
    result = BatchResult()
    total = len(members)
    gathered = []
    for done, member in enumerate(members):
        if _report(progress, done, total, member.name):
            result.cancelled = True
            return result
        try:
            figures = progress_service.progress_figures(
                db,
                member.participant_id,
                cohort_id=cohort_id,
                period=progress_service.Period(options.period_from, options.period_to),
            )
            sheet = progress_service.sheet_from_figures(figures, options)
            if combined:
                gathered.append(sheet)
                continue
            buffer = io.BytesIO()
            _pages, warnings = build_progress_sheet(sheet, buffer)
            path = folder / sheet_filename(page.header.code, member.number, member.name)
            write_atomically(path, buffer.getvalue())
            result.warnings.extend(f"{member.name}: {warning}" for warning in warnings)
        except ValidationFailed as failed:
            result.failed.append((member.name, " ".join(e.message() for e in failed.errors)))
        except OSError as exc:
            result.failed.append((member.name, str(exc.strerror or exc)))
        except Exception as exc:  # noqa: BLE001 - reported per participant, the rest go on
            message = str(exc) or type(exc).__name__
            result.failed.append((member.name, message))
        else:
            result.written.append(path)
    if combined and gathered:
        if _report(progress, total, total, ""):
            result.cancelled = True
            return result
        buffer = io.BytesIO()
        _pages, warnings = build_combined_sheets(gathered, page.header.code, buffer)
        path = folder / combined_filename(page.header.code)
        try:
            write_atomically(path, buffer.getvalue())
        except OSError as exc:
            result.failed.append((path.name, str(exc.strerror or exc)))
        else:
            result.written.append(path)
            result.warnings.extend(warnings)
        return result
    _report(progress, total, total, "")  # a cancel now comes too late: all is written
    return result
