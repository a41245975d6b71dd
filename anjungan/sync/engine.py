"""The sync engine of a counter (or kiosk): push the outbox, pull changes, refresh reference.

Owns `SyncEngine`. One `sync_once()` run (DESIGN.md data flow 2-3):
1. push: the outbox's pending rows in batches, in ``local_seq`` order, never a record's
   later row before its earlier one (`sync.queue`); each answer settles its row and
   writes the server's facts onto the record (`sync.apply`) in one transaction per batch.
   A push with no answer is repeated unchanged: the server keeps the first answer per
   client uuid, so a lost response never stores anything twice;
2. pull: change-log pages by cursor, each page applied and its cursor saved in ONE
   transaction, so a crash replays a page at worst, never skips one;
3. reference: the faskes snapshot by version, for offline search.
Retryable errors (`sync.errors.Retryable`: network, timeouts, 5xx, 429) are retried
with `Backoff` (full jitter) a few times, then the run ends and the rows stay pending.
Permanent ones stop the run: a 409 conflict (a bug or tampering: rows kept, uuids
reported), a revoked device (no more calls with that token until it is re-enrolled),
a refused or unreadable request. Never holds a database transaction open across a
network call; never logs payloads (they hold NIKs). Must not import Qt: progress goes to
a `SyncListener` (`sync.qt_bridge` turns it into signals); runs are scheduled by
`sync.runner`.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Protocol, TypeVar
from uuid import UUID

import requests
from sqlalchemy import select

from anjungan.core.clock import Clock
from anjungan.core.store import outbox as outbox_rules
from anjungan.core.store.engine import Store
from anjungan.core.store.models import OutboxEntry, OutboxStatus
from anjungan.core.store.uow import UnitOfWork
from anjungan.core.wire.sync import MAX_PULL_LIMIT, MAX_PUSH_ITEMS, PushItem, PushResponse
from anjungan.sync import state
from anjungan.sync.api import ApiClient
from anjungan.sync.apply import Applied, apply_entry, settle_result
from anjungan.sync.backoff import Backoff
from anjungan.sync.errors import (
    BadResponse,
    DeviceRevoked,
    PushConflict,
    RateLimited,
    Retryable,
    RuleRefused,
    SyncError,
    Unauthorized,
)
from anjungan.sync.queue import PushQueue, QueueRow, RowState, Settled, chain_of
from anjungan.sync.report import Problem, SyncReport, SyncStatus

log = logging.getLogger("anjungan.sync")

T = TypeVar("T")
DEFAULT_CONNECT_TIMEOUT_S = 5.0
DEFAULT_READ_TIMEOUT_S = 60.0  # a batch of 200 registrations on a busy server
DEFAULT_ATTEMPTS = 4
DEFAULT_PULL_LIMIT = 200
DEFAULT_REFERENCE_EVERY = timedelta(hours=1)
CONFLICT_CODE = "client_uuid_conflict"
REVOKED_CODE = "device_revoked"


class SyncListener(Protocol):
    """Told the device's sync status after every batch and at the end of every run."""

    def sync_progress(self, status: SyncStatus) -> None: ...


@dataclass
class _Tally:
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    retry_later: int = 0
    held_back: int = 0
    unanswered: int = 0
    batches: int = 0
    pulled: int = 0
    applied: int = 0
    cursor: int = 0
    faskes_version: int | None = None


