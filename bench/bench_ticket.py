"""Queue ticket, tap to paper: issued by the server, rendered, on a network printer's socket.

Figure: p95 of the time from asking the real server for a ticket to the last byte of the
print job arriving at a loopback ESC/POS printer (`bench.loopback_printer`, answering
status queries as a real one does), along the kiosk's own path: `ApiClient.issue_ticket`
(``POST /v1/queue/tickets`` over HTTP to the real app on loopback, SQLite, the demo data
of `tests.helpers.demo_server`), `kiosk.screens.slips.queue_ticket`, then
`printing.service.print_document` to ``tcp://127.0.0.1:port`` (status asked before and
after the job, as the kiosk's printer does). The hand-out confirmation that follows is
not timed. Baseline, same run, interleaved: the same ticket's ESC/POS bytes sent on a
fresh connection to the same listener (connect, send, hang up), timed the same way. The
ratio is what the server round trip, the layout and the status checks cost over the bare
bytes on the wire. Services are taken in turn so no line reaches its 999 a day.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.queue_policy import PriorityReason
from anjungan.core.wire.queue import IssueTicketRequest
from anjungan.kiosk.screens.slips import queue_ticket
from anjungan.printing.escpos_render import render_escpos
from anjungan.printing.layout import PAPER_80
from anjungan.printing.service import PrintJournal, print_document
from anjungan.sync.api import ApiClient
from bench.harness import Result, percentile
from bench.loopback_printer import LoopbackPrinter, raw_send
from tests.helpers.demo_server import demo_server

OFFICE_NAME = "MPP Kota Jakarta Pusat"
WARM_UP = 5


def _ms(samples: list[float], pct: float) -> float:
    return percentile(samples, pct) * 1000


def run(quick: bool = False) -> list[Result]:
    n = 30 if quick else 300
    ours: list[float] = []
    issue: list[float] = []
    base: list[float] = []
    sizes: list[int] = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        LoopbackPrinter() as printer,
        demo_server(Path(tmp), FixedClock()) as server,
    ):
        api = ApiClient(server.base_url, server.token)
        journal = PrintJournal()
        services = [s.code for s in api.queue_services() if s.active]
        for i in range(WARM_UP + n):
            request = IssueTicketRequest(service=services[i % len(services)])
            if i % 7 == 3:
                request = IssueTicketRequest(
                    service=request.service, priority=PriorityReason.ELDERLY
                )
            start = time.perf_counter()
            ticket = api.issue_ticket(request)
            issued = time.perf_counter()
            doc = queue_ticket(ticket, OFFICE_NAME, WIB)
            outcome = print_document(doc, printer.uri, journal=journal)
            job = printer.next_job()
            if not outcome.ok:
                raise RuntimeError(f"the benchmark's ticket was not printed: {outcome.error}")
            api.hand_out(ticket.id, "printed")
            payload = render_escpos(doc, PAPER_80)
            raw_start = time.perf_counter()
            raw_send(printer.port, payload)
            raw = printer.next_job()
            if raw.size != len(payload):
                raise RuntimeError("the listener lost bytes of the raw send")
            if i < WARM_UP:
                continue
            ours.append(job.last_byte_at - start)
            issue.append(issued - start)
            base.append(raw.last_byte_at - raw_start)
            sizes.append(job.size)
        api.close()
    return [
        Result(
            name=f"ticket: issue to last byte on the printer socket p95 ({n} tickets)",
            value=_ms(ours, 95),
            baseline_name="raw socket send of the same bytes",
            baseline=_ms(base, 95),
            unit="ms",
            note=(
                f"p50 {_ms(ours, 50):.1f} ms (issue over HTTP p50 {_ms(issue, 50):.1f} ms);"
                f" raw p50 {_ms(base, 50):.2f} ms; ~{sum(sizes) // len(sizes):,} bytes a job;"
                " SQLite server in this process on loopback; status asked before and after"
            ),
        )
    ]
