"""Printing a document, start to finish, in bounded time: the API the programs call.

`print_document(doc, target)` renders the ESC/POS bytes first (no device involved), then
hands them to the target's transport with one `Deadline` for the whole job (3 s by
default) and returns a `PrintOutcome`: printed, or the `PrinterError` that says why not.
It blocks the calling thread for at most the timeout plus rendering time, so the GUI calls
it from a worker thread and never from its own. It is thread-safe: nothing is shared
between calls except the injected `PrintJournal`, which counts originals and reprints
per document id and serialises prints of the same document, so a double tap cannot
print two "originals". A failed print is not counted as printed (DESIGN.md "Data flow" 5:
a ticket counts as handed out once printed, or shown on screen with its QR).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from anjungan.printing.documents import ThermalDocument
from anjungan.printing.errors import PrinterError, PrinterTimeout
from anjungan.printing.escpos_render import render_escpos
from anjungan.printing.jobs import Deadline, Delivery, PrintJob, Transport
from anjungan.printing.status import PrinterStatus
from anjungan.printing.transports import transport_for
from anjungan.printing.uri import PrinterTarget, parse_printer_uri

DEFAULT_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class PrintOutcome:
    document_id: str
    copy_number: int
    """1 for the original; 2 and up for reprints."""
    error: PrinterError | None
    elapsed_s: float
    bytes_sent: int = 0
    confirmed: bool = False
    """The printer acknowledged reading the whole job (network printers with status)."""
    status: PrinterStatus | None = None
    artifact: Path | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def raise_for_error(self) -> None:
        if self.error is not None:
            raise self.error


@dataclass
class _Counts:
    printed: int = 0
    failed: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class PrintJournal:
    """How often each document was printed (in memory; one per device, injected)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, _Counts] = {}

    def _entry(self, document_id: str) -> _Counts:
        with self._lock:
            return self._entries.setdefault(document_id, _Counts())

    def printed(self, document_id: str) -> int:
        """Successful prints, original included."""
        return self._entry(document_id).printed

    def reprints(self, document_id: str) -> int:
        return max(0, self.printed(document_id) - 1)

    def failures(self, document_id: str) -> int:
        return self._entry(document_id).failed

    @contextmanager
    def hold(self, document_id: str, timeout_s: float) -> Iterator[int]:
        """Exclusive use of ``document_id`` while printing it; yields the number of earlier
        successful prints. `PrinterTimeout` if another print of it holds it too long."""
        entry = self._entry(document_id)
        if not entry.lock.acquire(timeout=max(0.0, timeout_s)):
            raise PrinterTimeout(timeout_s)
        try:
            yield entry.printed
        finally:
            entry.lock.release()

    def record(self, document_id: str, *, ok: bool) -> None:
        entry = self._entry(document_id)
        with self._lock:
            if ok:
                entry.printed += 1
            else:
                entry.failed += 1


def print_document(
    doc: ThermalDocument,
    target: PrinterTarget | str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    journal: PrintJournal | None = None,
    transport: Transport | None = None,
) -> PrintOutcome:
    """Print ``doc`` on ``target`` (a parsed target or a printer URI) within ``timeout_s``.

    Never raises `PrinterError`: it is returned in the outcome. ``transport`` replaces the
    one the target names (a fake in tests); ``journal`` numbers the copy and counts it.
    """
    started = time.monotonic()
    deadline = Deadline(timeout_s)
    document_id = doc.document_id
    copy_number = 1
    try:
        parsed = parse_printer_uri(target) if isinstance(target, str) else target
        chosen = transport or transport_for(parsed)
        if journal is None:
            delivery = _deliver(doc, parsed, chosen, deadline, copy_number)
        else:
            with journal.hold(document_id, deadline.remaining()) as earlier:
                copy_number = earlier + 1
                try:
                    delivery = _deliver(doc, parsed, chosen, deadline, copy_number)
                except PrinterError:
                    journal.record(document_id, ok=False)
                    raise
                journal.record(document_id, ok=True)
    except PrinterError as error:
        return PrintOutcome(document_id, copy_number, error, time.monotonic() - started)
    return PrintOutcome(
        document_id,
        copy_number,
        None,
        time.monotonic() - started,
        bytes_sent=delivery.bytes_sent,
        confirmed=delivery.confirmed,
        status=delivery.status,
        artifact=delivery.artifact,
    )


def _deliver(
    doc: ThermalDocument,
    target: PrinterTarget,
    transport: Transport,
    deadline: Deadline,
    copy_number: int,
) -> Delivery:
    payload = render_escpos(doc, target.paper, codepage=target.codepage, copy_number=copy_number)
    job = PrintJob(
        document_id=doc.document_id,
        document=doc,
        payload=payload,
        paper=target.paper,
        codepage=target.codepage,
        copy_number=copy_number,
    )
    return transport.deliver(job, deadline)


def printer_status(
    target: PrinterTarget | str, *, timeout_s: float = 1.5, transport: Transport | None = None
) -> PrinterStatus | None:
    """Ask the printer how it is (network printers only; None where it cannot say).

    Raises `PrinterError` when it cannot be reached. Bounded by ``timeout_s``.
    """
    parsed = parse_printer_uri(target) if isinstance(target, str) else target
    return (transport or transport_for(parsed)).status(Deadline(timeout_s))


@dataclass
class ThermalPrinter:
    """A configured receipt printer for one device: what a program's composition root
    builds once from the device's TOML and hands to the screens that print."""

    target: PrinterTarget
    journal: PrintJournal = field(default_factory=PrintJournal)
    timeout_s: float = DEFAULT_TIMEOUT_S
    transport: Transport | None = None

    @classmethod
    def from_uri(cls, uri: str, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> ThermalPrinter:
        """Raises `PrinterConfigError` for a wrong URI, at start-up rather than mid-queue."""
        return cls(parse_printer_uri(uri), timeout_s=timeout_s)

    def print(self, doc: ThermalDocument) -> PrintOutcome:
        return print_document(
            doc,
            self.target,
            timeout_s=self.timeout_s,
            journal=self.journal,
            transport=self.transport,
        )

    def status(self) -> PrinterStatus | None:
        return printer_status(self.target, timeout_s=self.timeout_s, transport=self.transport)
