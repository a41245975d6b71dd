"""`sync.api.ApiClient` against the real server on loopback: typed answers for every call a
kiosk makes, and each failure sorted into the `sync.errors` tree (retryable or permanent)
with the server's sentence in both languages and never the NIK in a message."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from fastapi import FastAPI
from fastapi.responses import JSONResponse, PlainTextResponse

from anjungan.core.clock import FixedClock
from anjungan.core.domain.queue_policy import PriorityReason
from anjungan.core.wire.faskes import FacilityLevel, FacilityType
from anjungan.core.wire.participants import ClassChangeIn, FktpChangeIn
from anjungan.core.wire.queue import IssueTicketRequest
from anjungan.server import admin
from anjungan.server.app import create_app
from anjungan.server.db import open_database
from anjungan.server.settings import RateLimit, ServerSettings
from anjungan.sync.api import ApiClient
from anjungan.sync.errors import (
    BadResponse,
    Forbidden,
    InvalidInput,
    NetworkError,
    NotFoundError,
    Permanent,
    RateLimited,
    Retryable,
    RuleRefused,
    ServerError,
    ServerTimeout,
    SyncError,
    Unauthorized,
)
from tests.helpers.demo_server import (
    DEVICE,
    KIOSK_LOCATION,
    PERSONA,
    DemoServer,
    demo_server,
    seed,
)
from tests.helpers.live_server import serve

ACTIVE = PERSONA["pbpu_active"]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def server(tmp_path: Path, clock: FixedClock) -> Iterator[DemoServer]:
    with demo_server(tmp_path, clock) as running:
        yield running


@pytest.fixture
def client(server: DemoServer) -> Iterator[ApiClient]:
    api = ApiClient(server.base_url, server.token)
    yield api
    api.close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- typed answers ---------------------------------------------------------------------


def test_status_and_bill_come_back_as_wire_models(client: ApiClient) -> None:
    person = client.participant(ACTIVE.nik)
    assert person.status.active and person.masked_name == "BU** SA*****"
    by_card = client.participant(ACTIVE.card_number, "card")
    assert by_card.masked_nik == person.masked_nik
    bill = client.bill(PERSONA["arrears_30"].nik)
    assert (bill.months_in_arrears, bill.months_counted) == (30, 24)
    assert bill.reactivation_amount == 3_750_000


def test_directory_calls_search_near_a_point_and_send_the_snapshot_once(
    client: ApiClient,
) -> None:
    near = (KIOSK_LOCATION.latitude, KIOSK_LOCATION.longitude)
    page = client.search_facilities(
        "pusk", types=[FacilityType.PUSKESMAS], level=FacilityLevel.FKTP, near=near
    )
    assert page.items and all(f.type is FacilityType.PUSKESMAS for f in page.items)
    distances = [f.distance_km or 0.0 for f in page.items]
    assert distances == sorted(distances)
    assert client.facility("3171P001").name == "PUSKESMAS GAMBIR"
    assert client.search_offices(near=near).items
    full = client.faskes_snapshot()
    assert full.changed and full.facilities
    again = client.faskes_snapshot(full.version)
    assert not again.changed and again.facilities is None


def test_a_ticket_is_issued_and_handed_out(client: ApiClient) -> None:
    services = client.queue_services()
    assert services[0].code == "new_registration"
    ticket = client.issue_ticket(
        IssueTicketRequest(service="reactivation", priority=PriorityReason.PREGNANT)
    )
    assert ticket.label == "F001" and ticket.priority is PriorityReason.PREGNANT
    out = client.hand_out(ticket.id, "shown_on_screen")
    assert out.handed_out and out.handed_out_how == "shown_on_screen"


def test_calls_running_at_once_each_hold_a_session_and_close_ends_them_all(
    server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The kiosk calls one client from four pool threads; requests sessions are not
    # promised to be thread-safe, so no two calls in flight may share one.
    api = ApiClient(server.base_url, server.token)
    in_flight = threading.Barrier(4)
    used: dict[int, requests.Session] = {}
    original = requests.Session.request

    def request(session: requests.Session, *args: Any, **kwargs: Any) -> requests.Response:
        used[threading.get_ident()] = session
        in_flight.wait(timeout=5)  # all four are inside a request together
        return original(session, *args, **kwargs)

    monkeypatch.setattr(requests.Session, "request", request)
    threads = [threading.Thread(target=api.health) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(used) == 4 and len({id(s) for s in used.values()}) == 4
    assert api.open_sessions == 4
    pools = [s.adapters["http://"] for s in used.values()]
    assert all(pool.poolmanager.pools for pool in pools)  # type: ignore[attr-defined]
    api.close()
    assert api.open_sessions == 0
    assert not any(pool.poolmanager.pools for pool in pools)  # type: ignore[attr-defined]


def test_calls_from_ever_new_threads_reuse_one_session_instead_of_opening_one_each(
    server: DemoServer,
) -> None:
    # A Qt pool thread gets a fresh Python thread state per job, like a new thread here:
    # a session per thread left one open socket behind per kiosk call.
    api = ApiClient(server.base_url, server.token)
    for _ in range(30):
        thread = threading.Thread(target=api.health)
        thread.start()
        thread.join(timeout=10)
    assert api.open_sessions == 1
    api.close()


def test_a_given_session_is_shared_and_left_open(server: DemoServer) -> None:
    shared = requests.Session()
    api = ApiClient(server.base_url, server.token, session=shared)
    thread = threading.Thread(target=api.health)
    thread.start()
    thread.join(timeout=5)
    api.health()
    assert api.open_sessions == 0
    api.close()
    assert shared.adapters["http://"].poolmanager.pools  # type: ignore[attr-defined]
    shared.close()


def test_health_answers_without_a_token(server: DemoServer) -> None:
    anonymous = ApiClient(server.base_url, "")
    assert anonymous.health().status == "ok"
    anonymous.close()


# --- the error tree --------------------------------------------------------------------


def test_unknown_participant_is_not_found_and_permanent(client: ApiClient) -> None:
    with pytest.raises(NotFoundError) as info:
        client.participant("3171011203800099")
    error = info.value
    assert isinstance(error, Permanent) and not isinstance(error, Retryable)
    assert error.status == 404 and error.code == "not_found"
    assert error.message("en") == "A participant with that number was not found."
    assert error.message("id") == "Peserta dengan nomor tersebut tidak ditemukan."


def test_invalid_nik_is_invalid_input_with_the_field_and_both_sentences(
    client: ApiClient,
) -> None:
    with pytest.raises(InvalidInput) as info:
        client.participant("3171011203800000")
    assert info.value.status == 422
    assert info.value.field == "nik"
    assert "0000" in info.value.message("id") and "0000" in info.value.message("en")


def test_a_refused_change_is_rule_refused_with_the_first_allowed_day(
    client: ApiClient, clock: FixedClock
) -> None:
    person = PERSONA["bp_pensioner"]
    birth = date(1956, 7, 17)
    client.request_fktp_change(FktpChangeIn(nik=person.nik, birth_date=birth, fktp_code="3171K001"))
    clock.advance(timedelta(days=9))  # the change took effect on 1 December
    with pytest.raises(RuleRefused) as info:
        client.request_fktp_change(
            FktpChangeIn(nik=person.nik, birth_date=birth, fktp_code="3171P001")
        )
    assert info.value.status == 409
    assert info.value.code == "fktp_change_too_soon"
    assert info.value.earliest_on == date(2027, 3, 1)
    with pytest.raises(RuleRefused) as pbi:
        client.request_class_change(
            ClassChangeIn(nik=PERSONA["pbi"].nik, birth_date=date(1962, 4, 10), care_class="II")
        )
    assert pbi.value.code == "class_change_mandiri_only"
    assert pbi.value.earliest_on is None


def test_a_revoked_or_unknown_token_is_unauthorized(
    server: DemoServer, client: ApiClient, clock: FixedClock
) -> None:
    stranger = ApiClient(server.base_url, "not-a-token")
    with pytest.raises(Unauthorized) as unknown:
        stranger.queue_services()
    assert unknown.value.status == 401
    stranger.close()
    admin.revoke_device(server.db, DEVICE, clock.now())
    with pytest.raises(Unauthorized) as revoked:
        client.participant(ACTIVE.nik)
    assert revoked.value.code == "device_revoked"
    assert Unauthorized.device_not_enrolled().message("id") == (
        "Perangkat ini tidak lagi terdaftar. Hubungi petugas."
    )


def test_an_officer_route_is_forbidden_to_a_kiosk(client: ApiClient) -> None:
    with pytest.raises(Forbidden) as info:
        client.waiting()
    assert info.value.status == 403 and isinstance(info.value, Permanent)


def test_too_many_lookups_is_retryable_with_the_wait(tmp_path: Path, clock: FixedClock) -> None:
    settings = ServerSettings(
        database_url=f"sqlite:///{tmp_path / 'limited.sqlite3'}",
        clock=clock,
        kiosk_lookup_limit=RateLimit(requests=1, per=timedelta(minutes=1)),
    )
    db = open_database(settings.database_url)
    token = seed(db, settings, clock)
    with serve(create_app(settings, db)) as base:
        api = ApiClient(base, token)
        api.participant(ACTIVE.nik)
        with pytest.raises(RateLimited) as info:
            api.participant(ACTIVE.nik)
        api.close()
    db.dispose()
    assert isinstance(info.value, Retryable)
    assert info.value.retry_after_s is not None and info.value.retry_after_s >= 1


# --- a broken server, a dead one, a silent one -------------------------------------------


def broken_app() -> FastAPI:
    app = FastAPI()

    @app.get("/v1/health")
    def health() -> PlainTextResponse:
        return PlainTextResponse("upstream down", status_code=503)

    @app.get("/v1/participants/nik/{nik}")
    def crash(nik: str) -> JSONResponse:
        body = {"code": "internal_error", "message_id": "Galat.", "message_en": "Error."}
        return JSONResponse(body, status_code=500)

    @app.get("/v1/queue/services")
    def junk() -> JSONResponse:
        return JSONResponse({"not": "a list"})

    return app


def test_server_errors_are_retryable_and_unreadable_answers_permanent() -> None:
    with serve(broken_app()) as base:
        api = ApiClient(base, "token")
        with pytest.raises(ServerError) as plain:
            api.health()
        assert plain.value.status == 503
        assert "few minutes" in plain.value.message("en"), "our sentence when the body is not ours"
        with pytest.raises(ServerError) as ours:
            api.participant(ACTIVE.nik)
        assert ours.value.message("en") == "Error." and ours.value.code == "internal_error"
        with pytest.raises(BadResponse):
            api.queue_services()
        api.close()


def test_a_dead_server_is_a_network_error_that_never_names_the_nik() -> None:
    api = ApiClient(f"http://127.0.0.1:{closed_port()}", "token")
    with pytest.raises(NetworkError) as info:
        api.participant(ACTIVE.nik)
    error = info.value
    assert isinstance(error, Retryable) and not error.reached_server
    assert error.__cause__ is None and error.__suppress_context__
    for text in (str(error), repr(error), error.message("id"), error.message("en")):
        assert ACTIVE.nik not in text
    api.close()


def test_a_silent_server_times_out_within_the_read_timeout() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)  # the kernel completes the handshake; nobody ever answers
        port = listener.getsockname()[1]
        api = ApiClient(f"http://127.0.0.1:{port}", "token", read_timeout=0.3)
        with pytest.raises(ServerTimeout) as info:
            api.queue_services()
        api.close()
    assert info.value.reached_server, "the request may have arrived: not blindly repeatable"


def test_an_identifier_cannot_reach_another_route(client: ApiClient) -> None:
    with pytest.raises(SyncError) as info:
        client.participant("../../queue/services")
    assert isinstance(info.value, Permanent)
