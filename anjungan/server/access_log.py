"""An access log that never records personal data.

Paths such as ``/v1/participants/nik/3171...`` carry a NIK or card number, so the
server turns off uvicorn's own access log and writes this one instead: method, the
path with every run of 8 or more digits replaced by ``***``, status and duration.
Query strings are left out entirely (they may hold search text typed by a person).
A pure ASGI middleware: it passes ``receive`` through untouched, so long-lived event
streams still see uvicorn's shutdown and disconnect messages.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("anjungan.server.access")
_DIGITS = re.compile(r"\d{8,}")


def redact_path(path: str) -> str:
    return _DIGITS.sub("***", path)


class AccessLog:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status: dict[str, Any] = {"code": 500}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            log.info(
                "%s %s %d %.1fms",
                scope["method"],
                redact_path(scope["path"]),
                status["code"],
                (time.perf_counter() - start) * 1000,
            )
