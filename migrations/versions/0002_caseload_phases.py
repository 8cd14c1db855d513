"""caseload owner, note drafts, phases and lead roles of the field

Revision ID: 0002_caseload_phases
Revises: 0001_initial
Create Date: 2026-11-23

The phases and lead roles now follow the field's own words (werving en selectie, extra
begeleiding, match; taalaanbieder, jobcoach, trainer); stored values are renamed in place.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_caseload_phases"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# (table, column, old value, new value)
_RENAMES = [
    (table, column, old, new)
    for table in ("enrolment", "phase_period")
    for column, old, new in (
        ("current_phase" if table == "enrolment" else "phase", "intake", "werving"),
        ("current_phase" if table == "enrolment" else "phase", "plaatsing", "match"),
        ("lead_role", "taalschool", "taalaanbieder"),
        ("lead_role", "coach", "jobcoach"),
    )
]


def _rename(pairs) -> None:
    for table, column, old, new in pairs:
        op.execute(
            sa.text(f"UPDATE {table} SET {column} = :new WHERE {column} = :old").bindparams(
                old=old, new=new
            )
        )


def upgrade() -> None:
    _rename(_RENAMES)
    with op.batch_alter_table("coaching_note", schema=None) as batch_op:
        batch_op.add_column(sa.Column("draft", sa.Boolean(), server_default="0", nullable=False))

    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("job_coach_id", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_participant_job_coach_id"), ["job_coach_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_participant_job_coach_id_staff_member"),
            "staff_member",
            ["job_coach_id"],
            ["id"],
        )


def downgrade() -> None:
    _rename([(t, c, new, old) for t, c, old, new in _RENAMES])
    _rename(
        [
            ("enrolment", "current_phase", "extra_begeleiding", "voortraject"),
            ("phase_period", "phase", "extra_begeleiding", "voortraject"),
            ("enrolment", "lead_role", "trainer", "coach"),
            ("phase_period", "lead_role", "trainer", "coach"),
        ]
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_participant_job_coach_id_staff_member"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_participant_job_coach_id"))
        batch_op.drop_column("job_coach_id")

    with op.batch_alter_table("coaching_note", schema=None) as batch_op:
        batch_op.drop_column("draft")
