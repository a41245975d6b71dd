"""The event-stream format as the board reads it: fields, comments, lines split anywhere."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from anjungan.board.events import FeedSettings, SseMessage, SseParser, iter_lines

SERVER_BYTES = (
    b"retry: 2000\n: connected\n\n"
    b'id: 41\nevent: called\ndata: {"label":"A017","counter_name":"Loket Dua \xc3\xa9"}\n\n'
    b": keep-alive\n\n"
    b"id: 42\nevent: finished\ndata: {}\n\n"
)


def parse(lines: list[str]) -> tuple[list[SseMessage], SseParser]:
    parser = SseParser()
    found = [m for line in lines if (m := parser.feed(line)) is not None]
    return found, parser


def test_the_servers_messages_come_out_with_id_event_and_data() -> None:
    messages, parser = parse(list(iter_lines(iter([SERVER_BYTES]))))
    assert messages == [
        SseMessage("41", "called", '{"label":"A017","counter_name":"Loket Dua é"}'),
        SseMessage("42", "finished", "{}"),
    ]
    assert parser.retry_ms == 2000
    assert parser.last_id == "42"


@given(st.lists(st.integers(min_value=1, max_value=len(SERVER_BYTES) - 1), max_size=12))
def test_a_stream_split_at_any_bytes_gives_the_same_messages(cuts: list[int]) -> None:
    points = [0, *sorted(set(cuts)), len(SERVER_BYTES)]
    chunks = [SERVER_BYTES[a:b] for a, b in itertools.pairwise(points)]
    assert (
        parse(list(iter_lines(iter(chunks))))[0] == parse(list(iter_lines(iter([SERVER_BYTES]))))[0]
    )


def test_crlf_line_ends_and_multi_line_data_are_read_as_the_standard_says() -> None:
    raw = b"id: 7\r\ndata: first\r\ndata:second\r\n\r\n"
    messages, _ = parse(list(iter_lines(iter([raw]))))
    assert messages == [SseMessage("7", "message", "first\nsecond")]


def test_comments_and_unknown_fields_make_no_message_and_the_id_carries_over() -> None:
    messages, parser = parse([": keep-alive", "", "foo: bar", "", "id: 9", "", "data: x", ""])
    assert messages == [SseMessage("9", "message", "x")]
    assert parser.retry_ms is None


def test_a_retry_that_is_not_a_number_is_ignored() -> None:
    _, parser = parse(["retry: soon", ""])
    assert parser.retry_ms is None


def test_the_server_url_may_end_with_a_slash() -> None:
    settings = FeedSettings("http://10.0.0.5:8765/", "t")
    assert settings.url("/v1/queue/board") == "http://10.0.0.5:8765/v1/queue/board"
