"""Rows for report tests and the report benchmark, inserted in bulk with SQLAlchemy Core.

`TicketSpec` / `ComplaintSpec` are the plain facts a test states (minutes after opening,
minutes waited, minutes served); `insert_*` turn them into server rows. `random_*`
make large deterministic sets for the benchmark. Holds no rules.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from anjungan.server.db import Database
from anjungan.server.models.complaints import ComplaintEventRecord, ComplaintRecord
from anjungan.server.models.queue import QueueTicket
from anjungan.server.models.sync import ReceivedRecord

ZONE = ZoneInfo("Asia/Jakarta")
OFFICE = "KC-BKS"


@dataclass(frozen=True)
class TicketSpec:
    day: date
    service: str
    issued_minute: int  # minutes after 08:00 local
    wait: float | None  # minutes issued -> called; None: never called
    serve: float | None  # minutes started -> finished; None: not served
    state: str = "done"
    counter: int | None = 1
    priority: str = "none"
    office: str = OFFICE
    officer: str | None = None  # username of who called/served it


def insert_tickets(db: Database, specs: list[TicketSpec]) -> None:
    rows = []
    numbers: dict[tuple[str, str, date], int] = {}
    for spec in specs:
        key = (spec.office, spec.service, spec.day)
        numbers[key] = numbers.get(key, 0) + 1
        issued = datetime.combine(spec.day, time(8), tzinfo=ZONE) + timedelta(
            minutes=spec.issued_minute
        )
        called = issued + timedelta(minutes=spec.wait) if spec.wait is not None else None
        started = called if spec.serve is not None else None
        finished = started + timedelta(minutes=spec.serve) if started and spec.serve else None
        rows.append(
            {
                "office_code": spec.office,
                "service_date": spec.day,
                "origin_service": spec.service,
                "service_code": spec.service,
                "number": numbers[key],
                "label": f"{spec.service[:1].upper()}{numbers[key]:03d}"[:8],
                "priority": spec.priority,
                "state": spec.state,
                "counter_number": spec.counter if called else None,
                "officer": spec.officer if called else None,
                "recall_count": 0,
                "is_returning": False,
                "issued_at": issued,
                "queued_at": issued,
                "called_at": called,
                "first_called_at": called,
                "started_at": started,
                "finished_at": finished,
                "outcome": None,
                "hops": [],
                "moves": [],
                "printed": True,
                "reprints": 0,
            }
        )
    with db.write() as session:
        for start in range(0, len(rows), 5000):
            session.execute(insert(QueueTicket), rows[start : start + 5000])


@dataclass(frozen=True)
class ComplaintSpec:
    channel: str
    category: str
    received: datetime
    moves: tuple[tuple[str, str, datetime, bool | None], ...] = ()
    """(action, to_state, at, satisfied) after the receipt, in order."""
    needs_coordination: bool = False
    office: str = OFFICE


def insert_complaints(db: Database, specs: list[ComplaintSpec]) -> list[int]:
    ids = []
    with db.write() as session:
        for spec in specs:
            state = spec.moves[-1][1] if spec.moves else "received"
            cid = session.execute(
                insert(ComplaintRecord).returning(ComplaintRecord.id),
                {
                    "uuid": uuid.uuid4(),
                    "office_code": spec.office,
                    "created_by": "petugas",
                    "channel": spec.channel,
                    "category": spec.category,
                    "participant_card": "0001234567890",
                    "reporter_name": "Pelapor",
                    "problem": "masalah",
                    "cause": "sebab",
                    "needs_coordination": spec.needs_coordination,
                    "received_at": spec.received,
                    "state": state,
                    "updated_at": spec.received,
                },
            ).scalar_one()
            ids.append(cid)
            events: list[tuple[str, str | None, str, datetime, bool | None]] = [
                ("receive", None, "received", spec.received, None)
            ]
            prev = "received"
            for action, to_state, at, satisfied in spec.moves:
                events.append((action, prev, to_state, at, satisfied))
                prev = to_state
            session.execute(
                insert(ComplaintEventRecord),
                [
                    {
                        "uuid": uuid.uuid4(),
                        "complaint_id": cid,
                        "action": action,
                        "at": at,
                        "by_role": None if action == "receive" else "officer",
                        "actor": "petugas",
                        "from_state": from_state,
                        "to_state": to_state,
                        "note": "",
                        "satisfied": satisfied,
                    }
                    for action, from_state, to_state, at, satisfied in events
                ],
            )
    return ids


def insert_received(
    db: Database,
    kind: str,
    payloads: Sequence[Mapping[str, object]],
    at: datetime,
    office: str = OFFICE,
) -> None:
    with db.write() as session:
        session.execute(
            insert(ReceivedRecord),
            [
                {
                    "kind": kind,
                    "record_uuid": uuid.uuid4(),
                    "client_uuid": uuid.uuid4(),
                    "office_code": office,
                    "device_id": "kiosk-1",
                    "received_at": at,
                    "payload": payload,
                }
                for payload in payloads
            ],
        )


SERVICES = ("pendaftaran", "perubahan_data", "informasi", "pengaduan")


def random_tickets(n: int, first_day: date, days: int, seed: int = 1) -> list[TicketSpec]:
    rng = random.Random(seed)
    specs = []
    for _ in range(n):
        state = rng.choices(["done", "no_show", "cancelled"], weights=[90, 7, 3])[0]
        specs.append(
            TicketSpec(
                day=first_day + timedelta(days=rng.randrange(days)),
                service=rng.choice(SERVICES),
                issued_minute=rng.randrange(0, 480),
                wait=rng.uniform(0, 60) if state != "cancelled" else None,
                serve=rng.uniform(3, 25) if state == "done" else None,
                state=state,
                counter=rng.randint(1, 6),
                priority=rng.choices(["none", "elderly", "disabled", "pregnant"], [85, 9, 3, 3])[0],
            )
        )
    return specs


def random_complaints(n: int, first_day: date, days: int, seed: int = 1) -> list[ComplaintSpec]:
    rng = random.Random(seed)
    specs = []
    for _ in range(n):
        received = datetime.combine(
            first_day + timedelta(days=rng.randrange(days)), time(9), tzinfo=ZONE
        ).astimezone(UTC)
        moves: list[tuple[str, str, datetime, bool | None]] = []
        if rng.random() < 0.8:
            answered = received + timedelta(days=rng.randint(0, 6))
            moves.append(("start", "in_progress", received + timedelta(hours=1), None))
            moves.append(("answer", "answered", answered, None))
            if rng.random() < 0.7:
                moves.append(("confirm", "confirmed", answered, rng.random() < 0.85))
                moves.append(("close", "closed", answered + timedelta(days=1), None))
        specs.append(
            ComplaintSpec(
                channel=rng.choice(["direct", "oral", "written", "kiosk"]),
                category=rng.choice(["membership", "contributions", "fktp_service"]),
                received=received,
                moves=tuple(moves),
            )
        )
    return specs
