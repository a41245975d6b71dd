"""`/v1/queue`: the office's queue over HTTP (kiosks issue, counters call, boards watch).

Thin: each route opens one transaction and calls `services.queue*`. Every caller sees
and changes only its own office's queue. Minimum roles: kiosk (also boards) for the
service list, issuing, hand-out, a ticket, the board and the events; officer (also
counter devices) for the waiting list and every move; supervisor for the setup.
Events come as JSON pages (`GET /events?after=`) or as a server-sent event stream
(`GET /events/stream`, resumable with ``Last-Event-ID``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request
from fastapi.responses import StreamingResponse

from anjungan.core.domain.queue_ticket import Action
from anjungan.core.wire.queue import (
    BoardState,
    CallNextRequest,
    CallRequest,
    CounterOut,
    CounterSetup,
    FinishRequest,
    HandOutRequest,
    IssuedTicket,
    IssueTicketRequest,
    QueueConfig,
    QueueEventPage,
    QueueServiceOut,
    QueueServiceSetup,
    ServiceCode,
    TicketOut,
    TicketOutcome,
    TransferRequest,
    WaitingList,
)
from anjungan.server.auth import AsKiosk, AsOfficer, AsSupervisor, Principal
from anjungan.server.db import Database
from anjungan.server.errors import AUTH_ERRORS, error_responses
from anjungan.server.services import queue, queue_events, queue_setup, queue_tickets
from anjungan.server.settings import ServerSettings

router = APIRouter(prefix="/queue", tags=["queue"])

MAX_ID = 2**63 - 1
TicketId = Annotated[int, Path(ge=1, le=MAX_ID)]
CounterNo = Annotated[int, Path(ge=1, le=999)]
NOT_FOUND = {**AUTH_ERRORS, **error_responses(404)}
RULES = {**AUTH_ERRORS, **error_responses(404, 409)}


def _db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def _settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


# --- setup -----------------------------------------------------------------------------


@router.get("/services", response_model=list[QueueServiceOut], responses=AUTH_ERRORS)
def list_services(
    request: Request, caller: AsKiosk, include_inactive: bool = False
) -> list[QueueServiceOut]:
    with _db(request).read() as session:
        return queue_setup.list_services(session, caller, active_only=not include_inactive)


@router.post("/services/seed", response_model=list[QueueServiceOut], responses=AUTH_ERRORS)
def seed_services(request: Request, caller: AsSupervisor) -> list[QueueServiceOut]:
    with _db(request).write() as session:
        return queue_setup.seed_services(session, _settings(request), caller)


@router.put(
    "/services/{code}",
    response_model=QueueServiceOut,
    responses={**AUTH_ERRORS, **error_responses(409)},
)
def configure_service(
    request: Request,
    caller: AsSupervisor,
    code: Annotated[ServiceCode, Path()],
    body: QueueServiceSetup,
) -> QueueServiceOut:
    with _db(request).write() as session:
        return queue_setup.configure_service(session, _settings(request), caller, code, body)


@router.get("/counters", response_model=list[CounterOut], responses=AUTH_ERRORS)
def list_counters(request: Request, caller: AsOfficer) -> list[CounterOut]:
    with _db(request).read() as session:
        return queue_setup.list_counters(session, caller)


@router.put("/counters/{number}", response_model=CounterOut, responses=NOT_FOUND)
def configure_counter(
    request: Request, caller: AsSupervisor, number: CounterNo, body: CounterSetup
) -> CounterOut:
    with _db(request).write() as session:
        return queue_setup.configure_counter(session, _settings(request), caller, number, body)


@router.get("/config", response_model=QueueConfig, responses=AUTH_ERRORS)
def get_config(request: Request, caller: AsOfficer) -> QueueConfig:
    with _db(request).read() as session:
        return queue_setup.get_config(session, caller)


@router.put("/config", response_model=QueueConfig, responses=AUTH_ERRORS)
def set_config(request: Request, caller: AsSupervisor, body: QueueConfig) -> QueueConfig:
    with _db(request).write() as session:
        return queue_setup.set_config(session, _settings(request), caller, body)


# --- tickets ---------------------------------------------------------------------------


@router.post("/tickets", status_code=201, response_model=IssuedTicket, responses=RULES)
def issue_ticket(request: Request, caller: AsKiosk, body: IssueTicketRequest) -> IssuedTicket:
    settings = _settings(request)
    with _db(request).write() as session:
        ticket_id = queue.issue(session, settings, caller, body)
    # Place and estimate are read after the commit: the numbering lock stays short.
    with _db(request).read() as session:
        return queue.issued_ticket(session, settings, caller, ticket_id)


@router.get("/tickets/{ticket_id}", response_model=TicketOut, responses=NOT_FOUND)
def get_ticket(request: Request, caller: AsKiosk, ticket_id: TicketId) -> TicketOut:
    with _db(request).read() as session:
        return queue_tickets.get_ticket(session, caller, ticket_id)


@router.post("/tickets/{ticket_id}/handed-out", response_model=TicketOut, responses=NOT_FOUND)
def hand_out(
    request: Request, caller: AsKiosk, ticket_id: TicketId, body: HandOutRequest
) -> TicketOut:
    with _db(request).write() as session:
        return queue.hand_out(session, _settings(request), caller, ticket_id, body.how)


@router.post("/tickets/{ticket_id}/call", response_model=TicketOut, responses=RULES)
def call_ticket(
    request: Request, caller: AsOfficer, ticket_id: TicketId, body: CallRequest
) -> TicketOut:
    with _db(request).write() as session:
        return queue.call_ticket(session, _settings(request), caller, ticket_id, body.counter)


def _move(
    request: Request,
    caller: Principal,
    ticket_id: int,
    action: Action,
    *,
    to_service: str | None = None,
    with_return: bool = False,
    outcome: TicketOutcome | None = None,
) -> TicketOut:
    with _db(request).write() as session:
        return queue.move(
            session,
            _settings(request),
            caller,
            ticket_id,
            action,
            to_service=to_service,
            with_return=with_return,
            outcome=outcome,
        )


@router.post("/tickets/{ticket_id}/recall", response_model=TicketOut, responses=RULES)
def recall(request: Request, caller: AsOfficer, ticket_id: TicketId) -> TicketOut:
    return _move(request, caller, ticket_id, Action.RECALL)


@router.post("/tickets/{ticket_id}/start", response_model=TicketOut, responses=RULES)
def start(request: Request, caller: AsOfficer, ticket_id: TicketId) -> TicketOut:
    return _move(request, caller, ticket_id, Action.START)


@router.post("/tickets/{ticket_id}/finish", response_model=TicketOut, responses=RULES)
def finish(
    request: Request, caller: AsOfficer, ticket_id: TicketId, body: FinishRequest
) -> TicketOut:
    return _move(request, caller, ticket_id, Action.FINISH, outcome=body.outcome)


@router.post("/tickets/{ticket_id}/transfer", response_model=TicketOut, responses=RULES)
def transfer(
    request: Request, caller: AsOfficer, ticket_id: TicketId, body: TransferRequest
) -> TicketOut:
    return _move(
        request,
        caller,
        ticket_id,
        Action.TRANSFER,
        to_service=body.to_service,
        with_return=body.with_return,
    )


@router.post("/tickets/{ticket_id}/no-show", response_model=TicketOut, responses=RULES)
def no_show(request: Request, caller: AsOfficer, ticket_id: TicketId) -> TicketOut:
    return _move(request, caller, ticket_id, Action.NO_SHOW)


@router.post("/tickets/{ticket_id}/cancel", response_model=TicketOut, responses=RULES)
def cancel(request: Request, caller: AsOfficer, ticket_id: TicketId) -> TicketOut:
    return _move(request, caller, ticket_id, Action.CANCEL)


@router.post("/counters/{number}/call-next", response_model=TicketOut, responses=RULES)
def call_next(
    request: Request, caller: AsOfficer, number: CounterNo, body: CallNextRequest
) -> TicketOut:
    with _db(request).write() as session:
        return queue.call_next(session, _settings(request), caller, number, body.service)


# --- views and events ------------------------------------------------------------------


@router.get("/waiting", response_model=WaitingList, responses=NOT_FOUND)
def waiting(
    request: Request, caller: AsOfficer, service: Annotated[ServiceCode | None, Query()] = None
) -> WaitingList:
    with _db(request).read() as session:
        return queue_tickets.waiting_list(session, _settings(request), caller, service)


@router.get("/board", response_model=BoardState, responses=AUTH_ERRORS)
def board(request: Request, caller: AsKiosk) -> BoardState:
    with _db(request).read() as session:
        return queue_tickets.board(session, _settings(request), caller)


@router.get("/events", response_model=QueueEventPage, responses=AUTH_ERRORS)
def events(
    request: Request,
    caller: AsKiosk,
    after: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> QueueEventPage:
    """Polling fallback: the office's events after ``after``, oldest first."""
    settings = _settings(request)
    with _db(request).read() as session:
        found = queue_events.events_after(session, caller.office_code, after, limit + 1)
    page = found[:limit]
    return QueueEventPage(
        events=page,
        last_event_id=page[-1].id if page else after,
        more=len(found) > limit,
        server_time=settings.clock.now(),
    )


