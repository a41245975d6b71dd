"""Render the kiosk touch kit (anjungan/kiosk/ui) to docs/screenshots/kiosk-ui-*.png.

Each widget is placed in the real kiosk window (top bar, theme, 1080x1920 portrait or
1920x1080 landscape) on a plain demo page, in Indonesian as the kiosk starts. Run
offscreen: ``.venv/bin/python tools/kiosk_ui_screenshots.py``. Look at every picture
after a change: big, readable from a step away, nothing cut off. The NIK and card
number shown are synthetic (the demo data's pattern), never a real person's.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from anjungan.core.clock import FixedClock
from anjungan.core.config import DeviceConfig
from anjungan.core.errors import RuleError
from anjungan.kiosk.app import KioskWindow, build_kiosk
from anjungan.kiosk.ui.banner import Level, MessageBanner, NextStep, OfflineBanner
from anjungan.kiosk.ui.busy import BusyOverlay
from anjungan.kiosk.ui.keyboard import TouchKeyboard
from anjungan.kiosk.ui.keypad import Keypad
from anjungan.kiosk.ui.still_there import StillThereDialog
from anjungan.kiosk.ui.widgets import named

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PORTRAIT = (1080, 1920)
LANDSCAPE = (1920, 1080)
DEMO_NIK = "3171010101900001"
DEMO_NIK_BAD_MONTH = "3171010113900001"  # month 13
DEMO_CARD = "0001944358911"


def _page(title: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(40, 32, 40, 32)
    layout.setSpacing(24)
    layout.addWidget(named(QLabel(title), "ScreenTitle"))
    return page, layout


class Shots:
    def __init__(self, app: QApplication, window: KioskWindow) -> None:
        self.app = app
        self.window = window
        self.saved: list[Path] = []

    def show(self, page: QWidget) -> None:
        if self.window.stack.indexOf(page) < 0:
            self.window.stack.addWidget(page)
        self.window.stack.setCurrentWidget(page)

    def take(self, name: str, size: tuple[int, int]) -> None:
        self.window.resize(*size)
        self.window.show()
        for _ in range(5):
            self.app.processEvents()
        if (self.window.width(), self.window.height()) != size:
            raise SystemExit(f"{name}: the window cannot be {size}, its content is too big")
        path = OUT / f"kiosk-ui-{name}.png"
        self.window.grab().save(str(path))
        self.saved.append(path)


def _type(keypad: Keypad, digits: str) -> None:
    keypad.reset()
    for digit in digits:
        keypad.digit_keys[digit].click()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    window = build_kiosk(app, DeviceConfig(office="MPP Kota Balikpapan"))
    shots = Shots(app, window)
    clock = FixedClock()

    keypad_page, layout = _page("Cek status kepesertaan")
    keypad = Keypad(clock)
    layout.addWidget(keypad, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(1)
    shots.show(keypad_page)
    _type(keypad, DEMO_NIK)
    shots.take("keypad-nik", PORTRAIT)
    shots.take("keypad-nik-landscape", LANDSCAPE)
    _type(keypad, DEMO_NIK_BAD_MONTH)
    shots.take("keypad-invalid", PORTRAIT)
    _type(keypad, DEMO_CARD)
    shots.take("keypad-card", PORTRAIT)
    _type(keypad, DEMO_NIK[:14])
    shots.take("keypad-partial", PORTRAIT)

    busy = BusyOverlay(keypad_page)
    busy.start(cancellable=True)
    shots.take("busy", PORTRAIT)
    shots.take("busy-landscape", LANDSCAPE)
    busy.stop()

    still = StillThereDialog(keypad_page)
    still.start()
    shots.take("still-there", PORTRAIT)
    shots.take("still-there-landscape", LANDSCAPE)
    still.dismiss()

    search_page, layout = _page("Cari faskes")
    search = named(QLineEdit(), "TouchSearch")
    search.setPlaceholderText("Nama puskesmas, klinik atau rumah sakit")
    keyboard = TouchKeyboard(search)
    layout.addWidget(search)
    layout.addStretch(1)
    layout.addWidget(keyboard)
    shots.show(search_page)
    for char in "PUSKESMAS KEBAYORAN":
        keyboard.type_text(char)
    shots.take("keyboard", PORTRAIT)
    shots.take("keyboard-landscape", LANDSCAPE)

    banner_page, layout = _page("Pesan dan banner")
    offline = OfflineBanner(clock)
    offline.set_last_updated(clock.now() - timedelta(hours=3))
    layout.insertWidget(0, offline)
    for level, message, step in (
        (Level.INFO, "Kartu Anda aktif sampai akhir bulan ini.", NextStep.NONE),
        (
            Level.WARNING,
            "Layanan ini butuh koneksi ke server dan sedang tidak tersedia.",
            NextStep.TRY_AGAIN,
        ),
        (
            Level.ERROR,
            RuleError(
                "not_found",
                "Data peserta tidak ditemukan.",
                "No participant was found for this number.",
            ),
            NextStep.CARE_CENTER,
        ),
    ):
        banner = MessageBanner()
        banner.show_message(level, message, step)
        layout.addWidget(banner)
    layout.addStretch(1)
    shots.show(banner_page)
    shots.take("banners", PORTRAIT)
    shots.take("banners-landscape", LANDSCAPE)

    window.languages.set_language("en")
    app.processEvents()
    shots.show(keypad_page)
    _type(keypad, DEMO_NIK_BAD_MONTH)
    shots.take("keypad-invalid-en", PORTRAIT)
    shots.show(banner_page)
    shots.take("banners-en", PORTRAIT)

    for path in shots.saved:
        print(path.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
