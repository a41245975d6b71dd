"""Device-local tables: sync state saved in the transaction of the data it belongs to,
calendar overrides, the reference-data cache."""

from __future__ import annotations

from datetime import date, timedelta

from anjungan.core.clock import FixedClock
from anjungan.core.store.engine import Store
from tests.helpers import store_factories as make
from tests.integration.store.conftest import UowFactory


def test_pull_cursor_commits_with_the_data_it_brought(make_uow: UowFactory) -> None:
    with make_uow() as uow:
        uow.add_record(make.survey())
        uow.sync_state.set("pull_cursor", {"after": 41})
        # No commit: a crash here loses both, never one without the other.
    with make_uow() as uow:
        assert uow.sync_state.get("pull_cursor") is None
        assert uow.surveys.count() == 0
        uow.add_record(make.survey())
        uow.sync_state.set("pull_cursor", {"after": 41})
        uow.commit()
    with make_uow() as uow:
        assert uow.sync_state.get("pull_cursor") == {"after": 41}
        assert uow.surveys.count() == 1


def test_sync_state_overwrites_a_key_and_stamps_the_time(
    make_uow: UowFactory, clock: FixedClock
) -> None:
    with make_uow() as uow:
        uow.sync_state.set("last_success", "a")
        uow.commit()
    clock.advance(timedelta(minutes=3))
    with make_uow() as uow:
        uow.sync_state.set("last_success", "b")
        uow.commit()
    with make_uow() as uow:
        assert uow.sync_state.get("last_success") == "b"
        assert uow.sync_state.get("missing", "default") == "default"


def test_calendar_overrides_are_listed_by_date_range(make_uow: UowFactory) -> None:
    with make_uow() as uow:
        uow.calendar.put(date(2026, 12, 24), is_holiday=True, name="Cuti bersama Natal")
        uow.calendar.put(date(2026, 12, 26), is_holiday=False, name="Hari kerja pengganti")
        uow.calendar.put(date(2027, 1, 2), is_holiday=True, name="Libur lokal")
        uow.commit()
    with make_uow() as uow:
        december = uow.calendar.between(date(2026, 12, 1), date(2026, 12, 31))
        assert [(o.day, o.is_holiday) for o in december] == [
            (date(2026, 12, 24), True),
            (date(2026, 12, 26), False),
        ]


def test_a_calendar_override_can_be_corrected_or_removed(make_uow: UowFactory) -> None:
    day = date(2026, 12, 24)
    with make_uow() as uow:
        uow.calendar.put(day, is_holiday=True, name="Cuti bersama")
        uow.commit()
    with make_uow() as uow:
        uow.calendar.put(day, is_holiday=False, name="Batal", source="SKB 3 Menteri revisi")
        uow.calendar.remove(date(2026, 12, 25))  # absent: nothing to do
        uow.commit()
    with make_uow() as uow:
        [override] = uow.calendar.between(day, day)
        assert (override.is_holiday, override.source) == (False, "SKB 3 Menteri revisi")
        uow.calendar.remove(day)
        uow.commit()
    with make_uow() as uow:
        assert uow.calendar.between(day, day) == []


def test_reference_data_keeps_the_newest_copy_per_kind(
    store: Store, make_uow: UowFactory, clock: FixedClock
) -> None:
    with make_uow() as uow:
        uow.reference.put("faskes", "v1", [{"kdProvider": "0138U020"}])
        uow.reference.put("tariffs", "2024-01", {"pbpu_class_3": 42000})
        uow.commit()
    clock.advance(timedelta(days=1))
    with make_uow() as uow:
        uow.reference.put("faskes", "v2", [{"kdProvider": "0138B011"}])
        uow.commit()
    with make_uow() as uow:
        faskes = uow.reference.get("faskes")
        assert faskes is not None
        assert (faskes.version, faskes.payload) == ("v2", [{"kdProvider": "0138B011"}])
        assert faskes.fetched_at == clock.now()
        assert list(uow.reference.kinds()) == ["faskes", "tariffs"]
