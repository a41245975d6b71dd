"""GUI fixtures: a kiosk window built the way the program builds it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from anjungan.core.config import DeviceConfig
from anjungan.kiosk.app import KioskWindow, build_kiosk


@pytest.fixture
def kiosk(qapp: QApplication, qtbot) -> Iterator[KioskWindow]:  # type: ignore[no-untyped-def]
    window = build_kiosk(qapp, DeviceConfig(office="MPP Kota Balikpapan"))
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.languages.set_language("en")  # leave the application as found
