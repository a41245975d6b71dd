"""queue: the time of a ticket's first call, so that recalls do not lengthen its wait

``called_at`` is the last call or recall (what a board shows); the report's waiting time
runs from issue to the first call. Existing tickets are filled in from their earliest
"called" event in one grouped UPDATE; a called ticket without such an event (rows
written by hand) keeps its ``called_at``, the only call time it has.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ticket = sa.table(
    "queue_ticket",
    sa.column("id", sa.BigInteger),
    sa.column("called_at", sa.DateTime(timezone=True)),
    sa.column("first_called_at", sa.DateTime(timezone=True)),
)
_event = sa.table(
    "queue_event",
    sa.column("ticket_id", sa.BigInteger),
    sa.column("type", sa.String),
    sa.column("at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    with op.batch_alter_table("queue_ticket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_called_at", sa.DateTime(timezone=True), nullable=True))
    firsts = (
        sa.select(_event.c.ticket_id, sa.func.min(_event.c.at).label("at"))
        .where(_event.c.type == "called", _event.c.ticket_id.is_not(None))
        .group_by(_event.c.ticket_id)
        .subquery("firsts")
    )
    # UPDATE ... FROM: one pass over the events on PostgreSQL and SQLite (3.33+) alike.
    op.execute(
        sa.update(_ticket)
        .where(_ticket.c.id == firsts.c.ticket_id, _ticket.c.called_at.is_not(None))
        .values(first_called_at=firsts.c.at)
    )
    op.execute(
        sa.update(_ticket)
        .where(_ticket.c.first_called_at.is_(None), _ticket.c.called_at.is_not(None))
        .values(first_called_at=_ticket.c.called_at)
    )


def downgrade() -> None:
    with op.batch_alter_table("queue_ticket", schema=None) as batch_op:
        batch_op.drop_column("first_called_at")
