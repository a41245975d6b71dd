"""Data changes pushed by a counter: the server applies the counter's own rules again, per
change type, so a counter with old rules or an edited payload is answered field by field.

Payloads are made by the real counter use case on a real SQLite store, then pushed to the
real server on loopback.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.change_types import ChangeDocument as Doc
from anjungan.core.domain.changes import FamilyChangeKind
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.services.data_changes import (
    ChangeForm,
    ClassChange,
    ContactChange,
    FamilyAddition,
    Reactivation,
    Subject,
    record_data_change,
)
from anjungan.core.services.forms import Desk
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.models import OutboxStatus
from anjungan.core.store.uow import UnitOfWork
from anjungan.server.db import Database
from anjungan.server.models.sync import ReceivedRecord
from tests.integration.server.conftest import Api
from tests.integration.server.test_sync_push import item, push, results

pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)

COUNTER = "C-BPN-01"
RECORDED = datetime(2026, 11, 23, 8, 30, tzinfo=WIB)
HOLDER = Subject("0001944358911", "3171011205800001")
NEWBORN = FamilyAddition(
    HOLDER,
    FamilyChangeKind.ADD_NEWBORN,
    "3171011011260005",
    "Bayi Santoso",
    frozenset({Doc.KK, Doc.BIRTH_CERTIFICATE}),
)
REACTIVATION = Reactivation(HOLDER, Segment.PBPU, CareClass.III, "3", "30", "")
CONTACT = ContactChange(HOLDER, phone="0812-3456-7890")
CLASS = ClassChange(HOLDER, Segment.PBPU, CareClass.III, CareClass.II, "01-03-2026", "0", "3", "3")


@pytest.fixture
def counter_store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "counter.sqlite3") as opened:
        yield opened


def recorded(store: Store, form: ChangeForm, book: TariffBook | None = None) -> dict[str, Any]:
    """The outbox payload the counter would push for ``form``."""
    clock = FixedClock(RECORDED)
    uow = UnitOfWork(store, device_id=COUNTER, clock=clock)
    saved = record_data_change(
        uow, form, today=RECORDED.date(), desk=Desk("officer1", "MPP-BPN"), book=book
    )
    with UnitOfWork(store, device_id=COUNTER, clock=clock) as read:
        [entry] = [
            e
            for e in read.outbox.with_status(OutboxStatus.PENDING)
            if e.record_uuid == saved.record_uuid
        ]
        return dict(entry.payload)


def answer_of(api: Api, payload: dict[str, Any], seq: int = 1) -> dict[str, Any]:
    return dict(
        results(push(api, [item("data_change", payload, seq, device=COUNTER)]))[0]["result"]
    )


def reasons_of(result: dict[str, Any]) -> set[tuple[str, str]]:
    return {(r["field"], r["code"]) for r in result["reasons"]}


def test_valid_changes_of_three_types_are_accepted_and_kept(
    api: Api, db: Database, counter_store: Store
) -> None:
    payloads = [recorded(counter_store, form) for form in (NEWBORN, REACTIVATION, CONTACT)]
    answers = results(
        push(
            api, [item("data_change", p, seq, device=COUNTER) for seq, p in enumerate(payloads, 1)]
        )
    )
    assert [a["result"]["status"] for a in answers] == ["accepted"] * 3
    with db.read() as session:
        kept = session.scalars(select(ReceivedRecord).order_by(ReceivedRecord.id)).all()
        assert [r.payload["change_type"] for r in kept] == ["family_add", "reactivation", "contact"]
        assert kept[1].payload["new_values"]["amount_to_pay"] == 25 * 105_000


def test_an_edited_payload_is_rejected_with_a_reason_per_field(
    api: Api, counter_store: Store
) -> None:
    payload = recorded(counter_store, REACTIVATION)
    payload["new_values"] = dict(payload["new_values"], amount_to_pay=100_000)
    payload["old_values"] = dict(payload["old_values"], family_members="tiga")
    result = answer_of(api, payload)
    assert result["status"] == "rejected"
    assert reasons_of(result) == {("old_values.family_members", "not_digits")}

    payload = recorded(counter_store, REACTIVATION)
    payload["new_values"] = dict(payload["new_values"], amount_to_pay=100_000)
    result = answer_of(api, payload, 2)
    assert reasons_of(result) == {("new_values.amount_to_pay", "not_as_computed")}
    for reason in result["reasons"]:
        assert reason["message_id"] and reason["message_en"]


def test_a_seventy_year_old_child_slipped_into_a_payload_is_refused_by_its_nik(
    api: Api, counter_store: Store
) -> None:
    payload = recorded(counter_store, NEWBORN)
    seventy = "3171010106560006"
    payload["new_values"] = dict(payload["new_values"], member_nik=seventy, birth_date="1956-06-01")
    result = answer_of(api, payload)
    assert result["status"] == "rejected"
    assert reasons_of(result) == {("new_values.member_nik", "child_too_old")}
    assert all(seventy not in r["message_id"] + r["message_en"] for r in result["reasons"])


def test_a_phone_with_letters_and_an_unknown_kind_are_named_by_their_payload_path(
    api: Api, counter_store: Store
) -> None:
    contact = recorded(counter_store, CONTACT)
    contact["new_values"] = {"phone": "0812 abc 7890"}
    assert reasons_of(answer_of(api, contact)) == {("new_values.phone", "has_letters")}
    newborn = recorded(counter_store, NEWBORN)
    newborn["reason"] = "ADD_COUSIN"
    assert reasons_of(answer_of(api, newborn, 2)) == {("reason", "bad_value")}
    unknown = recorded(counter_store, CONTACT)
    unknown["change_type"] = "hair_colour"
    assert reasons_of(answer_of(api, unknown, 3)) == {("change_type", "unknown_change_type")}


def test_a_counter_with_old_rules_is_told_which_value_the_rules_in_force_refuse(
    api: Api, counter_store: Store
) -> None:
    text = _packaged_tariffs().replace(
        "class_change_min_months = 12", "class_change_min_months = 6"
    )
    old_rules = TariffBook.from_toml(text)
    payload = recorded(counter_store, CLASS, book=old_rules)  # 8 months in class III
    result = answer_of(api, payload)
    assert result["status"] == "rejected"
    assert reasons_of(result) == {("old_values.class_since", "class_change_too_soon")}


def test_a_change_recorded_in_the_future_is_rejected(api: Api, counter_store: Store) -> None:
    payload = recorded(counter_store, CONTACT)
    payload["created_at"] = "2026-11-24T09:00:00+07:00"
    result = answer_of(api, payload)
    assert reasons_of(result) == {("created_at", "time_in_future")}


def test_a_resubmitted_correction_under_a_new_client_uuid_is_accepted(
    api: Api, counter_store: Store
) -> None:
    payload = recorded(counter_store, CONTACT)
    broken = dict(payload, new_values={"phone": "0812 abc"})
    assert answer_of(api, broken)["status"] == "rejected"
    fixed = item("data_change", payload, 2, device=COUNTER, client_uuid=uuid.uuid4())
    [answer] = results(push(api, [fixed]))
    assert answer["result"]["status"] == "accepted"


def _packaged_tariffs() -> str:
    data = resources.files("anjungan.core.domain.data")
    return data.joinpath("tariffs.toml").read_text(encoding="utf-8")
