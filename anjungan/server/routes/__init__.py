"""HTTP routes of API v1, one module per area, each exposing ``router``.

Routes translate HTTP to calls of the area's service functions and back; rules come
from `core.domain`, bodies from `core.wire`. Every write calls `audit.audit`.
"""
