"""Settings of one central-server process: where the database is and the security knobs.

Plain data, built by the CLI from arguments (or by tests). Must not open anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from anjungan.core.clock import Clock, SystemClock


@dataclass(frozen=True)
class RateLimit:
    """At most ``requests`` per ``per`` for one device (token bucket)."""

    requests: int
    per: timedelta


@dataclass(frozen=True)
class ServerSettings:
    database_url: str = "sqlite:///anjungan-server.sqlite3"
    clock: Clock = field(default_factory=SystemClock)
    session_ttl: timedelta = timedelta(hours=9)  # one working day at a counter
    lockout_after_failures: int = 5
    lockout_for: timedelta = timedelta(minutes=15)
    # Kiosk participant lookups: enough for a queue of people, too few to enumerate NIKs.
    kiosk_lookup_limit: RateLimit = RateLimit(requests=30, per=timedelta(minutes=1))
    sse_keepalive_s: float = 15.0
    migrate_on_start: bool = True
