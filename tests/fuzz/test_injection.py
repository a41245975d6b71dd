"""SQL injection strings and oversized values in every text slot of every route, against
the real server on SQLite and on PostgreSQL.

For each operation of the server's own OpenAPI document, a valid request is built
(`openapi_requests`); then each path, query and header parameter and each string of
the body in turn receives each hostile value (`strategies.HOSTILE`: classic injection
strings, Unicode look-alike quotes, NUL bytes, a lone surrogate, 1 MB strings), the rest
of the request staying valid. Every answer is below 500 and shows no traceback, SQL or
secret; afterwards every table is still there, no table lost a row, the officers' rows
are unchanged, and text accepted as data reads back verbatim.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import requests
from sqlalchemy import text

from tests.fuzz.budget import DEEP, tried
from tests.fuzz.live import Live, live_server
from tests.fuzz.openapi_requests import Request, operations, text_slots, with_value
from tests.fuzz.strategies import HOSTILE, INJECTIONS, OVERSIZED, OVERSIZED_WIDE
from tests.helpers.pg import temporary_database

# Logging out would end the admin's session for the rest of the run; the event stream
# never ends by design (its parameters are tried with a streamed request instead).
EXCLUDED = ("/v1/auth/logout",)
STREAM = "/v1/queue/events/stream"
# Supervisor-only and admin-only routes take the admin; sync takes the counter device.
ROLE_OF = {"/v1/sync/push": "counter", "/v1/sync/pull": "counter"}
# CI tries the injections that differ most; a deep run tries every hostile value.
CI_VALUES = (
    "' OR 1=1 --",
    "'; DROP TABLE officer; --",
    "' UNION SELECT password_hash, token_hash FROM officer --",
    "%_%",
    "\uff07 OR \uff11=\uff11 --",
    "abc\x00def",
    "\ud800' OR 1=1",
    OVERSIZED,
)
VALUES = HOSTILE if DEEP else CI_VALUES
HUGE_NUMBER = "9" * 40
MAX_REQUEST_LINE = 65_536


def _encode(value: Any) -> str:
    return quote(str(value).encode("utf-8", "surrogatepass"), safe="")


def _send(live: Live, request: Request, role: str) -> requests.Response | None:
    """The answer, or None when uvicorn refused a megabyte request line (it answers 400
    and closes while the client is still sending, so the client sees a reset)."""
    path = request.template
    for name, value in request.path.items():
        path = path.replace("{" + name + "}", _encode(value))
    query = "&".join(f"{_encode(k)}={_encode(v)}" for k, v in request.query.items())
    url = path + (f"?{query}" if query else "")
    kwargs: dict[str, Any] = {"headers": dict(request.headers)}
    if request.has_body:
        kwargs["json"] = request.body
    stream = request.template == STREAM
    if len(url) < MAX_REQUEST_LINE:
        answer = live.call(request.method, url, role, stream=stream, **kwargs)
    else:
        try:
            answer = live.call(request.method, url, role, **kwargs)
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError):
            return None
        assert answer.status_code == 400, answer.status_code
    if stream:
        answer.close()
    return answer


def _header_safe(value: str) -> bool:
    return all(" " <= c <= "~" for c in value) and len(value) < 8_000


def _prepare(live: Live) -> dict[str, Any]:
    """A seeded queue, one ticket, one complaint: ids the requests can point at."""
    live.call("POST", "/v1/queue/services/seed", "admin").raise_for_status()
    ticket = live.call("POST", "/v1/queue/tickets", "kiosk", json={"service": "new_registration"})
    ticket.raise_for_status()
    complaint = live.call(
        "POST",
        "/v1/complaints",
        "officer",
        json={
            "channel": "direct",
            "category": "contributions",
            "participant_id": "0001944358911",
            "reporter_name": "Siti Aminah",
            "problem": "Iuran sudah dibayar.",
            "cause": "Belum tercatat.",
        },
    )
    complaint.raise_for_status()
    return {"ticket_id": ticket.json()["id"], "complaint_uuid": complaint.json()["uuid"]}


def _officers(live: Live) -> list[tuple[Any, ...]]:
    with live.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT username, password_hash, role FROM officer ORDER BY id"))
        return [tuple(row) for row in rows]


def run_every_slot(live: Live, values: tuple[str, ...], target: str) -> int:
    """Send each value in each slot of each operation; return how many requests."""
    known = _prepare(live)
    spec = live.call("GET", "/openapi.json", "anonymous").json()
    before, officers = live.row_counts(), _officers(live)
    sent, failures = 0, []
    for request in operations(spec, EXCLUDED, known):
        role = ROLE_OF.get(request.template, "admin")
        for slot in text_slots(spec, request):
            for value in (*values, HUGE_NUMBER):
                if slot[0] == "header" and not _header_safe(value):
                    continue
                answer = _send(live, with_value(request, slot, value), role)
                sent += 1
                if answer is None:
                    continue
                try:
                    live.check(answer, f"{request.label} {slot} <- {value[:40]!r}", value)
                except AssertionError as failure:
                    failures.append(str(failure).splitlines()[0][:300])
        live.alive()
        failures += [f"{request.label}: logged {e}" for e in live.logged_errors()]
    tried(target, sent)
    assert not failures, "\n".join(failures)
    after = live.row_counts()
    assert set(after) == set(before)
    assert all(after[table] >= count for table, count in before.items())
    assert _officers(live) == officers
    return sent


def round_trip_free_text(live: Live, target: str) -> None:
    """Injection strings a complaint may carry as text are stored and read back verbatim."""
    for value in (*INJECTIONS, OVERSIZED_WIDE[:3000]):
        body = {
            "channel": "direct",
            "category": "contributions",
            "participant_id": "0001944358911",
            "reporter_name": "Siti Aminah",
            "problem": value,
            "cause": value,
            "note": value,
        }
        created = live.call("POST", "/v1/complaints", "officer", json=body)
        live.check(created, f"complaint <- {value[:30]!r}", value)
        tried(target)
        if created.status_code != 201:
            assert created.status_code == 422, created.text[:300]
            continue
        read = live.call("GET", f"/v1/complaints/{created.json()['uuid']}", "officer")
        assert read.status_code == 200
        assert read.json()["problem"] == value.strip()
        assert read.json()["cause"] == value.strip()


def test_authorization_headers_with_injection_are_401(tmp_path: Path) -> None:
    with live_server(f"sqlite:///{tmp_path / 'auth.sqlite3'}") as live:
        for value in [v for v in INJECTIONS if _header_safe(v)]:
            headers = {"Authorization": f"Bearer {value}"}
            answer = live.call("GET", "/v1/auth/whoami", "anonymous", headers=headers)
            live.check(answer, value, value)
            assert answer.status_code == 401
            tried("server.injection.sqlite")


@pytest.fixture(scope="module")
def sqlite_live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    path = tmp_path_factory.mktemp("injection") / "server.sqlite3"
    with live_server(f"sqlite:///{path}") as live:
        yield live


def test_every_text_slot_of_every_route_takes_injection_as_data_on_sqlite(
    sqlite_live: Live,
) -> None:
    assert run_every_slot(sqlite_live, VALUES, "server.injection.sqlite") > 500
    round_trip_free_text(sqlite_live, "server.injection.sqlite")


@pytest.mark.postgres
def test_every_text_slot_of_every_route_takes_injection_as_data_on_postgres() -> None:
    with (
        temporary_database("anjungan_fuzz") as url,
        live_server(url.render_as_string(hide_password=False)) as live,
    ):
        assert run_every_slot(live, VALUES, "server.injection.postgres") > 500
        round_trip_free_text(live, "server.injection.postgres")


@pytest.mark.parametrize(
    ("path", "role"),
    [
        (f"/v1/complaints?offset={HUGE_NUMBER}", "admin"),
        (f"/v1/sync/pull?cursor={HUGE_NUMBER}", "counter"),
    ],
)
def test_a_number_past_a_database_integer_is_a_422(sqlite_live: Live, path: str, role: str) -> None:
    # Regression: SQLite raised OverflowError binding it (500).
    tried("server.injection.sqlite")
    answer = sqlite_live.call("GET", path, role)
    assert answer.status_code == 422


@pytest.mark.postgres
def test_a_nul_character_postgres_cannot_store_is_a_422_naming_no_value() -> None:
    # Regression: psycopg refused it while binding (DataError) and the answer was a 500.
    body = {
        "channel": "direct",
        "category": "contributions",
        "participant_id": "0001944358911",
        "reporter_name": "Siti Aminah",
        "problem": "Iuran\x00 sudah dibayar.",
        "cause": "Belum tercatat.",
    }
    with (
        temporary_database("anjungan_fuzz") as url,
        live_server(url.render_as_string(hide_password=False)) as live,
    ):
        tried("server.injection.postgres", 2)
        created = live.call("POST", "/v1/complaints", "officer", json=body)
        assert created.status_code == 422 and created.json()["code"] == "unstorable_value"
        found = live.call("GET", "/v1/complaints?office=MPP%00BPN", "admin")
        assert found.status_code == 422 and found.json()["code"] == "unstorable_value"
