"""Reading the central server's answers: a body as a `core.wire` model, a refusal as an error.

Owns `parse` and `parse_list` (the body of a 2xx answer as a model, or `BadResponse` when
it is not one: another API version, a proxy's page) and `error_from_response` (the
`SyncError` for a non-2xx answer: `Retryable` for 429 and 5xx, `Permanent` by status
otherwise, with the server's `ApiError` sentences in both languages, or a sentence of our
own when the body has none). `sync.api` sends the requests and raises what this returns.
No request is made here, and no error text ever holds the URL (a NIK travels in the path).
"""

from __future__ import annotations

from typing import Any, TypeVar

import requests
from pydantic import BaseModel, TypeAdapter
from pydantic import ValidationError as PydanticError

from anjungan.core.wire import ApiError
from anjungan.sync.errors import (
    BadResponse,
    Forbidden,
    InvalidInput,
    NotFoundError,
    Permanent,
    RateLimited,
    RuleRefused,
    ServerError,
    SyncError,
    Unauthorized,
)

M = TypeVar("M", bound=BaseModel)

_STATUS_ERRORS: dict[int, type[Permanent]] = {
    401: Unauthorized,
    403: Forbidden,
    404: NotFoundError,
    409: RuleRefused,
    422: InvalidInput,
}


def parse(model: type[M], response: requests.Response) -> M:
    """The body as ``model``, or `BadResponse` (another API version, a proxy's page)."""
    try:
        return model.model_validate_json(response.content)
    except PydanticError:
        raise BadResponse(status=response.status_code) from None


def parse_list(model: type[M], response: requests.Response) -> list[M]:
    """The body as a JSON list of ``model``, or `BadResponse`."""
    try:
        return TypeAdapter(list[model]).validate_json(response.content)  # type: ignore[valid-type]
    except PydanticError:
        raise BadResponse(status=response.status_code) from None


def error_from_response(response: requests.Response) -> SyncError:
    """The `SyncError` for a non-2xx answer, with the server's `ApiError` sentences."""
    status = response.status_code
    body = _json_object(response)
    api_error = _api_error(body)
    if api_error is not None:
        texts = (api_error.message_id, api_error.message_en)
        extra: dict[str, Any] = {"code": api_error.code, "field": api_error.field}
    else:
        texts = _generic_texts(status)
        extra = {}
    if status == 429:
        return RateLimited(
            *texts,
            retry_after_s=_retry_after(response),
            status=status,
            body=body,
            **extra,
        )
    if status >= 500:
        return ServerError(*texts, status=status, body=body, **extra)
    cls = _STATUS_ERRORS.get(status, Permanent)
    return cls(*texts, status=status, body=body, **extra)


def _json_object(response: requests.Response) -> dict[str, Any]:
    try:
        value = response.json()
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _api_error(body: dict[str, Any]) -> ApiError | None:
    # Subclasses (ChangeRefused, PushConflict) add keys; read the shared ones only.
    fields = {k: body[k] for k in ApiError.model_fields if k in body}
    try:
        return ApiError.model_validate(fields)
    except PydanticError:
        return None


def _generic_texts(status: int) -> tuple[str, str]:
    if status >= 500:
        return (
            "Server BPJS Kesehatan sedang bermasalah. Coba lagi beberapa menit lagi.",
            "The BPJS Kesehatan server has a problem. Try again in a few minutes.",
        )
    if status == 429:
        return (
            "Terlalu banyak permintaan dari perangkat ini. Tunggu sebentar lalu coba lagi.",
            "Too many requests from this device. Wait a moment and try again.",
        )
    return (
        f"Server menolak permintaan (kode {status}). Hubungi dukungan teknis bila terulang.",
        f"The server refused the request (code {status}). Contact support if it repeats.",
    )


def _retry_after(response: requests.Response) -> int | None:
    raw = response.headers.get("Retry-After", "")
    return int(raw) if raw.strip().isdigit() else None
