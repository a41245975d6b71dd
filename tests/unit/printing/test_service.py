"""print_document renders first, sends with a deadline, returns the error instead of
raising, and the journal counts originals and reprints per document."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from anjungan.printing import samples
from anjungan.printing.errors import PaperOut, PrinterConfigError, PrinterTimeout
from anjungan.printing.escpos_render import render_escpos
from anjungan.printing.jobs import Deadline, Delivery, PrintJob
from anjungan.printing.layout import PAPER_58
from anjungan.printing.local_transports import DummyTransport
from anjungan.printing.service import PrintJournal, ThermalPrinter, print_document
from anjungan.printing.status import PrinterStatus
from anjungan.printing.uri import parse_printer_uri


def test_sends_exactly_the_rendered_bytes_for_the_targets_paper() -> None:
    fake = DummyTransport()
    outcome = print_document(samples.ticket(), "dummy://?paper=58", transport=fake)
    assert outcome.ok
    assert outcome.error is None
    assert [job.payload for job in fake.jobs] == [render_escpos(samples.ticket(), PAPER_58)]
    assert fake.jobs[0].paper is PAPER_58
    assert outcome.bytes_sent == len(fake.jobs[0].payload)
    assert outcome.document_id == "antrean/2026-11-23/A017"


def test_printer_error_is_returned_not_raised_and_not_counted_as_printed() -> None:
    journal = PrintJournal()
    outcome = print_document(
        samples.ticket(),
        "dummy://",
        journal=journal,
        transport=DummyTransport(fail_with=PaperOut()),
    )
    assert not outcome.ok
    assert isinstance(outcome.error, PaperOut)
    assert journal.printed(outcome.document_id) == 0
    assert journal.failures(outcome.document_id) == 1


def test_bad_uri_comes_back_as_a_configuration_error() -> None:
    outcome = print_document(samples.ticket(), "lpt://1")
    assert isinstance(outcome.error, PrinterConfigError)


def test_second_print_of_a_document_is_a_marked_reprint() -> None:
    journal = PrintJournal()
    fake = DummyTransport()
    first = print_document(samples.ticket(), "dummy://", journal=journal, transport=fake)
    again = print_document(samples.ticket(), "dummy://", journal=journal, transport=fake)
    assert (first.copy_number, again.copy_number) == (1, 2)
    assert journal.printed(first.document_id) == 2
    assert journal.reprints(first.document_id) == 1
    assert b"CETAK ULANG" not in fake.jobs[0].payload
    assert b"CETAK ULANG ke-1" in fake.jobs[1].payload


def test_failed_first_attempt_does_not_make_the_retry_a_reprint() -> None:
    journal = PrintJournal()
    print_document(
        samples.ticket(), "dummy://", journal=journal, transport=DummyTransport(PaperOut())
    )
    retry = print_document(
        samples.ticket(), "dummy://", journal=journal, transport=DummyTransport()
    )
    assert retry.ok
    assert retry.copy_number == 1


def test_other_documents_are_counted_separately() -> None:
    journal = PrintJournal()
    fake = DummyTransport()
    print_document(samples.ticket(), "dummy://", journal=journal, transport=fake)
    other = replace(samples.ticket(), label="A018")
    outcome = print_document(other, "dummy://", journal=journal, transport=fake)
    assert outcome.copy_number == 1


def test_concurrent_prints_of_one_document_get_distinct_copy_numbers() -> None:
    journal = PrintJournal()
    fake = DummyTransport()
    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(
            pool.map(
                lambda _: print_document(
                    samples.ticket(), "dummy://", journal=journal, transport=fake
                ),
                range(16),
            )
        )
    assert sorted(o.copy_number for o in outcomes) == list(range(1, 17))
    assert journal.printed(samples.ticket().document_id) == 16


class _Slow:
    """A transport that holds the document until told to let go."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def deliver(self, job: PrintJob, deadline: Deadline) -> Delivery:
        self.entered.set()
        self.release.wait(5)
        return Delivery(len(job.payload), confirmed=False)

    def status(self, deadline: Deadline) -> PrinterStatus | None:
        return None


def test_waiting_behind_another_print_of_the_same_document_keeps_the_deadline() -> None:
    journal = PrintJournal()
    slow = _Slow()
    worker = threading.Thread(
        target=print_document,
        args=(samples.ticket(), "dummy://"),
        kwargs={"journal": journal, "transport": slow, "timeout_s": 5.0},
    )
    worker.start()
    try:
        assert slow.entered.wait(5)
        outcome = print_document(
            samples.ticket(), "dummy://", journal=journal, transport=DummyTransport(), timeout_s=0.2
        )
        assert isinstance(outcome.error, PrinterTimeout)
        assert outcome.elapsed_s < 1.0
    finally:
        slow.release.set()
        worker.join(5)


def test_thermal_printer_wraps_target_journal_and_timeout() -> None:
    fake = DummyTransport()
    printer = ThermalPrinter(parse_printer_uri("dummy://?paper=58"), transport=fake)
    assert printer.print(samples.va_slip()).ok
    assert printer.print(samples.va_slip()).copy_number == 2
    assert printer.status() is None
    assert len(fake.jobs) == 2
