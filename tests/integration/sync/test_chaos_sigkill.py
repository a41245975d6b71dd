"""A counter's sync process killed with SIGKILL at random points, 20 times, loses nothing.

A child process (`tests.helpers.sync_sigkill_client`) syncs a real counter store against
the real server (PostgreSQL) in small batches and pages; the parent kills it at random:
right after a push answer arrived (before the local commit: the answer is lost), after
a committed batch, after a pull page arrived (before its commit), or after a random
time; then starts it again, while the officer keeps adding records between crashes.
After 20 kills one last run in this process finishes the job, and the server must hold
every record exactly once with the payload the counter stored, every family with its
cards and VAs back on the counter (DESIGN.md data flow 2-3: exactly-once effect by
client uuid; cursor saved with its data).
"""

from __future__ import annotations

import os
import random
import selectors
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from anjungan.core.clock import SystemClock
from anjungan.core.store.engine import open_store
from anjungan.server.app import create_app
from anjungan.server.settings import ServerSettings
from anjungan.sync.backoff import Backoff
from anjungan.sync.engine import SyncEngine
from tests.helpers.live_server import serve
from tests.helpers.sync_checks import assert_exactly_once
from tests.helpers.sync_factories import add_complaint_with_steps, add_registrations
from tests.integration.sync.conftest import CHAOS, PgServer, counter_id

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

REPO_ROOT = Path(__file__).resolve().parents[3]
KILLS = 20
REGISTRATIONS = 600 if CHAOS else 150  # before the first run
COMPLAINTS = 30 if CHAOS else 5
PER_ROUND = 10  # registrations the officer adds between two crashes (and one complaint)
LINE_TIMEOUT_S = 30.0


class Child:
    """The sync child process and its stdout, read line by line with a deadline."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.sync_sigkill_client", *args],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert self.proc.stdout is not None
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.proc.stdout, selectors.EVENT_READ)
        self.buffer = b""
        self.lines: list[str] = []

    def next_line(self) -> str | None:
        """The next line, or None if the child is idle (nothing for a while)."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + LINE_TIMEOUT_S
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self.selector.select(remaining):
                return None
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            assert chunk, f"the sync child died on its own: {self.lines[-3:]}"
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        self.lines.append(line.decode())
        return self.lines[-1]

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)
        assert self.proc.stdout is not None
        self.lines += [x.decode() for x in (self.buffer + self.proc.stdout.read()).splitlines()]
        self.selector.close()
        self.proc.stdout.close()


def test_a_counter_killed_20_times_mid_sync_leaves_every_record_on_the_server_exactly_once(
    tmp_path: Path, pg_server: PgServer
) -> None:
    device = counter_id(0)
    path = tmp_path / "counter.sqlite3"
    clock = SystemClock()
    with open_store(path) as store:
        add_registrations(
            store, device_id=device, clock=clock, families=range(REGISTRATIONS), per_commit=25
        )
        for _ in range(COMPLAINTS):
            add_complaint_with_steps(store, device_id=device, clock=clock)
    rng = random.Random(20261123)
    kills: Counter[str] = Counter()
    repeats_seen = 0
    finished_early = 0
    settings = ServerSettings(database_url=pg_server.url, clock=clock)
    with serve(create_app(settings, pg_server.db)) as base:
        for round_ in range(KILLS):
            with open_store(path) as store:  # the officer kept working meanwhile
                first = REGISTRATIONS + round_ * PER_ROUND
                add_registrations(
                    store, device_id=device, clock=clock, families=range(first, first + PER_ROUND)
                )
                add_complaint_with_steps(store, device_id=device, clock=clock)
            child = Child(str(path), base, pg_server.tokens[device], device)
            assert child.next_line() == "ready"
            target = rng.choice(["answered", "batch", "page", "time"])
            wanted = rng.randint(1, 6)
            if target == "time":
                time.sleep(rng.uniform(0.0, 0.5))
            seen = 0
            while target != "time" and seen < wanted:
                line = child.next_line()
                if line is None or line.startswith("run ok 0"):
                    finished_early += 1  # nothing left to do: killed while idle
                    break
                seen += line.split()[0] == target
            child.kill()
            kills[target] += 1
            repeats_seen += sum(int(x.split()[2]) for x in child.lines if x.startswith("answered"))

        with open_store(path) as store:
            engine = SyncEngine(
                store,
                base,
                pg_server.tokens[device],
                device,
                clock=clock,
                backoff=Backoff(base_s=0.01, cap_s=0.1),
            )
            final = engine.sync_once()
            engine.close()
            assert final.ok, final.error
            repeats_seen += final.duplicates
            totals = assert_exactly_once(pg_server.db, [(device, store)])

    registrations = REGISTRATIONS + KILLS * PER_ROUND
    complaints = COMPLAINTS + KILLS
    assert totals.rows == registrations + 3 * complaints
    assert (totals.registrations, totals.complaints) == (registrations, complaints)
    assert sum(kills.values()) == KILLS and kills["answered"] > 0
    # Some kills fell between the server's commit and the counter's: the next run's
    # push came back as repeats, and nothing was stored twice (checked above).
    assert repeats_seen > 0
    print(
        f"\nsigkill: {KILLS} kills {dict(kills)}, {finished_early} after the work was done; "
        f"{totals.rows} rows, {totals.members} cards; {repeats_seen} repeats answered"
    )
