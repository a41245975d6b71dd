"""The sync migration (0006) builds exactly the sync tables of the models, and seeds the
card-number counter."""

from __future__ import annotations

from sqlalchemy import select

from anjungan.server.db import Database
from anjungan.server.models.sync import SyncCounter
from tests.integration.server.test_complaints_schema import schema_diff

TABLES = frozenset(
    {"sync_inbox", "registration", "registration_member", "received_record", "sync_counter"}
)


def test_migrated_sync_tables_match_the_models(db: Database) -> None:
    assert schema_diff(db, TABLES) == []


def test_the_card_number_counter_starts_at_zero(db: Database) -> None:
    with db.read() as session:
        assert (
            session.scalar(select(SyncCounter.value).where(SyncCounter.name == "card_number")) == 0
        )
