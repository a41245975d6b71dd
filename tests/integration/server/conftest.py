"""Fixtures of the server tests: a real database (SQLite file and PostgreSQL), the real
app on a loopback port, and a `requests` session per role.

`backend` is parametrized over "sqlite" and "postgres"; a test module that needs only
one sets ``pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
from argon2 import PasswordHasher

from anjungan.core.clock import FixedClock
from anjungan.server import admin, auth
from anjungan.server.app import create_app
from anjungan.server.db import Database, open_database
from anjungan.server.settings import ServerSettings
from tests.helpers.live_server import serve
from tests.helpers.pg import temporary_database

OFFICE = "MPP-BPN"
PASSWORD = "rahasia-123"
ROLES = ("anonymous", "kiosk", "board", "counter", "officer", "supervisor", "admin")


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> None:
    # argon2 at production cost takes ~0.17 s per hash; the logic under test is the same.
    auth.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    with temporary_database("anjungan_server") as url:
        yield url.render_as_string(hide_password=False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def settings(database_url: str, clock: FixedClock) -> ServerSettings:
    return ServerSettings(database_url=database_url, clock=clock)


@pytest.fixture
def db(settings: ServerSettings) -> Iterator[Database]:
    database = open_database(settings.database_url)
    yield database
    database.dispose()


@dataclass
class Api:
    """The live server's base URL and one authenticated session per role."""

    base: str
    tokens: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, requests.Session] = field(default_factory=dict)

    def as_(self, role: str) -> requests.Session:
        return self.sessions[role]

    def url(self, path: str) -> str:
        return f"{self.base}/v1{path}"


def enroll_everyone(db: Database, clock: FixedClock) -> dict[str, str]:
    """Device tokens for kiosk/board/counter, officers for the three officer roles."""
    now = clock.now()
    tokens = {
        "kiosk": admin.enroll_device(db, "K-BPN-01", "kiosk", OFFICE, now),
        "board": admin.enroll_device(db, "B-BPN-01", "board", OFFICE, now),
        "counter": admin.enroll_device(db, "C-BPN-01", "counter", OFFICE, now),
    }
    for role in ("officer", "supervisor", "admin"):
        admin.create_officer(db, f"{role}1", PASSWORD, role=role, office_code=OFFICE)
    return tokens


@pytest.fixture
def api(settings: ServerSettings, db: Database, clock: FixedClock) -> Iterator[Api]:
    tokens = enroll_everyone(db, clock)
    app = create_app(settings, db)
    with serve(app) as base:
        result = Api(base)
        for role in ("officer", "supervisor", "admin"):
            answer = requests.post(
                result.url("/auth/login"),
                json={"username": f"{role}1", "password": PASSWORD, "device_id": "C-BPN-01"},
                timeout=10,
            )
            answer.raise_for_status()
            tokens[role] = answer.json()["token"]
        result.tokens = tokens
        for role in ROLES:
            session = requests.Session()
            if role in tokens:
                session.headers["Authorization"] = f"Bearer {tokens[role]}"
            result.sessions[role] = session
        yield result
        for session in result.sessions.values():
            session.close()