class SyncEngine:
    """``SyncEngine(store, url, token, device_id, clock=...)``; ``sync_once()`` per run.

    Not re-entrant: one run at a time per engine (a lock serialises callers). ``session``
    may be a shared or fake `requests.Session`; ``backoff`` carries the random source and
    the sleep, so tests inject both.
    """

    def __init__(
        self,
        store: Store,
        api_base_url: str,
        token: str,
        device_id: str,
        *,
        clock: Clock,
        session: requests.Session | None = None,
        batch_size: int = 100,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT_S,
        read_timeout: float = DEFAULT_READ_TIMEOUT_S,
        backoff: Backoff | None = None,
        attempts: int = DEFAULT_ATTEMPTS,
        pull_limit: int = DEFAULT_PULL_LIMIT,
        reference_every: timedelta = DEFAULT_REFERENCE_EVERY,
        listener: SyncListener | None = None,
    ) -> None:
        if not 1 <= batch_size <= MAX_PUSH_ITEMS:
            raise ValueError(f"batch_size must be 1..{MAX_PUSH_ITEMS}")
        if not 1 <= pull_limit <= MAX_PULL_LIMIT:
            raise ValueError(f"pull_limit must be 1..{MAX_PULL_LIMIT}")
        self.store = store
        self.device_id = device_id
        self.clock = clock
        self.batch_size = batch_size
        self.backoff = backoff or Backoff()
        self.attempts = max(1, attempts)
        self.pull_limit = pull_limit
        self.reference_every = reference_every
        self.listener = listener
        self._token = token
        self.api = ApiClient(
            api_base_url,
            token,
            session=session,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
        )
        self._lock = threading.Lock()

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.store, device_id=self.device_id, clock=self.clock)

    def close(self) -> None:
        self.api.close()

    # -- status -------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self._uow() as uow:
            return state.read_status(uow)

    def _notify(self) -> None:
        if self.listener is not None:
            self.listener.sync_progress(self.status())

    # -- one run ------------------------------------------------------------------------

    def sync_once(self) -> SyncReport:
        """Push, pull, refresh reference data; the report says what happened."""
        with self._lock:
            started = self.clock.now()
            tally = _Tally()
            error: SyncError | None = None
            if self._revoked():
                # Marked on an earlier run: this token gets no more calls to the server.
                error = DeviceRevoked()
            else:
                try:
                    self._push(tally)
                    notified = self._pull(tally)
                    self._refresh_reference(tally, notified)
                except SyncError as raised:
                    error = _translated(raised)
                    self._remember_failure(error)
                    log.warning("sync stopped: %s", error)
                else:
                    self._remember_success()
            report = SyncReport(
                started_at=started,
                finished_at=self.clock.now(),
                error=error,
                **{f.name: getattr(tally, f.name) for f in fields(tally)},
            )
            self._notify()
            return report

    def _revoked(self) -> bool:
        with self._uow() as uow:
            if state.revoked_for(uow, self._token):
                return True
            if uow.sync_state.get(state.REVOKED) is not None:
                uow.sync_state.set(state.REVOKED, None)  # re-enrolled: a new token
                uow.commit()
            return False

    def _remember_success(self) -> None:
        with self._uow() as uow:
            uow.sync_state.set(state.LAST_SUCCESS, self.clock.now().isoformat())
            uow.sync_state.set(state.LAST_ERROR, None)
            uow.commit()

    def _remember_failure(self, error: SyncError) -> None:
        with self._uow() as uow:
            uow.sync_state.set(state.LAST_ERROR, Problem.of(error, self.clock.now()).to_json())
            if isinstance(error, DeviceRevoked):
                mark = {"token": state.token_mark(self._token), "at": self.clock.now().isoformat()}
                uow.sync_state.set(state.REVOKED, mark)
            uow.commit()

    def _retrying(
        self, call: Callable[[], T], on_failure: Callable[[Retryable], None] | None = None
    ) -> T:
        """``call()``, repeated after a backoff pause on a retryable error, ``attempts``
        times in all. Only for idempotent calls: a GET, or a push under client uuids."""
        attempt = 0
        while True:
            try:
                return call()
            except Retryable as error:
                if on_failure is not None:
                    on_failure(error)
                attempt += 1
                if attempt >= self.attempts:
                    raise
                floor = float(error.retry_after_s or 0) if isinstance(error, RateLimited) else 0.0
                self.backoff.pause(attempt - 1, at_least=floor)

    # -- push ---------------------------------------------------------------------------

    def _load_queue(self) -> tuple[PushQueue, dict[UUID, PushItem]]:
        rows: list[QueueRow] = []
        items: dict[UUID, PushItem] = {}
        with self._uow() as uow:
            stmt = (
                select(OutboxEntry)
                .where(OutboxEntry.status.in_([OutboxStatus.PENDING, OutboxStatus.REJECTED]))
                .order_by(OutboxEntry.local_seq)
            )
            for entry in uow.session.scalars(stmt):
                chain = chain_of(entry.kind, entry.record_uuid, entry.payload)
                row_state = RowState(entry.status.value)
                rows.append(
                    QueueRow(
                        entry.client_uuid, entry.local_seq, row_state, chain, entry.resubmitted_as
                    )
                )
                if row_state is RowState.PENDING:
                    items[entry.client_uuid] = PushItem(
                        client_uuid=entry.client_uuid,
                        device_id=entry.device_id,
                        local_seq=entry.local_seq,
                        kind=entry.kind,
                        record_uuid=entry.record_uuid,
                        payload=entry.payload,
                    )
        return PushQueue(rows), items

    def _push(self, tally: _Tally) -> None:
        queue, items = self._load_queue()
        try:
            while batch := queue.next_batch(self.batch_size):
                outgoing = [items[client_uuid] for client_uuid in batch]
                response = self._send(outgoing, tally)
                self._settle(outgoing, response, queue, tally)
                tally.batches += 1
                self._notify()
        finally:
            tally.held_back = queue.held_back()

    def _send(self, outgoing: Sequence[PushItem], tally: _Tally) -> PushResponse:
        def unanswered(error: Retryable) -> None:
            tally.unanswered += 1
            self._failed_attempt([i.client_uuid for i in outgoing], error.code)

        try:
            response = self._retrying(lambda: self.api.push(outgoing), unanswered)
        except RuleRefused as error:
            if error.code != CONFLICT_CODE:
                raise
            conflicts = error.conflicts
            self._failed_attempt(conflicts, CONFLICT_CODE)
            log.error("push refused: %d client uuid(s) reused with other content", len(conflicts))
            raise PushConflict(len(conflicts), status=error.status, body=error.body) from None
        sent = [item.client_uuid for item in outgoing]
        if [r.client_uuid for r in response.results] != sent:
            raise BadResponse(status=200)
        return response

    def _failed_attempt(self, client_uuids: Sequence[UUID], error: str) -> None:
        with self._uow() as uow:
            outbox_rules.record_failed_attempt(uow, client_uuids, error)
            uow.commit()

    def _settle(
        self,
        outgoing: Sequence[PushItem],
        response: PushResponse,
        queue: PushQueue,
        tally: _Tally,
    ) -> None:
        settled: list[tuple[PushItem, Settled]] = []
        with self._uow() as uow:
            for item, answer in zip(outgoing, response.results, strict=True):
                outcome = settle_result(uow, item, answer)
                settled.append((item, outcome))
                if outcome is Settled.SENT:
                    if answer.duplicate:
                        tally.duplicates += 1
                    else:
                        tally.accepted += 1
                elif outcome is Settled.REJECTED:
                    tally.rejected += 1
                else:
                    tally.retry_later += 1
            uow.commit()
        # Only after the commit: a crash before it leaves the rows pending, to push again.
        for item, outcome in settled:
            queue.settle(item.client_uuid, outcome)

    # -- pull ---------------------------------------------------------------------------

    def _pull(self, tally: _Tally) -> int | None:
        """Pull until the server says there is no more; the newest faskes version seen."""
        with self._uow() as uow:
            cursor = state.cursor(uow)
        applied = Applied()
        while True:
            start = cursor
            page = self._retrying(functools.partial(self.api.pull, start, self.pull_limit))
            with self._uow() as uow:
                for entry in page.entries:
                    apply_entry(uow, entry, applied)
                uow.sync_state.set(state.CURSOR, page.next_cursor)
                uow.commit()
            tally.pulled += len(page.entries)
            cursor = page.next_cursor
            if not page.more or cursor <= start:
                break
        tally.applied = applied.changed
        tally.cursor = cursor
        return applied.faskes_version

    # -- reference data -----------------------------------------------------------------

    def _refresh_reference(self, tally: _Tally, notified: int | None) -> None:
        now = self.clock.now()
        with self._uow() as uow:
            local = state.faskes_version(uow)
            checked = uow.sync_state.get(state.REFERENCE_CHECKED)
        stale = not isinstance(checked, str) or (
            datetime.fromisoformat(checked) + self.reference_every <= now
        )
        if local is not None and not stale and (notified is None or notified <= local):
            return
        snapshot = self._retrying(lambda: self.api.faskes_snapshot(local))
        with self._uow() as uow:
            if snapshot.changed and snapshot.facilities is not None:
                payload = snapshot.model_dump(mode="json")
                uow.reference.put(state.FASKES_KIND, str(snapshot.version), payload)
                tally.faskes_version = snapshot.version
            uow.sync_state.set(state.REFERENCE_CHECKED, now.isoformat())
            uow.commit()


def _translated(error: SyncError) -> SyncError:
    """The engine's own class for the 401 that means "revoked"."""
    if isinstance(error, Unauthorized) and error.code == REVOKED_CODE:
        if isinstance(error, DeviceRevoked):
            return error
        return DeviceRevoked(status=error.status, body=error.body)
    return error
