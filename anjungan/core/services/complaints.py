"""Logging complaints at the counter and listing them against their working-day SLA.

Owns `ComplaintForm` and its checks (`validate_complaint`), `log_complaint` (write the
complaint and its outbox row, return it with its due date) and `list_complaints` (the
officer's list with due date, working days left and overdue flag, filtered and
searched), and `current_complaint`: a stored complaint as the domain aggregate, with
the server's view after sync (`ServerView`) merged in. What a complaint records and
its SLA are the domain's (seed 000: identity, problem and cause; direct/oral 1 working
day, 3 with coordination; written 3, 5 with coordination); working days come from
`WorkingCalendar` corrected by this device's calendar override table (DOMAIN.md
"Working days"). Must not import Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from enum import StrEnum
from functools import partial
from typing import Any, NamedTuple, TypeVar
from uuid import UUID

from anjungan.core.clock import Clock
from anjungan.core.domain.calendar import (
    CalendarOverride,
    HolidayLoader,
    WorkingCalendar,
    load_indonesian_holidays,
)
from anjungan.core.domain.card import classify_identifier, parse_card_number
from anjungan.core.domain.complaints import (
    Action,
    Category,
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintState,
    Role,
    effective_due_date,
    overdue,
    working_days_left,
)
from anjungan.core.domain.contact import parse_phone
from anjungan.core.domain.names import normalize_name
from anjungan.core.domain.nik import parse_nik
from anjungan.core.errors import AnjunganError, ValidationError
from anjungan.core.services.forms import (
    Desk,
    collect,
    must_choose,
    raise_if_any,
    required,
    storable,
    unstorable,
)
from anjungan.core.store import models
from anjungan.core.store.uow import UnitOfWork

log = logging.getLogger(__name__)

PROBLEM_MAX_LENGTH = 4000
_E = TypeVar("_E", bound=StrEnum)
_ACTIONS = frozenset(action.value for action in Action)


@dataclass(frozen=True)
class ComplaintForm:
    """The complaint form as typed. ``identifier`` is a NIK (16 digits) or card (13)."""

    channel: Channel | None = None
    category: Category | None = None
    identifier: str = ""
    name: str = ""
    phone: str = ""  # optional: a participant at the desk may not want to give one
    problem: str = ""
    cause: str = ""
    needs_coordination: bool = False


def validate_complaint(form: ComplaintForm, today: date) -> list[ValidationError]:
    """Every error of ``form`` (seed 000: identity, problem and cause are required)."""
    errors: list[ValidationError] = []
    if form.channel is None:
        errors.append(must_choose("channel", "kanal pengaduan", "complaint channel"))
    if form.category is None:
        errors.append(must_choose("category", "kategori", "category"))
    collect(errors, "identifier", partial(_identifier, form.identifier, today))
    collect(errors, "name", partial(normalize_name, form.name))
    if form.phone.strip():
        collect(errors, "phone", partial(parse_phone, form.phone))
    for name, text, what_id, what_en in (
        ("problem", form.problem, "Permasalahan", "problem"),
        ("cause", form.cause, "Penyebab keluhan", "cause of the complaint"),
    ):
        if not text.strip():
            errors.append(required(name, what_id, what_en))
        elif not storable(text):
            errors.append(unstorable(name))
        elif len(text.strip()) > PROBLEM_MAX_LENGTH:
            errors.append(
                ValidationError(
                    name,
                    "too_long",
                    f"Paling panjang {PROBLEM_MAX_LENGTH} karakter. Ringkas isinya.",
                    f"At most {PROBLEM_MAX_LENGTH} characters. Summarise it.",
                )
            )
    return errors


def _identifier(text: str, today: date) -> tuple[str | None, str | None]:
    """(nik, card_number) from the one identity field; exactly one is set."""
    if classify_identifier(text) == "nik":
        return parse_nik(text, today).nik, None
    return None, parse_card_number(text)


def store_calendar(
    uow: UnitOfWork, *, loader: HolidayLoader = load_indonesian_holidays
) -> WorkingCalendar:
    """The packaged holidays corrected by this device's override table (``uow`` open)."""
    rows = uow.calendar.between(date.min, date.max)
    return WorkingCalendar(
        [
            CalendarOverride.holiday(row.day, row.name)
            if row.is_holiday
            else CalendarOverride.working_day(row.day, row.name)
            for row in rows
        ],
        loader=loader,
    )


class LoggedComplaint(NamedTuple):
    record: models.Complaint
    due_date: date


