"""No duplicate numbers under load (DESIGN.md data flow 5): 100 kiosks asking at once.

The requests go to two server instances, each with its own engine and pool, sharing
one database, as two worker processes behind a load balancer would. PostgreSQL
serialises them on the row-locked daily counter (SELECT ... FOR UPDATE); SQLite on
the writer's BEGIN IMMEDIATE. The numbers must be 1..100 with no gap and no repeat.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests

from anjungan.server.app import create_app
from anjungan.server.db import open_database
from anjungan.server.settings import ServerSettings
from tests.helpers.live_server import serve
from tests.integration.server.conftest import Api
from tests.integration.server.test_queue import ok

REQUESTS = 100


def test_100_concurrent_ticket_requests_get_100_distinct_consecutive_numbers(
    api: Api, settings: ServerSettings, backend: str
) -> None:
    second_db = open_database(settings.database_url, migrate=False)
    try:
        with serve(create_app(settings, second_db)) as second_base:
            bases = (api.base, second_base)
            for base in bases:
                # FastAPI builds each app's routes on its first request, from route objects
                # the two apps share (one process here, unlike real workers): build them
                # one app at a time, or the burst races inside pydantic's schema builder.
                warm = api.as_("kiosk").get(f"{base}/v1/queue/services", timeout=10)
                assert warm.status_code == 200
            start = threading.Barrier(REQUESTS)

            def ask(index: int) -> tuple[int, dict[str, object], float]:
                with requests.Session() as session:
                    session.headers["Authorization"] = f"Bearer {api.tokens['kiosk']}"
                    url = f"{bases[index % 2]}/v1/queue/tickets"
                    start.wait(timeout=30)
                    began = time.monotonic()
                    answer = session.post(url, json={"service": "new_registration"}, timeout=60)
                    return answer.status_code, answer.json(), time.monotonic() - began

            began = time.monotonic()
            with ThreadPoolExecutor(max_workers=REQUESTS) as pool:
                results = list(pool.map(ask, range(REQUESTS)))
            elapsed = time.monotonic() - began
    finally:
        second_db.dispose()
    assert [status for status, _, _ in results] == [201] * REQUESTS, results[:3]
    numbers = sorted(int(str(body["number"])) for _, body, _ in results)
    assert numbers == list(range(1, REQUESTS + 1))
    assert len({body["label"] for _, body, _ in results}) == REQUESTS
    slowest = max(seconds for _, _, seconds in results)
    print(f"\n[{backend}] {REQUESTS} concurrent tickets: {elapsed:.2f} s, slowest {slowest:.2f} s")
    events = ok(api.as_("board").get(api.url("/queue/events"), params={"limit": 500}, timeout=10))[
        "events"
    ]
    ids = [event["id"] for event in events]
    assert len(ids) == REQUESTS and ids == sorted(ids)
