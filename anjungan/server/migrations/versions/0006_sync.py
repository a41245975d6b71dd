"""sync: inbox of pushed items, registrations with card numbers, received records, counters

Revision ID: 0006
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("sync",)
depends_on: str | Sequence[str] | None = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "sync_inbox",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("client_uuid", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("local_seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("payload_hash", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_inbox")),
        sa.UniqueConstraint("client_uuid", name=op.f("uq_sync_inbox_client_uuid")),
    )
    with op.batch_alter_table("sync_inbox", schema=None) as batch_op:
        batch_op.create_index("ix_sync_inbox_device_seq", ["device_id", "local_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sync_inbox_record_uuid"), ["record_uuid"], unique=False
        )

    op.create_table(
        "registration",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("officer_id", sa.String(length=64), nullable=True),
        sa.Column("kk_number", sa.String(length=16), nullable=False),
        sa.Column("segment", sa.String(length=16), nullable=False),
        sa.Column("care_class", sa.SmallInteger(), nullable=True),
        sa.Column("fktp_code", sa.String(length=16), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("bank_code", sa.String(length=16), nullable=True),
        sa.Column("bank_account_number", sa.String(length=34), nullable=True),
        sa.Column("bank_account_holder", sa.String(length=128), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("virtual_accounts", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration")),
        sa.UniqueConstraint("record_uuid", name=op.f("uq_registration_record_uuid")),
    )
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_registration_office_code"), ["office_code"], unique=False
        )

    op.create_table(
        "registration_member",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("registration_id", _BIG_ID, nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("family_role", sa.String(length=16), nullable=False),
        sa.Column("fktp_code", sa.String(length=16), nullable=True),
        sa.Column("card_number", sa.String(length=13), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_registration_member_registration_id_registration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_member")),
        sa.UniqueConstraint("card_number", name=op.f("uq_registration_member_card_number")),
        sa.UniqueConstraint("nik", name=op.f("uq_registration_member_nik")),
        sa.UniqueConstraint(
            "registration_id",
            "position",
            name=op.f("uq_registration_member_registration_id_position"),
        ),
    )
    with op.batch_alter_table("registration_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_registration_member_registration_id"), ["registration_id"], unique=False
        )

    op.create_table(
        "received_record",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("client_uuid", sa.Uuid(), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_record")),
        sa.UniqueConstraint("record_uuid", name=op.f("uq_received_record_record_uuid")),
    )
    with op.batch_alter_table("received_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_received_record_kind_office", ["kind", "office_code"], unique=False
        )

    counter = op.create_table(
        "sync_counter",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_counter")),
    )
    # The row exists from the start, so concurrent first registrations lock it instead
    # of racing to insert it.
    op.bulk_insert(counter, [{"name": "card_number", "value": 0}])


def downgrade() -> None:
    op.drop_table("sync_counter")
    with op.batch_alter_table("received_record", schema=None) as batch_op:
        batch_op.drop_index("ix_received_record_kind_office")
    op.drop_table("received_record")
    with op.batch_alter_table("registration_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_member_registration_id"))
    op.drop_table("registration_member")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_office_code"))
    op.drop_table("registration")
    with op.batch_alter_table("sync_inbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_inbox_record_uuid"))
        batch_op.drop_index("ix_sync_inbox_device_seq")
    op.drop_table("sync_inbox")
