"""Queue figures: tickets per line, hour, counter and officer; waiting and service
times; no-shows.

Waiting is issue -> FIRST call (``first_called_at``; recalls of a participant who was
already called do not lengthen it), service is start -> finish, both in minutes,
compared with each line's standard from `queue_service` (DOMAIN.md "Registration
requirements": waiting under 30 minutes, service 15 minutes per file; a line without a
row uses the `ServiceDef` defaults). Waiting is within standard when strictly under it
("di bawah 30 menit"), service when at most it ("15 menit per berkas").

Transfers: a ticket is one participant's visit, so it has one wait, the one from
arriving to being first received at a counter. That call is always in the line that
issued the ticket (only a called or serving ticket can be transferred), so the wait and
the ticket's "issued" count belong to ``origin_service``. The time it waits again in a
transfer's target line (or for a return) is not counted as waiting: the participant is
already being served. Its outcome (served, no-show, cancelled) and its service time
(last start -> finish) belong to the line it ended in, ``service_code``.

Counts by line and state and by priority are grouped in SQL; the times are fetched as a
few columns only, for the medians. The hour is the local hour of issue. A ticket
belongs to the officer who last called, started or finished it (``queue_ticket.officer``),
named by the officer's display name. Reads only; holds no participant data (tickets
carry none).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, tzinfo
from typing import cast

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from anjungan.core.domain.queue import ServiceDef
from anjungan.core.domain.queue_policy import PriorityReason
from anjungan.server.models.core import Officer
from anjungan.server.models.queue import QueueService, QueueTicket
from anjungan.server.reports.model import (
    Count,
    CounterLine,
    Durations,
    HourLine,
    OfficerLine,
    QueueFigures,
    ReportQuery,
    ServiceLine,
    durations,
)

_DEFAULTS: dict[str, object] = {f.name: f.default for f in fields(ServiceDef)}
DEFAULT_WAITING_MINUTES = cast(int, _DEFAULTS["standard_waiting_minutes"])
DEFAULT_SERVICE_MINUTES = cast(int, _DEFAULTS["standard_service_minutes"])


@dataclass(frozen=True)
class TicketTimes:
    """The columns of one ticket the time figures need."""

    office_code: str
    origin_service: str
    """The line that issued it; ``service_code`` is the line it is in now (or ended in)."""
    service_code: str
    counter_number: int | None
    issued_at: datetime
    first_called_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    state: str = "done"
    officer: str | None = None


@dataclass(frozen=True)
class Standard:
    waiting_minutes: int
    service_minutes: int


def _where(query: ReportQuery) -> list[ColumnElement[bool]]:
    t = QueueTicket
    where = [t.service_date >= query.date_from, t.service_date <= query.date_to]
    if query.office_code is not None:
        where.append(t.office_code == query.office_code)
    return where


def fetch_queue(session: Session, query: ReportQuery, zone: tzinfo) -> QueueFigures:
    t = QueueTicket
    where = _where(query)
    by_state: dict[tuple[str, str], int] = defaultdict(int)
    issued: dict[str, int] = defaultdict(int)
    for origin, service_code, state, n in session.execute(
        select(t.origin_service, t.service_code, t.state, func.count())
        .where(*where)
        .group_by(t.origin_service, t.service_code, t.state)
    ):
        by_state[(service_code, state)] += n
        issued[origin] += n
    priority = {
        reason: n
        for reason, n in session.execute(
            select(t.priority, func.count()).where(*where).group_by(t.priority)
        )
    }
    times = [
        TicketTimes(**row._asdict())  # the columns are named as the fields
        for row in session.execute(
            select(
                t.office_code,
                t.origin_service,
                t.service_code,
                t.counter_number,
                t.issued_at,
                t.first_called_at,
                t.started_at,
                t.finished_at,
                t.state,
                t.officer,
            ).where(*where)
        )
    ]
    s = QueueService
    lines = select(
        s.office_code, s.code, s.name_id, s.standard_waiting_minutes, s.standard_service_minutes
    ).order_by(s.position, s.code)
    if query.office_code is not None:
        lines = lines.where(s.office_code == query.office_code)
    names: dict[str, str] = {}
    standards: dict[tuple[str, str], Standard] = {}
    for office, code, name, wait, serve in session.execute(lines):
        names.setdefault(code, name)
        standards[(office, code)] = Standard(wait, serve)
    usernames = {tk.officer for tk in times if tk.officer is not None}
    officers = {
        username: name
        for username, name in session.execute(
            select(Officer.username, Officer.display_name).where(Officer.username.in_(usernames))
        )
    }
    return queue_figures(by_state, issued, priority, times, standards, names, zone, officers)


def _minutes(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return (b - a).total_seconds() / 60


def _stats(pairs: Iterable[tuple[float, bool]]) -> Durations:
    values = list(pairs)
    return durations([v for v, _ in values], sum(1 for _, ok in values if ok))


def queue_figures(
    by_state: dict[tuple[str, str], int],
    issued: dict[str, int],
    priority: dict[str, int],
    times: Sequence[TicketTimes],
    standards: dict[tuple[str, str], Standard],
    names: dict[str, str],
    zone: tzinfo,
    officers: dict[str, str] | None = None,
) -> QueueFigures:
    """Pure: the queue figures from counts per (line it ended in, state), counts per line
    that issued them, priorities and ticket times.

    ``names`` names the lines, in the office's order (the order of the per-line table);
    a line without a name (no ``queue_service`` row) comes after them, by code.

    ``officers`` names officers by username (display names); one not in it shows as its
    username.
    """
    default = Standard(DEFAULT_WAITING_MINUTES, DEFAULT_SERVICE_MINUTES)
    waits: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    serves: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    hour_waits: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    hour_issued: dict[int, int] = defaultdict(int)
    counter_serves: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    officer_serves: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    officer_called: dict[str, int] = defaultdict(int)
    officer_no_shows: dict[str, int] = defaultdict(int)
    for tk in times:
        if tk.officer is not None and tk.first_called_at is not None:
            officer_called[tk.officer] += 1
            officer_no_shows[tk.officer] += int(tk.state == "no_show")
        std = standards.get((tk.office_code, tk.service_code), default)
        hour = tk.issued_at.astimezone(zone).hour
        hour_issued[hour] += 1
        wait = _minutes(tk.issued_at, tk.first_called_at)
        if wait is not None:
            origin_std = standards.get((tk.office_code, tk.origin_service), default)
            item = (wait, wait < origin_std.waiting_minutes)
            waits[tk.origin_service].append(item)
            hour_waits[hour].append(item)
        serve = _minutes(tk.started_at, tk.finished_at)
        if serve is not None:
            done = (serve, serve <= std.service_minutes)
            serves[tk.service_code].append(done)
            if tk.counter_number is not None:
                counter_serves[tk.counter_number].append(done)
            if tk.officer is not None:
                officer_serves[tk.officer].append(done)
    order = {code: n for n, code in enumerate(names)}
    codes = sorted(
        {code for code, _ in by_state} | set(issued) | set(waits) | set(serves),
        key=lambda code: (order.get(code, len(order)), code),
    )
    per_service = tuple(
        ServiceLine(
            service_code=code,
            label=names.get(code, code),
            issued=issued.get(code, 0),
            served=by_state.get((code, "done"), 0),
            no_shows=by_state.get((code, "no_show"), 0),
            waiting=_stats(waits[code]),
            service=_stats(serves[code]),
        )
        for code in codes
    )
    reasons = sorted(priority, key=lambda r: (-priority[r], r))
    return QueueFigures(
        issued=sum(by_state.values()),
        served=sum(n for (_, state), n in by_state.items() if state == "done"),
        no_shows=sum(n for (_, state), n in by_state.items() if state == "no_show"),
        cancelled=sum(n for (_, state), n in by_state.items() if state == "cancelled"),
        waiting=_stats(item for code in codes for item in waits[code]),
        service=_stats(item for code in codes for item in serves[code]),
        standard_waiting_minutes=default.waiting_minutes,
        standard_service_minutes=default.service_minutes,
        per_service=per_service,
        per_hour=tuple(
            HourLine(hour, hour_issued[hour], _stats(hour_waits[hour]))
            for hour in sorted(hour_issued)
        ),
        per_counter=tuple(
            CounterLine(number, len(counter_serves[number]), _stats(counter_serves[number]))
            for number in sorted(counter_serves)
        ),
        per_officer=_per_officer(officer_called, officer_no_shows, officer_serves, officers or {}),
        priority=tuple(Count(r, _priority_label(r), priority[r]) for r in reasons),
    )


def _per_officer(
    called: dict[str, int],
    no_shows: dict[str, int],
    serves: dict[str, list[tuple[float, bool]]],
    names: dict[str, str],
) -> tuple[OfficerLine, ...]:
    lines = [
        OfficerLine(
            officer=username,
            label=names.get(username, username),
            called=called[username],
            served=len(serves[username]),
            no_shows=no_shows[username],
            service=_stats(serves[username]),
        )
        for username in set(called) | set(serves)
    ]
    return tuple(sorted(lines, key=lambda line: (line.label.casefold(), line.officer)))


def _priority_label(value: str) -> str:
    try:
        reason = PriorityReason(value)
    except ValueError:
        return value
    return reason.label_id if reason.is_priority else "Reguler (tanpa prioritas)"
