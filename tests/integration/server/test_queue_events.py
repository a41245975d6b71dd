"""Queue events for boards and counters: the SSE stream, its Last-Event-ID resume, the
polling fallback, keep-alives and a clean end on server shutdown.

Every stream read is bounded: a socket read timeout, a keep-alive every half second
(so an idle stream still proves it is alive) and an overall deadline per wait.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests

from anjungan.core.clock import FixedClock
from anjungan.server.app import create_app
from anjungan.server.db import Database
from anjungan.server.services.queue_events import open_streams
from anjungan.server.settings import ServerSettings
from tests.helpers.live_server import serve
from tests.integration.server.conftest import Api
from tests.integration.server.test_queue import T, act, call_next, issue, ok, set_counter

KEEPALIVE_S = 0.5
WAIT_S = 10.0


@pytest.fixture
def settings(database_url: str, clock: FixedClock) -> ServerSettings:
    """The suite's settings with a short keep-alive, so idle streams speak quickly."""
    return ServerSettings(database_url=database_url, clock=clock, sse_keepalive_s=KEEPALIVE_S)


@dataclass(frozen=True)
class Message:
    id: int | None
    event: str | None
    data: dict[str, Any] | None
    comment: str | None


class SseReader:
    """Splits a streamed body into SSE messages (blank-line separated)."""

    def __init__(self, response: requests.Response) -> None:
        self.response = response
        self._chunks = response.iter_content(chunk_size=None)
        self._buffer = ""

    def _messages(self) -> Iterator[Message]:
        while True:
            while "\n\n" in self._buffer:
                block, self._buffer = self._buffer.split("\n\n", 1)
                yield _parse(block)
            chunk = next(self._chunks, None)
            if chunk is None:
                return
            self._buffer += chunk.decode("utf-8")

    def events(self, count: int, deadline_s: float = WAIT_S) -> list[Message]:
        """The next ``count`` events (comments skipped); fails after ``deadline_s``."""
        found: list[Message] = []
        deadline = time.monotonic() + deadline_s
        for message in self._messages():
            if message.id is not None:
                found.append(message)
                if len(found) == count:
                    return found
            assert time.monotonic() < deadline, f"only {len(found)} of {count} events came"
        raise AssertionError(f"the stream ended after {len(found)} of {count} events")

    def until_comment(self, text: str, deadline_s: float = WAIT_S) -> list[Message]:
        """Every event before the next comment containing ``text``."""
        found: list[Message] = []
        deadline = time.monotonic() + deadline_s
        for message in self._messages():
            if message.comment is not None and text in message.comment:
                return found
            if message.id is not None:
                found.append(message)
            assert time.monotonic() < deadline, f"no '{text}' comment within {deadline_s} s"
        raise AssertionError("the stream ended")


def _parse(block: str) -> Message:
    fields: dict[str, str] = {}
    comments = []
    for line in block.split("\n"):
        if line.startswith(":"):
            comments.append(line[1:].strip())
        elif ":" in line:
            name, _, value = line.partition(":")
            fields[name] = value.removeprefix(" ")
    return Message(
        id=int(fields["id"]) if "id" in fields else None,
        event=fields.get("event"),
        data=json.loads(fields["data"]) if "data" in fields else None,
        comment=" ".join(comments) if comments else None,
    )


