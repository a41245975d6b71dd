"""Migration 0008 on SQLite and PostgreSQL: tickets written before it get the time of
their first call from their earliest "called" event; recalls, and a second call after a
transfer, do not count; a called ticket without events keeps its ``called_at``."""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa

from anjungan.core.store.engine import create_store_engine
from anjungan.core.store.migrate import downgrade, upgrade
from anjungan.core.store.types import UtcDateTime
from anjungan.server.db import MIGRATIONS_DIR

DAY = date(2026, 11, 23)

_ticket = sa.table(
    "queue_ticket",
    sa.column("id", sa.Integer),
    sa.column("office_code", sa.String),
    sa.column("service_date", sa.Date),
    sa.column("origin_service", sa.String),
    sa.column("service_code", sa.String),
    sa.column("number", sa.Integer),
    sa.column("label", sa.String),
    sa.column("priority", sa.String),
    sa.column("state", sa.String),
    sa.column("recall_count", sa.Integer),
    sa.column("is_returning", sa.Boolean),
    sa.column("issued_at", UtcDateTime()),
    sa.column("queued_at", UtcDateTime()),
    sa.column("called_at", UtcDateTime()),
    sa.column("hops", sa.JSON),
    sa.column("moves", sa.JSON),
    sa.column("printed", sa.Boolean),
    sa.column("reprints", sa.Integer),
)
_event = sa.table(
    "queue_event",
    sa.column("office_code", sa.String),
    sa.column("service_date", sa.Date),
    sa.column("type", sa.String),
    sa.column("at", UtcDateTime()),
    sa.column("ticket_id", sa.Integer),
    sa.column("payload", sa.JSON),
)


def _at(hour: int, minute: int) -> datetime:
    return datetime(2026, 11, 23, hour, minute, tzinfo=UTC)


def _ticket_row(ticket_id: int, state: str, called: datetime | None) -> dict[str, object]:
    return {
        "id": ticket_id,
        "office_code": "MPP-BPN",
        "service_date": DAY,
        "origin_service": "new_registration",
        "service_code": "new_registration",
        "number": ticket_id,
        "label": f"A{ticket_id:03d}",
        "priority": "none",
        "state": state,
        "recall_count": 0,
        "is_returning": False,
        "issued_at": _at(1, 0),
        "queued_at": _at(1, 0),
        "called_at": called,
        "hops": [],
        "moves": [],
        "printed": True,
        "reprints": 0,
    }


def _event_row(ticket_id: int, type_: str, at: datetime) -> dict[str, object]:
    return {
        "office_code": "MPP-BPN",
        "service_date": DAY,
        "type": type_,
        "at": at,
        "ticket_id": ticket_id,
        "payload": {},
    }


def test_first_call_is_backfilled_from_the_earliest_called_event(database_url: str) -> None:
    engine = create_store_engine(database_url)
    try:
        upgrade(engine, "0007", script_location=MIGRATIONS_DIR)
        with engine.begin() as connection:
            connection.execute(
                sa.insert(_ticket),
                [
                    _ticket_row(1, "done", _at(1, 18)),  # called 1:10, recalled 1:14, 1:18
                    _ticket_row(2, "done", _at(1, 30)),  # called 1:05, transferred, 1:30
                    _ticket_row(3, "done", _at(1, 40)),  # written without events
                    _ticket_row(4, "issued", None),  # never called
                ],
            )
            connection.execute(
                sa.insert(_event),
                [
                    _event_row(1, "issued", _at(1, 0)),
                    _event_row(1, "called", _at(1, 10)),
                    _event_row(1, "recalled", _at(1, 14)),
                    _event_row(1, "recalled", _at(1, 18)),
                    _event_row(2, "called", _at(1, 5)),
                    _event_row(2, "transferred", _at(1, 12)),
                    _event_row(2, "called", _at(1, 30)),
                    _event_row(4, "issued", _at(1, 0)),
                ],
            )
        upgrade(engine, "heads", script_location=MIGRATIONS_DIR)
        first = sa.table(
            "queue_ticket", sa.column("id"), sa.column("first_called_at", UtcDateTime())
        )
        with engine.connect() as connection:
            got = dict(connection.execute(sa.select(first.c.id, first.c.first_called_at)).all())
        assert got == {1: _at(1, 10), 2: _at(1, 5), 3: _at(1, 40), 4: None}
        downgrade(engine, "0007", script_location=MIGRATIONS_DIR)
        with engine.connect() as connection:
            columns = {c["name"] for c in sa.inspect(connection).get_columns("queue_ticket")}
        assert "first_called_at" not in columns and "called_at" in columns
    finally:
        engine.dispose()
