"""Render the queue board to docs/screenshots/board.png at 1920x1080, as on the TV.

Offscreen, without a server: a snapshot of an MPP morning (four counters, the eight
MPP lines with people waiting) and a few calls fed to the board the way its feed
would, with a fixed clock (Monday 23 November 2026, 10:15 WIB) and a silent player.
Look at the picture after changing the board: readable from across a room, nothing
cut off, nothing overlapping.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from anjungan.board.app import TV_SIZE, Board, build_board  # noqa: E402
from anjungan.core.clock import WIB, FixedClock  # noqa: E402
from anjungan.core.config import DeviceConfig  # noqa: E402
from anjungan.core.domain.queue import DEFAULT_SERVICES  # noqa: E402
from anjungan.core.wire.queue import (  # noqa: E402
    BoardCounter,
    BoardLine,
    BoardState,
    QueueEventOut,
)

OUT = ROOT / "docs" / "screenshots" / "board.png"
NOW = datetime(2026, 11, 23, 10, 15, tzinfo=WIB)
WAITING = (7, 3, 2, 5, 4, 1, 0, 9)


class SilentPlayer:
    def play(self, segments: Sequence[str]) -> None:
        return None


def morning_snapshot() -> BoardState:
    counters = [
        BoardCounter(number=1, name="Loket 1", label="A014", service="new_registration",
                     state=None, called_at=NOW - timedelta(minutes=9)),
        BoardCounter(number=2, name="Loket 2", label="D006", service="data_change",
                     state=None, called_at=NOW - timedelta(minutes=6)),
        BoardCounter(number=3, name="Loket 3", label=None, service=None, state=None,
                     called_at=None),
        BoardCounter(number=4, name="Loket 4", label="H021", service="info_complaint",
                     state=None, called_at=NOW - timedelta(minutes=4)),
    ]  # fmt: skip
    lines = [
        BoardLine(service=s.code, prefix=s.prefix, name_id=s.name_id, name_en=s.name_en,
                  waiting=w, last_called=None)
        for s, w in zip(DEFAULT_SERVICES, WAITING, strict=True)
    ]  # fmt: skip
    return BoardState(
        office_code="MPP-BPN",
        service_date=NOW.date(),
        counters=counters,
        lines=lines,
        last_event_id=100,
        server_time=NOW,
    )


def call(
    event_id: int, label: str, service: str, counter: int, minutes_ago: float
) -> QueueEventOut:
    return QueueEventOut(
        id=event_id,
        type="called",
        at=NOW - timedelta(minutes=minutes_ago),
        ticket_id=event_id,
        label=label,
        service=service,
        counter=counter,
        counter_name=f"Loket {counter}",
        detail={"priority": "none"},
    )


def render(app: QApplication) -> Board:
    config = DeviceConfig(office="MPP Kota Balikpapan", language="id")
    board = build_board(app, config, player=SilentPlayer(), clock=FixedClock(NOW), connect=False)
    board.bridge.snapshot(morning_snapshot())
    board.bridge.events(
        [call(101, "B005", "family_change", 3, 1.5), call(102, "A017", "new_registration", 2, 0.1)]
    )
    board.bridge.alive()
    board.window.resize(*TV_SIZE)
    board.window.show()
    for _ in range(10):
        app.processEvents()
    return board


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    board = render(app)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    board.window.grab().save(str(OUT))
    board.shutdown()
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
