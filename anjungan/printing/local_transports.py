"""Transports that stay on this machine: a device file, memory, and PNG files.

``file://`` writes to a device file (``/dev/usb/lp0``) without blocking and polls it with
``select`` until the job's deadline; ``dummy://`` keeps jobs in memory (the GUI's fake
printer, able to rehearse a failure); ``png://`` writes one PNG preview per job into a
directory (the demo's loopback printer). All are safe to share between threads.
"""

from __future__ import annotations

import errno
import os
import re
import select
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from anjungan.printing.errors import (
    PrinterConfigError,
    PrinterError,
    PrinterOffline,
    PrinterTimeout,
)
from anjungan.printing.jobs import Deadline, Delivery, PrintJob
from anjungan.printing.status import PrinterStatus


@dataclass(frozen=True)
class FileTransport:
    """A device file (``/dev/usb/lp0``): written without blocking, polled until the deadline.

    The file must exist: creating a regular file where the device should be would make
    every ticket vanish silently. Appends, so a regular file (tests, logs) keeps all jobs.
    """

    path: Path

    def status(self, deadline: Deadline) -> PrinterStatus | None:
        return None

    def deliver(self, job: PrintJob, deadline: Deadline) -> Delivery:
        # O_NONBLOCK and O_NOCTTY do not exist on Windows, where win32:// is the way anyway.
        flags = os.O_WRONLY | os.O_APPEND
        flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        try:
            fd = os.open(self.path, flags)
        except FileNotFoundError:
            raise PrinterOffline(
                "Perangkat printer tidak ditemukan (kabel USB lepas?).",
                "The printer device is missing (USB cable unplugged?).",
            ) from None
        except PermissionError:
            raise PrinterConfigError(
                "aplikasi tidak boleh menulis ke perangkat printer "
                "(tambahkan pengguna ke grup lp).",
                "the program may not write to the printer device (add the user to group lp).",
            ) from None
        except OSError:
            raise PrinterOffline() from None
        try:
            _write_all(fd, job.payload, deadline)
        finally:
            os.close(fd)
        return Delivery(len(job.payload), confirmed=False)


def _write_all(fd: int, data: bytes, deadline: Deadline) -> None:
    view = memoryview(data)
    while view:
        try:
            written = os.write(fd, view)
        except BlockingIOError:
            written = 0
        except OSError as error:
            if error.errno in (errno.EAGAIN, errno.EINTR):
                written = 0
            else:
                raise PrinterOffline() from None
        view = view[written:]
        if view:
            _, ready, _ = select.select([], [fd], [], deadline.check())
            if not ready:
                raise PrinterTimeout(deadline.seconds)


@dataclass
class DummyTransport:
    """Keeps every job in memory (``dummy://``, tests, the GUI's fake printer).

    ``fail_with`` makes every delivery fail with that error, to rehearse paper-out.
    """

    fail_with: PrinterError | None = None
    jobs: list[PrintJob] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def status(self, deadline: Deadline) -> PrinterStatus | None:
        return None

    def deliver(self, job: PrintJob, deadline: Deadline) -> Delivery:
        if self.fail_with is not None:
            raise self.fail_with
        with self._lock:
            self.jobs.append(job)
        return Delivery(len(job.payload), confirmed=True)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class PngTransport:
    """Writes each job as a PNG preview into ``directory`` (the demo's loopback printer)."""

    directory: Path

    def status(self, deadline: Deadline) -> PrinterStatus | None:
        return None

    def deliver(self, job: PrintJob, deadline: Deadline) -> Delivery:
        from anjungan.printing.png_preview import preview_png

        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise PrinterConfigError(
                "folder png:// tidak dapat dibuat.", "the png:// directory cannot be created."
            ) from None
        data = preview_png(
            job.document, job.paper, codepage=job.codepage, copy_number=job.copy_number
        )
        name = _UNSAFE.sub("_", job.document_id).strip("_")
        path = self.directory / f"{name}-{job.copy_number}-{uuid.uuid4().hex[:8]}.png"
        deadline.check()
        try:
            path.write_bytes(data)
        except OSError:
            raise PrinterConfigError(
                "folder png:// tidak dapat ditulisi.", "the png:// directory is not writable."
            ) from None
        return Delivery(len(data), confirmed=True, artifact=path)
