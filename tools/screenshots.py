"""Render every screen to PNG in docs/screenshots/, as a person would see it.

Run by `make screenshots` (offscreen; no display needed). Look at the pictures after
any change to a screen: nothing cut off, nothing overlapping, readable from a step away.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from anjungan.core.config import DeviceConfig
from anjungan.kiosk.app import KioskWindow, build_kiosk

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def _shot(app: QApplication, window: KioskWindow, name: str, size: tuple[int, int]) -> Path:
    window.resize(*size)
    window.show()
    for _ in range(3):
        app.processEvents()
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    return path


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    window = build_kiosk(app, DeviceConfig(office="MPP Kota Balikpapan"))
    shots = [_shot(app, window, "kiosk-home-portrait", (1080, 1920))]
    shots.append(_shot(app, window, "kiosk-home-landscape", (1920, 1080)))
    window.stack.setCurrentWidget(window.pending)
    shots.append(_shot(app, window, "kiosk-pending-portrait", (1080, 1920)))
    for shot in shots:
        print(shot.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
