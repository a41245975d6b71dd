"""The kiosk opens on its home screen in Indonesian, with big tiles that lead somewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt

from anjungan.kiosk.app import KioskWindow
from anjungan.kiosk.screens.home import SERVICES
from anjungan.kiosk.ui.widgets import MIN_TOUCH_PX


def test_kiosk_starts_on_home_in_indonesian(kiosk: KioskWindow) -> None:
    assert kiosk.stack.currentWidget() is kiosk.home
    assert kiosk.home.greeting.text() == "Selamat datang di AMAN JKN"
    assert kiosk.home.tiles["status"].title.text() == "Status kepesertaan"
    assert kiosk.top_bar.language_button.text() == "English"


def test_every_service_has_a_tile_at_least_touch_height(kiosk: KioskWindow) -> None:
    assert set(kiosk.home.tiles) == {s.key for s in SERVICES}
    for tile in kiosk.home.tiles.values():
        assert tile.isVisible()
        assert tile.height() >= MIN_TOUCH_PX
        assert kiosk.rect().contains(tile.mapTo(kiosk, tile.rect().bottomRight()))
    assert kiosk.width() == 1080, "the portrait screen must not be forced wider"
    assert kiosk.top_bar.language_button.height() >= MIN_TOUCH_PX


def test_language_toggle_switches_every_text_and_back(kiosk: KioskWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.top_bar.language_button, Qt.MouseButton.LeftButton)
    assert kiosk.languages.language == "en"
    # Qt delivers LanguageChange as a posted event: wait for the views to answer it.
    qtbot.waitUntil(lambda: kiosk.home.greeting.text() == "Welcome to AMAN JKN")
    assert kiosk.home.tiles["queue"].title.text() == "Queue ticket"
    assert kiosk.top_bar.language_button.text() == "Indonesia"
    qtbot.mouseClick(kiosk.top_bar.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.home.tiles["queue"].title.text() == "Nomor antrean")


def test_a_tile_leads_to_a_screen_with_a_way_back(kiosk: KioskWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.home.tiles["bill"], Qt.MouseButton.LeftButton)
    assert kiosk.current_screen() == "bill"
    qtbot.mouseClick(kiosk.screens["bill"].view.home_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.home


def test_large_text_toggle_enlarges_tile_font(kiosk: KioskWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    title = kiosk.home.tiles["status"].title
    before = title.fontInfo().pixelSize()
    qtbot.mouseClick(kiosk.top_bar.large_text_button, Qt.MouseButton.LeftButton)
    assert title.fontInfo().pixelSize() > before
