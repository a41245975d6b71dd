"""The bridge from the board's feed thread to the GUI thread: Qt signals, nothing else.

Owns `FeedBridge`, a `FeedSink` whose methods only emit signals (Qt queues them onto the
GUI thread, so slots may touch widgets), and `FeedThread`, which runs a `BoardFeed` on a
daemon thread and stops it with a bounded join. Decides nothing about what the board
shows (`board.app` does) and never touches a widget.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from anjungan.board.events import BoardFeed, FeedMode
from anjungan.core.wire.queue import BoardState as BoardSnapshot
from anjungan.core.wire.queue import QueueEventOut


class FeedBridge(QObject):
    """Implements `events.FeedSink`; emitted from the feed thread, received on the GUI's."""

    snapshot_received = Signal(object)  # BoardSnapshot
    events_received = Signal(object)  # list[QueueEventOut]
    heartbeat = Signal()
    mode_changed = Signal(str)  # FeedMode value

    def snapshot(self, snapshot: BoardSnapshot) -> None:
        self.snapshot_received.emit(snapshot)

    def events(self, events: list[QueueEventOut]) -> None:
        self.events_received.emit(list(events))

    def alive(self) -> None:
        self.heartbeat.emit()

    def mode(self, mode: FeedMode) -> None:
        self.mode_changed.emit(mode.value)


class FeedThread:
    """Runs ``feed.run()`` in the background; `stop` returns within ``timeout``."""

    def __init__(self, feed: BoardFeed) -> None:
        self.feed = feed
        self._thread = threading.Thread(target=feed.run, name="board-feed", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        """True when the thread has ended."""
        self.feed.stop()
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()
