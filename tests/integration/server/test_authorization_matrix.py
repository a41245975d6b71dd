"""Every endpoint x every role (and no token) gets the expected answer.

The expected minimum role of each route is written down by hand, area by area, in
`tests/integration/server/authz/*.py`; this test sends each route a request as each
caller and checks: no token -> 401 (unless public), a role below the minimum -> 403,
the minimum or above -> neither 401 nor 403. A route of the app missing from the
tables fails the test, so a new endpoint cannot ship without its row.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from anjungan.server.app import create_app
from anjungan.server.settings import ServerSettings
from tests.integration.server import authz
from tests.integration.server.conftest import Api

pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)

RANK = {"kiosk": 1, "officer": 2, "supervisor": 3, "admin": 4}
# What each caller of the fixture acts as.
CALLERS = {
    "kiosk": "kiosk",
    "board": "kiosk",
    "counter": "officer",
    "officer": "officer",
    "supervisor": "supervisor",
    "admin": "admin",
}
# Well-formed stand-ins for path parameters, so routes reach their auth check and beyond.
PARAM_VALUES = {
    "nik": "3171010101900001",
    "card": "0001944358911",
    "card_number": "0001944358911",
    "code": "0138U020",
    "service": "A",
    "service_code": "A",
}


def expected_rows() -> list[tuple[str, str, str | None]]:
    rows: list[tuple[str, str, str | None]] = []
    for info in pkgutil.iter_modules(authz.__path__):
        module = importlib.import_module(f"{authz.__name__}.{info.name}")
        rows.extend(module.EXPECTED)
    return rows


def fill(path: str) -> str:
    return re.sub(r"\{(\w+)(:\w+)?\}", lambda m: PARAM_VALUES.get(m.group(1), "1"), path)


def test_every_route_of_the_app_has_an_expected_row(settings: ServerSettings) -> None:
    app = create_app(settings)
    # The OpenAPI document lists every route (FastAPI mounts routers lazily, so
    # app.routes does not); a route hidden from it would be a defect of its own.
    routes = {
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    }
    listed = {(method, path) for method, path, _ in expected_rows()}
    assert routes - listed == set(), "routes without a row in tests/integration/server/authz"
    assert listed - routes == set(), "rows for routes that do not exist"


def test_every_endpoint_answers_every_caller_as_its_minimum_role_says(api: Api) -> None:
    failures = []
    # Logging out ends the fixture's sessions: do it last.
    rows = sorted(expected_rows(), key=lambda row: row[1].endswith("/logout"))
    for method, path, minimum in rows:
        if path.endswith("/stream"):
            continue  # event streams are checked in their own tests (they stay open)
        url = api.base + fill(path)
        for caller in ("anonymous", *CALLERS):
            kwargs: dict[str, object] = {"timeout": 10}
            if method in {"POST", "PUT", "PATCH"}:
                kwargs["json"] = {}
            status = api.as_(caller).request(method, url, **kwargs).status_code
            if minimum is None:
                ok = status not in (401, 403)
            elif caller == "anonymous":
                ok = status == 401
            elif RANK[CALLERS[caller]] < RANK[minimum]:
                ok = status == 403
            else:
                ok = status not in (401, 403)
            if not ok:
                failures.append(f"{method} {path} as {caller}: {status} (minimum {minimum})")
    assert failures == []
