"""`GET /v1/health`: is the server up and which version (no auth: load balancers ask)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from anjungan import __version__
from anjungan.core.wire import Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health(request: Request) -> Health:
    return Health(status="ok", version=__version__, time=request.app.state.settings.clock.now())
