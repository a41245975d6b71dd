"""Queue bodies: services, counters, tickets, the waiting list, the board and events.

Shapes only: who may be called next, the ticket states and the numbering are rules
of `core.domain.queue*`, reused here for their enums. No body carries personal data:
a ticket is a number, a line and times.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StrictBool, ValidationInfo, field_validator

from anjungan.core.domain.queue_policy import PriorityReason
from anjungan.core.domain.queue_ticket import TicketState
from anjungan.core.wire.common import WireModel

ServiceCode = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,31}$")]


CounterNumber = Annotated[int, Field(ge=1, le=999)]
HandOutHow = Literal["printed", "shown_on_screen"]
EventType = Literal[
    "issued",
    "handed_out",
    "called",
    "recalled",
    "started",
    "finished",
    "no_show",
    "transferred",
    "returned",
    "cancelled",
]


class _Request(WireModel):
    """A request body. Its numbers must be JSON numbers: lax pydantic would take ``true``
    for 1 and ``"2"`` for 2, which the schema (integer) does not allow; booleans are
    `StrictBool` (``0`` is not false)."""

    @field_validator("*", mode="before")
    @classmethod
    def _json_number(cls, value: object, info: ValidationInfo) -> object:
        field = cls.model_fields[info.field_name or ""]
        if field.annotation is int and isinstance(value, bool | str):
            raise ValueError("a whole number is required")
        return value


class TicketOutcome(StrEnum):
    """How a stretch of service ended (kept for reports; never free text, never a name)."""

    COMPLETED = "completed"
    INCOMPLETE_REQUIREMENTS = "incomplete_requirements"
    REFERRED = "referred"
    OTHER = "other"


# --- setup ---------------------------------------------------------------------------


class QueueServiceSetup(_Request):
    """`PUT /v1/queue/services/{code}`: one line's configuration."""

    prefix: Annotated[str, Field(pattern=r"^[A-Z]{1,2}$")]
    name_id: Annotated[str, Field(min_length=1, max_length=128)]
    name_en: Annotated[str, Field(min_length=1, max_length=128)]
    first_number: Annotated[int, Field(ge=1, le=9999)] = 1
    last_number: Annotated[int, Field(ge=1, le=9999)] = 999
    standard_service_minutes: Annotated[int, Field(ge=1, le=480)] = 15
    standard_waiting_minutes: Annotated[int, Field(ge=1, le=480)] = 30
    active: StrictBool = True


class QueueServiceOut(WireModel):
    code: str
    prefix: str
    name_id: str
    name_en: str
    first_number: int
    last_number: int
    standard_service_minutes: int
    standard_waiting_minutes: int
    active: bool


class CounterSetup(_Request):
    """`PUT /v1/queue/counters/{number}`; ``services`` empty = serves every line."""

    name: Annotated[str, Field(min_length=1, max_length=64)]
    services: Annotated[list[ServiceCode], Field(default_factory=list, max_length=32)]
    active: StrictBool = True


class CounterOut(WireModel):
    number: int
    name: str
    services: list[str]
    active: bool


class QueueConfig(_Request):
    """The office's priority ratio (DOMAIN.md "Queue": default 1 priority per 2 normal)
    and its recall rule (no-show only after this many recalls, when enforced)."""

    normal_calls: Annotated[int, Field(ge=1, le=20)] = 2
    priority_calls: Annotated[int, Field(ge=1, le=20)] = 1
    recalls_before_no_show: Annotated[int, Field(ge=0, le=10)] = 3
    enforce_recalls: StrictBool = True


# --- tickets -------------------------------------------------------------------------


class IssueTicketRequest(_Request):
    service: ServiceCode
    priority: PriorityReason = PriorityReason.NONE


class IssuedTicket(WireModel):
    """What the kiosk prints (or shows with the QR when the printer fails)."""

    id: int
    label: str
    number: int
    service: str
    service_name_id: str
    service_name_en: str
    priority: PriorityReason
    service_date: date
    issued_at: datetime
    people_ahead: int
    estimated_wait_minutes: int | None
    """None while no open counter serves the line (no estimate yet)."""
    exceeds_waiting_standard: bool
    qr_payload: str


class HandOutRequest(_Request):
    how: HandOutHow


class HopOut(WireModel):
    from_service: str
    to_service: str
    from_counter: int | None
    at: datetime
    with_return: bool
    returned_at: datetime | None


class TicketOut(WireModel):
    id: int
    label: str
    number: int
    service_date: date
    origin_service: str
    service: str
    priority: PriorityReason
    state: TicketState
    counter: int | None
    recall_count: int
    returning: bool
    issued_at: datetime
    queued_at: datetime
    called_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    outcome: TicketOutcome | None
    handed_out: bool
    handed_out_how: HandOutHow | None
    printed: bool
    reprints: int
    hops: list[HopOut]
    actions: list[str]
    """The moves allowed now (a counter screen enables these); ``no_show`` only after the
    office's number of recalls when that rule is enforced."""


class CallRequest(_Request):
    counter: CounterNumber


class CallNextRequest(_Request):
    service: ServiceCode | None = None
    """Only this line; None: every line the counter serves."""


class TransferRequest(_Request):
    to_service: ServiceCode
    with_return: StrictBool = False


class FinishRequest(_Request):
    outcome: TicketOutcome = TicketOutcome.COMPLETED


# --- views ---------------------------------------------------------------------------


class WaitingTicket(WireModel):
    id: int
    label: str
    priority: PriorityReason
    state: TicketState
    returning: bool
    handed_out: bool
    issued_at: datetime
    queued_at: datetime
    waiting_minutes: int
    position: int | None
    """1 = called next (call order of the domain policy); None until handed out."""


class WaitingLine(WireModel):
    service: str
    name_id: str
    name_en: str
    waiting: int
    tickets: list[WaitingTicket]


class WaitingList(WireModel):
    at: datetime
    lines: list[WaitingLine]


class BoardCounter(WireModel):
    number: int
    name: str
    label: str | None
    service: str | None
    state: TicketState | None
    called_at: datetime | None


class BoardLine(WireModel):
    service: str
    prefix: str
    name_id: str
    name_en: str
    waiting: int
    last_called: str | None


class BoardState(WireModel):
    """Everything a board shows; pass ``last_event_id`` as Last-Event-ID to follow on."""

    office_code: str
    service_date: date
    counters: list[BoardCounter]
    lines: list[BoardLine]
    last_event_id: int
    server_time: datetime


class QueueEventOut(WireModel):
    id: int
    type: EventType
    at: datetime
    ticket_id: int | None
    label: str | None
    service: str | None
    counter: int | None
    counter_name: str | None
    detail: dict[str, str | int | bool | None]


class QueueEventPage(WireModel):
    """`GET /v1/queue/events?after=N`; ask again with ``after=last_event_id``."""

    events: list[QueueEventOut]
    last_event_id: int
    more: bool
    server_time: datetime
