"""index on coaching_note (participant_id, contact_at) for a participant's latest note

Revision ID: 0003_latest_note_index
Revises: 0002_caseload_phases
Create Date: 2026-11-23

The caseload and the dashboard's follow-ups look up each participant's latest real note;
with this index that reads only the participant's own notes in contact order.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_latest_note_index"
down_revision: str | None = "0002_caseload_phases"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("coaching_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coaching_note_participant_id_contact_at"),
            ["participant_id", "contact_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("coaching_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coaching_note_participant_id_contact_at"))
