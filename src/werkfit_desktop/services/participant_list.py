"""The participant list, a page at a time: the matches of the search counted and fetched
with LIMIT/OFFSET in the list's order (sorted in SQL), and where one participant stands.

Plain SQL through `db.plain_read()` (persistence/plain_reads.py), no ORM: the list is the
first thing the main window shows, before SQLAlchemy is loaded (persistence/deferred.py),
and every keystroke of search-as-you-type runs it. The SQL is the ORM query of
`services.participants.participant_list_query` written out (tombstones left out, every
typed word matched against the folded search text); tests compare the two."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from werkfit_desktop.domain.names import fold, listed_name
from werkfit_desktop.services.participant_types import ParticipantRow


@dataclass(frozen=True)
class ListOrder:
    """How the participant list is sorted: a column ('name', 'number', 'birth',
    'municipality', 'language_level') and the direction. Ties fall back to the surname
    and then the number, as the list has always sorted."""

    column: str = "name"
    descending: bool = False


_COLUMNS = (
    "p.id, p.participant_number, p.first_name, p.name_particle, p.last_name, p.sort_name, "
    "p.date_of_birth, p.municipality, p.language_level"
)
_SORTED_BY_LOWER = {
    "number": "p.participant_number",
    "municipality": "p.municipality",
    "language_level": "p.language_level",
}


def _order_by(order: ListOrder, scan: bool = False) -> str:
    """ORDER BY terms sorting like the list: empty values last (first when descending),
    text without regard to case, then by surname, then by number. `scan`: read the
    table through and sort the matches, rather than walking the sort_name index."""
    way = " DESC" if order.descending else " ASC"
    if order.column == "name":
        # sort_name is folded to lower case, so NOCASE sorts it the same; it only keeps
        # SQLite from walking the (BINARY) index row by row for a few scattered matches.
        name = 'p.sort_name COLLATE "NOCASE"' if scan else "p.sort_name"
        return f"{name}{way}, p.participant_number{way}"
    if order.column == "birth":
        keys = ["p.date_of_birth IS NULL", "p.date_of_birth", "p.sort_name"]
    else:
        column = _SORTED_BY_LOWER[order.column]
        keys = [f"{column} IS NULL", f"lower({column})", "p.sort_name"]
    # The number last makes the order total, so pages never overlap or skip a row.
    return ", ".join(key + way for key in keys) + ", p.participant_number ASC"


def _where(text: str) -> tuple[str, list[str]]:
    """Every typed word (accents and case ignored: 'yilm' finds Yılmaz) in the search text;
    deleted participants (tombstones) never."""
    words = fold(text).split()
    conditions = ["p.search_text LIKE ? ESCAPE '\\'" for _ in words]
    conditions.append("p.deleted_at IS NULL")
    return " AND ".join(conditions), [f"%{_escape(word)}%" for word in words]


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _row(values: tuple) -> ParticipantRow:
    (id_, number, first, particle, last, sort_name, born, municipality, level) = values[:9]
    return ParticipantRow(
        id=id_,
        number=number,
        name=listed_name(first, particle, last),
        sort_name=sort_name,
        date_of_birth=dt.date.fromisoformat(born) if born else None,
        municipality=municipality,
        language_level=level,
    )


SCAN_RATIO = 10
"""Walking the sort index pays while the matches are plenty (it stops after a page of
them); with fewer than this many times the rows wanted, one pass over the table and a sort
of the matches is faster (surnames cluster: 'yilmaz' waits at the end of the index)."""


def _page_sql(text: str, order: ListOrder, scan: bool, extra: str = "") -> tuple[str, list]:
    where, params = _where(text)
    sql = (
        f"SELECT {_COLUMNS}{extra} FROM participant AS p WHERE {where} "
        f"ORDER BY {_order_by(order, scan)} LIMIT ? OFFSET ?"
    )
    return sql, params


def participant_page(
    db,
    text: str,
    offset: int,
    limit: int,
    order: ListOrder = ListOrder(),  # noqa: B008
    matching: int | None = None,
) -> list[ParticipantRow]:
    """One page of the participants matching the search, in the list's order. `matching`
    (from count_matching, when known) lets the query choose how to find a few matches."""
    scan = bool(fold(text).split()) and matching is not None
    scan = scan and matching < SCAN_RATIO * (offset + limit)
    sql, params = _page_sql(text, order, scan)
    with db.plain_read() as reader:
        rows = reader.rows(sql, [*params, limit, offset])
    return [_row(r) for r in rows]


def _count_sql(text: str) -> tuple[str, list[str]]:
    where, params = _where(text)
    return f"SELECT count(*) FROM participant AS p WHERE {where}", params


def count_matching(db, text: str = "") -> int:
    """How many participants match the search (all of them for an empty search)."""
    with db.plain_read() as reader:
        return reader.value(*_count_sql(text)) or 0


def search_page(
    db,
    text: str,
    limit: int,
    order: ListOrder = ListOrder(),  # noqa: B008
    known: int | None = None,
    at_most: int | None = None,
) -> tuple[int, list[ParticipantRow]]:
    """How many participants match the search, and the first page of them, in one read.

    `known`: the number of matches when the caller knows it (everyone, for an empty search).
    `at_most`: a bound the caller knows (the count of a search this one narrows): when it
    is small, the count comes with the page from one pass over the table."""
    words = fold(text).split()
    with db.plain_read() as reader:
        if words and known is None and at_most is not None and at_most < SCAN_RATIO * limit:
            sql, params = _page_sql(text, order, scan=True, extra=", count(*) OVER ()")
            rows = reader.rows(sql, [*params, limit, 0])
            matching = rows[0][9] if rows else 0
        else:
            matching = known if known is not None else reader.value(*_count_sql(text)) or 0
            scan = bool(words) and matching < SCAN_RATIO * limit
            sql, params = _page_sql(text, order, scan)
            rows = reader.rows(sql, [*params, limit, 0]) if matching else []
    return matching, [_row(r) for r in rows]


def participant_position(
    db,
    text: str,
    participant_id: str,
    order: ListOrder = ListOrder(),  # noqa: B008
) -> int | None:
    """Where this participant stands (0-based) among the matches in the list's order;
    None when they do not match the search (or do not exist)."""
    where, params = _where(text)
    sql = (
        "SELECT position FROM (SELECT p.id AS id, "
        f"row_number() OVER (ORDER BY {_order_by(order)}) AS position "
        f"FROM participant AS p WHERE {where}) WHERE id = ?"
    )
    with db.plain_read() as reader:
        position = reader.value(sql, [*params, participant_id])
    return None if position is None else position - 1
