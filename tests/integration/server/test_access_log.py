"""The server's access log never records a NIK or card number from a URL."""

from __future__ import annotations

import logging

import pytest

from anjungan.server.access_log import redact_path
from tests.integration.server.conftest import Api


def test_redact_path_hides_long_digit_runs_only() -> None:
    assert redact_path("/v1/participants/nik/3171011203800001/bill") == (
        "/v1/participants/nik/***/bill"
    )
    assert redact_path("/v1/queue/tickets/42") == "/v1/queue/tickets/42"


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_lookup_is_logged_without_the_nik(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    nik = "3171011203800001"
    with caplog.at_level(logging.INFO, logger="anjungan.server.access"):
        api.as_("kiosk").get(api.url(f"/participants/nik/{nik}"), timeout=10)
    lines = [r.getMessage() for r in caplog.records if r.name == "anjungan.server.access"]
    assert any("/v1/participants/nik/***" in line for line in lines), lines
    assert all(nik not in line for line in lines)
