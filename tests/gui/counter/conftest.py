"""Counter fixtures: the window built the way `anjungan counter` builds it, on a
temporary store, with a fixed clock, driven from the keyboard like an officer would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.config import DeviceConfig
from anjungan.core.store.engine import Store, open_store
from anjungan.counter.app import Counter, build_counter

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
MakeCounter = Callable[..., Counter]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "counter.sqlite3") as opened:
        yield opened


@pytest.fixture
def make_counter(qapp: QApplication, qtbot: QtBot, store: Store) -> Iterator[MakeCounter]:
    built: list[Counter] = []

    def make(now: datetime = MONDAY, size: tuple[int, int] = (1366, 768)) -> Counter:
        config = DeviceConfig(office="MPP Kota Balikpapan", device_id="counter-01")
        counter = build_counter(qapp, config, store, clock=FixedClock(now))
        built.append(counter)
        qtbot.addWidget(counter.window)
        counter.window.resize(*size)
        counter.window.show()
        qtbot.waitExposed(counter.window)
        counter.window.activateWindow()
        qtbot.waitUntil(lambda: not counter.worker.busy)
        return counter

    yield make
    for counter in built:
        _close(counter, qtbot)


def _close(counter: Counter, qtbot: QtBot) -> None:
    try:
        counter.worker.shutdown()
        qtbot.waitUntil(lambda: not counter.worker.busy)  # deliver the last results
    finally:
        counter.languages.set_language("en")  # leave the application as found


@pytest.fixture
def counter(make_counter: MakeCounter) -> Counter:
    return make_counter()


class Keyboard:
    """Keys go where the focus is, as for an officer at the desk."""

    def __init__(self, qtbot: QtBot, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window

    @property
    def focus(self) -> QWidget:
        widget = self.window.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focus, key, modifier)

    def enter(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Return)

    def field(self, text: str) -> None:
        """Type into the focused field, then Enter to the next one."""
        self.type(text)
        self.enter()


@pytest.fixture
def keys(qtbot: QtBot, counter: Counter) -> Keyboard:
    return Keyboard(qtbot, counter.window)
