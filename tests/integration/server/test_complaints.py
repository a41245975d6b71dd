"""`/v1/complaints`: recording, the workflow over HTTP (every legal move, an illegal one,
role boundaries), list filters with the SLA countdown, the 30-day close, the SLA on
the 2026 Eid al-Fitr leave, and the local calendar table."""

from __future__ import annotations

from collections import deque
from datetime import date, datetime, timedelta
from typing import Any

import requests
from sqlalchemy import select

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.complaints import TRANSITIONS, Action, ComplaintState, Role, Transition
from anjungan.server import admin
from anjungan.server.db import Database
from anjungan.server.models import AuditLog, ChangeLog
from tests.integration.server.conftest import PASSWORD, Api
from tests.integration.server.test_sync_push import complaint_payload, item, push, results

BODY: dict[str, Any] = {
    "channel": "direct",
    "category": "membership",
    "participant_id": "0001944358911",
    "reporter_name": "siti  aminah",
    "reporter_phone": "0812-3456-7890",
    "problem": "Kartu tidak aktif padahal iuran sudah dibayar.",
    "cause": "Pembayaran belum tercatat.",
}
ROLE_OF = {Role.OFFICER: "officer", Role.SUPERVISOR: "supervisor", Role.ADMIN: "admin"}


def relogin(api: Api, *roles: str) -> None:
    """Officer sessions last a working day: after the clock jumps, log in again."""
    for role in roles:
        answer = requests.post(
            api.url("/auth/login"),
            json={"username": f"{role}1", "password": PASSWORD, "device_id": "C-BPN-01"},
            timeout=30,
        )
        answer.raise_for_status()
        api.as_(role).headers["Authorization"] = f"Bearer {answer.json()['token']}"


def create(api: Api, role: str = "officer", **changes: object) -> dict[str, Any]:
    answer = api.as_(role).post(api.url("/complaints"), json=BODY | changes, timeout=30)
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def act(
    api: Api, complaint: dict[str, Any], action: str, role: str = "officer", **body: object
) -> requests.Response:
    return api.as_(role).post(
        api.url(f"/complaints/{complaint['uuid']}/actions"),
        json={"action": action, **body},
        timeout=30,
    )


def listing(api: Api, role: str = "officer", **params: object) -> list[dict[str, Any]]:
    answer = api.as_(role).get(api.url("/complaints"), params=params, timeout=30)
    assert answer.status_code == 200, answer.text
    return list(answer.json()["items"])


def test_an_officer_records_a_complaint_with_its_due_date_and_timeline(
    api: Api, db: Database
) -> None:
    made = create(api)
    assert made["ticket"] == "PGD-00000001"
    assert made["state"] == "received"
    assert made["reporter_name"] == "SITI AMINAH"
    assert made["reporter_phone"] == "+6281234567890"
    assert made["participant_card"] == "0001944358911"
    # Direct: one working day (seed 000). Received Monday 23 Nov 2026: due Tuesday.
    assert made["due_date"] == "2026-11-24"
    assert made["working_days_left"] == 1
    assert made["allowed_actions"] == ["start"]
    assert [e["action"] for e in made["events"]] == ["receive"]
    read = api.as_("officer").get(api.url(f"/complaints/{made['uuid']}"), timeout=30).json()
    assert read == made
    with db.read() as session:
        audit = session.scalar(select(AuditLog).where(AuditLog.action == "complaint.receive"))
        assert audit is not None and audit.officer == "officer1"
        assert "SITI" not in str(audit.detail)
        change = session.scalar(select(ChangeLog).where(ChangeLog.kind == "complaint"))
        assert change is not None and change.office_code == "MPP-BPN"
        assert change.payload["ticket"] == "PGD-00000001"


def test_the_head_of_unit_sees_each_possible_move_once(api: Api) -> None:
    # WITHDRAW leaves four states; only the one this complaint is in may be listed.
    made = create(api)
    path = api.url(f"/complaints/{made['uuid']}")
    read = api.as_("supervisor").get(path, timeout=30).json()
    assert read["allowed_actions"] == ["start", "withdraw"]
    assert act(api, made, "start").status_code == 200
    read = api.as_("supervisor").get(path, timeout=30).json()
    assert read["allowed_actions"] == ["escalate", "request_documents", "answer", "withdraw"]


def test_missing_cause_or_a_bad_identity_is_422_with_the_field_named(api: Api) -> None:
    for changes, field in (
        ({"cause": " "}, "cause"),
        ({"participant_id": "12345"}, "participant_id"),
    ):
        answer = api.as_("officer").post(api.url("/complaints"), json=BODY | changes, timeout=30)
        assert answer.status_code == 422
        assert answer.json()["field"] == field
        assert answer.json()["message_id"] != answer.json()["message_en"]


def _path_to(state: ComplaintState) -> list[Transition]:
    """The shortest list of moves from RECEIVED to ``state`` (breadth-first on the table)."""
    queue: deque[tuple[ComplaintState, list[Transition]]] = deque([(ComplaintState.RECEIVED, [])])
    seen = {ComplaintState.RECEIVED}
    while queue:
        current, path = queue.popleft()
        if current is state:
            return path
        for row in TRANSITIONS:
            if (
                row.source is current
                and row.target not in seen
                and row.action is not Action.WITHDRAW
            ):
                seen.add(row.target)
                queue.append((row.target, [*path, row]))
    raise AssertionError(f"no path to {state}")


