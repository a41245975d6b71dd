"""Render the office report PDF (queue, services, complaints, SKM) to PNG pages in
docs/screenshots/report-<n>.png with pdftoppm (poppler-utils), from a seeded SQLite
database (the benchmark's random rows: 3,000 tickets, 300 complaints, 60 surveys). Look
at every page after a change: charts readable, nothing cut off or overlapping.

    .venv/bin/python tools/report_screenshots.py
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from anjungan.server.db import open_database
from anjungan.server.reports import ReportQuery, build_report, render_report_pdf
from tests.helpers.report_seed import (
    OFFICE,
    ZONE,
    insert_complaints,
    insert_received,
    insert_tickets,
    random_complaints,
    random_tickets,
)

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
FIRST = date(2026, 11, 2)


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (apt-get install poppler-utils)", file=sys.stderr)
        return 1
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'server.sqlite3'}")
        insert_tickets(db, random_tickets(3000, FIRST, 20))
        insert_complaints(db, random_complaints(300, FIRST, 20))
        at = datetime(2026, 11, 10, 3, tzinfo=UTC)
        surveys = [
            {"answers": [rng.choice([2, 3, 3, 4, 4]) for _ in range(9)], "face": rng.randint(2, 4)}
            for _ in range(60)
        ]
        insert_received(db, "survey", surveys, at)
        changes = ["alamat", "nomor_telepon", "faskes", "kelas", "alamat", "alamat"]
        insert_received(db, "data_change", [{"change_type": c} for c in changes], at)
        topics = ["iuran", "denda", "faskes", "iuran"]
        insert_received(db, "info_request", [{"topic": t} for t in topics], at)
        query = ReportQuery(OFFICE, FIRST, date(2026, 11, 30))
        data = build_report(db, query, today=date(2026, 12, 1), zone=ZONE, office_name="KC Bekasi")
        pdf = render_report_pdf(
            data, Path(tmp) / "report.pdf", generated_at=datetime(2026, 12, 1, 9, tzinfo=ZONE)
        )
        db.dispose()
        OUT.mkdir(parents=True, exist_ok=True)
        for old in OUT.glob("report-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(OUT / "report")], check=True)
    for page in sorted(OUT.glob("report-*.png")):
        print(page)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
