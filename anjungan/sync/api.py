"""The typed HTTP client of the central server's API v1, over `requests` sessions.

Owns `ApiClient`: the base URL, the device's bearer token, the two timeouts (connect and
read), generic `get`/`post` helpers that parse the answer into `core.wire` models, and
one typed method per call a kiosk makes (participant status and bill, change requests,
faskes and offices, the queue, health) plus sync push/pull for the sync engine. Every
failure becomes a `sync.errors.SyncError` (`Retryable` or `Permanent`), with the server's
`ApiError` sentence in both languages when it sent one (`sync.responses` reads answers).
It never retries on its own (STYLE.md: retries explicit; a POST that timed out may have
been processed) and never logs or raises anything that holds a URL, because a NIK
travels in the path. It is blocking: GUI programs call it from a worker thread, never
from the GUI thread. One client may be called from several worker threads at once: each
call borrows a session no other call is using (`sync.sessions.SessionPool`). Must not
import Qt or any other Anjungan package than `core`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal
from urllib.parse import quote

import requests
from pydantic import BaseModel

from anjungan.core.wire import API_VERSION, Health
from anjungan.core.wire.auth import LoginRequest, LoginResponse
from anjungan.core.wire.faskes import (
    FacilityLevel,
    FacilityOut,
    FacilityPage,
    FacilityType,
    FaskesSnapshot,
    OfficeKind,
    OfficeOut,
    OfficePage,
)
from anjungan.core.wire.participants import (
    ChangeAccepted,
    ClassChangeIn,
    FamilyBill,
    FktpChangeIn,
    ParticipantPublic,
)
from anjungan.core.wire.queue import (
    BoardState,
    CallNextRequest,
    CallRequest,
    CounterOut,
    CounterSetup,
    FinishRequest,
    HandOutHow,
    HandOutRequest,
    IssuedTicket,
    IssueTicketRequest,
    QueueEventPage,
    QueueServiceOut,
    TicketOut,
    TicketOutcome,
    TransferRequest,
    WaitingList,
)
from anjungan.core.wire.sync import PullResponse, PushItem, PushRequest, PushResponse
from anjungan.sync.errors import NetworkError, ServerTimeout
from anjungan.sync.responses import M, error_from_response, parse, parse_list
from anjungan.sync.sessions import SessionPool

IdentifierKind = Literal["nik", "card"]
Params = Mapping[str, str | int | float | Sequence[str] | None]

DEFAULT_CONNECT_TIMEOUT_S = 3.0
DEFAULT_READ_TIMEOUT_S = 10.0


class ApiClient:
    """``ApiClient("https://jkn.example", token)``; each method is one HTTP call.

    ``session`` may be shared (connection pooling) or a test double; the client closes
    only the sessions it created itself (one per call running at the same time).
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        session: requests.Session | None = None,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT_S,
        read_timeout: float = DEFAULT_READ_TIMEOUT_S,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self._sessions = SessionPool(session)
        self._headers = {"Accept": "application/json", "User-Agent": "anjungan-client"}
        if token:
            self._headers["Authorization"] = f"Bearer {token}"

    @property
    def open_sessions(self) -> int:
        """Sessions this client made and has not closed yet (a given one is not counted)."""
        return self._sessions.open_sessions

    # -- generic ------------------------------------------------------------------------

    def url(self, path: str) -> str:
        return f"{self.base_url}/{API_VERSION}/{path.lstrip('/')}"

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        body: BaseModel | Mapping[str, Any] | None = None,
    ) -> requests.Response:
        """One call; the response when it is 2xx, otherwise the matching `SyncError`."""
        payload: Any = None
        if isinstance(body, BaseModel):
            payload = body.model_dump(mode="json", exclude_none=False)
        elif body is not None:
            payload = dict(body)
        clean = {k: v for k, v in (params or {}).items() if v is not None}
        try:
            with self._sessions.session() as session:
                response = session.request(
                    method,
                    self.url(path),
                    params=clean or None,
                    json=payload,
                    headers=self._headers,
                    timeout=self.timeout,
                )
        # `from None` everywhere: the original exception's text holds the URL (a NIK).
        except requests.ConnectTimeout:
            raise ServerTimeout(reached_server=False) from None
        except requests.Timeout:
            raise ServerTimeout(reached_server=True) from None
        except requests.ConnectionError:
            raise NetworkError(reached_server=False) from None
        except requests.RequestException:
            raise NetworkError(reached_server=False) from None
        if response.status_code >= 300:
            raise error_from_response(response)
        return response

    def get(self, path: str, model: type[M], *, params: Params | None = None) -> M:
        return parse(model, self.request("GET", path, params=params))

    def get_list(self, path: str, model: type[M], *, params: Params | None = None) -> list[M]:
        return parse_list(model, self.request("GET", path, params=params))

    def post(self, path: str, model: type[M], body: BaseModel | Mapping[str, Any] | None) -> M:
        return parse(model, self.request("POST", path, body=body))

    def close(self) -> None:
        self._sessions.close()

    # -- health -------------------------------------------------------------------------

    def health(self) -> Health:
        return self.get("health", Health)

    # -- participants -------------------------------------------------------------------

    def participant(self, identifier: str, kind: IdentifierKind = "nik") -> ParticipantPublic:
        """Cover status, segment, class, FKTP and family (masked) by NIK or card number."""
        return self.get(_participant_path(identifier, kind), ParticipantPublic)

    def bill(self, identifier: str, kind: IdentifierKind = "nik") -> FamilyBill:
        """The family's iuran, arrears, reactivation amount, penalty rule and VAs."""
        return self.get(_participant_path(identifier, kind) + "/bill", FamilyBill)

    def request_fktp_change(self, body: FktpChangeIn) -> ChangeAccepted:
        return self.post("participants/changes/fktp", ChangeAccepted, body)

    def request_class_change(self, body: ClassChangeIn) -> ChangeAccepted:
        return self.post("participants/changes/class", ChangeAccepted, body)

    # -- faskes and offices -------------------------------------------------------------

    def search_facilities(
        self,
        text: str = "",
        *,
        types: Sequence[FacilityType] = (),
        level: FacilityLevel | None = None,
        near: tuple[float, float] | None = None,
        max_km: float | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> FacilityPage:
        params: dict[str, Any] = {
            "q": text,
            "type": [t.value for t in types] or None,
            "level": level.value if level else None,
            "max_km": max_km,
            "offset": offset,
            "limit": limit,
        }
        if near is not None:
            params["lat"], params["lon"] = near
        return self.get("faskes/facilities", FacilityPage, params=params)

    def facility(self, code: str) -> FacilityOut:
        return self.get(f"faskes/facilities/{_segment(code)}", FacilityOut)

    def search_offices(
        self,
        text: str = "",
        *,
        kinds: Sequence[OfficeKind] = (),
        near: tuple[float, float] | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> OfficePage:
        params: dict[str, Any] = {
            "q": text,
            "kind": [k.value for k in kinds] or None,
            "offset": offset,
            "limit": limit,
        }
        if near is not None:
            params["lat"], params["lon"] = near
        return self.get("offices", OfficePage, params=params)

    def office(self, code: str) -> OfficeOut:
        return self.get(f"offices/{_segment(code)}", OfficeOut)

    def faskes_snapshot(self, since_version: int | None = None) -> FaskesSnapshot:
        """The whole directory for offline search, or ``changed: false`` if current."""
        return self.get("faskes/snapshot", FaskesSnapshot, params={"since_version": since_version})

    # -- queue --------------------------------------------------------------------------

    def queue_services(self) -> list[QueueServiceOut]:
        return self.get_list("queue/services", QueueServiceOut)

    def issue_ticket(self, body: IssueTicketRequest) -> IssuedTicket:
        """Not idempotent: a timed-out call may have issued a ticket; do not repeat it blindly."""
        return self.post("queue/tickets", IssuedTicket, body)

    def hand_out(self, ticket_id: int, how: HandOutHow) -> TicketOut:
        """The ticket reached the participant: printed, or shown on screen with its QR."""
        return self.post(
            f"queue/tickets/{int(ticket_id)}/handed-out", TicketOut, HandOutRequest(how=how)
        )

    # -- officer login and the counter's queue moves ------------------------------------

    def login(self, username: str, password: str, device_id: str | None) -> LoginResponse:
        """An officer's session token; `Unauthorized` for a wrong password or a lockout."""
        body = LoginRequest(username=username, password=password, device_id=device_id)
        return self.post("auth/login", LoginResponse, body)

    def waiting(self, service: str | None = None) -> WaitingList:
        return self.get("queue/waiting", WaitingList, params={"service": service})

    def board(self) -> BoardState:
        return self.get("queue/board", BoardState)

    def queue_events(self, after: int = 0, limit: int = 100) -> QueueEventPage:
        return self.get("queue/events", QueueEventPage, params={"after": after, "limit": limit})

    def counters(self) -> list[CounterOut]:
        return self.get_list("queue/counters", CounterOut)

    def configure_counter(self, number: int, body: CounterSetup) -> CounterOut:
        """Supervisor only: open, close or re-assign a counter."""
        response = self.request("PUT", f"queue/counters/{int(number)}", body=body)
        return parse(CounterOut, response)

    def call_next(self, counter: int, service: str | None = None) -> TicketOut:
        return self.post(
            f"queue/counters/{int(counter)}/call-next",
            TicketOut,
            CallNextRequest(service=service),
        )

    def call_ticket(self, ticket_id: int, counter: int) -> TicketOut:
        return self.post(
            f"queue/tickets/{int(ticket_id)}/call", TicketOut, CallRequest(counter=counter)
        )

    def move_ticket(self, ticket_id: int, action: str) -> TicketOut:
        """``action``: recall, start, no-show or cancel (the moves without a body)."""
        if action not in ("recall", "start", "no-show", "cancel"):
            raise ValueError(f"unknown queue move {action!r}")
        return self.post(f"queue/tickets/{int(ticket_id)}/{action}", TicketOut, None)

    def finish_ticket(self, ticket_id: int, outcome: TicketOutcome) -> TicketOut:
        return self.post(
            f"queue/tickets/{int(ticket_id)}/finish", TicketOut, FinishRequest(outcome=outcome)
        )

    def transfer_ticket(self, ticket_id: int, to_service: str, *, with_return: bool) -> TicketOut:
        body = TransferRequest(to_service=to_service, with_return=with_return)
        return self.post(f"queue/tickets/{int(ticket_id)}/transfer", TicketOut, body)

    # -- sync ---------------------------------------------------------------------------

    def push(self, items: Sequence[PushItem]) -> PushResponse:
        """Idempotent by client uuid: a repeat gets the first answer (safe to retry)."""
        return self.post("sync/push", PushResponse, PushRequest(items=list(items)))

    def pull(self, cursor: int = 0, limit: int = 100) -> PullResponse:
        return self.get("sync/pull", PullResponse, params={"cursor": cursor, "limit": limit})


def _segment(value: str) -> str:
    """One path segment: everything escaped, so a value cannot reach another route."""
    return quote(value.strip(), safe="")


def _participant_path(identifier: str, kind: IdentifierKind) -> str:
    if kind not in ("nik", "card"):
        raise ValueError(f"unknown identifier kind {kind!r}")
    return f"participants/{kind}/{_segment(identifier)}"
