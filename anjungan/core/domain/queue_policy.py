"""Who is called next, and how long the wait is: priority interleaving and wait estimates.

Owns the priority reasons kept on a ticket for reports, the read-only `TicketView` of a
waiting ticket, the fair interleaving of priority and normal tickets (`choose_next`,
`call_order`, `people_ahead`) and the waiting-time estimate. Pure and deterministic: it
never reads a clock, never stores anything and never changes a ticket (state moves are
`queue_ticket.py`'s job). Source: DOMAIN.md "Queue" (priority groups: elderly, disabled,
pregnant women; fair interleaving, e.g. 1 priority per 2 normal, configurable); standard
service time 15 minutes and waiting time under 30 minutes from seed 004_625c8ac288ba9721.txt.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from fractions import Fraction

from anjungan.core.domain.queue import ServiceDef
from anjungan.core.errors import ConfigError, ValidationError


class PriorityReason(Enum):
    """Why a ticket is served with priority (kept per ticket for reports); NONE is normal."""

    NONE = "none"
    ELDERLY = "elderly"
    DISABLED = "disabled"
    PREGNANT = "pregnant"

    @property
    def is_priority(self) -> bool:
        return self is not PriorityReason.NONE

    @property
    def label_id(self) -> str:
        return _PRIORITY_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _PRIORITY_LABELS[self][1]

    def label(self, lang: str = "id") -> str:
        """Display name in ``lang`` ("id" or "en")."""
        return self.label_en if lang == "en" else self.label_id


_PRIORITY_LABELS: dict[PriorityReason, tuple[str, str]] = {
    PriorityReason.NONE: ("Umum", "Regular"),
    PriorityReason.ELDERLY: ("Lanjut usia", "Elderly"),
    PriorityReason.DISABLED: ("Penyandang disabilitas", "Person with a disability"),
    PriorityReason.PREGNANT: ("Ibu hamil", "Pregnant woman"),
}


class CallKind(Enum):
    """What kind of call a line made: the history `choose_next` balances."""

    NORMAL = "normal"
    PRIORITY = "priority"
    RETURN = "return"
    """A ticket coming back from a transfer with return: served first, outside the ratio."""


@dataclass(frozen=True)
class TicketView:
    """A waiting ticket as the call policy sees it.

    ``queued_at`` is when the ticket joined *this* line: its issue time, or the time of
    the transfer that brought it here. ``returning`` marks a ticket sent back to its
    origin after a transfer with return; ``preferred_counter`` is the counter it left.
    """

    ticket_id: str
    label: str
    number: int
    service_code: str
    priority: PriorityReason
    queued_at: datetime
    returning: bool = False
    preferred_counter: str | None = None

    @property
    def kind(self) -> CallKind:
        if self.returning:
            return CallKind.RETURN
        return CallKind.PRIORITY if self.priority.is_priority else CallKind.NORMAL


@dataclass(frozen=True)
class InterleavePolicy:
    """The priority ratio: at most ``priority_calls`` priority calls per ``normal_calls``.

    Default 1 priority per 2 normal (DOMAIN.md "Queue"). Both must be at least 1: a zero
    would let one kind starve the other, which the ratio exists to prevent.
    """

    normal_calls: int = 2
    priority_calls: int = 1

    def __post_init__(self) -> None:
        if self.normal_calls < 1 or self.priority_calls < 1:
            raise ConfigError(
                "Rasio antrean prioritas harus minimal 1 banding 1.",
                "The priority queue ratio must be at least 1 to 1.",
            )


def _fifo_key(ticket: TicketView) -> tuple[datetime, int, str]:
    # Number and id only break ties between equal timestamps, so the order is total.
    return (ticket.queued_at, ticket.number, ticket.ticket_id)


def _return_key(counter: str | None) -> Callable[[TicketView], tuple[bool, datetime, int, str]]:
    def key(ticket: TicketView) -> tuple[bool, datetime, int, str]:
        elsewhere = counter is None or ticket.preferred_counter != counter
        return (elsewhere, *_fifo_key(ticket))

    return key


class _Ratio:
    """The run of same-kind calls at the end of the history, updated call by call.

    The day starts as if ``normal_calls`` normal calls had just been made, so a priority
    ticket waiting when the counter opens (or after a stretch with only normal tickets)
    is served at once instead of waiting for N more normal calls.
    """

    def __init__(self, policy: InterleavePolicy, history: Iterable[CallKind]) -> None:
        self._policy = policy
        self._last = CallKind.NORMAL
        self._run = policy.normal_calls
        for kind in history:
            self.record(kind)

    def record(self, kind: CallKind) -> None:
        if kind is CallKind.RETURN:
            return
        if kind is self._last:
            self._run += 1
        else:
            self._last, self._run = kind, 1

    def priority_due(self) -> bool:
        if self._last is CallKind.PRIORITY:
            return self._run < self._policy.priority_calls
        return self._run >= self._policy.normal_calls


def choose_next(
    waiting: Sequence[TicketView],
    policy: InterleavePolicy,
    history: Sequence[CallKind],
    counter: str | None = None,
) -> TicketView | None:
    """The ticket to call next from one line, or None when nobody waits.

    ``history`` is the kinds of the calls this line made today, oldest first. Rules, in
    order: (1) a ticket returning from a transfer goes first (the one that left
    ``counter`` before others), (2) when both kinds wait, priority is served after every
    ``policy.normal_calls`` normal calls, at most ``policy.priority_calls`` in a row,
    (3) when only one kind waits it is served, (4) FIFO within a kind by ``queued_at``.
    """
    returning = [t for t in waiting if t.returning]
    if returning:
        return min(returning, key=_return_key(counter))
    normal = [t for t in waiting if not t.priority.is_priority]
    priority = [t for t in waiting if t.priority.is_priority]
    if not normal and not priority:
        return None
    if not normal or (priority and _Ratio(policy, history).priority_due()):
        return min(priority, key=_fifo_key)
    return min(normal, key=_fifo_key)


def call_order(
    waiting: Sequence[TicketView],
    policy: InterleavePolicy,
    history: Sequence[CallKind],
    counter: str | None = None,
) -> list[TicketView]:
    """Every waiting ticket in the order `choose_next` would call them, if nobody new came."""
    returning = sorted((t for t in waiting if t.returning), key=_return_key(counter))
    normal = sorted((t for t in waiting if t.kind is CallKind.NORMAL), key=_fifo_key)
    priority = sorted((t for t in waiting if t.kind is CallKind.PRIORITY), key=_fifo_key)
    order = list(returning)
    ratio = _Ratio(policy, history)
    n = p = 0
    while n < len(normal) or p < len(priority):
        take_priority = n == len(normal) or (p < len(priority) and ratio.priority_due())
        if take_priority:
            order.append(priority[p])
            p += 1
            ratio.record(CallKind.PRIORITY)
        else:
            order.append(normal[n])
            n += 1
            ratio.record(CallKind.NORMAL)
    return order


def people_ahead(
    waiting: Sequence[TicketView],
    ticket_id: str,
    policy: InterleavePolicy,
    history: Sequence[CallKind],
) -> int:
    """How many waiting tickets will be called before ``ticket_id`` (for the kiosk slip)."""
    for position, ticket in enumerate(call_order(waiting, policy, history)):
        if ticket.ticket_id == ticket_id:
            return position
    raise ValidationError(
        "ticket",
        "queue_ticket_not_waiting",
        "Nomor antrean ini tidak sedang menunggu di layanan ini.",
        "This queue ticket is not waiting in this service.",
    )


DEFAULT_ESTIMATE_WINDOW = 20
"""How many recent service durations the estimate looks at."""


def estimate_wait(
    people_ahead: int,
    recent_service_durations: Sequence[timedelta],
    open_counters: int,
    *,
    standard: timedelta = timedelta(minutes=15),
    window: int = DEFAULT_ESTIMATE_WINDOW,
) -> int:
    """Estimated minutes until a ticket with ``people_ahead`` before it is called.

    Formula: ``ceil(people_ahead x per_person / open_counters)`` in whole minutes, where
    ``per_person`` is the median of the last ``window`` (20) positive service durations
    (oldest first in the input), or ``standard`` (seed 004: 15 minutes per file) when the
    line has none yet today. The median resists one very long case. Zero or negative
    durations (clock glitches) are ignored. Rounded up: a participant prefers being called
    early over a promise that runs late.
    """
    if people_ahead < 0:
        raise ValidationError(
            "people_ahead",
            "queue_people_ahead_negative",
            "Jumlah antrean di depan tidak boleh negatif.",
            "The number of people ahead cannot be negative.",
        )
    if open_counters < 1:
        raise ValidationError(
            "open_counters",
            "queue_no_open_counter",
            "Belum ada loket yang buka untuk layanan ini; perkiraan waktu tunggu belum ada.",
            "No counter is open for this service yet, so there is no waiting estimate.",
        )
    if window < 1:
        raise ValidationError(
            "window",
            "queue_estimate_window_invalid",
            "Jumlah data waktu layanan untuk perkiraan minimal 1.",
            "The estimate needs a window of at least 1 service duration.",
        )
    tick = timedelta(microseconds=1)
    recent = [d // tick for d in recent_service_durations if d > timedelta(0)][-window:]
    per_person_us = _median(recent) if recent else Fraction(standard // tick)
    minute_us = timedelta(minutes=1) // tick
    return math.ceil(people_ahead * per_person_us / (open_counters * minute_us))


def _median(values: Sequence[int]) -> Fraction:
    # Exact, unlike statistics.median, which averages the middle pair as a float.
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return Fraction(ordered[middle])
    return Fraction(ordered[middle - 1] + ordered[middle], 2)


def exceeds_waiting_standard(estimate_minutes: int, service: ServiceDef) -> bool:
    """True when the estimate breaks the service's waiting standard (seed 004: < 30 minutes)."""
    return estimate_minutes >= service.standard_waiting_minutes
