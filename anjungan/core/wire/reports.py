"""Body of `GET /v1/reports/summary`: an office's queue and satisfaction (SKM) figures
for a period, as the counter's Reports screen shows them.

Owns shapes only. Times are minutes (``None`` when nothing was measured); an NRR and
the SKM index are rounded to two places as the regulation prints them; labels are the
server's Indonesian names. No personal data: officers are staff, named by display name.
"""

from __future__ import annotations

from datetime import date

from anjungan.core.wire.common import WireModel

MAX_SUMMARY_DAYS = 366
"""The longest period one summary covers (a year, leap day included)."""


class DurationsOut(WireModel):
    """Waiting or service minutes of ``count`` tickets against the standard."""

    count: int
    median_minutes: float | None
    p90_minutes: float | None
    within_standard: int


class QueueLineOut(WireModel):
    service_code: str
    label: str
    issued: int
    served: int
    no_shows: int
    waiting: DurationsOut
    service: DurationsOut


class QueueHourOut(WireModel):
    hour: int
    issued: int
    waiting: DurationsOut


class QueueOfficerOut(WireModel):
    """The tickets an officer last called, started or finished."""

    officer: str
    label: str
    called: int
    served: int
    no_shows: int
    service: DurationsOut


class QueueSummary(WireModel):
    issued: int
    served: int
    no_shows: int
    cancelled: int
    waiting: DurationsOut
    service: DurationsOut
    standard_waiting_minutes: int
    standard_service_minutes: int
    per_service: list[QueueLineOut]
    per_hour: list[QueueHourOut]
    per_officer: list[QueueOfficerOut]


class SkmElementOut(WireModel):
    number: int
    label: str
    answers: int
    nrr: float | None


class SkmSummary(WireModel):
    respondents: int
    complete_respondents: int
    elements: list[SkmElementOut]
    index: float | None
    grade: str | None
    grade_label: str | None


class ReportSummary(WireModel):
    office_code: str
    date_from: date
    date_to: date
    queue: QueueSummary
    skm: SkmSummary
