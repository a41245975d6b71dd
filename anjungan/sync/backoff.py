"""How long the sync engine waits before trying the server again.

Owns `Backoff`: exponential growth with "full jitter" (the wait is uniformly random
between zero and ``min(cap, base * 2**attempt)``), so that a whole office of counters
coming back after an outage does not hammer the server in lock-step. The random source
and the sleep are injected, so tests run instantly and deterministically. A server's
``Retry-After`` is honoured as a floor (still capped). Must not know what is retried.
"""

from __future__ import annotations

import random as _random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

DEFAULT_BASE_S = 0.5
DEFAULT_CAP_S = 60.0


@dataclass(frozen=True)
class Backoff:
    """``delay(attempt)`` for attempt 0, 1, 2...; ``pause(attempt)`` also sleeps it."""

    base_s: float = DEFAULT_BASE_S
    cap_s: float = DEFAULT_CAP_S
    random: Callable[[], float] = field(default=_random.random, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)

    def __post_init__(self) -> None:
        if self.base_s < 0 or self.cap_s < 0:
            raise ValueError("backoff base and cap must not be negative")

    def ceiling(self, attempt: int) -> float:
        """The longest wait after ``attempt`` failures: base doubled each time, capped."""
        # min() before the power would overflow for a long outage (attempt in the 1000s).
        exponent = min(max(attempt, 0), 64)
        return min(self.cap_s, self.base_s * (2.0**exponent))

    def delay(self, attempt: int, *, at_least: float = 0.0) -> float:
        """Full jitter: uniform in [0, ceiling]; never below ``at_least`` (Retry-After),
        never above the cap."""
        jittered = self.random() * self.ceiling(attempt)
        return min(self.cap_s, max(jittered, at_least))

    def pause(self, attempt: int, *, at_least: float = 0.0) -> float:
        """Sleep ``delay(attempt)`` and return how long that was."""
        seconds = self.delay(attempt, at_least=at_least)
        if seconds > 0:
            self.sleep(seconds)
        return seconds
