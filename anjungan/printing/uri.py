"""Printer URIs from the device configuration, parsed into typed targets.

One string in the device's TOML file says where the printer is and how it is set up:

* ``tcp://192.168.1.50:9100`` network printer, raw port (9100 when omitted)
* ``usb://04b8:0e15`` USB vendor:product id, hex
* ``serial:///dev/ttyS0?baud=9600`` (or ``serial://COM3``) serial port
* ``file:///dev/usb/lp0`` a device file (Linux usblp, parallel port)
* ``win32://EPSON TM-T20II Receipt`` a Windows printer queue, raw
* ``cups://Thermal_Kiosk`` a CUPS queue, raw
* ``dummy://`` accepts and discards (no printer attached)
* ``png:///var/lib/anjungan/prints`` writes a PNG preview per job into a directory

Options for every scheme: ``paper=58|80`` (default 80), ``codepage=CP437`` (default; the
printer's power-on table). ``tcp`` also takes ``status=0`` for a printer that does not
answer DLE EOT. A wrong URI raises `PrinterConfigError`, saying which part is wrong.
Pure: no device is opened here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from anjungan.printing.errors import PrinterConfigError
from anjungan.printing.layout import PAPER_80, PAPERS, Paper
from anjungan.printing.thermal_text import DEFAULT_CODEPAGE, PrintableText

DEFAULT_TCP_PORT = 9100
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
SCHEMES = ("tcp", "usb", "serial", "file", "win32", "cups", "dummy", "png")

_USB_ID = re.compile(r"^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$")
_COMMON_OPTIONS = {"paper", "codepage"}
_EXTRA_OPTIONS = {"tcp": {"status"}, "serial": {"baud"}}


@dataclass(frozen=True, kw_only=True)
class PrinterTarget:
    """Where to print and on what paper. One subclass per transport."""

    uri: str
    paper: Paper = PAPER_80
    codepage: str = DEFAULT_CODEPAGE


@dataclass(frozen=True, kw_only=True)
class TcpTarget(PrinterTarget):
    host: str
    port: int = DEFAULT_TCP_PORT
    query_status: bool = True


@dataclass(frozen=True, kw_only=True)
class UsbTarget(PrinterTarget):
    vendor_id: int
    product_id: int


@dataclass(frozen=True, kw_only=True)
class SerialTarget(PrinterTarget):
    device: str
    baudrate: int = 9600


@dataclass(frozen=True, kw_only=True)
class FileTarget(PrinterTarget):
    path: Path


@dataclass(frozen=True, kw_only=True)
class Win32Target(PrinterTarget):
    printer_name: str


@dataclass(frozen=True, kw_only=True)
class CupsTarget(PrinterTarget):
    queue: str


@dataclass(frozen=True, kw_only=True)
class DummyTarget(PrinterTarget):
    pass


@dataclass(frozen=True, kw_only=True)
class PngTarget(PrinterTarget):
    directory: Path


def _bad(problem_id: str, problem_en: str) -> PrinterConfigError:
    return PrinterConfigError(problem_id, problem_en)


def _options(scheme: str, query: str) -> dict[str, str]:
    allowed = _COMMON_OPTIONS | _EXTRA_OPTIONS.get(scheme, set())
    options: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key not in allowed:
            raise _bad(
                f"opsi '{key}' tidak dikenal untuk {scheme}://.",
                f"option '{key}' is unknown for {scheme}://.",
            )
        options[key] = value
    return options


def _paper(options: dict[str, str]) -> Paper:
    name = options.get("paper", PAPER_80.name).removesuffix("mm")
    if name not in PAPERS:
        raise _bad(
            "lebar kertas harus 58 atau 80 (paper=58).", "paper width must be 58 or 80 (paper=58)."
        )
    return PAPERS[name]


def _flag(value: str, name: str) -> bool:
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise _bad(f"opsi {name} harus 0 atau 1.", f"option {name} must be 0 or 1.")


def _after_scheme(uri: str) -> str:
    """The part between ``scheme://`` and ``?``, percent-decoded: names may hold spaces."""
    rest = uri.split("://", 1)[1]
    return unquote(rest.split("?", 1)[0])


