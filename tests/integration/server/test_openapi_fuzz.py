"""Schemathesis over the server's own OpenAPI document, against the real server.

Generated requests (valid and not) are sent over HTTP as an admin; every answer must
not be a 5xx and must conform to the documented status codes, content types and
response schemas. Kept small for the suite (a bounded number of examples per
operation); `make fuzz` runs more.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
import schemathesis
from argon2 import PasswordHasher
from hypothesis import HealthCheck, settings

from anjungan.core.clock import FixedClock
from anjungan.server import auth
from anjungan.server.app import create_app
from anjungan.server.db import open_database
from anjungan.server.settings import ServerSettings
from tests.helpers.live_server import serve
from tests.integration.server.conftest import PASSWORD, enroll_everyone

EXAMPLES = int(os.environ.get("ANJUNGAN_FUZZ_EXAMPLES", "25"))
# Ending the admin's own session would turn the rest of the run into 401s; the event
# stream never ends by design (it has its own tests).
EXCLUDED_PATHS = ("/v1/auth/logout", "/v1/queue/events/stream")


@dataclass
class Target:
    base: str
    headers: dict[str, str]
    schema: dict[str, object]


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    auth.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    path: Path = tmp_path_factory.mktemp("fuzz") / "server.sqlite3"
    settings_ = ServerSettings(database_url=f"sqlite:///{path}", clock=FixedClock())
    db = open_database(settings_.database_url)
    enroll_everyone(db, settings_.clock)  # type: ignore[arg-type]
    app = create_app(settings_, db)
    with serve(app) as base:
        login = requests.post(
            f"{base}/v1/auth/login",
            json={"username": "admin1", "password": PASSWORD},
            timeout=10,
        )
        login.raise_for_status()
        headers = {"Authorization": f"Bearer {login.json()['token']}"}
        yield Target(base, headers, app.openapi())
    db.dispose()


@pytest.fixture(scope="module")
def api_schema(target: Target) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_dict(target.schema).exclude(path=list(EXCLUDED_PATHS))


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_5xx_and_every_answer_matches_the_schema(
    case: schemathesis.Case, target: Target
) -> None:
    case.call_and_validate(base_url=target.base, headers=target.headers, timeout=15)