class EventStreamResponse(StreamingResponse):
    media_type = "text/event-stream"


_API_ERROR_JSON = {"application/json": {"schema": {"$ref": "#/components/schemas/ApiError"}}}


def _server_cycle(receive: object, depth: int = 0) -> object | None:
    """Uvicorn's per-request cycle behind ``receive``, looking through middleware that
    wrapped it (Starlette's BaseHTTPMiddleware keeps it in a closure or ``_receive``)."""
    owner = getattr(receive, "__self__", None)
    if isinstance(getattr(owner, "keep_alive", None), bool):
        return owner
    if depth >= 4:
        return None
    inner: list[object] = [getattr(owner, "_receive", None)]
    for cell in getattr(receive, "__closure__", None) or ():
        try:
            inner.append(cell.cell_contents)
        except ValueError:  # an empty cell
            continue
    for candidate in inner:
        if callable(candidate):
            found = _server_cycle(candidate, depth + 1)
            if found is not None:
                return found
    return None


def _server_stopping(request: Request) -> Callable[[], bool]:
    """True once the ASGI server begins a graceful shutdown.

    Uvicorn's only signal to a request still streaming is to turn its cycle's
    ``keep_alive`` off (it then waits for open responses to end). Without a cycle to
    watch (another server, or a client that asked for ``Connection: close``) the stream
    still ends at its maximum age, or when the server cancels it.
    """
    cycle = _server_cycle(request.receive)
    if cycle is None or getattr(cycle, "keep_alive", False) is not True:
        return lambda: False
    return lambda: getattr(cycle, "keep_alive", True) is False


