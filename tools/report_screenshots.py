"""Render the office report PDF (queue, services, complaints, SKM) to PNG pages in
docs/screenshots/report-<n>.png with pdftoppm (poppler-utils), from a seeded SQLite
database (the benchmark's random rows: 3,000 tickets, 300 complaints, 60 surveys; the
tickets moved into four of the office's real queue lines, named as a server names them,
and handed out among five officers, one without an account, so the per-officer page has
rows; data changes and information requests of real types and topics). Look at every
page after a change: charts readable, nothing cut off or overlapping.

    .venv/bin/python tools/report_screenshots.py
"""

from __future__ import annotations

import dataclasses
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.helpers

from sqlalchemy import insert

from anjungan.core.domain.queue import DEFAULT_SERVICES
from anjungan.server.admin import create_officer
from anjungan.server.db import Database, open_database
from anjungan.server.models.queue import QueueService
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
OFFICERS = {
    "ani": "Ani Lestari",
    "budi": "Budi Santoso",
    "citra": "Citra Dewi Anggraeni Kusumawardhani",  # a long name must still fit
    "dedi": "Dedi Prasetyo",
}
WITHOUT_ACCOUNT = "eko"  # shows as its username
LINES = {  # the seed's line codes -> the office's lines
    "pendaftaran": "new_registration",
    "perubahan_data": "data_change",
    "informasi": "info_complaint",
    "pengaduan": "family_change",
}


def insert_lines(db: Database) -> None:
    """The office's queue lines with their names and standards, as the server seeds them."""
    with db.write() as session:
        session.execute(
            insert(QueueService),
            [
                {
                    "office_code": OFFICE,
                    "code": s.code,
                    "prefix": s.prefix,
                    "name_id": s.name_id,
                    "name_en": s.name_en,
                    "first_number": s.first_number,
                    "last_number": s.last_number,
                    "standard_service_minutes": s.standard_service_minutes,
                    "standard_waiting_minutes": s.standard_waiting_minutes,
                    "active": True,
                    "position": position,
                }
                for position, s in enumerate(DEFAULT_SERVICES)
            ],
        )


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (apt-get install poppler-utils)", file=sys.stderr)
        return 1
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'server.sqlite3'}")
        for username, name in OFFICERS.items():
            create_officer(db, username, "rahasia-123", office_code=OFFICE, display_name=name)
        insert_lines(db)
        handlers = [*OFFICERS, WITHOUT_ACCOUNT]
        tickets = [
            dataclasses.replace(
                spec, service=LINES[spec.service], officer=handlers[i % len(handlers)]
            )
            for i, spec in enumerate(random_tickets(3000, FIRST, 20))
        ]
        insert_tickets(db, tickets)
        insert_complaints(db, random_complaints(300, FIRST, 20))
        at = datetime(2026, 11, 10, 3, tzinfo=UTC)
        surveys = [
            {"answers": [rng.choice([2, 3, 3, 4, 4]) for _ in range(9)], "face": rng.randint(2, 4)}
            for _ in range(60)
        ]
        insert_received(db, "survey", surveys, at)
        changes = ["contact", "identity", "fktp", "care_class", "contact", "contact"]
        insert_received(db, "data_change", [{"change_type": c} for c in changes], at)
        topics = ["contributions", "arrears", "fktp_change", "contributions"]
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
    # pdftoppm pads page numbers once there are ten pages or more: keep report-<n>.png.
    for page in OUT.glob("report-0*.png"):
        page.rename(OUT / f"report-{int(page.stem.removeprefix('report-'))}.png")
    for page in sorted(OUT.glob("report-*.png"), key=lambda p: int(p.stem.split("-")[1])):
        print(page)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
