"""Composition root of the central server: `create_app(settings)` builds the FastAPI app.

Opens the database (migrating it), keeps it and the settings on `app.state`, installs
the error handlers and mounts every area's router under `/v1`. Tests build the same
app with their own settings (a FixedClock, a temporary database).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI

from anjungan import __version__
from anjungan.server import routes
from anjungan.server.access_log import AccessLog
from anjungan.server.db import Database, open_database
from anjungan.server.errors import install_error_handlers
from anjungan.server.settings import ServerSettings


def routers() -> list[APIRouter]:
    """Every area's router: each module in `server/routes/` exposes ``router``."""
    found = []
    for info in sorted(pkgutil.iter_modules(routes.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{routes.__name__}.{info.name}")
        found.append(module.router)
    return found


def create_app(settings: ServerSettings, database: Database | None = None) -> FastAPI:
    db = database or open_database(settings.database_url, migrate=settings.migrate_on_start)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if database is None:
            db.dispose()

    app = FastAPI(
        title="Anjungan central server",
        version=__version__,
        description="API v1 for AMAN JKN kiosks, MPP counters and queue boards.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = db
    install_error_handlers(app)
    app.add_middleware(AccessLog)
    for router in routers():
        app.include_router(router, prefix="/v1")
    return app
