"""Who sits at the counter: online login, offline login against a cached hash, unlocking.

Owns `Officer` (the logged-in officer and their server token, if any), `CachedCredential`
(what the counter keeps to let the same officer in again while the server is down),
the `CredentialCache` port the composition root implements over the local store, and
`Authenticator`, which tries the server first and falls back to the cached argon2 hash
only when the server cannot be reached. A wrong password or a lockout answered by the
server is final: the cache is never consulted then, so a locked account stays locked
at the counter too. Blocking (HTTP, argon2): always called on a worker, never on the
GUI thread. No Qt, no store: the cache is a port.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from anjungan.core.errors import AnjunganError
from anjungan.sync.api import ApiClient
from anjungan.sync.errors import Retryable, Unauthorized

SUPERVISOR_ROLES = frozenset({"supervisor", "admin"})
ApiFactory = Callable[[str], ApiClient]
"""An API client for a bearer token ("" = none yet)."""


@dataclass(frozen=True)
class Officer:
    username: str
    display_name: str
    role: str
    office_code: str
    token: str = ""
    """The officer's server session; empty after an offline login."""

    @property
    def online(self) -> bool:
        return bool(self.token)

    @property
    def is_supervisor(self) -> bool:
        return self.role in SUPERVISOR_ROLES

    def __repr__(self) -> str:  # the token stays out of logs and tracebacks
        return f"Officer({self.username!r}, role={self.role!r}, online={self.online})"


@dataclass(frozen=True)
class CachedCredential:
    """The last successful online login of one officer on this counter."""

    username: str
    password_hash: str
    display_name: str
    role: str
    office_code: str


class CredentialCache(Protocol):
    def cached_credential(self, username: str) -> CachedCredential | None: ...

    def remember_credential(self, credential: CachedCredential) -> None: ...


class LoginFailed(AnjunganError):
    """The login was refused; ``message(lang)`` says why and what to do."""


@dataclass(frozen=True)
class LoginResult:
    officer: Officer
    offline: bool


def _wrong_password() -> LoginFailed:
    return LoginFailed(
        "Nama pengguna atau kata sandi salah. Periksa lalu coba lagi.",
        "Wrong username or password. Check them and try again.",
    )


def _never_online() -> LoginFailed:
    return LoginFailed(
        "Server tidak terjangkau dan petugas ini belum pernah masuk di loket ini. "
        "Masuk sekali saat server terjangkau agar login luring dapat dipakai.",
        "The server cannot be reached and this officer has never logged in at this "
        "counter. Log in once while the server is reachable to allow offline logins.",
    )


class Authenticator:
    def __init__(
        self,
        api: ApiFactory,
        cache: CredentialCache,
        *,
        device_id: str,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._api = api
        self._cache = cache
        self._device_id = device_id
        self._hasher = hasher or PasswordHasher()

    def login(self, username: str, password: str) -> LoginResult:
        username = username.strip()
        if not username or not password:
            raise _wrong_password()
        client = self._api("")
        try:
            answer = client.login(username, password, self._device_id)
        except Retryable:
            return LoginResult(self._offline(username, password), offline=True)
        except Unauthorized as refused:
            # The server's own sentence (it also covers a temporary lockout).
            raise LoginFailed(refused.message_id, refused.message_en) from None
        finally:
            client.close()
        self._cache.remember_credential(
            CachedCredential(
                username=answer.username,
                password_hash=self._hasher.hash(password),
                display_name=answer.display_name,
                role=answer.role,
                office_code=answer.office_code,
            )
        )
        officer = Officer(
            answer.username, answer.display_name, answer.role, answer.office_code, answer.token
        )
        return LoginResult(officer, offline=False)

    def _offline(self, username: str, password: str) -> Officer:
        cached = self._cache.cached_credential(username)
        if cached is None:
            raise _never_online()
        if not self._verify(cached, password):
            raise _wrong_password()
        return Officer(cached.username, cached.display_name, cached.role, cached.office_code)

    def unlock(self, officer: Officer, password: str) -> bool:
        """True when ``password`` is the locked-out officer's (checked on this computer)."""
        cached = self._cache.cached_credential(officer.username)
        return cached is not None and self._verify(cached, password)

    def _verify(self, cached: CachedCredential, password: str) -> bool:
        try:
            return self._hasher.verify(cached.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False
