"""Mangled files: a good CSV's and a good XLSX's bytes with bytes flipped, inserted and
deleted. The preview never raises; applying either writes consistently or is refused with
ImportRefused and leaves the database exactly as it was (compared as a full dump)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import participants as participant_service
from werkfit_desktop.services.importing import (
    ImportKind,
    ImportMode,
    ImportRefused,
    apply_import,
    preview_file,
)


def _helpers():
    if "importing_helpers" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "importing_helpers", Path(__file__).with_name("importing_helpers.py")
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["importing_helpers"] = module
        spec.loader.exec_module(module)
    return sys.modules["importing_helpers"]


H = _helpers()
ROWS = [
    ["deelnemernummer", "voornaam", "achternaam", "geboortedatum", "uren per week", "doelgroep"],
    ["F-1", "Ayşe", "Yılmaz", "03-02-1990", "32", "statushouder"],
    ["F-2", "Łukasz", "Wróbel", "01-12-1985", "24,5", "jongere, 45+"],
    ["", "Nguyễn Thị", "Hoa", "09-07-2001", "", ""],
]

edits = st.lists(
    st.tuples(st.sampled_from(["flip", "insert", "delete"]), st.floats(0, 1), st.integers(0, 255)),
    min_size=1,
    max_size=8,
)


def _mangle(data: bytes, operations) -> bytes:
    buffer = bytearray(data)
    for operation, where, value in operations:
        at = min(int(where * len(buffer)), max(len(buffer) - 1, 0))
        if operation == "flip" and buffer:
            buffer[at] ^= value or 1
        elif operation == "insert":
            buffer.insert(at, value)
        elif operation == "delete" and buffer:
            del buffer[at]
    return bytes(buffer)


@pytest.fixture(scope="module")
def world(template_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "fuzz.sqlite"
    shutil.copyfile(template_db, path)
    db = open_database(path)
    good_csv = H.write_csv(folder / "good.csv", ROWS, encoding="utf-8-sig").read_bytes()
    good_xlsx = H.write_xlsx(folder / "good.xlsx", ROWS).read_bytes()
    yield db, path, folder, {".csv": good_csv, ".xlsx": good_xlsx}
    db.close()


def _check(world, suffix, operations, mode):
    db, path, folder, good = world
    target = folder / f"mangled{suffix}"
    target.write_bytes(_mangle(good[suffix], operations))
    preview = preview_file(db, target, kind=ImportKind.PARTICIPANTS)  # never raises
    preview_file(db, target)  # detection never raises either
    before = H.dump(path)
    count = participant_service.count_participants(db)
    try:
        result = apply_import(db, preview, mode)
    except ImportRefused:
        assert H.dump(path) == before
        assert not preview.can_import or (mode == ImportMode.ALL_OR_NOTHING and preview.problems)
        return
    assert preview.can_import
    assert participant_service.count_participants(db) == count + result.created


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=edits, mode=st.sampled_from(list(ImportMode)))
def test_mangled_csv(world, operations, mode):
    _check(world, ".csv", operations, mode)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=edits, mode=st.sampled_from(list(ImportMode)))
def test_mangled_xlsx(world, operations, mode):
    _check(world, ".xlsx", operations, mode)
