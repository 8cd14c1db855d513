"""Staff members: who can be the current user, who can own a participant's coaching."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from werkfit_desktop.domain import Organisation, StaffMember
from werkfit_desktop.domain.enums import StaffRole
from werkfit_desktop.domain.names import full_name
from werkfit_desktop.persistence.session import Database


@dataclass(frozen=True)
class StaffRow:
    id: str
    name: str  # "Esther Bosman"
    role: StaffRole
    organisation: str
    active: bool


def _query():
    return (
        select(
            StaffMember.id,
            StaffMember.first_name,
            StaffMember.name_particle,
            StaffMember.last_name,
            StaffMember.role,
            StaffMember.active,
            Organisation.name.label("organisation"),
        )
        .join(Organisation, Organisation.id == StaffMember.organisation_id)
        .order_by(StaffMember.first_name, StaffMember.last_name, StaffMember.id)
    )


def _row(r) -> StaffRow:
    return StaffRow(
        id=r.id,
        name=full_name(r.first_name, r.name_particle, r.last_name),
        role=r.role,
        organisation=r.organisation,
        active=r.active,
    )


def list_staff(
    db: Database, role: StaffRole | None = None, active_only: bool = True
) -> list[StaffRow]:
    """Staff members sorted by name, optionally of one role and only the active ones."""
    query = _query()
    if role is not None:
        query = query.where(StaffMember.role == role)
    if active_only:
        query = query.where(StaffMember.active.is_(True))
    with db.read() as session:
        return [_row(r) for r in session.execute(query)]


def get_staff(db: Database, staff_id: str) -> StaffRow | None:
    """One staff member, or None when there is no such (living) staff member."""
    with db.read() as session:
        row = session.execute(_query().where(StaffMember.id == staff_id)).first()
    return _row(row) if row else None
