"""Sync: a counter's backlog of registrations pushed to the real server and settled.

Figure: records/s through `SyncEngine.sync_once` against the real app on loopback
(HTTP, JSON, every server check of a registration, card numbers and VAs, the inbox row,
the audit and change-log rows; then the counter settles each answer and pulls the
change log), a registration of 3 members per record, batches of 100. Baseline, same
run, same machine, same backend (a SQLite file): the same registrations, with their
members and card numbers, written by one bulk INSERT per table into the server's own
`registration` and `registration_member` tables in one transaction. The ratio is what
exactly-once delivery with every check costs over blindly loading the rows.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from anjungan.core.clock import FixedClock
from anjungan.core.store.engine import open_store
from anjungan.server import admin
from anjungan.server.app import create_app
from anjungan.server.db import open_database
from anjungan.server.models.sync import RegistrationMemberRecord, RegistrationRecord
from anjungan.server.settings import ServerSettings
from anjungan.sync.engine import SyncEngine
from bench.harness import Result
from tests.helpers.live_server import serve
from tests.helpers.sync_factories import add_registrations, family_members

DEVICE = "C-BENCH-01"
OFFICE = "MPP-BENCH"
FAMILY_START = 1  # families of 3 members: 1, 4, 7... (member_count = 2 + f % 3)


def _families(n: int) -> range:
    return range(FAMILY_START, FAMILY_START + 3 * n, 3)


def _sync_rate(base: Path, n: int) -> float:
    clock = FixedClock()
    settings = ServerSettings(database_url=f"sqlite:///{base / 'server.sqlite3'}", clock=clock)
    db = open_database(settings.database_url)
    token = admin.enroll_device(db, DEVICE, "counter", OFFICE, clock.now())
    with open_store(base / "counter.sqlite3") as store, serve(create_app(settings, db)) as url:
        add_registrations(
            store, device_id=DEVICE, clock=clock, families=_families(n), per_commit=100
        )
        engine = SyncEngine(store, url, token, DEVICE, clock=clock, batch_size=100)
        start = time.perf_counter()
        report = engine.sync_once()
        elapsed = time.perf_counter() - start
        engine.close()
    db.dispose()
    if not report.ok or report.accepted != n:
        raise RuntimeError(f"the benchmark's sync failed: {report}")
    return n / elapsed


def _bulk_rate(base: Path, n: int) -> float:
    db = open_database(f"sqlite:///{base / 'bulk.sqlite3'}")
    now = datetime.now(UTC)
    registrations: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    card = 10_000_000_000
    for reg_id, family in enumerate(_families(n), start=1):
        registrations.append(
            {
                "id": reg_id,
                "record_uuid": uuid.uuid4(),
                "office_code": OFFICE,
                "device_id": DEVICE,
                "officer_id": "petugas-01",
                "kk_number": "3171012001230004",
                "segment": "PBPU",
                "care_class": 3,
                "fktp_code": "0138U020",
                "address": "Jl. Merdeka No. 1, Jakarta Pusat",
                "phone": "+6281234567890",
                "bank_code": "BRI",
                "bank_account_number": "002301000123567",
                "bank_account_holder": "Anggota 1",
                "status": "registered",
                "virtual_accounts": {"BRI": f"88888{card + 1:013d}"[-16:]},
                "created_at": now,
                "registered_at": now,
            }
        )
        for member in family_members(family):
            card += 1
            members.append(
                {
                    "registration_id": reg_id,
                    "position": member.position,
                    "nik": member.nik,
                    "name": member.name,
                    "sex": member.sex,
                    "birth_date": member.birth_date,
                    "family_role": member.family_role,
                    "card_number": f"{card:013d}",
                }
            )
    start = time.perf_counter()
    with db.write() as session:
        session.execute(insert(RegistrationRecord), registrations)
        session.execute(insert(RegistrationMemberRecord), members)
    elapsed = time.perf_counter() - start
    db.dispose()
    return n / elapsed


def run(quick: bool = False) -> list[Result]:
    n = 50 if quick else 1000
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        ours = _sync_rate(base, n)
        bulk = _bulk_rate(base, n)
    return [
        Result(
            name=f"sync: registrations pushed and settled ({n}, 3 members)",
            value=ours,
            baseline_name="bulk INSERT into the server tables",
            baseline=bulk,
            unit="records/s",
            lower_is_better=False,
            note="SQLite server on loopback; batches of 100",
        )
    ]
