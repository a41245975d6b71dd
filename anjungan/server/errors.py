"""Turning errors into HTTP answers: every error body is a `core.wire.ApiError`.

Validation of input (ours or FastAPI's) is 422, a rule that forbids the action 409,
unknown things 404, auth 401/403, rate limits 429. A value the database refuses to store
or compare (PostgreSQL: a NUL character, text longer than its column) is input too: 422.
Unexpected exceptions are logged without request bodies (they may carry personal data)
and answered with a plain 500.
"""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from anjungan.core.errors import AnjunganError, IllegalTransition, RuleError, ValidationError
from anjungan.core.wire import ApiError
from anjungan.server.access_log import redact_path

log = logging.getLogger("anjungan.server")


class NotFound(AnjunganError):
    status = 404

    def __init__(self, what_id: str, what_en: str, code: str = "not_found") -> None:
        super().__init__(f"{what_id} tidak ditemukan.", f"{what_en} was not found.")
        self.code = code


class TooManyRequests(AnjunganError):
    status = 429
    code = "rate_limited"

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(
            "Terlalu banyak permintaan dari perangkat ini. Tunggu sebentar lalu coba lagi.",
            "Too many requests from this device. Wait a moment and try again.",
        )
        self.retry_after_s = retry_after_s


class UnstorableValue(AnjunganError):
    """The database refused a value of the request (``sqlalchemy.exc.DataError``)."""

    status = 422
    code = "unstorable_value"

    def __init__(self) -> None:
        super().__init__(
            "Ada isian yang tidak dapat disimpan (terlalu panjang, di luar batas, atau berisi "
            "karakter NUL). Perbaiki lalu kirim ulang.",
            "A value cannot be stored (too long, out of range, or holding a NUL character). "
            "Correct it and send it again.",
        )


class Conflict(AnjunganError):
    status = 409

    def __init__(self, code: str, message_id: str, message_en: str) -> None:
        super().__init__(message_id, message_en)
        self.code = code


def status_of(error: AnjunganError) -> int:
    explicit = getattr(error, "status", None)
    if isinstance(explicit, int):
        return explicit
    if isinstance(error, ValidationError):
        return 422
    if isinstance(error, IllegalTransition | RuleError):
        return 409
    return 400


def _body(error: AnjunganError) -> dict[str, object]:
    return ApiError.from_error(error, code=getattr(error, "code", "error")).model_dump()


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AnjunganError)
    async def anjungan_error(_request: Request, error: AnjunganError) -> JSONResponse:
        headers = {}
        if isinstance(error, TooManyRequests):
            headers["Retry-After"] = str(error.retry_after_s)
        if status_of(error) == 401:
            headers["WWW-Authenticate"] = "Bearer"
        return JSONResponse(_body(error), status_code=status_of(error), headers=headers)

    @app.exception_handler(RequestValidationError)
    async def request_invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {"loc": (), "msg": "invalid"}
        field = ".".join(
            str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path", "header")
        )
        msg = first.get("msg")
        body = ApiError(
            code="invalid_request",
            message_id=f"Data yang dikirim tidak sah ({field or 'permintaan'}): {msg}.",
            message_en=f"The request is not valid ({field or 'request'}): {msg}.",
            field=field or None,
        )
        return JSONResponse(body.model_dump(), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        # Starlette answers a body it cannot parse with 400; to clients that is the same
        # thing as any other invalid request, so it gets the documented 422 ApiError.
        if error.status_code == 400:
            body = ApiError(
                code="invalid_request",
                message_id="Isi permintaan tidak dapat dibaca (JSON tidak sah).",
                message_en="The request body could not be read (invalid JSON).",
            )
            return JSONResponse(body.model_dump(), status_code=422)
        body = ApiError(
            code=f"http_{error.status_code}",
            message_id=str(error.detail),
            message_en=str(error.detail),
        )
        headers = dict(error.headers or {})
        if error.status_code == 405:
            # Starlette names only the first matching route's methods; a path served by
            # several routes (GET and POST /complaints) must list them all.
            headers["Allow"] = ", ".join(_allowed_methods(app, request.url.path))
        return JSONResponse(body.model_dump(), status_code=error.status_code, headers=headers)

    @app.exception_handler(DataError)
    async def unstorable(request: Request, _error: DataError) -> JSONResponse:
        path = redact_path(request.url.path)  # a path may hold a NIK or card number
        log.warning("the database refused a value on %s %s", request.method, path)
        return JSONResponse(_body(UnstorableValue()), status_code=422)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        body = ApiError(
            code="internal_error",
            message_id="Terjadi kesalahan di server. Coba lagi; bila terulang hubungi admin.",
            message_en="The server had an error. Try again; if it repeats, contact the admin.",
        )
        return JSONResponse(body.model_dump(), status_code=500)


def _allowed_methods(app: FastAPI, path: str) -> list[str]:
    table = getattr(app.state, "allowed_methods", None)
    if table is None:
        table = [
            (re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"), ops)
            for template, ops in app.openapi()["paths"].items()
        ]
        app.state.allowed_methods = table
    # A static path ("/queue/services/seed") is its own resource, even where a template
    # ("/queue/services/{code}") would also match it.
    paths = app.openapi()["paths"]
    if path in paths:
        return sorted(method.upper() for method in paths[path])
    methods: set[str] = set()
    for pattern, operations in table:
        if pattern.match(path):
            methods.update(method.upper() for method in operations)
    return sorted(methods)


def error_responses(*codes: int) -> dict[int | str, dict[str, object]]:
    """OpenAPI entries for the error answers a route can give (all `ApiError` bodies)."""
    return {code: {"model": ApiError, "description": _DESCRIPTIONS[code]} for code in codes}


_DESCRIPTIONS = {
    401: "No token, or an unknown, revoked or expired one",
    403: "The caller's role may not do this",
    404: "Not found",
    409: "A rule forbids this, or a conflicting record exists",
    422: "The request is not valid",
    429: "Too many requests from this device",
}

# What every authenticated route can answer besides its own success.
AUTH_ERRORS = error_responses(401, 403, 422)
