"""Central server under load: kiosk status lookups against a seeded participant table.

Figures: (1) `GET /v1/participants/nik/{nik}` requests/s, p50 and p99 latency with
`CLIENTS` concurrent client threads, each with its own keep-alive `requests.Session`,
against 1,000,000 participants seeded by `seed_demo` (quick: 20,000); baseline in the
same run: `GET /v1/health` (touches no data) measured the same way, so the ratio is what
a lookup costs over the bare HTTP stack (uvicorn, FastAPI, auth-free routing, JSON).
(2) `seed_demo` participants/s (generation and loading, end to end); baseline: a plain
``COPY`` (``executemany`` on SQLite) of the same number of narrow ``(id, nik)`` rows,
prepared in memory beforehand, into a scratch table of the same database.

The database is PostgreSQL when a server answers at ``ANJUNGAN_TEST_PG_URL`` (created
fresh and dropped at the end), else a temporary SQLite file. The app runs under uvicorn
on loopback in a child process of its own, as a deployed server would: in this process
its Python would share one GIL with the clients, and the figure would measure both.
The kiosk rate limit (`ServerSettings.kiosk_lookup_limit`, 30 a minute per device) is
raised to 10^9 a second for the bench: it exists against enumeration, not load.
The participant table is ANALYZEd after loading (autovacuum would, a little later).
"""

from __future__ import annotations

import multiprocessing as mp
import random
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from multiprocessing.connection import Connection
from pathlib import Path

import requests
from sqlalchemy import create_engine, select
from sqlalchemy.exc import OperationalError

from anjungan.core.clock import FixedClock
from anjungan.server.db import Database, open_database
from anjungan.server.models.participants import Participant
from anjungan.server.seed import seed_demo
from anjungan.server.settings import RateLimit, ServerSettings
from bench.harness import Result, percentile
from tests.helpers.pg import ADMIN_URL, temporary_database

FULL_PARTICIPANTS = 1_000_000
QUICK_PARTICIPANTS = 20_000
SAMPLE_NIKS = 5_000
UNLIMITED = RateLimit(requests=10**9, per=timedelta(seconds=1))


@dataclass(frozen=True)
class Load:
    """One measured load: throughput and the latency of every request, in seconds."""

    requests_per_second: float
    latencies: list[float]

    def ms(self, pct: float) -> float:
        return percentile(self.latencies, pct) * 1000


def _settings(url: str) -> ServerSettings:
    # A fixed "today" for the seed and the server alike; with it the token bucket never
    # refills, which the 10^9 capacity makes irrelevant.
    return ServerSettings(
        database_url=url, clock=FixedClock(), kiosk_lookup_limit=UNLIMITED, migrate_on_start=False
    )


def _postgres_reachable() -> bool:
    engine = create_engine(ADMIN_URL)
    try:
        engine.connect().close()
    except OperationalError:
        return False
    finally:
        engine.dispose()
    return True


@contextmanager
def _database() -> Iterator[tuple[str, str]]:
    """(URL, backend name) of a fresh database, removed afterwards."""
    if _postgres_reachable():
        with temporary_database("anjungan_bench") as url:
            yield url.render_as_string(hide_password=False), "PostgreSQL"
        return
    with tempfile.TemporaryDirectory() as tmp:
        yield f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", "SQLite"


def _baseline_copy(db: Database, rows: int) -> float:
    """Rows/s of a plain bulk insert of ``rows`` narrow rows into a scratch table."""
    data = [(i, f"{3171000000000000 + i:016d}") for i in range(1, rows + 1)]
    with db.engine.connect() as connection:
        with connection.begin():
            connection.exec_driver_sql(
                "CREATE TABLE bench_scratch (id BIGINT PRIMARY KEY, nik VARCHAR(16) NOT NULL)"
            )
        start = time.perf_counter()
        with connection.begin():  # one transaction, as the loader's batches are
            if connection.dialect.name == "postgresql":
                raw = connection.connection.driver_connection
                assert raw is not None
                statement = "COPY bench_scratch (id, nik) FROM STDIN"
                with raw.cursor() as cursor, cursor.copy(statement) as copy:
                    for row in data:
                        copy.write_row(row)
            else:
                connection.exec_driver_sql("INSERT INTO bench_scratch VALUES (?, ?)", data)
        elapsed = time.perf_counter() - start
        with connection.begin():
            connection.exec_driver_sql("DROP TABLE bench_scratch")
    return rows / elapsed


