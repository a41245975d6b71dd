"""`POST /v1/sync/push`: exactly-once receipt, 409 on a changed payload, rejections with
reasons in both languages, per-device order, card numbers and VAs for registrations.

Payloads are built with the counter's own store models (`to_payload()`), so the test
holds the server to what the real client sends.
"""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from typing import Any

import requests
from sqlalchemy import func, select

from anjungan.core.domain.card import parse_card_number, virtual_accounts
from anjungan.core.store.models import ComplaintEvent, RegistrationMember
from anjungan.server.db import Database
from anjungan.server.models import AuditLog
from anjungan.server.models.complaints import ComplaintRecord
from anjungan.server.models.sync import (
    ReceivedRecord,
    RegistrationMemberRecord,
    RegistrationRecord,
    SyncInbox,
)
from tests.helpers import store_factories
from tests.integration.server.conftest import Api

COUNTER = "C-BPN-01"
KIOSK = "K-BPN-01"
CREATED = datetime.fromisoformat("2026-11-23T08:30:00+07:00")
RECEIVED = datetime.fromisoformat("2026-11-23T08:45:00+07:00")


def item(
    kind: str,
    payload: dict[str, Any],
    seq: int,
    *,
    record_uuid: uuid.UUID | None = None,
    client_uuid: uuid.UUID | None = None,
    device: str = COUNTER,
) -> dict[str, Any]:
    """One outbox row as the sync client sends it."""
    record = record_uuid or uuid.UUID(str(payload.get("uuid") or uuid.uuid4()))
    return {
        "client_uuid": str(client_uuid or record),
        "device_id": device,
        "local_seq": seq,
        "kind": kind,
        "record_uuid": str(record),
        "payload": payload,
    }


def registration_payload(
    family: int = 0, *, segment: str = "PBPU", **overrides: object
) -> dict[str, Any]:
    """A family of three (head, spouse, child); ``family`` makes its NIKs unique."""
    people = [
        ("head", "L", date(1985, 1, 10), 10),
        ("spouse", "P", date(1987, 3, 12), 52),
        ("child", "L", date(2012, 6, 1), 1),
    ]
    members = [
        RegistrationMember(
            position=i + 1,
            nik=f"317101{day:02d}{born.month:02d}{born.year % 100:02d}{family * 10 + i + 1:04d}",
            name=f"anggota  {chr(65 + i)}",
            sex=sex,
            birth_date=born,
            family_role=role,
        )
        for i, (role, sex, born, day) in enumerate(people)
    ]
    record = store_factories.registration(
        segment=segment, members=members, device_id=COUNTER, created_at=CREATED
    )
    record.uuid = uuid.uuid4()
    payload = record.to_payload()
    payload.update(overrides)
    return payload


def complaint_payload(**overrides: object) -> dict[str, Any]:
    record = store_factories.complaint(
        category="fktp_service",
        cause="Data iuran belum tercatat di sistem.",
        received_at=RECEIVED,
        device_id=COUNTER,
        created_at=CREATED,
        **overrides,
    )
    record.uuid = uuid.uuid4()
    return record.to_payload()


def event_payload(
    complaint: dict[str, Any], event_type: str, at: str, **fields: object
) -> dict[str, Any]:
    parent = store_factories.complaint()
    parent.uuid = uuid.UUID(complaint["uuid"])
    event = ComplaintEvent(
        complaint=parent,
        event_type=event_type,
        actor_id="officer1",
        uuid=uuid.uuid4(),
        device_id=COUNTER,
        created_at=datetime.fromisoformat(at),
        **fields,
    )
    return event.to_payload()


def push(api: Api, items: list[dict[str, Any]], role: str = "counter") -> requests.Response:
    return api.as_(role).post(api.url("/sync/push"), json={"items": items}, timeout=30)


def results(answer: requests.Response) -> list[dict[str, Any]]:
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"])


def test_the_same_batch_pushed_three_times_is_stored_once_with_identical_answers(
    api: Api, db: Database
) -> None:
    batch = [
        item("registration", registration_payload(1), 1),
        item("complaint", complaint_payload(), 2),
        item("survey", store_factories.survey([4, 3, 4, 4, 3, 4, 4, 4, 3]).to_payload(), 3),
    ]
    answers = [results(push(api, batch)) for _ in range(3)]
    assert [r["duplicate"] for r in answers[0]] == [False, False, False]
    assert [r["result"]["status"] for r in answers[0]] == ["accepted"] * 3
    for repeat in answers[1:]:
        assert [r["duplicate"] for r in repeat] == [True, True, True]
        assert [r["result"] for r in repeat] == [r["result"] for r in answers[0]]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(RegistrationRecord)) == 1
        assert session.scalar(select(func.count()).select_from(RegistrationMemberRecord)) == 3
        assert session.scalar(select(func.count()).select_from(ComplaintRecord)) == 1
        assert session.scalar(select(func.count()).select_from(ReceivedRecord)) == 1
        assert session.scalar(select(func.count()).select_from(SyncInbox)) == 3


