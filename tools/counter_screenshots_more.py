"""Helpers of tools/counter_screenshots.py: the shared shot functions, the office server,
and the sync and Reports shots.

The office server is the real central server on loopback (`tests.helpers.demo_server`,
as tools/screenshots.py uses it), with this counter enrolled, three officer accounts and
a month of queue tickets and survey answers, so the sync screen shows what the server
really answered and the Reports screen the server's own figures.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.queue import DEFAULT_SERVICES
from anjungan.counter.app import Counter
from anjungan.server import admin
from tests.helpers.demo_server import OFFICE, demo_server
from tests.helpers.report_seed import TicketSpec, insert_received, insert_tickets

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
NOW = datetime(2026, 11, 23, 10, 15, tzinfo=WIB)
COUNTER_DEVICE = "C-JKT-01"
PASSWORD = "loket-2026!"
OFFICERS = (
    ("petugas01", "officer", "Rina Wulandari"),
    ("petugas02", "officer", "Agus Setiawan"),
    ("kaunit01", "supervisor", "Hendra Gunawan"),
)


# -- shooting ---------------------------------------------------------------------------


def settle(app: QApplication, counter: Counter) -> None:
    for _ in range(5):
        app.processEvents()
    counter.worker.shutdown()  # waits for the database jobs (the pool stays usable)
    for _ in range(5):
        app.processEvents()


def wait_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 30.0) -> None:
    end = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def idle(counter: Counter) -> bool:
    return not (counter.worker.busy or counter.net.busy or counter.sync.busy)


def grab(app: QApplication, counter: Counter, widget: QWidget, name: str) -> Path:
    settle(app, counter)
    path = OUT / f"counter-{name}.png"
    widget.grab().save(str(path))
    return path


def shot(app: QApplication, counter: Counter, name: str, size: tuple[int, int]) -> Path:
    counter.window.resize(*size)
    return grab(app, counter, counter.window, name)


def shot_with_list(
    app: QApplication, counter: Counter, combo: QComboBox, name: str, size: tuple[int, int]
) -> Path:
    """The window with ``combo``'s drop-down list painted open under it."""
    counter.window.resize(*size)
    return grab_with_list(app, counter, counter.window, combo, name)


def grab_with_list(
    app: QApplication, counter: Counter, top: QWidget, combo: QComboBox, name: str
) -> Path:
    """``top`` with ``combo``'s list painted open under the box. The list's own frame is
    rendered, not shown: an offscreen popup cannot grab the keyboard."""
    settle(app, counter)
    view = combo.view()
    container = view.parentWidget()
    assert container is not None  # the list's popup frame, made with the combo
    # No row drawn as current: offscreen, the selected row comes out blank.
    view.selectionModel().clear()
    width = max(combo.width(), view.sizeHintForColumn(0) + 24)
    container.resize(width, combo.count() * view.sizeHintForRow(0) + 6)
    picture = top.grab()
    painter = QPainter(picture)
    try:
        painter.drawPixmap(combo.mapTo(top, QPoint(0, combo.height())), container.grab())
    finally:
        painter.end()
    path = OUT / f"counter-{name}.png"
    picture.save(str(path))
    return path


def type_into(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)


# -- the office server ------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeServer:
    url: str
    counter_token: str


def _tickets(rng: random.Random) -> list[TicketSpec]:
    """Four weeks of an MPP booth: busier mornings, most served, a few no-shows."""
    codes = [s.code for s in DEFAULT_SERVICES]
    weights = [30, 12, 6, 14, 10, 9, 5, 14]
    officers = [username for username, _role, _name in OFFICERS]
    specs = []
    day = date(2026, 11, 2)
    while day <= NOW.date():
        if day.weekday() < 5:
            for _ in range(rng.randint(28, 46) if day < NOW.date() else 14):
                minute = int(min(470, abs(rng.gauss(120, 110))))
                if day == NOW.date():
                    minute = rng.randrange(0, 130)  # up to 10.10 this morning
                state = rng.choices(["done", "no_show", "cancelled"], [91, 6, 3])[0]
                specs.append(
                    TicketSpec(
                        day=day,
                        service=rng.choices(codes, weights)[0],
                        issued_minute=minute,
                        wait=rng.uniform(2, 45) if state != "cancelled" else None,
                        serve=rng.uniform(4, 22) if state == "done" else None,
                        state=state,
                        counter=rng.randint(1, 3),
                        priority=rng.choices(
                            ["none", "elderly", "disabled", "pregnant"], [86, 9, 2, 3]
                        )[0],
                        office=OFFICE,
                        officer=rng.choice(officers),
                    )
                )
        day += timedelta(days=1)
    return specs


