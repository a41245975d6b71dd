"""What every transport shares: the job it is given, the deadline it must keep, what it
reports back, and the `Transport` interface itself.

A `Deadline` is created once per print (3 s by default) and every blocking step asks it
how long it may still take, so the time limit holds for the whole job, not per step.
Pure data and the interface: no I/O here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from anjungan.printing.documents import ThermalDocument
from anjungan.printing.errors import PrinterTimeout
from anjungan.printing.layout import PAPER_80, Paper
from anjungan.printing.status import PrinterStatus
from anjungan.printing.thermal_text import DEFAULT_CODEPAGE


class Deadline:
    """A point in monotonic time; every blocking step asks it how long it may take."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds

    def remaining(self) -> float:
        return max(0.0, self._end - self._clock())

    def expired(self) -> bool:
        return self.remaining() <= 0.0

    def check(self) -> float:
        """The time left; `PrinterTimeout` when there is none."""
        left = self.remaining()
        if left <= 0.0:
            raise PrinterTimeout(self.seconds)
        return left


@dataclass(frozen=True)
class PrintJob:
    """A rendered document, ready to send. ``payload`` is the ESC/POS stream."""

    document_id: str
    document: ThermalDocument
    payload: bytes
    paper: Paper = PAPER_80
    codepage: str = DEFAULT_CODEPAGE
    copy_number: int = 1


@dataclass(frozen=True)
class Delivery:
    bytes_sent: int
    confirmed: bool
    """True when the printer acknowledged having read the whole job."""
    status: PrinterStatus | None = None
    artifact: Path | None = None
    """The file written, for ``png://``."""


class Transport(Protocol):
    def deliver(self, job: PrintJob, deadline: Deadline) -> Delivery: ...

    def status(self, deadline: Deadline) -> PrinterStatus | None: ...
