"""The kiosk window: every screen fits a portrait and a landscape screen with its buttons
on screen, fullscreen kiosk mode cannot be closed without the staff PIN, and the PIN
(after a long press on the title) lets staff out."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from anjungan.kiosk.app import KioskWindow
from anjungan.kiosk.ui.widgets import MIN_TOUCH_PX

from .conftest import ANSWER_MS, LANDSCAPE, PORTRAIT, MakeKiosk

HOLD = timedelta(milliseconds=150)


def resize(qtbot: QtBot, kiosk: KioskWindow, size: tuple[int, int]) -> None:
    kiosk.resize(*size)
    qtbot.waitUntil(lambda: (kiosk.width(), kiosk.height()) == size, timeout=ANSWER_MS)


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE])
def test_every_screen_fits_and_its_first_buttons_are_big_and_on_screen(
    qtbot: QtBot, kiosk: KioskWindow, size: tuple[int, int]
) -> None:
    qtbot.waitUntil(lambda: kiosk.keeper.ready, timeout=ANSWER_MS)
    resize(qtbot, kiosk, size)
    for key in kiosk.screens:
        kiosk.open_service(key)
        qtbot.waitUntil(lambda: not kiosk.worker.busy, timeout=ANSWER_MS)
        assert (kiosk.width(), kiosk.height()) == size, f"{key} pushes the window"
        view = kiosk.screens[key].view
        home = view.home_button  # type: ignore[attr-defined]
        assert home.height() >= MIN_TOUCH_PX
        assert kiosk.rect().contains(home.mapTo(kiosk, home.rect().bottomRight())), key
        buttons = [b for b in view.findChildren(QPushButton) if b.isVisible()]
        assert buttons, key
        assert min(b.height() for b in buttons) >= MIN_TOUCH_PX, key


def test_fullscreen_kiosk_ignores_a_close_without_the_pin(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(fullscreen=True, admin_pin="2468")
    kiosk.close()
    assert kiosk.isVisible(), "Alt+F4 does not end a public kiosk"
    kiosk._may_close = True  # let the fixture close it


def test_long_press_on_the_title_and_the_pin_let_staff_out(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(fullscreen=True, admin_pin="2468", build={"admin_hold": HOLD})
    title = kiosk.top_bar.title
    QTest.mouseClick(title, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not kiosk.pin_pad.isVisible(), "a tap is not a long press"
    QTest.mousePress(title, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(kiosk.pin_pad.isVisible, timeout=ANSWER_MS)
    QTest.mouseRelease(title, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    for digit in "1111":
        kiosk.pin_pad.keys[digit].click()
    kiosk.pin_pad.ok_button.click()
    assert kiosk.pin_pad.message.text() == "Wrong PIN. Try again."
    assert kiosk.isVisible()
    for digit in "2468":
        kiosk.pin_pad.keys[digit].click()
    kiosk.pin_pad.ok_button.click()
    assert not kiosk.isVisible()


def test_without_a_pin_the_long_press_opens_nothing(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(build={"admin_hold": HOLD})
    QTest.mousePress(kiosk.top_bar.title, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.wait(int(HOLD.total_seconds() * 1000) * 3)
    QTest.mouseRelease(kiosk.top_bar.title, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not kiosk.pin_pad.isVisible()


def test_large_text_enlarges_the_result_facts(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.open_service("info")
    label = kiosk.screens["info"].view.topic_buttons[0].title  # type: ignore[attr-defined]
    before = label.fontInfo().pixelSize()
    qtbot.mouseClick(kiosk.top_bar.large_text_button, Qt.MouseButton.LeftButton)
    assert label.fontInfo().pixelSize() > before
