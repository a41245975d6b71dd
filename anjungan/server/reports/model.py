"""The report's query and its figures as frozen values, plus the two statistics it uses.

`ReportQuery` is what an administrator asks for (office or every office, a period of
local dates). The result types hold numbers and labels only, ready for `output`; they
hold no personal data (officers are staff, named by their display name). The period,
`Count`, `ServiceFigures` and `ComplaintFigures` are `core.domain.report_figures`,
shared with the counter's Reports screen. `median` and `p90` are defined here once (p90
by nearest rank: the smallest value with at least 90 % of the samples at or below it),
so the PDF, the CSV and the tests agree. Must not query the database or format for print.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from anjungan.core.domain.report_figures import (
    ComplaintFigures,
    Count,
    ReportPeriod,
    ServiceFigures,
)

__all__ = [
    "ComplaintFigures",
    "Count",
    "CounterLine",
    "Durations",
    "HourLine",
    "OfficerLine",
    "QueueFigures",
    "ReportData",
    "ReportQuery",
    "ServiceFigures",
    "ServiceLine",
    "SkmElementLine",
    "SkmFigures",
    "durations",
    "median",
    "p90",
]


@dataclass(frozen=True)
class ReportQuery:
    """One office (``office_code``) or every office (None), ``date_from``..``date_to`` inclusive."""

    office_code: str | None
    date_from: date
    date_to: date

    def __post_init__(self) -> None:
        ReportPeriod(self.date_from, self.date_to)  # refuses a reversed period

    @property
    def period(self) -> ReportPeriod:
        return ReportPeriod(self.date_from, self.date_to)


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def p90(values: Sequence[float]) -> float | None:
    """Nearest-rank 90th percentile of ``values`` (any order); None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


@dataclass(frozen=True)
class Durations:
    """Minutes of waiting or of service for a set of tickets, against the standard."""

    count: int
    median_minutes: float | None
    p90_minutes: float | None
    within_standard: int

    @property
    def share_within(self) -> float | None:
        return self.within_standard / self.count if self.count else None


def durations(minutes: Sequence[float], within: int) -> Durations:
    return Durations(len(minutes), median(minutes), p90(minutes), within)


@dataclass(frozen=True)
class ServiceLine:
    """One queue line's figures."""

    service_code: str
    label: str
    issued: int
    served: int
    no_shows: int
    waiting: Durations
    service: Durations


@dataclass(frozen=True)
class HourLine:
    hour: int
    issued: int
    waiting: Durations


@dataclass(frozen=True)
class CounterLine:
    counter_number: int
    served: int
    service: Durations


@dataclass(frozen=True)
class OfficerLine:
    """The tickets an officer (username ``officer``, shown as ``label``) last handled."""

    officer: str
    label: str
    called: int
    served: int
    no_shows: int
    service: Durations


@dataclass(frozen=True)
class QueueFigures:
    issued: int
    served: int
    no_shows: int
    cancelled: int
    waiting: Durations
    service: Durations
    standard_waiting_minutes: int
    standard_service_minutes: int
    per_service: tuple[ServiceLine, ...]
    per_hour: tuple[HourLine, ...]
    per_counter: tuple[CounterLine, ...]
    per_officer: tuple[OfficerLine, ...]
    priority: tuple[Count, ...]


@dataclass(frozen=True)
class SkmElementLine:
    number: int
    label: str
    answers: int
    nrr: Decimal | None
    """NRR rounded half-up to 2 places for display; the index uses the exact value."""


@dataclass(frozen=True)
class SkmFigures:
    respondents: int
    complete_respondents: int
    elements: tuple[SkmElementLine, ...]
    index: Decimal | None
    grade: str | None
    grade_label: str | None
    face_count: int
    face_score: Decimal | None


@dataclass(frozen=True)
class ReportData:
    query: ReportQuery
    office_label: str
    queue: QueueFigures
    services: ServiceFigures
    complaints: ComplaintFigures
    skm: SkmFigures
