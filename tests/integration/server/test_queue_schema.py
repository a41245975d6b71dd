"""The queue migration (0004) creates exactly the tables the queue models describe."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from anjungan.server.db import Database, ServerBase

OURS = {
    "queue_office",
    "queue_service",
    "queue_counter",
    "queue_number",
    "queue_ticket",
    "queue_event",
}


def _table_of(diff: Any) -> str | None:
    if isinstance(diff, list):  # modify_* diffs come grouped per column
        return _table_of(diff[0])
    op, *rest = diff
    if op.endswith("_table"):
        return str(rest[0].name)
    if op.endswith("_index") or op.endswith("_constraint"):
        return str(rest[0].table.name)
    if op.endswith("_column") or op.startswith("modify_"):
        return str(rest[1])
    return None


def test_the_migrated_queue_tables_match_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = compare_metadata(context, ServerBase.metadata)
        tables = set(inspect(connection).get_table_names())
    assert [d for d in diffs if _table_of(d) in OURS] == []
    assert tables >= OURS


def test_a_ticket_number_is_unique_per_office_line_and_day(db: Database) -> None:
    with db.engine.connect() as connection:
        uniques = inspect(connection).get_unique_constraints("queue_ticket")
    columns = [sorted(u["column_names"]) for u in uniques]
    assert sorted(["office_code", "origin_service", "service_date", "number"]) in columns