def test_a_changed_payload_under_a_used_uuid_is_409_and_changes_nothing(
    api: Api, db: Database
) -> None:
    original = registration_payload(2)
    first = results(push(api, [item("registration", original, 1)]))[0]["result"]
    changed = dict(original, phone="081298765432")
    fresh = complaint_payload()
    answer = push(api, [item("complaint", fresh, 2), item("registration", changed, 1)])
    assert answer.status_code == 409
    body = answer.json()
    assert body["code"] == "client_uuid_conflict"
    assert body["conflicts"] == [original["uuid"]]
    assert body["message_id"] and body["message_en"]
    with db.read() as session:
        stored = session.scalar(select(RegistrationRecord))
        assert stored is not None
        assert stored.phone == "+6281234567890"
        inbox = session.scalar(select(SyncInbox))
        assert inbox is not None and inbox.payload == original
        # Nothing of the refused batch was applied, not even its valid complaint.
        assert session.scalar(select(func.count()).select_from(ComplaintRecord)) == 0
    again = results(push(api, [item("registration", original, 1)]))[0]
    assert again["duplicate"] is True and again["result"] == first


def test_invalid_records_are_rejected_with_reasons_and_do_not_block_valid_ones(
    api: Api, db: Database
) -> None:
    bad_nik = registration_payload(3)
    bad_nik["members"][1]["nik"] = "3171015213870002"  # month 13
    old_child = registration_payload(4, segment="PPU_PN", bank_code=None)
    old_child["members"][2]["birth_date"] = "1956-06-01"
    no_cause = complaint_payload()
    no_cause["cause"] = "  "
    good = registration_payload(5)
    batch = [
        item("registration", bad_nik, 1),
        item("registration", old_child, 2),
        item("complaint", no_cause, 3),
        item("registration", good, 4),
        item("survey", {"answers": [4, 5, 3], "office_code": "MPP-BPN"}, 5),
    ]
    answers = results(push(api, batch))
    statuses = [a["result"]["status"] for a in answers]
    assert statuses == ["rejected", "rejected", "rejected", "accepted", "rejected"]
    reasons = [{(r["field"], r["code"]) for r in a["result"]["reasons"]} for a in answers]
    assert ("members[1].nik", "invalid_month") in reasons[0]
    assert ("members[2].birth_date", "child_over_age_limit") in reasons[1]
    assert ("cause", "required") in reasons[2]
    assert ("answers[1]", "skm_score_out_of_range") in reasons[4]
    for answer in answers[:3]:
        for one in answer["result"]["reasons"]:
            assert one["message_id"] and one["message_en"]
            assert one["message_id"] != one["message_en"]
            # Reasons name the field, never its value (core.errors).
            assert "3171015213870002" not in one["message_id"] + one["message_en"]
    with db.read() as session:
        kept = session.scalars(select(RegistrationRecord.record_uuid)).all()
        assert [str(u) for u in kept] == [good["uuid"]]
        audit = session.scalars(select(AuditLog.action).where(AuditLog.action == "sync.reject"))
        assert len(list(audit)) == 4


def test_a_rejected_record_resubmitted_corrected_under_a_new_uuid_is_accepted(api: Api) -> None:
    payload = registration_payload(6)
    payload["members"][0]["name"] = "B4DI"
    first = results(push(api, [item("registration", payload, 1)]))[0]
    assert first["result"]["status"] == "rejected"
    assert first["result"]["reasons"][0]["field"] == "members[0].name"
    corrected = dict(
        payload, members=[dict(payload["members"][0], name="BADI"), *payload["members"][1:]]
    )
    # core.store.outbox.resubmit: a new client uuid, the same record uuid.
    second = results(
        push(
            api,
            [
                item(
                    "registration",
                    corrected,
                    2,
                    record_uuid=uuid.UUID(payload["uuid"]),
                    client_uuid=uuid.uuid4(),
                )
            ],
        )
    )[0]
    assert second["result"]["status"] == "accepted"
    assert second["result"]["record_uuid"] == payload["uuid"]


