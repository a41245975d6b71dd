"""The complaints migration (0005) builds exactly the complaint tables of the models."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from anjungan.server.db import Database, ServerBase

TABLES = frozenset({"complaint", "complaint_event", "calendar_override"})


def schema_diff(db: Database, tables: frozenset[str]) -> list[Any]:
    """Differences between the migrated database and the models, for ``tables`` only."""

    def mine(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
        return table in tables

    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": mine}
        )
        return list(compare_metadata(context, ServerBase.metadata))


def test_migrated_complaint_tables_match_the_models(db: Database) -> None:
    assert schema_diff(db, TABLES) == []


def test_the_diff_sees_the_complaint_tables(db: Database) -> None:
    # Guard against a filter that hides everything: a table we do not have is reported.
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE calendar_override")
    assert [op[0] for op in schema_diff(db, TABLES)] == ["add_table"]
