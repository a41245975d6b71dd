"""An information request logged at the counter in two clicks (a topic, no question text)
is accepted by the server's push, as the counter's own store writes it.

Found by the soak (`bench/soak.py`): the server required the ``question`` text, so every
request logged with the topic buttons was rejected and never reached the server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from anjungan.core.clock import FixedClock
from anjungan.core.domain.complaint_sla import Channel
from anjungan.core.services.forms import Desk
from anjungan.core.services.info_requests import InfoTopic, log_info_request
from anjungan.core.store import outbox
from anjungan.core.store.engine import open_store
from anjungan.core.store.uow import UnitOfWork
from anjungan.server.db import Database
from anjungan.server.models.sync import ReceivedRecord
from tests.integration.server.conftest import Api

COUNTER = "C-BPN-01"


def test_a_topic_only_info_request_from_the_counter_is_accepted(
    api: Api, db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    desk = Desk(officer_id="officer1", office_code="MPP-BPN")
    with open_store(tmp_path / "counter.sqlite3") as store:
        uow = UnitOfWork(store, device_id=COUNTER, clock=clock)
        log_info_request(uow, InfoTopic.MOBILE_JKN, Channel.ORAL, desk=desk)
        with UnitOfWork(store, device_id=COUNTER, clock=clock) as reading:
            [row] = outbox.pending_batch(reading)
            item: dict[str, Any] = {
                "client_uuid": str(row.client_uuid),
                "device_id": row.device_id,
                "local_seq": row.local_seq,
                "kind": row.kind,
                "record_uuid": str(row.record_uuid),
                "payload": row.payload,
            }
    assert item["payload"]["question"] == ""
    answer = api.as_("counter").post(api.url("/sync/push"), json={"items": [item]}, timeout=30)
    assert answer.status_code == 200, answer.text
    [result] = answer.json()["results"]
    assert result["result"]["status"] == "accepted", result["result"]["reasons"]
    with db.read() as session:
        kinds = session.scalars(select(ReceivedRecord.kind)).all()
    assert kinds == ["info_request"]
