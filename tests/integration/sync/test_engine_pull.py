"""`SyncEngine` pull and reference refresh against the real server.

DESIGN.md data flow 3: clients pull the change log with a cursor stored in the same
transaction as the data it brought; complaint moves made on the server reach the
counter; calendar overrides and the faskes directory are kept for offline use.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from anjungan.core.clock import FixedClock
from anjungan.core.store.engine import Store
from anjungan.core.store.uow import UnitOfWork
from anjungan.server.services.faskes_loader import load_facilities
from anjungan.sync import engine as engine_module
from anjungan.sync.state import FASKES_KIND, complaint_facts
from tests.helpers.sync_factories import add_complaint_with_steps
from tests.integration.server.faskes_fixtures import FACILITIES
from tests.integration.sync.conftest import (
    COUNTER,
    EngineFactory,
    ScriptedSession,
    Server,
    login,
)


def _uow(store: Store, clock: FixedClock) -> UnitOfWork:
    return UnitOfWork(store, device_id=COUNTER, clock=clock)


def _put_holiday(server: Server, day: date, name: str) -> None:
    with login(server) as admin:
        answer = admin.put(
            f"{server.base}/v1/complaints/calendar/{day.isoformat()}",
            json={"kind": "holiday", "name": name},
            timeout=10,
        )
        answer.raise_for_status()


def test_a_complaint_moved_on_the_server_reaches_the_counter_by_pull(
    server: Server, store: Store, clock: FixedClock, make_engine: EngineFactory
) -> None:
    complaint_uuid, _ = add_complaint_with_steps(store, device_id=COUNTER, clock=clock, steps=False)
    engine = make_engine()
    assert engine.sync_once().accepted == 1
    with login(server, "officer1") as officer:
        # Two moves: both arrive in one pull page and must both apply, in order.
        for action, note in (("start", ""), ("answer", "Kartu sudah aktif.")):
            moved = officer.post(
                f"{server.base}/v1/complaints/{complaint_uuid}/actions",
                json={"action": action, "note": note},
                timeout=10,
            )
            assert moved.status_code == 200, moved.text

    report = engine.sync_once()
    assert report.ok and report.applied >= 1
    with _uow(store, clock) as uow:
        mine = uow.complaints.get(complaint_uuid)
        assert mine is not None and mine.server_status == "answered"
        facts = complaint_facts(uow, complaint_uuid)
        assert facts is not None and facts.state == "answered"
        assert facts.ticket == mine.server_ref and facts.due_date is not None
        assert facts.last_event is not None and facts.last_event["action"] == "answer"


def test_calendar_overrides_from_the_server_replace_its_old_ones_and_keep_the_offices_own(
    server: Server, store: Store, clock: FixedClock, make_engine: EngineFactory
) -> None:
    with _uow(store, clock) as uow:
        uow.calendar.put(date(2026, 12, 31), is_holiday=True, name="Cuti kantor", source="office")
        uow.commit()
    _put_holiday(server, date(2026, 12, 24), "Cuti bersama Natal")
    engine = make_engine()
    assert engine.sync_once().ok
    _put_holiday(server, date(2026, 12, 26), "Cuti bersama")
    with login(server) as admin:
        admin.delete(f"{server.base}/v1/complaints/calendar/2026-12-24", timeout=10)
    assert engine.sync_once().ok

    with _uow(store, clock) as uow:
        rows = uow.calendar.between(date(2026, 1, 1), date(2026, 12, 31))
        assert [(r.day, r.name, r.source) for r in rows] == [
            (date(2026, 12, 26), "Cuti bersama", "server"),
            (date(2026, 12, 31), "Cuti kantor", "office"),
        ]


def test_the_cursor_is_saved_with_the_page_it_brought_so_a_crash_loses_or_doubles_nothing(
    server: Server,
    store: Store,
    clock: FixedClock,
    make_engine: EngineFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for day in range(1, 8):
        _put_holiday(server, date(2027, 3, day), f"Libur {day}")
    engine = make_engine(pull_limit=3)
    real_apply = engine_module.apply_entry
    seen: list[int] = []

    def crash_on_the_fifth(uow: UnitOfWork, entry: object, applied: object) -> None:
        seen.append(entry.cursor)  # type: ignore[attr-defined]
        if len(seen) == 5:
            raise RuntimeError("power cut")
        real_apply(uow, entry, applied)  # type: ignore[arg-type]

    monkeypatch.setattr(engine_module, "apply_entry", crash_on_the_fifth)
    with pytest.raises(RuntimeError, match="power cut"):
        engine.sync_once()
    with _uow(store, clock) as uow:
        # Page 1 (entries 1-3) committed with its cursor; page 2 died whole.
        assert uow.sync_state.get("pull_cursor") == seen[2]
        assert len(uow.calendar.between(date(2027, 3, 1), date(2027, 3, 31))) == 3

    monkeypatch.setattr(engine_module, "apply_entry", real_apply)
    report = engine.sync_once()
    assert report.ok and report.pulled == 4 and report.cursor == 7
    with _uow(store, clock) as uow:
        assert len(uow.calendar.between(date(2027, 3, 1), date(2027, 3, 31))) == 7


def test_the_faskes_directory_is_kept_offline_and_fetched_again_only_when_it_changes(
    server: Server, store: Store, clock: FixedClock, make_engine: EngineFactory
) -> None:
    load_facilities(server.db, server.settings, FACILITIES)
    session = ScriptedSession()
    engine = make_engine(session=session)
    first = engine.sync_once()
    assert first.ok and first.faskes_version is not None
    with _uow(store, clock) as uow:
        row = uow.reference.get(FASKES_KIND)
        assert row is not None and row.version == str(first.faskes_version)
        assert {f["code"] for f in row.payload["facilities"]} == {f.code for f in FACILITIES}

    def snapshots() -> list[object]:
        return [c for c in session.calls if c[1].endswith("/faskes/snapshot")]

    assert len(snapshots()) == 1
    assert engine.sync_once().faskes_version is None  # current and checked recently
    assert len(snapshots()) == 1

    renamed = dataclasses.replace(FACILITIES[0], name="PUSKESMAS GAMBIR BARU")
    load_facilities(server.db, server.settings, [renamed])  # a new version
    third = engine.sync_once()
    assert third.faskes_version is not None and third.faskes_version > first.faskes_version
    assert len(snapshots()) == 2
    assert engine.status().faskes_version == third.faskes_version
