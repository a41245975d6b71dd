"""The live queue: issuing tickets, confirming hand-out, and every counter move.

DESIGN.md data flow 5: one row-locked counter per (office, service, day) hands out the
numbers (``SELECT ... FOR UPDATE`` on PostgreSQL; the writer's BEGIN IMMEDIATE
serialises SQLite), so there are no duplicates and no gaps. Every ticket move goes
through `core.domain.queue_ticket.apply` (an illegal move is the domain's 409), who is
called next is `core.domain.queue_policy.choose_next` with the office's ratio and the
day's call history, and each move writes queue events and an audit row in the same
transaction. "A ticket is not counted as handed out until it printed, or the kiosk
showed it on screen with its QR": until `hand_out` confirms it, a ticket is left out
of waiting counts and of call-next (it can still be called by its number).
The row <-> domain mapping and the read-only views live in `queue_tickets.py`.
Source: DOMAIN.md "Queue"; seeds 003/004.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjungan.core.domain.queue import ServiceDef, next_number
from anjungan.core.domain.queue_policy import (
    choose_next,
    estimate_wait,
    exceeds_waiting_standard,
    people_ahead,
)
from anjungan.core.domain.queue_ticket import (
    Action,
    Ticket,
    TicketState,
    apply,
    issue_ticket,
    service_durations,
)
from anjungan.core.wire.queue import (
    HandOutHow,
    IssuedTicket,
    IssueTicketRequest,
    TicketOut,
    TicketOutcome,
)
from anjungan.server.audit import audit
from anjungan.server.auth import Principal
from anjungan.server.errors import Conflict
from anjungan.server.models.queue import QueueNumber, QueueTicket
from anjungan.server.services.queue_events import append_event
from anjungan.server.services.queue_setup import (
    Counter,
    OfficeSetup,
    ensure_office,
    insert_or_ignore,
    load_setup,
    lock_office,
)
from anjungan.server.services.queue_tickets import (
    call_history,
    counter_int,
    recent_durations,
    store,
    ticket_of,
    ticket_out,
    ticket_row,
    waiting_rows,
)
from anjungan.server.settings import ServerSettings

EVENT_TYPES = {
    Action.CALL: "called",
    Action.RECALL: "recalled",
    Action.START: "started",
    Action.FINISH: "finished",
    Action.RETURN: "returned",
    Action.TRANSFER: "transferred",
    Action.NO_SHOW: "no_show",
    Action.CANCEL: "cancelled",
}

# The moves that make a ticket the officer's (per-officer reports); a counter device's
# own token (after an offline login) names no officer and leaves the column as it was.
OFFICER_ACTIONS = frozenset({Action.CALL, Action.RECALL, Action.START, Action.FINISH})


def qr_payload(office_code: str, service_date: date, label: str, ticket_id: int) -> str:
    """What the ticket's QR code holds: enough for a counter to find the ticket, no more."""
    return f"ANJQ1|{office_code}|{service_date.isoformat()}|{label}|{ticket_id}"


