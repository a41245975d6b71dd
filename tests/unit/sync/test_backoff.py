"""Backoff: exponential ceiling, full jitter, a cap, Retry-After as a floor."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.sync.backoff import Backoff


@given(
    attempt=st.integers(0, 10_000),
    roll=st.floats(0.0, 1.0, exclude_max=True),
    base=st.floats(0.01, 5.0),
    cap=st.floats(0.1, 600.0),
)
def test_every_delay_lies_between_zero_and_the_capped_exponential_ceiling(
    attempt: int, roll: float, base: float, cap: float
) -> None:
    backoff = Backoff(base_s=base, cap_s=cap, random=lambda: roll)
    delay = backoff.delay(attempt)
    assert 0.0 <= delay <= min(cap, base * 2.0 ** min(attempt, 64))
    assert delay == pytest.approx(roll * backoff.ceiling(attempt))


def test_the_ceiling_doubles_until_the_cap() -> None:
    backoff = Backoff(base_s=0.5, cap_s=5.0)
    assert [backoff.ceiling(a) for a in range(6)] == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0]


def test_retry_after_is_a_floor_but_never_beyond_the_cap() -> None:
    backoff = Backoff(base_s=1.0, cap_s=30.0, random=lambda: 0.0)
    assert backoff.delay(0, at_least=12) == 12
    assert backoff.delay(0, at_least=3600) == 30.0


def test_pause_sleeps_through_the_injected_sleep_and_skips_zero_waits() -> None:
    slept: list[float] = []
    backoff = Backoff(base_s=2.0, cap_s=10.0, random=lambda: 0.5, sleep=slept.append)
    assert backoff.pause(1) == 2.0  # 0.5 of 2 * 2**1
    zero = Backoff(random=lambda: 0.0, sleep=slept.append)
    assert zero.pause(3) == 0.0
    assert slept == [2.0]


def test_a_negative_base_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        Backoff(base_s=-1.0)
