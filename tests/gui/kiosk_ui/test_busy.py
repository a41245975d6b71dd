"""The busy layer covers the screen, keeps animating (the event loop is free), and Cancel
hides it and says so."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from anjungan.kiosk.ui.busy import BusyOverlay

from .conftest import MakeHost


def _screen(make_host: MakeHost) -> tuple[QWidget, QPushButton]:
    screen = QWidget()
    button = QPushButton("under", screen)
    button.setGeometry(100, 100, 300, 120)
    make_host(screen)
    screen.setMinimumHeight(800)
    return screen, button


def test_busy_overlay_covers_the_screen_and_cancel_emits(qtbot: QtBot, make_host: MakeHost) -> None:
    screen, button = _screen(make_host)
    busy = BusyOverlay(screen)
    assert not busy.isVisible()
    busy.start(cancellable=True)
    assert busy.isVisible() and busy.cancel_button.isVisible()
    assert busy.geometry() == screen.rect()
    assert busy.message.text() == "Please wait a moment…"
    under = screen.childAt(button.geometry().center())
    assert under is not None and (under is busy or busy.isAncestorOf(under)), (
        "a tap on the covered screen must land on the layer"
    )
    with qtbot.waitSignal(busy.cancelled):
        qtbot.mouseClick(busy.cancel_button, Qt.MouseButton.LeftButton)
    assert not busy.isVisible()


def test_spinner_moves_while_the_overlay_is_up_and_stops_after(
    qtbot: QtBot, make_host: MakeHost
) -> None:
    screen, _ = _screen(make_host)
    busy = BusyOverlay(screen, tick=timedelta(milliseconds=10))
    busy.start("Checking the card…")
    assert busy.message.text() == "Checking the card…"
    assert not busy.cancel_button.isVisible()
    first = busy.spinner.phase
    qtbot.waitUntil(lambda: busy.spinner.phase != first, timeout=2000)
    busy.stop()
    assert not busy.isVisible() and not busy.spinner.running


def test_overlay_follows_the_screen_size(qtbot: QtBot, make_host: MakeHost) -> None:
    screen, _ = _screen(make_host)
    busy = BusyOverlay(screen)
    busy.start()
    screen.window().resize(1920, 1080)
    qtbot.waitUntil(lambda: busy.geometry() == screen.rect() and screen.width() > 1080)
    assert busy.card.width() <= screen.width()
