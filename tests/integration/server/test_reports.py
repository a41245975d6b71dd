"""The office report over a seeded database (SQLite, and PostgreSQL where one runs):
figures checked against answers computed here by hand (plain Python over the seeded
facts, not the report code), the PDF read back with pypdf and the CSV files parsed back."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from anjungan.cli import main
from anjungan.core.errors import ValidationError
from anjungan.server.admin import create_officer
from anjungan.server.db import Database, open_database
from anjungan.server.reports import (
    ReportData,
    ReportQuery,
    build_report,
    render_report_pdf,
    write_csv,
)
from tests.helpers.pg import temporary_database
from tests.helpers.report_seed import (
    OFFICE,
    ZONE,
    ComplaintSpec,
    TicketSpec,
    insert_complaints,
    insert_received,
    insert_tickets,
)

DAY = date(2026, 11, 2)  # a Monday; November 2026 has no national holiday
TODAY = date(2026, 11, 30)
QUERY = ReportQuery(OFFICE, DAY, date(2026, 11, 6))
# Who handled ticket i: i % 4 picks one; None stands for moves made with a device token.
OFFICERS = ("ani", "budi", "citra", None)
DISPLAY_NAMES = {"ani": "Ani Lestari", "budi": "Budi Santoso"}  # citra has no account


def _tickets() -> list[TicketSpec]:
    """200 tickets: waits 0.5, 1.0, ... 50 minutes (spread over 4 hours), services cycling
    5..24 minutes, every 10th one a no-show, plus one of another office and one out of
    the period that must not count."""
    specs = []
    for i in range(200):
        no_show = i % 10 == 9
        specs.append(
            TicketSpec(
                day=DAY + timedelta(days=i % 5),
                service="pendaftaran" if i % 2 else "informasi",
                issued_minute=(i % 4) * 60 + 5,
                wait=(i + 1) * 0.25,
                serve=None if no_show else float(5 + i % 20),
                state="no_show" if no_show else "done",
                counter=1 + i % 3,
                priority="elderly" if i % 25 == 0 else "none",
                officer=OFFICERS[i % 4],
            )
        )
    specs.append(TicketSpec(DAY, "informasi", 0, 99.0, 99.0, office="KC-LAIN"))
    specs.append(TicketSpec(DAY - timedelta(days=1), "informasi", 0, 99.0, 99.0))
    return specs


def _nearest_rank_p90(values: list[float]) -> float:
    ordered = sorted(values)
    rank = -(-9 * len(ordered) // 10)  # ceil(0.9 n), in integers
    return ordered[rank - 1]


def _middle(values: list[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=ZONE).astimezone(UTC)


def _complaints() -> list[ComplaintSpec]:
    mon, tue, wed = DAY, DAY + timedelta(days=1), DAY + timedelta(days=2)
    return [
        # direct: 1 working day -> due Tue; answered Tue: on time; closed Wed, satisfied.
        ComplaintSpec(
            "direct",
            "membership",
            _at(mon),
            (
                ("start", "in_progress", _at(mon, 10), None),
                ("answer", "answered", _at(tue), None),
                ("confirm", "confirmed", _at(tue, 11), True),
                ("close", "closed", _at(wed), None),
            ),
        ),
        # written: 3 working days -> due Thu 5 Nov; answered Mon 9 Nov: late; not satisfied;
        # closed Tue 10 Nov = 6 working days after Mon 2 Nov.
        ComplaintSpec(
            "written",
            "contributions",
            _at(mon),
            (
                ("answer", "answered", _at(DAY + timedelta(days=7)), None),
                ("confirm", "confirmed", _at(DAY + timedelta(days=7), 11), False),
                ("close", "closed", _at(DAY + timedelta(days=8)), None),
            ),
        ),
        # direct, never answered: overdue on 30 Nov.
        ComplaintSpec("direct", "membership", _at(wed)),
        # kiosk, in progress, received Fri 6 Nov (outside 2 Nov office? no: same office).
        ComplaintSpec(
            "kiosk",
            "fktp_service",
            _at(DAY + timedelta(days=4)),
            (("start", "in_progress", _at(DAY + timedelta(days=4), 10), None),),
        ),
        # another office: not counted.
        ComplaintSpec("direct", "membership", _at(mon), office="KC-LAIN"),
    ]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    with temporary_database("anjungan_reports") as url:
        yield url.render_as_string(hide_password=False)


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    for username, name in DISPLAY_NAMES.items():
        create_officer(database, username, "rahasia-123", office_code=OFFICE, display_name=name)
    insert_tickets(database, _tickets())
    assert insert_complaints(database, _complaints())[2] == 3  # the unanswered one
    surveys: list[dict[str, object]] = [
        {"answers": [4] * 9, "face": 4},
        {"answers": [4] * 9, "face": 3},
        {"answers": [3] * 9, "face": None},
        {"answers": [None] * 8 + [2], "face": None},  # answers element 9 only
    ]
    insert_received(database, "survey", surveys, _at(DAY))
    insert_received(
        database,
        "data_change",
        [{"change_type": "address"}] * 3 + [{"change_type": "phone"}],
        _at(DAY),
    )
    insert_received(database, "info_request", [{"topic": "iuran"}] * 2, _at(DAY))
    yield database
    database.dispose()


@pytest.fixture
def data(db: Database) -> ReportData:
    return build_report(db, QUERY, today=TODAY, zone=ZONE)


def _expected_queue() -> dict[str, float]:
    specs = [s for s in _tickets()[:200]]
    waits = [s.wait for s in specs if s.wait is not None]
    serves = [s.serve for s in specs if s.serve is not None]
    return {
        "wait_median": _middle(waits),
        "wait_p90": _nearest_rank_p90(waits),
        "wait_within": sum(1 for w in waits if w < 30),
        "serve_median": _middle(serves),
        "serve_p90": _nearest_rank_p90(serves),
        "serve_within": sum(1 for s in serves if s <= 15),
        "serves": len(serves),
    }


def test_queue_medians_p90_and_shares_match_hand_computation(data: ReportData) -> None:
    expected = _expected_queue()
    q = data.queue
    assert q.issued == 200 and q.no_shows == 20 and q.served == 180
    assert q.waiting.count == 200
    assert q.waiting.median_minutes == pytest.approx(expected["wait_median"])  # 25.125
    assert q.waiting.p90_minutes == pytest.approx(expected["wait_p90"])  # 45.0
    assert q.waiting.within_standard == expected["wait_within"]  # 119 waited < 30 min
    assert q.service.count == expected["serves"]
    assert q.service.median_minutes == pytest.approx(expected["serve_median"])
    assert q.service.p90_minutes == pytest.approx(expected["serve_p90"])
    assert q.service.within_standard == expected["serve_within"]


def test_queue_counts_per_service_hour_counter_and_priority(data: ReportData) -> None:
    per_service = {line.service_code: line.issued for line in data.queue.per_service}
    assert per_service == {"informasi": 100, "pendaftaran": 100}
    per_hour = {line.hour: line.issued for line in data.queue.per_hour}
    assert per_hour == {8: 50, 9: 50, 10: 50, 11: 50}
    hour_8_waits = [(i + 1) * 0.25 for i in range(200) if i % 4 == 0]
    line_8 = next(line for line in data.queue.per_hour if line.hour == 8)
    assert line_8.waiting.median_minutes == pytest.approx(_middle(hour_8_waits))
    counters = {line.counter_number: line.served for line in data.queue.per_counter}
    assert counters == {
        c: sum(1 for i in range(200) if 1 + i % 3 == c and i % 10 != 9) for c in (1, 2, 3)
    }
    priority = {c.key: c.count for c in data.queue.priority}
    assert priority == {"none": 192, "elderly": 8}


def test_per_officer_served_no_shows_and_service_times_match_hand_computation(
    data: ReportData,
) -> None:
    specs = _tickets()[:200]
    expected = {}
    for username in ("ani", "budi", "citra"):
        mine = [s for s in specs if s.officer == username]
        serves = [s.serve for s in mine if s.serve is not None]
        expected[username] = (
            DISPLAY_NAMES.get(username, username),
            len(mine),
            len(serves),
            sum(1 for s in mine if s.state == "no_show"),
            _middle(serves),
            _nearest_rank_p90(serves),
            sum(1 for v in serves if v <= 15),
        )
    got = {
        line.officer: (
            line.label,
            line.called,
            line.served,
            line.no_shows,
            line.service.median_minutes,
            line.service.p90_minutes,
            line.service.within_standard,
        )
        for line in data.queue.per_officer
    }
    assert got == expected
    # Sorted by name; tickets moved without an officer (device token) belong to nobody.
    assert [line.label for line in data.queue.per_officer] == [
        "Ani Lestari",
        "Budi Santoso",
        "citra",
    ]
    assert sum(line.called for line in data.queue.per_officer) == 150


def test_complaint_sla_overdue_close_days_and_satisfaction(data: ReportData) -> None:
    c = data.complaints
    assert c.received == 4
    assert {x.key: x.count for x in c.by_channel} == {"direct": 2, "written": 1, "kiosk": 1}
    assert c.answered == 2 and c.answered_on_time == 1
    assert c.closed == 2
    # Closed after 2 working days (Mon -> Wed) and 6 (Mon 2 -> Tue 10 Nov).
    assert c.average_working_days_to_close == pytest.approx((2 + 6) / 2)
    # Unanswered direct complaint of Wed 4 Nov (due Thu 5); the kiosk one of Fri 6 Nov
    # (kiosk is written: 3 working days, due Wed 11 Nov) is overdue by 30 Nov as well.
    assert "PGD-00000003" in c.overdue_tickets
    assert len(c.overdue_tickets) == 2
    assert (c.confirmed_satisfied, c.confirmed_not_satisfied) == (1, 1)


def test_skm_index_from_survey_payloads_uses_exact_ninths(data: ReportData) -> None:
    skm = data.skm
    assert skm.respondents == 4 and skm.complete_respondents == 3
    # Elements 1-8: (4+4+3)/3 = 11/3; element 9: (4+4+3+2)/4 = 13/4.
    # Index = (8 x 11/3 + 13/4) / 9 x 25 = 90.509... -> 90.51, grade A (88.31-100).
    exact = (8 * 11 / 3 + 13 / 4) / 9 * 25
    assert skm.index == Decimal(f"{exact:.2f}") == Decimal("90.51")
    assert skm.grade == "A"
    assert skm.elements[0].nrr == Decimal("3.67")
    assert skm.elements[8].nrr == Decimal("3.25")
    assert skm.face_count == 2


def test_services_count_data_changes_and_information_topics(data: ReportData) -> None:
    assert {c.key: c.count for c in data.services.data_changes_by_type} == {
        "address": 3,
        "phone": 1,
    }
    assert {c.key: c.count for c in data.services.info_requests_by_topic} == {"iuran": 2}


def test_pdf_holds_headings_period_and_key_numbers(data: ReportData, tmp_path: Path) -> None:
    path = render_report_pdf(data, tmp_path / "laporan.pdf", generated_at=_at(TODAY))
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    for heading in (
        "Ringkasan antrean",
        "Tiket per layanan",
        "Waktu tunggu per jam pengambilan",
        "Pengaduan menurut kanal",
        "Layanan per petugas",
        "Survei Kepuasan Masyarakat (SKM) per unsur",
    ):
        assert heading in text
    assert "2 November 2026" in text and "6 November 2026" in text
    assert "90,51" in text  # SKM index, decimal comma
    assert "25,1" in text  # median wait 25.125 minutes
    assert f"Halaman 1 dari {len(reader.pages)}" in (reader.pages[0].extract_text() or "")


def test_csv_files_parse_back_to_the_figures(data: ReportData, tmp_path: Path) -> None:
    paths = write_csv(data, tmp_path / "csv")
    assert len(paths) >= 10
    with (tmp_path / "csv" / "antrean_ringkasan.csv").open(encoding="utf-8") as f:
        rows = {row["Ukuran"]: row["Nilai"] for row in csv.DictReader(f)}
    assert rows["Tiket diambil"] == "200"
    assert float(rows["Median waktu tunggu (menit)"]) == pytest.approx(25.1)
    with (tmp_path / "csv" / "skm_ringkasan.csv").open(encoding="utf-8") as f:
        skm = {row["Ukuran"]: row["Nilai"] for row in csv.DictReader(f)}
    assert skm["Indeks SKM"] == "90.51"
    with (tmp_path / "csv" / "antrean_per_petugas.csv").open(encoding="utf-8") as f:
        officers = {row["Petugas"]: row for row in csv.DictReader(f)}
    ani = [s.serve for s in _tickets()[:200] if s.officer == "ani" and s.serve is not None]
    assert set(officers) == {"Ani Lestari", "Budi Santoso", "citra"}
    assert officers["Ani Lestari"]["Dilayani"] == str(len(ani))
    assert float(officers["Ani Lestari"]["Median layanan (menit)"]) == pytest.approx(
        round(_middle(ani), 1)
    )


def test_reversed_period_is_refused() -> None:
    with pytest.raises(ValidationError):
        ReportQuery(None, date(2026, 11, 6), date(2026, 11, 2))


def test_admin_report_command_writes_pdf_and_csv(db: Database, tmp_path: Path) -> None:
    url = str(db.engine.url)
    db.dispose()
    out = tmp_path / "r.pdf"
    code = main(
        [
            "admin",
            "--db",
            url,
            "report",
            "--office",
            OFFICE,
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-06",
            "--out",
            str(out),
            "--csv-dir",
            str(tmp_path / "c"),
        ]
    )
    assert code == 0
    assert "Ringkasan pengaduan" in "".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert (
        (tmp_path / "c" / "pengaduan_per_kanal.csv")
        .read_text(encoding="utf-8")
        .startswith("Kanal,Jumlah")
    )
