"""Loopback stand-ins for network receipt printers (127.0.0.1, ephemeral ports).

`FakePrinter` accepts one connection, reads everything until the client closes and, like
a real printer, answers each DLE EOT n in the stream with one status byte (or stays
silent, or stops reading after the first answers: a jam). `unreachable_port()` gives a
port nobody listens on; `full_backlog()` a listener whose queue is full, so a new
connection is never accepted. Every thread is bounded in time and stops on its own.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

ALL_CLEAR = {1: 0x12, 2: 0x12, 4: 0x12}
PAPER_OUT = {1: 0x12 | 0x08, 2: 0x12 | 0x20, 4: 0x12 | 0x60}
COVER_OPEN = {1: 0x12 | 0x08, 2: 0x12 | 0x04, 4: 0x12}
LIFETIME_S = 15.0


class FakePrinter:
    def __init__(
        self,
        answers: Mapping[int, int] | None = ALL_CLEAR,
        *,
        stop_reading_after: int | None = None,
        read: bool = True,
    ) -> None:
        """``answers`` None: never answers status. ``stop_reading_after``: answers that
        many queries, then reads nothing more. ``read`` False: accepts, never reads."""
        self.answers = answers
        self.stop_reading_after = stop_reading_after
        self.read = read
        self.received = bytearray()
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if not read or stop_reading_after is not None:
            # A small window, as on a printer's network card, so a stall shows quickly.
            self._server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(1)
        self._server.settimeout(LIFETIME_S)
        self.port = self._server.getsockname()[1]
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        try:
            conn, _ = self._server.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(0.1)
            answered = 0
            pending = b""  # a DLE EOT may be split across reads
            deadline = time.monotonic() + LIFETIME_S
            while not self._done.is_set() and time.monotonic() < deadline:
                if not self.read or (
                    self.stop_reading_after is not None and answered >= self.stop_reading_after
                ):
                    self._done.wait(0.05)
                    continue
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not chunk:
                    return
                self.received += chunk
                data = pending + chunk
                i = 0
                while i + 2 < len(data):
                    if data[i] == 0x10 and data[i + 1] == 0x04:
                        if self.answers is not None and data[i + 2] in self.answers:
                            conn.sendall(bytes((self.answers[data[i + 2]],)))
                        answered += 1
                        i += 3
                    else:
                        i += 1
                pending = data[i:]

    def finish(self) -> bytes:
        """Wait for the client to hang up (bounded), stop, and return what arrived."""
        self._thread.join(5)
        self.close()
        return bytes(self.received)

    def close(self) -> None:
        self._done.set()
        self._server.close()
        self._thread.join(5)


@contextmanager
def fake_printer(*args: object, **kwargs: object) -> Iterator[FakePrinter]:
    printer = FakePrinter(*args, **kwargs)  # type: ignore[arg-type]
    try:
        yield printer
    finally:
        printer.close()


def unreachable_port() -> int:
    """A loopback port that was free a moment ago: connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def full_backlog() -> Iterator[int]:
    """A listening port that never accepts and whose queue is already full: a new
    connection attempt gets no answer at all (Linux drops the SYN)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    filler = socket.create_connection(("127.0.0.1", port), timeout=2)
    try:
        yield port
    finally:
        filler.close()
        server.close()
