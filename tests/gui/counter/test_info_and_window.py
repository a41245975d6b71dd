"""The counter's frame and its information log: two clicks per question, screens reachable
from the keyboard, a layout that fits 1366x768 and 1920x1080, and `anjungan counter`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from anjungan.core.clock import FixedClock
from anjungan.core.services.info_requests import InfoTopic
from anjungan.core.store.engine import Store
from anjungan.core.store.uow import UnitOfWork
from anjungan.counter.app import Counter
from tests.gui.counter.conftest import MakeCounter


def test_two_clicks_log_an_information_request_and_count_it_for_today(
    counter: Counter, store: Store, qtbot
) -> None:
    counter.window.show_screen("information")
    view = counter.information.view
    assert view.total.text() == "Hari ini: 0 permintaan informasi"
    phone = next(b for b in view.channels.values() if b.text() == "Telepon")
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    topic = view.topics[InfoTopic.CONTRIBUTIONS]
    qtbot.mouseClick(topic, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.total.text() == "Hari ini: 1 permintaan informasi")
    assert topic.text().endswith("(1)")
    assert "Iuran, tagihan, virtual account (Telepon)" in view.last.text()
    with UnitOfWork(store, device_id="check", clock=FixedClock()) as uow:
        [record] = uow.info_requests.latest()
        assert (record.topic, record.channel) == ("contributions", "oral")
        assert uow.outbox.for_record(record.uuid)


def test_navigation_lists_every_screen_with_sync_last_and_available(
    counter: Counter, qtbot
) -> None:
    nav = counter.window.nav
    texts = [nav.item(row).text() for row in range(nav.count())]
    assert [t.split("\n")[0].split("  ")[1] for t in texts] == [
        "Pendaftaran",
        "Perubahan data",
        "Pengaduan",
        "Informasi",
        "Antrean",
        "Laporan",
        "Sinkronisasi",
    ]
    assert not any("belum tersedia" in t for t in texts)
    qtbot.keyClick(counter.window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert counter.window.current_screen() == "complaints"
    assert counter.window.focusWidget() is counter.complaints.view.form.channel
    counter.window.show_screen("sync")
    assert counter.sync_panel.view.title.text() == "Sinkronisasi dengan server"


def test_language_toggle_turns_the_whole_counter_to_english_and_back(
    counter: Counter, qtbot
) -> None:
    window = counter.window
    assert window.language_button.text() == "English"
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.title.text() == "MPP counter")
    assert window.nav.item(1).text().endswith("Data changes")
    assert window.nav.item(2).text().endswith("Complaints")
    assert counter.information.view.total.text() == "Today: 0 information requests"
    assert counter.complaints.view.form.channel.itemText(2) == "Phone, hotline, 165"
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.title.text() == "Loket MPP")


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_screen_fits_the_window_without_being_cut(
    make_counter: MakeCounter, size: tuple[int, int], qtbot
) -> None:
    counter = make_counter(size=size)
    window = counter.window
    assert window.width() == size[0] and window.height() == size[1]
    for key in window.screens:
        window.show_screen(key)
        screen = window.screens[key]
        hint = screen.minimumSizeHint()
        assert hint.width() <= screen.width() and hint.height() <= screen.height(), key
    registration = counter.registration
    for page in ("family", "address", "care", "documents", "autodebit", "review"):
        registration.go_to(page)
        button = registration.view.next_button
        bottom_right = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(bottom_right), page


def test_the_counter_command_opens_its_window_and_quits_cleanly(tmp_path: Path) -> None:
    config = tmp_path / "counter.toml"
    config.write_text(
        f'role = "counter"\ndevice_id = "counter-01"\ndata_dir = "{tmp_path.as_posix()}"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "anjungan", "--config", str(config), "counter", "--quit-after", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "counter.sqlite3").exists()
