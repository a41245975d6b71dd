"""The queue ticket's life: its states, the legal moves between them, transfers and returns.

Owns `Ticket` (an immutable value: every move returns a new ticket with one more event),
the explicit transition table `TRANSITIONS`, the recall/no-show rule and the transfer
hops. It must not choose who is called next (`queue_policy.py`), issue numbers
(`queue.py`) or persist anything: the server applies these moves under its own lock and
stores the result. Source: DOMAIN.md "Queue"; the electronic queue of seed
003_5193c7c1d9bb5be6.txt ("Antrian Elektronik").

A transfer sends the ticket, with its number, to wait in another service's line. A
transfer *with return* also pushes a pending return: when the target service finishes,
the ticket goes back to wait at the front of the line it came from (``returning``),
preferably at the counter it left. Transfers nest: returns unwind last-in, first-out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum
from types import MappingProxyType
from typing import Any, NoReturn

from anjungan.core.domain.queue import ServiceDef
from anjungan.core.domain.queue_policy import PriorityReason, TicketView
from anjungan.core.errors import IllegalTransition, ValidationError


class TicketState(Enum):
    ISSUED = "issued"
    """Waiting in the line of the service that issued it."""
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    TRANSFERRED = "transferred"
    """Waiting again after a transfer (in the target line) or a return (in the origin line)."""


class Action(Enum):
    CALL = "call"
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    RETURN = "return"
    """Automatic, right after FINISH when a transfer with return is pending."""
    TRANSFER = "transfer"
    NO_SHOW = "no_show"
    CANCEL = "cancel"


_S, _A = TicketState, Action
TRANSITIONS: MappingProxyType[tuple[TicketState, Action], TicketState] = MappingProxyType(
    {
        (_S.ISSUED, _A.CALL): _S.CALLED,
        (_S.ISSUED, _A.CANCEL): _S.CANCELLED,
        (_S.TRANSFERRED, _A.CALL): _S.CALLED,
        (_S.TRANSFERRED, _A.CANCEL): _S.CANCELLED,
        (_S.CALLED, _A.RECALL): _S.CALLED,
        (_S.CALLED, _A.START): _S.SERVING,
        (_S.CALLED, _A.NO_SHOW): _S.NO_SHOW,
        (_S.CALLED, _A.CANCEL): _S.CANCELLED,
        # Wrong line noticed at the call: send the participant on without serving.
        (_S.CALLED, _A.TRANSFER): _S.TRANSFERRED,
        (_S.SERVING, _A.FINISH): _S.DONE,
        (_S.SERVING, _A.TRANSFER): _S.TRANSFERRED,
        (_S.DONE, _A.RETURN): _S.TRANSFERRED,
    }
)
"""Every legal (state, action) -> new state. Anything else raises `IllegalTransition`."""

WAITING_STATES = frozenset({TicketState.ISSUED, TicketState.TRANSFERRED})


def legal_actions(state: TicketState) -> frozenset[Action]:
    """The actions the table allows from ``state`` (a counter screen enables these buttons)."""
    return frozenset(action for (source, action) in TRANSITIONS if source is state)


@dataclass(frozen=True)
class RecallPolicy:
    """After ``recalls_before_no_show`` recalls (default 3) a no-show is suggested.

    With ``enforce`` (default) an earlier no-show is refused, so nobody loses their
    turn without being called the full number of times; an office may switch it off.
    """

    recalls_before_no_show: int = 3
    enforce: bool = True


@dataclass(frozen=True)
class Hop:
    """One transfer: from which line and counter to which line, and whether it returns."""

    from_service: str
    to_service: str
    from_counter: str | None
    at: datetime
    with_return: bool
    returned_at: datetime | None = None

    @property
    def return_pending(self) -> bool:
        return self.with_return and self.returned_at is None


@dataclass(frozen=True)
class TicketEvent:
    """One applied move, kept for the audit trail and the service-time reports."""

    action: Action
    from_state: TicketState
    to_state: TicketState
    at: datetime
    service_code: str
    counter: str | None


@dataclass(frozen=True)
class Ticket:
    """A queue ticket. ``label`` and ``number`` never change, even across transfers."""

    ticket_id: str
    number: int
    label: str
    origin_service: str
    service_code: str
    service_date: date
    issued_at: datetime
    priority: PriorityReason
    queued_at: datetime
    state: TicketState = TicketState.ISSUED
    counter: str | None = None
    recall_count: int = 0
    returning: bool = False
    preferred_counter: str | None = None
    hops: tuple[Hop, ...] = ()
    events: tuple[TicketEvent, ...] = ()

    @property
    def is_waiting(self) -> bool:
        return self.state in WAITING_STATES

    @property
    def pending_return(self) -> Hop | None:
        """The latest transfer still owed a return (returns unwind last-in, first-out)."""
        index = self._pending_return_index()
        return None if index is None else self.hops[index]

    def _pending_return_index(self) -> int | None:
        for index in range(len(self.hops) - 1, -1, -1):
            if self.hops[index].return_pending:
                return index
        return None

    def view(self) -> TicketView:
        """The waiting ticket as `queue_policy.choose_next` sees it."""
        return TicketView(
            ticket_id=self.ticket_id,
            label=self.label,
            number=self.number,
            service_code=self.service_code,
            priority=self.priority,
            queued_at=self.queued_at,
            returning=self.returning,
            preferred_counter=self.preferred_counter,
        )


def issue_ticket(
    ticket_id: str,
    service: ServiceDef,
    number: int,
    *,
    service_date: date,
    issued_at: datetime,
    priority: PriorityReason = PriorityReason.NONE,
) -> Ticket:
    """A new ticket waiting in ``service``'s line; ``number`` comes from `queue.next_number`."""
    if issued_at.tzinfo is None:
        raise ValidationError(
            "issued_at",
            "queue_time_naive",
            "Waktu antrean harus memakai zona waktu.",
            "A queue time must carry a time zone.",
        )
    return Ticket(
        ticket_id=ticket_id,
        number=number,
        label=service.label(number),
        origin_service=service.code,
        service_code=service.code,
        service_date=service_date,
        issued_at=issued_at,
        priority=priority,
        queued_at=issued_at,
    )


