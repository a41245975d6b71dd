"""`GET /v1/reports/summary` and the ticket's officer, over HTTP against the real server
(SQLite and PostgreSQL): the queue service records who called, started or finished a
ticket, and the summary's queue and SKM figures match answers computed here from the
moves the test made (not by the report code). Office scoping and period checks too."""

from __future__ import annotations

from datetime import UTC, timedelta
from statistics import median
from typing import Any

from sqlalchemy import select

from anjungan.core.clock import FixedClock
from anjungan.server.db import Database
from anjungan.server.models.queue import QueueTicket
from tests.helpers.report_seed import insert_received
from tests.integration.server.conftest import OFFICE, Api
from tests.integration.server.test_queue import act, call_next, issue, ok, set_counter

T = 10


def _summary(api: Api, role: str = "officer", **params: str) -> Any:
    return api.as_(role).get(api.url("/reports/summary"), params=params, timeout=T)


def _officers(db: Database) -> dict[str, str | None]:
    with db.read() as session:
        rows = session.execute(select(QueueTicket.label, QueueTicket.officer)).all()
    return dict(rows)


def test_the_ticket_keeps_the_officer_who_last_called_started_or_finished_it(
    api: Api, db: Database, clock: FixedClock
) -> None:
    set_counter(api, 1)
    first, second = issue(api), issue(api)
    ok(call_next(api, 1))  # officer1 calls A001
    ok(act(api, first["id"], "start", role="supervisor"))
    ok(act(api, first["id"], "finish", {}, role="supervisor"))
    # The counter device's own token (offline login) names nobody: the column stays empty.
    ok(act(api, second["id"], "call", {"counter": 1}, role="counter"))
    assert _officers(db) == {"A001": "supervisor1", "A002": None}
    ok(act(api, second["id"], "start"))
    assert _officers(db)["A002"] == "officer1"


def test_summary_queue_figures_per_officer_match_the_moves_made(
    api: Api, db: Database, clock: FixedClock
) -> None:
    set_counter(api, 1)
    # (minutes waited, minutes served or None for a no-show, who calls and serves)
    plan = [(4, 10, "officer"), (6, 20, "officer"), (2, 8, "supervisor"), (9, None, "officer")]
    waits: dict[str, list[float]] = {}
    serves: dict[str, list[float]] = {}
    for wait, serve, role in plan:
        ticket = issue(api)
        clock.advance(timedelta(minutes=wait))
        ok(act(api, ticket["id"], "call", {"counter": 1}, role=role))
        waits.setdefault(role, []).append(wait)
        if serve is None:
            for _ in range(3):  # the recall policy: three recalls before a no-show
                ok(act(api, ticket["id"], "recall", role=role))
            ok(act(api, ticket["id"], "no-show", role=role))
            continue
        ok(act(api, ticket["id"], "start", role=role))
        clock.advance(timedelta(minutes=serve))
        ok(act(api, ticket["id"], "finish", {}, role=role))
        serves.setdefault(role, []).append(serve)
    answer = _summary(api)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["office_code"], body["date_from"], body["date_to"]) == (
        OFFICE,
        "2026-11-23",
        "2026-11-23",
    )
    queue = body["queue"]
    all_waits = [w for w, _, _ in plan]
    all_serves = [s for _, s, _ in plan if s is not None]
    assert (queue["issued"], queue["served"], queue["no_shows"]) == (4, 3, 1)
    assert queue["waiting"]["median_minutes"] == median(all_waits)
    assert queue["service"]["median_minutes"] == median(all_serves)
    assert queue["service"]["within_standard"] == sum(1 for s in all_serves if s <= 15)
    per_officer = {line["officer"]: line for line in queue["per_officer"]}
    assert set(per_officer) == {"officer1", "supervisor1"}
    mine = per_officer["officer1"]
    assert (mine["called"], mine["served"], mine["no_shows"]) == (3, 2, 1)
    assert mine["service"]["median_minutes"] == median(serves["officer"])  # (10 + 20) / 2
    assert mine["service"]["p90_minutes"] == 20
    assert mine["service"]["within_standard"] == 1
    boss = per_officer["supervisor1"]
    assert (boss["called"], boss["served"], boss["service"]["median_minutes"]) == (1, 1, 8)
    per_hour = {line["hour"]: line["issued"] for line in queue["per_hour"]}
    assert sum(per_hour.values()) == 4


def _ticket_times(db: Database, label: str) -> tuple[Any, Any, Any]:
    with db.read() as session:
        row = session.execute(
            select(QueueTicket.issued_at, QueueTicket.first_called_at, QueueTicket.called_at).where(
                QueueTicket.label == label
            )
        ).one()
    return tuple(row)