def _take_number(session: Session, office_code: str, service: ServiceDef, day: date) -> int:
    """The next number of ``service`` today, holding its counter row until commit."""
    key = {"office_code": office_code, "service_code": service.code, "service_date": day}
    insert_or_ignore(session, QueueNumber, **key)
    counter = session.execute(
        select(QueueNumber)
        .filter_by(**key)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    number = next_number(counter.last_number, service)
    counter.last_number = number
    return number


def issue(
    session: Session, settings: ServerSettings, principal: Principal, body: IssueTicketRequest
) -> int:
    """A new ticket in ``body.service``'s line; returns its id (see `issued_ticket`)."""
    now, today, office = settings.clock.now(), settings.clock.today(), principal.office_code
    ensure_office(session, settings, principal)
    setup = load_setup(session, office)
    service = setup.service(body.service)
    number = _take_number(session, office, service, today)
    row = QueueTicket(office_code=office, issued_by=principal.device_id)
    ticket = issue_ticket(
        "0", service, number, service_date=today, issued_at=now, priority=body.priority
    )
    store(row, ticket)
    session.add(row)
    session.flush()  # the id; the UNIQUE (office, service, day, number) is checked here too
    lock_office(session, settings, principal)
    append_event(
        session,
        office,
        today,
        "issued",
        now,
        ticket_id=row.id,
        label=row.label,
        service_code=service.code,
        priority=body.priority.value,
    )
    audit(
        session,
        settings,
        principal,
        "queue.issue",
        "queue_ticket",
        row.id,
        label=row.label,
        service=service.code,
        priority=body.priority.value,
    )
    return row.id


def issued_ticket(
    session: Session, settings: ServerSettings, principal: Principal, ticket_id: int
) -> IssuedTicket:
    """What the kiosk prints: the ticket with its place in line and estimated wait.

    Read after the issuing transaction committed, so the numbering lock is held only
    for the issue itself; a ticket already called by then has nobody ahead.
    """
    row = ticket_row(session, principal.office_code, ticket_id)
    office, day = row.office_code, row.service_date
    setup = load_setup(session, office)
    service = next(line.service for line in setup.lines if line.service.code == row.service_code)
    mine = ticket_of(row)
    ahead = 0
    if mine.is_waiting:
        line = [ticket_of(r).view() for r in waiting_rows(session, office, day, [service.code])]
        others = [view for view in line if view.ticket_id != mine.ticket_id]
        history = call_history(session, office, day, [service.code])
        ahead = people_ahead([*others, mine.view()], mine.ticket_id, setup.interleave, history)
    counters = setup.open_counters(service.code)
    estimate = None
    if counters:
        standard = timedelta(minutes=service.standard_service_minutes)
        durations = recent_durations(session, office, day, service.code)
        estimate = estimate_wait(ahead, durations, counters, standard=standard)
    return IssuedTicket(
        id=row.id,
        label=row.label,
        number=row.number,
        service=service.code,
        service_name_id=service.name_id,
        service_name_en=service.name_en,
        priority=mine.priority,
        service_date=day,
        issued_at=row.issued_at,
        people_ahead=ahead,
        estimated_wait_minutes=estimate,
        exceeds_waiting_standard=estimate is not None
        and exceeds_waiting_standard(estimate, service),
        qr_payload=qr_payload(office, day, row.label, row.id),
    )


def hand_out(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    ticket_id: int,
    how: HandOutHow,
) -> TicketOut:
    """The kiosk confirms the ticket reached the participant (printed, or shown with its
    QR). Repeating is harmless; a second print counts as a reprint."""
    lock_office(session, settings, principal)
    row = ticket_row(session, principal.office_code, ticket_id)
    now = settings.clock.now()
    reprint = how == "printed" and row.printed
    if reprint:
        row.reprints += 1
    row.printed = row.printed or how == "printed"
    first = row.handed_out_how is None
    if first:
        row.handed_out_how, row.handed_out_at = how, now
        append_event(
            session,
            row.office_code,
            row.service_date,
            "handed_out",
            now,
            ticket_id=row.id,
            label=row.label,
            service_code=row.service_code,
            how=how,
        )
    audit(
        session,
        settings,
        principal,
        "queue.hand_out",
        "queue_ticket",
        row.id,
        label=row.label,
        how=how,
        first=first,
        reprint=reprint,
    )
    return ticket_out(row, load_setup(session, principal.office_code))


def _open_counter(setup: OfficeSetup, number: int) -> Counter:
    counter = setup.counter(number)
    if not counter.active:
        raise Conflict(
            "queue_counter_closed",
            f"Loket {counter.name} sedang tidak aktif. Aktifkan dulu di pengaturan loket.",
            f"Counter {counter.name} is not active. Activate it in the counter settings first.",
        )
    return counter


def _apply(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    setup: OfficeSetup,
    row: QueueTicket,
    action: Action,
    *,
    counter: Counter | None = None,
    to_service: str | None = None,
    with_return: bool = False,
) -> None:
    """Move ``row`` through the domain state machine; write its events and audit row."""
    now = settings.clock.now()
    before = ticket_of(row)
    call_kind = before.view().kind.value if action is Action.CALL else None
    after = apply(
        before,
        action,
        now,
        counter=counter.code if counter else None,
        to_service=to_service,
        with_return=with_return,
        recall_policy=setup.recall,
    )
    store(row, after)
    if action in OFFICER_ACTIONS and principal.officer is not None:
        row.officer = principal.officer
    served = [d for _, d in service_durations(after)[len(service_durations(before)) :]]
    names = {c.number: c.name for c in setup.counters}
    for event in after.events[len(before.events) :]:
        seconds = None
        if event.from_state is TicketState.SERVING and served:
            seconds = round(served.pop(0).total_seconds())
        number = counter_int(event.counter)
        append_event(
            session,
            row.office_code,
            row.service_date,
            EVENT_TYPES[event.action],
            event.at,
            ticket_id=row.id,
            label=row.label,
            service_code=event.service_code,
            counter_number=number,
            counter_name=names.get(number) if number is not None else None,
            call_kind=call_kind if event.action is Action.CALL else None,
            served_seconds=seconds,
            **_detail(event.action, before, after, row.outcome, with_return),
        )
    audit(
        session,
        settings,
        principal,
        f"queue.{action.value}",
        "queue_ticket",
        row.id,
        label=row.label,
        service=after.service_code,
        counter=counter_int(after.counter),
        state=after.state.value,
    )


def _detail(
    action: Action, before: Ticket, after: Ticket, outcome: str | None, with_return: bool
) -> dict[str, str | int | bool | None]:
    """What a board or counter needs to know about one move, beyond label and counter."""
    if action is Action.CALL:
        return {"priority": after.priority.value}
    if action is Action.RECALL:
        return {"recall_count": after.recall_count}
    if action is Action.TRANSFER:
        return {"from_service": before.service_code, "with_return": with_return}
    if action is Action.FINISH:
        return {"outcome": outcome}
    if action is Action.RETURN:
        return {
            "from_service": before.service_code,
            "preferred_counter": counter_int(after.preferred_counter),
        }
    return {}


def call_next(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    counter_number: int,
    service_code: str | None,
) -> TicketOut:
    """Call whoever the office's interleaving policy says is next at this counter.

    The pool is every handed-out ticket waiting in the lines the counter serves (or
    only ``service_code``); the history is today's calls in those lines, oldest first.
    """
    lock_office(session, settings, principal)
    office, today = principal.office_code, settings.clock.today()
    setup = load_setup(session, office)
    counter = _open_counter(setup, counter_number)
    if service_code is not None:
        setup.service(service_code)
        if not counter.serves(service_code):
            raise Conflict(
                "queue_counter_not_serving",
                f"Loket {counter.name} tidak melayani layanan ini. Pilih layanan lain.",
                f"Counter {counter.name} does not serve this service. Choose another.",
            )
        codes = [service_code]
    else:
        codes = [s.code for s in setup.active_services() if counter.serves(s.code)]
    rows = {str(r.id): r for r in waiting_rows(session, office, today, codes)}
    history = call_history(session, office, today, codes)
    views = [ticket_of(r).view() for r in rows.values()]
    chosen = choose_next(views, setup.interleave, history, counter=counter.code)
    if chosen is None:
        raise Conflict(
            "queue_nobody_waiting",
            "Tidak ada antrean yang menunggu untuk loket ini.",
            "Nobody is waiting for this counter.",
        )
    row = rows[chosen.ticket_id]
    _apply(session, settings, principal, setup, row, Action.CALL, counter=counter)
    return ticket_out(row, setup)


def call_ticket(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    ticket_id: int,
    counter_number: int,
) -> TicketOut:
    """Call one ticket by its id (e.g. scanned from its QR), out of the policy's order."""
    lock_office(session, settings, principal)
    setup = load_setup(session, principal.office_code)
    counter = _open_counter(setup, counter_number)
    row = ticket_row(session, principal.office_code, ticket_id)
    if row.service_date != settings.clock.today():
        raise Conflict(
            "queue_ticket_expired",
            f"Antrean {row.label} berasal dari hari lain dan tidak bisa dipanggil.",
            f"Ticket {row.label} is from another day and cannot be called.",
        )
    _apply(session, settings, principal, setup, row, Action.CALL, counter=counter)
    return ticket_out(row, setup)


def move(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    ticket_id: int,
    action: Action,
    *,
    to_service: str | None = None,
    with_return: bool = False,
    outcome: TicketOutcome | None = None,
) -> TicketOut:
    """Recall, start, finish, transfer, no-show or cancel one ticket of the office."""
    lock_office(session, settings, principal)
    setup = load_setup(session, principal.office_code)
    row = ticket_row(session, principal.office_code, ticket_id)
    if action is Action.TRANSFER:
        setup.service(to_service or "")
    if action is Action.FINISH:
        row.outcome = (outcome or TicketOutcome.COMPLETED).value
    _apply(
        session,
        settings,
        principal,
        setup,
        row,
        action,
        to_service=to_service,
        with_return=with_return,
    )
    return ticket_out(row, setup)
