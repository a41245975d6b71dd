"""Fixtures of the local-store tests: a migrated SQLite file per test, a fixed clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from anjungan.core.clock import FixedClock
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.uow import UnitOfWork
from tests.helpers.store_factories import DEVICE, SequentialIds

UowFactory = Callable[..., UnitOfWork]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def ids() -> SequentialIds:
    return SequentialIds()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "counter.sqlite3") as opened:
        yield opened


@pytest.fixture
def make_uow(store: Store, clock: FixedClock, ids: SequentialIds) -> UowFactory:
    def make(device_id: str = DEVICE, target: Store | None = None) -> UnitOfWork:
        return UnitOfWork(target or store, device_id=device_id, clock=clock, new_id=ids)

    return make
