"""Portable column types and the JSON encoding of stored values.

Owns `UtcDateTime` (timezone-aware in, UTC out, on SQLite and PostgreSQL alike) and
`json_value`, the one place that turns a column value into what an outbox payload holds.
Must not know any model: models use these, never the other way round.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

E = TypeVar("E", bound=enum.StrEnum)


class UtcDateTime(TypeDecorator[datetime]):
    """`DateTime(timezone=True)` that refuses naive values and always returns UTC.

    SQLite keeps no offset in its text timestamps, so without this a WIB time would come
    back as a naive wall-clock time seven hours off from the same row on PostgreSQL.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: pass a timezone-aware value (use a Clock)")
        utc = value.astimezone(UTC)
        # SQLite's DATETIME stores no offset: store the UTC wall-clock time.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class EnumText(TypeDecorator[E]):
    """A `StrEnum` stored as plain text (no native enum, no CHECK), so that a new member
    needs no migration and the column reads the same on SQLite and PostgreSQL."""

    impl = String
    cache_ok = True

    def __init__(self, enum_cls: type[E], length: int = 32) -> None:
        super().__init__(length)
        self.enum_cls = enum_cls

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        # Converting through the enum rejects a misspelt value before it reaches the disk.
        return None if value is None else self.enum_cls(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        return None if value is None else self.enum_cls(value)


def json_value(value: Any) -> Any:
    """The JSON-native form of a column value, stable across a database round trip."""
    if isinstance(value, enum.Enum):
        return json_value(value.value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime cannot be encoded: use a timezone-aware value")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    raise TypeError(f"cannot encode a {type(value).__name__} value as JSON")
