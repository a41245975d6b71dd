"""Kiosk lookups are rate-limited per device (token bucket, per server process).

The settings here allow 3 lookups a minute so the limit is reached in a few requests;
officers are never limited; a wrong birth date costs more than a lookup.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from anjungan.core.clock import FixedClock
from anjungan.server.db import Database
from anjungan.server.settings import RateLimit, ServerSettings
from tests.helpers import participant_factories as f
from tests.integration.server.conftest import Api

LIMIT = 3


@pytest.fixture
def settings(database_url: str, clock: FixedClock) -> ServerSettings:
    return ServerSettings(
        database_url=database_url,
        clock=clock,
        kiosk_lookup_limit=RateLimit(requests=LIMIT, per=timedelta(minutes=1)),
    )


@pytest.fixture(autouse=True)
def families(db: Database, clock: FixedClock) -> None:
    f.load(db, clock, f.PBPU_ACTIVE)


def lookup(api: Api, role: str) -> int:
    nik = f.PBPU_ACTIVE.members[0].nik
    return int(api.as_(role).get(api.url(f"/participants/nik/{nik}"), timeout=10).status_code)


def test_the_lookup_after_the_limit_is_429_with_retry_after(api: Api) -> None:
    assert [lookup(api, "kiosk") for _ in range(LIMIT)] == [200] * LIMIT
    nik = f.PBPU_ACTIVE.members[0].nik
    answer = api.as_("kiosk").get(api.url(f"/participants/nik/{nik}/bill"), timeout=10)
    assert answer.status_code == 429
    assert answer.json()["code"] == "rate_limited"
    # 3 a minute: one token back every 20 seconds.
    assert answer.headers["Retry-After"] == "20"


def test_every_kiosk_device_has_its_own_bucket_and_officers_have_none(api: Api) -> None:
    assert [lookup(api, "kiosk") for _ in range(LIMIT + 1)][-1] == 429
    assert lookup(api, "board") == 200  # another device
    assert [lookup(api, "officer") for _ in range(LIMIT * 3)] == [200] * LIMIT * 3


def test_tokens_come_back_with_time(api: Api, clock: FixedClock) -> None:
    assert [lookup(api, "kiosk") for _ in range(LIMIT + 1)][-1] == 429
    clock.advance(timedelta(seconds=20))
    assert lookup(api, "kiosk") == 200
    assert lookup(api, "kiosk") == 429


def test_malformed_numbers_count_too(api: Api) -> None:
    for _ in range(LIMIT):
        answer = api.as_("kiosk").get(api.url("/participants/nik/123"), timeout=10)
        assert answer.status_code == 422
    assert lookup(api, "kiosk") == 429


def test_a_wrong_birth_date_costs_more_than_a_lookup(api: Api) -> None:
    person = f.PBPU_ACTIVE.members[0]
    body = {"nik": person.nik, "birth_date": "1999-01-01", "fktp_code": "0901K002"}
    answer = api.as_("kiosk").post(api.url("/participants/changes/fktp"), json=body, timeout=10)
    assert answer.status_code == 422
    assert answer.json()["code"] == "identity_mismatch"
    # One request spent the whole bucket of 3 (1 + the identity-failure penalty).
    assert lookup(api, "kiosk") == 429