@router.get(
    "/events/stream",
    response_class=EventStreamResponse,
    responses={
        200: {
            "description": "Server-sent events: `id:` is the event id, `data:` a QueueEventOut",
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
        },
        # Errors are JSON even here (the route's own media type is the stream's).
        **{
            status: {"description": entry["description"], "content": _API_ERROR_JSON}
            for status, entry in AUTH_ERRORS.items()
        },
    },
)
async def event_stream(
    request: Request,
    caller: AsKiosk,
    after: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
    last_event_id: Annotated[
        str,
        Header(
            alias="Last-Event-ID",
            pattern=r"^ *[0-9]{0,18} *$",
            description="The id of the last event received (EventSource sends it on reconnect)",
        ),
    ] = "",
) -> EventStreamResponse:
    """Every event after ``Last-Event-ID`` (or ``after``; neither: from now on), then
    live ones, with a keep-alive comment when idle."""
    # An empty Last-Event-ID means the client holds no id: the same as none.
    start = int(last_event_id) if last_event_id.strip() else after
    settings = _settings(request)
    body = queue_events.event_stream(
        _db(request),
        caller.office_code,
        start,
        keepalive_s=settings.sse_keepalive_s,
        stopping=_server_stopping(request),
    )
    return EventStreamResponse(
        body, headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    )
