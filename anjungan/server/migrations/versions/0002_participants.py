"""participants: families, members, iuran payments, FKTP/class change requests

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("participants",)
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "family",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("kk", sa.String(length=16), nullable=False),
        sa.Column("segment", sa.String(length=16), nullable=False),
        sa.Column("care_class", sa.String(length=3), nullable=False),
        sa.Column("class_since", sa.Date(), nullable=False),
        sa.Column("wage", sa.BigInteger(), nullable=True),
        sa.Column("umk", sa.BigInteger(), nullable=True),
        sa.Column("tni_polri", sa.Boolean(), nullable=False),
        sa.Column("paid_through", sa.Date(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=True),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("kabkota_code", sa.String(length=4), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=6), nullable=False),
        sa.Column("address", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family")),
        sa.UniqueConstraint("kk", name=op.f("uq_family_kk")),
    )
    op.create_table(
        "participant",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("family_id", BIG_ID, nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("card_number", sa.String(length=13), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("inactive_reason", sa.String(length=32), nullable=True),
        sa.Column("status_since", sa.Date(), nullable=True),
        sa.Column("fktp_code", sa.String(length=8), nullable=False),
        sa.Column("fktp_since", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_participant_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        # The unique indexes behind these constraints serve the lookups by NIK and card.
        sa.UniqueConstraint("card_number", name=op.f("uq_participant_card_number")),
        sa.UniqueConstraint("nik", name=op.f("uq_participant_nik")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_family_id"), ["family_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("family_id", BIG_ID, nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_payment_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("family_id", "month", name=op.f("uq_payment_family_id_month")),
    )
    op.create_table(
        "participant_change",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("family_id", BIG_ID, nullable=False),
        sa.Column("participant_id", BIG_ID, nullable=False),
        sa.Column("old_value", sa.String(length=16), nullable=False),
        sa.Column("new_value", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("officer", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_participant_change_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_participant_change_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_change")),
        sa.UniqueConstraint("request_id", name=op.f("uq_participant_change_request_id")),
    )
    with op.batch_alter_table("participant_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_participant_change_family_pending", ["family_id", "applied_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_participant_change_participant_id"), ["participant_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("participant_change")
    op.drop_table("payment")
    op.drop_table("participant")
    op.drop_table("family")
