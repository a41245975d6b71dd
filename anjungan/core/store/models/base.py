"""The declarative base, the naming convention and the columns every record shares.

Owns `Base` (one `MetaData` for the whole local schema, with named constraints so
migrations can alter them on SQLite and PostgreSQL), `Record` (uuid, device, creation
time, payload encoding) and the small column mixins. Must not hold business rules:
those live in `core.domain`; a record only stores what a use case decided.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any, ClassVar
from uuid import UUID

from sqlalchemy import JSON, Date, MetaData, String, Uuid, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from anjungan.core.store.types import UtcDateTime, json_value

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class OutboxKind(enum.StrEnum):
    """What an outbox row carries; the server routes on it."""

    REGISTRATION = "registration"
    COMPLAINT = "complaint"
    COMPLAINT_EVENT = "complaint_event"
    DATA_CHANGE = "data_change"
    INFO_REQUEST = "info_request"
    SURVEY = "survey"
    CHANGE_REQUEST = "change_request"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        date: Date(),
        UUID: Uuid(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Record(Base):
    """A row the device created and the server must receive: append-only, client-keyed.

    `uuid` is minted on the device and becomes the outbox `client_uuid`, which is what
    makes a repeated push harmless on the server.
    """

    __abstract__ = True

    outbox_kind: ClassVar[OutboxKind]
    # Server-owned columns travel the other way (pull), so they are never pushed.
    payload_excludes: ClassVar[frozenset[str]] = frozenset({"id", "server_status", "server_ref"})

    # sort_order puts the shared columns first and the mixins' last in CREATE TABLE.
    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-4)
    uuid: Mapped[UUID] = mapped_column(unique=True, sort_order=-3)
    device_id: Mapped[str] = mapped_column(String(64), sort_order=-2)
    created_at: Mapped[datetime] = mapped_column(sort_order=-1)

    def to_payload(self) -> dict[str, Any]:
        """The JSON-native dict pushed to the server (and kept in the outbox row)."""
        return column_payload(self, self.payload_excludes)


def column_payload(obj: Base, excludes: frozenset[str] = frozenset({"id"})) -> dict[str, Any]:
    """Every column of `obj` except `excludes` and integer foreign keys (local only)."""
    payload: dict[str, Any] = {}
    for attr in inspect(type(obj)).column_attrs:
        if attr.key in excludes or any(col.foreign_keys for col in attr.columns):
            continue
        payload[attr.key] = json_value(getattr(obj, attr.key))
    return payload


class ServerTracked:
    """Status and reference the server sends back later (card number, VA, ticket)."""

    server_status: Mapped[str | None] = mapped_column(String(32), sort_order=20)
    server_ref: Mapped[str | None] = mapped_column(String(64), sort_order=21)


class Staffed:
    """Who recorded it and where: every counter record is audited to an officer."""

    officer_id: Mapped[str] = mapped_column(String(64), sort_order=10)
    office_code: Mapped[str] = mapped_column(String(16), sort_order=11)
