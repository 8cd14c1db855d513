"""The certificates overview, computed in SQL: the state of each certificate is a CASE over
its result and valid-until (the rule of domain.certificate_state), the filters are WHERE
clauses, the order an ORDER BY. The Certificaten area asks once for the ids in the order
shown with the counts per state (`overview_index`), then for the lines of the rows it shows,
a page at a time (`overview_lines_of`); the export and the other callers ask for every
line at once (`overview_lines`). Lines are plain tuples (`OverviewLine`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import and_, case, exists, func, literal, select

from werkfit_desktop.domain import Certificate, CertificateType, Document, Enrolment, Participant
from werkfit_desktop.domain.certificate_state import CertificateState
from werkfit_desktop.domain.enums import ExamResult
from werkfit_desktop.domain.names import fold, listed_name
from werkfit_desktop.persistence.session import Database

IDS_PER_QUERY = 500  # ids in one IN (...) (well under SQLite's limit on parameters)


class OverviewLine(NamedTuple):
    """One line of the overview (the fields of certificates.CertificateRow)."""

    id: str
    participant_id: str
    participant_number: str
    participant_name: str  # "Berg, Jan van den"
    type_id: str
    type_name: str
    exam_date: dt.date | None
    result: ExamResult
    diploma_number: str | None
    issuer: str | None
    valid_until: dt.date | None
    valid_until_overridden: bool
    state: CertificateState
    has_scan: bool


@dataclass(frozen=True)
class OverviewFilter:
    """What the overview shows on `today` with the 'expiring soon' window: every
    certificate, or those of a type, of a cohort's participants, in a state and/or matching
    the typed words (participant's name or number, type, diploma number, issuer)."""

    today: dt.date
    window_days: int
    type_id: str | None = None
    cohort_id: str | None = None
    state: CertificateState | None = None
    search: str = ""


SORT_KEYS = (
    "number",
    "name",
    "type",
    "exam_date",
    "result",
    "state",
    "valid_until",
    "diploma_number",
    "issuer",
    "scan",
)
"""The columns the overview can be sorted on (the table's column keys)."""


@dataclass(frozen=True)
class OverviewOrder:
    """The overview's own order (key None: valid-until, the soonest first, planned and
    no-expiry last, then by surname and type) or one column's (empty dates last, as
    the table always sorted them), ties in the own order. For 'result' the ranking lists
    the results, for 'state' the (state, result) pairs, in the order to show them (the
    view ranks them by their translated names); without a ranking they sort by value."""

    key: str | None = None
    descending: bool = False
    ranking: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class OverviewIndex:
    """The ids of the overview's certificates in the order shown, and how many there are
    in each state."""

    ids: tuple[str, ...]
    counts: dict[CertificateState, int] = field(default_factory=dict)


def state_expression(today: dt.date, window_days: int):
    """domain.certificate_state as a SQL CASE (valid-until is stored as an ISO date, so
    the comparisons are those of the dates)."""
    until = Certificate.valid_until
    return case(
        (Certificate.result == ExamResult.PLANNED, literal(CertificateState.PLANNED.value)),
        (
            Certificate.result.in_([ExamResult.FAILED, ExamResult.NO_SHOW]),
            literal(CertificateState.FAILED.value),
        ),
        (until.is_(None), literal(CertificateState.VALID.value)),
        (until < today, literal(CertificateState.EXPIRED.value)),
        (
            until <= today + dt.timedelta(days=window_days),
            literal(CertificateState.EXPIRING_SOON.value),
        ),
        else_=literal(CertificateState.VALID.value),
    )


def _has_scan():
    return exists().where(Document.certificate_id == Certificate.id, Document.deleted_at.is_(None))


def _joined(query):
    return query.join(Participant, Participant.id == Certificate.participant_id).join(
        CertificateType, CertificateType.id == Certificate.certificate_type_id
    )


def lines_query(today: dt.date, window_days: int):
    """The columns of an OverviewLine (see `to_lines`), every certificate."""
    return _joined(
        select(
            Certificate.id,
            Participant.id.label("participant_id"),
            Participant.participant_number,
            Participant.first_name,
            Participant.name_particle,
            Participant.last_name,
            CertificateType.id.label("type_id"),
            CertificateType.name.label("type_name"),
            Certificate.exam_date,
            Certificate.result,
            Certificate.diploma_number,
            Certificate.issuer,
            Certificate.valid_until,
            Certificate.valid_until_overridden,
            state_expression(today, window_days).label("state"),
            _has_scan().label("has_scan"),
        )
    )


_STATES = {state.value: state for state in CertificateState}


def to_lines(result) -> list[OverviewLine]:
    """The rows of `lines_query` as OverviewLines (one pass, positional: it is the export's
    and the first page's inner loop)."""
    return [
        OverviewLine(
            certificate_id,
            participant_id,
            number,
            listed_name(first, particle, last),
            type_id,
            type_name,
            exam_date,
            exam_result,
            diploma_number,
            issuer,
            valid_until,
            bool(overridden),
            _STATES[state],
            bool(has_scan),
        )
        for (
            certificate_id,
            participant_id,
            number,
            first,
            particle,
            last,
            type_id,
            type_name,
            exam_date,
            exam_result,
            diploma_number,
            issuer,
            valid_until,
            overridden,
            state,
            has_scan,
        ) in result
    ]


def in_cohort(cohort_id: str):
    return Certificate.participant_id.in_(
        select(Enrolment.participant_id).where(
            Enrolment.cohort_id == cohort_id, Enrolment.deleted_at.is_(None)
        )
    )


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(query, filters: OverviewFilter):
    """The filters as WHERE clauses (the search: every typed word somewhere, accents and
    case ignored in the name)."""
    if filters.type_id:
        query = query.where(Certificate.certificate_type_id == filters.type_id)
    if filters.cohort_id:
        query = query.where(in_cohort(filters.cohort_id))
    if filters.state is not None:
        state = state_expression(filters.today, filters.window_days)
        query = query.where(state == CertificateState(filters.state).value)
    for word in fold(filters.search).split():
        pattern = f"%{_escape(word)}%"
        query = query.where(
            Participant.search_text.like(pattern, escape="\\")
            | func.lower(CertificateType.name).like(pattern, escape="\\")
            | func.lower(func.coalesce(Certificate.diploma_number, "")).like(pattern, escape="\\")
            | func.lower(func.coalesce(Certificate.issuer, "")).like(pattern, escape="\\")
        )
    return query


def _own_order() -> list:
    return [
        Certificate.valid_until.is_(None),
        Certificate.valid_until,
        Participant.sort_name,
        CertificateType.name,
        Certificate.id,  # a total order: the same rows always come in the same order
    ]


def _ranked(expression, ranking: tuple[tuple[str, ...], ...], columns: tuple):
    """The position of the columns' values in the ranking (values not ranked last)."""
    if not ranking:
        return expression
    whens = [
        (and_(*(c == v for c, v in zip(columns, values, strict=True))), n)
        for n, values in enumerate(ranking)
    ]
    return case(*whens, else_=len(ranking))


def _order_by(order: OverviewOrder, filters: OverviewFilter) -> list:
    if order.key is None:
        return _own_order()
    if order.key not in SORT_KEYS:
        raise ValueError(f"the certificates overview has no column {order.key!r}")
    state = state_expression(filters.today, filters.window_days)
    keys = {
        "number": lambda: [Participant.participant_number],
        "name": lambda: [Participant.sort_name],
        "type": lambda: [CertificateType.name],
        "exam_date": lambda: [Certificate.exam_date.is_(None), Certificate.exam_date],
        "result": lambda: [_ranked(Certificate.result, order.ranking, (Certificate.result,))],
        "state": lambda: [_ranked(state, order.ranking, (state, Certificate.result))],
        "valid_until": lambda: [Certificate.valid_until.is_(None), Certificate.valid_until],
        "diploma_number": lambda: [func.coalesce(Certificate.diploma_number, "")],
        "issuer": lambda: [func.coalesce(Certificate.issuer, "")],
        "scan": lambda: [_has_scan()],
    }[order.key]()
    if order.descending:
        keys = [k.desc() for k in keys]
    return [*keys, *_own_order()]


def overview_index(
    db: Database,
    filters: OverviewFilter,
    order: OverviewOrder = OverviewOrder(),  # noqa: B008 (frozen)
) -> OverviewIndex:
    """The ids of the certificates the filters leave, in `order`, with the counts per
    state: one query, one pass over (id, state) tuples."""
    query = _filtered(
        _joined(select(Certificate.id, state_expression(filters.today, filters.window_days))),
        filters,
    ).order_by(*_order_by(order, filters))
    counts = dict.fromkeys(CertificateState, 0)
    ids = []
    with db.read() as session:
        for certificate_id, state in session.execute(query):
            ids.append(certificate_id)
            counts[_STATES[state]] += 1
    return OverviewIndex(tuple(ids), counts)


def overview_lines_of(
    db: Database, today: dt.date, window_days: int, ids: Sequence[str]
) -> list[OverviewLine]:
    """The lines of these certificates, in the order of `ids` (those deleted meanwhile are
    left out)."""
    found: dict[str, OverviewLine] = {}
    with db.read() as session:
        for start in range(0, len(ids), IDS_PER_QUERY):
            chunk = list(ids[start : start + IDS_PER_QUERY])
            query = lines_query(today, window_days).where(Certificate.id.in_(chunk))
            found.update((line.id, line) for line in to_lines(session.execute(query)))
    return [found[i] for i in ids if i in found]


def overview_lines(
    db: Database,
    filters: OverviewFilter,
    order: OverviewOrder = OverviewOrder(),  # noqa: B008 (frozen)
    offset: int = 0,
    limit: int | None = None,
) -> list[OverviewLine]:
    """The overview's lines in `order`: every one, or `limit` from `offset`."""
    query = _filtered(lines_query(filters.today, filters.window_days), filters)
    query = query.order_by(*_order_by(order, filters))
    if limit is not None or offset:
        query = query.limit(-1 if limit is None else limit).offset(offset)
    with db.read() as session:
        return to_lines(session.execute(query))


def overview_counts(db: Database, filters: OverviewFilter) -> dict[CertificateState, int]:
    """How many of the overview's certificates are in each state (one GROUP BY)."""
    state = state_expression(filters.today, filters.window_days).label("state")
    query = _filtered(
        _joined(select(state, func.count(Certificate.id)).select_from(Certificate)), filters
    ).group_by(state)
    counts = dict.fromkeys(CertificateState, 0)
    with db.read() as session:
        for value, n in session.execute(query):
            counts[CertificateState(value)] = int(n)
    return counts


def participant_state_counts(
    db: Database, cohort_id: str, today: dt.date, window_days: int
) -> dict[str, dict[CertificateState, int]]:
    """Per participant of the cohort with certificates: how many are in each state."""
    state = state_expression(today, window_days).label("state")
    query = (
        _joined(select(Certificate.participant_id, state, func.count(Certificate.id)))
        .where(in_cohort(cohort_id))
        .group_by(Certificate.participant_id, state)
    )
    counts: dict[str, dict[CertificateState, int]] = {}
    with db.read() as session:
        for participant_id, value, n in session.execute(query):
            per = counts.setdefault(participant_id, dict.fromkeys(CertificateState, 0))
            per[CertificateState(value)] = int(n)
    return counts