def test_a_recalled_ticket_waits_until_its_first_call_not_its_last(
    api: Api, db: Database, clock: FixedClock
) -> None:
    set_counter(api, 1)
    ticket = issue(api)
    issued_at = clock.now()
    clock.advance(timedelta(minutes=25))
    ok(act(api, ticket["id"], "call", {"counter": 1}))  # first call: 25 min after issue
    clock.advance(timedelta(minutes=4))
    ok(act(api, ticket["id"], "recall"))  # 29 min
    clock.advance(timedelta(minutes=4))
    ok(act(api, ticket["id"], "recall"))  # 33 min: the last call
    clock.advance(timedelta(minutes=1))
    ok(act(api, ticket["id"], "start"))  # 34 min
    clock.advance(timedelta(minutes=12))
    ok(act(api, ticket["id"], "finish", {}))  # 46 min
    # By hand: wait = 25 (issue -> first call), under the 30-minute standard; counting
    # to the last recall would give 25 + 4 + 4 = 33, over it. Service = 46 - 34 = 12.
    issued, first, last = _ticket_times(db, ticket["label"])
    assert issued == issued_at
    assert first - issued == timedelta(minutes=25)
    assert last - issued == timedelta(minutes=25 + 4 + 4)
    queue = ok(_summary(api))["queue"]
    assert queue["waiting"] == {
        "count": 1,
        "median_minutes": 25.0,
        "p90_minutes": 25.0,
        "within_standard": 1,
    }
    assert queue["service"]["median_minutes"] == 12.0
    assert queue["service"]["within_standard"] == 1
    (line,) = queue["per_service"]
    assert (line["service_code"], line["issued"], line["served"]) == ("new_registration", 1, 1)
    assert line["waiting"]["median_minutes"] == 25.0


def test_a_transferred_ticket_has_one_wait_in_the_line_that_issued_it(
    api: Api, db: Database, clock: FixedClock
) -> None:
    set_counter(api, 1, ["new_registration"])
    set_counter(api, 2, ["data_change"])
    ticket = issue(api)  # new_registration
    clock.advance(timedelta(minutes=5))
    ok(call_next(api, 1))  # waited 5 min
    ok(act(api, ticket["id"], "start"))
    clock.advance(timedelta(minutes=6))
    ok(act(api, ticket["id"], "transfer", {"to_service": "data_change"}))
    clock.advance(timedelta(minutes=10))  # waits again, in the data_change line
    ok(call_next(api, 2))
    clock.advance(timedelta(minutes=3))
    ok(act(api, ticket["id"], "recall"))
    ok(act(api, ticket["id"], "start"))
    clock.advance(timedelta(minutes=4))
    ok(act(api, ticket["id"], "finish", {}))
    # By hand: one wait, 5 min, in new_registration (issued there, first called there);
    # the 10 + 3 min in data_change are not a second wait. The ticket ended, served, in
    # data_change, whose last stretch of service took 4 min.
    queue = ok(_summary(api))["queue"]
    assert (queue["issued"], queue["served"]) == (1, 1)
    assert (queue["waiting"]["count"], queue["waiting"]["median_minutes"]) == (1, 5.0)
    lines = {
        line["service_code"]: (
            line["issued"],
            line["served"],
            line["waiting"]["count"],
            line["waiting"]["median_minutes"],
            line["service"]["median_minutes"],
        )
        for line in queue["per_service"]
    }
    assert lines == {
        "new_registration": (1, 0, 1, 5.0, None),
        "data_change": (0, 1, 0, None, 4.0),
    }


def test_summary_skm_index_matches_the_regulation_by_hand(
    api: Api, db: Database, clock: FixedClock
) -> None:
    answers = [[4] * 9, [3] * 9, [4, 4, 4, 4, 3, 3, 3, 3, 2]]
    at = clock.now().astimezone(UTC)
    insert_received(db, "survey", [{"answers": a, "face": None} for a in answers], at, OFFICE)
    # Yesterday's survey is outside today's period.
    insert_received(db, "survey", [{"answers": [1] * 9}], at - timedelta(days=1), OFFICE)
    skm = ok(_summary(api))["skm"]
    nrr = [sum(a[i] for a in answers) / len(answers) for i in range(9)]
    index = sum(n / 9 for n in nrr) * 25
    assert skm["respondents"] == 3
    assert skm["index"] == round(index, 2)
    assert [e["nrr"] for e in skm["elements"]] == [round(n, 2) for n in nrr]
    assert skm["grade"] == ("A" if index >= 88.31 else "B")


def test_a_month_period_counts_earlier_days_and_today_alone_does_not(
    api: Api, clock: FixedClock
) -> None:
    set_counter(api, 1)
    issue(api)
    clock.advance(timedelta(days=1))  # officer sessions end: the counter device asks
    issue(api)
    assert ok(_summary(api, "counter"))["queue"]["issued"] == 1
    month = ok(_summary(api, "counter", date_from="2026-11-01", date_to="2026-11-30"))
    assert month["queue"]["issued"] == 2


def test_another_office_is_the_administrators_and_bad_periods_are_422(api: Api) -> None:
    assert _summary(api, "officer", office="KC-LAIN").status_code == 403
    assert _summary(api, "supervisor", office="KC-LAIN").status_code == 403
    assert _summary(api, "counter", office=OFFICE).status_code == 200
    other = _summary(api, "admin", office="KC-LAIN")
    assert other.status_code == 200 and other.json()["queue"]["issued"] == 0
    reversed_ = _summary(api, date_from="2026-11-23", date_to="2026-11-01")
    assert (reversed_.status_code, reversed_.json()["code"]) == (422, "report_period_reversed")
    long = _summary(api, date_from="2025-01-01", date_to="2026-11-23")
    assert (long.status_code, long.json()["code"]) == (422, "report_period_too_long")
    far = _summary(api, date_from="9999-12-31")
    assert (far.status_code, far.json()["code"]) == (422, "report_period_out_of_range")