def _illegal(code: str, ticket: Ticket, action: Action, why_id: str, why_en: str) -> NoReturn:
    raise IllegalTransition(
        code,
        f"Antrean {ticket.label} tidak bisa '{action.value}' saat status "
        f"'{ticket.state.value}': {why_id}",
        f"Ticket {ticket.label} cannot '{action.value}' while '{ticket.state.value}': {why_en}",
    )


def _move(ticket: Ticket, action: Action, at: datetime, **changes: Any) -> Ticket:
    target = TRANSITIONS.get((ticket.state, action))
    if target is None:
        _illegal(
            "queue_illegal_transition",
            ticket,
            action,
            "langkah ini tidak diizinkan. Muat ulang daftar antrean.",
            "this move is not allowed. Reload the queue list.",
        )
    last = ticket.events[-1].at if ticket.events else ticket.issued_at
    if at < last:
        raise ValidationError(
            "at",
            "queue_time_goes_back",
            "Waktu langkah antrean lebih awal dari langkah sebelumnya. Periksa jam perangkat.",
            "The queue step is timed before the previous step. Check the device clock.",
        )
    moved = replace(ticket, state=target, **changes)
    event = TicketEvent(action, ticket.state, target, at, moved.service_code, moved.counter)
    return replace(moved, events=(*ticket.events, event))


def call(ticket: Ticket, counter: str, at: datetime) -> Ticket:
    """Call a waiting ticket to ``counter``; the recall count starts again at 0."""
    if not counter:
        raise ValidationError(
            "counter",
            "queue_counter_missing",
            "Pilih loket yang memanggil.",
            "Choose the calling counter.",
        )
    return _move(ticket, Action.CALL, at, counter=counter, recall_count=0, returning=False)


def recall(ticket: Ticket, at: datetime) -> Ticket:
    """Call the same ticket again (CALLED -> CALLED), counting the recalls."""
    return _move(ticket, Action.RECALL, at, recall_count=ticket.recall_count + 1)


def no_show_suggested(ticket: Ticket, policy: RecallPolicy = RecallPolicy()) -> bool:
    """True once a called ticket has been recalled the policy's number of times."""
    return (
        ticket.state is TicketState.CALLED and ticket.recall_count >= policy.recalls_before_no_show
    )


