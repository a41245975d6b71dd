"""file://, png:// and dummy:// for real: bytes in a file, a FIFO nobody drains,
PNG files on disk."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from anjungan.printing import samples
from anjungan.printing.errors import PrinterConfigError, PrinterOffline, PrinterTimeout
from anjungan.printing.escpos_render import render_escpos
from anjungan.printing.jobs import Deadline, PrintJob
from anjungan.printing.layout import PAPER_58, PAPER_80
from anjungan.printing.local_transports import FileTransport
from anjungan.printing.service import PrintJournal, print_document


def test_file_transport_appends_exactly_the_rendered_bytes(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.touch()
    first = print_document(samples.ticket(), f"file://{device}?paper=58")
    second = print_document(samples.status_slip(), f"file://{device}?paper=58")
    assert first.ok and second.ok
    expected = render_escpos(samples.ticket(), PAPER_58) + render_escpos(
        samples.status_slip(), PAPER_58
    )
    assert device.read_bytes() == expected


def test_missing_device_file_is_offline_and_not_created(tmp_path: Path) -> None:
    device = tmp_path / "usb" / "lp0"
    outcome = print_document(samples.ticket(), f"file://{device}")
    assert isinstance(outcome.error, PrinterOffline)
    assert not device.exists()


def test_device_that_is_not_writable_is_a_configuration_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = tmp_path / "lp0"
    device.touch()

    def denied(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")  # what a user outside group lp gets

    monkeypatch.setattr(os, "open", denied)
    outcome = print_document(samples.ticket(), f"file://{device}")
    assert isinstance(outcome.error, PrinterConfigError)
    assert "group lp" in outcome.error.message_en


def test_device_that_stops_draining_times_out_in_time(tmp_path: Path) -> None:
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # open, never read: a stuck printer
    try:
        doc = samples.ticket()
        job = PrintJob(doc.document_id, doc, b"x" * (4 * 1024 * 1024))  # > the pipe buffer
        started = time.monotonic()
        try:
            FileTransport(fifo).deliver(job, Deadline(1.0))
            raised = None
        except PrinterTimeout as error:
            raised = error
        assert isinstance(raised, PrinterTimeout)
        assert time.monotonic() - started < 1.5
    finally:
        os.close(reader)


def test_device_file_drained_slowly_still_gets_everything(tmp_path: Path) -> None:
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    received = bytearray()
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)

    def drain() -> None:
        end = time.monotonic() + 5
        while time.monotonic() < end:
            try:
                chunk = os.read(reader, 4096)
            except BlockingIOError:
                time.sleep(0.001)
                continue
            if not chunk and len(received) >= len(payload):
                return
            received.extend(chunk)

    payload = render_escpos(samples.ticket()) * 40  # bigger than a pipe buffer
    thread = threading.Thread(target=drain, daemon=True)
    thread.start()
    doc = samples.ticket()
    FileTransport(fifo).deliver(PrintJob(doc.document_id, doc, payload), Deadline(5.0))
    thread.join(5)
    os.close(reader)
    assert bytes(received) == payload


def test_png_transport_writes_a_preview_per_job(tmp_path: Path) -> None:
    journal = PrintJournal()
    out = tmp_path / "prints"
    first = print_document(samples.ticket(), f"png://{out}?paper=58", journal=journal)
    second = print_document(samples.ticket(), f"png://{out}?paper=58", journal=journal)
    assert first.ok and second.ok
    assert first.artifact is not None and second.artifact is not None
    assert first.artifact != second.artifact
    assert sorted(out.iterdir()) == sorted([first.artifact, second.artifact])
    with Image.open(first.artifact) as image:
        assert image.width == PAPER_58.dots
    with Image.open(second.artifact) as reprint, Image.open(first.artifact) as original:
        assert reprint.height > original.height  # the reprint line
    assert "antrean_2026-11-23_A017-1-" in first.artifact.name


def test_png_transport_on_80mm_paper(tmp_path: Path) -> None:
    outcome = print_document(samples.va_slip(), f"png://{tmp_path}")
    assert outcome.artifact is not None
    with Image.open(outcome.artifact) as image:
        assert image.width == PAPER_80.dots


def test_png_directory_that_cannot_be_made_is_a_configuration_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    outcome = print_document(samples.ticket(), f"png://{blocker}/prints")
    assert isinstance(outcome.error, PrinterConfigError)


def test_dummy_uri_accepts_and_discards() -> None:
    outcome = print_document(samples.complaint_receipt(), "dummy://")
    assert outcome.ok
    assert outcome.bytes_sent > 0
