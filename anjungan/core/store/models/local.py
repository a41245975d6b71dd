"""Device-local state that is never pushed: sync cursors, calendar overrides, caches.

Owns `SyncState` (key/value: pull cursor, last success...), `CalendarOverride` (the
local override of the working-day calendar; DOMAIN.md "Working days": holidays and cuti
bersama are set by decree each year, so an office can correct the `holidays` package)
and `ReferenceData` (offline copies of faskes, offices, tariffs). Must not interpret
the cached payloads: their readers in `core.domain`/`sync` do.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from anjungan.core.store.models.base import Base


class SyncState(Base):
    """One named value of the sync worker, written in the transaction it belongs to."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime]


class CalendarOverride(Base):
    """A day declared a holiday (or a working day) against the packaged calendar."""

    __tablename__ = "calendar_override"

    day: Mapped[date] = mapped_column(primary_key=True)
    is_holiday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(128))
    source: Mapped[str | None] = mapped_column(String(128))
    updated_at: Mapped[datetime]


class ReferenceData(Base):
    """The latest server copy of one reference list (`kind`: faskes, offices, tariffs)."""

    __tablename__ = "reference_data"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[str] = mapped_column(String(64))
    payload: Mapped[Any] = mapped_column(JSON)
    fetched_at: Mapped[datetime]
