"""Raw TCP printing (port 9100) with status checks and a hard deadline.

With ``query_status`` the transport asks the printer for its state (DLE EOT, see
`status.py`) before sending, so paper out or an open cover is reported instead of losing
the ticket, and asks again after sending: that answer can only come once the printer has
read every byte before it, so it confirms delivery. A printer that does not answer within
`STATUS_PATIENCE_S` is treated as one without status support: its jobs succeed
unconfirmed. Connect, send and every read use what is left of the job's `Deadline`
(``sendall`` with a socket timeout bounds the whole call), so a printer that never
accepts, or accepts and never reads, fails with `PrinterTimeout` on time.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

from anjungan.printing.errors import PrinterOffline, PrinterTimeout
from anjungan.printing.jobs import Deadline, Delivery, PrintJob
from anjungan.printing.status import QUERIES, PrinterStatus, parse_answers, query_bytes

STATUS_PATIENCE_S = 0.5
"""How long to wait for a first status answer before deciding the printer gives none."""


@dataclass(frozen=True)
class TcpTransport:
    host: str
    port: int
    query_status: bool = True

    def _connect(self, deadline: Deadline) -> socket.socket:
        last: OSError | None = None
        for family, kind, proto, _, address in _resolve(self.host, self.port, deadline):
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(deadline.check())
                sock.connect(address)
            except TimeoutError:
                sock.close()
                raise PrinterTimeout(deadline.seconds) from None
            except OSError as error:
                sock.close()
                last = error
                continue
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return sock
        if isinstance(last, ConnectionRefusedError):
            raise PrinterOffline(
                "Printer menolak sambungan (mati, atau port salah).",
                "The printer refused the connection (switched off, or wrong port).",
            )
        raise PrinterOffline(
            "Alamat printer tidak dapat dijangkau di jaringan.",
            "The printer's address cannot be reached on the network.",
        )

    def _send(self, sock: socket.socket, data: bytes, deadline: Deadline) -> None:
        # With a timeout set, sendall() bounds the whole call, not each chunk.
        sock.settimeout(deadline.check())
        try:
            sock.sendall(data)
        except TimeoutError:
            raise PrinterTimeout(deadline.seconds) from None
        except OSError:
            raise PrinterOffline(
                "Sambungan ke printer terputus saat mengirim.",
                "The connection to the printer broke while sending.",
            ) from None

    def _ask(
        self, sock: socket.socket, deadline: Deadline, patience: float
    ) -> PrinterStatus | None:
        """Send the DLE EOT queries and read the answers for at most ``patience`` seconds."""
        _drain(sock)
        self._send(sock, query_bytes(), deadline)
        answers = b""
        give_up = time.monotonic() + min(patience, deadline.remaining())
        while len(answers) < len(QUERIES):
            left = give_up - time.monotonic()
            if left <= 0:
                break
            sock.settimeout(left)
            try:
                chunk = sock.recv(len(QUERIES) - len(answers))
            except TimeoutError:
                break
            except OSError:
                raise PrinterOffline(
                    "Sambungan ke printer terputus.", "The connection to the printer broke."
                ) from None
            if not chunk:
                raise PrinterOffline(
                    "Printer menutup sambungan.", "The printer closed the connection."
                )
            answers += chunk
        return parse_answers(answers)

    def status(self, deadline: Deadline) -> PrinterStatus | None:
        with self._connect(deadline) as sock:
            return self._ask(sock, deadline, STATUS_PATIENCE_S)

    def deliver(self, job: PrintJob, deadline: Deadline) -> Delivery:
        with self._connect(deadline) as sock:
            before = None
            if self.query_status:
                before = self._ask(sock, deadline, STATUS_PATIENCE_S)
                problem = before.problem() if before else None
                if problem:
                    raise problem
            self._send(sock, job.payload, deadline)
            if before is None:
                return Delivery(len(job.payload), confirmed=False)
            # It answered before, so silence now means it has not read the job yet.
            after = self._ask(sock, deadline, deadline.remaining())
            if after is None:
                raise PrinterTimeout(deadline.seconds)
            problem = after.problem()
            if problem:
                raise problem
            return Delivery(len(job.payload), confirmed=True, status=after)


def _drain(sock: socket.socket) -> None:
    """Drop answers still queued from earlier queries, so the next read is fresh."""
    sock.setblocking(False)
    try:
        while sock.recv(64):
            pass
    except (BlockingIOError, InterruptedError):
        pass
    except OSError:
        raise PrinterOffline(
            "Sambungan ke printer terputus.", "The connection to the printer broke."
        ) from None


_AddrInfo = list[tuple[socket.AddressFamily, socket.SocketKind, int, str, tuple[Any, ...]]]


def _resolve(host: str, port: int, deadline: Deadline) -> _AddrInfo:
    """Addresses of ``host``. A name lookup can hang on a bad DNS server and cannot be
    interrupted, so it runs on a helper thread that is abandoned at the deadline."""
    try:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except socket.gaierror:
        pass  # a name, not an address literal
    found: list[_AddrInfo | OSError] = []

    def lookup() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as error:
            found.append(error)

    worker = threading.Thread(target=lookup, name="printer-dns", daemon=True)
    worker.start()
    worker.join(deadline.check())
    if not found:
        raise PrinterTimeout(deadline.seconds)
    if isinstance(found[0], OSError):
        raise PrinterOffline(
            "Nama printer tidak ditemukan di jaringan.",
            "The printer's name cannot be found on the network.",
        )
    return found[0]
