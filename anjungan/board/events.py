"""The board's connection to the server's queue: snapshot, event stream, polling fallback.

Owns `BoardFeed`, a blocking loop for a worker thread (`board.bridge` runs it and turns
its output into Qt signals). It reads the board snapshot (`GET /v1/queue/board`), then
follows the server-sent event stream (`GET /v1/queue/events/stream`) with
``Last-Event-ID`` = the last event it delivered, so a dropped connection resumes without
losing or repeating a call; it reconnects with exponential backoff and jitter, and after
several failed stream attempts in a row polls the JSON pages (`GET /v1/queue/events
?after=`) instead, trying the stream again now and then. Every request has connect and
read timeouts. It re-reads the snapshot every minute to correct the waiting counts.
It never touches Qt or the board's picture: `board.state` (re-exported here as
`BoardState`) turns what it delivers into what the board shows.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import pydantic
import requests

from anjungan.board.state import BoardState, apply_event, apply_events, from_snapshot, resync
from anjungan.core.errors import AnjunganError
from anjungan.core.wire.queue import BoardState as BoardSnapshot
from anjungan.core.wire.queue import QueueEventOut, QueueEventPage

__all__ = [
    "BoardFeed",
    "BoardState",
    "FeedMode",
    "FeedSettings",
    "FeedSink",
    "SseMessage",
    "SseParser",
    "apply_event",
    "apply_events",
    "from_snapshot",
    "resync",
]

log = logging.getLogger(__name__)

BOARD_PATH = "/v1/queue/board"
STREAM_PATH = "/v1/queue/events/stream"
EVENTS_PATH = "/v1/queue/events"
PAGE_LIMIT = 500


class FeedError(AnjunganError):
    """The server could not be read; the feed retries by itself."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Papan antrean tidak dapat membaca server antrean; menyambung ulang.",
            f"The queue board cannot read the queue server ({detail}); reconnecting.",
        )


class FeedRefused(FeedError):
    """The server refused the board's token (401/403): retrying will not help until an
    administrator enrolls the board again."""

    def __init__(self, status: int) -> None:
        AnjunganError.__init__(
            self,
            "Server menolak token papan antrean. Minta administrator mendaftarkan papan ini "
            "lagi dan isi token baru di berkas konfigurasinya.",
            f"The server refused this board's token (HTTP {status}). Ask the administrator "
            "to enroll the board again and put the new token in its configuration file.",
        )


class FeedMode(StrEnum):
    CONNECTING = "connecting"
    LIVE = "live"
    """Following the event stream."""
    POLLING = "polling"
    """The stream failed repeatedly; asking for event pages instead."""
    RECONNECTING = "reconnecting"
    REFUSED = "refused"


class FeedSink(Protocol):
    """Where the feed delivers, on its own thread (the bridge re-emits as signals)."""

    def snapshot(self, snapshot: BoardSnapshot) -> None: ...

    def events(self, events: list[QueueEventOut]) -> None: ...

    def alive(self) -> None:
        """The server answered (an event, a keep-alive or a poll): data is fresh."""
        ...

    def mode(self, mode: FeedMode) -> None: ...


@dataclass(frozen=True)
class FeedSettings:
    server_url: str
    token: str
    connect_timeout_s: float = 3.05
    read_timeout_s: float = 40.0
    """Longer than the server's keep-alive interval (15 s): silence beyond it is a fault."""
    backoff_start_s: float = 0.5
    backoff_max_s: float = 15.0
    fallback_after: int = 3
    """Failed stream attempts in a row before polling instead."""
    poll_interval_s: float = 2.0
    stream_retry_s: float = 60.0
    """While polling, try the stream again this often."""
    resync_s: float = 60.0
    min_stream_s: float = 1.0
    """A stream that ends sooner than this counts as a failure (no reconnect storm)."""

    def url(self, path: str) -> str:
        return self.server_url.rstrip("/") + path


# --- server-sent events ----------------------------------------------------------------


@dataclass(frozen=True)
class SseMessage:
    id: str | None
    event: str
    data: str


class SseParser:
    """The text/event-stream format (WHATWG HTML "server-sent events"), one line at a
    time: ``feed(line)`` returns a message when a blank line completes one."""

    def __init__(self) -> None:
        self.last_id: str | None = None
        self.retry_ms: int | None = None
        self._event = ""
        self._data: list[str] = []

    def feed(self, line: str) -> SseMessage | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment: the server's keep-alive
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self.last_id = value
        elif name == "retry" and value.isdigit():
            self.retry_ms = int(value)
        return None

    def _dispatch(self) -> SseMessage | None:
        data, event = self._data, self._event
        self._data, self._event = [], ""
        if not data:
            return None
        return SseMessage(self.last_id, event or "message", "\n".join(data))


def iter_lines(chunks: Iterator[bytes]) -> Iterator[str]:
    """Split a byte stream into lines as they arrive (LF or CRLF); UTF-8 per whole line,
    so a character split across two network reads is never garbled."""
    buffer = b""
    for chunk in chunks:
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            yield line.removesuffix(b"\r").decode("utf-8", errors="replace")
    if buffer:
        yield buffer.removesuffix(b"\r").decode("utf-8", errors="replace")


# --- the feed --------------------------------------------------------------------------


