"""Fixtures of the board's GUI tests: a live queue office and a board wired to it.

The board is built the way `anjungan board` builds it, with a recording player instead
of a sound card, the office's fixed clock, short feed timings and Indonesian text.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from anjungan.board.app import Board, BoardTimings, build_board
from anjungan.board.events import FeedSettings
from anjungan.core.clock import FixedClock
from anjungan.core.config import DeviceConfig
from tests.integration.board.server import QueueOffice, queue_office


@dataclass
class Played:
    segments: tuple[str, ...]
    start: float
    end: float


@dataclass
class RecordingPlayer:
    """Stands in for the speakers: takes ``seconds`` per call and records each one."""

    seconds: float = 0.15
    played: list[Played] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def play(self, segments: Sequence[str]) -> None:
        start = time.monotonic()
        time.sleep(self.seconds)
        with self.lock:
            self.played.append(Played(tuple(segments), start, time.monotonic()))

    def heard(self) -> list[tuple[str, ...]]:
        with self.lock:
            return [p.segments for p in self.played]


def fast_feed(url: str, token: str) -> FeedSettings:
    return FeedSettings(
        url,
        token,
        connect_timeout_s=2.0,
        read_timeout_s=3.0,
        backoff_start_s=0.05,
        backoff_max_s=0.3,
        fallback_after=100,
        min_stream_s=0.0,
    )


@pytest.fixture
def office(tmp_path: Path) -> Iterator[QueueOffice]:
    with queue_office(tmp_path) as running:
        yield running


BoardFactory = Callable[..., tuple[Board, RecordingPlayer]]


@pytest.fixture
def make_board(qapp: QApplication, qtbot: Any) -> Iterator[BoardFactory]:
    built: list[Board] = []

    def make(
        url: str,
        token: str,
        clock: FixedClock,
        *,
        timings: BoardTimings | None = None,
        connect: bool = True,
    ) -> tuple[Board, RecordingPlayer]:
        player = RecordingPlayer()
        config = DeviceConfig(office="MPP Kota Balikpapan", language="id", server_url=url)
        board = build_board(
            qapp,
            config,
            player=player,
            clock=clock,
            timings=timings or BoardTimings(),
            feed_settings=fast_feed(url, token),
            connect=connect,
        )
        qtbot.addWidget(board.window)
        board.window.resize(1920, 1080)
        board.window.show()
        qtbot.waitExposed(board.window)
        built.append(board)
        return board, player

    yield make
    for board in built:
        board.shutdown()
        board.languages.set_language("en")  # leave the application as found