def test_an_accepted_registration_gets_13_digit_cards_and_the_heads_vas(
    api: Api, db: Database
) -> None:
    payload = registration_payload(7)
    result = results(push(api, [item("registration", payload, 1)]))[0]["result"]
    assert result["server_ref"].startswith("REG-")
    detail = result["detail"]
    cards = [m["card_number"] for m in detail["members"]]
    assert [m["position"] for m in detail["members"]] == [1, 2, 3]
    assert len(set(cards)) == 3
    assert all(parse_card_number(c) == c and len(c) == 13 for c in cards)
    head_vas = {bank.value: va for bank, va in virtual_accounts(cards[0]).items()}
    assert detail["virtual_accounts"] == head_vas
    assert detail["virtual_accounts"]["MANDIRI"] == "89888" + cards[0][-11:]
    other = results(push(api, [item("registration", registration_payload(8), 2)]))[0]
    other_cards = {m["card_number"] for m in other["result"]["detail"]["members"]}
    assert not other_cards & set(cards)
    with db.read() as session:
        stored = session.scalar(select(RegistrationRecord).where(RegistrationRecord.id == 1))
        assert stored is not None
        assert [m.name for m in stored.members] == ["ANGGOTA A", "ANGGOTA B", "ANGGOTA C"]
        assert [m.card_number for m in stored.members] == cards


def test_a_second_registration_of_the_same_person_is_rejected(api: Api) -> None:
    results(push(api, [item("registration", registration_payload(9), 1)]))
    again = registration_payload(9)  # same NIKs, new record
    answer = results(push(api, [item("registration", again, 2)]))[0]["result"]
    assert answer["status"] == "rejected"
    assert {r["code"] for r in answer["reasons"]} == {"nik_already_registered"}


def test_a_mandiri_registration_needs_the_whole_family_and_an_autodebit_bank(api: Api) -> None:
    payload = registration_payload(10, bank_code="BANK LAIN", care_class=None)
    payload["kk_members"] = [m["nik"] for m in payload["members"]] + ["3171011001850999"]
    payload["documents"] = ["KK"]
    result = results(push(api, [item("registration", payload, 1)]))[0]["result"]
    codes = {(r["field"], r["code"]) for r in result["reasons"]}
    assert codes == {
        ("kk_members", "whole_family_required"),
        ("bank_code", "bank_not_accepted"),
        ("care_class", "care_class_required"),
        ("documents", "documents_missing"),
    }


def test_a_complaint_step_waits_for_its_complaint_and_is_applied_after_it(
    api: Api, db: Database
) -> None:
    complaint = complaint_payload()
    start = event_payload(complaint, "start", "2026-11-23T08:50:00+07:00")
    early = results(push(api, [item("complaint_event", start, 2)]))[0]
    assert early["duplicate"] is False
    assert early["result"]["status"] == "retry_later"
    assert early["result"]["reasons"][0]["code"] == "complaint_not_received_yet"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SyncInbox)) == 0
    # Sent together, out of list order: local_seq decides (creation first).
    answers = results(
        push(api, [item("complaint_event", start, 2), item("complaint", complaint, 1)])
    )
    assert [a["result"]["status"] for a in answers] == ["accepted", "accepted"]
    assert answers[0]["result"]["detail"]["state"] == "in_progress"
    assert answers[1]["result"]["server_ref"] == answers[0]["result"]["server_ref"]


def test_a_pushed_step_the_workflow_forbids_is_rejected_with_the_domains_reason(
    api: Api,
) -> None:
    complaint = complaint_payload()
    answer = event_payload(complaint, "answer", "2026-11-23T08:50:00+07:00", note="Sudah aktif.")
    withdraw = event_payload(complaint, "withdraw", "2026-11-23T08:55:00+07:00", note="Ganda.")
    confirm = event_payload(complaint, "start", "2026-11-23T08:57:00+07:00")
    bogus = event_payload(complaint, "answer_drafted", "2026-11-23T08:58:00+07:00")
    answers = results(
        push(
            api,
            [
                item("complaint", complaint, 1),
                item("complaint_event", answer, 2),
                item("complaint_event", withdraw, 3),
                item("complaint_event", confirm, 4),
                item("complaint_event", bogus, 5),
            ],
        )
    )
    statuses = [a["result"]["status"] for a in answers]
    assert statuses == ["accepted", "rejected", "rejected", "accepted", "rejected"]
    assert answers[1]["result"]["reasons"][0]["code"] == "complaint_illegal_transition"
    # The counter device recorded officer1: an officer may not withdraw a complaint.
    assert answers[2]["result"]["reasons"][0]["code"] == "complaint_role_not_permitted"
    assert answers[4]["result"]["reasons"][0]["field"] == "event_type"


