"""Choosing the transport for a printer target, and the transports' public names.

`transport_for(target)` maps each parsed printer URI (`uri.py`) to the small class that
moves bytes there: TCP (own socket code, for exact timeouts and status), device file,
python-escpos's ``Usb``/``Serial``/``Win32Raw``/``CupsPrinter`` (or the ``lp`` command
when pycups is missing), memory, or PNG files. Building a transport opens nothing.
"""

from __future__ import annotations

from escpos.printer import CupsPrinter, Serial, Usb, Win32Raw

from anjungan.printing.driver_transports import EscposDriverTransport, LpTransport
from anjungan.printing.jobs import Deadline, Delivery, PrintJob, Transport
from anjungan.printing.local_transports import DummyTransport, FileTransport, PngTransport
from anjungan.printing.tcp_transport import STATUS_PATIENCE_S, TcpTransport
from anjungan.printing.uri import (
    CupsTarget,
    DummyTarget,
    FileTarget,
    PngTarget,
    PrinterTarget,
    SerialTarget,
    TcpTarget,
    UsbTarget,
    Win32Target,
)

__all__ = [
    "STATUS_PATIENCE_S",
    "Deadline",
    "Delivery",
    "DummyTransport",
    "EscposDriverTransport",
    "FileTransport",
    "LpTransport",
    "PngTransport",
    "PrintJob",
    "TcpTransport",
    "Transport",
    "transport_for",
]

USB_TIMEOUT_MS = 3000
"""libusb's own write timeout; the job deadline still bounds the wait."""


def transport_for(target: PrinterTarget) -> Transport:
    """The transport that reaches ``target``. Opens nothing."""
    if isinstance(target, TcpTarget):
        return TcpTransport(target.host, target.port, query_status=target.query_status)
    if isinstance(target, FileTarget):
        return FileTransport(target.path)
    if isinstance(target, UsbTarget):
        return EscposDriverTransport(
            Usb,
            {
                "idVendor": target.vendor_id,
                "idProduct": target.product_id,
                "timeout": USB_TIMEOUT_MS,
            },
        )
    if isinstance(target, SerialTarget):
        return EscposDriverTransport(
            Serial, {"devfile": target.device, "baudrate": target.baudrate, "timeout": 1}
        )
    if isinstance(target, Win32Target):
        return EscposDriverTransport(Win32Raw, {"printer_name": target.printer_name})
    if isinstance(target, CupsTarget):
        if CupsPrinter.is_usable():
            return EscposDriverTransport(CupsPrinter, {"printer_name": target.queue})
        return LpTransport(target.queue)
    if isinstance(target, PngTarget):
        return PngTransport(target.directory)
    if isinstance(target, DummyTarget):
        return DummyTransport()
    raise TypeError(f"no transport for {type(target).__name__}")  # pragma: no cover
