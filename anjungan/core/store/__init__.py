"""The local SQLite (or PostgreSQL) database of a kiosk or counter.

Owns the SQLAlchemy 2 models, the Alembic migrations applied on start, the engine
settings (WAL, synchronous=FULL, foreign keys) and the unit of work that commits a
record and its outbox row together. Imports only `core.domain` and SQLAlchemy/Alembic.
"""

from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.models import OutboxKind, OutboxStatus
from anjungan.core.store.uow import RecordConflict, UnitOfWork

__all__ = ["OutboxKind", "OutboxStatus", "RecordConflict", "Store", "UnitOfWork", "open_store"]
