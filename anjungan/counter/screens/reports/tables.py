"""The Reports screen's tables: the figures as rows with headings, a chart where a
picture reads better, and the same rows as a CSV file.

Owns `ScreenTable` (what one block of the screen shows) and `ReportTables`, which turns
the counter's `LocalReport` and the server's `ReportSummary` into tables in the
interface language (codes are relabelled through the domain's enums, so switching the
language needs no new read). Cells keep raw numbers (None for "no data"): the view
formats them the local way, `write_csv` writes plain machine numbers (decimal point,
empty for none), UTF-8 with a header row, like the server's report. No store, no network.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from anjungan.core.domain.change_types import ChangeType
from anjungan.core.domain.complaints import Category, Channel
from anjungan.core.domain.report_figures import Count
from anjungan.core.domain.segments import Segment
from anjungan.core.domain.survey import SkmElement
from anjungan.core.services.info_requests import InfoTopic
from anjungan.core.services.reports import LocalReport
from anjungan.core.wire.reports import DurationsOut, ReportSummary

Cell = str | int | float | None

LOCAL_SLUGS = (
    "registrations_by_segment",
    "data_changes_by_type",
    "info_requests_by_topic",
    "complaints_summary",
    "complaints_by_channel",
    "complaints_by_category",
    "complaints_overdue",
)
SERVER_SLUGS = (
    "queue_summary",
    "queue_per_hour",
    "queue_per_service",
    "queue_per_officer",
    "skm_summary",
    "skm_elements",
)


@dataclass(frozen=True)
class Chart:
    """A bar per label; ``maximum`` fixes the scale (NRR 1-4), else the largest value."""

    labels: tuple[str, ...]
    values: tuple[float, ...]
    maximum: float | None = None


@dataclass(frozen=True)
class ScreenTable:
    slug: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    chart: Chart | None = None
    note: str = ""
    decimals: int = 1
    """Places of the decimal numbers as shown (NRR and the SKM index: 2)."""


def pct(share: float | None) -> float | None:
    return None if share is None else round(100 * share, 1)


def one_place(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


Labelled = type[Segment] | type[InfoTopic] | type[Channel] | type[Category] | type[ChangeType]


def _relabel(enum: Labelled, key: str, lang: str) -> str:
    """The name of stored code ``key`` in ``lang``; a code this version does not know as is."""
    try:
        return enum(key).label(lang)
    except ValueError:
        return key


def _bars(items: Sequence[tuple[str, float]]) -> Chart | None:
    if not items:
        return None
    return Chart(tuple(label for label, _ in items), tuple(value for _, value in items))


class ReportTables(QObject):
    """``ReportTables(lang)``: the tables of the screen, headings in ``lang()``'s language."""

    def __init__(self, lang: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    # -- from the counter's own store ---------------------------------------------------

    def local(self, report: LocalReport) -> tuple[ScreenTable, ...]:
        s, c, lang = report.services, report.complaints, self.lang()
        return (
            self._counts(
                "registrations_by_segment",
                self.tr("Registrations by segment"),
                self.tr("Segment"),
                self.tr("Families"),
                s.registrations_by_segment,
                lambda key: _relabel(Segment, key, lang),
                note=self.tr("People registered: {n}").format(n=s.registered_people),
            ),
            self._counts(
                "data_changes_by_type",
                self.tr("Data changes by type"),
                self.tr("Type of change"),
                self.tr("Count"),
                s.data_changes_by_type,
                lambda key: _relabel(ChangeType, key, lang),
            ),
            self._counts(
                "info_requests_by_topic",
                self.tr("Information requests by topic"),
                self.tr("Topic"),
                self.tr("Count"),
                s.info_requests_by_topic,
                lambda key: _relabel(InfoTopic, key, lang),
            ),
            ScreenTable(
                "complaints_summary",
                self.tr("Complaints"),
                (self.tr("Measure"), self.tr("Value")),
                (
                    (self.tr("Complaints received"), c.received),
                    (self.tr("Answered"), c.answered),
                    (self.tr("Answered on time (SLA)"), c.answered_on_time),
                    (self.tr("SLA compliance (%)"), pct(c.on_time_share)),
                    (self.tr("Closed"), c.closed),
                    (
                        self.tr("Average working days to close"),
                        one_place(c.average_working_days_to_close),
                    ),
                    (self.tr("Overdue, not yet answered"), len(c.overdue_tickets)),
                    (self.tr("Participant satisfied"), c.confirmed_satisfied),
                    (self.tr("Participant not satisfied"), c.confirmed_not_satisfied),
                ),
                note=self.tr(
                    "On time: first answer no later than the SLA due date in working days "
                    "(in person and phone 1, written 3; with coordination 3 and 5)."
                ),
            ),
            self._counts(
                "complaints_by_channel",
                self.tr("Complaints by channel"),
                self.tr("Channel"),
                self.tr("Count"),
                c.by_channel,
                lambda key: _relabel(Channel, key, lang),
            ),
            self._counts(
                "complaints_by_category",
                self.tr("Complaints by category"),
                self.tr("Category"),
                self.tr("Count"),
                c.by_category,
                lambda key: _relabel(Category, key, lang),
            ),
            ScreenTable(
                "complaints_overdue",
                self.tr("Overdue complaints"),
                (self.tr("Complaint reference"),),
                tuple((ticket,) for ticket in c.overdue_tickets),
                note=self.tr("LOKAL-...: not yet sent to the server, no ticket number yet."),
            ),
        )

    def _counts(
        self,
        slug: str,
        title: str,
        what: str,
        how_many: str,
        items: tuple[Count, ...],
        label: Callable[[str], str],
        *,
        note: str = "",
    ) -> ScreenTable:
        rows = tuple((label(c.key), c.count) for c in items)
        return ScreenTable(
            slug,
            title,
            (what, how_many),
            rows,
            _bars([(name, float(n)) for name, n in rows]),
            note,
        )

    # -- from the office server ---------------------------------------------------------

    def server(self, summary: ReportSummary) -> tuple[ScreenTable, ...]:
        q, k = summary.queue, summary.skm
        wait, serve = q.standard_waiting_minutes, q.standard_service_minutes
        lang = self.lang()
        mark = ":" if lang == "en" else "."  # 09:00 in English, 09.00 in Indonesian
        hours = [f"{line.hour:02d}{mark}00" for line in q.per_hour]
        return (
            ScreenTable(
                "queue_summary",
                self.tr("Queue"),
                (self.tr("Measure"), self.tr("Value")),
                (
                    (self.tr("Tickets issued"), q.issued),
                    (self.tr("Tickets served"), q.served),
                    (self.tr("No-shows"), q.no_shows),
                    (self.tr("Cancelled"), q.cancelled),
                    (self.tr("Median waiting time (min)"), one_place(q.waiting.median_minutes)),
                    (self.tr("P90 waiting time (min)"), one_place(q.waiting.p90_minutes)),
                    (
                        self.tr("Waited under {n} min (%)").format(n=wait),
                        pct(_share(q.waiting)),
                    ),
                    (self.tr("Median service time (min)"), one_place(q.service.median_minutes)),
                    (self.tr("P90 service time (min)"), one_place(q.service.p90_minutes)),
                    (
                        self.tr("Served within {n} min (%)").format(n=serve),
                        pct(_share(q.service)),
                    ),
                ),
                note=self.tr(
                    "Standards: waiting under {wait} minutes, service {serve} minutes per "
                    "file. P90: 90% of tickets took this long or less."
                ).format(wait=wait, serve=serve),
            ),
            ScreenTable(
                "queue_per_hour",
                self.tr("Tickets per hour"),
                (self.tr("Hour"), self.tr("Tickets"), self.tr("Median wait (min)")),
                tuple(
                    (hour, line.issued, one_place(line.waiting.median_minutes))
                    for hour, line in zip(hours, q.per_hour, strict=True)
                ),
                _bars([(h, float(line.issued)) for h, line in zip(hours, q.per_hour, strict=True)]),
            ),
            ScreenTable(
                "queue_per_service",
                self.tr("Tickets per service"),
                (
                    self.tr("Service"),
                    self.tr("Tickets"),
                    self.tr("Served"),
                    self.tr("No-shows"),
                    self.tr("Median wait"),
                    self.tr("P90 wait"),
                    self.tr("Median service"),
                    self.tr("P90 service"),
                ),
                tuple(
                    (
                        line.label,
                        line.issued,
                        line.served,
                        line.no_shows,
                        one_place(line.waiting.median_minutes),
                        one_place(line.waiting.p90_minutes),
                        one_place(line.service.median_minutes),
                        one_place(line.service.p90_minutes),
                    )
                    for line in q.per_service
                ),
                _bars([(line.label, float(line.issued)) for line in q.per_service]),
                self.tr("Times in minutes."),
            ),
            ScreenTable(
                "queue_per_officer",
                self.tr("Service per officer"),
                (
                    self.tr("Officer"),
                    self.tr("Called"),
                    self.tr("Served"),
                    self.tr("No-shows"),
                    self.tr("Median service (min)"),
                    self.tr("P90 service (min)"),
                    self.tr("Within {n} min (%)").format(n=serve),
                ),
                tuple(
                    (
                        line.label,
                        line.called,
                        line.served,
                        line.no_shows,
                        one_place(line.service.median_minutes),
                        one_place(line.service.p90_minutes),
                        pct(_share(line.service)),
                    )
                    for line in q.per_officer
                ),
                _bars([(line.label, float(line.served)) for line in q.per_officer]),
                self.tr("A ticket counts for the officer who last called, started or finished it."),
            ),
            ScreenTable(
                "skm_summary",
                self.tr("Community Satisfaction Survey (SKM)"),
                (self.tr("Measure"), self.tr("Value")),
                (
                    (self.tr("Respondents"), k.respondents),
                    (self.tr("Complete respondents (9 elements)"), k.complete_respondents),
                    (self.tr("SKM index (25-100)"), k.index),
                    (
                        self.tr("Service quality"),
                        f"{k.grade} ({k.grade_label})" if k.grade else None,
                    ),
                ),
                decimals=2,
            ),
            ScreenTable(
                "skm_elements",
                self.tr("SKM per element"),
                (self.tr("No"), self.tr("Element"), self.tr("Answers"), self.tr("NRR (1-4)")),
                tuple(
                    (e.number, _element(e.number, e.label, lang), e.answers, e.nrr)
                    for e in k.elements
                ),
                Chart(
                    tuple(f"U{e.number} {_element(e.number, e.label, lang)}" for e in k.elements),
                    tuple(e.nrr or 0.0 for e in k.elements),
                    maximum=4.0,
                )
                if k.elements
                else None,
                self.tr("Index = sum of (NRR x 1/9) x 25 (PermenPANRB 14/2017)."),
                decimals=2,
            ),
        )


def _share(d: DurationsOut) -> float | None:
    return d.within_standard / d.count if d.count else None


def _element(number: int, label: str, lang: str) -> str:
    elements = list(SkmElement)
    return elements[number - 1].label(lang) if 1 <= number <= len(elements) else label


def csv_cell(value: Cell) -> str:
    return "" if value is None else str(value)


def write_csv(table: ScreenTable, path: Path) -> Path:
    """``table`` as CSV at ``path`` (header row, then the rows); the path."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(table.columns)
        writer.writerows([csv_cell(v) for v in row] for row in table.rows)
    return path
