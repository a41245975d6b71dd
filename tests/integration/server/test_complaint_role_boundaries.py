"""Every move only the head of unit may make, refused to an officer and allowed to the
head, both ways a move reaches the server: the action route (403 with the domain's
sentence, nothing changed) and a pushed ``complaint_event`` built by the counter's own
use case (rejected when the officer it names is an officer, even if the counter
believed otherwise; accepted for the head)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.complaints import TRANSITIONS, Action, Category, Channel, Role
from anjungan.core.domain.complaints import Transition as Row
from anjungan.core.services.complaint_actions import Move, act_on_complaint
from anjungan.core.services.complaints import ComplaintForm, log_complaint
from anjungan.core.services.forms import Desk
from anjungan.core.store.engine import open_store
from anjungan.core.store.models import OutboxStatus
from anjungan.core.store.uow import UnitOfWork
from tests.integration.server.conftest import Api
from tests.integration.server.test_complaints import _make, _path_to, act, create, relogin
from tests.integration.server.test_sync_push import COUNTER, item, push, results

SQLITE = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)

HEAD_ONLY = [t for t in TRANSITIONS if Role.OFFICER not in t.roles and Role.SUPERVISOR in t.roles]
IDS = [f"{t.source.value}-{t.action.value}" for t in HEAD_ONLY]
FORM = ComplaintForm(
    channel=Channel.DIRECT,
    category=Category.MEMBERSHIP,
    identifier="0001944358911",
    name="Siti Aminah",
    problem="Kartu tidak aktif padahal iuran sudah dibayar.",
    cause="Pembayaran belum tercatat.",
)
# The counter's day starts before the server's clock (09:00 WIB): no step is in its future.
COUNTER_START = datetime(2026, 11, 23, 8, 0, tzinfo=WIB)


def _body(row: Row) -> dict[str, object]:
    return {"note": f"Catatan {row.action.value}"} if row.note_required else {}


def test_every_move_reserved_to_the_head_of_unit_is_listed() -> None:
    assert {(t.source.value, t.action.value) for t in HEAD_ONLY} == {
        ("received", "withdraw"),
        ("in_progress", "withdraw"),
        ("escalated", "return_to_officer"),
        ("escalated", "answer"),
        ("escalated", "withdraw"),
        ("waiting_for_participant", "close_incomplete"),
        ("waiting_for_participant", "withdraw"),
        ("confirmed", "reopen"),
    }


@SQLITE
@pytest.mark.parametrize("row", HEAD_ONLY, ids=IDS)
def test_over_http_an_officer_gets_403_and_the_head_of_unit_makes_the_move(
    api: Api, clock: FixedClock, row: Row
) -> None:
    complaint = create(api)
    for step in _path_to(row.source):
        complaint = _make(api, complaint, step)
    assert row.action.value not in complaint["allowed_actions"]
    refused = act(api, complaint, row.action.value, "officer", **_body(row))
    assert refused.status_code == 403, refused.text
    assert refused.json()["code"] == "complaint_role_not_permitted"
    unchanged = api.as_("officer").get(api.url(f"/complaints/{complaint['uuid']}"), timeout=30)
    assert unchanged.json()["state"] == row.source.value
    assert len(unchanged.json()["events"]) == len(complaint["events"])
    if row.action is Action.CLOSE_INCOMPLETE:
        clock.advance(timedelta(days=31))
        relogin(api, "supervisor")
    done = act(api, complaint, row.action.value, "supervisor", **_body(row))
    assert done.status_code == 200, done.text
    assert done.json()["state"] == row.target.value
    assert done.json()["events"][-1]["actor"] == "supervisor1"


def _counter_batch(
    folder: Path, row: Row, recorded_for: str, first_seq: int
) -> list[dict[str, Any]]:
    """The outbox of a counter that logged a complaint, walked it to ``row.source`` as
    officer1, then made ``row``'s move as a head of unit for ``recorded_for`` (the
    counter believed that officer was a head: a role changed on the server since)."""
    clock = FixedClock(COUNTER_START)
    with open_store(folder / "counter.sqlite3") as store:

        def uow() -> UnitOfWork:
            return UnitOfWork(store, device_id=COUNTER, clock=clock)

        uuid = log_complaint(uow(), FORM, clock=clock, desk=Desk("officer1", "MPP-BPN")).record.uuid
        for step in _path_to(row.source):
            clock.advance(timedelta(minutes=1))
            satisfied = True if step.action is Action.CONFIRM else None
            move = Move(step.action, "Catatan", satisfied)
            act_on_complaint(
                uow(), uuid, move, role=Role.OFFICER, clock=clock, desk=Desk("officer1", "MPP-BPN")
            )
        clock.advance(
            timedelta(days=31) if row.action is Action.CLOSE_INCOMPLETE else timedelta(minutes=1)
        )
        act_on_complaint(
            uow(),
            uuid,
            Move(row.action, "Catatan kepala unit"),
            role=Role.SUPERVISOR,
            clock=clock,
            desk=Desk(recorded_for, "MPP-BPN"),
        )
        with uow() as reading:
            entries = reading.outbox.with_status(OutboxStatus.PENDING)
            return [
                item(
                    entry.kind.value,
                    entry.payload,
                    seq,
                    record_uuid=entry.record_uuid,
                    client_uuid=entry.client_uuid,
                )
                for seq, entry in enumerate(entries, start=first_seq)
            ]


@SQLITE
@pytest.mark.parametrize("row", HEAD_ONLY, ids=IDS)
def test_a_pushed_head_only_move_is_rejected_for_an_officer_and_accepted_for_the_head(
    api: Api, clock: FixedClock, tmp_path: Path, row: Row
) -> None:
    if row.action is Action.CLOSE_INCOMPLETE:
        clock.advance(timedelta(days=31))
    as_officer = _counter_batch(tmp_path / "a", row, "officer1", 1)
    as_head = _counter_batch(tmp_path / "b", row, "supervisor1", len(as_officer) + 1)
    answers = results(push(api, as_officer + as_head))
    statuses = [a["result"]["status"] for a in answers]
    # Each batch: the complaint and the officer's steps accepted, then the head's move.
    assert statuses[: len(as_officer) - 1] == ["accepted"] * (len(as_officer) - 1)
    refused = answers[len(as_officer) - 1]["result"]
    assert refused["status"] == "rejected"
    assert [r["code"] for r in refused["reasons"]] == ["complaint_role_not_permitted"]
    assert statuses[len(as_officer) :] == ["accepted"] * len(as_head)
    assert answers[-1]["result"]["detail"]["state"] == row.target.value
