"""The central server: FastAPI over SQLAlchemy (PostgreSQL, or SQLite for one office).

Imports only `core`; every request and response is a `core.wire` schema.
"""