def test_a_kiosk_may_push_surveys_and_change_requests_only(api: Api, db: Database) -> None:
    survey = item("survey", {"answers": [4] * 9, "face": 4}, 1, device=KIOSK)
    change = item(
        "change_request", {"card_number": "0001944358911", "fktp": "0138B011"}, 2, device=KIOSK
    )
    answers = results(push(api, [survey, change], role="kiosk"))
    assert [a["result"]["status"] for a in answers] == ["accepted", "accepted"]
    refused = push(api, [item("complaint", complaint_payload(), 3, device=KIOSK)], role="kiosk")
    assert refused.status_code == 403
    assert refused.json()["code"] == "sync_kind_not_allowed"
    with db.read() as session:
        kinds = session.scalars(select(ReceivedRecord.kind).order_by(ReceivedRecord.id)).all()
        assert kinds == ["survey", "change_request"]


def test_a_device_cannot_push_another_devices_rows(api: Api) -> None:
    answer = push(api, [item("complaint", complaint_payload(), 1, device="C-OTHER-09")])
    assert answer.status_code == 422
    assert answer.json()["code"] == "device_mismatch"


def test_an_officer_logged_in_on_the_counter_may_push_its_rows(api: Api) -> None:
    answer = results(push(api, [item("complaint", complaint_payload(), 1)], role="supervisor"))
    assert answer[0]["result"]["status"] == "accepted"


def test_without_a_token_push_is_401(api: Api) -> None:
    answer = push(api, [item("complaint", complaint_payload(), 1)], role="anonymous")
    assert answer.status_code == 401


def test_the_same_batch_pushed_concurrently_is_applied_once(api: Api, db: Database) -> None:
    batch = [
        item("registration", registration_payload(11), 1),
        item("complaint", complaint_payload(), 2),
    ]

    def send(_: int) -> list[dict[str, Any]]:
        # One session per thread: requests.Session is not thread-safe.
        with requests.Session() as session:
            session.headers.update(api.as_("counter").headers)
            answer = session.post(api.url("/sync/push"), json={"items": batch}, timeout=60)
        return results(answer)

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(send, range(4)))
    assert sorted(sum(not r["duplicate"] for r in a) for a in answers) == [0, 0, 0, 2]
    firsts = [[r["result"] for r in a] for a in answers]
    assert all(f == firsts[0] for f in firsts)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(RegistrationRecord)) == 1
        assert session.scalar(select(func.count()).select_from(ComplaintRecord)) == 1
        assert session.scalar(select(func.count()).select_from(RegistrationMemberRecord)) == 3


def test_one_uuid_twice_in_a_batch_with_different_content_is_409(api: Api, db: Database) -> None:
    payload = complaint_payload()
    twin = dict(payload, description="Isi lain")
    answer = push(api, [item("complaint", payload, 1), item("complaint", twin, 2)])
    assert answer.status_code == 409
    assert answer.json()["conflicts"] == [payload["uuid"]]
    same = results(push(api, [item("complaint", payload, 1), item("complaint", payload, 1)]))
    assert [r["duplicate"] for r in same] == [False, True]
    assert same[0]["result"] == same[1]["result"]


def test_a_step_dated_in_the_future_is_rejected_so_it_cannot_block_later_ones(api: Api) -> None:
    complaint = complaint_payload()
    future = event_payload(complaint, "start", "2027-01-04T09:00:00+07:00")
    answers = results(
        push(api, [item("complaint", complaint, 1), item("complaint_event", future, 2)])
    )
    assert answers[1]["result"]["status"] == "rejected"
    assert [(r["field"], r["code"]) for r in answers[1]["result"]["reasons"]] == [
        ("created_at", "time_in_future")
    ]


def test_a_complaint_handled_offline_reaches_the_server_step_by_step(api: Api) -> None:
    complaint = complaint_payload()
    steps = [
        event_payload(complaint, "start", "2026-11-23T08:50:00+07:00"),
        event_payload(complaint, "answer", "2026-11-23T08:52:00+07:00", note="Sudah aktif."),
        event_payload(complaint, "confirm", "2026-11-23T08:53:00+07:00", data={"satisfied": True}),
        event_payload(complaint, "close", "2026-11-23T08:54:00+07:00"),
    ]
    batch = [item("complaint", complaint, 1)]
    batch += [item("complaint_event", step, seq) for seq, step in enumerate(steps, start=2)]
    answers = results(push(api, batch))
    assert [a["result"]["status"] for a in answers] == ["accepted"] * 5
    assert answers[-1]["result"]["detail"]["state"] == "closed"
    detail = api.as_("officer").get(api.url(f"/complaints/{complaint['uuid']}"), timeout=30).json()
    assert detail["outcome"] == "satisfied"
    assert [e["action"] for e in detail["events"]] == [
        "receive",
        "start",
        "answer",
        "confirm",
        "close",
    ]
    # The steps keep the times they happened at on the counter, not the push time.
    times = [datetime.fromisoformat(e["at"]) for e in detail["events"][1:]]
    assert times == [datetime.fromisoformat(s["created_at"]) for s in steps]