def open_stream(api: Api, role: str = "board", last_event_id: int | None = None) -> SseReader:
    headers = {} if last_event_id is None else {"Last-Event-ID": str(last_event_id)}
    response = api.as_(role).get(
        api.url("/queue/events/stream"), headers=headers, stream=True, timeout=(T, 5)
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    reader = SseReader(response)
    reader.until_comment("connected")  # the stream has taken its starting cursor
    return reader


def poll(api: Api, after: int) -> list[dict[str, Any]]:
    page = ok(api.as_("board").get(api.url("/queue/events"), params={"after": after}, timeout=T))
    events: list[dict[str, Any]] = page["events"]
    return events


def test_a_connected_board_receives_a_call_made_after_it_connected(api: Api) -> None:
    set_counter(api, 3)
    ticket = issue(api)
    reader = open_stream(api)
    with reader.response:
        ok(call_next(api, 3))
        (called,) = reader.events(1)
    assert called.id is not None and called.event == "called" and called.data is not None
    assert (called.data["label"], called.data["counter"], called.data["counter_name"]) == (
        ticket["label"],
        3,
        "Loket 3",
    )
    assert called.data["id"] == called.id


def test_resuming_with_last_event_id_replays_exactly_the_missed_events(api: Api) -> None:
    set_counter(api, 1)
    ticket = issue(api)
    reader = open_stream(api)
    with reader.response:
        ok(call_next(api, 1))
        (seen,) = reader.events(1)
    assert seen.id is not None
    ok(act(api, ticket["id"], "recall"))  # missed while disconnected
    ok(act(api, ticket["id"], "start"))
    missed = poll(api, seen.id)
    assert [e["type"] for e in missed] == ["recalled", "started"]
    resumed = open_stream(api, last_event_id=seen.id)
    with resumed.response:
        replayed = resumed.until_comment("keep-alive")  # nothing more before going idle
        assert [m.id for m in replayed] == [e["id"] for e in missed]
        assert [m.data for m in replayed] == missed  # the same bodies as the polling answer
        ok(act(api, ticket["id"], "finish", {}))
        (live,) = resumed.events(1)
    assert live.event == "finished" and live.id == poll(api, seen.id)[-1]["id"]


def test_polling_pages_through_the_same_events_in_order(api: Api) -> None:
    set_counter(api, 1)
    for _ in range(3):
        issue(api)
    first = ok(api.as_("kiosk").get(api.url("/queue/events"), params={"limit": 4}, timeout=T))
    assert first["more"] is True and len(first["events"]) == 4
    rest = ok(
        api.as_("kiosk").get(
            api.url("/queue/events"), params={"after": first["last_event_id"]}, timeout=T
        )
    )
    assert rest["more"] is False
    ids = [e["id"] for e in first["events"] + rest["events"]]
    assert ids == sorted(ids) and len(ids) == 6  # three issued + three handed out
    empty = ok(api.as_("kiosk").get(api.url("/queue/events"), params={"after": ids[-1]}, timeout=T))
    assert (empty["events"], empty["last_event_id"]) == ([], ids[-1])


def test_an_idle_stream_sends_keep_alive_comments(api: Api) -> None:
    reader = open_stream(api, role="kiosk")
    with reader.response:
        started = time.monotonic()
        assert reader.until_comment("keep-alive", deadline_s=5) == []
        assert time.monotonic() - started < KEEPALIVE_S * 4


def _wait_for(condition: Callable[[], bool], seconds: float = WAIT_S) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_client_that_leaves_ends_its_stream_on_the_server(api: Api) -> None:
    before = open_streams()
    reader = open_stream(api)
    assert open_streams() == before + 1
    reader.response.close()
    assert _wait_for(lambda: open_streams() == before), "the server kept the stream open"


def test_a_bad_last_event_id_is_422_and_no_token_is_401(api: Api) -> None:
    url = api.url("/queue/events/stream")
    bad = api.as_("board").get(url, headers={"Last-Event-ID": "abc"}, timeout=T)
    assert bad.status_code == 422 and bad.json()["field"].endswith("Last-Event-ID")
    assert api.as_("anonymous").get(url, timeout=T).status_code == 401


def test_the_stream_ends_cleanly_when_the_server_shuts_down(
    settings: ServerSettings, db: Database, api: Api
) -> None:
    before = open_streams()
    server = serve(create_app(settings, db))
    base = server.__enter__()
    response = api.as_("board").get(f"{base}/v1/queue/events/stream", stream=True, timeout=(T, 5))
    reader = SseReader(response)
    reader.until_comment("connected")
    stopper = threading.Thread(target=server.__exit__, args=(None, None, None))
    started = time.monotonic()
    stopper.start()
    with response, pytest.raises(AssertionError, match="the stream ended"):
        reader.until_comment("never sent")
    stopper.join(timeout=WAIT_S)
    assert not stopper.is_alive()
    assert _wait_for(lambda: open_streams() == before)
    assert time.monotonic() - started < 5  # not the stream's 30-minute maximum age
