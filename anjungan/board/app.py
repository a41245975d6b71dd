"""Composition root of the queue board: feed, state, view, voice and the watchdog.

Owns `BoardController`, which folds what the feed delivers into a `BoardState`, renders
it, flashes and announces each new call, and shows "reconnecting" when no event or
keep-alive came for a while (the stale-data watchdog of DESIGN.md data flow 5); and
`build_board` / `run_board`, which wire the pieces from a `DeviceConfig` (its
``server_url`` and the board's device ``token``). Tests build the board here with a
fake player and a fixed clock. The feed runs on its own thread, the voice on another;
the GUI thread only renders.

A call is announced when it is heard live or replayed after a short outage; a call
replayed after a long one (older than `BoardTimings.announce_max_age`) is shown but not
announced, because the person has most likely gone to the counter already.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from anjungan.board.announce import AnnouncementQueue, Player
from anjungan.board.audio import ClipPlayer, system_sink
from anjungan.board.bridge import FeedBridge, FeedThread
from anjungan.board.events import BoardFeed, FeedMode, FeedSettings
from anjungan.board.state import BoardState, Call, apply_events, from_snapshot, resync
from anjungan.board.view import BoardView
from anjungan.core.clock import Clock, SystemClock
from anjungan.core.config import DeviceConfig
from anjungan.core.info import running_text
from anjungan.core.wire.queue import BoardState as BoardSnapshot
from anjungan.core.wire.queue import QueueEventOut
from anjungan.kiosk.ui.i18n import LanguageSwitch

log = logging.getLogger(__name__)

TV_SIZE = (1920, 1080)
DEMO_SIZE = (1280, 720)


@dataclass(frozen=True)
class BoardTimings:
    stale_after_s: float = 45.0
    """No event, keep-alive or poll answer for this long: "reconnecting". Longer than
    the server's keep-alive (15 s) and the feed's read timeout (40 s) together allow."""
    flash_s: float = 6.0
    announce_max_age: timedelta = timedelta(minutes=3)
    watchdog_ms: int = 1000
    clock_ms: int = 1000


class BoardController(QObject):
    """Receives the bridge's signals on the GUI thread; owns the current `BoardState`."""

    def __init__(
        self,
        view: BoardView,
        announcer: AnnouncementQueue,
        clock: Clock,
        language: Callable[[], str],
        timings: BoardTimings,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.announcer = announcer
        self.clock = clock
        self.timings = timings
        self._language = language
        self._monotonic = monotonic
        self.state: BoardState | None = None
        self.refused = False
        self._last_alive = monotonic()
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(timings.watchdog_ms)
        self._watchdog.timeout.connect(self.check_staleness)
        self._ticker = QTimer(self)
        self._ticker.setInterval(timings.clock_ms)
        self._ticker.timeout.connect(self.tick)

    def start(self) -> None:
        self.view.set_running_text(running_text(self._language()))
        self.view.show_connecting()
        self.tick()
        self._watchdog.start()
        self._ticker.start()

    def connect_bridge(self, bridge: FeedBridge) -> None:
        bridge.snapshot_received.connect(self.on_snapshot)
        bridge.events_received.connect(self.on_events)
        bridge.heartbeat.connect(self.on_heartbeat)
        bridge.mode_changed.connect(self.on_mode)

    # -- feed --------------------------------------------------------------------------------
    def on_snapshot(self, snapshot: BoardSnapshot) -> None:
        self.state = from_snapshot(snapshot) if self.state is None else resync(self.state, snapshot)
        self._render()

    def on_events(self, events: list[QueueEventOut]) -> None:
        if self.state is None:
            return  # the feed always sends a snapshot first; nothing to apply onto yet
        self.state, calls = apply_events(self.state, events)
        self._render()
        fresh = [call for call in calls if self._worth_announcing(call)]
        if fresh:
            self.view.flash(fresh[-1].counter, self.timings.flash_s)
        for call in fresh:
            self.announcer.announce(call.label, call.counter)

    def _worth_announcing(self, call: Call) -> bool:
        if call.at is None:
            return False
        return self.clock.now() - call.at <= self.timings.announce_max_age

    def on_heartbeat(self) -> None:
        self._last_alive = self._monotonic()
        self.refused = False
        if self.state is not None:
            self.view.hide_status()

    def on_mode(self, mode: str) -> None:
        self.refused = mode == FeedMode.REFUSED.value
        if self.refused:
            self.view.show_refused()

    def check_staleness(self) -> None:
        """The watchdog: data older than `stale_after_s` is not shown as if current."""
        if self.refused:
            return
        if self._monotonic() - self._last_alive > self.timings.stale_after_s:
            self.view.show_reconnecting()

    # -- display -----------------------------------------------------------------------------
    def tick(self) -> None:
        self.view.set_clock(self.clock.now(), self._language())

    def _render(self) -> None:
        if self.state is not None:
            self.view.show_state(self.state, self._language())

    def retranslate(self) -> None:
        self.view.set_running_text(running_text(self._language()))
        self.tick()
        self._render()


class BoardWindow(QMainWindow):
    def __init__(self, view: BoardView, on_close: Callable[[], None]) -> None:
        super().__init__()
        self.view = view
        self._on_close = on_close
        self.setCentralWidget(view)
        self.setWindowTitle(self.tr("Queue board"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self._on_close()
        super().closeEvent(event)


@dataclass(frozen=True)
class Board:
    """What `build_board` wired: the window and the parts tests reach into."""

    window: BoardWindow
    view: BoardView
    controller: BoardController
    bridge: FeedBridge
    announcer: AnnouncementQueue
    languages: LanguageSwitch
    feed: FeedThread | None

    def shutdown(self) -> None:
        """Stop the feed and the voice (each bounded); safe to call twice."""
        self.window.close()


def build_board(
    app: QApplication,
    config: DeviceConfig,
    *,
    player: Player | None = None,
    clock: Clock | None = None,
    timings: BoardTimings | None = None,
    feed_settings: FeedSettings | None = None,
    connect: bool = True,
) -> Board:
    """The board for ``config``; ``connect=False`` leaves the feed out (screenshots)."""
    languages = LanguageSwitch(app)
    languages.set_language(config.language)
    timings = timings or BoardTimings()
    view = BoardView(config.office)
    announcer = AnnouncementQueue(player or ClipPlayer(system_sink()))
    controller = BoardController(
        view, announcer, clock or SystemClock(), lambda: languages.language, timings
    )
    bridge = FeedBridge(view)
    controller.connect_bridge(bridge)
    feed = None
    if connect:
        settings = feed_settings or FeedSettings(config.server_url, config.token)
        feed = FeedThread(BoardFeed(settings, bridge))

    def shutdown() -> None:
        if feed is not None:
            feed.stop()
        announcer.close()

    window = BoardWindow(view, shutdown)
    board = Board(window, view, controller, bridge, announcer, languages, feed)
    controller.start()
    if feed is not None:
        feed.start()
    return board


def run_board(config: DeviceConfig, *, quit_after: float = 0.0) -> int:
    """``anjungan board``: fullscreen on the TV, or a window when not ``fullscreen``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if not config.token:
        log.warning("no board token in the configuration: the server will refuse the board")
    board = build_board(app, config)
    if config.fullscreen:
        board.window.showFullScreen()
    else:
        board.window.resize(*DEMO_SIZE)
        board.window.show()
    if quit_after > 0:
        # Used by the CLI test: prove the window opens, then leave cleanly.
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        return app.exec()
    finally:
        board.shutdown()
