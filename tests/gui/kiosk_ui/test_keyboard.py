"""The on-screen letter keyboard types into a search box, at its cursor, without ever
taking the focus away from it, and its labels fit its keys in both orientations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from anjungan.kiosk.ui.i18n import LanguageSwitch
from anjungan.kiosk.ui.keyboard import TouchKeyboard

from .conftest import MakeHost


def test_tapping_keys_types_into_the_line_edit(qtbot: QtBot, make_host: MakeHost) -> None:
    search = QLineEdit()
    keyboard = TouchKeyboard(search)
    make_host(search, keyboard)
    seen: list[str] = []
    keyboard.text_changed.connect(seen.append)
    for char in "RS":
        qtbot.mouseClick(keyboard.keys[char], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keyboard.space_key, Qt.MouseButton.LeftButton)
    for char in "ABC":
        qtbot.mouseClick(keyboard.keys[char], Qt.MouseButton.LeftButton)
    assert search.text() == "RS ABC"
    assert seen[-1] == "RS ABC" and len(seen) == 6
    qtbot.mouseClick(keyboard.backspace_key, Qt.MouseButton.LeftButton)
    assert search.text() == "RS AB"
    qtbot.mouseClick(keyboard.clear_key, Qt.MouseButton.LeftButton)
    assert search.text() == "" and seen[-1] == ""


def test_keys_insert_at_the_cursor_of_the_target(qtbot: QtBot, make_host: MakeHost) -> None:
    search = QLineEdit("PUSKESMAS")
    keyboard = TouchKeyboard(search)
    make_host(search, keyboard)
    search.setCursorPosition(4)
    qtbot.mouseClick(keyboard.keys["-"], Qt.MouseButton.LeftButton)
    assert search.text() == "PUSK-ESMAS"


def test_without_a_target_the_keyboard_keeps_its_own_text_until_reset(
    qtbot: QtBot, make_host: MakeHost
) -> None:
    keyboard = TouchKeyboard()
    make_host(keyboard)
    with qtbot.waitSignal(keyboard.text_changed) as signal:
        qtbot.mouseClick(keyboard.keys["7"], Qt.MouseButton.LeftButton)
    assert signal.args == ["7"]
    keyboard.reset()
    assert keyboard.text() == ""


def test_keys_never_take_the_focus_from_the_search_box(qtbot: QtBot, make_host: MakeHost) -> None:
    keyboard = TouchKeyboard(QLineEdit())
    make_host(keyboard)
    keys = keyboard.findChildren(QPushButton)
    assert len(keys) == 10 + 10 + 9 + 9 + 3
    assert all(key.focusPolicy() == Qt.FocusPolicy.NoFocus for key in keys)


def test_every_label_fits_its_key_in_portrait_and_landscape(
    qtbot: QtBot, make_host: MakeHost, languages: LanguageSwitch
) -> None:
    keyboard = TouchKeyboard(QLineEdit())
    make_host(keyboard, size=(1080, 1920))
    portrait_width = keyboard.keys["Q"].width()
    host = keyboard.window()
    for size in ((1080, 1920), (1920, 1080)):
        for language, clear in (("id", "Hapus semua"), ("en", "Clear")):
            languages.set_language(language)
            host.resize(*size)
            expected = (size, clear)

            def settled(want: tuple[tuple[int, int], str] = expected) -> bool:
                # LanguageChange is a posted event: wait for the keyboard to answer it.
                now = ((host.width(), host.height()), keyboard.clear_key.text())
                return now == want

            qtbot.waitUntil(settled)
            for key in keyboard.findChildren(QPushButton):
                advance = QFontMetrics(key.font()).horizontalAdvance(key.text())
                assert advance <= key.width(), (key.text(), size, language)
    assert keyboard.keys["Q"].width() > portrait_width, "landscape keys are wider"
    assert keyboard.clear_key.text() == "Clear"
