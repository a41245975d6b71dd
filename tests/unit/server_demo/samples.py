"""Demo-data samples shared by these tests, built once per process (they are deterministic)."""

from __future__ import annotations

import functools
from datetime import date

from anjungan.server.demo.facilities import Facility, generate_facilities
from anjungan.server.demo.participants import generate_families
from anjungan.server.demo.records import Family

TODAY = date(2025, 6, 15)
SEED = 2024
SAMPLE_PARTICIPANTS = 20_000


@functools.cache
def sample_families() -> tuple[Family, ...]:
    """20,000 participants in the default demo regions, personas first."""
    return tuple(generate_families(SAMPLE_PARTICIPANTS, seed=SEED, today=TODAY))


@functools.cache
def demo_facilities() -> tuple[Facility, ...]:
    return tuple(generate_facilities(seed=SEED))
