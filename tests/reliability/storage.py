"""Making storage hostile for real: write protection and small disks.

As a normal user, `chmod` makes a file or folder write-protected. As root (CI containers,
this machine) chmod denies nothing, so a read-only bind mount of the folder or file is used
instead; without permission to mount, the test is skipped. Loaded by path."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _mount(*args: str) -> bool:
    try:
        done = subprocess.run(["mount", *args], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def _umount(target: Path) -> None:
    done = subprocess.run(["umount", str(target)], capture_output=True, timeout=10, check=False)
    if done.returncode != 0:  # still in use (a connection not yet collected): detach anyway
        subprocess.run(["umount", "-l", str(target)], capture_output=True, timeout=10, check=False)


@contextlib.contextmanager
def write_protected(target: Path):
    """`target` (a file or a folder) cannot be written while inside the block."""
    if not IS_ROOT:
        before = stat.S_IMODE(target.stat().st_mode)
        target.chmod(0o555 if target.is_dir() else 0o444)
        try:
            yield
        finally:
            target.chmod(before)
        return
    if not _mount("--bind", str(target), str(target)):
        pytest.skip("running as root without permission to mount: cannot write-protect")
    try:
        if not _mount("-o", "remount,bind,ro", str(target)):
            pytest.skip("cannot remount read-only")
        yield
    finally:
        _umount(target)


@contextlib.contextmanager
def no_permission(folder: Path):
    """`folder` cannot even be entered (only possible for a non-root user)."""
    if IS_ROOT:
        pytest.skip("root may enter every folder")
    before = stat.S_IMODE(folder.stat().st_mode)
    folder.chmod(0)
    try:
        yield
    finally:
        folder.chmod(before)


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "6m"):
    """A size-limited tmpfs mounted on `folder` (root only; skipped otherwise)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not IS_ROOT or not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("no permission to mount a small file system")
    try:
        yield folder
    finally:
        _umount(folder)
