"""Printing to a network printer over real loopback TCP: the bytes that arrive are the
rendered ticket, status answers are honoured, and a printer that refuses, never accepts
or stops reading fails within the 3 s deadline (asserted < 3.5 s: a behaviour bound)."""

from __future__ import annotations

import time

from anjungan.printing import samples
from anjungan.printing.errors import CoverOpen, PaperOut, PrinterOffline, PrinterTimeout
from anjungan.printing.escpos_render import render_escpos
from anjungan.printing.jobs import Deadline, PrintJob
from anjungan.printing.layout import PAPER_58, PAPER_80
from anjungan.printing.service import PrintJournal, print_document, printer_status
from anjungan.printing.status import query_bytes
from anjungan.printing.tcp_transport import TcpTransport
from tests.integration.printing.fake_printers import (
    COVER_OPEN,
    PAPER_OUT,
    fake_printer,
    full_backlog,
    unreachable_port,
)

BOUND_S = 3.5
QUERY = query_bytes()


def test_ticket_arrives_byte_for_byte_without_status_queries() -> None:
    with fake_printer(None) as printer:
        outcome = print_document(samples.ticket(), f"{printer.uri}?status=0&paper=58")
        received = printer.finish()
    assert outcome.ok, outcome.error
    assert received == render_escpos(samples.ticket(), PAPER_58)
    assert not outcome.confirmed


def test_answering_printer_is_asked_before_and_confirms_after_the_ticket() -> None:
    with fake_printer() as printer:
        outcome = print_document(samples.ticket(), printer.uri)
        received = printer.finish()
    assert outcome.ok, outcome.error
    assert outcome.confirmed
    assert outcome.status is not None
    assert outcome.status.paper_out is False
    assert received == QUERY + render_escpos(samples.ticket(), PAPER_80) + QUERY


def test_silent_printer_gets_the_ticket_unconfirmed_after_a_short_wait() -> None:
    with fake_printer(None) as printer:
        started = time.monotonic()
        outcome = print_document(samples.ticket(), printer.uri)
        elapsed = time.monotonic() - started
        received = printer.finish()
    assert outcome.ok, outcome.error
    assert not outcome.confirmed
    assert received == QUERY + render_escpos(samples.ticket(), PAPER_80)
    assert 0.4 < elapsed < 1.5  # the 0.5 s status patience, not the whole deadline


def test_paper_out_is_reported_and_the_ticket_is_not_sent() -> None:
    journal = PrintJournal()
    with fake_printer(PAPER_OUT) as printer:
        outcome = print_document(samples.ticket(), printer.uri, journal=journal)
        received = printer.finish()
    assert isinstance(outcome.error, PaperOut)
    assert received == QUERY
    assert journal.printed(outcome.document_id) == 0


def test_cover_open_is_reported() -> None:
    with fake_printer(COVER_OPEN) as printer:
        outcome = print_document(samples.va_slip(), printer.uri)
        printer.finish()
    assert isinstance(outcome.error, CoverOpen)


def test_status_can_be_asked_on_its_own() -> None:
    with fake_printer(PAPER_OUT) as printer:
        status = printer_status(printer.uri, timeout_s=2.0)
        printer.finish()
    assert status is not None
    assert status.paper_out is True
    assert isinstance(status.problem(), PaperOut)


def test_refused_connection_is_offline_at_once() -> None:
    started = time.monotonic()
    outcome = print_document(samples.ticket(), f"tcp://127.0.0.1:{unreachable_port()}")
    elapsed = time.monotonic() - started
    assert isinstance(outcome.error, PrinterOffline)
    assert elapsed < 1.0
    assert outcome.elapsed_s < 1.0


def test_printer_that_never_accepts_the_connection_times_out_in_time() -> None:
    with full_backlog() as port:
        started = time.monotonic()
        outcome = print_document(samples.ticket(), f"tcp://127.0.0.1:{port}", timeout_s=3.0)
        elapsed = time.monotonic() - started
    assert isinstance(outcome.error, PrinterTimeout)
    assert elapsed < BOUND_S


def test_printer_that_accepts_but_never_reads_times_out_in_time() -> None:
    doc = samples.ticket()
    # More than every socket buffer between us and the printer can hold.
    job = PrintJob(doc.document_id, doc, render_escpos(doc) * 4000)
    assert len(job.payload) > 16 * 1024 * 1024
    with fake_printer(None, read=False) as printer:
        started = time.monotonic()
        try:
            TcpTransport("127.0.0.1", printer.port, query_status=False).deliver(job, Deadline(3.0))
            raised = None
        except PrinterTimeout as error:
            raised = error
        elapsed = time.monotonic() - started
    assert isinstance(raised, PrinterTimeout)
    assert elapsed < BOUND_S


def test_printer_that_stops_reading_after_its_status_fails_unconfirmed_in_time() -> None:
    # It answered the first three queries, then jammed: the ticket fits in the socket
    # buffers, so only the missing confirmation reveals that it never read it.
    with fake_printer(stop_reading_after=3) as printer:
        started = time.monotonic()
        outcome = print_document(samples.ticket(), printer.uri, timeout_s=3.0)
        elapsed = time.monotonic() - started
    assert isinstance(outcome.error, PrinterTimeout)
    assert elapsed < BOUND_S


def test_printer_named_by_host_name_is_reached() -> None:
    with fake_printer(None) as printer:
        outcome = print_document(samples.ticket(), f"tcp://localhost:{printer.port}?status=0")
        received = printer.finish()
    assert outcome.ok, outcome.error
    assert received == render_escpos(samples.ticket(), PAPER_80)


def test_unknown_host_name_fails_within_the_deadline() -> None:
    started = time.monotonic()
    outcome = print_document(samples.ticket(), "tcp://no-such-printer.invalid:9100", timeout_s=2.0)
    assert isinstance(outcome.error, PrinterOffline | PrinterTimeout)
    assert time.monotonic() - started < 2.5
