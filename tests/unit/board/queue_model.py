"""A small model of the server's queue for the board's tests: legal ticket moves that
produce the events the server would send, and the truth the board must arrive at.

It follows `core.domain.queue_ticket.TRANSITIONS` and the server's board view: waiting
= handed out and in a waiting state; a counter shows the newest call (or recall) among
the tickets still called or being served there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from anjungan.core.clock import WIB
from anjungan.core.wire.queue import BoardCounter, BoardLine, BoardState, QueueEventOut

DAY = datetime(2026, 11, 23, 8, 0, tzinfo=WIB)
SERVICES = {"new_registration": "A", "family_change": "B", "info_complaint": "H"}
COUNTERS = (1, 2, 3)
WAITING = ("issued", "transferred")
AT_COUNTER = ("called", "serving")


@dataclass
class Ticket:
    id: int
    label: str
    service: str
    state: str = "issued"
    handed_out: bool = False
    counter: int | None = None
    last_call: int = 0


@dataclass
class QueueModel:
    tickets: dict[int, Ticket] = field(default_factory=dict)
    events: list[QueueEventOut] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)

    @property
    def last_id(self) -> int:
        return self.events[-1].id if self.events else 0

    def _emit(self, type_: str, ticket: Ticket, **extra: Any) -> QueueEventOut:
        event_id = self.last_id + 1
        event = QueueEventOut(
            id=event_id,
            type=type_,  # type: ignore[arg-type]
            at=DAY + timedelta(minutes=event_id),
            ticket_id=ticket.id,
            label=ticket.label,
            service=ticket.service,
            counter=extra.pop("counter", None),
            counter_name=extra.pop("counter_name", None),
            detail=extra,
        )
        self.events.append(event)
        return event

    # -- moves ---------------------------------------------------------------------------
    def issue(self, service: str) -> Ticket:
        number = self.numbers.get(service, 0) + 1
        self.numbers[service] = number
        ticket = Ticket(len(self.tickets) + 1, f"{SERVICES[service]}{number:03d}", service)
        self.tickets[ticket.id] = ticket
        self._emit("issued", ticket, priority="none")
        return ticket

    def hand_out(self, ticket: Ticket) -> None:
        if not ticket.handed_out:
            ticket.handed_out = True
            self._emit("handed_out", ticket, how="printed")

    def call(self, ticket: Ticket, counter: int) -> None:
        assert ticket.state in WAITING
        ticket.state, ticket.counter = "called", counter
        event = self._emit("called", ticket, counter=counter, counter_name=f"Loket {counter}")
        ticket.last_call = event.id

    def recall(self, ticket: Ticket) -> None:
        assert ticket.state == "called"
        event = self._emit(
            "recalled", ticket, counter=ticket.counter, counter_name=f"Loket {ticket.counter}"
        )
        ticket.last_call = event.id

    def start(self, ticket: Ticket) -> None:
        assert ticket.state == "called"
        ticket.state = "serving"
        self._emit("started", ticket, counter=ticket.counter)

    def finish(self, ticket: Ticket) -> None:
        assert ticket.state == "serving"
        ticket.state = "done"
        self._emit("finished", ticket, counter=ticket.counter, outcome="completed")

    def no_show(self, ticket: Ticket) -> None:
        assert ticket.state == "called"
        ticket.state = "no_show"
        self._emit("no_show", ticket, counter=ticket.counter)

    def cancel(self, ticket: Ticket) -> None:
        assert ticket.state in (*WAITING, "called")
        ticket.state = "cancelled"
        self._emit("cancelled", ticket, counter=ticket.counter)

    def transfer(self, ticket: Ticket, to_service: str) -> None:
        assert ticket.state in AT_COUNTER
        before = ticket.service
        ticket.state, ticket.service, ticket.counter = "transferred", to_service, None
        self._emit("transferred", ticket, from_service=before, with_return=False)

    def legal(self, ticket: Ticket) -> list[str]:
        moves = [] if ticket.handed_out else ["hand_out"]
        moves += {
            "issued": ["call", "cancel"],
            "transferred": ["call", "cancel"],
            "called": ["recall", "start", "no_show", "cancel", "transfer"],
            "serving": ["finish", "transfer"],
        }.get(ticket.state, [])
        return moves

    # -- the truth ---------------------------------------------------------------------------
    def waiting(self) -> dict[str, int]:
        counts = dict.fromkeys(SERVICES, 0)
        for t in self.tickets.values():
            if t.state in WAITING and t.handed_out:
                counts[t.service] += 1
        return counts

    def showing(self) -> dict[int, str | None]:
        shown: dict[int, Ticket] = {}
        at = [t for t in self.tickets.values() if t.state in AT_COUNTER]
        for t in sorted(at, key=lambda t: t.last_call):
            assert t.counter is not None
            shown[t.counter] = t
        return {n: shown[n].label if n in shown else None for n in COUNTERS}

    def snapshot(self) -> BoardState:
        """What `GET /v1/queue/board` would answer now."""
        showing = self.showing()
        by_label = {t.label: t for t in self.tickets.values()}
        counters = []
        for n in COUNTERS:
            label = showing[n]
            ticket = by_label[label] if label else None
            counters.append(
                BoardCounter(
                    number=n,
                    name=f"Loket {n}",
                    label=label,
                    service=ticket.service if ticket else None,
                    state=None,
                    called_at=DAY + timedelta(minutes=ticket.last_call) if ticket else None,
                )
            )
        waiting = self.waiting()
        lines = [
            BoardLine(service=code, prefix=prefix, name_id=code, name_en=code,
                      waiting=waiting[code], last_called=None)
            for code, prefix in SERVICES.items()
        ]  # fmt: skip
        return BoardState(
            office_code="MPP-BPN",
            service_date=DAY.date(),
            counters=counters,
            lines=lines,
            last_event_id=self.last_id,
            server_time=DAY,
        )
