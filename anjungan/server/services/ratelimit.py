"""Token buckets per device against NIK enumeration from kiosks (DESIGN.md "Security").

Owns `TokenBucketLimiter`: each key (a kiosk's device id) holds up to ``requests``
tokens, refilled continuously at ``requests`` per ``per``; a lookup takes one, and a
failed identity check takes more (`charge`). The buckets live in the memory of ONE
server process: behind a load balancer with N workers a device gets at most N times the
limit, which still defeats enumeration (millions of guesses) but is not an exact quota;
an exact shared limit would need the database or a shared cache. Time comes from the
injected clock, so tests can move it. Must not know what is being looked up.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from datetime import datetime

from fastapi import FastAPI

from anjungan.core.clock import Clock
from anjungan.server.errors import TooManyRequests
from anjungan.server.settings import RateLimit


@dataclass
class _Bucket:
    tokens: float
    at: datetime


class TokenBucketLimiter:
    """Thread-safe: FastAPI runs synchronous handlers on a thread pool."""

    def __init__(self, limit: RateLimit, clock: Clock) -> None:
        if limit.requests < 1 or limit.per.total_seconds() <= 0:
            raise ValueError("a rate limit needs at least 1 request per a positive period")
        self.capacity = float(limit.requests)
        self.rate = limit.requests / limit.per.total_seconds()  # tokens per second
        self.clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def _refilled(self, key: str) -> _Bucket:
        now = self.clock.now()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(self.capacity, now)
            return bucket
        elapsed = max(0.0, (now - bucket.at).total_seconds())
        bucket.tokens = min(self.capacity, bucket.tokens + elapsed * self.rate)
        bucket.at = now
        return bucket

    def acquire(self, key: str, cost: float = 1.0) -> None:
        """Take ``cost`` tokens or raise `TooManyRequests` with the seconds to wait."""
        with self._lock:
            bucket = self._refilled(key)
            if bucket.tokens >= cost:
                bucket.tokens -= cost
                return
            missing = cost - bucket.tokens
        raise TooManyRequests(max(1, math.ceil(missing / self.rate)))

    def charge(self, key: str, cost: float = 1.0) -> None:
        """Take up to ``cost`` tokens without refusing (a penalty after the fact)."""
        with self._lock:
            bucket = self._refilled(key)
            bucket.tokens = max(0.0, bucket.tokens - cost)


_create_lock = threading.Lock()
_STATE_KEY = "kiosk_lookup_limiter"


def kiosk_limiter(app: FastAPI) -> TokenBucketLimiter:
    """The app's limiter for kiosk lookups, created on first use from its settings."""
    limiter = getattr(app.state, _STATE_KEY, None)
    if limiter is None:
        with _create_lock:
            limiter = getattr(app.state, _STATE_KEY, None)
            if limiter is None:
                settings = app.state.settings
                limiter = TokenBucketLimiter(settings.kiosk_lookup_limit, settings.clock)
                setattr(app.state, _STATE_KEY, limiter)
    assert isinstance(limiter, TokenBucketLimiter)
    return limiter
