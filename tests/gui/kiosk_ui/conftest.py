"""Touch-kit fixtures: a kiosk-themed host of kiosk size, a fixed clock, the languages."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from anjungan import assets
from anjungan.core.clock import FixedClock
from anjungan.kiosk.ui.i18n import LanguageSwitch
from anjungan.kiosk.ui.widgets import named

MakeHost = Callable[..., QWidget]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()  # Monday 23 November 2026, 09:00 WIB


@pytest.fixture
def make_host(qtbot: QtBot) -> Iterator[MakeHost]:
    """A themed root (the kiosk's style sheet) holding ``widgets``, shown at ``size``."""
    hosts: list[QWidget] = []  # qtbot only closes them; the test must keep them alive

    def make(*widgets: QWidget, size: tuple[int, int] = (1080, 1920)) -> QWidget:
        host = named(QWidget(), "KioskRoot")
        host.setStyleSheet(assets.path("style", "kiosk.qss").read_text(encoding="utf-8"))
        layout = QVBoxLayout(host)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        qtbot.addWidget(host)
        host.resize(*size)
        host.show()
        qtbot.waitExposed(host)
        hosts.append(host)
        return host

    yield make
    hosts.clear()


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageSwitch]:
    switch = LanguageSwitch(qapp)
    yield switch
    switch.set_language("en")  # leave the application as found