def _make(api: Api, complaint: dict[str, Any], row: Transition) -> dict[str, Any]:
    role = next(ROLE_OF[r] for r in (Role.OFFICER, Role.SUPERVISOR, Role.ADMIN) if r in row.roles)
    body: dict[str, object] = {"note": f"Catatan {row.action.value}"} if row.note_required else {}
    if row.action is Action.CONFIRM:
        body["satisfied"] = True
    answer = act(api, complaint, row.action.value, role, **body)
    assert answer.status_code == 200, (row, answer.text)
    return dict(answer.json())


def test_every_legal_move_of_the_workflow_works_over_http(api: Api, clock: FixedClock) -> None:
    done = []
    for row in TRANSITIONS:
        if row.action is Action.RECEIVE:
            continue
        complaint = create(api)
        for step in _path_to(row.source):
            complaint = _make(api, complaint, step)
        if row.action is Action.CLOSE_INCOMPLETE:
            clock.advance(timedelta(days=31))
            relogin(api, "officer", "supervisor", "admin")
        complaint = _make(api, complaint, row)
        assert complaint["state"] == row.target.value
        assert complaint["events"][-1]["action"] == row.action.value
        done.append((row.source, row.action))
    assert len(done) == len(TRANSITIONS)


def test_a_move_the_state_does_not_allow_is_409(api: Api) -> None:
    complaint = create(api)
    answer = act(api, complaint, "answer", note="Jawaban")
    assert answer.status_code == 409
    assert answer.json()["code"] == "complaint_illegal_transition"
    assert act(api, complaint, "receive").status_code == 409


def test_an_officer_may_not_withdraw_but_a_supervisor_may(api: Api) -> None:
    complaint = create(api)
    refused = act(api, complaint, "withdraw", note="Pengaduan ganda")
    assert refused.status_code == 403
    assert refused.json()["code"] == "complaint_role_not_permitted"
    assert "withdraw" in refused.json()["message_en"]
    assert "kepala unit" in refused.json()["message_id"]
    # The administrator is a technical role: no complaint handling either.
    assert act(api, complaint, "start", role="admin").status_code == 403
    done = act(api, complaint, "withdraw", role="supervisor", note="Pengaduan ganda")
    assert done.status_code == 200
    assert done.json()["outcome"] == "withdrawn"


def test_confirm_needs_the_participants_answer(api: Api) -> None:
    complaint = create(api)
    act(api, complaint, "start")
    act(api, complaint, "answer", note="Iuran sudah tercatat")
    missing = act(api, complaint, "confirm")
    assert missing.status_code == 422
    assert missing.json()["field"] == "satisfied"
    assert act(api, complaint, "confirm", satisfied=False).json()["state"] == "confirmed"


def test_list_filters_by_state_channel_category_office_overdue_and_due_today(
    api: Api, db: Database, clock: FixedClock
) -> None:
    today = create(api)  # Monday 23 Nov, direct: due 24 Nov
    friday = create(api, received_at="2026-11-20T10:00:00+07:00")  # due Monday: today
    thursday = create(api, received_at="2026-11-19T10:00:00+07:00", channel="oral")  # due Fri
    written = create(api, channel="written", category="medicines")  # due Thursday 26 Nov
    act(api, written, "start")
    token = admin.enroll_device(db, "C-SMD-01", "counter", "MPP-SMD", clock.now())
    other = requests.post(
        api.url("/sync/push"),
        headers={"Authorization": f"Bearer {token}"},
        json={"items": [item("complaint", complaint_payload(), 1, device="C-SMD-01")]},
        timeout=30,
    )
    assert other.status_code == 200, other.text

    def tickets(rows: list[dict[str, Any]]) -> list[str]:
        return [r["ticket"] for r in rows]

    everyone = listing(api)
    assert tickets(everyone) == [
        thursday["ticket"],
        friday["ticket"],
        today["ticket"],
        written["ticket"],
    ]
    countdown = {r["ticket"]: (r["due_date"], r["working_days_left"]) for r in everyone}
    assert countdown == {
        thursday["ticket"]: ("2026-11-20", -1),
        friday["ticket"]: ("2026-11-23", 0),
        today["ticket"]: ("2026-11-24", 1),
        written["ticket"]: ("2026-11-26", 3),
    }
    assert tickets(listing(api, overdue=True)) == [thursday["ticket"]]
    assert tickets(listing(api, due_today=True)) == [friday["ticket"]]
    assert tickets(listing(api, state="in_progress")) == [written["ticket"]]
    assert tickets(listing(api, channel="oral")) == [thursday["ticket"]]
    assert tickets(listing(api, category="medicines")) == [written["ticket"]]
    assert len(listing(api, overdue=False)) == 3
    page = api.as_("officer").get(
        api.url("/complaints"), params={"limit": 2, "offset": 2}, timeout=30
    )
    assert page.json()["total"] == 4 and tickets(page.json()["items"]) == tickets(everyone[2:])
    forbidden = api.as_("officer").get(
        api.url("/complaints"), params={"office": "MPP-SMD"}, timeout=30
    )
    assert forbidden.status_code == 403
    smd = listing(api, role="admin", office="MPP-SMD")
    assert [r["office_code"] for r in smd] == ["MPP-SMD"]
    assert len(listing(api, role="admin")) == 5
    hidden = api.as_("officer").get(api.url(f"/complaints/{smd[0]['uuid']}"), timeout=30)
    assert hidden.status_code == 404