def log_complaint(
    uow: UnitOfWork,
    form: ComplaintForm,
    *,
    clock: Clock,
    desk: Desk,
    calendar: WorkingCalendar | None = None,
) -> LoggedComplaint:
    """Validate, then write the complaint and its outbox row; return it with its due date.

    ``calendar`` defaults to `store_calendar` (read in the same transaction). Raises
    `FormInvalid` with every error, having written nothing. ``uow`` must not be open.
    """
    now = clock.now()
    raise_if_any(validate_complaint(form, now.date()))
    assert form.channel is not None and form.category is not None
    nik, card = _identifier(form.identifier, now.date())
    received = Complaint.receive(
        participant_id=nik or card or "",
        channel=form.channel,
        category=form.category,
        problem=form.problem,
        cause=form.cause,
        at=now,
        needs_coordination=form.needs_coordination,
    )
    record = models.Complaint(
        channel=form.channel.value,
        received_at=now,
        nik=nik,
        card_number=card,
        reporter_name=normalize_name(form.name),
        reporter_phone=parse_phone(form.phone).e164 if form.phone.strip() else None,
        category=form.category.value,
        description=received.problem,
        cause=received.cause,
        needs_coordination=form.needs_coordination,
        officer_id=desk.officer_id,
        office_code=desk.office_code,
    )
    with uow:
        due = effective_due_date(received, calendar or store_calendar(uow))
        uow.add_record(record)
        uow.commit()
    return LoggedComplaint(record, due)


class StatusFilter(StrEnum):
    ALL = "all"
    OPEN = "open"  # not yet answered
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ComplaintFilters:
    status: StatusFilter = StatusFilter.ALL
    channel: Channel | None = None
    category: Category | None = None
    search: str = ""  # name, NIK, card number or words of the problem
    limit: int = 300  # newest complaints looked at


@dataclass(frozen=True)
class ComplaintRow:
    """One line of the officer's complaint list. Times are in the service point's zone."""

    record_uuid: UUID
    received_at: datetime
    reporter_name: str
    identifier: str
    channel: Channel
    category: Category
    problem: str
    state: ComplaintState
    due_date: date
    working_days_left: int | None  # None once answered: the SLA clock has stopped
    overdue: bool

    @property
    def due_today(self) -> bool:
        return self.working_days_left == 0 and not self.overdue


@dataclass(frozen=True)
class ServerView:
    """What the server last said about a complaint after sync (its ticket, its state
    and the latest move, which may have been made elsewhere: another counter, the head
    of unit on the server). The composition root reads it from the sync state."""

    ticket: str
    state: ComplaintState | None
    last_action: Action | None = None
    last_at: datetime | None = None
    last_note: str = ""
    satisfied: bool | None = None

    @classmethod
    def parse(cls, ticket: str, state: str, last_event: dict[str, Any] | None) -> ServerView:
        """From the server's complaint update (``state``, ``last_event``) as stored."""
        last = last_event or {}
        try:
            at = datetime.fromisoformat(str(last.get("at")))
        except ValueError:
            at = None
        satisfied = last.get("satisfied")
        return cls(
            ticket=ticket,
            state=_enum(ComplaintState, state),
            last_action=_enum(Action, last.get("action")),
            last_at=at if at is not None and at.tzinfo is not None else None,
            last_note=str(last.get("note") or ""),
            satisfied=satisfied if isinstance(satisfied, bool) else None,
        )


ServerLookup = Callable[[UnitOfWork, UUID], ServerView | None]
"""The server's view of a complaint (None before its first sync), read in ``uow``."""


def _enum(kind: type[_E], value: object) -> _E | None:
    try:
        return kind(str(value))
    except ValueError:
        return None


def list_complaints(
    uow: UnitOfWork,
    *,
    clock: Clock,
    calendar: WorkingCalendar | None = None,
    filters: ComplaintFilters | None = None,
    server: ServerLookup | None = None,
) -> list[ComplaintRow]:
    """The newest complaints with their SLA standing, most urgent first.

    Open complaints come first, by due date; answered ones follow, newest first. Takes
    a `Clock` rather than a date because receipt times are stored in UTC and a working
    day is a local date. ``server`` merges the server's newer moves in
    (`current_complaint`). ``uow`` must not be open.
    """
    chosen = filters or ComplaintFilters()
    today, tz = clock.today(), clock.now().tzinfo
    with uow:
        cal = calendar or store_calendar(uow)
        rows = [
            row
            for record in uow.complaints.latest(chosen.limit)
            if (row := _row(uow, record, today, tz, cal, server)) is not None
            and _wanted(row, record, chosen)
        ]
    return sorted(rows, key=_urgency)


def current_complaint(
    record: models.Complaint, tz: tzinfo | None, server: ServerView | None = None
) -> Complaint | None:
    """The domain aggregate of a stored complaint; None if its channel is unknown.

    The local events are replayed in order (`_replay`), with the server's latest move
    merged in when it was made elsewhere (another counter, the head of unit on the
    server): then the state, due date and allowed actions follow the server.
    """
    try:
        channel = Channel(record.channel)
    except ValueError:
        # The SLA depends on the channel: without one no due date can be honest.
        log.warning("complaint %s has an unknown channel", record.uuid)
        return None
    try:
        category = Category(record.category)
    except ValueError:
        category = Category.OTHER
    return _replay(record, channel, category, tz, _server_move(server, tz))


