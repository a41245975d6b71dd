"""Queue events: appending them, reading them after a cursor, and the SSE stream.

Events are rows (`QueueEvent`), so any worker process can serve any board and a
``Last-Event-ID`` resume works after a restart. `append_event` must run in a
transaction that holds the office lock (`queue_setup.lock_office`), which keeps one
office's ids committing in order. `event_stream` is the body of
`GET /v1/queue/events/stream`: it replays what the client missed, then polls the table
briefly (database reads run in worker threads, never on the event loop), sends a
keep-alive comment when idle and ends when the client leaves, the server shuts down
or the stream reaches its maximum age (clients reconnect with ``Last-Event-ID``).
Must not change tickets.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncIterator, Callable
from datetime import date, datetime
from typing import Any

import anyio
from anyio import to_thread
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjungan.core.wire.queue import QueueEventOut
from anjungan.server.db import Database
from anjungan.server.models.queue import QueueEvent

POLL_INTERVAL_S = 0.25
"""How often an idle stream looks for new rows: the delay a board may add to a call."""
BATCH = 200
MAX_STREAM_AGE_S = 30 * 60.0
"""A stream ends after this long; EventSource clients reconnect and resume by id. Bounds
how long a server that never signals shutdown waits on open streams."""
RETRY_MS = 2_000


class _Gauge:
    """A process-wide count; locked because several apps (tests) run several loops."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    def add(self, delta: int) -> None:
        with self._lock:
            self._value += delta

    @property
    def value(self) -> int:
        return self._value


_STREAMS = _Gauge()


def open_streams() -> int:
    """How many event streams this process is serving now (they must end, not leak)."""
    return _STREAMS.value


def append_event(
    session: Session,
    office_code: str,
    service_date: date,
    type_: str,
    at: datetime,
    *,
    ticket_id: int | None = None,
    label: str | None = None,
    service_code: str | None = None,
    counter_number: int | None = None,
    counter_name: str | None = None,
    call_kind: str | None = None,
    served_seconds: int | None = None,
    **detail: str | int | bool | None,
) -> None:
    payload: dict[str, Any] = dict(detail)
    if counter_name is not None:
        payload["counter_name"] = counter_name
    session.add(
        QueueEvent(
            office_code=office_code,
            service_date=service_date,
            type=type_,
            at=at,
            ticket_id=ticket_id,
            label=label,
            service_code=service_code,
            counter_number=counter_number,
            call_kind=call_kind,
            served_seconds=served_seconds,
            payload=payload,
        )
    )


def event_out(row: QueueEvent) -> QueueEventOut:
    detail = dict(row.payload)
    counter_name = detail.pop("counter_name", None)
    return QueueEventOut(
        id=row.id,
        type=row.type,  # written only from the EventType values
        at=row.at,
        ticket_id=row.ticket_id,
        label=row.label,
        service=row.service_code,
        counter=row.counter_number,
        counter_name=counter_name,
        detail=detail,
    )


def events_after(session: Session, office_code: str, after: int, limit: int) -> list[QueueEventOut]:
    """The office's events with id > ``after``, oldest first, at most ``limit``."""
    rows = session.scalars(
        select(QueueEvent)
        .where(QueueEvent.office_code == office_code, QueueEvent.id > after)
        .order_by(QueueEvent.id)
        .limit(limit)
    )
    return [event_out(row) for row in rows]


def last_event_id(session: Session, office_code: str) -> int:
    latest = session.scalar(
        select(func.max(QueueEvent.id)).where(QueueEvent.office_code == office_code)
    )
    return int(latest or 0)


def sse_message(event: QueueEventOut) -> bytes:
    data = json.dumps(event.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
    return f"id: {event.id}\nevent: {event.type}\ndata: {data}\n\n".encode()


def _read(db: Database, office_code: str, after: int) -> list[QueueEventOut]:
    with db.read() as session:
        return events_after(session, office_code, after, BATCH)


def _latest(db: Database, office_code: str) -> int:
    with db.read() as session:
        return last_event_id(session, office_code)


async def event_stream(
    db: Database,
    office_code: str,
    after: int | None,
    *,
    keepalive_s: float,
    stopping: Callable[[], bool],
    max_age_s: float = MAX_STREAM_AGE_S,
) -> AsyncIterator[bytes]:
    """The SSE body: every event after ``after`` (None: from now on), then live ones.

    A client that leaves cancels it (Starlette watches for the disconnect); the
    ``finally`` keeps `open_streams` true either way.
    """
    _STREAMS.add(+1)
    try:
        started = last_write = time.monotonic()
        if after is None:
            after = await to_thread.run_sync(_latest, db, office_code)
        yield f"retry: {RETRY_MS}\n: connected\n\n".encode()
        while not stopping() and time.monotonic() - started < max_age_s:
            events = await to_thread.run_sync(_read, db, office_code, after)
            for event in events:
                yield sse_message(event)
                after = event.id
            now = time.monotonic()
            if events:
                last_write = now
                if len(events) == BATCH:
                    continue  # more to replay: no pause
            elif now - last_write >= keepalive_s:
                yield b": keep-alive\n\n"
                last_write = now
            await anyio.sleep(POLL_INTERVAL_S)
    finally:
        _STREAMS.add(-1)
