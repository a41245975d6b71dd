"""complaints: complaints, their events, and the local working-calendar overrides

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("complaints",)
depends_on: str | Sequence[str] | None = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "calendar_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_override")),
    )
    op.create_table(
        "complaint",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("participant_nik", sa.String(length=16), nullable=True),
        sa.Column("participant_card", sa.String(length=13), nullable=True),
        sa.Column("reporter_name", sa.String(length=128), nullable=False),
        sa.Column("reporter_phone", sa.String(length=32), nullable=True),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("needs_coordination", sa.Boolean(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
        sa.UniqueConstraint("uuid", name=op.f("uq_complaint_uuid")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index("ix_complaint_office_state", ["office_code", "state"], unique=False)
        batch_op.create_index("ix_complaint_received_at", ["received_at"], unique=False)

    op.create_table(
        "complaint_event",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("complaint_id", _BIG_ID, nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by_role", sa.String(length=16), nullable=True),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("from_state", sa.String(length=32), nullable=True),
        sa.Column("to_state", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("satisfied", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_event_complaint_id_complaint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_event")),
        sa.UniqueConstraint("uuid", name=op.f("uq_complaint_event_uuid")),
    )
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_event_complaint_id"), ["complaint_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_event_complaint_id"))
    op.drop_table("complaint_event")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index("ix_complaint_received_at")
        batch_op.drop_index("ix_complaint_office_state")
    op.drop_table("complaint")
    op.drop_table("calendar_override")
