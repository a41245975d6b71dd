"""Report figures both the server and a counter compute: the period, counted labels, the
services given and the complaint figures (SLA, overdue, working days to close, the
participant's confirmed satisfaction).

`ReportPeriod` is a span of local dates (a reversed one is refused); `counts` orders
(key, n) rows most first; `complaint_figures` rebuilds the figures from `Complaint`
aggregates, so the server's report and the counter's Reports screen read the same rule
from one place. A complaint is answered on time when its first answer came no later
than its effective due date (`complaints.effective_due_date`: seed 000 per channel,
paused per seed 002 art. 10); overdue is `complaints.overdue` as of ``today``; days to
close are working days from receipt to the closing event. Pure: no clock, no storage,
no personal data in the results (complaints are named by a reference only).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.complaints import (
    Action,
    Category,
    Channel,
    Complaint,
    ComplaintState,
    effective_due_date,
    overdue,
)
from anjungan.core.errors import ValidationError

EMPTY_KEY = "(kosong)"


@dataclass(frozen=True)
class ReportPeriod:
    """``date_from``..``date_to`` inclusive, local dates of the service point."""

    date_from: date
    date_to: date

    def __post_init__(self) -> None:
        if self.date_from > self.date_to:
            raise ValidationError(
                "date_to",
                "report_period_reversed",
                "Tanggal akhir laporan sebelum tanggal awal. Perbaiki periodenya.",
                "The report's end date is before its start date. Correct the period.",
            )

    @classmethod
    def day(cls, day: date) -> ReportPeriod:
        return cls(day, day)

    @classmethod
    def month_of(cls, day: date) -> ReportPeriod:
        """From the 1st of ``day``'s month to ``day`` (the month so far)."""
        return cls(day.replace(day=1), day)

    def bounds(self, zone: tzinfo) -> tuple[datetime, datetime]:
        """From local midnight of the first day to local midnight after the last one."""
        start = datetime.combine(self.date_from, time(0), tzinfo=zone)
        end = datetime.combine(self.date_to + timedelta(days=1), time(0), tzinfo=zone)
        return start, end


@dataclass(frozen=True)
class Count:
    """A label (code as stored) and how many."""

    key: str
    label: str
    count: int


def counts(
    rows: Iterable[tuple[str | None, int]], label: Callable[[str], str]
) -> tuple[Count, ...]:
    """Rows of (key, n) as `Count`s, most first; a missing key is "(kosong)"."""
    merged: dict[str, int] = {}
    for key, n in rows:
        name = key if key else EMPTY_KEY
        merged[name] = merged.get(name, 0) + n
    ordered = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(Count(key, label(key), n) for key, n in ordered)


@dataclass(frozen=True)
class ServiceFigures:
    registrations_by_segment: tuple[Count, ...]
    registered_people: int
    data_changes_by_type: tuple[Count, ...]
    info_requests_by_topic: tuple[Count, ...]


@dataclass(frozen=True)
class ComplaintFigures:
    received: int
    by_channel: tuple[Count, ...]
    by_category: tuple[Count, ...]
    by_state: tuple[Count, ...]
    answered: int
    answered_on_time: int
    closed: int
    average_working_days_to_close: float | None
    overdue_tickets: tuple[str, ...]
    confirmed_satisfied: int
    confirmed_not_satisfied: int

    @property
    def on_time_share(self) -> float | None:
        return self.answered_on_time / self.answered if self.answered else None


def _label(enum: type[Channel] | type[Category] | type[ComplaintState], value: str) -> str:
    try:
        return enum(value).label("id")
    except ValueError:
        return value


def complaint_figures(
    complaints: Sequence[tuple[str, Complaint]], calendar: WorkingCalendar, today: date
) -> ComplaintFigures:
    """The figures of ``complaints`` (each with the reference an overdue one is listed by)."""
    answered = on_time = closed = satisfied = unsatisfied = 0
    close_days: list[int] = []
    late: list[str] = []
    for reference, complaint in complaints:
        answers = [ev.at.date() for ev in complaint.events if ev.action is Action.ANSWER]
        if answers:
            answered += 1
            if answers[0] <= effective_due_date(complaint, calendar, today):
                on_time += 1
        elif overdue(complaint, today, calendar):
            late.append(reference)
        if complaint.state is ComplaintState.CLOSED:
            closed += 1
            closed_on: date = complaint.events[-1].at.date()
            close_days.append(calendar.working_days_between(complaint.received_on, closed_on))
        if complaint.satisfied is True:
            satisfied += 1
        elif complaint.satisfied is False:
            unsatisfied += 1
    states: dict[str, int] = defaultdict(int)
    channels: dict[str, int] = defaultdict(int)
    categories: dict[str, int] = defaultdict(int)
    for _, complaint in complaints:
        states[complaint.state.value] += 1
        channels[complaint.channel.value] += 1
        categories[complaint.category.value] += 1
    return ComplaintFigures(
        received=len(complaints),
        by_channel=counts(channels.items(), lambda v: _label(Channel, v)),
        by_category=counts(categories.items(), lambda v: _label(Category, v)),
        by_state=counts(states.items(), lambda v: _label(ComplaintState, v)),
        answered=answered,
        answered_on_time=on_time,
        closed=closed,
        average_working_days_to_close=sum(close_days) / len(close_days) if close_days else None,
        overdue_tickets=tuple(late),
        confirmed_satisfied=satisfied,
        confirmed_not_satisfied=unsatisfied,
    )
