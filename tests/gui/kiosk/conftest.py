"""Kiosk screen fixtures: a real server on loopback with the demo personas, and kiosks
built by `build_kiosk` exactly as the program builds them, pointed at it (or at a port
where nothing listens, for "server down").

Today is the fixture clock's Monday 23 November 2026, 09:00 WIB, on both sides.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from anjungan.core.clock import FixedClock
from anjungan.kiosk.app import KioskWindow, build_kiosk
from tests.helpers.demo_server import DemoServer, demo_server

PORTRAIT = (1080, 1920)
LANDSCAPE = (1920, 1080)
ANSWER_MS = 10_000  # a loopback answer takes milliseconds; this only bounds a failure

MakeKiosk = Callable[..., KioskWindow]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def server(tmp_path: Path, clock: FixedClock) -> Iterator[DemoServer]:
    with demo_server(tmp_path, clock) as running:
        yield running


def closed_port() -> int:
    """A loopback port that was free a moment ago: connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def make_kiosk(
    qapp: QApplication, qtbot: QtBot, server: DemoServer, clock: FixedClock, tmp_path: Path
) -> Iterator[MakeKiosk]:
    """``make_kiosk(**config_changes, build=dict(...))``: a shown 1080x1920 kiosk."""
    built: list[KioskWindow] = []

    def make(*, build: dict[str, Any] | None = None, **changes: Any) -> KioskWindow:
        changes.setdefault("language", "en")
        changes.setdefault("data_dir", tmp_path / "kiosk")
        config = server.kiosk_config(**changes)
        window = build_kiosk(qapp, config, clock=clock, **(build or {}))
        qtbot.addWidget(window)
        window.resize(*PORTRAIT)
        window.show()
        qtbot.waitExposed(window)
        built.append(window)
        return window

    yield make
    for window in built:
        window.go_home()
        window.worker.wait(ANSWER_MS)
        window.languages.set_language("en")  # leave the application as found


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk()


@pytest.fixture
def offline_kiosk(make_kiosk: MakeKiosk) -> KioskWindow:
    """A kiosk whose server address refuses connections (the server is down)."""
    return make_kiosk(server_url=f"http://127.0.0.1:{closed_port()}")


def type_digits(keypad: Any, digits: str) -> None:
    """Tap the digits on a `Keypad` or `DateEntry`, then OK."""
    keypad.reset()
    for digit in digits:
        keypad.digit_keys[digit].click()
    keypad.ok_key.click()


def texts(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` holds (labels, buttons, line edits)."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QPushButton | QLineEdit):
            found.append(widget.text())
    return found


def screen_text(root: QWidget) -> str:
    """The visible texts under ``root``, one per line (for `in` assertions)."""
    return "\n".join(
        w.text()
        for w in root.findChildren(QWidget)
        if isinstance(w, QLabel | QPushButton | QLineEdit) and w.isVisible() and w.text()
    )


def wait_answer(qtbot: QtBot, window: KioskWindow) -> None:
    """Every background call has answered (the busy overlays are gone)."""
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=ANSWER_MS)


SHORT = timedelta(milliseconds=300)