def _server_move(server: ServerView | None, tz: tzinfo | None) -> ComplaintEvent | None:
    """The server's latest move as an event (its source state is filled in on merging)."""
    if server is None or server.state is None or server.last_action is None:
        return None
    if server.last_at is None or server.last_action is Action.RECEIVE:
        return None
    return ComplaintEvent(
        server.last_action,
        server.last_at.astimezone(tz),
        None,
        None,
        server.state,
        server.last_note,
        server.satisfied,
    )


def _merge(complaint: Complaint, move: ComplaintEvent) -> Complaint:
    merged = replace(move, from_state=complaint.state)
    return replace(complaint, events=(*complaint.events, merged))


def _row(
    uow: UnitOfWork,
    record: models.Complaint,
    today: date,
    tz: tzinfo | None,
    calendar: WorkingCalendar,
    server: ServerLookup | None,
) -> ComplaintRow | None:
    view = server(uow, record.uuid) if server is not None else None
    complaint = current_complaint(record, tz, view)
    if complaint is None:
        return None
    channel, category = complaint.channel, complaint.category
    return ComplaintRow(
        record_uuid=record.uuid,
        received_at=record.received_at.astimezone(tz),
        reporter_name=record.reporter_name,
        identifier=record.nik or record.card_number or "",
        channel=channel,
        category=category,
        problem=record.description,
        state=complaint.state,
        due_date=effective_due_date(complaint, calendar, today),
        working_days_left=working_days_left(complaint, today, calendar),
        overdue=overdue(complaint, today, calendar),
    )


def _replay(
    record: models.Complaint,
    channel: Channel,
    category: Category,
    tz: tzinfo | None,
    server_move: ComplaintEvent | None = None,
) -> Complaint:
    """The domain aggregate of a stored complaint: its receipt, then its events in order.

    Events whose type is not a workflow action (free notes) are skipped. A stored event
    the workflow refuses is tried once more after the server's move when that move came
    first (a local step taken after a move made elsewhere); otherwise the replay stops
    there, so the list still shows the complaint at the last state that made sense.
    The server's move comes last when it is newer than every local step and leads to
    another state (when older, the server has not yet received the local steps).
    """
    receipt = ComplaintEvent(
        Action.RECEIVE, record.received_at.astimezone(tz), None, None, ComplaintState.RECEIVED
    )
    complaint = Complaint(
        participant_id=record.nik or record.card_number or "",
        channel=channel,
        category=category,
        problem=record.description,
        cause=record.cause or "",
        needs_coordination=record.needs_coordination,
        events=(receipt,),
    )
    pending = server_move
    for event in record.events:
        if event.event_type not in _ACTIONS:
            continue
        try:
            complaint = _step(complaint, event, tz)
            continue
        except (AnjunganError, ValueError):
            pass
        if pending is not None and pending.at <= event.created_at:
            try:
                complaint, pending = _step(_merge(complaint, pending), event, tz), None
                continue
            except (AnjunganError, ValueError):
                pass
        log.warning("complaint %s: event %s does not replay", record.uuid, event.uuid)
        break
    if (
        pending is not None
        and pending.at > complaint.events[-1].at
        and pending.to_state is not complaint.state
    ):
        complaint = _merge(complaint, pending)
    return complaint


def _step(complaint: Complaint, event: models.ComplaintEvent, tz: tzinfo | None) -> Complaint:
    data = event.data or {}
    return complaint.apply(
        Action(event.event_type),
        event.created_at.astimezone(tz),
        Role(data.get("role", Role.OFFICER)),
        event.note or "",
        data.get("satisfied"),
    )


def _wanted(row: ComplaintRow, record: models.Complaint, filters: ComplaintFilters) -> bool:
    if filters.channel is not None and row.channel is not filters.channel:
        return False
    if filters.category is not None and row.category is not filters.category:
        return False
    if filters.status is StatusFilter.OPEN and row.working_days_left is None:
        return False
    if filters.status is StatusFilter.DUE_TODAY and not row.due_today:
        return False
    if filters.status is StatusFilter.OVERDUE and not row.overdue:
        return False
    return _matches(filters.search, (record.reporter_name, row.identifier, record.description))


def _matches(search: str, texts: Iterable[str]) -> bool:
    words = search.casefold().split()
    haystack = " ".join(texts).casefold()
    return all(word in haystack for word in words)


def _urgency(row: ComplaintRow) -> tuple[bool, int, float]:
    stopped = row.working_days_left is None
    if stopped:
        return (True, 0, -row.received_at.timestamp())
    return (False, row.due_date.toordinal(), row.received_at.timestamp())
