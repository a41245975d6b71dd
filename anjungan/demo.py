"""`anjungan demo` (and `make run`): the whole system at once on this machine.

An embedded central server on loopback with a fresh SQLite database seeded with demo
data (Kota Jakarta Pusat: offices, queues, facilities, 2,000 participants including
the documented personas), then the kiosk, the counter and the queue board as windows
wired to it with their own device tokens. The counter syncs with the server in the
background and opens already logged in as the demo officer (`DEMO_OFFICER`, through
the normal login, so the lock screen works after inactivity). The kiosk "prints" to a
loopback PNG printer: tickets appear as pictures in the demo folder. Everything lives
in one folder that is recreated on every start, so the demo always begins from the
same state.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from anjungan.core.config import DeviceConfig, Location, Role

log = logging.getLogger("anjungan.demo")

REGION = "3171"  # Kota Jakarta Pusat: the personas live here
OFFICE = "MPP3171"
OFFICE_NAME = "MPP Kota Jakarta Pusat"
PARTICIPANTS = 2_000
KIOSK, COUNTER, BOARD = "MPP3171-KIOSK-1", "MPP3171-LOKET-1", "MPP3171-BOARD-1"
DEMO_OFFICER = "mpp3171.petugas1"  # password: `server.seed.DEMO_PASSWORD`


@dataclass(frozen=True)
class DemoSystem:
    server_url: str
    folder: Path
    kiosk: DeviceConfig
    counter: DeviceConfig
    board: DeviceConfig


@contextmanager
def demo_system(folder: Path) -> Iterator[DemoSystem]:
    """Seed a fresh server database in ``folder`` and run the server while the block runs."""
    from anjungan.server.app import create_app
    from anjungan.server.db import open_database
    from anjungan.server.embedded import serve
    from anjungan.server.seed import seed_demo
    from anjungan.server.settings import ServerSettings

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    settings = ServerSettings(database_url=f"sqlite:///{folder / 'server.sqlite3'}")
    with ExitStack() as stack:
        db = open_database(settings.database_url)
        stack.callback(db.dispose)
        report = seed_demo(db, settings, participants=PARTICIPANTS, regions=[REGION])
        tokens = {device.device_id: device.token for device in report.devices}
        base = stack.enter_context(serve(create_app(settings, db)))
        log.info("demo server at %s (%d participants)", base, report.participants)
        common = {
            "office": OFFICE_NAME,
            "office_code": OFFICE,
            "server_url": base,
            "data_dir": folder,
        }
        yield DemoSystem(
            server_url=base,
            folder=folder,
            kiosk=DeviceConfig(
                role=Role.KIOSK,
                device_id=KIOSK,
                token=tokens[KIOSK],
                printer=f"png://{folder / 'tickets'}",
                location=Location(latitude=-6.1754, longitude=106.8272),
                **common,
            ),
            counter=DeviceConfig(
                role=Role.COUNTER,
                device_id=COUNTER,
                token=tokens[COUNTER],
                counter_number=1,
                **common,
            ),
            board=DeviceConfig(role=Role.BOARD, device_id=BOARD, token=tokens[BOARD], **common),
        )


def run_demo(folder: Path, *, quit_after: float = 0.0) -> int:
    """Open the three windows against the embedded server; return when they are closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from anjungan.board.app import build_board
    from anjungan.core.store.engine import open_store
    from anjungan.counter.app import STORE_FILE, build_counter
    from anjungan.kiosk.app import build_kiosk
    from anjungan.server.seed import DEMO_PASSWORD

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with demo_system(folder) as system, open_store(folder / STORE_FILE) as store:
        # Kiosk on the left third (portrait), counter top right, board bottom right.
        area = app.primaryScreen().availableGeometry()
        left = area.width() // 3
        kiosk = build_kiosk(app, system.kiosk)
        kiosk.setGeometry(area.x(), area.y(), left, area.height())
        kiosk.show()
        counter = build_counter(
            app,
            system.counter,
            store,
            gate=True,
            sync=True,
            login_as=(DEMO_OFFICER, DEMO_PASSWORD),
        )
        counter.window.setGeometry(
            area.x() + left, area.y(), area.width() - left, area.height() // 2
        )
        counter.window.show()
        board = build_board(app, system.board)
        board.window.setGeometry(
            area.x() + left, area.y() + area.height() // 2, area.width() - left, area.height() // 2
        )
        board.window.show()
        log.info(
            "Demo ready. Counter login: %s / %s. Printed tickets: %s",
            DEMO_OFFICER,
            DEMO_PASSWORD,
            folder / "tickets",
        )
        if quit_after > 0:
            QTimer.singleShot(int(quit_after * 1000), app.quit)
        try:
            return app.exec()
        finally:
            board.shutdown()
            counter.shutdown()
