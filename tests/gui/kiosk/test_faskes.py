"""Facility and office search: as you type, by kind, nearest first, with details; and the
same search with the server gone, from the kiosk's saved copy of the directory."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anjungan.core.clock import FixedClock
from anjungan.kiosk.app import KioskWindow
from anjungan.kiosk.places import Category
from anjungan.kiosk.screens.faskes import FaskesController
from anjungan.kiosk.screens.faskes_view import FaskesView

from .conftest import ANSWER_MS, MakeKiosk, closed_port


def open_faskes(qtbot: QtBot, kiosk: KioskWindow) -> FaskesController:
    qtbot.waitUntil(lambda: kiosk.keeper.ready, timeout=ANSWER_MS)
    qtbot.mouseClick(kiosk.home.tiles["faskes"], Qt.MouseButton.LeftButton)
    screen = kiosk.screens["faskes"]
    assert isinstance(screen, FaskesController)
    return screen


def type_text(view: FaskesView, text: str) -> None:
    for char in text:
        key = view.keyboard.space_key if char == " " else view.keyboard.keys[char]
        key.click()


def visible_names(view: FaskesView) -> list[str]:
    return [b.title.text() for b in view.result_buttons if b.isVisible()]


def test_typing_part_of_each_word_finds_the_puskesmas(qtbot: QtBot, kiosk: KioskWindow) -> None:
    faskes = open_faskes(qtbot, kiosk)
    view = faskes.view
    type_text(view, "PUSK GAM")
    qtbot.waitUntil(lambda: visible_names(view) == ["PUSKESMAS GAMBIR"], timeout=ANSWER_MS)
    assert view.count.text() == "Places found: 1. Touch one to see its details."


def test_nearest_first_sorts_by_distance_from_the_kiosk(qtbot: QtBot, kiosk: KioskWindow) -> None:
    faskes = open_faskes(qtbot, kiosk)
    assert faskes.view.nearest_button.isChecked()
    distances = [p.distance_km for p in faskes.found]
    assert distances and all(d is not None for d in distances)
    assert distances == sorted(distances)  # type: ignore[type-var]


def test_a_kind_button_keeps_only_that_kind(qtbot: QtBot, kiosk: KioskWindow) -> None:
    faskes = open_faskes(qtbot, kiosk)
    qtbot.mouseClick(
        faskes.view.categories.buttons[Category.HOSPITAL.value], Qt.MouseButton.LeftButton
    )
    assert faskes.found and {p.kind for p in faskes.found} == {"rs"}
    qtbot.mouseClick(
        faskes.view.categories.buttons[Category.OFFICE.value], Qt.MouseButton.LeftButton
    )
    assert faskes.found and all(p.is_office for p in faskes.found)


def test_details_show_address_hours_phone_and_type(qtbot: QtBot, kiosk: KioskWindow) -> None:
    faskes = open_faskes(qtbot, kiosk)
    view = faskes.view
    type_text(view, "PUSKESMAS GAMBIR")
    qtbot.waitUntil(lambda: len(visible_names(view)) == 1, timeout=ANSWER_MS)
    qtbot.mouseClick(view.result_buttons[0], Qt.MouseButton.LeftButton)
    assert view.current_page() is view.detail_page
    assert view.detail_name.text() == "PUSKESMAS GAMBIR"
    assert view.detail_kind.text() == "Puskesmas (community health centre)"
    assert "Kec. Gambir" in view.address_row.value.text()
    assert view.hours_row.value.text() and view.hours_row.value.text() != "not known"
    assert view.phone_row.value.text().startswith("+62")
    assert view.code_row.value.text() == "3171P001"


def test_search_works_offline_from_the_saved_directory_and_says_how_old_it_is(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: FixedClock, tmp_path: Path
) -> None:
    online = make_kiosk(data_dir=tmp_path / "shared")
    qtbot.waitUntil(lambda: online.keeper.ready, timeout=ANSWER_MS)
    online.close()
    clock.advance(timedelta(hours=3))
    offline = make_kiosk(
        data_dir=tmp_path / "shared", server_url=f"http://127.0.0.1:{closed_port()}"
    )
    qtbot.waitUntil(offline.offline_banner.isVisible, timeout=ANSWER_MS)
    assert offline.offline_banner.text.text() == "Offline — data last updated 3 hours ago."
    faskes = open_faskes(qtbot, offline)
    type_text(faskes.view, "PUSK SEN")
    qtbot.waitUntil(lambda: visible_names(faskes.view) == ["PUSKESMAS SENEN"], timeout=ANSWER_MS)
    assert not faskes.view.banner.isVisible()


def test_without_any_saved_directory_offline_the_screen_says_so(
    qtbot: QtBot, offline_kiosk: KioskWindow
) -> None:
    qtbot.mouseClick(offline_kiosk.home.tiles["faskes"], Qt.MouseButton.LeftButton)
    view = offline_kiosk.screens["faskes"].view
    assert isinstance(view, FaskesView)
    assert view.banner.text.text() == "The list of facilities is not on this kiosk yet."
    assert "Care Center 165" in view.banner.step.text()
