"""Local store: a registration (3 members) plus its outbox row per transaction.

Figure: records/s through `UnitOfWork.add_record` (ORM, append-only guard, outbox
sequence upsert, JSON payload). Baseline, same run, same machine: the same rows written
with the standard library's sqlite3 into an identical migrated file with the same
pragmas (WAL, synchronous=FULL), one transaction per record. The ratio is the price of
our unit of work over hand-written SQL; both pay the same fsync per commit.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from anjungan.core.clock import SystemClock
from anjungan.core.store.engine import open_store
from anjungan.core.store.uow import UnitOfWork
from bench.harness import Result
from tests.helpers.store_factories import DEVICE, registration


def _uow_rate(path: Path, n: int) -> float:
    store = open_store(path)
    clock = SystemClock()
    start = time.perf_counter()
    for _ in range(n):
        with UnitOfWork(store, device_id=DEVICE, clock=clock) as uow:
            uow.add_record(registration(3))
            uow.commit()
    elapsed = time.perf_counter() - start
    store.dispose()
    return n / elapsed


def _raw_rate(path: Path, n: int) -> float:
    open_store(path).dispose()  # same schema, migrated the same way
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    template = registration(3)
    payload = json.dumps(template.to_payload(), default=str)
    start = time.perf_counter()
    for seq in range(1, n + 1):
        rec = uuid.uuid4().hex
        now = datetime.now(UTC).isoformat()
        db.execute("BEGIN IMMEDIATE")
        cur = db.execute(
            "INSERT INTO registration (uuid, device_id, created_at, kk_number, segment,"
            " care_class, fktp_code, address, phone, bank_code, bank_account_number,"
            " bank_account_holder, officer_id, office_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                rec,
                DEVICE,
                now,
                template.kk_number,
                template.segment,
                template.care_class,
                template.fktp_code,
                template.address,
                template.phone,
                template.bank_code,
                template.bank_account_number,
                template.bank_account_holder,
                template.officer_id,
                template.office_code,
            ),
        )
        reg_id = cur.lastrowid
        for m in template.members:
            db.execute(
                "INSERT INTO registration_member (registration_id, position, nik, name, sex,"
                " birth_date, family_role) VALUES (?,?,?,?,?,?,?)",
                (reg_id, m.position, m.nik, m.name, m.sex, m.birth_date.isoformat(), m.family_role),
            )
        db.execute(
            "INSERT INTO outbox (client_uuid, device_id, local_seq, kind, record_uuid, payload,"
            " created_at, status, attempts) VALUES (?,?,?,?,?,?,?,?,0)",
            (rec, DEVICE, seq, "registration", rec, payload, now, "pending"),
        )
        db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return n / elapsed


def run(quick: bool = False) -> list[Result]:
    n = 40 if quick else 400
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        _raw_rate(base / "warm.sqlite", 5)  # warm the file system and imports
        raw = _raw_rate(base / "raw.sqlite", n)
        ours = _uow_rate(base / "uow.sqlite", n)
    return [
        Result(
            name=f"store: registration+outbox commits ({n})",
            value=ours,
            baseline_name="sqlite3 hand-written SQL",
            baseline=raw,
            unit="records/s",
            lower_is_better=False,
        )
    ]