def _surveys(rng: random.Random) -> list[dict[str, object]]:
    return [
        {"answers": [rng.choice([3, 3, 4, 4, 4, 2]) for _ in range(9)], "face": rng.randint(3, 4)}
        for _ in range(85)
    ]


@contextmanager
def office_server(folder: Path) -> Iterator[OfficeServer]:
    """The demo server (Kota Jakarta Pusat) with this counter, its officers and a month
    of queue tickets and survey answers."""
    with demo_server(folder, FixedClock(NOW)) as server:
        token = admin.enroll_device(server.db, COUNTER_DEVICE, "counter", OFFICE, NOW)
        for username, role, name in OFFICERS:
            admin.create_officer(
                server.db, username, PASSWORD, role=role, office_code=OFFICE, display_name=name
            )
        rng = random.Random(2026)
        insert_tickets(server.db, _tickets(rng))
        surveyed = datetime(2026, 11, 16, 10, tzinfo=WIB)
        insert_received(server.db, "survey", _surveys(rng), surveyed, office=OFFICE)
        yield OfficeServer(server.base_url, token)


def log_in(app: QApplication, counter: Counter, username: str) -> None:
    """Through the login screen's controller, against the office server."""
    view = counter.login.view
    view.username.setText(username)
    view.password.setText(PASSWORD)
    counter.login.submit()
    wait_until(app, lambda: counter.session.officer is not None)
    wait_until(app, lambda: idle(counter))


# -- sync and reports ----------------------------------------------------------------------


def run_sync(app: QApplication, counter: Counter) -> None:
    """ "Sync now" on the sync screen; waits for the run and the screen's next read."""
    counter.window.show_screen("sync")
    counter.sync_panel.sync_now()
    wait_until(app, lambda: idle(counter))
    counter.sync_panel.refresh()
    wait_until(app, lambda: idle(counter))


def sync_shots(app: QApplication, counter: Counter) -> list[Path]:
    counter.window.show_screen("sync")
    counter.sync_panel.refresh()
    wait_until(app, lambda: idle(counter))
    view = counter.sync_panel.view
    view.tabs.setCurrentIndex(0)
    view.rejected_list.setFocus()
    shots = [shot(app, counter, "sync", (1366, 768))]
    view.tabs.setCurrentIndex(1)
    shots.append(shot(app, counter, "sync-registrations", (1366, 768)))
    view.tabs.setCurrentIndex(0)
    return shots


def report_shots(app: QApplication, counter: Counter, suffix: str = "") -> list[Path]:
    """This month's Reports screen, scrolled to a block with its table and bar chart:
    the tickets per hour (the office server's), then this computer's registrations."""
    controller, view = counter.reports, counter.reports.view
    counter.window.show_screen("reports")
    view.period_kind.setCurrentIndex(view.period_kind.findData("month"))
    wait_until(app, lambda: controller.summary is not None and controller.local is not None)
    wait_until(app, lambda: idle(counter))
    shots = []
    for slug, name in (
        ("queue_per_hour", "reports"),
        ("registrations_by_segment", "reports-local"),
    ):
        if suffix and name != "reports":
            continue
        counter.window.resize(1366, 768)
        settle(app, counter)
        view.area.verticalScrollBar().setValue(view.blocks[slug].y() - 8)
        shots.append(shot(app, counter, name + suffix, (1366, 768)))
    return shots