def mark_no_show(ticket: Ticket, at: datetime, policy: RecallPolicy = RecallPolicy()) -> Ticket:
    """The participant did not come after the recalls (CALLED -> NO_SHOW)."""
    if (
        ticket.state is TicketState.CALLED
        and policy.enforce
        and not no_show_suggested(ticket, policy)
    ):
        _illegal(
            "queue_no_show_too_early",
            ticket,
            Action.NO_SHOW,
            f"panggil ulang dulu sampai {policy.recalls_before_no_show} kali.",
            f"recall it {policy.recalls_before_no_show} times first.",
        )
    return _move(ticket, Action.NO_SHOW, at)


def start(ticket: Ticket, at: datetime) -> Ticket:
    """The participant is at the counter: service begins (CALLED -> SERVING)."""
    return _move(ticket, Action.START, at)


def finish(ticket: Ticket, at: datetime) -> Ticket:
    """Service done here: DONE, or, when a transfer with return is pending, back to the
    front of the line it came from (two events: FINISH then RETURN)."""
    done = _move(ticket, Action.FINISH, at)
    if done.pending_return is None:
        return done
    return _return(done, at)


def _return(ticket: Ticket, at: datetime) -> Ticket:
    index = ticket._pending_return_index()
    if index is None:
        _illegal(
            "queue_no_return_pending",
            ticket,
            Action.RETURN,
            "tidak ada pengalihan yang harus kembali.",
            "no transfer is owed a return.",
        )
    hop = ticket.hops[index]
    hops = (*ticket.hops[:index], replace(hop, returned_at=at), *ticket.hops[index + 1 :])
    return _move(
        ticket,
        Action.RETURN,
        at,
        service_code=hop.from_service,
        counter=None,
        queued_at=at,
        returning=True,
        preferred_counter=hop.from_counter,
        hops=hops,
    )


def transfer(ticket: Ticket, to_service: str, at: datetime, *, with_return: bool = False) -> Ticket:
    """Send the ticket, keeping its number, to wait in ``to_service``'s line."""
    if not to_service or to_service == ticket.service_code:
        raise ValidationError(
            "to_service",
            "queue_transfer_same_service",
            "Pilih layanan tujuan yang berbeda dari layanan sekarang.",
            "Choose a target service other than the current one.",
        )
    hop = Hop(ticket.service_code, to_service, ticket.counter, at, with_return)
    return _move(
        ticket,
        Action.TRANSFER,
        at,
        service_code=to_service,
        counter=None,
        queued_at=at,
        returning=False,
        preferred_counter=None,
        hops=(*ticket.hops, hop),
    )


def cancel(ticket: Ticket, at: datetime) -> Ticket:
    """The participant gives up the ticket before being served."""
    return _move(ticket, Action.CANCEL, at)


def apply(
    ticket: Ticket,
    action: Action,
    at: datetime,
    *,
    counter: str | None = None,
    to_service: str | None = None,
    with_return: bool = False,
    recall_policy: RecallPolicy = RecallPolicy(),
) -> Ticket:
    """Apply ``action`` by name (the server's single entry point for counter commands)."""
    if action is Action.CALL:
        return call(ticket, counter or "", at)
    if action is Action.RECALL:
        return recall(ticket, at)
    if action is Action.START:
        return start(ticket, at)
    if action is Action.FINISH:
        return finish(ticket, at)
    if action is Action.RETURN:
        return _return(ticket, at)
    if action is Action.TRANSFER:
        return transfer(ticket, to_service or "", at, with_return=with_return)
    if action is Action.NO_SHOW:
        return mark_no_show(ticket, at, recall_policy)
    return cancel(ticket, at)


def service_durations(ticket: Ticket) -> tuple[tuple[str, timedelta], ...]:
    """(service, START-to-end time) for each stretch of service, for `estimate_wait`.

    A stretch ends at FINISH or at a TRANSFER out of SERVING.
    """
    result: list[tuple[str, timedelta]] = []
    started: TicketEvent | None = None
    for event in ticket.events:
        if event.action is Action.START:
            started = event
        elif started is not None and event.from_state is TicketState.SERVING:
            result.append((started.service_code, event.at - started.at))
            started = None
    return tuple(result)