def test_a_complaint_waiting_over_30_days_for_documents_is_closed_by_the_sweep(
    api: Api, clock: FixedClock
) -> None:
    complaint = create(api)
    act(api, complaint, "start")
    waiting = act(api, complaint, "request_documents", note="Bukti bayar belum ada").json()
    assert waiting["auto_close_after"] == "2026-12-23"
    assert waiting["working_days_left"] == 1  # frozen while waiting
    assert (
        api.as_("supervisor").post(api.url("/complaints/sweeps/auto-close"), timeout=30).status_code
        == 403
    )
    clock.advance(timedelta(days=30))  # the 30th day: the participant may still bring it
    relogin(api, "officer", "admin")
    sweep = api.as_("admin").post(api.url("/complaints/sweeps/auto-close"), timeout=30)
    assert sweep.status_code == 200 and sweep.json() == {"closed": []}
    clock.advance(timedelta(days=1))
    relogin(api, "officer", "admin")
    sweep = api.as_("admin").post(api.url("/complaints/sweeps/auto-close"), timeout=30)
    [closed] = sweep.json()["closed"]
    assert closed["ticket"] == complaint["ticket"]
    assert closed["state"] == "closed"
    assert closed["outcome"] == "incomplete_data"
    detail = api.as_("officer").get(api.url(f"/complaints/{complaint['uuid']}"), timeout=30).json()
    assert detail["events"][-1]["action"] == "close_incomplete"
    assert detail["events"][-1]["by_role"] == "admin"


def test_a_phone_complaint_before_the_2026_eid_leave_is_due_after_it(api: Api) -> None:
    calendar = WorkingCalendar()
    # 20 March 2026 is the first day of the Eid al-Fitr cuti bersama (then 21-24 March).
    assert calendar.holiday_name(date(2026, 3, 20), "en") == "Eid al-Fitr Joint Holiday"
    for received, expected in (
        (date(2026, 3, 19), date(2026, 3, 26)),
        (date(2026, 3, 17), date(2026, 3, 25)),
    ):
        at = datetime(received.year, received.month, received.day, 10, 0, tzinfo=WIB)
        made = create(api, channel="oral", received_at=at.isoformat())
        assert made["due_date"] == calendar.add_working_days(received, 1).isoformat()
        assert made["due_date"] == expected.isoformat()


def test_a_local_holiday_moves_the_due_date_and_can_be_removed(api: Api) -> None:
    url = api.url("/complaints/calendar/2026-11-24")
    body = {"kind": "holiday", "name": "Libur daerah (SK Gubernur)"}
    assert api.as_("officer").put(url, json=body, timeout=30).status_code == 403
    assert api.as_("admin").put(url, json=body, timeout=30).status_code == 200
    assert create(api)["due_date"] == "2026-11-25"
    listed = api.as_("officer").get(api.url("/complaints/calendar"), timeout=30).json()
    assert listed == [
        {"day": "2026-11-24", "kind": "holiday", "name": body["name"], "updated_by": "admin1"}
    ]
    assert api.as_("admin").delete(url, timeout=30).status_code == 204
    assert api.as_("admin").delete(url, timeout=30).status_code == 404
    assert create(api)["due_date"] == "2026-11-24"


def test_a_pushed_complaint_is_handled_like_one_recorded_here(api: Api) -> None:
    payload = complaint_payload()
    pushed = results(push(api, [item("complaint", payload, 1)]))[0]["result"]
    [row] = listing(api)
    assert row["uuid"] == payload["uuid"] and row["ticket"] == pushed["server_ref"]
    assert row["category"] == "fktp_service" and row["channel"] == "direct"
    moved = act(api, row, "start")
    assert moved.status_code == 200
    assert moved.json()["problem"] == payload["description"]
    assert moved.json()["events"][0]["actor"] == "petugas-01"


def test_a_receipt_time_in_the_future_or_before_the_sla_rules_is_refused(api: Api) -> None:
    def post(when: str) -> requests.Response:
        body = BODY | {"received_at": when}
        return api.as_("officer").post(api.url("/complaints"), json=body, timeout=30)

    for when in ("2026-11-23T12:00:00+07:00", "2026-11-23T08:00:00"):  # future; no zone
        answer = post(when)
        assert answer.status_code == 422, when
        assert answer.json()["field"] == "received_at"
    # Before seed 000's standard (29 Sep 2015) no SLA exists: a rule, not a typo.
    old = post("2010-05-03T09:00:00+07:00")
    assert old.status_code == 409
    assert old.json()["code"] == "no_sla_rule"
