"""Real-time printer status (ESC/POS DLE EOT n) and what it means for a print job.

The printer answers each ``DLE EOT n`` (``10 04 n``) with one byte, at once, even while
offline or busy. In every answer bits 1 and 4 are 1 and bits 0 and 7 are 0: a byte that
does not have that shape is not a status byte. The bits read here (Epson ESC/POS
reference, "DLE EOT"; the same on the common compatible printers):

* n=1 printer status: bit 3 = offline.
* n=2 offline cause: bit 2 = cover open; bit 3 = paper being fed by the FEED button;
  bit 5 = printing stopped because the paper ran out; bit 6 = an error occurred.
* n=4 roll paper sensor: bits 2 and 3 = paper near its end (both set);
  bits 5 and 6 = no paper (both set).

Pure: parsing and mapping only; the TCP transport sends the queries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from anjungan.printing.errors import CoverOpen, PaperOut, PrinterError, PrinterFault, PrinterOffline

DLE_EOT = b"\x10\x04"
PRINTER_STATUS = 1
OFFLINE_CAUSE = 2
PAPER_SENSOR = 4
QUERIES = (PRINTER_STATUS, OFFLINE_CAUSE, PAPER_SENSOR)
"""The queries sent before a job, in this order; the answers come back in the same order."""

_FIXED_MASK = 0b1001_0011
_FIXED_VALUE = 0b0001_0010
_OFFLINE = 1 << 3
_COVER_OPEN = 1 << 2
_PAPER_END_STOP = 1 << 5
_ERROR = 1 << 6
_NEAR_END = (1 << 2) | (1 << 3)
_NO_PAPER = (1 << 5) | (1 << 6)


def query_bytes(queries: tuple[int, ...] = QUERIES) -> bytes:
    """``DLE EOT n`` for each ``n``, concatenated."""
    return b"".join(DLE_EOT + bytes((n,)) for n in queries)


def is_status_byte(value: int) -> bool:
    return value & _FIXED_MASK == _FIXED_VALUE


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said about itself. ``None`` where it was not asked or did not say."""

    offline: bool | None = None
    cover_open: bool | None = None
    paper_out: bool | None = None
    paper_near_end: bool | None = None
    error: bool | None = None

    def problem(self) -> PrinterError | None:
        """The error that stops printing, most actionable first; None when it can print."""
        if self.cover_open:
            return CoverOpen()
        if self.paper_out:
            return PaperOut()
        if self.error:
            return PrinterFault()
        if self.offline:
            return PrinterOffline(
                "Printer melaporkan dirinya offline.", "The printer reports that it is offline."
            )
        return None


def parse_status(answers: Mapping[int, int]) -> PrinterStatus | None:
    """The status from ``{n: answer byte}``; None if any answer is not a status byte
    (then the device is not answering DLE EOT and its bytes mean something else)."""
    if not answers or not all(is_status_byte(value) for value in answers.values()):
        return None
    printer = answers.get(PRINTER_STATUS)
    cause = answers.get(OFFLINE_CAUSE)
    paper = answers.get(PAPER_SENSOR)
    paper_out: bool | None = None
    if paper is not None:
        paper_out = paper & _NO_PAPER == _NO_PAPER
    if cause is not None and cause & _PAPER_END_STOP:
        paper_out = True
    return PrinterStatus(
        offline=None if printer is None else bool(printer & _OFFLINE),
        cover_open=None if cause is None else bool(cause & _COVER_OPEN),
        paper_out=paper_out,
        paper_near_end=None if paper is None else paper & _NEAR_END == _NEAR_END,
        error=None if cause is None else bool(cause & _ERROR),
    )


def parse_answers(raw: bytes, queries: tuple[int, ...] = QUERIES) -> PrinterStatus | None:
    """The status from the bytes read after sending ``query_bytes(queries)``."""
    return parse_status(dict(zip(queries, raw, strict=False)))
