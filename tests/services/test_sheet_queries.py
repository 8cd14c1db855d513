"""Gathering a progress sheet costs a bounded number of SQL statements, however many notes
(by however many authors) the participant has: a regression back to a query per note or
per service shows here."""

from __future__ import annotations

import datetime as dt
import shutil
from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, select
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain import CoachingNote, Enrolment, StaffMember
from werkfit_desktop.domain.enums import ContactType
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import coaching
from werkfit_desktop.services.progress import progress_figures

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


@contextmanager
def counted(db):
    statements: list[str] = []

    def count(_conn, _cursor, statement, _parameters, _context, _many):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    """A participant with notes by three authors (synthetic names, diacritics)."""
    path = tmp_path_factory.mktemp("sheet-queries") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    with db.read() as session:
        pid = session.scalar(
            select(Enrolment.participant_id)
            .join(CoachingNote, CoachingNote.participant_id == Enrolment.participant_id)
            .group_by(Enrolment.participant_id)
            .order_by(func.count().desc(), Enrolment.participant_id)
            .limit(1)
        )
        authors = session.scalars(select(StaffMember.id).order_by(StaffMember.id).limit(3)).all()
    for n, author in enumerate(authors * 3):
        coaching.finish_note(
            db,
            author,
            pid,
            coaching.NoteInput(
                contact_at=dt.datetime(2026, 10, 1 + n, 9, 0, tzinfo=dt.UTC),
                contact_type=ContactType.PHONE,
                discussed=f"Gesprek {n} met Łukasz Wróbel over stage",
            ),
            now=NOW,
        )
    yield db, pid, authors
    db.close()


def test_notes_with_their_authors_in_one_statement(demo):
    db, pid, authors = demo
    with counted(db) as statements:
        notes = coaching.notes_for_participant(db, pid, None)
    assert len(notes) >= 9
    assert {n.author_id for n in notes} >= set(authors)
    assert all(n.author_name and n.author_name != "?" for n in notes)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1, statements


def test_a_removed_author_still_shows_as_unknown(demo):
    db, pid, authors = demo
    with db.write() as session:
        session.get(StaffMember, authors[2]).deleted_at = NOW
    try:
        notes = coaching.notes_for_participant(db, pid, None)
        assert {n.author_name for n in notes if n.author_id == authors[2]} == {"?"}
    finally:
        with db.write() as session:
            staff = session.scalars(
                select(StaffMember)
                .where(StaffMember.id == authors[2])
                .execution_options(include_deleted=True)
            ).one()
            staff.deleted_at = None


def test_progress_figures_in_one_transaction_with_few_statements(demo):
    db, pid, _authors = demo
    progress_figures(db, pid, today=DEMO_TODAY)  # warm up nothing in particular: same count
    with counted(db) as statements:
        figures = progress_figures(db, pid, today=DEMO_TODAY)
    assert figures.notes and figures.modules
    begins = [s for s in statements if s.strip().upper().startswith("BEGIN")]
    assert len(begins) == 1, statements  # one read snapshot, not one per service
    assert len(statements) <= 20, "\n".join(statements)  # was ~40 with a query per note
