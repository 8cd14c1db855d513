"""A small cohort built straight through the models, for the attendance tests (helper, no
tests of its own)."""

from __future__ import annotations

import datetime as dt
import itertools

from werkfit_desktop.domain import (
    Attendance,
    Base,
    Cohort,
    Enrolment,
    Module,
    Organisation,
    Participant,
    Programme,
    StaffMember,
    TrainingSession,
    new_id,
    utcnow,
)
from werkfit_desktop.domain.enums import EnrolmentStatus, Phase, StaffRole

_numbers = itertools.count(1)


class CohortBuilder:
    """Collects rows, then writes them in one transaction with `save(db)`."""

    def __init__(self, code: str, start: dt.date, modules: tuple[str, ...] = ("M1", "M2")):
        self.rows: list = []
        organisation = self._add(Organisation(name=f"Leerwerkbedrijf {code}"))
        self.trainer = self._add(
            StaffMember(
                organisation_id=organisation.id,
                first_name="Pieter",
                name_particle="van der",
                last_name="Linden",
                role=StaffRole.TRAINER,
            )
        )
        programme = self._add(Programme(name=f"Werkfit {code}"))
        self.modules = [
            self._add(Module(programme_id=programme.id, name=name, position=i + 1))
            for i, name in enumerate(modules)
        ]
        self.cohort = self._add(
            Cohort(
                code=code,
                programme_id=programme.id,
                organisation_id=organisation.id,
                start_date=start,
                location="Zwolle",
            )
        )
        self.sessions: list[TrainingSession] = []
        self.people: dict[str, Participant] = {}

    def _add(self, row):
        if row.id is None:
            row.id = new_id()  # ids now: rows refer to each other before the flush
        self.rows.append(row)
        return row

    @property
    def cohort_id(self) -> str:
        return self.cohort.id

    def session(
        self,
        day: dt.date,
        module: int = 0,
        cancelled: bool = False,
        reason: str | None = None,
    ) -> str:
        row = self._add(
            TrainingSession(
                cohort_id=self.cohort.id,
                module_id=self.modules[module].id,
                date=day,
                start_time=dt.time(9, 0),
                end_time=dt.time(12, 30),
                location="Leslokaal 1",
                trainer_id=self.trainer.id,
                cancelled=cancelled,
                cancel_reason=reason,
            )
        )
        self.sessions.append(row)
        return row.id

    def person(
        self,
        first: str,
        last: str,
        start: dt.date,
        end: dt.date | None = None,
        dropout: dt.date | None = None,
        particle: str | None = None,
        deleted: bool = False,
    ) -> str:
        participant = self._add(
            Participant(
                participant_number=f"T-{next(_numbers):06d}",
                first_name=first,
                name_particle=particle,
                last_name=last,
                deleted_at=utcnow() if deleted else None,
            )
        )
        status = EnrolmentStatus.DROPPED_OUT if dropout else EnrolmentStatus.ACTIVE
        self._add(
            Enrolment(
                participant_id=participant.id,
                cohort_id=self.cohort.id,
                start_date=start,
                end_date=end,
                dropout_date=dropout,
                status=status,
                current_phase=Phase.TRAINING,
            )
        )
        self.people[first] = participant
        return participant.id

    def mark(
        self,
        session_id: str,
        first: str,
        status,
        minutes: int | None = None,
        note: str | None = None,
        deleted: bool = False,
    ) -> None:
        self._add(
            Attendance(
                session_id=session_id,
                participant_id=self.people[first].id,
                status=status,
                minutes_late=minutes,
                note=note,
                deleted_at=utcnow() if deleted else None,
            )
        )

    def save(self, db) -> CohortBuilder:
        with db.write() as session:
            by_table: dict[str, list] = {}
            for row in self.rows:
                by_table.setdefault(type(row).__table__.name, []).append(row)
            for table in Base.metadata.sorted_tables:
                if table.name in by_table:
                    session.add_all(by_table[table.name])
                    session.flush()
        self.rows = []
        return self
