"""Render every kiosk screen to PNG in docs/screenshots/, as a person would see it.

Run by `make screenshots` (offscreen; no display needed). A real central server runs on
loopback with the demo data (`tests/helpers/demo_server.py`: the fixed personas, the Kota
Jakarta Pusat facilities, the queue services) and a fixed clock (Monday 23 November
2026); the kiosk talks to it exactly as in the field. Look at the pictures after any
change to a screen: nothing cut off, nothing overlapping, readable from a step away.
The people shown are the synthetic demo personas, never real ones.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from anjungan.core.clock import FixedClock
from anjungan.core.config import DeviceConfig
from anjungan.kiosk.app import KioskWindow, build_kiosk
from tests.helpers.demo_server import PERSONA, DemoServer, demo_server

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PORTRAIT = (1080, 1920)
LANDSCAPE = (1920, 1080)
CLOSED_PRINTER = "tcp://127.0.0.1:9?status=0"  # nothing listens on port 9: refused at once


class Shots:
    def __init__(self, app: QApplication, window: KioskWindow) -> None:
        self.app = app
        self.window = window
        self.saved: list[Path] = []

    def settle(self, until: Callable[[], bool] | None = None, timeout_s: float = 10.0) -> None:
        """Let background calls finish and the screen repaint."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            self.app.processEvents()
            done = until() if until is not None else not self.window.worker.busy
            if done:
                break
            time.sleep(0.01)
        for _ in range(5):
            self.app.processEvents()

    def take(self, name: str, size: tuple[int, int] = PORTRAIT) -> Path:
        self.window.resize(*size)
        self.window.show()
        self.settle()
        if (self.window.width(), self.window.height()) != size:
            raise SystemExit(f"{name}: the window cannot be {size}, its content is too big")
        path = OUT / f"kiosk-{name}.png"
        self.window.grab().save(str(path))
        self.saved.append(path)
        return path


def _kiosk(app: QApplication, config: DeviceConfig, clock: FixedClock) -> KioskWindow:
    window = build_kiosk(app, config, clock=clock)
    window.resize(*PORTRAIT)
    window.show()
    return window


