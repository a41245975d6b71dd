"""What a sync run did and where the device stands: plain frozen values for any UI.

Owns `SyncReport` (one `SyncEngine.sync_once` run: counts per outcome, the pull cursor,
the error that ended it), `SyncStatus` (the device's sync state read from its store:
pending and rejected rows, last success, last error, cursor, revocation), `Problem`
(an error as the user reads it, in Bahasa Indonesia and English) and `RejectedItem`
(a row the server refused, with its reasons, for the officer to correct). Must not
touch the network or the database: `sync.state` reads, `sync.engine` writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from anjungan.sync.errors import BadResponse, Permanent, SyncError


@dataclass(frozen=True)
class Problem:
    """An error as stored and shown: a stable code and one sentence per language."""

    code: str
    message_id: str
    message_en: str
    at: datetime | None = None
    conflicts: tuple[UUID, ...] = ()

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id

    @classmethod
    def of(cls, error: SyncError, at: datetime | None = None) -> Problem:
        conflicts = tuple(getattr(error, "conflicts", ()) or ())
        return cls(error.code, error.message_id, error.message_en, at, conflicts)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message_id": self.message_id,
            "message_en": self.message_en,
            "at": self.at.isoformat() if self.at else None,
            "conflicts": [str(u) for u in self.conflicts],
        }

    @classmethod
    def from_json(cls, value: Any) -> Problem | None:
        if not isinstance(value, dict):
            return None
        at = value.get("at")
        return cls(
            code=str(value.get("code") or "sync_error"),
            message_id=str(value.get("message_id") or ""),
            message_en=str(value.get("message_en") or ""),
            at=datetime.fromisoformat(at) if isinstance(at, str) else None,
            conflicts=tuple(UUID(str(u)) for u in value.get("conflicts") or ()),
        )


@dataclass(frozen=True)
class Reason:
    """One reason the server gave: the payload field (or None), a code, two sentences."""

    field: str | None
    code: str
    message_id: str
    message_en: str


@dataclass(frozen=True)
class RejectedItem:
    """A row the server refused and the officer has not resubmitted yet."""

    client_uuid: UUID
    local_seq: int
    kind: str
    record_uuid: UUID
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class SyncStatus:
    """The device's sync state, as the sync screen and `anjungan sync --status` show it."""

    pending: int
    sent: int
    rejected: tuple[RejectedItem, ...]
    last_success: datetime | None
    last_error: Problem | None
    cursor: int
    revoked: bool
    faskes_version: int | None


@dataclass(frozen=True)
class SyncReport:
    """One run. ``error`` None means every phase (push, pull, reference) completed.

    ``accepted``: rows the server took for the first time; ``duplicates``: rows it had
    already (a lost answer, now settled); ``retry_later``: rows it could not decide yet;
    ``held_back``: pending rows not pushed this run (behind an earlier row of the same
    record); ``unanswered``: push attempts that got no answer (each retried in the run).
    """

    started_at: datetime
    finished_at: datetime
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    retry_later: int = 0
    held_back: int = 0
    unanswered: int = 0
    batches: int = 0
    pulled: int = 0
    applied: int = 0
    cursor: int = 0
    faskes_version: int | None = None
    error: SyncError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def halted(self) -> bool:
        """A person must act (revoked device, conflict, refused request) before retrying.

        An unreadable answer does not count: a captive portal or a proxy's error page
        passes by itself, so a background runner keeps trying (at its slowest pace).
        """
        return isinstance(self.error, Permanent) and not isinstance(self.error, BadResponse)

    @property
    def pushed(self) -> int:
        return self.accepted + self.duplicates + self.rejected + self.retry_later

    def summary(self, lang: str = "id") -> str:
        """One line for a log or the command line."""
        if lang == "en":
            text = (
                f"sent {self.accepted} new, {self.duplicates} already on the server, "
                f"{self.rejected} rejected, {self.retry_later + self.held_back} waiting; "
                f"pulled {self.pulled} change(s)"
            )
        else:
            text = (
                f"terkirim {self.accepted} baru, {self.duplicates} sudah ada di server, "
                f"{self.rejected} ditolak, {self.retry_later + self.held_back} menunggu; "
                f"menerima {self.pulled} perubahan"
            )
        if self.error is not None:
            text += f". {self.error.message_en if lang == 'en' else self.error.message_id}"
        return text
