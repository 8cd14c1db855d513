"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "certificate_type",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("default_validity_months", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_type")),
        sa.UniqueConstraint("name", name=op.f("uq_certificate_type_name")),
    )
    op.create_table(
        "employer",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=100), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer")),
    )
    op.create_table(
        "local_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_meta")),
    )
    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "participant",
        sa.Column("participant_number", sa.String(length=20), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("name_particle", sa.String(length=30), nullable=True),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("preferred_name", sa.String(length=100), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.String(length=250), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("language_level", sa.String(length=4), nullable=True),
        sa.Column("integration_route", sa.String(length=32), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("client_manager", sa.String(length=200), nullable=True),
        sa.Column("client_manager_contact", sa.String(length=200), nullable=True),
        sa.Column(
            "hours_per_week", sa.Numeric(precision=4, scale=1, asdecimal=False), nullable=True
        ),
        sa.Column("driving_licence", sa.String(length=30), nullable=True),
        sa.Column("intake_date", sa.Date(), nullable=True),
        sa.Column("education", sa.Text(), nullable=True),
        sa.Column("diplomas", sa.Text(), nullable=True),
        sa.Column("work_experience", sa.Text(), nullable=True),
        sa.Column("competences", sa.Text(), nullable=True),
        sa.Column("motivation", sa.Text(), nullable=True),
        sa.Column("ambitions", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("profile_consent", sa.Boolean(), nullable=False),
        sa.Column("profile_consent_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint("participant_number", name=op.f("uq_participant_participant_number")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_sort_name"), ["sort_name"], unique=False)

    op.create_table(
        "skill",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill")),
        sa.UniqueConstraint("name", name=op.f("uq_skill_name")),
    )
    op.create_table(
        "barrier",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_barrier_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_barrier")),
    )
    with op.batch_alter_table("barrier", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_barrier_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "certificate",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("certificate_type_id", sa.String(length=36), nullable=False),
        sa.Column("exam_date", sa.Date(), nullable=True),
        sa.Column("result", sa.String(length=32), nullable=False),
        sa.Column("diploma_number", sa.String(length=60), nullable=True),
        sa.Column("issuer", sa.String(length=200), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("valid_until_overridden", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["certificate_type_id"],
            ["certificate_type.id"],
            name=op.f("fk_certificate_certificate_type_id_certificate_type"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_certificate_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_certificate_type_id"), ["certificate_type_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_certificate_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_certificate_valid_until"), ["valid_until"], unique=False
        )

    op.create_table(
        "closed_day",
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_closed_day_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closed_day")),
    )
    with op.batch_alter_table("closed_day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closed_day_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_closed_day_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "development_plan",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("target_job", sa.String(length=200), nullable=True),
        sa.Column("realism", sa.Text(), nullable=True),
        sa.Column("needs", sa.Text(), nullable=True),
        sa.Column("follow_up_courses", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_development_plan_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_plan")),
        sa.UniqueConstraint("participant_id", name=op.f("uq_development_plan_participant_id")),
    )
    op.create_table(
        "employer_contact",
        sa.Column("employer_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employer.id"], name=op.f("fk_employer_contact_employer_id_employer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_contact")),
    )
    with op.batch_alter_table("employer_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_employer_contact_employer_id"), ["employer_id"], unique=False
        )

    op.create_table(
        "funding",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("amount", sa.Numeric(precision=10, scale=2, asdecimal=False), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_funding_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding")),
    )
    with op.batch_alter_table("funding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funding_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "ladder_assessment",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("rung", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.CheckConstraint("rung BETWEEN 1 AND 6", name=op.f("ck_ladder_assessment_rung_range")),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_ladder_assessment_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ladder_assessment")),
    )
    with op.batch_alter_table("ladder_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ladder_assessment_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "participant_target_group",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("target_group", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_participant_target_group_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_target_group")),
        sa.UniqueConstraint(
            "participant_id",
            "target_group",
            name=op.f("uq_participant_target_group_participant_id_target_group"),
        ),
    )
    with op.batch_alter_table("participant_target_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_target_group_participant_id"),
            ["participant_id"],
            unique=False,
        )

    op.create_table(
        "programme",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=100), nullable=True),
        sa.Column("planned_weeks", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("copied_from_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["copied_from_id"], ["programme.id"], name=op.f("fk_programme_copied_from_id_programme")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_programme_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
    )
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "staff_member",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("name_particle", sa.String(length=30), nullable=True),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_staff_member_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
    )
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_staff_member_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "cohort",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("funding_source", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_cohort_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_cohort_programme_id_programme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort")),
        sa.UniqueConstraint("code", name=op.f("uq_cohort_code")),
    )
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cohort_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cohort_programme_id"), ["programme_id"], unique=False)

    op.create_table(
        "module",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("planned_sessions", sa.Integer(), nullable=False),
        sa.Column("certificate_type_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["certificate_type_id"],
            ["certificate_type.id"],
            name=op.f("fk_module_certificate_type_id_certificate_type"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_module_programme_id_programme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_module")),
    )
    with op.batch_alter_table("module", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_module_programme_id"), ["programme_id"], unique=False)

    op.create_table(
        "enrolment",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("cohort_id", sa.String(length=36), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("current_phase", sa.String(length=32), nullable=False),
        sa.Column("lead_role", sa.String(length=32), nullable=True),
        sa.Column("lead_name", sa.String(length=200), nullable=True),
        sa.Column("dropout_date", sa.Date(), nullable=True),
        sa.Column("dropout_reason", sa.String(length=32), nullable=True),
        sa.Column("dropout_note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_enrolment_cohort_id_cohort")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_enrolment_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment")),
        sa.UniqueConstraint(
            "participant_id", "cohort_id", name=op.f("uq_enrolment_participant_id_cohort_id")
        ),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrolment_cohort_id"), ["cohort_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_enrolment_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "training_session",
        sa.Column("cohort_id", sa.String(length=36), nullable=False),
        sa.Column("module_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("trainer_id", sa.String(length=36), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_training_session_cohort_id_cohort")
        ),
        sa.ForeignKeyConstraint(
            ["module_id"], ["module.id"], name=op.f("fk_training_session_module_id_module")
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["staff_member.id"],
            name=op.f("fk_training_session_trainer_id_staff_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
    )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_session_cohort_id"), ["cohort_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_training_session_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_training_session_module_id"), ["module_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_training_session_trainer_id"), ["trainer_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("minutes_late", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.CheckConstraint(
            "minutes_late IS NULL OR minutes_late >= 0",
            name=op.f("ck_attendance_minutes_late_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_attendance_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_member.id"],
            name=op.f("fk_attendance_recorded_by_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_attendance_session_id_training_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint(
            "session_id", "participant_id", name=op.f("uq_attendance_session_id_participant_id")
        ),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendance_session_id"), ["session_id"], unique=False)

    op.create_table(
        "document",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("certificate_id", sa.String(length=36), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("signed_by_trainer_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificate.id"],
            name=op.f("fk_document_certificate_id_certificate"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_document_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_document_session_id_training_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_certificate_id"), ["certificate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_document_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_document_session_id"), ["session_id"], unique=False)

    op.create_table(
        "outcome",
        sa.Column("enrolment_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("employer_id", sa.String(length=36), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "hours_per_week", sa.Numeric(precision=4, scale=1, asdecimal=False), nullable=True
        ),
        sa.Column("contract_type", sa.String(length=32), nullable=True),
        sa.Column("dropout_reason", sa.String(length=32), nullable=True),
        sa.Column("benefit_ended_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employer.id"], name=op.f("fk_outcome_employer_id_employer")
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_outcome_enrolment_id_enrolment")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_outcome_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome")),
    )
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outcome_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcome_enrolment_id"), ["enrolment_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_outcome_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "phase_period",
        sa.Column("enrolment_id", sa.String(length=36), nullable=False),
        sa.Column("phase", sa.String(length=32), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("lead_role", sa.String(length=32), nullable=True),
        sa.Column("lead_name", sa.String(length=200), nullable=True),
        sa.Column("lead_staff_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_phase_period_enrolment_id_enrolment")
        ),
        sa.ForeignKeyConstraint(
            ["lead_staff_id"],
            ["staff_member.id"],
            name=op.f("fk_phase_period_lead_staff_id_staff_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phase_period")),
    )
    with op.batch_alter_table("phase_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_phase_period_enrolment_id"), ["enrolment_id"], unique=False
        )

    op.create_table(
        "placement_day",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("employer_id", sa.String(length=36), nullable=False),
        sa.Column("enrolment_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("hours", sa.Numeric(precision=4, scale=1, asdecimal=False), nullable=True),
        sa.Column("supervisor_name", sa.String(length=200), nullable=True),
        sa.Column("supervisor_contact_id", sa.String(length=36), nullable=True),
        sa.Column("score_punctuality", sa.Integer(), nullable=True),
        sa.Column("score_attitude", sa.Integer(), nullable=True),
        sa.Column("score_skills", sa.Integer(), nullable=True),
        sa.Column("score_cooperation", sa.Integer(), nullable=True),
        sa.Column("employer_comment", sa.Text(), nullable=True),
        sa.Column("participant_reflection", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.CheckConstraint(
            "score_attitude IS NULL OR score_attitude BETWEEN 1 AND 4",
            name=op.f("ck_placement_day_score_attitude_range"),
        ),
        sa.CheckConstraint(
            "score_cooperation IS NULL OR score_cooperation BETWEEN 1 AND 4",
            name=op.f("ck_placement_day_score_cooperation_range"),
        ),
        sa.CheckConstraint(
            "score_punctuality IS NULL OR score_punctuality BETWEEN 1 AND 4",
            name=op.f("ck_placement_day_score_punctuality_range"),
        ),
        sa.CheckConstraint(
            "score_skills IS NULL OR score_skills BETWEEN 1 AND 4",
            name=op.f("ck_placement_day_score_skills_range"),
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employer.id"], name=op.f("fk_placement_day_employer_id_employer")
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_placement_day_enrolment_id_enrolment")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_placement_day_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_contact_id"],
            ["employer_contact.id"],
            name=op.f("fk_placement_day_supervisor_contact_id_employer_contact"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_day")),
    )
    with op.batch_alter_table("placement_day", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_placement_day_employer_id"), ["employer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_placement_day_enrolment_id"), ["enrolment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_placement_day_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "skill_observation",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("skill_id", sa.String(length=36), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("observer_id", sa.String(length=36), nullable=True),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.CheckConstraint("score BETWEEN 1 AND 4", name=op.f("ck_skill_observation_score_range")),
        sa.ForeignKeyConstraint(
            ["observer_id"],
            ["staff_member.id"],
            name=op.f("fk_skill_observation_observer_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_skill_observation_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_skill_observation_session_id_training_session"),
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skill.id"], name=op.f("fk_skill_observation_skill_id_skill")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_observation")),
    )
    with op.batch_alter_table("skill_observation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_skill_observation_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_skill_observation_skill_id"), ["skill_id"], unique=False
        )

    op.create_table(
        "coaching_note",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("enrolment_id", sa.String(length=36), nullable=True),
        sa.Column("outcome_id", sa.String(length=36), nullable=True),
        sa.Column("contact_at", sa.DateTime(), nullable=False),
        sa.Column("contact_type", sa.String(length=32), nullable=False),
        sa.Column("with_whom", sa.String(length=200), nullable=True),
        sa.Column("discussed", sa.Text(), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=True),
        sa.Column("next_contact_due", sa.Date(), nullable=True),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff_member.id"], name=op.f("fk_coaching_note_author_id_staff_member")
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_coaching_note_enrolment_id_enrolment")
        ),
        sa.ForeignKeyConstraint(
            ["outcome_id"], ["outcome.id"], name=op.f("fk_coaching_note_outcome_id_outcome")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_coaching_note_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coaching_note")),
    )
    with op.batch_alter_table("coaching_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coaching_note_author_id"), ["author_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_coaching_note_contact_at"), ["contact_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coaching_note_next_contact_due"), ["next_contact_due"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coaching_note_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "plan_goal",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("achieved_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("reviewed_in_note_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by_device", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["development_plan.id"], name=op.f("fk_plan_goal_plan_id_development_plan")
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_in_note_id"],
            ["coaching_note.id"],
            name=op.f("fk_plan_goal_reviewed_in_note_id_coaching_note"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_goal")),
    )
    with op.batch_alter_table("plan_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_goal_plan_id"), ["plan_id"], unique=False)




def downgrade() -> None:

    with op.batch_alter_table("plan_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_goal_plan_id"))

    op.drop_table("plan_goal")
    with op.batch_alter_table("coaching_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coaching_note_participant_id"))
        batch_op.drop_index(batch_op.f("ix_coaching_note_next_contact_due"))
        batch_op.drop_index(batch_op.f("ix_coaching_note_contact_at"))
        batch_op.drop_index(batch_op.f("ix_coaching_note_author_id"))

    op.drop_table("coaching_note")
    with op.batch_alter_table("skill_observation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_observation_skill_id"))
        batch_op.drop_index(batch_op.f("ix_skill_observation_participant_id"))

    op.drop_table("skill_observation")
    with op.batch_alter_table("placement_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_day_participant_id"))
        batch_op.drop_index(batch_op.f("ix_placement_day_enrolment_id"))
        batch_op.drop_index(batch_op.f("ix_placement_day_employer_id"))

    op.drop_table("placement_day")
    with op.batch_alter_table("phase_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_period_enrolment_id"))

    op.drop_table("phase_period")
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_participant_id"))
        batch_op.drop_index(batch_op.f("ix_outcome_enrolment_id"))
        batch_op.drop_index(batch_op.f("ix_outcome_employer_id"))

    op.drop_table("outcome")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_session_id"))
        batch_op.drop_index(batch_op.f("ix_document_participant_id"))
        batch_op.drop_index(batch_op.f("ix_document_certificate_id"))

    op.drop_table("document")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_session_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_participant_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_session_trainer_id"))
        batch_op.drop_index(batch_op.f("ix_training_session_module_id"))
        batch_op.drop_index(batch_op.f("ix_training_session_date"))
        batch_op.drop_index(batch_op.f("ix_training_session_cohort_id"))

    op.drop_table("training_session")
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_participant_id"))
        batch_op.drop_index(batch_op.f("ix_enrolment_cohort_id"))

    op.drop_table("enrolment")
    with op.batch_alter_table("module", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_module_programme_id"))

    op.drop_table("module")
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohort_programme_id"))
        batch_op.drop_index(batch_op.f("ix_cohort_organisation_id"))

    op.drop_table("cohort")
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_member_organisation_id"))

    op.drop_table("staff_member")
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_organisation_id"))

    op.drop_table("programme")
    with op.batch_alter_table("participant_target_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_target_group_participant_id"))

    op.drop_table("participant_target_group")
    with op.batch_alter_table("ladder_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ladder_assessment_participant_id"))

    op.drop_table("ladder_assessment")
    with op.batch_alter_table("funding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_participant_id"))

    op.drop_table("funding")
    with op.batch_alter_table("employer_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employer_contact_employer_id"))

    op.drop_table("employer_contact")
    op.drop_table("development_plan")
    with op.batch_alter_table("closed_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closed_day_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_closed_day_date"))

    op.drop_table("closed_day")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_valid_until"))
        batch_op.drop_index(batch_op.f("ix_certificate_participant_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_certificate_type_id"))

    op.drop_table("certificate")
    with op.batch_alter_table("barrier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_barrier_participant_id"))

    op.drop_table("barrier")
    op.drop_table("skill")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_sort_name"))

    op.drop_table("participant")
    op.drop_table("organisation")
    op.drop_table("local_meta")
    op.drop_table("employer")
    op.drop_table("certificate_type")