class BoardFeed:
    """``BoardFeed(settings, sink).run()`` blocks until `stop()` (from any thread)."""

    def __init__(
        self,
        settings: FeedSettings,
        sink: FeedSink,
        *,
        session: requests.Session | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self._sink = sink
        self._session = session or requests.Session()
        if settings.token:
            self._session.headers["Authorization"] = f"Bearer {settings.token}"
        self._rng = rng or random.Random()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._response: requests.Response | None = None
        self.cursor: int | None = None
        self._stream_failures = 0
        self._failures = 0
        self._next_resync = 0.0
        self._mode: FeedMode | None = None

    # -- control -----------------------------------------------------------------------------
    def stop(self) -> None:
        """Make `run` return soon: the open stream is closed under its reader."""
        self._stop.set()
        with self._lock:
            response = self._response
        if response is not None:
            response.close()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        self._set_mode(FeedMode.CONNECTING)
        try:
            while not self._stop.is_set():
                self._run_once()
        finally:
            self._session.close()

    def _run_once(self) -> None:
        try:
            if self.cursor is None:
                self._load_snapshot()
            if self._stream_failures >= self.settings.fallback_after:
                self._poll_for(self.settings.stream_retry_s)
                # One more chance for the stream; a failure comes straight back here.
                self._stream_failures = self.settings.fallback_after - 1
            else:
                self._stream()
        except FeedRefused as refused:
            log.error("%s", refused.message_en)
            self._set_mode(FeedMode.REFUSED)
            self._stop.wait(self.settings.backoff_max_s)
        except Exception as exc:
            if self._stop.is_set():
                return  # stop() closed the stream under its reader: not a fault
            self._failures += 1
            expected = (FeedError, requests.RequestException, pydantic.ValidationError)
            # The board must outlive any fault; an unexpected one is logged in full.
            log.log(
                logging.WARNING if isinstance(exc, expected) else logging.ERROR,
                "queue feed: %s (attempt %d)",
                type(exc).__name__,
                self._failures,
                exc_info=not isinstance(exc, expected),
            )
            self._set_mode(FeedMode.RECONNECTING)
            self._stop.wait(self._backoff())

    def _backoff(self) -> float:
        s = self.settings
        delay = min(s.backoff_max_s, s.backoff_start_s * 2 ** max(0, self._failures - 1))
        return delay * (0.5 + self._rng.random() / 2)  # jitter: boards do not stampede

    def _set_mode(self, mode: FeedMode) -> None:
        if mode is not self._mode:
            self._mode = mode
            self._sink.mode(mode)

    # -- requests ------------------------------------------------------------------------------
    def _timeouts(self) -> tuple[float, float]:
        return (self.settings.connect_timeout_s, self.settings.read_timeout_s)

    def _get(self, path: str, **params: int) -> requests.Response:
        response = self._session.get(
            self.settings.url(path), params=params or None, timeout=self._timeouts()
        )
        _check(response)
        return response

    def _load_snapshot(self) -> None:
        snapshot = BoardSnapshot.model_validate_json(self._get(BOARD_PATH).content)
        if self.cursor is None:
            self.cursor = snapshot.last_event_id
        self._next_resync = time.monotonic() + self.settings.resync_s
        self._sink.snapshot(snapshot)
        self._sink.alive()

    def _maybe_resync(self) -> None:
        if time.monotonic() >= self._next_resync:
            self._load_snapshot()

    def _deliver(self, events: list[QueueEventOut]) -> None:
        fresh = [e for e in events if self.cursor is None or e.id > self.cursor]
        if fresh:
            self.cursor = fresh[-1].id
            self._sink.events(fresh)

    def _stream(self) -> None:
        started = time.monotonic()
        try:
            self._follow_stream()
        except Exception:
            if not self._stop.is_set():
                self._stream_failures += 1
            raise
        if not self._stop.is_set() and time.monotonic() - started < self.settings.min_stream_s:
            self._stream_failures += 1
            raise FeedError("the event stream ended at once")

    def _follow_stream(self) -> None:
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}
        if self.cursor is not None:
            headers["Last-Event-ID"] = str(self.cursor)
        response = self._session.get(
            self.settings.url(STREAM_PATH), headers=headers, stream=True, timeout=self._timeouts()
        )
        with self._lock:
            self._response = response
        try:
            _check(response)
            if self._stop.is_set():
                return
            self._stream_failures = 0
            self._failures = 0
            self._set_mode(FeedMode.LIVE)
            self._read_stream(response)
        finally:
            with self._lock:
                self._response = None
            response.close()

    def _read_stream(self, response: requests.Response) -> None:
        parser = SseParser()
        last_alive = 0.0
        for line in iter_lines(response.iter_content(chunk_size=None)):
            if self._stop.is_set():
                return
            now = time.monotonic()
            if now - last_alive >= 0.5:  # one liveness signal per half second is plenty
                self._sink.alive()
                last_alive = now
            message = parser.feed(line)
            if message is not None and message.id is not None:
                self._on_message(message)
            self._maybe_resync()

    def _on_message(self, message: SseMessage) -> None:
        try:
            event = QueueEventOut.model_validate_json(message.data)
        except pydantic.ValidationError:
            # Skip it rather than stall on it forever; its id still moves the cursor.
            log.error("queue event %s could not be read; skipped", message.id)
            if message.id and message.id.isdigit():
                self.cursor = max(self.cursor or 0, int(message.id))
            return
        self._deliver([event])

    def _poll_for(self, seconds: float) -> None:
        until = time.monotonic() + seconds
        while not self._stop.is_set() and time.monotonic() < until:
            page = QueueEventPage.model_validate_json(
                self._get(EVENTS_PATH, after=self.cursor or 0, limit=PAGE_LIMIT).content
            )
            self._failures = 0
            self._set_mode(FeedMode.POLLING)
            self._sink.alive()
            self._deliver(list(page.events))
            self._maybe_resync()
            if not page.more:
                self._stop.wait(self.settings.poll_interval_s)


def _check(response: requests.Response) -> None:
    if response.status_code in (401, 403):
        response.close()
        raise FeedRefused(response.status_code)
    if response.status_code != 200:
        response.close()
        raise FeedError(f"HTTP {response.status_code}")
