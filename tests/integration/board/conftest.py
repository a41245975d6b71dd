"""Fixtures of the board's integration tests: a live queue office behind a proxy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.board.server import QueueOffice, queue_office


@pytest.fixture
def office(tmp_path: Path) -> Iterator[QueueOffice]:
    with queue_office(tmp_path) as running:
        yield running
