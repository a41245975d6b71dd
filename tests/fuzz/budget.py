"""How hard the fuzz tests try, and how many inputs each target was given.

`fuzz(n)` is the Hypothesis settings of one fuzz test: ``n`` examples, derandomized, for
CI; ``ANJUNGAN_FUZZ=deep`` multiplies every budget by ``ANJUNGAN_FUZZ_FACTOR`` (default
40) and draws fresh random inputs each run. `tried(target)` counts one input given to a
named target (a parser, a route); the counts are printed at the end of the session and,
with ``ANJUNGAN_FUZZ_REPORT=<path>``, written there as JSON (see `conftest.py`).
"""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, settings

DEEP = os.environ.get("ANJUNGAN_FUZZ", "").strip().lower() == "deep"
FACTOR = int(os.environ.get("ANJUNGAN_FUZZ_FACTOR", "40")) if DEEP else 1

TRIED: Counter[str] = Counter()


def scaled(n: int) -> int:
    """``n`` in CI; ``n`` times the deep factor in a deep run."""
    return n * FACTOR


def fuzz(examples: int, *, stateful_steps: int | None = None) -> settings:
    """Settings for a fuzz test with ``examples`` inputs in CI (more in a deep run)."""
    return settings(
        max_examples=scaled(examples),
        stateful_step_count=50 if stateful_steps is None else stateful_steps,
        deadline=None,
        derandomize=not DEEP,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
            HealthCheck.function_scoped_fixture,
        ],
    )


def tried(target: str, n: int = 1) -> None:
    TRIED[target] += n