def parse_printer_uri(uri: str) -> PrinterTarget:
    """The target a printer URI names (see the module doc for the forms)."""
    text = uri.strip()
    if not text:
        raise _bad("belum ada printer yang diatur.", "no printer is configured.")
    if "://" not in text:
        raise _bad(
            "alamat printer harus diawali skema seperti tcp:// atau usb://.",
            "a printer address must start with a scheme such as tcp:// or usb://.",
        )
    scheme = text.split("://", 1)[0].lower()
    if scheme not in SCHEMES:
        known = ", ".join(f"{s}://" for s in SCHEMES)
        raise _bad(
            f"skema '{scheme}' tidak dikenal ({known}).", f"unknown scheme '{scheme}' ({known})."
        )
    options = _options(scheme, text.split("?", 1)[1] if "?" in text else "")
    codepage = PrintableText(options.get("codepage", DEFAULT_CODEPAGE)).codepage
    common: dict[str, Any] = {"uri": text, "paper": _paper(options), "codepage": codepage}
    body = _after_scheme(text)

    if scheme == "tcp":
        return _tcp(text, options, common)
    if scheme == "usb":
        match = _USB_ID.match(body)
        if not match:
            raise _bad(
                "alamat USB harus berbentuk usb://VID:PID, heksadesimal (usb://04b8:0e15).",
                "a USB address must look like usb://VID:PID in hex (usb://04b8:0e15).",
            )
        return UsbTarget(
            vendor_id=int(match.group(1), 16), product_id=int(match.group(2), 16), **common
        )
    if scheme == "serial":
        if not body:
            raise _bad("port serial belum diisi.", "the serial port is missing.")
        baud_text = options.get("baud", "9600")
        if not baud_text.isdigit() or int(baud_text) not in BAUD_RATES:
            raise _bad(
                f"baud harus salah satu dari {BAUD_RATES}.",
                f"baud must be one of {BAUD_RATES}.",
            )
        return SerialTarget(device=body, baudrate=int(baud_text), **common)
    if scheme == "file":
        if not body.startswith("/"):
            raise _bad(
                "file:// memerlukan path absolut (file:///dev/usb/lp0).",
                "file:// needs an absolute path (file:///dev/usb/lp0).",
            )
        return FileTarget(path=Path(body), **common)
    if scheme in ("win32", "cups"):
        if not body.strip():
            raise _bad("nama printer belum diisi.", "the printer name is missing.")
        if scheme == "win32":
            return Win32Target(printer_name=body, **common)
        return CupsTarget(queue=body, **common)
    if scheme == "dummy":
        return DummyTarget(**common)
    if not body:
        raise _bad("folder untuk png:// belum diisi.", "png:// needs a directory.")
    return PngTarget(directory=Path(body), **common)


def _tcp(text: str, options: dict[str, str], common: dict[str, Any]) -> TcpTarget:
    try:
        parts = urlsplit(text)
    except ValueError:  # an unclosed IPv6 bracket: tcp://[::1
        raise _bad(
            "alamat jaringan harus berbentuk tcp://host:port.",
            "a network address must look like tcp://host:port.",
        ) from None
    try:
        port = DEFAULT_TCP_PORT if parts.port is None else parts.port
    except ValueError:
        port = 0
    if not 0 < port < 65536:
        raise _bad("nomor port tidak valid.", "the port number is not valid.")
    if not parts.hostname or parts.path not in ("", "/"):
        raise _bad(
            "alamat jaringan harus berbentuk tcp://host:port.",
            "a network address must look like tcp://host:port.",
        )
    return TcpTarget(
        host=parts.hostname,
        port=port,
        query_status=_flag(options.get("status", "1"), "status"),
        **common,
    )
