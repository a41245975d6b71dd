"""What the queue board shows, as a pure value updated by queue events.

Owns `BoardState` (the current call per counter, the last calls, the waiting count per
line) and the functions that derive a new state from a server snapshot
(`GET /v1/queue/board`) or from one queue event (`QueueEventOut`). No Qt, no HTTP, no
clock: the same sequence of inputs always gives the same state, so it is unit-tested
without a server.

How the counts follow the server's rules (DESIGN.md data flow 5, DOMAIN.md "Queue"):
a counter shows a ticket from its call until the ticket leaves it (finished, no-show,
cancelled, transferred), as the server's board view does. A ticket counts as waiting in
its line once handed out (printed, or shown on screen) and until it is called or
cancelled; a transfer or a return puts it back in a line. The events carry no counts,
so the board tracks each ticket it has heard of and infers the earlier state of tickets
issued before its snapshot; a fresh snapshot (`resync`) corrects any drift.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from types import MappingProxyType

from anjungan.core.wire.queue import BoardState as BoardSnapshot
from anjungan.core.wire.queue import QueueEventOut

RECENT_CALLS = 5
"""How many calls the "last calls" column keeps (newest first)."""

CALL_TYPES = frozenset({"called", "recalled"})
LEAVES_COUNTER = frozenset({"finished", "no_show", "cancelled", "transferred"})


@dataclass(frozen=True)
class Call:
    """One call of a ticket to a counter: what the board flashes and announces."""

    event_id: int
    label: str
    counter: int
    counter_name: str
    service: str | None
    at: datetime | None
    recall: bool = False


@dataclass(frozen=True)
class CounterSlot:
    number: int
    name: str
    label: str | None = None
    service: str | None = None
    called_at: datetime | None = None


@dataclass(frozen=True)
class Line:
    """One service line: its names, how many wait, and the number it called last."""

    service: str
    prefix: str
    name_id: str
    name_en: str
    waiting: int = 0
    last_called: str | None = None

    def name(self, language: str) -> str:
        return self.name_id if language == "id" else self.name_en


@dataclass(frozen=True)
class Mark:
    """What the board knows of one ticket: its line, and whether it waits there."""

    service: str
    waiting: bool
    handed_out: bool

    @property
    def counted(self) -> bool:
        return self.waiting and self.handed_out


_EMPTY_MARKS: Mapping[int, Mark] = MappingProxyType({})


@dataclass(frozen=True)
class BoardState:
    """The board's picture. ``held`` are the calls of tickets still at a counter, oldest
    first (a counter shows its newest one, as the server's board view does);
    ``last_event_id`` is the resume cursor (Last-Event-ID); ``counts_cursor`` the id up
    to which the waiting counts already include events."""

    service_date: date | None = None
    counters: tuple[CounterSlot, ...] = ()
    lines: tuple[Line, ...] = ()
    recent: tuple[Call, ...] = ()
    held: tuple[Call, ...] = ()
    last_event_id: int = 0
    counts_cursor: int = 0
    marks: Mapping[int, Mark] = field(
        default_factory=lambda: _EMPTY_MARKS, compare=False, repr=False
    )
    recent_limit: int = RECENT_CALLS

    def counter(self, number: int) -> CounterSlot | None:
        return next((c for c in self.counters if c.number == number), None)

    def line(self, service: str) -> Line | None:
        return next((line for line in self.lines if line.service == service), None)

    @property
    def waiting(self) -> dict[str, int]:
        return {line.service: line.waiting for line in self.lines}

    @property
    def showing(self) -> dict[int, str | None]:
        """Counter number -> the ticket it shows (None: nobody at that counter)."""
        return {c.number: c.label for c in self.counters}


def _with_held(state: BoardState, held: tuple[Call, ...], names: dict[int, str]) -> BoardState:
    current: dict[int, Call] = {}
    for call in held:  # oldest first: the newest call of each counter wins
        current[call.counter] = call
        names.setdefault(call.counter, call.counter_name)
    counters = tuple(
        CounterSlot(n, names[n], current[n].label, current[n].service, current[n].at)
        if n in current
        else CounterSlot(n, names[n])
        for n in sorted(names)
    )
    return replace(state, held=held, counters=counters)


def _names(state: BoardState) -> dict[int, str]:
    return {c.number: c.name for c in state.counters}


# --- snapshots -------------------------------------------------------------------------


def _lines(snapshot: BoardSnapshot) -> tuple[Line, ...]:
    return tuple(
        Line(s.service, s.prefix, s.name_id, s.name_en, s.waiting, s.last_called)
        for s in snapshot.lines
    )


def _held(snapshot: BoardSnapshot) -> tuple[Call, ...]:
    at_counters = [c for c in snapshot.counters if c.label is not None]
    at_counters.sort(key=lambda c: (c.called_at is not None, c.called_at))
    return tuple(
        Call(0, c.label or "", c.number, c.name, c.service, c.called_at) for c in at_counters
    )


def from_snapshot(snapshot: BoardSnapshot, recent_limit: int = RECENT_CALLS) -> BoardState:
    """The state of a board that just read `GET /v1/queue/board`.

    The last-calls column starts with the tickets now at a counter, newest call first
    (the snapshot has no older history).
    """
    held = _held(snapshot)
    state = BoardState(
        service_date=snapshot.service_date,
        lines=_lines(snapshot),
        recent=tuple(reversed(held))[:recent_limit],
        last_event_id=snapshot.last_event_id,
        counts_cursor=snapshot.last_event_id,
        recent_limit=recent_limit,
    )
    return _with_held(state, held, {c.number: c.name for c in snapshot.counters})


def resync(state: BoardState, snapshot: BoardSnapshot) -> BoardState:
    """Correct ``state`` with a fresh snapshot without losing or repeating a call.

    A new service day (or a first snapshot) replaces everything. Otherwise the waiting
    counts, line names and counter names come from the snapshot, and events up to its
    cursor no longer change the counts; which ticket each counter shows keeps following
    the event stream (a call between the two cursors must still arrive, flash and be
    announced). When both cursors agree and the counters still differ, the board went
    wrong somewhere and the snapshot is taken whole.
    """
    fresh = from_snapshot(snapshot, state.recent_limit)
    if state.service_date != snapshot.service_date:
        cursor = max(state.last_event_id, snapshot.last_event_id)
        return replace(fresh, last_event_id=cursor, counts_cursor=cursor)
    names = {c.number: c.name for c in snapshot.counters}
    if snapshot.last_event_id == state.last_event_id and state.showing != fresh.showing:
        return replace(fresh, recent=state.recent or fresh.recent, marks=state.marks)
    # Calls newer than the snapshot may name a counter it did not list yet.
    held = tuple(c for c in state.held if c.counter in names or c.event_id > snapshot.last_event_id)
    updated = replace(
        state, lines=fresh.lines, counts_cursor=max(state.counts_cursor, snapshot.last_event_id)
    )
    return _with_held(updated, held, names)


# --- events ----------------------------------------------------------------------------


def apply_events(
    state: BoardState, events: Iterable[QueueEventOut]
) -> tuple[BoardState, list[Call]]:
    """Apply events in order; returns the new state and the calls among them."""
    calls: list[Call] = []
    for event in events:
        state, call = apply_event(state, event)
        if call is not None:
            calls.append(call)
    return state, calls


def apply_event(state: BoardState, event: QueueEventOut) -> tuple[BoardState, Call | None]:
    """The state after ``event``, and the call to flash and announce if it is one.

    An event at or before the cursor was seen already (a replay after a resume or a
    snapshot) and changes nothing: a call is never announced twice.
    """
    if event.id <= state.last_event_id:
        return state, None
    call = _call_of(state, event)
    held = state.held
    names = _names(state)
    recent = state.recent
    if call is not None:
        # A ticket stands at one counter: a recall or a call elsewhere moves it.
        held = (*(c for c in held if c.label != call.label), call)
        names[call.counter] = call.counter_name
        recent = (call, *(c for c in recent if c.label != call.label))[: state.recent_limit]
    elif event.type in LEAVES_COUNTER and event.label:
        held = tuple(c for c in held if c.label != event.label)
    lines, marks = state.lines, state.marks
    if event.id > state.counts_cursor:
        lines, marks = _counts_after(state, event)
    new = replace(
        state,
        recent=recent,
        lines=lines,
        marks=marks,
        last_event_id=event.id,
        counts_cursor=max(state.counts_cursor, event.id),
    )
    return _with_held(new, held, names), call


def _call_of(state: BoardState, event: QueueEventOut) -> Call | None:
    if event.type not in CALL_TYPES or event.counter is None or not event.label:
        return None
    slot = state.counter(event.counter)
    name = event.counter_name or (slot.name if slot else str(event.counter))
    return Call(
        event_id=event.id,
        label=event.label,
        counter=event.counter,
        counter_name=name,
        service=event.service,
        at=event.at,
        recall=event.type == "recalled",
    )


def _assumed_before(state: BoardState, event: QueueEventOut) -> Mark:
    """A ticket issued before the board's snapshot: infer where it stood from the move
    (only the legal moves of `core.domain.queue_ticket` are possible)."""
    service = event.service or ""
    at_counter = any(c.label == event.label for c in state.held)
    if event.type == "issued":
        return Mark(service, waiting=False, handed_out=False)
    if event.type == "handed_out":
        return Mark(service, waiting=True, handed_out=False)
    if event.type == "called":
        return Mark(service, waiting=True, handed_out=True)
    if event.type == "cancelled" and event.counter is None and not at_counter:
        # A cancelled ticket keeps the counter that called it; without one it was waiting.
        return Mark(service, waiting=True, handed_out=True)
    if event.type in ("transferred", "returned"):
        return Mark(str(event.detail.get("from_service") or service), False, True)
    return Mark(service, waiting=False, handed_out=True)


def _mark_after(before: Mark, event: QueueEventOut) -> Mark:
    service = event.service or before.service
    if event.type == "issued":
        return Mark(service, waiting=True, handed_out=False)
    if event.type == "handed_out":
        return replace(before, handed_out=True)
    if event.type in ("transferred", "returned"):
        return Mark(service, waiting=True, handed_out=before.handed_out)
    if event.type in ("called", "recalled", "started", "finished", "no_show", "cancelled"):
        return replace(before, waiting=False)
    return before


def _counts_after(
    state: BoardState, event: QueueEventOut
) -> tuple[tuple[Line, ...], Mapping[int, Mark]]:
    if event.ticket_id is None:
        return state.lines, state.marks
    before = state.marks.get(event.ticket_id) or _assumed_before(state, event)
    after = _mark_after(before, event)
    delta: dict[str, int] = {}
    if before.counted:
        delta[before.service] = delta.get(before.service, 0) - 1
    if after.counted:
        delta[after.service] = delta.get(after.service, 0) + 1
    lines = tuple(
        replace(
            line,
            waiting=max(0, line.waiting + delta.get(line.service, 0)),
            last_called=event.label
            if event.type == "called" and event.service == line.service
            else line.last_called,
        )
        for line in state.lines
    )
    marks = dict(state.marks)
    marks[event.ticket_id] = after
    return lines, MappingProxyType(marks)
