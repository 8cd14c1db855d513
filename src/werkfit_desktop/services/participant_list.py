"""The participant list, a page at a time: the matches of the search counted and fetched
with LIMIT/OFFSET in the list's order (sorted in SQL), and where one participant stands."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from werkfit_desktop.domain import Participant
from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.participants import ParticipantRow, participant_list_query, row_fields


@dataclass(frozen=True)
class ListOrder:
    """How the participant list is sorted: a column ('name', 'number', 'birth',
    'municipality', 'language_level') and the direction. Ties fall back to the surname
    and then the number, as the list has always sorted."""

    column: str = "name"
    descending: bool = False


def _order_keys(order: ListOrder, scan: bool = False) -> list:
    """ORDER BY terms sorting like the list: empty values last (first when descending),
    text without regard to case, then by surname, then by number. `scan`: read the
    table through and sort the matches, rather than walking the sort_name index."""

    def way(expression):
        return expression.desc() if order.descending else expression.asc()

    if order.column == "name":
        # sort_name is folded to lower case, so NOCASE sorts it the same; it only keeps
        # SQLite from walking the (BINARY) index row by row for a few scattered matches.
        name = Participant.sort_name.collate("NOCASE") if scan else Participant.sort_name
        keys = [way(name), way(Participant.participant_number)]
    elif order.column == "birth":
        birth = Participant.date_of_birth
        keys = [way(birth.is_(None)), way(birth), way(Participant.sort_name)]
    else:
        column = {
            "number": Participant.participant_number,
            "municipality": Participant.municipality,
            "language_level": Participant.language_level,
        }[order.column]
        keys = [way(column.is_(None)), way(func.lower(column)), way(Participant.sort_name)]
    # The number last makes the order total, so pages never overlap or skip a row.
    if order.column != "name":
        keys.append(Participant.participant_number.asc())
    return keys


def _ordered(query, order: ListOrder, scan: bool = False):
    return query.order_by(None).order_by(*_order_keys(order, scan))


SCAN_RATIO = 10
"""Walking the sort index pays while the matches are plenty (it stops after a page of
them); with fewer than this many times the rows wanted, one pass over the table and a sort
of the matches is faster (surnames cluster: 'yilmaz' waits at the end of the index)."""


def participant_page(
    db: Database,
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
    query = _ordered(participant_list_query(text), order, scan).offset(offset).limit(limit)
    with db.read() as session:
        rows = session.execute(query).all()
    return [ParticipantRow(**row_fields(r)) for r in rows]


def _count_query(text: str):
    return (
        participant_list_query(text)
        .order_by(None)
        .with_only_columns(func.count(), maintain_column_froms=True)
    )


def count_matching(db: Database, text: str = "") -> int:
    """How many participants match the search (all of them for an empty search)."""
    with db.read() as session:
        return session.scalar(_count_query(text)) or 0


def search_page(
    db: Database,
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
    with db.read() as session:
        if words and known is None and at_most is not None and at_most < SCAN_RATIO * limit:
            query = (
                _ordered(participant_list_query(text), order, scan=True)
                .add_columns(func.count().over().label("matching"))
                .limit(limit)
            )
            rows = session.execute(query).all()
            matching = rows[0].matching if rows else 0
        else:
            matching = known if known is not None else session.scalar(_count_query(text)) or 0
            scan = bool(words) and matching < SCAN_RATIO * limit
            query = _ordered(participant_list_query(text), order, scan).limit(limit)
            rows = session.execute(query).all() if matching else []
    return matching, [ParticipantRow(**row_fields(r)) for r in rows]


def participant_position(
    db: Database,
    text: str,
    participant_id: str,
    order: ListOrder = ListOrder(),  # noqa: B008
) -> int | None:
    """Where this participant stands (0-based) among the matches in the list's order;
    None when they do not match the search (or do not exist)."""
    numbered = (
        participant_list_query(text)
        .order_by(None)
        .with_only_columns(
            Participant.id,
            func.row_number().over(order_by=_order_keys(order)).label("position"),
        )
        .subquery()
    )
    query = select(numbered.c.position).where(numbered.c.id == participant_id)
    with db.read() as session:
        position = session.scalar(query)
    return None if position is None else position - 1