def _sample_niks(db: Database, participants: int) -> list[str]:
    step = max(1, participants // SAMPLE_NIKS)
    with db.read() as session:
        niks = list(session.scalars(select(Participant.nik).where(Participant.id % step == 0)))
    random.Random(3).shuffle(niks)
    return niks[:SAMPLE_NIKS]


def _serve(url: str, port_out: Connection) -> None:
    """Child process: the real app under uvicorn on 127.0.0.1; sends its port, then serves."""
    import uvicorn

    from anjungan.server.app import create_app

    app = create_app(_settings(url))
    # The app's access log redacts NIKs; uvicorn's own would not.
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", access_log=False, lifespan="on"
    )
    server = uvicorn.Server(config)

    def announce() -> None:
        while not server.started:
            time.sleep(0.01)
        port_out.send(server.servers[0].sockets[0].getsockname()[1])

    threading.Thread(target=announce, daemon=True).start()
    server.run()  # until SIGTERM from the parent


@contextmanager
def _server(url: str) -> Iterator[str]:
    context = mp.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_serve, args=(url, send), name="bench-server")
    process.start()
    try:
        if not receive.poll(60):
            raise RuntimeError("the bench server did not start")
        yield f"http://127.0.0.1:{receive.recv()}"
    finally:
        process.terminate()  # uvicorn shuts down cleanly on SIGTERM
        process.join(timeout=15)
        if process.is_alive():
            process.kill()
            process.join()


def _load(base: str, token: str, paths: list[str], clients: int, per_client: int) -> Load:
    """``clients`` threads, each sending ``per_client`` GETs in turn over one keep-alive
    session, after a short warm-up; throughput over the wall time from start to last."""
    ready = threading.Barrier(clients + 1)
    latencies: list[list[float]] = [[] for _ in range(clients)]
    failures: list[str] = []

    def client(index: int) -> None:
        with requests.Session() as http:
            http.headers["Authorization"] = f"Bearer {token}"
            mine = paths[index::clients] or paths
            for path in mine[:20]:
                http.get(base + path, timeout=30)
            ready.wait()
            times = latencies[index]
            for n in range(per_client):
                start = time.perf_counter()
                answer = http.get(base + mine[n % len(mine)], timeout=30)
                times.append(time.perf_counter() - start)
                if answer.status_code != 200:
                    failures.append(f"{answer.status_code} {answer.text[:200]}")
                    return

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    ready.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise RuntimeError(f"bench request failed: {failures[0]}")
    samples = [t for per_thread in latencies for t in per_thread]
    return Load(len(samples) / elapsed, samples)


def run(quick: bool = False) -> list[Result]:
    participants = QUICK_PARTICIPANTS if quick else FULL_PARTICIPANTS
    clients, per_client = (4, 100) if quick else (8, 1_500)
    with _database() as (url, backend):
        db = open_database(url)
        try:
            seeded = seed_demo(db, _settings(url), participants=participants, seed=1)
            copy_rate = _baseline_copy(db, seeded.participants)
            if db.is_postgres:
                with db.engine.connect() as connection:
                    connection.exec_driver_sql("ANALYZE")
                    connection.commit()
            niks = _sample_niks(db, participants)
        finally:
            db.dispose()
        kiosk = next(d.token for d in seeded.devices if d.kind == "kiosk")
        lookups = [f"/v1/participants/nik/{nik}" for nik in niks]
        with _server(url) as base:
            health = _load(base, kiosk, ["/v1/health"], clients, per_client)
            status = _load(base, kiosk, lookups, clients, per_client)
    size = f"{participants:,} participants, {backend}"
    rows = seeded.families + seeded.participants + seeded.payments
    load_note = f"{clients} client threads x {per_client} requests; kiosk limit raised to 1e9/s"
    return [
        Result(
            name=f"server: status lookups ({size}, {clients} clients)",
            value=status.requests_per_second,
            baseline_name="GET /v1/health, same clients",
            baseline=health.requests_per_second,
            unit="requests/s",
            lower_is_better=False,
            note=load_note,
        ),
        Result(
            name=f"server: status lookup p50 ({size})",
            value=status.ms(50),
            baseline_name="GET /v1/health p50",
            baseline=health.ms(50),
            unit="ms",
            note=load_note,
        ),
        Result(
            name=f"server: status lookup p99 ({size})",
            value=status.ms(99),
            baseline_name="GET /v1/health p99",
            baseline=health.ms(99),
            unit="ms",
            note=load_note,
        ),
        Result(
            name=f"server: seed-demo participants ({size})",
            value=seeded.participants_per_second,
            baseline_name="plain COPY/executemany, 1 (id, nik) row each",
            baseline=copy_rate,
            unit="participants/s",
            lower_is_better=False,
            note=f"seed: generation + {rows:,} rows (families, members, payments) at "
            f"{rows / seeded.participant_seconds:,.0f} rows/s; baseline rows prepared beforehand",
        ),
    ]
