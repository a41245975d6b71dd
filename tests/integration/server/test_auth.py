"""Officer login with lockout and expiry, device tokens, roles, audit of logins."""

from __future__ import annotations

from datetime import timedelta

import requests
from sqlalchemy import func, select

from anjungan.core.clock import FixedClock
from anjungan.server import admin
from anjungan.server.db import Database
from anjungan.server.models import AuditLog
from tests.integration.server.conftest import PASSWORD, Api


def test_health_answers_without_a_token(api: Api) -> None:
    answer = api.as_("anonymous").get(api.url("/health"), timeout=10)
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"


def test_whoami_tells_each_token_its_role(api: Api) -> None:
    expected = {
        "kiosk": "kiosk",
        "board": "kiosk",
        "counter": "officer",
        "officer": "officer",
        "supervisor": "supervisor",
        "admin": "admin",
    }
    for role, answer_role in expected.items():
        answer = api.as_(role).get(api.url("/auth/whoami"), timeout=10)
        assert answer.status_code == 200, (role, answer.text)
        assert answer.json()["role"] == answer_role


def test_no_token_or_a_made_up_one_is_401_with_a_sentence(api: Api) -> None:
    assert api.as_("anonymous").get(api.url("/auth/whoami"), timeout=10).status_code == 401
    answer = requests.get(
        api.url("/auth/whoami"), headers={"Authorization": "Bearer not-a-token"}, timeout=10
    )
    assert answer.status_code == 401
    assert answer.json()["code"] == "unauthorized"
    assert answer.json()["message_id"]


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(
    api: Api, clock: FixedClock
) -> None:
    login = api.url("/auth/login")
    for _ in range(5):
        wrong = requests.post(login, json={"username": "officer1", "password": "x"}, timeout=10)
        assert wrong.status_code == 401
    right = {"username": "officer1", "password": PASSWORD}
    assert requests.post(login, json=right, timeout=10).status_code == 401
    clock.advance(timedelta(minutes=16))
    assert requests.post(login, json=right, timeout=10).status_code == 200


def test_a_session_expires_and_logout_ends_it(api: Api, clock: FixedClock) -> None:
    answer = requests.post(
        api.url("/auth/login"), json={"username": "officer1", "password": PASSWORD}, timeout=10
    )
    headers = {"Authorization": f"Bearer {answer.json()['token']}"}
    assert requests.get(api.url("/auth/whoami"), headers=headers, timeout=10).status_code == 200
    assert requests.post(api.url("/auth/logout"), headers=headers, timeout=10).status_code == 204
    assert requests.get(api.url("/auth/whoami"), headers=headers, timeout=10).status_code == 401
    clock.advance(timedelta(hours=10))
    officer = api.as_("officer").get(api.url("/auth/whoami"), timeout=10)
    assert officer.status_code == 401


def test_a_revoked_device_gets_a_clear_401(api: Api, db: Database, clock: FixedClock) -> None:
    assert admin.revoke_device(db, "K-BPN-01", clock.now())
    answer = api.as_("kiosk").get(api.url("/auth/whoami"), timeout=10)
    assert answer.status_code == 401
    assert answer.json()["code"] == "device_revoked"


def test_logins_are_audited(api: Api, db: Database) -> None:
    with db.read() as session:
        count = session.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.action == "auth.login")
        )
    assert count == 3  # the officer, supervisor and admin of the fixture
