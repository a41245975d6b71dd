"""Printer URIs parse into the right target and transport, bad ones say what is wrong,
and driver-based transports keep the deadline without any device attached."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, ClassVar

import pytest
from escpos.escpos import Escpos
from escpos.exceptions import DeviceNotFoundError
from escpos.printer import CupsPrinter, Serial, Usb, Win32Raw

from anjungan.printing import samples
from anjungan.printing.driver_transports import EscposDriverTransport, LpTransport
from anjungan.printing.errors import (
    PrinterConfigError,
    PrinterOffline,
    PrinterTimeout,
)
from anjungan.printing.jobs import Deadline, PrintJob
from anjungan.printing.layout import PAPER_58, PAPER_80
from anjungan.printing.local_transports import DummyTransport, FileTransport, PngTransport
from anjungan.printing.tcp_transport import TcpTransport
from anjungan.printing.transports import transport_for
from anjungan.printing.uri import (
    CupsTarget,
    DummyTarget,
    FileTarget,
    PngTarget,
    SerialTarget,
    TcpTarget,
    UsbTarget,
    Win32Target,
    parse_printer_uri,
)


def test_tcp_uri_with_default_port_and_options() -> None:
    target = parse_printer_uri("tcp://192.168.1.50?paper=58&codepage=cp858&status=0")
    assert target == TcpTarget(
        uri="tcp://192.168.1.50?paper=58&codepage=cp858&status=0",
        host="192.168.1.50",
        port=9100,
        query_status=False,
        paper=PAPER_58,
        codepage="CP858",
    )


def test_tcp_uri_with_port_and_ipv6_host() -> None:
    target = parse_printer_uri("tcp://[fe80::1]:9101")
    assert isinstance(target, TcpTarget)
    assert (target.host, target.port, target.query_status) == ("fe80::1", 9101, True)
    assert target.paper is PAPER_80


def test_other_schemes_parse_into_their_targets() -> None:
    assert parse_printer_uri("usb://04b8:0E15") == UsbTarget(
        uri="usb://04b8:0E15", vendor_id=0x04B8, product_id=0x0E15
    )
    serial = parse_printer_uri("serial:///dev/ttyS0?baud=19200")
    assert serial == SerialTarget(
        uri="serial:///dev/ttyS0?baud=19200", device="/dev/ttyS0", baudrate=19200
    )
    com = parse_printer_uri("serial://COM3")
    assert isinstance(com, SerialTarget)
    assert (com.device, com.baudrate) == ("COM3", 9600)
    assert parse_printer_uri("file:///dev/usb/lp0") == FileTarget(
        uri="file:///dev/usb/lp0", path=Path("/dev/usb/lp0")
    )
    win = parse_printer_uri("win32://EPSON TM-T20II Receipt")
    assert isinstance(win, Win32Target)
    assert win.printer_name == "EPSON TM-T20II Receipt"
    assert parse_printer_uri("win32://POS%2058?paper=58") == Win32Target(
        uri="win32://POS%2058?paper=58", printer_name="POS 58", paper=PAPER_58
    )
    assert parse_printer_uri("cups://Thermal_Kiosk") == CupsTarget(
        uri="cups://Thermal_Kiosk", queue="Thermal_Kiosk"
    )
    assert isinstance(parse_printer_uri("dummy://"), DummyTarget)
    png = parse_printer_uri("png:///tmp/prints?paper=58")
    assert png == PngTarget(
        uri="png:///tmp/prints?paper=58", directory=Path("/tmp/prints"), paper=PAPER_58
    )


@pytest.mark.parametrize(
    ("uri", "mentions"),
    [
        ("", "no printer"),
        ("192.168.1.50:9100", "scheme"),
        ("lpt://1", "unknown scheme"),
        ("tcp://", "tcp://host:port"),
        ("tcp://printer:99999", "port"),
        ("tcp://printer:0", "port"),
        ("tcp://printer:abc", "port"),
        ("tcp://printer:9100/queue", "tcp://host:port"),
        ("tcp://printer?speed=fast", "option 'speed'"),
        ("usb://04b8", "VID:PID"),
        ("usb://xyz1:0e15", "VID:PID"),
        ("serial://", "serial port"),
        ("serial:///dev/ttyS0?baud=1234", "baud"),
        ("file://relative/lp0", "absolute path"),
        ("win32://", "printer name"),
        ("cups://", "printer name"),
        ("png://", "directory"),
        ("dummy://?paper=57", "58 or 80"),
        ("dummy://?codepage=EBCDIC", "code page"),
        ("tcp://printer?status=maybe", "status must be 0 or 1"),
    ],
)
def test_bad_uris_are_configuration_errors_naming_the_problem(uri: str, mentions: str) -> None:
    with pytest.raises(PrinterConfigError) as caught:
        parse_printer_uri(uri)
    assert mentions in caught.value.message_en
    assert "tcp://192.168.1.50:9100" in caught.value.message_id  # an example to copy


def test_each_target_gets_its_transport_class_without_opening_anything() -> None:
    tcp = transport_for(parse_printer_uri("tcp://10.0.0.9:9100?status=0"))
    assert tcp == TcpTransport("10.0.0.9", 9100, query_status=False)
    usb = transport_for(parse_printer_uri("usb://04b8:0e15"))
    assert isinstance(usb, EscposDriverTransport)
    assert usb.printer_class is Usb
    assert (usb.kwargs["idVendor"], usb.kwargs["idProduct"]) == (0x04B8, 0x0E15)
    serial = transport_for(parse_printer_uri("serial:///dev/ttyUSB0?baud=38400"))
    assert isinstance(serial, EscposDriverTransport)
    assert serial.printer_class is Serial
    assert (serial.kwargs["devfile"], serial.kwargs["baudrate"]) == ("/dev/ttyUSB0", 38400)
    win = transport_for(parse_printer_uri("win32://Kiosk"))
    assert isinstance(win, EscposDriverTransport)
    assert (win.printer_class, win.kwargs["printer_name"]) == (Win32Raw, "Kiosk")
    assert transport_for(parse_printer_uri("file:///dev/usb/lp0")) == FileTransport(
        Path("/dev/usb/lp0")
    )
    assert isinstance(transport_for(parse_printer_uri("dummy://")), DummyTransport)
    assert transport_for(parse_printer_uri("png:///tmp/x")) == PngTransport(Path("/tmp/x"))


@pytest.mark.parametrize("pycups", [True, False])
def test_cups_uses_pycups_when_installed_else_the_lp_command(
    monkeypatch: pytest.MonkeyPatch, pycups: bool
) -> None:
    monkeypatch.setattr(CupsPrinter, "is_usable", staticmethod(lambda: pycups))
    transport = transport_for(parse_printer_uri("cups://Kiosk"))
    if pycups:
        assert isinstance(transport, EscposDriverTransport)
        assert transport.printer_class is CupsPrinter
    else:
        assert transport == LpTransport("Kiosk")
        assert transport.argv() == ["lp", "-d", "Kiosk", "-o", "raw", "-t", "anjungan"]


def _job() -> PrintJob:
    doc = samples.ticket()
    return PrintJob(doc.document_id, doc, b"\x1b@hello\n")


class _Recording(Escpos):
    received: ClassVar[list[bytes]] = []
    opened: ClassVar[threading.Event] = threading.Event()

    @staticmethod
    def is_usable() -> bool:
        return True

    def __init__(self, **kwargs: Any) -> None:
        super().__init__()
        self.kwargs = kwargs

    def open(self) -> None:
        type(self).opened.set()

    def _raw(self, msg: bytes) -> None:
        type(self).received.append(msg)


class _Stuck(_Recording):
    release = threading.Event()

    def _raw(self, msg: bytes) -> None:
        self.release.wait(10)  # a driver call that does not come back


class _Missing(_Recording):
    def open(self) -> None:
        raise DeviceNotFoundError("no such device")


class _NoDriver(_Recording):
    @staticmethod
    def is_usable() -> bool:
        return False


def test_driver_transport_opens_writes_and_closes_through_escpos() -> None:
    _Recording.received = []
    transport = EscposDriverTransport(_Recording, {"idVendor": 1})
    delivery = transport.deliver(_job(), Deadline(2.0))
    assert _Recording.received == [b"\x1b@hello\n"]
    assert delivery.bytes_sent == 8


def test_driver_that_never_returns_times_out_on_the_deadline() -> None:
    transport = EscposDriverTransport(_Stuck)
    started = time.monotonic()
    try:
        with pytest.raises(PrinterTimeout):
            transport.deliver(_job(), Deadline(0.3))
        assert time.monotonic() - started < 1.0
    finally:
        _Stuck.release.set()


def test_missing_device_is_offline_and_missing_driver_is_configuration() -> None:
    with pytest.raises(PrinterOffline):
        EscposDriverTransport(_Missing).deliver(_job(), Deadline(2.0))
    with pytest.raises(PrinterConfigError):
        EscposDriverTransport(_NoDriver).deliver(_job(), Deadline(2.0))


def test_real_escpos_usb_class_without_pyusb_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Usb, "is_usable", staticmethod(lambda: False))
    transport = transport_for(parse_printer_uri("usb://04b8:0e15"))
    with pytest.raises(PrinterConfigError) as caught:
        transport.deliver(_job(), Deadline(2.0))
    assert "pyusb" in caught.value.message_en


def test_lp_transport_without_the_command_is_a_configuration_error() -> None:
    transport = LpTransport("Kiosk", command="no-such-lp-command-here")
    with pytest.raises(PrinterConfigError):
        transport.deliver(_job(), Deadline(2.0))


def test_deadline_counts_down_and_refuses_when_spent() -> None:
    now = [100.0]
    deadline = Deadline(3.0, clock=lambda: now[0])
    assert deadline.check() == 3.0
    now[0] = 102.5
    assert deadline.remaining() == pytest.approx(0.5)
    now[0] = 103.5
    assert deadline.expired()
    with pytest.raises(PrinterTimeout):
        deadline.check()
