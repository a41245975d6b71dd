"""A live queue server for the board's tests, with a cuttable TCP proxy in front.

`QueueOffice` runs the real app on loopback (SQLite, fixed clock, a half-second SSE
keep-alive), enrolls a board, a kiosk and an officer, and offers the moves a kiosk and
an officer make (issue + hand out, call next). `Proxy` forwards the board's connections
to it and can drop them all (a network fault) or refuse new ones (the server is gone),
so resume and watchdog tests need no sleeping on real outages. Every request has a
timeout; every thread is a daemon and is joined with a bound.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from argon2 import PasswordHasher

from anjungan.core.clock import FixedClock
from anjungan.server import auth
from anjungan.server.app import create_app
from anjungan.server.db import Database, open_database
from anjungan.server.settings import ServerSettings
from tests.helpers.live_server import serve
from tests.integration.server.conftest import PASSWORD, enroll_everyone

T = 10  # seconds: every request's timeout
KEEPALIVE_S = 0.5


class Proxy:
    """TCP forwarder on a free loopback port: ``cut()`` drops every open connection,
    ``refuse = True`` closes new ones at once (as a stopped server would)."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.refuse = False
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="test-proxy", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.refuse:
                client.close()
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=T)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            client.settimeout(None)
            with self._lock:
                self._sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, target):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def close(self) -> None:
        self._closed.set()
        self._listener.close()
        self.cut()
        self._thread.join(timeout=5)


@dataclass
class QueueOffice:
    """The server's base URL, the board's token and sessions for kiosk and officer."""

    base: str
    clock: FixedClock
    tokens: dict[str, str]
    proxy: Proxy
    _stack: ExitStack
    sessions: dict[str, requests.Session] = field(default_factory=dict)

    @property
    def board_url(self) -> str:
        """Where the board connects: through the proxy."""
        return self.proxy.url

    def url(self, path: str) -> str:
        return f"{self.base}/v1{path}"

    def as_(self, role: str) -> requests.Session:
        return self.sessions[role]

    def set_counter(self, number: int) -> None:
        body = {"name": f"Loket {number}", "services": []}
        answer = self.as_("supervisor").put(
            self.url(f"/queue/counters/{number}"), json=body, timeout=T
        )
        assert answer.status_code == 200, answer.text

    def issue(self, service: str = "new_registration") -> dict[str, Any]:
        """A kiosk issues a ticket and confirms it was printed."""
        kiosk = self.as_("kiosk")
        answer = kiosk.post(
            self.url("/queue/tickets"), json={"service": service, "priority": "none"}, timeout=T
        )
        assert answer.status_code == 201, answer.text
        ticket: dict[str, Any] = answer.json()
        printed = kiosk.post(
            self.url(f"/queue/tickets/{ticket['id']}/handed-out"),
            json={"how": "printed"},
            timeout=T,
        )
        assert printed.status_code == 200, printed.text
        return ticket

    def call_next(self, counter: int) -> dict[str, Any]:
        """The officer at ``counter`` presses "call next"."""
        answer = self.as_("officer").post(
            self.url(f"/queue/counters/{counter}/call-next"), json={}, timeout=T
        )
        assert answer.status_code == 200, answer.text
        ticket: dict[str, Any] = answer.json()
        return ticket

    def stop(self) -> None:
        """Stop the server and the proxy (the board then hears nothing at all)."""
        self.proxy.refuse = True
        self.proxy.cut()
        self._stack.close()


@contextmanager
def queue_office(tmp_path: Path) -> Iterator[QueueOffice]:
    auth.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    clock = FixedClock()
    settings = ServerSettings(
        database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}",
        clock=clock,
        sse_keepalive_s=KEEPALIVE_S,
    )
    with ExitStack() as stack:
        db: Database = open_database(settings.database_url)
        stack.callback(db.dispose)
        tokens = enroll_everyone(db, clock)
        base = stack.enter_context(serve(create_app(settings, db)))
        login = requests.post(
            f"{base}/v1/auth/login",
            json={"username": "officer1", "password": PASSWORD, "device_id": "C-BPN-01"},
            timeout=T,
        )
        login.raise_for_status()
        tokens["officer"] = login.json()["token"]
        supervisor = requests.post(
            f"{base}/v1/auth/login",
            json={"username": "supervisor1", "password": PASSWORD, "device_id": "C-BPN-01"},
            timeout=T,
        )
        supervisor.raise_for_status()
        tokens["supervisor"] = supervisor.json()["token"]
        host, port = base.removeprefix("http://").split(":")
        proxy = Proxy((host, int(port)))
        office = QueueOffice(base, clock, tokens, proxy, stack.pop_all())
        for role in ("kiosk", "officer", "supervisor"):
            session = requests.Session()
            session.headers["Authorization"] = f"Bearer {tokens[role]}"
            office.sessions[role] = session
    try:
        yield office
    finally:
        for session in office.sessions.values():
            session.close()
        proxy.close()
        office._stack.close()  # idempotent after stop()
