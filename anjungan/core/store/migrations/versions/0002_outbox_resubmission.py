"""Link a rejected outbox row to its corrected resubmission.

A rejected row is never edited or dropped; the officer's corrected payload goes out as
a new row with a new client uuid, and `resubmitted_as` on the old row points to it, so
the rejected-items list shows only what is still waiting for the officer.

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
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resubmitted_as", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("resubmitted_as")
