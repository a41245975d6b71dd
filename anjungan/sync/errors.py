"""The exception tree of the HTTP boundary: every failure of a call to the central server.

Owns `SyncError` (root, an `AnjunganError`) and its two families, so that a caller decides
by class alone what to do: `Retryable` (the network failed, the server timed out, had an
error of its own (5xx) or asked the device to slow down (429): try again later) and
`Permanent` (the server understood and said no: 404, 422, 409, 401, 403, other 4xx, or an
answer this client cannot read: trying again unchanged gives the same answer). Each error
carries the server's stable ``code`` and its sentence in Bahasa Indonesia and English
(from the `ApiError` body) or, when the server never answered, a sentence of our own
saying what to do next. Whether a failed request may have reached the server is on
`Retryable.reached_server`: only idempotent requests (a GET, a push under client uuids)
may be repeated blindly (STYLE.md: retries explicit, never for non-idempotent requests).
Messages never carry the URL or the request: a participant's NIK travels in the path.
No HTTP code here: `sync.api` raises these.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from anjungan.core.errors import AnjunganError


class SyncError(AnjunganError):
    """Root of every failed call. ``status`` is the HTTP status (None: no answer)."""

    default_code = "sync_error"

    def __init__(
        self,
        message_id: str,
        message_en: str,
        *,
        code: str | None = None,
        status: int | None = None,
        field: str | None = None,
        body: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message_id, message_en)
        self.code = code or self.default_code
        self.status = status
        self.field = field
        self.body = body or {}
        """The whole error body the server sent (extra keys such as ``earliest_on``)."""

    def __str__(self) -> str:
        status = f"HTTP {self.status}: " if self.status is not None else ""
        return f"{status}{self.code}: {self.message_en}"


# --- retryable ------------------------------------------------------------------------


class Retryable(SyncError):
    """Worth trying again later. ``reached_server``: the request may have been processed."""

    default_code = "retryable"
    reached_server = True


class NetworkError(Retryable):
    """No connection to the server (refused, unreachable, DNS, TLS, reset)."""

    default_code = "network_error"

    def __init__(self, *, reached_server: bool = False) -> None:
        super().__init__(
            "Server BPJS Kesehatan tidak dapat dihubungi saat ini. Periksa jaringan, "
            "lalu coba lagi.",
            "The BPJS Kesehatan server cannot be reached right now. Check the network, "
            "then try again.",
        )
        self.reached_server = reached_server


class ServerTimeout(Retryable):
    """The server took longer than the read timeout (or the connection timed out)."""

    default_code = "timeout"

    def __init__(self, *, reached_server: bool = True) -> None:
        super().__init__(
            "Server BPJS Kesehatan terlalu lama menjawab. Coba lagi sebentar lagi.",
            "The BPJS Kesehatan server took too long to answer. Try again in a moment.",
        )
        self.reached_server = reached_server


class ServerError(Retryable):
    """5xx: the server failed (or a proxy in front of it did)."""

    default_code = "server_error"


class RateLimited(Retryable):
    """429: this device asked too often; ``retry_after_s`` from the Retry-After header."""

    default_code = "rate_limited"

    def __init__(
        self, message_id: str, message_en: str, *, retry_after_s: int | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message_id, message_en, **kwargs)
        self.retry_after_s = retry_after_s


# --- permanent ------------------------------------------------------------------------


class Permanent(SyncError):
    """The server understood and refused (or answered something unreadable): the same
    request will fail the same way; a person must act (correct, log in, call support)."""

    default_code = "refused"


class NotFoundError(Permanent):
    """404: no such participant, facility, ticket..."""

    default_code = "not_found"


class InvalidInput(Permanent):
    """422: the request is not valid; ``field`` names the bad field when the server said."""

    default_code = "invalid_request"


class RuleRefused(Permanent):
    """409: a rule forbids it (a change too soon, a conflicting push).

    ``earliest_on``: the first day it would be allowed, when only time stands in the way;
    ``conflicts``: the client uuids of a push that reused them with other content.
    """

    default_code = "rule_refused"

    @property
    def earliest_on(self) -> date | None:
        raw = self.body.get("earliest_on")
        try:
            return date.fromisoformat(raw) if isinstance(raw, str) else None
        except ValueError:
            return None

    @property
    def conflicts(self) -> list[UUID]:
        found = []
        for raw in self.body.get("conflicts") or []:
            try:
                found.append(UUID(str(raw)))
            except ValueError:
                continue
        return found


class Unauthorized(Permanent):
    """401: no token, or an unknown, expired or revoked one (a device taken out of service)."""

    default_code = "unauthorized"

    @classmethod
    def device_not_enrolled(cls, **kwargs: Any) -> Unauthorized:
        return cls(
            "Perangkat ini tidak lagi terdaftar. Hubungi petugas.",
            "This device is no longer registered. Please call an officer.",
            **kwargs,
        )


class Forbidden(Permanent):
    """403: this device's or officer's role may not do this."""

    default_code = "forbidden"


class BadResponse(Permanent):
    """The server answered with a body this client cannot read (another API version)."""

    default_code = "bad_response"

    def __init__(self, *, status: int | None = None) -> None:
        super().__init__(
            "Jawaban server tidak dapat dibaca. Perangkat mungkin perlu diperbarui; "
            "hubungi dukungan teknis.",
            "The server's answer could not be read. This device may need an update; "
            "contact technical support.",
            status=status,
        )


# --- raised by the sync engine (sync.engine), not by the client ------------------------


class DeviceRevoked(Unauthorized):
    """401 ``device_revoked``: an admin took this device out of service.

    The sync engine stops and does not call the server again with the same token: only
    a re-enrolment (a new token in the device's configuration) lets it resume.
    """

    default_code = "device_revoked"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            "Perangkat ini dicabut dari server pusat, jadi sinkronisasi dihentikan. Data "
            "tetap tersimpan di perangkat ini. Hubungi admin untuk mendaftarkan ulang "
            "perangkat, lalu pasang token barunya di konfigurasi.",
            "This device was revoked by the central server, so sync has stopped. The data "
            "stays safe on this device. Ask an admin to enrol the device again, then put "
            "its new token in the configuration.",
            **kwargs,
        )


class PushConflict(RuleRefused):
    """409 ``client_uuid_conflict``: items already on the server came back with other
    content. A bug or tampering, never a normal event: nothing of the batch was applied,
    the rows stay in the outbox, and sync stops until support has looked."""

    default_code = "client_uuid_conflict"

    def __init__(self, count: int, **kwargs: Any) -> None:
        super().__init__(
            f"Sinkronisasi dihentikan: {count} data di antrean kirim berbeda isinya dengan "
            "yang sudah diterima server (kode yang sama). Data tidak dihapus. Jangan ubah "
            "berkas basis data; hubungi dukungan teknis.",
            f"Sync stopped: {count} outbox item(s) differ from what the server already "
            "received under the same id. Nothing was deleted. Do not edit the database "
            "file; contact technical support.",
            **kwargs,
        )
