"""Persisted tickets: the row <-> domain mapping, the line queries and the read-only views.

`ticket_of` rebuilds the exact `core.domain.queue_ticket.Ticket` from a row (hops and
applied moves are kept as JSON) and `store` writes one back, so the state machine is
always the domain's. The views (a ticket, the waiting list with the call order of
`queue_policy.call_order`, the board) only read. Counters are numbers here and strings
in the domain (``"3"``). Must not change anything: moves are `services/queue.py`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjungan.core.domain.queue_policy import (
    DEFAULT_ESTIMATE_WINDOW,
    CallKind,
    PriorityReason,
    call_order,
)
from anjungan.core.domain.queue_ticket import (
    WAITING_STATES,
    Action,
    Hop,
    Ticket,
    TicketEvent,
    TicketState,
    legal_actions,
    no_show_suggested,
)
from anjungan.core.wire.queue import (
    BoardCounter,
    BoardLine,
    BoardState,
    HopOut,
    TicketOut,
    TicketOutcome,
    WaitingLine,
    WaitingList,
    WaitingTicket,
)
from anjungan.server.auth import Principal
from anjungan.server.errors import NotFound
from anjungan.server.models.queue import QueueEvent, QueueTicket
from anjungan.server.services.queue_events import last_event_id
from anjungan.server.services.queue_setup import OfficeSetup, load_setup
from anjungan.server.settings import ServerSettings

_WAITING = [state.value for state in WAITING_STATES]
_AT_COUNTER = [TicketState.CALLED.value, TicketState.SERVING.value]


def counter_int(counter: str | None) -> int | None:
    return None if counter is None else int(counter)


def _counter_str(number: int | None) -> str | None:
    return None if number is None else str(number)


def utc(value: datetime | None) -> datetime | None:
    """Bodies give times in UTC, whether the row was just written (clock time) or read."""
    return None if value is None else value.astimezone(UTC)


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _hop_json(hop: Hop) -> dict[str, Any]:
    return {
        "from_service": hop.from_service,
        "to_service": hop.to_service,
        "from_counter": counter_int(hop.from_counter),
        "at": hop.at.isoformat(),
        "with_return": hop.with_return,
        "returned_at": hop.returned_at.isoformat() if hop.returned_at else None,
    }


def _hop(data: dict[str, Any]) -> Hop:
    return Hop(
        from_service=data["from_service"],
        to_service=data["to_service"],
        from_counter=_counter_str(data["from_counter"]),
        at=datetime.fromisoformat(data["at"]),
        with_return=data["with_return"],
        returned_at=_time(data["returned_at"]),
    )


def _move_json(event: TicketEvent) -> dict[str, Any]:
    return {
        "action": event.action.value,
        "from": event.from_state.value,
        "to": event.to_state.value,
        "at": event.at.isoformat(),
        "service": event.service_code,
        "counter": counter_int(event.counter),
    }


def _move(data: dict[str, Any]) -> TicketEvent:
    return TicketEvent(
        action=Action(data["action"]),
        from_state=TicketState(data["from"]),
        to_state=TicketState(data["to"]),
        at=datetime.fromisoformat(data["at"]),
        service_code=data["service"],
        counter=_counter_str(data["counter"]),
    )


def ticket_of(row: QueueTicket) -> Ticket:
    """The domain ticket a row holds."""
    return Ticket(
        ticket_id=str(row.id),
        number=row.number,
        label=row.label,
        origin_service=row.origin_service,
        service_code=row.service_code,
        service_date=row.service_date,
        issued_at=row.issued_at,
        priority=PriorityReason(row.priority),
        queued_at=row.queued_at,
        state=TicketState(row.state),
        counter=_counter_str(row.counter_number),
        recall_count=row.recall_count,
        returning=row.is_returning,
        preferred_counter=_counter_str(row.preferred_counter),
        hops=tuple(_hop(hop) for hop in row.hops),
        events=tuple(_move(move) for move in row.moves),
    )


def _last(ticket: Ticket, *actions: Action) -> datetime | None:
    times = [event.at for event in ticket.events if event.action in actions]
    return times[-1] if times else None


def _first(ticket: Ticket, action: Action) -> datetime | None:
    return next((event.at for event in ticket.events if event.action is action), None)


def store(row: QueueTicket, ticket: Ticket) -> None:
    """Write the domain ticket's state into its row (the id and hand-out facts stay)."""
    row.service_date = ticket.service_date
    row.origin_service, row.service_code = ticket.origin_service, ticket.service_code
    row.number, row.label = ticket.number, ticket.label
    row.priority, row.state = ticket.priority.value, ticket.state.value
    row.counter_number = counter_int(ticket.counter)
    row.recall_count, row.is_returning = ticket.recall_count, ticket.returning
    row.preferred_counter = counter_int(ticket.preferred_counter)
    row.issued_at, row.queued_at = ticket.issued_at, ticket.queued_at
    row.hops = [_hop_json(hop) for hop in ticket.hops]
    row.moves = [_move_json(event) for event in ticket.events]
    row.called_at = _last(ticket, Action.CALL, Action.RECALL)
    row.first_called_at = _first(ticket, Action.CALL)
    row.started_at = _last(ticket, Action.START)
    terminal = ticket.state in (TicketState.DONE, TicketState.NO_SHOW, TicketState.CANCELLED)
    row.finished_at = ticket.events[-1].at if terminal and ticket.events else None


