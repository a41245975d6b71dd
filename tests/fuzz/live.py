"""The real central server on loopback for the fuzz tests, on SQLite or PostgreSQL.

`live_server(url)` migrates a database, enrolls a kiosk, a board and a counter device
and an officer per role (`tests.integration.server.conftest.enroll_everyone`), starts
the app with uvicorn in a thread and yields a `Live`: the base URL, a bearer header per
role, and the database (to count rows before and after). `Live.check` is the common
verdict on one answer: never a 5xx, never a traceback or SQL text in the body. Errors
the app logged while answering are collected (`Live.logged_errors()`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import requests
from argon2 import PasswordHasher
from sqlalchemy import inspect, text

from anjungan.core.clock import FixedClock
from anjungan.server import auth
from anjungan.server.app import create_app
from anjungan.server.db import Database, open_database
from anjungan.server.settings import ServerSettings
from tests.helpers.live_server import serve
from tests.integration.server.conftest import PASSWORD, enroll_everyone

COUNTER_DEVICE = "C-BPN-01"
OFFICER_ROLES = ("officer", "supervisor", "admin")
# What a body must never show: a traceback, driver or SQL text, a stored secret.
LEAKS = (
    "Traceback",
    "sqlite3",
    "psycopg",
    "sqlalchemy",
    "SELECT ",
    "INSERT INTO",
    "password_hash",
    "token_hash",
    "argon2",
)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Live:
    base: str
    db: Database
    headers: dict[str, dict[str, str]]
    collector: _Collect = field(default_factory=_Collect)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def call(self, method: str, path: str, role: str = "admin", **kwargs: Any) -> requests.Response:
        """One request as ``role``, on a connection of its own: a pooled one may have been
        closed by the server in the meantime (idle timeout, a refused huge request)."""
        kwargs.setdefault("timeout", 30)
        headers = {**self.headers[role], **kwargs.pop("headers", {})}
        with requests.Session() as once:
            answer = once.request(method, self.url(path), headers=headers, **kwargs)
            if not kwargs.get("stream"):
                answer.content  # noqa: B018 - read it before the connection closes
            return answer

    def logged_errors(self) -> list[str]:
        """Errors the app logged since the last call (then forgotten)."""
        records, self.collector.records = self.collector.records, []
        return [f"{r.name}: {r.getMessage()}" for r in records]

    def check(self, answer: requests.Response, what: str, sent: str = "") -> None:
        """Not a 5xx, and nothing in the body that belongs to the server's inside.

        ``sent`` is the hostile text of the request: the answer may echo it as data.
        """
        assert answer.status_code < 500, f"{what}: {answer.status_code} {answer.text[:300]}"
        body = answer.text[:2_000_000]
        if sent:
            body = body.replace(json.dumps(sent)[1:-1], "").replace(sent, "")
        for leak in LEAKS:
            assert leak not in body, f"{what}: the answer shows {leak!r}"

    def alive(self) -> None:
        answer = self.call("GET", "/v1/health", "anonymous", timeout=10)
        assert answer.status_code == 200 and answer.json()["status"] == "ok"

    def row_counts(self) -> dict[str, int]:
        with self.db.engine.connect() as conn:
            tables = inspect(conn).get_table_names()
            return {
                t: conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one() for t in tables
            }


@contextmanager
def live_server(database_url: str) -> Iterator[Live]:
    auth.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    clock = FixedClock()
    settings = ServerSettings(database_url=database_url, clock=clock)
    db = open_database(settings.database_url)
    tokens = enroll_everyone(db, clock)
    collector = _Collect()
    server_log = logging.getLogger("anjungan.server")
    server_log.addHandler(collector)
    try:
        with serve(create_app(settings, db)) as base:
            for role in OFFICER_ROLES:
                answer = requests.post(
                    f"{base}/v1/auth/login",
                    json={
                        "username": f"{role}1",
                        "password": PASSWORD,
                        "device_id": COUNTER_DEVICE,
                    },
                    timeout=10,
                )
                answer.raise_for_status()
                tokens[role] = answer.json()["token"]
            headers = {role: {"Authorization": f"Bearer {token}"} for role, token in tokens.items()}
            headers["anonymous"] = {}
            yield Live(base, db, headers, collector=collector)
    finally:
        server_log.removeHandler(collector)
        db.dispose()
