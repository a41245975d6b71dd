"""An access log that never records personal data.

Paths such as ``/v1/participants/nik/3171...`` carry a NIK or card number, so the
server turns off uvicorn's own access log and writes this one instead: method, the
path with every run of 8 or more digits replaced by ``***``, status and duration.
Query strings are left out entirely (they may hold search text typed by a person).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

log = logging.getLogger("anjungan.server.access")
_DIGITS = re.compile(r"\d{8,}")


def redact_path(path: str) -> str:
    return _DIGITS.sub("***", path)


def install_access_log(app: FastAPI) -> None:
    @app.middleware("http")
    async def access_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        start = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            log.info(
                "%s %s %d %.1fms",
                request.method,
                redact_path(request.url.path),
                status,
                (time.perf_counter() - start) * 1000,
            )
