"""Every HTTP error status lands in the right family of `sync.errors`, with the server's
sentence when it sent an `ApiError` body and a sentence of ours when it did not."""

from __future__ import annotations

import json

import requests
from hypothesis import given
from hypothesis import strategies as st

from anjungan.sync.api import error_from_response
from anjungan.sync.errors import (
    Forbidden,
    InvalidInput,
    NotFoundError,
    Permanent,
    RateLimited,
    Retryable,
    RuleRefused,
    ServerError,
    Unauthorized,
)


def response(
    status: int, body: object | None = None, headers: dict[str, str] | None = None
) -> requests.Response:
    answer = requests.Response()
    answer.status_code = status
    answer._content = b"" if body is None else json.dumps(body).encode()
    answer.headers.update(headers or {})
    return answer


API_ERROR = {"code": "x", "message_id": "Kalimat.", "message_en": "Sentence.", "field": "nik"}


@given(st.integers(min_value=300, max_value=599), st.booleans())
def test_only_5xx_and_429_are_retryable(status: int, with_body: bool) -> None:
    error = error_from_response(response(status, API_ERROR if with_body else None))
    assert isinstance(error, Retryable) == (status >= 500 or status == 429)
    assert isinstance(error, Permanent) != isinstance(error, Retryable)
    assert error.status == status
    assert error.message("id") and error.message("en")


def test_each_client_error_has_its_class() -> None:
    expected = {
        401: Unauthorized,
        403: Forbidden,
        404: NotFoundError,
        409: RuleRefused,
        422: InvalidInput,
        429: RateLimited,
        500: ServerError,
    }
    for status, cls in expected.items():
        assert type(error_from_response(response(status, API_ERROR))) is cls


def test_the_server_sentences_and_field_are_kept() -> None:
    error = error_from_response(response(422, API_ERROR))
    assert (error.code, error.field) == ("x", "nik")
    assert (error.message("id"), error.message("en")) == ("Kalimat.", "Sentence.")


def test_a_conflict_body_keeps_its_extra_keys() -> None:
    body = {**API_ERROR, "earliest_on": "2027-03-01", "conflicts": ["not-a-uuid"]}
    error = error_from_response(response(409, body))
    assert isinstance(error, RuleRefused)
    assert str(error.earliest_on) == "2027-03-01"
    assert error.conflicts == []


def test_retry_after_is_read_from_the_header() -> None:
    error = error_from_response(response(429, API_ERROR, {"Retry-After": "17"}))
    assert isinstance(error, RateLimited) and error.retry_after_s == 17
