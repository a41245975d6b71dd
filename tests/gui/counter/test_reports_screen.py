"""The counter's Reports screen: this computer's figures on a seeded store (expected
numbers counted here from the seeded facts), today and this month, a bar chart per
count, CSV export of a table as shown, the server's part "unavailable offline" with no
server, and the queue figures of the real server on a loopback port once logged in."""

from __future__ import annotations

import csv
import socket
from collections import Counter as Tally
from datetime import date
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from anjungan.core.domain.segments import Segment
from anjungan.core.store.engine import Store
from anjungan.counter.app import Counter
from anjungan.counter.screens.reports.controller import ReportsController
from anjungan.counter.screens.reports.view import PeriodKind, ReportsView, TableBlock
from anjungan.sync.api import ApiClient
from tests.gui.counter.conftest import MakeCounter
from tests.gui.counter.test_login_and_queue import (  # noqa: F401 (fixtures)
    WAIT,
    Live,
    gated,
    live,
    logged_in,
)
from tests.helpers.local_report_seed import (
    DATA_CHANGES,
    INFO_REQUESTS,
    NOW,
    REGISTRATIONS,
    seed,
)
from tests.integration.server.conftest import PASSWORD

MONTH_START = date(2026, 11, 1)


def _reports(counter: Counter) -> tuple[ReportsController, ReportsView]:
    controller = counter.reports
    return controller, controller.view


def _open(qtbot: QtBot, counter: Counter) -> ReportsView:
    counter.window.show_screen("reports")
    _, view = _reports(counter)
    qtbot.waitUntil(lambda: view.blocks["complaints_summary"].content is not None)
    qtbot.waitUntil(lambda: not counter.worker.busy and not counter.net.busy)
    return view


def _choose(qtbot: QtBot, counter: Counter, kind: PeriodKind) -> None:
    controller, view = _reports(counter)
    before = controller.local
    view.period_kind.setCurrentIndex(view.period_kind.findData(kind.value))
    qtbot.waitUntil(lambda: controller.local is not before)
    qtbot.waitUntil(lambda: not counter.worker.busy and not counter.net.busy)


def _rows(block: TableBlock) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in block.cell_texts()}


def _in(day: date, first: date, last: date) -> bool:
    return first <= day <= last


@pytest.fixture
def seeded(store: Store) -> Store:
    seed(store)
    return store


@pytest.mark.usefixtures("seeded")
def test_today_and_this_month_show_the_counts_of_the_seeded_records(
    make_counter: MakeCounter, qtbot: QtBot
) -> None:
    counter = make_counter(NOW)
    view = _open(qtbot, counter)
    assert view.period_text.text() == "Periode: 23 Nov 2026"
    today = NOW.date()
    segments = Tally(r.segment for r in REGISTRATIONS if r.at.date() == today)
    assert _rows(view.blocks["registrations_by_segment"]) == {
        "PBPU Mandiri (pekerja bukan penerima upah)": [str(segments["PBPU"])],
    }
    people = sum(r.members for r in REGISTRATIONS if r.at.date() == today)
    assert view.blocks["registrations_by_segment"].note.text() == f"Jumlah jiwa terdaftar: {people}"

    _choose(qtbot, counter, PeriodKind.MONTH)
    assert view.period_text.text() == "Periode: 1 Nov 2026 – 23 Nov 2026"
    changes = Tally(c.key for c in DATA_CHANGES if _in(c.at.date(), MONTH_START, today))
    assert _rows(view.blocks["data_changes_by_type"]) == {
        "Perubahan FKTP": [str(changes["fktp"])],
        "Nomor HP, email, alamat": [str(changes["contact"])],
        "Perubahan kelas rawat": [str(changes["care_class"])],
    }
    topics = _rows(view.blocks["info_requests_by_topic"])
    expected = Tally(i.key for i in INFO_REQUESTS if _in(i.at.date(), MONTH_START, today))
    assert topics == {
        "Iuran, tagihan, virtual account": [str(expected["contributions"])],
        "Aplikasi Mobile JKN": [str(expected["mobile_jkn"])],
        "Pendaftaran peserta baru": [str(expected["registration"])],
    }
    summary = _rows(view.blocks["complaints_summary"])
    # Hand count of the seeded complaints of November (see local_report_seed): four
    # received, two answered of which one on time, closed after 2 and 6 working days,
    # the one of Wed 4 Nov never answered, one satisfied and one not.
    assert summary["Pengaduan diterima"] == ["4"]
    assert summary["Dijawab tepat waktu (SLA)"] == ["1"]
    assert summary["Kepatuhan SLA (%)"] == ["50,0"]
    assert summary["Rata-rata hari kerja sampai ditutup"] == ["4,0"]
    assert summary["Lewat batas waktu, belum dijawab"] == ["1"]
    assert (summary["Peserta menyatakan puas"], summary["Peserta menyatakan tidak puas"]) == (
        ["1"],
        ["1"],
    )
    assert _rows(view.blocks["complaints_by_channel"]) == {
        "Langsung (kantor, UP3, loket MPP)": ["2"],
        "Lisan (telepon, hotline, Care Center 165)": ["1"],
        "Tertulis (situs web, email, surat)": ["1"],
    }
    [[overdue]] = view.blocks["complaints_overdue"].cell_texts()
    assert overdue.startswith("LOKAL-")


