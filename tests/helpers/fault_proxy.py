"""A loopback TCP proxy that breaks connections on purpose, for the sync chaos tests.

`FaultProxy` listens on 127.0.0.1 and forwards bytes to an upstream server, one pair of
pump threads per connection. Faults (`Fault`) are decided per event by a `FaultPlan`:
on a new connection or a request's first bytes (``DROP``: reset the connection; the
server gets nothing), on a request's first bytes (``CUT_REQUEST``: forward part of it,
then reset both sides; the server never gets a whole request), on a response's first
bytes (``CUT_RESPONSE``: the server HAS answered, so it has committed, but the client
never gets the answer), and on any chunk (``DELAY``). ``plan.force(...)`` queues
faults that happen next, for exact tests; the probabilities (seeded) drive the chaos
runs. ``retarget`` points the proxy at another port (a restarted server) and
``offline`` refuses everything (a dead link). `stats` counts what happened, so a test
can prove its faults really fired.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from enum import Enum
from typing import Self

CHUNK = 65536


class Fault(Enum):
    NONE = "none"
    DROP = "drop"
    CUT_REQUEST = "cut_request"
    CUT_RESPONSE = "cut_response"
    DELAY = "delay"


@dataclass
class FaultPlan:
    """Probabilities per event (0..1), a delay range in seconds, a seed; forced faults."""

    drop: float = 0.0
    cut_request: float = 0.0
    cut_response: float = 0.0
    delay: float = 0.0
    delay_s: tuple[float, float] = (0.0, 0.05)
    seed: int = 0
    _forced: dict[str, deque[Fault]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def force(self, event: str, *faults: Fault) -> None:
        """Queue ``faults`` for the next ``event`` ("connect", "request", "response")."""
        with self._lock:
            self._forced.setdefault(event, deque()).extend(faults)

    def decide(self, event: str) -> Fault:
        with self._lock:
            forced = self._forced.get(event)
            if forced:
                return forced.popleft()
            roll = self._random.random()
            if event == "connect" and roll < self.drop:
                return Fault.DROP
            if event == "request" and roll < self.drop:
                return Fault.DROP
            if event == "request" and roll < self.drop + self.cut_request:
                return Fault.CUT_REQUEST
            if event == "response" and roll < self.cut_response:
                return Fault.CUT_RESPONSE
            if self._random.random() < self.delay:
                return Fault.DELAY
            return Fault.NONE

    def delay_seconds(self) -> float:
        with self._lock:
            return self._random.uniform(*self.delay_s)


@dataclass
class FaultStats:
    connections: int = 0
    dropped: int = 0
    cut_requests: int = 0
    cut_responses: int = 0
    delays: int = 0
    refused: int = 0  # upstream down or proxy offline
    responses: int = 0  # responses forwarded (first chunk)

    def count(self, name: str, lock: threading.Lock) -> None:
        with lock:
            setattr(self, name, getattr(self, name) + 1)


def _abort(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0): the peer sees a reset, not a polite end of stream."""
    with suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with suppress(OSError):
        sock.close()


class _Link:
    """One client connection and its upstream connection."""

    def __init__(self, proxy: FaultProxy, client: socket.socket, upstream: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.upstream = upstream
        self.awaiting_response = False
        self.request_started = False
        self.closed = threading.Event()

    def close(self, *, reset: bool = False) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for sock in (self.client, self.upstream):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            if reset:
                _abort(sock)
            else:
                with suppress(OSError):
                    sock.close()

    def pump_requests(self) -> None:
        plan, stats, lock = self.proxy.plan, self.proxy.stats, self.proxy.lock
        try:
            while not self.closed.is_set():
                data = self.client.recv(CHUNK)
                if not data:
                    break
                if not self.awaiting_response:
                    fault = plan.decide("request")
                    if fault is Fault.DROP:
                        stats.count("dropped", lock)
                        self.close(reset=True)
                        return
                    if fault is Fault.CUT_REQUEST:
                        stats.count("cut_requests", lock)
                        self.upstream.sendall(data[: max(1, len(data) // 2)])
                        self.close(reset=True)
                        return
                    if fault is Fault.DELAY:
                        stats.count("delays", lock)
                        time.sleep(plan.delay_seconds())
                # Set before sending: the answer may come back before sendall returns.
                self.awaiting_response = True
                self.upstream.sendall(data)
        except OSError:
            pass
        self.close()

    def pump_responses(self) -> None:
        plan, stats, lock = self.proxy.plan, self.proxy.stats, self.proxy.lock
        try:
            while not self.closed.is_set():
                data = self.upstream.recv(CHUNK)
                if not data:
                    break
                if self.awaiting_response:
                    self.awaiting_response = False
                    fault = plan.decide("response")
                    if fault is Fault.CUT_RESPONSE:
                        stats.count("cut_responses", lock)
                        self.close(reset=True)
                        return
                    if fault is Fault.DELAY:
                        stats.count("delays", lock)
                        time.sleep(plan.delay_seconds())
                    stats.count("responses", lock)
                self.client.sendall(data)
        except OSError:
            pass
        self.close()


class FaultProxy:
    """``with FaultProxy(port) as proxy: ... proxy.url ...``; see the module docstring."""

    def __init__(
        self, upstream_port: int, *, plan: FaultPlan | None = None, listen_port: int = 0
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.plan = plan or FaultPlan()
        self.stats = FaultStats()
        self.lock = threading.Lock()
        self.offline = False
        self._links: set[_Link] = set()
        self._listener = socket.create_server(("127.0.0.1", listen_port), backlog=128)
        self.port = self._listener.getsockname()[1]
        self._running = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def retarget(self, upstream_port: int) -> None:
        self.upstream = ("127.0.0.1", upstream_port)

    def sever_all(self) -> None:
        """Reset every open connection now (a link going down mid-transfer)."""
        with self.lock:
            links = list(self._links)
        for link in links:
            link.close(reset=True)

    def start(self) -> Self:
        self._running.set()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._running.clear()
        with suppress(OSError):
            self._listener.close()
        self.sever_all()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _accept(self) -> None:
        # A timeout, because closing a socket does not wake a thread blocked in accept().
        self._listener.settimeout(0.05)
        while self._running.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        self.stats.count("connections", self.lock)
        if self.offline:
            self.stats.count("refused", self.lock)
            _abort(client)
            return
        if self.plan.decide("connect") is Fault.DROP:
            self.stats.count("dropped", self.lock)
            _abort(client)
            return
        try:
            upstream = socket.create_connection(self.upstream, timeout=5)
            upstream.settimeout(None)
        except OSError:
            self.stats.count("refused", self.lock)
            _abort(client)
            return
        link = _Link(self, client, upstream)
        with self.lock:
            self._links.add(link)
        pump = threading.Thread(target=link.pump_requests, daemon=True)
        pump.start()
        link.pump_responses()
        pump.join()
        with self.lock:
            self._links.discard(link)


@contextmanager
def fault_proxy(upstream_port: int, plan: FaultPlan | None = None) -> Iterator[FaultProxy]:
    with FaultProxy(upstream_port, plan=plan) as proxy:
        yield proxy
