"""Child process of the sync SIGKILL test: syncs a counter's store until it is killed.

Run as ``python -m tests.helpers.sync_sigkill_client DB URL TOKEN DEVICE``. Prints
``ready`` once the store is open, then one line per event, so the parent can time its
kill: ``answered <items> <duplicates>`` when a push answer arrived (BEFORE the local
commit: a kill right after it loses the answer), ``batch`` after a push batch was
committed, ``page <entries>`` when a pull page arrived (before its commit), ``run ok
<pending>`` after each whole run. Small batches and pages make many commit points.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

from anjungan.core.clock import SystemClock
from anjungan.core.store.engine import open_store
from anjungan.core.wire.sync import PullResponse, PushItem, PushResponse
from anjungan.sync.backoff import Backoff
from anjungan.sync.engine import SyncEngine
from anjungan.sync.report import SyncStatus


class _Lines:
    def sync_progress(self, status: SyncStatus) -> None:
        print("batch", flush=True)


def main(db: str, url: str, token: str, device_id: str) -> None:
    store = open_store(db)
    engine = SyncEngine(
        store,
        url,
        token,
        device_id,
        clock=SystemClock(),
        batch_size=7,
        pull_limit=5,
        backoff=Backoff(base_s=0.01, cap_s=0.1),
        listener=_Lines(),
    )
    real_push, real_pull = engine.api.push, engine.api.pull

    def push(items: Sequence[PushItem]) -> PushResponse:
        answer = real_push(items)
        repeats = sum(r.duplicate for r in answer.results)
        print(f"answered {len(items)} {repeats}", flush=True)
        return answer

    def pull(cursor: int = 0, limit: int = 100) -> PullResponse:
        page = real_pull(cursor, limit)
        print(f"page {len(page.entries)}", flush=True)
        return page

    engine.api.push = push  # type: ignore[method-assign]
    engine.api.pull = pull  # type: ignore[method-assign]
    print("ready", flush=True)
    while True:
        report = engine.sync_once()
        print(f"run {'ok' if report.ok else 'failed'} {engine.status().pending}", flush=True)
        time.sleep(0.05)


if __name__ == "__main__":
    main(*sys.argv[1:5])
