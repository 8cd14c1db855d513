"""The participant list in plain SQL (services/participant_list.py) against the ORM query
it writes out (services.participants.participant_list_query) and the list's sort rules:
the same people for every search (tombstones left out, accents and case ignored, % and _
typed literally), in the documented order, page after page, through a Database and through
the deferred database that shows the list before SQLAlchemy is loaded."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from werkfit_desktop.domain.enums import LanguageLevel
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.persistence.deferred import DeferredDatabase
from werkfit_desktop.services import participant_list as plain
from werkfit_desktop.services.participants import (
    ParticipantInput,
    create_participant,
    participant_list_query,
    set_participant_deleted,
)

ORDERS = [
    plain.ListOrder(column, descending)
    for column in ("name", "number", "birth", "municipality", "language_level")
    for descending in (False, True)
]
SEARCHES = ["", "a", "yilm", "YILMAZ", "wróbel", "van den", "d-0", "100%", "a_b", "hoa ngu", "zzz"]


@pytest.fixture(scope="module")
def listed(demo_template, tmp_path_factory):
    """The demo region plus people who test the edges: a deleted one, % and _ in names,
    no date of birth, no municipality."""
    path = tmp_path_factory.mktemp("plain") / "list.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    people = [
        ParticipantInput(first_name="Ayşe", last_name="Yılmaz", municipality="Zwolle"),
        ParticipantInput(first_name="Procent", last_name="Honderd 100%"),
        ParticipantInput(first_name="Onder", last_name="Streep a_b", municipality="ede"),
        ParticipantInput(
            first_name="Łukasz",
            last_name="Wróbel",
            date_of_birth=dt.date(1990, 2, 3),
            language_level=LanguageLevel.B1,
        ),
    ]
    for person in people:
        create_participant(db, person)
    gone, _ = create_participant(db, ParticipantInput(first_name="Weg", last_name="Yılmaz"))
    set_participant_deleted(db, gone, True)
    yield db, gone
    db.close()


def orm_ids(db, text: str) -> set[str]:
    with db.read() as session:
        return {row.id for row in session.execute(participant_list_query(text))}


def sort_key(row, order: plain.ListOrder):
    """The list's documented order for one row (before the direction is applied)."""
    if order.column == "name":
        return (row.sort_name, row.number)
    if order.column == "birth":
        return (row.date_of_birth is None, row.date_of_birth or dt.date.min, row.sort_name)
    value = {
        "number": row.number,
        "municipality": row.municipality,
        "language_level": row.language_level,
    }[order.column]
    return (value is None, (value or "").lower(), row.sort_name)


@pytest.mark.parametrize("text", SEARCHES)
def test_the_plain_sql_finds_who_the_orm_query_finds(listed, text):
    db, gone = listed
    count, rows = plain.search_page(db, text, 10_000)
    assert {r.id for r in rows} == orm_ids(db, text)
    assert count == len(rows) == plain.count_matching(db, text)
    assert gone not in {r.id for r in rows}


def test_every_order_sorts_as_the_list_says_and_pages_neither_overlap_nor_skip(listed):
    db, _gone = listed
    everyone = plain.count_matching(db, "")
    for order in ORDERS:
        pages = [
            plain.participant_page(db, "", offset, 7, order, matching=everyone)
            for offset in range(0, everyone, 7)
        ]
        rows = [row for page in pages for row in page]
        assert len(rows) == everyone == len({r.id for r in rows}), order
        keys = [sort_key(r, order) for r in rows]
        assert keys == sorted(keys, reverse=order.descending), order
        position = plain.participant_position(db, "", rows[-1].id, order)
        assert position == everyone - 1


def test_a_narrowing_search_counts_and_pages_in_one_pass_with_the_same_answer(listed):
    db, _gone = listed
    wide = plain.search_page(db, "y", 50)
    narrow = plain.search_page(db, "yi", 50, at_most=wide[0])
    assert narrow == plain.search_page(db, "yi", 50)
    assert any(r.name.startswith("Yılmaz") for r in narrow[1])


def test_the_deferred_database_lists_the_same_before_and_after_it_is_made(listed):
    db, _gone = listed
    deferred = DeferredDatabase(db.path, lambda: open_database(db.path))
    try:
        before = plain.search_page(deferred, "yilmaz", 200)
        assert not deferred.realized  # plain sqlite3 only
        assert before == plain.search_page(db, "yilmaz", 200)
        assert deferred.device_id  # anything else makes the real Database
        assert deferred.realized
        assert plain.search_page(deferred, "yilmaz", 200) == before
    finally:
        deferred.close()
