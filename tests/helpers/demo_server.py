"""A real central server on loopback, seeded with the demo data the kiosk screens show.

`demo_server(directory, clock)` opens a SQLite server database in ``directory``, loads
the Kota Jakarta Pusat (3171) facilities and offices, the fixed demo personas
(`server.demo.personas`: active PBPU, 5 and 30 months in arrears, PBI, PPU, Pemda, BP)
and a few generated families, the default queue services with one open counter, and
enrols one kiosk device; it yields the base URL and the kiosk's token while uvicorn
serves the real app. Used by the kiosk GUI tests, the API client tests and
`tools/screenshots.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from anjungan.core.clock import FixedClock
from anjungan.core.config import DeviceConfig, Location
from anjungan.core.wire.queue import CounterSetup
from anjungan.server import admin
from anjungan.server.app import create_app
from anjungan.server.auth import Principal, Role
from anjungan.server.db import Database, open_database
from anjungan.server.demo import PERSONAS, generate_facilities, generate_families, generate_offices
from anjungan.server.demo.personas import PERSONA_PARTICIPANTS
from anjungan.server.services import queue_setup
from anjungan.server.services.faskes_loader import load_facilities, load_offices
from anjungan.server.services.participant_loader import load_families
from anjungan.server.settings import RateLimit, ServerSettings
from tests.helpers.live_server import serve

OFFICE = "MPP-JKT-PUSAT"
DEVICE = "K-JKT-01"
REGION = "3171"
# Monas, Kota Jakarta Pusat: where the demo kiosk stands.
KIOSK_LOCATION = Location(latitude=-6.1754, longitude=106.8272)
PERSONA = {persona.key: persona for persona in PERSONAS}


@dataclass(frozen=True)
class DemoServer:
    base_url: str
    token: str
    db: Database
    settings: ServerSettings

    def kiosk_config(self, data_dir: Path, **changes: object) -> DeviceConfig:
        """The kiosk's device TOML for this server (override any key with ``changes``)."""
        values: dict[str, object] = {
            "device_id": DEVICE,
            "office": "MPP Kota Jakarta Pusat",
            "server_url": self.base_url,
            "token": self.token,
            "language": "id",
            "data_dir": data_dir,
            "location": KIOSK_LOCATION,
        }
        values.update(changes)
        return DeviceConfig.model_validate(values)


def seed(db: Database, settings: ServerSettings, clock: FixedClock) -> str:
    """Load the demo data; returns the kiosk device's token."""
    load_facilities(db, settings, generate_facilities([REGION]))
    load_offices(db, settings, generate_offices([REGION]))
    families = generate_families(
        PERSONA_PARTICIPANTS + 20, seed=1, today=clock.today(), regions=[REGION]
    )
    load_families(db, settings, families)
    supervisor = Principal(Role.SUPERVISOR, office_code=OFFICE, officer="seed")
    with db.write() as session:
        queue_setup.seed_services(session, settings, supervisor)
    with db.write() as session:
        # One open counter serving every line, so tickets come with a wait estimate.
        queue_setup.configure_counter(
            session, settings, supervisor, 1, CounterSetup(name="Loket 1")
        )
    return admin.enroll_device(db, DEVICE, "kiosk", OFFICE, clock.now())


@contextmanager
def demo_server(directory: Path, clock: FixedClock) -> Iterator[DemoServer]:
    settings = ServerSettings(
        database_url=f"sqlite:///{directory / 'server.sqlite3'}",
        clock=clock,
        # Tests look many people up from one kiosk; the limit itself is tested elsewhere.
        kiosk_lookup_limit=RateLimit(requests=10_000, per=timedelta(minutes=1)),
    )
    db = open_database(settings.database_url)
    try:
        token = seed(db, settings, clock)
        with serve(create_app(settings, db)) as base:
            yield DemoServer(base, token, db, settings)
    finally:
        db.dispose()
