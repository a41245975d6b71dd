"""Queue tables: each office's queue setup, the daily number counters, tickets and events.

DESIGN.md data flow 5: the queue lives on the server. `QueueNumber` is the one
row-locked "last issued number" per (office, service, day); the UNIQUE constraint on
`QueueTicket` is the last line of defence against a duplicate number. `QueueEvent`
rows are what boards and counters receive by SSE or polling (``id`` is the SSE event
id), so any worker can serve any client and a resume works across restarts. Tickets
hold no personal data. Rules live in `core.domain.queue*`; these are only the rows.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from anjungan.core.store.types import UtcDateTime
from anjungan.server.db import ServerBase
from anjungan.server.models.core import BigId


class QueueOffice(ServerBase):
    """An office's queue settings; its row is also the lock that orders the office's events."""

    __tablename__ = "queue_office"
    office_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    # InterleavePolicy: at most `priority_calls` priority calls per `normal_calls` normal.
    # Seeded from the domain defaults (`services.queue_setup`), changed by a supervisor.
    normal_calls: Mapped[int] = mapped_column(Integer)
    priority_calls: Mapped[int] = mapped_column(Integer)
    # RecallPolicy
    recalls_before_no_show: Mapped[int] = mapped_column(Integer)
    enforce_recalls: Mapped[bool] = mapped_column(Boolean)
    seeded_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class QueueService(ServerBase):
    """One queue line of an office (a `core.domain.queue.ServiceDef` plus ``active``)."""

    __tablename__ = "queue_service"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_code: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(32))
    prefix: Mapped[str] = mapped_column(String(2))
    name_id: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128))
    first_number: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer)
    standard_service_minutes: Mapped[int] = mapped_column(Integer)
    standard_waiting_minutes: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("office_code", "code"),
        UniqueConstraint("office_code", "prefix"),
    )


class QueueCounter(ServerBase):
    """A service desk (loket). An empty ``services`` list means it serves every line."""

    __tablename__ = "queue_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_code: Mapped[str] = mapped_column(String(16))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(64))
    services: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("office_code", "number"),)


class QueueNumber(ServerBase):
    """The last number issued in one line on one day: locked FOR UPDATE while issuing."""

    __tablename__ = "queue_number"
    office_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    service_date: Mapped[date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int | None] = mapped_column(Integer, default=None)


class QueueTicket(ServerBase):
    """A ticket: the persisted `core.domain.queue_ticket.Ticket` plus hand-out facts.

    ``hops`` and ``moves`` are the domain's transfer hops and applied events as JSON, so
    the domain value is rebuilt exactly; counters are stored by number.
    """

    __tablename__ = "queue_ticket"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    office_code: Mapped[str] = mapped_column(String(16))
    service_date: Mapped[date] = mapped_column(Date)
    origin_service: Mapped[str] = mapped_column(String(32))
    service_code: Mapped[str] = mapped_column(String(32))
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(8))
    priority: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    counter_number: Mapped[int | None] = mapped_column(Integer, default=None)
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    is_returning: Mapped[bool] = mapped_column(Boolean, default=False)
    preferred_counter: Mapped[int | None] = mapped_column(Integer, default=None)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    queued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # The last call or recall (what a board shows) and the first call ever: the report's
    # wait runs from ``issued_at`` to ``first_called_at``, so recalls cannot inflate it.
    called_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    first_called_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    outcome: Mapped[str | None] = mapped_column(String(32), default=None)
    hops: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    moves: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    issued_by: Mapped[str | None] = mapped_column(String(64), default=None)  # device id
    # The officer (username) who last called, started or finished it: per-officer reports.
    officer: Mapped[str | None] = mapped_column(String(64), default=None)
    # Not counted as handed out until printed, or shown on screen with its QR.
    handed_out_how: Mapped[str | None] = mapped_column(String(16), default=None)
    handed_out_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    printed: Mapped[bool] = mapped_column(Boolean, default=False)
    reprints: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("office_code", "origin_service", "service_date", "number"),
        Index("ix_queue_ticket_line", "office_code", "service_date", "service_code", "state"),
    )


class QueueEvent(ServerBase):
    """Something boards and counters must hear about; ``id`` is the SSE event id.

    Rows of one office are committed in id order (writers hold the office row lock),
    so a reader that has seen id N never later finds a smaller id appear.
    ``served_seconds`` is set on the event that ends a stretch of service, for
    `estimate_wait`; ``call_kind`` on calls, for the priority interleaving history.
    """

    __tablename__ = "queue_event"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    office_code: Mapped[str] = mapped_column(String(16))
    service_date: Mapped[date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    ticket_id: Mapped[int | None] = mapped_column(BigId, default=None)
    label: Mapped[str | None] = mapped_column(String(8), default=None)
    service_code: Mapped[str | None] = mapped_column(String(32), default=None)
    counter_number: Mapped[int | None] = mapped_column(Integer, default=None)
    call_kind: Mapped[str | None] = mapped_column(String(16), default=None)
    served_seconds: Mapped[int | None] = mapped_column(Integer, default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (
        Index("ix_queue_event_office_id", "office_code", "id"),
        Index("ix_queue_event_line", "office_code", "service_date", "service_code", "type"),
    )
