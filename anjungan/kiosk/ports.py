"""What the kiosk screens need from the device's local storage, as interfaces.

Owns the protocols `DirectoryCache` (the offline copy of the server's faskes and office
snapshot: public reference data) and `SurveyOutbox` (anonymous survey answers waiting to
be pushed), and the `CachedDirectory` value. The composition root (`kiosk/app.py`, the
only kiosk module that may open the local store) implements them over the store's
`reference_data` and `outbox` tables; screens and the kiosk's helpers see only these.
Nothing here may hold personal data: the kiosk stores none on disk (DESIGN.md).
Every method may touch the disk, so callers run them on the worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from anjungan.core.wire.faskes import FaskesSnapshot
from anjungan.core.wire.sync import PushItem, PushResponse


@dataclass(frozen=True)
class CachedDirectory:
    """The last full snapshot kept on this kiosk and when it was last confirmed current."""

    snapshot: FaskesSnapshot
    checked_at: datetime


class DirectoryCache(Protocol):
    def load(self) -> CachedDirectory | None:
        """The cached snapshot, or None if this kiosk never received one."""
        ...

    def save(self, snapshot: FaskesSnapshot) -> datetime:
        """Replace the cache with a full snapshot; returns the time it was stored."""
        ...

    def touch(self) -> datetime | None:
        """The server said the cache is current: note the time (None if no cache)."""
        ...


class SurveyOutbox(Protocol):
    def add(self, payload: Mapping[str, Any]) -> UUID:
        """Keep one anonymous survey response for pushing; returns its client uuid."""
        ...

    def pending(self, limit: int) -> Sequence[PushItem]:
        """The oldest responses not yet accepted by the server, in the order made."""
        ...

    def settle(self, response: PushResponse) -> None:
        """Record the server's answer per item (accepted, rejected; retry_later stays)."""
        ...

    def failed(self, items: Sequence[PushItem], error: str) -> None:
        """A push got no answer: the items stay pending, the attempt is counted."""
        ...
