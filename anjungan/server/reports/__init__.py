"""Office reports: queue service, services given, complaints and satisfaction (SKM).

`build_report(db, query, today=..., zone=...)` reads the server tables for one period and
one office (or every office) with SQLAlchemy Core and returns a `ReportData` of plain,
frozen figures; `render_report_pdf` and `write_csv` (module `output`) turn it into an A4
PDF with charts and one CSV per table. The computations are pure functions over fetched
rows (`queue`, `services`, `complaints`, `skm`); they write nothing and hold no personal
data (complaints are listed by ticket number only; officers by their display name, per
officer who last called, started or finished a ticket). `summary` maps the queue and SKM
figures onto `core.wire.reports` for `GET /v1/reports/summary` (the counter's Reports
screen). Rules come from `core.domain`: queue standards (DOMAIN.md "Queue"), complaint
SLA (seed 000, seed 002 art. 10), SKM (PermenPANRB 14/2017); the complaint figures are
`core.domain.report_figures`, shared with the counter.
"""

from anjungan.server.reports.build import build_report
from anjungan.server.reports.model import ReportData, ReportQuery
from anjungan.server.reports.output import render_report_pdf, report_document, write_csv

__all__ = [
    "ReportData",
    "ReportQuery",
    "build_report",
    "render_report_pdf",
    "report_document",
    "write_csv",
]
