"""The queue over HTTP: issuing, hand-out, calling, recall, no-show, transfer with return,
finishing, priority interleaving, daily reset, full ranges, roles and office scoping.

Runs on SQLite and PostgreSQL (the `backend` fixture). Helpers here are reused by the
other queue test modules.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import requests
from sqlalchemy import select

from anjungan.core.clock import FixedClock
from anjungan.server import admin
from anjungan.server.db import Database
from anjungan.server.models import AuditLog
from tests.integration.server.conftest import PASSWORD, Api

T = 10  # seconds: every request's timeout


def set_counter(api: Api, number: int, services: list[str] | None = None) -> None:
    body = {"name": f"Loket {number}", "services": services or []}
    answer = api.as_("supervisor").put(api.url(f"/queue/counters/{number}"), json=body, timeout=T)
    assert answer.status_code == 200, answer.text


def issue(
    api: Api,
    service: str = "new_registration",
    priority: str = "none",
    *,
    hand_out: str | None = "printed",
    role: str = "kiosk",
) -> dict[str, Any]:
    answer = api.as_(role).post(
        api.url("/queue/tickets"), json={"service": service, "priority": priority}, timeout=T
    )
    assert answer.status_code == 201, answer.text
    ticket: dict[str, Any] = answer.json()
    if hand_out:
        confirm = api.as_(role).post(
            api.url(f"/queue/tickets/{ticket['id']}/handed-out"), json={"how": hand_out}, timeout=T
        )
        assert confirm.status_code == 200, confirm.text
    return ticket


def act(
    api: Api, ticket_id: int, action: str, body: dict[str, Any] | None = None, role: str = "officer"
) -> requests.Response:
    return api.as_(role).post(api.url(f"/queue/tickets/{ticket_id}/{action}"), json=body, timeout=T)


def ok(answer: requests.Response) -> Any:
    """The JSON body of a 200 answer (fails with the body otherwise)."""
    assert answer.status_code == 200, answer.text
    return answer.json()


def call_next(api: Api, counter: int = 1, service: str | None = None) -> requests.Response:
    return api.as_("officer").post(
        api.url(f"/queue/counters/{counter}/call-next"), json={"service": service}, timeout=T
    )


def event_types(api: Api, after: int = 0) -> list[str]:
    page = ok(api.as_("kiosk").get(api.url("/queue/events"), params={"after": after}, timeout=T))
    return [event["type"] for event in page["events"]]


def test_a_ticket_goes_issued_called_serving_done_with_an_event_for_each_step(api: Api) -> None:
    set_counter(api, 1)
    issued = issue(api)
    assert (issued["label"], issued["number"], issued["people_ahead"]) == ("A001", 1, 0)
    assert issued["qr_payload"] == f"ANJQ1|MPP-BPN|2026-11-23|A001|{issued['id']}"
    called = ok(call_next(api, 1))
    assert (called["id"], called["state"], called["counter"]) == (issued["id"], "called", 1)
    assert ok(act(api, issued["id"], "start"))["state"] == "serving"
    done = ok(act(api, issued["id"], "finish", {"outcome": "incomplete_requirements"}))
    assert (done["state"], done["outcome"], done["actions"]) == (
        "done",
        "incomplete_requirements",
        [],
    )
    assert event_types(api) == ["issued", "handed_out", "called", "started", "finished"]


def test_every_queue_write_is_audited_with_ids_only(api: Api, db: Database) -> None:
    set_counter(api, 1)
    ticket = issue(api)
    ok(call_next(api, 1))
    ok(act(api, ticket["id"], "start"))
    ok(act(api, ticket["id"], "finish", {}))
    with db.read() as session:
        rows = session.scalars(select(AuditLog).where(AuditLog.action.like("queue.%"))).all()
    actions = [row.action for row in rows]
    for expected in ("queue.counter.configure", "queue.issue", "queue.hand_out", "queue.call"):
        assert expected in actions
    assert actions[-2:] == ["queue.start", "queue.finish"]
    issue_row = next(row for row in rows if row.action == "queue.issue")
    assert (issue_row.role, issue_row.device_id) == ("kiosk", "K-BPN-01")
    assert issue_row.detail == {"label": "A001", "service": "new_registration", "priority": "none"}


def test_the_kiosk_and_the_board_may_not_call_or_move_tickets(api: Api) -> None:
    set_counter(api, 1)
    ticket = issue(api)
    for role in ("kiosk", "board"):
        assert act(api, ticket["id"], "call", {"counter": 1}, role=role).status_code == 403
        assert act(api, ticket["id"], "cancel", role=role).status_code == 403
        answer = api.as_(role).post(api.url("/queue/counters/1/call-next"), json={}, timeout=T)
        assert answer.status_code == 403
        assert api.as_(role).get(api.url("/queue/waiting"), timeout=T).status_code == 403
    assert act(api, ticket["id"], "call", {"counter": 1}, role="counter").status_code == 200


def test_default_interleaving_calls_one_priority_per_two_normal(api: Api) -> None:
    set_counter(api, 1)
    normal = [issue(api)["label"] for _ in range(4)]  # A001-A004
    priority = [issue(api, priority=p)["label"] for p in ("elderly", "pregnant")]  # A005, A006
    waiting = ok(api.as_("officer").get(api.url("/queue/waiting"), timeout=T))
    line = waiting["lines"][0]
    listed = [t["label"] for t in sorted(line["tickets"], key=lambda t: t["position"])]
    expected = [priority[0], normal[0], normal[1], priority[1], normal[2], normal[3]]
    assert listed == expected
    called = [ok(call_next(api, 1))["label"] for _ in range(6)]
    assert called == expected
    assert call_next(api, 1).json()["code"] == "queue_nobody_waiting"


def test_an_office_may_change_the_ratio_to_one_priority_per_normal(api: Api) -> None:
    set_counter(api, 1)
    body = {"normal_calls": 1, "priority_calls": 1}
    answer = api.as_("supervisor").put(api.url("/queue/config"), json=body, timeout=T)
    assert answer.status_code == 200, answer.text
    assert api.as_("officer").put(api.url("/queue/config"), json=body, timeout=T).status_code == 403
    normal = [issue(api)["label"] for _ in range(3)]
    priority = [issue(api, priority="disabled")["label"] for _ in range(2)]
    called = [ok(call_next(api, 1))["label"] for _ in range(5)]
    assert called == [priority[0], normal[0], priority[1], normal[1], normal[2]]


def test_recall_three_times_then_no_show_and_not_before(api: Api) -> None:
    set_counter(api, 1)
    ticket = issue(api)
    ok(call_next(api, 1))
    early = act(api, ticket["id"], "no-show")
    assert (early.status_code, early.json()["code"]) == (409, "queue_no_show_too_early")
    for count in (1, 2, 3):
        assert ok(act(api, ticket["id"], "recall"))["recall_count"] == count
    shown = ok(api.as_("officer").get(api.url(f"/queue/tickets/{ticket['id']}"), timeout=T))
    assert "no_show" in shown["actions"]
    assert ok(act(api, ticket["id"], "no-show"))["state"] == "no_show"
    assert event_types(api)[-4:] == ["recalled", "recalled", "recalled", "no_show"]


def test_an_illegal_move_is_409_with_the_domain_sentence(api: Api) -> None:
    ticket = issue(api)
    answer = act(api, ticket["id"], "start")
    assert answer.status_code == 409
    body = answer.json()
    assert body["code"] == "queue_illegal_transition"
    assert "A001" in body["message_id"] and "A001" in body["message_en"]
    ok(act(api, ticket["id"], "cancel"))
    set_counter(api, 1)
    assert act(api, ticket["id"], "call", {"counter": 1}).status_code == 409


def test_transfer_with_return_serves_the_other_line_then_comes_back_first(api: Api) -> None:
    set_counter(api, 1, ["new_registration"])
    set_counter(api, 2, ["data_change"])
    ticket = issue(api)
    ok(call_next(api, 1))
    ok(act(api, ticket["id"], "start"))
    moved = ok(
        act(api, ticket["id"], "transfer", {"to_service": "data_change", "with_return": True})
    )
    assert (moved["state"], moved["service"], moved["label"]) == (
        "transferred",
        "data_change",
        "A001",
    )
    later = issue(api)  # A002 waits in the origin line meanwhile
    assert ok(call_next(api, 2))["id"] == ticket["id"]
    ok(act(api, ticket["id"], "start"))
    back = ok(act(api, ticket["id"], "finish", {"outcome": "completed"}))
    assert (back["state"], back["service"], back["returning"]) == (
        "transferred",
        "new_registration",
        True,
    )
    assert back["hops"][0]["from_counter"] == 1 and back["hops"][0]["returned_at"] is not None
    assert ok(call_next(api, 1))["id"] == ticket["id"]  # before A002, who came earlier
    ok(act(api, ticket["id"], "start"))
    assert ok(act(api, ticket["id"], "finish", {}))["state"] == "done"
    assert ok(call_next(api, 1))["id"] == later["id"]
    types = event_types(api)
    assert types.count("transferred") == 1 and types.count("returned") == 1


def test_a_plain_transfer_does_not_come_back(api: Api) -> None:
    set_counter(api, 1)
    ticket = issue(api)
    ok(call_next(api, 1))
    ok(act(api, ticket["id"], "transfer", {"to_service": "fktp_change"}))
    ok(call_next(api, 1, "fktp_change"))
    ok(act(api, ticket["id"], "start"))
    assert ok(act(api, ticket["id"], "finish", {}))["state"] == "done"
    unknown = act(api, ticket["id"], "transfer", {"to_service": "no_such_service"})
    assert (unknown.status_code, unknown.json()["code"]) == (404, "queue_service_unknown")


def test_numbers_restart_at_one_the_next_day(api: Api, clock: FixedClock) -> None:
    assert [issue(api)["number"] for _ in range(3)] == [1, 2, 3]
    assert issue(api, "data_change")["label"] == "D001"
    clock.advance(timedelta(days=1))
    assert issue(api)["label"] == "A001"
    # Yesterday's officer session has expired; the counter device's token has not.
    waiting = ok(api.as_("counter").get(api.url("/queue/waiting"), timeout=T))
    assert [t["label"] for t in waiting["lines"][0]["tickets"]] == ["A001"]


def test_a_full_range_is_409_and_numbers_are_never_reused(api: Api) -> None:
    setup: dict[str, Any] = {
        "prefix": "A",
        "name_id": "Pendaftaran",
        "name_en": "Registration",
        "last_number": 2,
    }
    answer = api.as_("supervisor").put(
        api.url("/queue/services/new_registration"), json=setup, timeout=T
    )
    assert answer.status_code == 200, answer.text
    assert [issue(api)["label"] for _ in range(2)] == ["A1", "A2"]
    full = api.as_("kiosk").post(
        api.url("/queue/tickets"), json={"service": "new_registration"}, timeout=T
    )
    assert (full.status_code, full.json()["code"]) == (409, "queue_range_full")
    assert issue(api, "data_change")["label"] == "D001"  # other lines carry on


def test_a_prefix_used_by_another_line_is_refused(api: Api) -> None:
    setup = {"prefix": "B", "name_id": "Baru", "name_en": "New"}
    answer = api.as_("supervisor").put(
        api.url("/queue/services/new_registration"), json=setup, timeout=T
    )
    assert (answer.status_code, answer.json()["code"]) == (409, "queue_prefix_taken")


def test_a_ticket_not_yet_handed_out_is_not_counted_nor_called_next(api: Api) -> None:
    set_counter(api, 1)
    pending = issue(api, hand_out=None)
    assert call_next(api, 1).status_code == 409
    line = ok(api.as_("officer").get(api.url("/queue/waiting"), timeout=T))["lines"][0]
    assert line["waiting"] == 0
    assert line["tickets"][0]["handed_out"] is False and line["tickets"][0]["position"] is None
    url = api.url(f"/queue/tickets/{pending['id']}/handed-out")
    shown = ok(api.as_("kiosk").post(url, json={"how": "shown_on_screen"}, timeout=T))
    assert (shown["handed_out"], shown["handed_out_how"], shown["printed"]) == (
        True,
        "shown_on_screen",
        False,
    )
    board = ok(api.as_("board").get(api.url("/queue/board"), timeout=T))
    assert board["lines"][0]["waiting"] == 1
    assert ok(call_next(api, 1))["id"] == pending["id"]


def test_printing_again_counts_as_a_reprint(api: Api) -> None:
    ticket = issue(api)
    url = api.url(f"/queue/tickets/{ticket['id']}/handed-out")
    again = ok(api.as_("kiosk").post(url, json={"how": "printed"}, timeout=T))
    assert (again["printed"], again["reprints"], again["handed_out_how"]) == (True, 1, "printed")
    assert event_types(api).count("handed_out") == 1


def test_the_estimate_uses_the_lines_recent_service_times(api: Api, clock: FixedClock) -> None:
    no_counter = issue(api)
    assert no_counter["estimated_wait_minutes"] is None
    set_counter(api, 1)
    assert issue(api)["estimated_wait_minutes"] == 15  # one ahead x the 15-minute standard
    ok(call_next(api, 1))
    ok(act(api, no_counter["id"], "start"))
    clock.advance(timedelta(minutes=6))
    ok(act(api, no_counter["id"], "finish", {}))
    third = issue(api)  # A002 ahead of it; one served in 6 minutes
    assert (third["people_ahead"], third["estimated_wait_minutes"]) == (1, 6)
    set_counter(api, 2)
    fourth = issue(api)
    assert (fourth["people_ahead"], fourth["estimated_wait_minutes"]) == (2, 6)


def test_the_board_shows_each_counters_current_call_and_line_counts(
    api: Api, clock: FixedClock
) -> None:
    set_counter(api, 1)
    set_counter(api, 2)
    first, second, _third = issue(api), issue(api), issue(api, "data_change")
    ok(call_next(api, 1, "new_registration"))
    clock.advance(timedelta(minutes=1))
    ok(call_next(api, 2, "new_registration"))
    board = ok(api.as_("board").get(api.url("/queue/board"), timeout=T))
    assert [(c["number"], c["label"], c["state"]) for c in board["counters"]] == [
        (1, first["label"], "called"),
        (2, second["label"], "called"),
    ]
    lines = {line["service"]: line for line in board["lines"]}
    assert lines["new_registration"]["waiting"] == 0
    assert lines["new_registration"]["last_called"] == second["label"]
    assert lines["data_change"]["waiting"] == 1
    assert board["last_event_id"] == max(
        e["id"] for e in ok(api.as_("board").get(api.url("/queue/events"), timeout=T))["events"]
    )


def test_an_office_sees_and_changes_only_its_own_queue(api: Api, db: Database) -> None:
    set_counter(api, 1)
    ticket = issue(api)
    admin.create_officer(db, "petugas-lain", PASSWORD, role="supervisor", office_code="MPP-SMD")
    login = requests.post(
        api.url("/auth/login"), json={"username": "petugas-lain", "password": PASSWORD}, timeout=T
    )
    other = requests.Session()
    other.headers["Authorization"] = f"Bearer {login.json()['token']}"
    with other:
        assert other.get(api.url(f"/queue/tickets/{ticket['id']}"), timeout=T).status_code == 404
        assert (
            other.post(api.url(f"/queue/tickets/{ticket['id']}/cancel"), timeout=T).status_code
            == 404
        )
        waiting = ok(other.get(api.url("/queue/waiting"), timeout=T))
        assert all(not line["tickets"] for line in waiting["lines"])
        assert ok(other.get(api.url("/queue/events"), timeout=T))["events"] == []
        assert (
            other.post(api.url("/queue/counters/1/call-next"), json={}, timeout=T).status_code
            == 404
        )
    assert (
        ok(api.as_("officer").get(api.url(f"/queue/tickets/{ticket['id']}"), timeout=T))["state"]
        == "issued"
    )


def test_services_are_seeded_from_the_mpp_catalogue(api: Api) -> None:
    services = ok(api.as_("kiosk").get(api.url("/queue/services"), timeout=T))
    assert [s["prefix"] for s in services] == list("ABCDEFGH")
    assert services[0]["name_id"] == "Pendaftaran Peserta Baru"
    off: dict[str, Any] = {"prefix": "H", "name_id": "Info", "name_en": "Info", "active": False}
    answer = api.as_("supervisor").put(
        api.url("/queue/services/info_complaint"), json=off, timeout=T
    )
    assert answer.status_code == 200, answer.text
    active = ok(api.as_("kiosk").get(api.url("/queue/services"), timeout=T))
    assert "info_complaint" not in [s["code"] for s in active]
    closed = api.as_("kiosk").post(
        api.url("/queue/tickets"), json={"service": "info_complaint"}, timeout=T
    )
    assert (closed.status_code, closed.json()["code"]) == (404, "queue_service_unknown")
    reseeded = ok(api.as_("supervisor").post(api.url("/queue/services/seed"), timeout=T))
    assert len(reseeded) == 8 and not reseeded[-1]["active"]  # kept as configured