def ticket_row(session: Session, office_code: str, ticket_id: int) -> QueueTicket:
    """The office's ticket (another office's ticket is as unknown as a missing one)."""
    row = session.get(QueueTicket, ticket_id)
    if row is None or row.office_code != office_code:
        raise NotFound("Nomor antrean", "The queue ticket", code="queue_ticket_unknown")
    return row


def waiting_rows(
    session: Session,
    office_code: str,
    day: date,
    services: Sequence[str],
    *,
    handed_out_only: bool = True,
) -> list[QueueTicket]:
    query = select(QueueTicket).where(
        QueueTicket.office_code == office_code,
        QueueTicket.service_date == day,
        QueueTicket.service_code.in_(list(services)),
        QueueTicket.state.in_(_WAITING),
    )
    if handed_out_only:
        query = query.where(QueueTicket.handed_out_how.is_not(None))
    return list(session.scalars(query.order_by(QueueTicket.id)))


def call_history(
    session: Session, office_code: str, day: date, services: Sequence[str]
) -> list[CallKind]:
    """The kinds of today's calls in these lines, oldest first (for the priority ratio)."""
    kinds = session.scalars(
        select(QueueEvent.call_kind)
        .where(
            QueueEvent.office_code == office_code,
            QueueEvent.service_date == day,
            QueueEvent.service_code.in_(list(services)),
            QueueEvent.type == "called",
        )
        .order_by(QueueEvent.id)
    )
    return [CallKind(kind) for kind in kinds if kind is not None]


def recent_durations(
    session: Session, office_code: str, day: date, service_code: str
) -> list[timedelta]:
    """Today's most recent service durations in a line, oldest first."""
    seconds = session.scalars(
        select(QueueEvent.served_seconds)
        .where(
            QueueEvent.office_code == office_code,
            QueueEvent.service_date == day,
            QueueEvent.service_code == service_code,
            QueueEvent.served_seconds.is_not(None),
        )
        .order_by(QueueEvent.id.desc())
        .limit(DEFAULT_ESTIMATE_WINDOW)
    ).all()
    return [timedelta(seconds=s) for s in reversed(seconds) if s is not None]


# --- views -----------------------------------------------------------------------------


def ticket_out(row: QueueTicket, setup: OfficeSetup) -> TicketOut:
    ticket = ticket_of(row)
    actions = legal_actions(ticket.state) - {Action.RETURN}
    if setup.recall.enforce and not no_show_suggested(ticket, setup.recall):
        actions -= {Action.NO_SHOW}
    return TicketOut(
        id=row.id,
        label=row.label,
        number=row.number,
        service_date=row.service_date,
        origin_service=row.origin_service,
        service=row.service_code,
        priority=ticket.priority,
        state=ticket.state,
        counter=row.counter_number,
        recall_count=row.recall_count,
        returning=row.is_returning,
        issued_at=utc(row.issued_at),
        queued_at=utc(row.queued_at),
        called_at=utc(row.called_at),
        started_at=utc(row.started_at),
        finished_at=utc(row.finished_at),
        outcome=TicketOutcome(row.outcome) if row.outcome else None,
        handed_out=row.handed_out_how is not None,
        handed_out_how=row.handed_out_how,  # printed | shown_on_screen
        printed=row.printed,
        reprints=row.reprints,
        hops=[_hop_out(hop) for hop in ticket.hops],
        actions=sorted(action.value for action in actions),
    )


def _hop_out(hop: Hop) -> HopOut:
    return HopOut(
        from_service=hop.from_service,
        to_service=hop.to_service,
        from_counter=counter_int(hop.from_counter),
        at=hop.at.astimezone(UTC),
        with_return=hop.with_return,
        returned_at=utc(hop.returned_at),
    )