@pytest.mark.usefixtures("seeded")
def test_a_bar_per_count_with_lengths_in_proportion(
    make_counter: MakeCounter, qtbot: QtBot
) -> None:
    counter = make_counter(NOW)
    view = _open(qtbot, counter)
    chart = view.blocks["info_requests_by_topic"].chart
    assert chart.isVisible()
    assert chart.chart is not None
    assert dict(zip(chart.chart.labels, chart.chart.values, strict=True)) == {
        "Iuran, tagihan, virtual account": 3.0,
        "Pendaftaran peserta baru": 1.0,
    }
    assert chart.bar_width(3.0) == pytest.approx(3 * chart.bar_width(1.0))
    assert chart.height() >= 2 * 26  # two rows of bars
    assert "Iuran, tagihan, virtual account: 3" in chart.accessibleDescription()
    qtbot.waitUntil(lambda: not chart.grab().isNull())


@pytest.mark.usefixtures("seeded")
def test_a_table_is_saved_as_csv_as_shown_with_machine_numbers(
    make_counter: MakeCounter, qtbot: QtBot, tmp_path: Path
) -> None:
    counter = make_counter(NOW)
    view = _open(qtbot, counter)
    _choose(qtbot, counter, PeriodKind.MONTH)
    asked: list[str] = []

    def choose(suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / suggested

    view.choose_path = choose
    block = view.blocks["complaints_summary"]
    block.export.click()
    qtbot.waitUntil(lambda: view.status.text().startswith("Tersimpan"))
    assert asked == ["laporan_complaints_summary_20261101_20261123.csv"]
    with (tmp_path / asked[0]).open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Ukuran", "Nilai"]
    values = dict(rows[1:])
    assert values["Pengaduan diterima"] == "4"
    assert values["Kepatuhan SLA (%)"] == "50.0"
    assert values["Rata-rata hari kerja sampai ditutup"] == "4.0"


@pytest.mark.usefixtures("seeded")
def test_without_a_server_the_queue_part_is_unavailable_and_the_local_part_shown(
    make_counter: MakeCounter, qtbot: QtBot
) -> None:
    counter = make_counter(NOW)
    view = _open(qtbot, counter)
    assert view.server_notice.isVisible()
    assert "tidak tersedia saat offline" in view.server_notice.text()
    assert not view.blocks["queue_summary"].isVisible()
    assert view.blocks["complaints_summary"].isVisible()
    # A client whose server does not answer (nothing listens there) is offline too.
    client = ApiClient(_nobody_listening(), "token", connect_timeout=1.0, read_timeout=1.0)
    counter.reports.client = lambda: client
    view.refresh_button.click()
    qtbot.waitUntil(lambda: not counter.net.busy, timeout=WAIT)
    client.close()
    assert view.server_notice.isVisible() and not view.server_shown
    assert "tidak tersedia saat offline" in view.server_notice.text()


def test_logged_in_the_queue_figures_come_from_the_office_server(
    gated: MakeCounter,  # noqa: F811 (fixture)
    live: Live,  # noqa: F811 (fixture)
    qtbot: QtBot,
) -> None:
    answer = requests.post(
        f"{live.base}/v1/auth/login",
        json={"username": "officer1", "password": PASSWORD},
        timeout=10,
    )
    officer = {"Authorization": f"Bearer {answer.json()['token']}"}
    supervisor = requests.post(
        f"{live.base}/v1/auth/login",
        json={"username": "supervisor1", "password": PASSWORD},
        timeout=10,
    ).json()["token"]
    setup = requests.put(
        f"{live.base}/v1/queue/counters/1",
        json={"name": "Loket 1", "services": []},
        headers={"Authorization": f"Bearer {supervisor}"},
        timeout=10,
    )
    assert setup.status_code == 200, setup.text
    tickets = [live.issue() for _ in range(3)]
    for ticket in tickets[:2]:
        for step, body in (("call", {"counter": 1}), ("start", None), ("finish", {})):
            moved = requests.post(
                f"{live.base}/v1/queue/tickets/{ticket['id']}/{step}",
                json=body,
                headers=officer,
                timeout=10,
            )
            assert moved.status_code == 200, moved.text
    counter = gated()
    logged_in(qtbot, counter, "officer1")
    counter.window.show_screen("reports")
    view = counter.reports.view
    qtbot.waitUntil(lambda: view.server_shown, timeout=WAIT)
    queue = _rows(view.blocks["queue_summary"])
    assert queue["Tiket diambil"] == ["3"]
    assert queue["Tiket dilayani"] == ["2"]
    officers = _rows(view.blocks["queue_per_officer"])
    assert list(officers) == ["officer1"]
    assert officers["officer1"][:3] == ["2", "2", "0"]  # called, served, no-shows
    assert not view.server_notice.isVisible()
    assert view.blocks["skm_summary"].isVisible()


def _nobody_listening() -> str:
    """A loopback URL where nothing listens (the port was bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.usefixtures("seeded")
def test_switching_to_english_relabels_the_tables_without_reading_again(
    make_counter: MakeCounter, qtbot: QtBot
) -> None:
    counter = make_counter(NOW)
    view = _open(qtbot, counter)
    read = counter.reports.local
    counter.languages.set_language("en")
    block = view.blocks["registrations_by_segment"]
    qtbot.waitUntil(lambda: block.title.text() == "Registrations by segment")
    assert _rows(block) == {Segment.PBPU.label("en"): ["2"]}
    assert view.period_text.text() == "Period: 23 Nov 2026"
    assert counter.reports.local is read
