"""The faskes migration (0003) creates exactly the tables the models describe."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from anjungan.server.db import Database, ServerBase

OURS = {"facility", "office", "reference_version"}


def _table_of(diff: Any) -> str | None:
    if isinstance(diff, list):  # modify_* diffs come grouped per column
        return _table_of(diff[0])
    op, *rest = diff
    if op.endswith("_table"):
        return str(rest[0].name)
    if op.endswith("_index") or op.endswith("_constraint"):
        return str(rest[0].table.name)
    if op.endswith("_column"):
        return str(rest[1])
    if op.startswith("modify_"):
        return str(rest[1])
    return None


def test_the_migrated_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = compare_metadata(context, ServerBase.metadata)
    assert [d for d in diffs if _table_of(d) in OURS] == []
    with db.engine.connect() as connection:
        tables = set(connection.dialect.get_table_names(connection))
    assert tables >= OURS
