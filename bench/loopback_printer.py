"""A network receipt printer on loopback for the benchmarks and the soak.

`LoopbackPrinter` listens on 127.0.0.1 (an ephemeral port), accepts any number of
connections one after another, reads each until the client hangs up and, as an ESC/POS
printer does, answers every DLE EOT n in the stream at once with an all-clear status
byte. Each finished connection becomes a `Received` (its byte count and the
``time.perf_counter()`` of the chunk that brought its last byte), handed out in order by
`next_job`. Bounded: every socket wait has a timeout and `close` stops the thread.
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from dataclasses import dataclass
from types import TracebackType

ALL_CLEAR = 0x12
"""The status byte of a ready printer (bits 1 and 4 set, nothing wrong)."""
DLE_EOT = (0x10, 0x04)
POLL_S = 0.2


@dataclass(frozen=True)
class Received:
    """One connection's worth of bytes, as the printer saw it."""

    size: int
    last_byte_at: float
    """`time.perf_counter()` when the chunk holding the last byte was read."""
    data: bytes = b""


class LoopbackPrinter:
    def __init__(self, *, keep_data: bool = False) -> None:
        self.keep_data = keep_data
        self.jobs: queue.Queue[Received] = queue.Queue()
        self.connections = 0
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(16)
        self._server.settimeout(POLL_S)
        self.port: int = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="loopback-printer", daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                self.connections += 1
                self._read(conn)

    def _read(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn.settimeout(POLL_S)
        data = bytearray()
        size, last, pending = 0, 0.0, b""
        while not self._stop.is_set():
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            last = time.perf_counter()
            size += len(chunk)
            if self.keep_data:
                data += chunk
            pending = self._answer(conn, pending + chunk)
        if size:
            self.jobs.put(Received(size, last, bytes(data)))

    @staticmethod
    def _answer(conn: socket.socket, data: bytes) -> bytes:
        """Answer each complete DLE EOT n; return the tail that may start one."""
        i = 0
        while i + 2 < len(data):
            if (data[i], data[i + 1]) == DLE_EOT:
                try:
                    conn.sendall(bytes((ALL_CLEAR,)))
                except OSError:
                    return b""
                i += 3
            else:
                i += 1
        return data[i:]

    def next_job(self, timeout_s: float = 10.0) -> Received:
        """The next finished connection; `queue.Empty` if none comes within ``timeout_s``."""
        return self.jobs.get(timeout=timeout_s)

    def drain(self) -> list[Received]:
        """Every finished connection not yet taken."""
        taken = []
        while True:
            try:
                taken.append(self.jobs.get_nowait())
            except queue.Empty:
                return taken

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(5)

    def __enter__(self) -> LoopbackPrinter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def raw_send(port: int, payload: bytes, timeout_s: float = 5.0) -> None:
    """What the least a print can be: connect, send the bytes, hang up."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout_s) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.sendall(payload)
