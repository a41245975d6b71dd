"""Printers reached through python-escpos's device classes (USB, serial, Windows, CUPS)
or the ``lp`` command, each kept inside the job's deadline.

The escpos classes block in driver calls that cannot be interrupted (libusb, a serial
port without flow, the Windows spooler), so `EscposDriverTransport` runs open/write/close
on a daemon helper thread and stops waiting when the deadline passes: the caller gets
`PrinterTimeout` on time, and the abandoned thread ends on its own (a late ticket can
still come out; the caller was told it failed and offers the on-screen ticket). The
device class and its arguments are data, so a test can check what would be opened
without the device or its Python driver (pyusb, pyserial, pywin32, pycups) installed.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from escpos.escpos import Escpos
from escpos.exceptions import DeviceNotFoundError

from anjungan.printing.errors import (
    PrinterConfigError,
    PrinterError,
    PrinterOffline,
    PrinterTimeout,
)
from anjungan.printing.jobs import Deadline, Delivery, PrintJob
from anjungan.printing.status import PrinterStatus

# The Python package each escpos device class needs, to say what to install.
_DRIVER_PACKAGE = {
    "Usb": "pyusb",
    "Serial": "pyserial",
    "Win32Raw": "pywin32",
    "CupsPrinter": "pycups",
}


@dataclass(frozen=True)
class EscposDriverTransport:
    printer_class: type[Escpos]
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    def status(self, deadline: Deadline) -> PrinterStatus | None:
        return None

    def _check_usable(self) -> None:
        usable = getattr(self.printer_class, "is_usable", None)
        if usable is not None and not usable():
            name = self.printer_class.__name__
            package = _DRIVER_PACKAGE.get(name, "its driver")
            raise PrinterConfigError(
                f"driver printer {name} belum terpasang (paket Python {package}).",
                f"the {name} printer driver is not installed (Python package {package}).",
            )

    def _run(self, payload: bytes, outcome: list[BaseException | None]) -> None:
        try:
            printer = self.printer_class(**self.kwargs)
            printer.open()
            try:
                printer._raw(payload)
            finally:
                printer.close()
            outcome.append(None)
        except BaseException as error:  # reported to the waiting thread, never lost
            outcome.append(error)

    def deliver(self, job: PrintJob, deadline: Deadline) -> Delivery:
        self._check_usable()
        outcome: list[BaseException | None] = []
        worker = threading.Thread(
            target=self._run, args=(job.payload, outcome), name="escpos-driver", daemon=True
        )
        worker.start()
        worker.join(deadline.check())
        if worker.is_alive() or not outcome:
            raise PrinterTimeout(deadline.seconds)
        error = outcome[0]
        if error is not None:
            raise _translate(error) from error
        return Delivery(len(job.payload), confirmed=False)


def _translate(error: BaseException) -> PrinterError:
    if isinstance(error, PrinterError):
        return error
    if isinstance(error, DeviceNotFoundError):
        return PrinterOffline(
            "Perangkat printer tidak ditemukan.", "The printer device was not found."
        )
    if isinstance(error, RuntimeError):
        # python-escpos raises RuntimeError when a driver package is missing.
        return PrinterConfigError(
            "driver printer belum terpasang.", "the printer driver is not installed."
        )
    return PrinterOffline()


@dataclass(frozen=True)
class LpTransport:
    """A CUPS queue through the ``lp`` command, raw (used when pycups is not installed)."""

    queue: str
    command: str = "lp"

    def status(self, deadline: Deadline) -> PrinterStatus | None:
        return None

    def argv(self) -> list[str]:
        return [self.command, "-d", self.queue, "-o", "raw", "-t", "anjungan"]

    def deliver(self, job: PrintJob, deadline: Deadline) -> Delivery:
        if shutil.which(self.command) is None:
            raise PrinterConfigError(
                "perintah lp tidak ada (pasang cups-client).",
                "the lp command is missing (install cups-client).",
            )
        try:
            result = subprocess.run(
                self.argv(),
                input=job.payload,
                capture_output=True,
                timeout=deadline.check(),
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise PrinterTimeout(deadline.seconds) from None
        if result.returncode != 0:
            raise PrinterOffline(
                "CUPS menolak pekerjaan cetak (antrean tidak ada atau berhenti).",
                "CUPS refused the print job (queue missing or stopped).",
            )
        return Delivery(len(job.payload), confirmed=False)
