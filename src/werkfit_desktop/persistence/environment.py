"""Where a database file lives: a network share is worth a warning, a write-protected file
is opened read-only.

SQLite's locking relies on the file system; on network file systems (SMB/CIFS, NFS, sshfs)
locks are unreliable across machines, so two laptops writing one file can damage it. The
check is cheap and never fails: Windows UNC paths (`\\\\server\\share`) and mapped network
drives, on Linux the file system type from /proc/mounts, on macOS the output of `mount`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

from werkfit_desktop.texts import QT_TRANSLATE_NOOP

NETWORK_FILESYSTEMS = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.davfs2",
        "ncpfs",
        "fuse.rclone",
        "glusterfs",
        "ceph",
    }
)

NETWORK_WARNING = QT_TRANSLATE_NOOP(
    "Environment",
    "The database {path} is on a network drive. SQLite, the database Werkfit Desktop uses, "
    "is not made for several computers using one file over the network: the file can get "
    "damaged. Keep the database on this computer and use synchronisation (or the central "
    "server) to share the data.",
)


def _unescape(field: str) -> str:
    # /proc/mounts writes spaces, tabs, newlines and backslashes as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from the text of /proc/mounts."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((_unescape(parts[1]), parts[2]))
    return mounts


def parse_mount_output(text: str) -> list[tuple[str, str]]:
    """(mount point, type) pairs from macOS/BSD `mount`: `//u@srv/share on /Volumes/x (smbfs, ...)`."""
    mounts = []
    for line in text.splitlines():
        if " on " not in line or " (" not in line:
            continue
        rest = line.split(" on ", 1)[1]
        point, options = rest.rsplit(" (", 1)
        mounts.append((point, options.split(",", 1)[0].strip(" )")))
    return mounts


def current_mounts() -> list[tuple[str, str]]:
    """This machine's mount table (empty when it cannot be read)."""
    try:
        if sys.platform.startswith("linux"):
            return parse_proc_mounts(Path("/proc/mounts").read_text(errors="replace"))
        if sys.platform == "darwin":
            output = subprocess.run(
                ["mount"], capture_output=True, text=True, timeout=2, check=False
            ).stdout
            return parse_mount_output(output)
    except (OSError, subprocess.SubprocessError):
        pass
    return []


def filesystem_type(path: Path | str, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the file system holding `path`: the longest mount point above it."""
    target = os.path.abspath(os.path.realpath(path))
    best, best_type = "", None
    for point, fs_type in mounts:
        prefix = point.rstrip("/") + "/"
        if (target == point or target.startswith(prefix) or point == "/") and len(point) >= len(
            best
        ):
            best, best_type = point, fs_type
    return best_type


def is_unc_path(path: Path | str) -> bool:
    """`\\\\server\\share\\...` or `//server/share/...` (a Windows network path)."""
    text = str(path)
    return text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\"))


def _windows_network_drive(path: Path | str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = PureWindowsPath(os.path.abspath(path)).drive
    if not drive:
        return False
    DRIVE_REMOTE = 4  # noqa: N806 - the Win32 name
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


def is_network_path(
    path: Path | str, mounts: list[tuple[str, str]] | None = None, platform: str | None = None
) -> bool:
    """True when `path` lies on a network share. `mounts` and `platform` are for tests."""
    platform = platform or sys.platform
    if is_unc_path(path):
        return True
    if platform == "win32":
        try:
            return _windows_network_drive(path)
        except (OSError, AttributeError, ValueError):
            return False
    fs_type = filesystem_type(path, current_mounts() if mounts is None else mounts)
    return fs_type is not None and fs_type.lower() in NETWORK_FILESYSTEMS


def is_writable(path: Path) -> bool:
    """Can this process change the database file (and make its -wal/-shm beside it)?"""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    if path.exists():
        return folder_ok and os.access(path, os.W_OK)
    return folder_ok


def open_read_only(path: Path):
    """The database opened without any writing: `mode=ro`, or `immutable` when SQLite cannot
    even make its shared-memory file (a write-protected folder). A schema that would need
    updating cannot be updated, so it is refused (DatabaseReadOnly)."""
    from sqlalchemy.exc import DBAPIError

    from werkfit_desktop.persistence.engine import make_engine, read_only_url
    from werkfit_desktop.persistence.errors import DatabaseProblem, DatabaseReadOnly
    from werkfit_desktop.persistence.migrate import HEAD_REVISION
    from werkfit_desktop.persistence.session import Database

    for immutable in (False, True):
        db = Database(make_engine(read_only_url(path, immutable), read_only=True), path)
        try:
            with db.read() as session:
                revision = (
                    session.connection()
                    .exec_driver_sql("SELECT version_num FROM alembic_version")
                    .scalar()
                )
        except DatabaseProblem:
            db.close()
            if immutable:
                raise
            continue
        except DBAPIError as exc:  # no schema of ours in it
            db.close()
            raise DatabaseReadOnly(str(path)) from exc
        if revision != HEAD_REVISION:
            db.close()
            raise DatabaseReadOnly(str(path))
        return db
    raise AssertionError("unreachable")  # pragma: no cover
