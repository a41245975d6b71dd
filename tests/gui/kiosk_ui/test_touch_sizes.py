"""On the kiosk's own window, portrait 1080x1920 and landscape 1920x1080, every key of the
touch kit is at least a fingertip (64 px) high and nothing is pushed off the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from anjungan.core.clock import FixedClock
from anjungan.kiosk.app import KioskWindow
from anjungan.kiosk.ui.busy import BusyOverlay
from anjungan.kiosk.ui.keyboard import TouchKeyboard
from anjungan.kiosk.ui.keypad import Keypad
from anjungan.kiosk.ui.scale import Orientation
from anjungan.kiosk.ui.still_there import StillThereDialog
from anjungan.kiosk.ui.widgets import MIN_TOUCH_PX

PORTRAIT = (1080, 1920)
LANDSCAPE = (1920, 1080)


def _page(kiosk: KioskWindow, widget: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(widget)
    layout.addStretch(1)
    kiosk.stack.addWidget(page)
    return page


def _resize(qtbot, kiosk: KioskWindow, size: tuple[int, int]) -> None:
    kiosk.resize(*size)
    qtbot.waitUntil(lambda: (kiosk.width(), kiosk.height()) == size)


def _assert_touchable(kiosk: KioskWindow, widget: QWidget) -> None:
    keys = [k for k in widget.findChildren(QPushButton) if k.isVisible()]
    assert keys
    for key in keys:
        assert key.height() >= MIN_TOUCH_PX, key.text()
        assert key.width() >= MIN_TOUCH_PX, key.text()
        bottom_right = key.mapTo(kiosk, key.rect().bottomRight())
        assert kiosk.rect().contains(bottom_right), f"{key.text()!r} is cut off"


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE])
def test_every_keypad_key_is_big_and_on_screen(qtbot: QtBot, kiosk: KioskWindow, size) -> None:
    keypad = Keypad(FixedClock())
    kiosk.stack.setCurrentWidget(_page(kiosk, keypad))
    _resize(qtbot, kiosk, size)
    _assert_touchable(kiosk, keypad)
    assert min(k.height() for k in keypad.digit_keys.values()) >= 96, "ideally 96 px and up"
    expected = Orientation.PORTRAIT if size == PORTRAIT else Orientation.LANDSCAPE
    assert keypad.orientation is expected


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE])
def test_every_keyboard_key_is_big_and_on_screen(qtbot: QtBot, kiosk: KioskWindow, size) -> None:
    keyboard = TouchKeyboard()
    kiosk.stack.setCurrentWidget(_page(kiosk, keyboard))
    _resize(qtbot, kiosk, size)
    _assert_touchable(kiosk, keyboard)


def test_overlay_buttons_are_big_on_the_portrait_kiosk(qtbot: QtBot, kiosk: KioskWindow) -> None:
    busy = BusyOverlay(kiosk.root)
    busy.start(cancellable=True)
    _assert_touchable(kiosk, busy)
    busy.stop()
    dialog = StillThereDialog(kiosk.root)
    dialog.start()
    _assert_touchable(kiosk, dialog)
    assert dialog.continue_button.height() >= 96


@pytest.mark.parametrize(("first", "then"), [(PORTRAIT, LANDSCAPE), (LANDSCAPE, PORTRAIT)])
def test_a_hidden_keypad_page_never_forces_the_window_bigger_than_the_screen(
    qtbot: QtBot, kiosk: KioskWindow, first, then
) -> None:
    keypad = Keypad(FixedClock())
    page = _page(kiosk, keypad)
    kiosk.stack.setCurrentWidget(page)
    _resize(qtbot, kiosk, first)
    kiosk.go_home()  # the keypad stays laid out for `first`, hidden
    _resize(qtbot, kiosk, then)
    kiosk.stack.setCurrentWidget(page)
    qtbot.waitUntil(keypad.isVisible)
    assert (kiosk.width(), kiosk.height()) == then
    _assert_touchable(kiosk, keypad)


@pytest.mark.parametrize("which", list(Orientation))
def test_the_keypad_asks_for_little_enough_to_share_either_screen_with_a_title(
    qtbot: QtBot, kiosk: KioskWindow, which: Orientation
) -> None:
    # A stacked screen's minimum counts hidden pages too, laid out for either shape: the
    # keypad must leave room for the top bar and a title on 1080 px, in both directions.
    keypad = Keypad(FixedClock())
    kiosk.stack.setCurrentWidget(_page(kiosk, keypad))
    keypad.set_orientation(which)
    minimum = keypad.minimumSizeHint()
    assert minimum.height() <= 800
    assert minimum.width() <= 1000