def _tour(shots: Shots, server: DemoServer) -> None:
    window = shots.window
    screens = window.screens
    shots.settle(lambda: window.keeper.ready)
    shots.take("home-portrait")
    shots.take("home-landscape", LANDSCAPE)

    window.open_service("status")
    shots.take("status-keypad")
    shots.take("status-keypad-landscape", LANDSCAPE)
    status = screens["status"]
    status.open_with(PERSONA["pbpu_active"].nik, "nik")  # type: ignore[attr-defined]
    shots.take("status-active")
    status.open_with(PERSONA["arrears_5"].nik, "nik")  # type: ignore[attr-defined]
    shots.take("status-suspended")
    shots.take("status-suspended-landscape", LANDSCAPE)
    status.open_with(PERSONA["ppu_15m"].card_number, "card")  # type: ignore[attr-defined]
    shots.take("status-ppu")

    window.show_screen("bill")
    screens["bill"].open_with(PERSONA["arrears_30"].nik, "nik")  # type: ignore[attr-defined]
    shots.take("bill-arrears")
    screens["bill"].open_with(PERSONA["pbpu_active"].nik, "nik")  # type: ignore[attr-defined]
    shots.take("bill-paid")
    screens["bill"].open_with(PERSONA["pbi"].nik, "nik")  # type: ignore[attr-defined]
    shots.take("bill-pbi")

    window.show_screen("va")
    screens["va"].open_with(PERSONA["arrears_5"].nik, "nik")  # type: ignore[attr-defined]
    shots.take("va")
    shots.take("va-landscape", LANDSCAPE)

    window.open_service("queue")
    shots.take("queue-services")
    queue = screens["queue"]
    queue.choose_service("new_registration")  # type: ignore[attr-defined]
    shots.take("queue-priority")
    queue.choose_priority("elderly")  # type: ignore[attr-defined]
    shots.settle(lambda: queue.ticket is not None and not window.worker.busy)  # type: ignore[attr-defined]
    shots.take("queue-ticket-not-printed")
    shots.take("queue-ticket-not-printed-landscape", LANDSCAPE)

    window.open_service("faskes")
    shots.take("faskes-all")
    faskes_view = screens["faskes"].view
    for char in "PUSK":
        faskes_view.keyboard.type_text(char)  # type: ignore[attr-defined]
    shots.settle(lambda: False, timeout_s=0.4)
    shots.take("faskes-search")
    shots.take("faskes-search-landscape", LANDSCAPE)
    faskes = screens["faskes"]
    faskes.open_place(faskes.found[0].code)  # type: ignore[attr-defined]
    shots.take("faskes-detail")

    window.open_service("info")
    shots.take("info-topics")
    info = screens["info"]
    info.open_topic(info.pages[2].key)  # type: ignore[attr-defined]
    shots.take("info-page")
    shots.take("info-page-landscape", LANDSCAPE)

    window.open_service("change")
    change = screens["change"]
    change_view = change.view
    change_view.identify.keypad.reset()  # type: ignore[attr-defined]
    for digit in PERSONA["pbpu_active"].nik:
        change_view.identify.keypad.press(digit)  # type: ignore[attr-defined]
    change_view.identify.keypad.submit()  # type: ignore[attr-defined]
    for digit in "12031980":
        change_view.date_entry.press(digit)  # type: ignore[attr-defined]
    shots.take("change-birth-date")
    change_view.date_entry.submit()  # type: ignore[attr-defined]
    shots.take("change-choose")
    change.ask_fktp()  # type: ignore[attr-defined]
    shots.take("change-fktp-list")
    first = change_view.fktp_buttons[0].key  # type: ignore[attr-defined]
    change.choose_fktp(first)  # type: ignore[attr-defined]
    shots.take("change-confirm")
    change.confirm()  # type: ignore[attr-defined]
    shots.take("change-accepted")
    window.open_service("change")
    change_view.identify.keypad.reset()  # type: ignore[attr-defined]
    for digit in PERSONA["pbi"].nik:
        change_view.identify.keypad.press(digit)  # type: ignore[attr-defined]
    change_view.identify.keypad.submit()  # type: ignore[attr-defined]
    for digit in "10041962":
        change_view.date_entry.press(digit)  # type: ignore[attr-defined]
    change_view.date_entry.submit()  # type: ignore[attr-defined]
    shots.settle()
    change.ask_fktp()  # type: ignore[attr-defined]
    shots.take("change-refused")

    window.open_service("survey")
    shots.take("survey-faces")
    shots.take("survey-faces-landscape", LANDSCAPE)
    survey = screens["survey"]
    survey.choose_face(4)  # type: ignore[attr-defined]
    shots.take("survey-more")
    survey.view.more_button.click()  # type: ignore[attr-defined]
    survey.answer(4)  # type: ignore[attr-defined]
    shots.take("survey-question")
    survey.finish()  # type: ignore[attr-defined]
    shots.take("survey-thanks")

    window.open_service("status")
    window.still_there.start()
    shots.take("still-there")
    window.go_home()

    window.languages.set_language("en")
    shots.settle()
    window.open_service("status")
    screens["status"].open_with(PERSONA["arrears_5"].nik, "nik")  # type: ignore[attr-defined]
    shots.take("status-suspended-en")
    window.go_home()
    shots.take("home-en")
    window.languages.set_language("id")
    shots.settle()


def _offline(app: QApplication, clock: FixedClock, data_dir: Path, server_url: str) -> list[Path]:
    """The same kiosk with the server gone: its saved directory still answers."""
    config = DeviceConfig(
        office="MPP Kota Jakarta Pusat",
        device_id="K-JKT-01",
        server_url=server_url,
        data_dir=data_dir,
        token="gone",
    )
    window = _kiosk(app, config, clock)
    shots = Shots(app, window)
    shots.settle(lambda: window.offline_banner.isVisible() and window.keeper.ready)
    shots.take("offline-home")
    window.open_service("status")
    status = window.screens["status"]
    status.open_with(PERSONA["pbpu_active"].nik, "nik")  # type: ignore[attr-defined]
    shots.take("offline-status")
    window.open_service("faskes")
    shots.take("offline-faskes")
    window.go_home()
    window.close()
    return shots.saved


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    clock = FixedClock()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data_dir = root / "kiosk"
        with demo_server(root, clock) as server:
            config = server.kiosk_config(data_dir, printer=CLOSED_PRINTER)
            window = _kiosk(app, config, clock)
            shots = Shots(app, window)
            _tour(shots, server)
            window.close()
            saved = shots.saved
            gone = server.base_url
        # The server has stopped: the same address now refuses connections.
        # Three hours later, so the offline banner has an age to tell.
        later = FixedClock(clock.now() + timedelta(hours=3))
        saved += _offline(app, later, data_dir, gone)
    for shot in saved:
        print(shot.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
