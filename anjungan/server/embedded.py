"""The central server in a background thread on a loopback port (demo, tests, benchmarks).

`serve(app)` runs uvicorn on 127.0.0.1 with a free port (or the ``port`` given: a test
that starts the server where a client already points), yields the base URL, and stops
the server when the block ends. Production runs `anjungan server` instead.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI


@contextmanager
def serve(app: FastAPI, *, port: int = 0, start_timeout_s: float = 10.0) -> Iterator[str]:
    """Run ``app`` on 127.0.0.1 (``port``, 0: a free one); yield its base URL; stop it
    afterwards."""
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="on",
        access_log=False,  # ours (server.access_log) redacts NIKs; uvicorn's would not
        timeout_graceful_shutdown=3,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="anjungan-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the embedded server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
