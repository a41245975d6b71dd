"""The local SQLite (or PostgreSQL) database of a kiosk or counter.

Owns the SQLAlchemy 2 models, the Alembic migrations applied on start, the engine
settings (WAL, synchronous=FULL, foreign keys) and the unit of work that commits a
record and its outbox row together. Imports only `core.domain` and SQLAlchemy/Alembic.
"""
