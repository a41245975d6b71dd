"""`GET /v1/sync/pull`: change-log entries after a cursor, paged, resumable, scoped to
the caller's office and device; kiosks get reference data only."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given
from hypothesis import settings as run_settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from anjungan.core.clock import FixedClock
from anjungan.server.audit import publish_change
from anjungan.server.auth import Principal, Role
from anjungan.server.db import Database
from anjungan.server.models import ChangeLog
from anjungan.server.services.sync_feed import pull as pull_changes
from anjungan.server.settings import ServerSettings
from tests.integration.server.conftest import Api
from tests.integration.server.test_sync_push import (
    complaint_payload,
    item,
    push,
    registration_payload,
    results,
)


def pull(api: Api, cursor: int, limit: int = 100, role: str = "counter") -> dict[str, Any]:
    answer = api.as_(role).get(
        api.url("/sync/pull"), params={"cursor": cursor, "limit": limit}, timeout=30
    )
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def test_a_registrations_cards_and_vas_arrive_by_pull(api: Api) -> None:
    payload = registration_payload(20)
    pushed = results(push(api, [item("registration", payload, 1)]))[0]["result"]
    page = pull(api, 0)
    [entry] = [e for e in page["entries"] if e["kind"] == "registration_result"]
    assert entry["entity_id"] == payload["uuid"]
    assert entry["payload"]["status"] == "registered"
    assert entry["payload"]["members"] == pushed["detail"]["members"]
    assert entry["payload"]["virtual_accounts"] == pushed["detail"]["virtual_accounts"]
    assert page["next_cursor"] == entry["cursor"]
    assert page["more"] is False


def test_paging_by_limit_and_resuming_from_the_stored_cursor(api: Api) -> None:
    batch = [item("complaint", complaint_payload(), seq) for seq in range(1, 6)]
    results(push(api, batch))
    seen: list[int] = []
    cursor, pages = 0, 0
    while True:
        page = pull(api, cursor, limit=2)
        pages += 1
        seen += [e["cursor"] for e in page["entries"]]
        assert len(page["entries"]) <= 2
        cursor = page["next_cursor"]
        if not page["more"]:
            break
    assert pages == 3
    assert len(seen) == 5 and seen == sorted(set(seen))
    # Nothing new: the same cursor comes back with no entries.
    idle = pull(api, cursor, limit=2)
    assert idle == {"entries": [], "next_cursor": cursor, "more": False}
    # New entries after the stored cursor, and only those.
    results(push(api, [item("complaint", complaint_payload(), 6)]))
    resumed = pull(api, cursor)
    assert len(resumed["entries"]) == 1
    assert resumed["entries"][0]["cursor"] > cursor
    assert resumed["entries"][0]["kind"] == "complaint"


def test_entries_for_other_offices_and_devices_stay_with_them(
    api: Api, db: Database, settings: ServerSettings
) -> None:
    with db.write() as session:
        publish_change(session, settings, "complaint", "a", {"n": 1}, office_code="MPP-SMD")
        publish_change(session, settings, "complaint", "b", {"n": 2}, office_code="MPP-BPN")
        publish_change(
            session, settings, "complaint", "c", {"n": 3}, office_code="MPP-BPN", device_id="C-X"
        )
        publish_change(
            session,
            settings,
            "complaint",
            "d",
            {"n": 4},
            office_code="MPP-BPN",
            device_id="C-BPN-01",
        )
        publish_change(session, settings, "reference", "e", {"n": 5})
    counter = [e["entity_id"] for e in pull(api, 0)["entries"]]
    assert counter == ["b", "d", "e"]


def test_a_kiosk_pulls_reference_data_but_never_participant_data(
    api: Api, clock: FixedClock
) -> None:
    results(push(api, [item("registration", registration_payload(21), 1)]))
    answer = api.as_("admin").put(
        api.url("/complaints/calendar/2026-12-31"),
        json={"kind": "holiday", "name": "Cuti bersama tambahan (SKB 2026)"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    counter_kinds = {e["kind"] for e in pull(api, 0)["entries"]}
    assert counter_kinds == {"registration_result", "reference"}
    kiosk = pull(api, 0, role="kiosk")
    assert [e["kind"] for e in kiosk["entries"]] == ["reference"]
    overrides = kiosk["entries"][0]["payload"]["overrides"]
    assert overrides == [
        {"day": "2026-12-31", "kind": "holiday", "name": "Cuti bersama tambahan (SKB 2026)"}
    ]


def test_pull_rejects_a_negative_cursor_and_a_huge_limit(api: Api) -> None:
    for params in ({"cursor": -1}, {"limit": 100_000}, {"limit": 0}):
        answer = api.as_("counter").get(api.url("/sync/pull"), params=params, timeout=30)
        assert answer.status_code == 422


def test_without_a_token_pull_is_401(api: Api) -> None:
    assert api.as_("anonymous").get(api.url("/sync/pull"), timeout=30).status_code == 401


def test_an_officer_login_without_a_device_sees_no_device_addressed_entries(
    db: Database, settings: ServerSettings
) -> None:
    with db.write() as session:
        publish_change(session, settings, "complaint", "x", {}, office_code="MPP-BPN")
        publish_change(session, settings, "complaint", "y", {}, device_id="C-BPN-01")
    officer = Principal(Role.OFFICER, "MPP-BPN", officer="officer1")
    with db.read() as session:
        page = pull_changes(session, officer, 0, 10)
    assert [e.entity_id for e in page.entries] == ["x"]


OFFICES = st.sampled_from(["MPP-BPN", "MPP-SMD", None])
DEVICES = st.sampled_from(["C-BPN-01", "C-BPN-02", None])
KINDS = st.sampled_from(["complaint", "registration_result", "reference", "reference.faskes"])


@run_settings(
    deadline=None, max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    entries=st.lists(st.tuples(KINDS, OFFICES, DEVICES), max_size=12),
    limit=st.integers(min_value=1, max_value=5),
    role=st.sampled_from([Role.KIOSK, Role.OFFICER]),
)
def test_paging_with_any_limit_gives_exactly_the_callers_entries_in_order(
    db: Database,
    settings: ServerSettings,
    entries: list[tuple[str, str | None, str | None]],
    limit: int,
    role: Role,
) -> None:
    with db.write() as session:
        start = session.scalar(select(func.coalesce(func.max(ChangeLog.id), 0))) or 0
        for n, (kind, office, device) in enumerate(entries):
            publish_change(session, settings, kind, n, {}, office_code=office, device_id=device)
    caller = Principal(role, "MPP-BPN", device_id="C-BPN-01")
    expected = [
        str(n)
        for n, (kind, office, device) in enumerate(entries)
        if office in ("MPP-BPN", None)
        and device in ("C-BPN-01", None)
        and (role >= Role.OFFICER or kind.startswith("reference"))
    ]
    got: list[str] = []
    cursor = start
    with db.read() as session:
        while True:
            page = pull_changes(session, caller, cursor, limit)
            assert len(page.entries) <= limit
            got += [e.entity_id for e in page.entries]
            cursor = page.next_cursor
            if not page.more:
                break
    assert got == expected
