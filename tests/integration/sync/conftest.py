"""Fixtures of the sync engine tests: a real server on loopback, a counter's local store.

The server is the real app (`create_app`) over a real database (a SQLite file unless a
test asks for PostgreSQL), with the devices enrolled as the server tests enrol them
(`enroll_everyone`); the counter is a migrated SQLite file, as on a real desk.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from argon2 import PasswordHasher

from anjungan.core.clock import FixedClock, SystemClock
from anjungan.core.store.engine import Store, open_store
from anjungan.server import admin, auth
from anjungan.server.app import create_app
from anjungan.server.db import Database, open_database
from anjungan.server.settings import ServerSettings
from anjungan.sync.backoff import Backoff
from anjungan.sync.engine import SyncEngine
from tests.helpers.live_server import serve
from tests.helpers.pg import temporary_database
from tests.integration.server.conftest import OFFICE, PASSWORD, enroll_everyone

COUNTER = "C-BPN-01"


@dataclass
class Server:
    base: str
    db: Database
    settings: ServerSettings
    tokens: dict[str, str]


def no_wait_backoff() -> Backoff:
    """Full jitter as in production, but nothing actually sleeps."""
    return Backoff(base_s=0.01, cap_s=0.05, random=lambda: 0.5, sleep=lambda _s: None)


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> None:
    # As in the server tests: the same code path at a cheap argon2 cost.
    auth.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def server(tmp_path: Path, clock: FixedClock) -> Iterator[Server]:
    settings = ServerSettings(database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", clock=clock)
    db = open_database(settings.database_url)
    tokens = enroll_everyone(db, clock)
    with serve(create_app(settings, db)) as base:
        yield Server(base, db, settings, tokens)
    db.dispose()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "counter.sqlite3") as opened:
        yield opened


EngineFactory = Callable[..., SyncEngine]


@pytest.fixture
def make_engine(server: Server, store: Store, clock: FixedClock) -> Iterator[EngineFactory]:
    made: list[SyncEngine] = []

    def make(**overrides: object) -> SyncEngine:
        options: dict[str, object] = {
            "clock": clock,
            "backoff": no_wait_backoff(),
            "read_timeout": 30.0,
        }
        options.update(overrides)
        base = str(options.pop("base", server.base))
        token = str(options.pop("token", server.tokens["counter"]))
        target = options.pop("store", store)
        assert isinstance(target, Store)
        engine = SyncEngine(target, base, token, COUNTER, **options)  # type: ignore[arg-type]
        made.append(engine)
        return engine

    yield make
    for engine in made:
        engine.close()


class ScriptedSession(requests.Session):
    """A real `requests.Session` that records every call and can fail on cue.

    ``script`` holds what the next calls get instead of reaching the server: an
    exception instance to raise, or a ``(status, json_body, headers)`` answer; when it
    is empty, calls go to the real server. ``calls`` lists ``(method, path, json)``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.script: list[BaseException | tuple[int, dict[str, Any], dict[str, str]]] = []
        self.calls: list[tuple[str, str, Any]] = []

    def request(self, method: str, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        path = urlsplit(str(url)).path
        self.calls.append((str(method), path, kwargs.get("json")))
        if self.script:
            step = self.script.pop(0)
            if isinstance(step, BaseException):
                raise step
            status, body, headers = step
            response = requests.Response()
            response.status_code = status
            response._content = json.dumps(body).encode()
            response.headers.update({"Content-Type": "application/json", **headers})
            response.url = str(url)
            return response
        return super().request(method, url, *args, **kwargs)

    def pushed(self) -> list[dict[str, Any]]:
        """Every item of every push call, in the order sent."""
        return [
            item
            for method, path, body in self.calls
            if method == "POST" and path.endswith("/sync/push") and body
            for item in body["items"]
        ]


def login(server: Server, username: str = "admin1") -> requests.Session:
    """A session of an officer logged in on the counter (``officer1``, ``supervisor1``,
    ``admin1``: `enroll_everyone`'s accounts), as the server tests do."""
    session = requests.Session()
    answer = session.post(
        f"{server.base}/v1/auth/login",
        json={"username": username, "password": PASSWORD, "device_id": COUNTER},
        timeout=10,
    )
    answer.raise_for_status()
    session.headers["Authorization"] = f"Bearer {answer.json()['token']}"
    return session


# --- the chaos tests: PostgreSQL, full size with `make chaos` -----------------------------

CHAOS = os.environ.get("ANJUNGAN_CHAOS") == "1"
"""Set by `make chaos`: the sizes of the issue (20 counters x 500 records...)."""


@dataclass
class PgServer:
    url: str
    db: Database
    tokens: dict[str, str]  # device id -> token


def counter_id(n: int) -> str:
    return f"C-BPN-{n + 1:02d}"


@pytest.fixture
def pg_server() -> Iterator[PgServer]:
    """A fresh PostgreSQL server database with 20 counters enrolled (skips without PG)."""
    with temporary_database("anjungan_sync") as url:
        text = url.render_as_string(hide_password=False)
        db = open_database(text)
        now = SystemClock().now()
        tokens = {
            counter_id(n): admin.enroll_device(db, counter_id(n), "counter", OFFICE, now)
            for n in range(20)
        }
        try:
            yield PgServer(text, db, tokens)
        finally:
            db.dispose()
