"""Reports: the whole office report (queue, services, complaints, SKM) over a period.

Figure: seconds for `build_report` over 100,000 tickets and 10,000 complaints (quick:
10,000 / 1,000) in a SQLite file, and seconds to render its PDF. Baseline, same run, same
file: a plain ``SELECT count(*)`` of both tables plus a scan of the four ticket time
columns, i.e. the least any report must read. The ratio is the price of the figures.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from anjungan.server.db import open_database
from anjungan.server.reports import ReportQuery, build_report, render_report_pdf
from bench.harness import Result, best_of
from tests.helpers.report_seed import (
    OFFICE,
    ZONE,
    insert_complaints,
    insert_tickets,
    random_complaints,
    random_tickets,
)

FIRST = date(2026, 11, 2)


def run(quick: bool = False) -> list[Result]:
    tickets, complaints = (10_000, 1_000) if quick else (100_000, 10_000)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'server.sqlite3'}")
        insert_tickets(db, random_tickets(tickets, FIRST, 20))
        insert_complaints(db, random_complaints(complaints, FIRST, 20))
        query = ReportQuery(OFFICE, FIRST, date(2026, 11, 30))

        def scan() -> None:
            with db.engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM queue_ticket")).scalar()
                conn.execute(text("SELECT count(*) FROM complaint_event")).scalar()
                conn.execute(
                    text(
                        "SELECT issued_at, first_called_at, started_at, finished_at"
                        " FROM queue_ticket"
                    )
                ).all()

        data = build_report(db, query, today=date(2026, 12, 31), zone=ZONE)
        repeat = 3 if quick else 2
        report_s = best_of(
            lambda: build_report(db, query, today=date(2026, 12, 31), zone=ZONE), repeat
        )
        baseline_s = best_of(scan, repeat)
        start = time.perf_counter()
        render_report_pdf(data, Path(tmp) / "report.pdf")
        pdf_s = time.perf_counter() - start
        db.dispose()
    size = f"{tickets:,} tickets, {complaints:,} complaints"
    return [
        Result(
            f"report figures ({size})",
            report_s,
            "count(*) + time-column scan",
            baseline_s,
            "s",
            note=f"PDF rendered in {pdf_s:.2f} s",
        )
    ]
