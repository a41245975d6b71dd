"""The board against the real server: a call made at a counter appears, flashes and is
announced; simultaneous calls are announced one after the other; a dropped connection
resumes and replays the missed calls; the watchdog says "menyambung ulang" when the
server stops. Every wait is bounded (qtbot.waitUntil timeouts).
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any

from anjungan.board.announce import announcement_segments
from anjungan.board.app import BoardTimings
from anjungan.core.clock import FixedClock
from anjungan.core.info import running_text
from anjungan.core.wire.queue import BoardCounter, BoardState, QueueEventOut
from tests.gui.board.conftest import BoardFactory
from tests.integration.board.server import QueueOffice

WAIT_MS = 10_000


def wait_connected(qtbot: Any, board: Any, counters: list[int]) -> None:
    qtbot.waitUntil(lambda: list(board.view.tiles) == counters, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: board.view.status_text == "", timeout=WAIT_MS)


def test_a_call_made_at_a_counter_appears_on_the_board_flashing_and_is_announced(
    office: QueueOffice, make_board: BoardFactory, qtbot: Any
) -> None:
    office.set_counter(1)
    office.set_counter(2)
    board, player = make_board(office.board_url, office.tokens["board"], office.clock)
    wait_connected(qtbot, board, [1, 2])
    office.issue()
    office.call_next(2)
    tile = board.view.tiles[2]
    qtbot.waitUntil(lambda: tile.ticket.text() == "A001", timeout=WAIT_MS)
    assert tile.flashing and not board.view.tiles[1].flashing
    assert board.view.recent.tickets[0].text() == "A001"
    qtbot.waitUntil(lambda: len(player.heard()) == 1, timeout=WAIT_MS)
    assert player.heard() == [
        (
            "chime",
            "nomor_antrean",
            "huruf_a",
            "nol",
            "nol",
            "satu",
            "silakan_menuju",
            "loket",
            "dua",
        )
    ]
    assert board.view.waiting.counts[0].text() == "0"


def test_two_calls_made_at_once_are_announced_one_after_the_other(
    office: QueueOffice, make_board: BoardFactory, qtbot: Any
) -> None:
    office.set_counter(1)
    office.set_counter(12)
    board, player = make_board(office.board_url, office.tokens["board"], office.clock)
    wait_connected(qtbot, board, [1, 12])
    office.issue()
    office.issue("family_change")
    barrier = threading.Barrier(2)

    def press(counter: int) -> None:
        barrier.wait(timeout=5)
        office.call_next(counter)

    threads = [threading.Thread(target=press, args=(n,)) for n in (1, 12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    qtbot.waitUntil(lambda: len(player.heard()) == 2, timeout=WAIT_MS)
    first, second = player.played
    assert second.start >= first.end, "two announcements overlapped"
    shown = {n: board.view.tiles[n].ticket.text() for n in (1, 12)}
    expected = {tuple(announcement_segments(label, n)) for n, label in shown.items()}
    assert {first.segments, second.segments} == expected
    assert sorted(shown.values()) == ["A001", "B001"]


def test_after_a_dropped_connection_the_board_resumes_and_replays_the_missed_calls(
    office: QueueOffice, make_board: BoardFactory, qtbot: Any
) -> None:
    office.set_counter(1)
    office.set_counter(2)
    board, player = make_board(office.board_url, office.tokens["board"], office.clock)
    wait_connected(qtbot, board, [1, 2])
    office.proxy.refuse = True
    office.proxy.cut()
    for _ in range(3):
        office.issue()
    office.call_next(1)
    office.call_next(2)
    office.call_next(1)  # counter 1 calls again: A003 replaces A001 there
    office.proxy.refuse = False
    qtbot.waitUntil(lambda: board.view.tiles[1].ticket.text() == "A003", timeout=WAIT_MS)
    assert board.view.tiles[2].ticket.text() == "A002"
    assert [t.text() for t in board.view.recent.tickets[:3]] == ["A003", "A002", "A001"]
    qtbot.waitUntil(lambda: len(player.heard()) == 3, timeout=WAIT_MS)
    assert [s[2:6] for s in player.heard()] == [
        ("huruf_a", "nol", "nol", "satu"),
        ("huruf_a", "nol", "nol", "dua"),
        ("huruf_a", "nol", "nol", "tiga"),
    ]


def test_the_watchdog_shows_reconnecting_when_the_server_stops(
    office: QueueOffice, make_board: BoardFactory, qtbot: Any
) -> None:
    office.set_counter(1)
    timings = BoardTimings(stale_after_s=1.5, watchdog_ms=100)
    board, _ = make_board(office.board_url, office.tokens["board"], office.clock, timings=timings)
    wait_connected(qtbot, board, [1])
    office.issue()
    office.call_next(1)
    qtbot.waitUntil(lambda: board.view.tiles[1].ticket.text() == "A001", timeout=WAIT_MS)
    office.stop()
    qtbot.waitUntil(lambda: board.view.status_text == "Menyambung ulang…", timeout=WAIT_MS)
    assert board.view.overlay.isVisible()
    assert board.view.tiles[1].ticket.text() == "A001"  # the last known call stays visible


def test_the_reconnecting_layer_goes_away_when_data_flows_again(
    office: QueueOffice, make_board: BoardFactory, qtbot: Any
) -> None:
    office.set_counter(1)
    timings = BoardTimings(stale_after_s=1.0, watchdog_ms=100)
    board, _ = make_board(office.board_url, office.tokens["board"], office.clock, timings=timings)
    wait_connected(qtbot, board, [1])
    office.proxy.refuse = True
    office.proxy.cut()
    qtbot.waitUntil(lambda: board.view.status_text == "Menyambung ulang…", timeout=WAIT_MS)
    office.proxy.refuse = False
    qtbot.waitUntil(lambda: board.view.status_text == "", timeout=WAIT_MS)


def test_a_board_with_a_refused_token_says_it_is_not_registered(
    office: QueueOffice, make_board: BoardFactory, qtbot: Any
) -> None:
    board, _ = make_board(office.board_url, "wrong-token", office.clock)
    qtbot.waitUntil(lambda: board.view.status_text == "Papan ini belum terdaftar", timeout=WAIT_MS)
    assert not board.view.overlay.spinner.isVisible()


# --- without a server -------------------------------------------------------------------


def _snapshot(office_clock: FixedClock) -> BoardState:
    return BoardState(
        office_code="MPP-BPN",
        service_date=office_clock.today(),
        counters=[
            BoardCounter(
                number=1, name="Loket 1", label=None, service=None, state=None, called_at=None
            ),
        ],
        lines=[],
        last_event_id=10,
        server_time=office_clock.now(),
    )


def _call(event_id: int, at: datetime, label: str = "A005") -> QueueEventOut:
    return QueueEventOut(
        id=event_id,
        type="called",
        at=at,
        ticket_id=event_id,
        label=label,
        service="new_registration",
        counter=1,
        counter_name="Loket 1",
        detail={},
    )


def test_a_call_replayed_long_after_it_was_made_is_shown_but_not_announced(
    make_board: BoardFactory, qtbot: Any
) -> None:
    clock = FixedClock()
    board, player = make_board("http://127.0.0.1:9", "t", clock, connect=False)
    board.bridge.snapshot(_snapshot(clock))
    board.bridge.events([_call(11, clock.now() - timedelta(minutes=20), "A004")])
    board.bridge.events([_call(12, clock.now() - timedelta(seconds=30), "A005")])
    assert board.view.tiles[1].ticket.text() == "A005"
    assert board.announcer.wait_idle(timeout=5)
    assert [s[2:6] for s in player.heard()] == [("huruf_a", "nol", "nol", "lima")]


def test_the_board_speaks_indonesian_and_shows_the_running_text(
    make_board: BoardFactory, qtbot: Any
) -> None:
    clock = FixedClock()
    board, _ = make_board("http://127.0.0.1:9", "t", clock, connect=False)
    assert board.view.calls_heading.text() == "Sedang dipanggil"
    assert board.view.status_text == "Menghubungkan ke server antrean…"
    assert board.view.ticker.text.startswith(running_text("id")[0])
    assert board.view.date.text() == "Senin, 23 November 2026"
    start = board.view.ticker.offset
    qtbot.waitUntil(lambda: board.view.ticker.offset != start, timeout=2000)


def test_a_demo_window_smaller_than_the_tv_scales_down_so_nothing_is_cut(
    make_board: BoardFactory, qtbot: Any
) -> None:
    clock = FixedClock()
    board, _ = make_board("http://127.0.0.1:9", "t", clock, connect=False)
    board.bridge.snapshot(_snapshot(clock))
    board.window.resize(1280, 720)
    qtbot.waitUntil(lambda: board.view.size().height() == 720, timeout=2000)
    hint = board.view.layout().minimumSize()  # type: ignore[union-attr]
    assert hint.height() <= 720 and hint.width() <= 1280
    big = board.view.title.font().pixelSize()
    board.window.resize(1920, 1080)
    qtbot.waitUntil(lambda: board.view.title.font().pixelSize() > big, timeout=2000)
