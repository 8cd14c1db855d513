"""Writing a file so that it is never left half-written: into a temporary file in the same
folder, then os.replace (one step on every platform). A failure leaves the old file, or none.

    write_atomically(path, pdf_bytes)
    write_with(path, lambda temporary: workbook.save(temporary))"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def write_with(path: Path | str, write: Callable[[str], None]) -> None:
    """Let `write` fill a temporary file beside `path`, then put it in place."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".werkfit-", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(path: Path | str, data: bytes) -> None:
    """`data` as the whole content of `path`."""
    write_with(path, lambda temporary: Path(temporary).write_bytes(data))


def safe_file_name(text: str) -> str:
    """A file name part without path separators or characters Windows refuses; diacritics
    stay ('Çelik/..' -> 'Çelik-..')."""
    cleaned = _UNSAFE.sub("-", text).strip().strip(".")
    return cleaned or "-"