def get_ticket(session: Session, principal: Principal, ticket_id: int) -> TicketOut:
    row = ticket_row(session, principal.office_code, ticket_id)
    return ticket_out(row, load_setup(session, principal.office_code))


def waiting_list(
    session: Session, settings: ServerSettings, principal: Principal, service: str | None
) -> WaitingList:
    """Each line's waiting tickets in call order, then those not yet handed out."""
    office, today, now = principal.office_code, settings.clock.today(), settings.clock.now()
    setup = load_setup(session, office)
    services = [setup.service(service)] if service else list(setup.active_services())
    rows = waiting_rows(session, office, today, [s.code for s in services], handed_out_only=False)
    lines = []
    for line in services:
        mine = [row for row in rows if row.service_code == line.code]
        history = call_history(session, office, today, [line.code])
        counted = [ticket_of(row).view() for row in mine if row.handed_out_how is not None]
        order = call_order(counted, setup.interleave, history)
        position = {int(view.ticket_id): index for index, view in enumerate(order, start=1)}
        mine.sort(key=lambda row: (row.id not in position, position.get(row.id, 0), row.id))
        tickets = [
            WaitingTicket(
                id=row.id,
                label=row.label,
                priority=PriorityReason(row.priority),
                state=TicketState(row.state),
                returning=row.is_returning,
                handed_out=row.id in position,
                issued_at=utc(row.issued_at),
                queued_at=utc(row.queued_at),
                waiting_minutes=max(0, int((now - row.queued_at).total_seconds() // 60)),
                position=position.get(row.id),
            )
            for row in mine
        ]
        lines.append(
            WaitingLine(
                service=line.code,
                name_id=line.name_id,
                name_en=line.name_en,
                waiting=len(position),
                tickets=tickets,
            )
        )
    return WaitingList(at=now, lines=lines)


def board(session: Session, settings: ServerSettings, principal: Principal) -> BoardState:
    """What a board shows: each open counter's current ticket and each line's count."""
    office, today = principal.office_code, settings.clock.today()
    # The cursor first: an event committed after it is replayed on top of this state
    # (harmless), never missing from both.
    cursor = last_event_id(session, office)
    setup = load_setup(session, office)
    latest_call = (
        select(QueueEvent.ticket_id, func.max(QueueEvent.id).label("event_id"))
        .where(
            QueueEvent.office_code == office,
            QueueEvent.service_date == today,
            QueueEvent.type.in_(["called", "recalled"]),
        )
        .group_by(QueueEvent.ticket_id)
        .subquery()
    )
    at_counters = session.execute(
        select(QueueTicket)
        .join(latest_call, latest_call.c.ticket_id == QueueTicket.id)
        .where(QueueTicket.office_code == office, QueueTicket.state.in_(_AT_COUNTER))
        .order_by(latest_call.c.event_id)
    ).scalars()
    current = {row.counter_number: row for row in at_counters}  # the last call wins
    counters = [
        BoardCounter(
            number=c.number,
            name=c.name,
            label=current[c.number].label if c.number in current else None,
            service=current[c.number].service_code if c.number in current else None,
            state=TicketState(current[c.number].state) if c.number in current else None,
            called_at=utc(current[c.number].called_at) if c.number in current else None,
        )
        for c in setup.counters
        if c.active
    ]
    counts = session.execute(
        select(QueueTicket.service_code, func.count())
        .where(
            QueueTicket.office_code == office,
            QueueTicket.service_date == today,
            QueueTicket.state.in_(_WAITING),
            QueueTicket.handed_out_how.is_not(None),
        )
        .group_by(QueueTicket.service_code)
    )
    waiting = {service: count for service, count in counts}
    last_called = _last_called(session, office, today)
    lines = [
        BoardLine(
            service=s.code,
            prefix=s.prefix,
            name_id=s.name_id,
            name_en=s.name_en,
            waiting=waiting.get(s.code, 0),
            last_called=last_called.get(s.code),
        )
        for s in setup.active_services()
    ]
    return BoardState(
        office_code=office,
        service_date=today,
        counters=counters,
        lines=lines,
        last_event_id=cursor,
        server_time=settings.clock.now(),
    )


def _last_called(session: Session, office_code: str, day: date) -> dict[str, str]:
    newest = (
        select(func.max(QueueEvent.id))
        .where(
            QueueEvent.office_code == office_code,
            QueueEvent.service_date == day,
            QueueEvent.type == "called",
        )
        .group_by(QueueEvent.service_code)
    )
    rows = session.execute(
        select(QueueEvent.service_code, QueueEvent.label).where(QueueEvent.id.in_(newest))
    )
    return {service: label for service, label in rows if service and label}
