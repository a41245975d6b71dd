"""The board's feed against the real server: snapshot, live calls, resume after a
dropped connection (Last-Event-ID), polling fallback, a refused token, a prompt stop.

Every wait is bounded (`wait_for`, thread joins with timeouts).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import requests

from anjungan.board.events import STREAM_PATH, BoardFeed, FeedMode, FeedSettings
from anjungan.core.wire.queue import BoardState as BoardSnapshot
from anjungan.core.wire.queue import QueueEventOut
from tests.integration.board.server import QueueOffice

WAIT_S = 10.0


class RecordingSink:
    def __init__(self) -> None:
        self.snapshots: list[BoardSnapshot] = []
        self.received: list[QueueEventOut] = []
        self.modes: list[FeedMode] = []
        self.alive_count = 0
        self.lock = threading.Lock()

    def snapshot(self, snapshot: BoardSnapshot) -> None:
        with self.lock:
            self.snapshots.append(snapshot)

    def events(self, events: list[QueueEventOut]) -> None:
        with self.lock:
            self.received.extend(events)

    def alive(self) -> None:
        with self.lock:
            self.alive_count += 1

    def mode(self, mode: FeedMode) -> None:
        with self.lock:
            self.modes.append(mode)

    def calls(self) -> list[tuple[str | None, int | None]]:
        with self.lock:
            return [(e.label, e.counter) for e in self.received if e.type == "called"]


def wait_for(condition: Callable[[], Any], what: str, timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def fast(url: str, token: str, **overrides: Any) -> FeedSettings:
    values: dict[str, Any] = {
        "connect_timeout_s": 2.0,
        "read_timeout_s": 3.0,
        "backoff_start_s": 0.05,
        "backoff_max_s": 0.2,
        "fallback_after": 100,
        "poll_interval_s": 0.1,
        "min_stream_s": 0.0,
    }
    values.update(overrides)
    return FeedSettings(url, token, **values)


@contextmanager
def running(feed: BoardFeed) -> Iterator[threading.Thread]:
    thread = threading.Thread(target=feed.run, daemon=True)
    thread.start()
    try:
        yield thread
    finally:
        feed.stop()
        thread.join(timeout=5)
        assert not thread.is_alive(), "the feed did not stop within 5 s"


def test_feed_reads_the_snapshot_then_delivers_a_call_made_at_a_counter(
    office: QueueOffice,
) -> None:
    office.set_counter(2)
    sink = RecordingSink()
    feed = BoardFeed(fast(office.board_url, office.tokens["board"]), sink)
    with running(feed):
        wait_for(lambda: FeedMode.LIVE in sink.modes, "the stream")
        assert [c.number for c in sink.snapshots[0].counters] == [2]
        office.issue()
        office.call_next(2)
        wait_for(sink.calls, "the call")
    assert sink.calls() == [("A001", 2)]
    assert [e.type for e in sink.received] == ["issued", "handed_out", "called"]


def test_stream_resumes_after_a_dropped_connection_and_replays_the_missed_calls(
    office: QueueOffice,
) -> None:
    office.set_counter(1)
    office.set_counter(2)
    sink = RecordingSink()
    feed = BoardFeed(fast(office.board_url, office.tokens["board"]), sink)
    with running(feed):
        office.issue()
        office.call_next(1)
        wait_for(lambda: sink.calls() == [("A001", 1)], "the first call")
        office.proxy.refuse = True
        office.proxy.cut()
        wait_for(lambda: sink.modes[-1] is FeedMode.RECONNECTING, "the drop to be noticed")
        # Made while the board is cut off: only a resume can bring them.
        office.issue()
        office.issue()
        office.call_next(2)
        office.call_next(1)
        office.proxy.refuse = False
        wait_for(lambda: len(sink.calls()) == 3, "the missed calls")
    assert sink.calls() == [("A001", 1), ("A002", 2), ("A003", 1)]
    ids = [e.id for e in sink.received]
    assert ids == sorted(set(ids)), "an event was lost, repeated or reordered"
    assert FeedMode.POLLING not in sink.modes  # the stream itself resumed
    assert sink.modes[-1] is FeedMode.LIVE


class NoStreamSession(requests.Session):
    """A network path that breaks long-lived responses (some proxies do)."""

    def get(self, url: str | bytes, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if str(url).endswith(STREAM_PATH):
            raise requests.ConnectionError("stream blocked by the test")
        return super().get(url, **kwargs)


def test_feed_falls_back_to_polling_when_the_stream_fails_repeatedly(
    office: QueueOffice,
) -> None:
    office.set_counter(3)
    sink = RecordingSink()
    settings = fast(office.board_url, office.tokens["board"], fallback_after=2)
    feed = BoardFeed(settings, sink, session=NoStreamSession())
    with running(feed):
        wait_for(lambda: FeedMode.POLLING in sink.modes, "polling")
        office.issue()
        office.call_next(3)
        wait_for(sink.calls, "the call by polling")
    assert sink.calls() == [("A001", 3)]
    assert FeedMode.LIVE not in sink.modes


def test_a_refused_token_is_reported_as_refused_not_retried_as_a_network_fault(
    office: QueueOffice,
) -> None:
    sink = RecordingSink()
    feed = BoardFeed(fast(office.board_url, "not-a-token"), sink)
    with running(feed):
        wait_for(lambda: FeedMode.REFUSED in sink.modes, "the refusal")
    assert FeedMode.RECONNECTING not in sink.modes
    assert not sink.snapshots


def test_stop_ends_an_open_stream_at_once(office: QueueOffice) -> None:
    sink = RecordingSink()
    feed = BoardFeed(fast(office.board_url, office.tokens["board"], read_timeout_s=30), sink)
    thread = threading.Thread(target=feed.run, daemon=True)
    thread.start()
    wait_for(lambda: FeedMode.LIVE in sink.modes, "the stream")
    started = time.monotonic()
    feed.stop()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert time.monotonic() - started < 2.0


def test_the_feed_rereads_the_snapshot_now_and_then_to_correct_the_counts(
    office: QueueOffice,
) -> None:
    office.set_counter(1)
    sink = RecordingSink()
    feed = BoardFeed(fast(office.board_url, office.tokens["board"], resync_s=0.3), sink)
    with running(feed):
        wait_for(lambda: FeedMode.LIVE in sink.modes, "the stream")
        office.issue()
        wait_for(lambda: len(sink.snapshots) >= 3, "two more snapshots")
    waiting = {line.service: line.waiting for line in sink.snapshots[-1].lines}
    assert waiting["new_registration"] == 1
    assert sink.snapshots[0].lines[0].waiting == 0
