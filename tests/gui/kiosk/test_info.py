"""Info JKN: every packaged topic is a button; a topic opens a readable page; the
language toggle reloads the content in the other language; it needs no server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anjungan.core.info import load_info
from anjungan.kiosk.app import KioskWindow
from anjungan.kiosk.screens.info import InfoController

from .conftest import screen_text


def open_info(qtbot: QtBot, kiosk: KioskWindow) -> InfoController:
    qtbot.mouseClick(kiosk.home.tiles["info"], Qt.MouseButton.LeftButton)
    screen = kiosk.screens["info"]
    assert isinstance(screen, InfoController)
    return screen


def test_every_topic_is_a_button_and_opens_its_page(
    qtbot: QtBot, offline_kiosk: KioskWindow
) -> None:
    info = open_info(qtbot, offline_kiosk)
    pages = load_info("en")
    assert [b.title.text() for b in info.view.topic_buttons] == [p.title for p in pages]
    qtbot.mouseClick(info.view.topic_buttons[1], Qt.MouseButton.LeftButton)
    assert info.view.current_page() is info.view.reading_page
    assert info.view.page_title.text() == pages[1].title
    shown = screen_text(info.view)
    for text in pages[1].texts():
        for line in text.splitlines():
            assert line in shown
    qtbot.mouseClick(info.view.back_button, Qt.MouseButton.LeftButton)
    assert info.view.current_page() is info.view.topics_page


def test_the_open_page_follows_the_language_toggle(
    qtbot: QtBot, offline_kiosk: KioskWindow
) -> None:
    info = open_info(qtbot, offline_kiosk)
    qtbot.mouseClick(info.view.topic_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(offline_kiosk.top_bar.language_button, Qt.MouseButton.LeftButton)
    indonesian = load_info("id")[0]
    qtbot.waitUntil(lambda: info.view.page_title.text() == indonesian.title)
    assert info.view.topic_buttons[0].title.text() == indonesian.title
