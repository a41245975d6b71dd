"""DLE EOT answers mean what the Epson reference says; errors tell people what to do."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.errors import AnjunganError
from anjungan.printing.errors import (
    CoverOpen,
    PaperOut,
    PrinterConfigError,
    PrinterError,
    PrinterFault,
    PrinterOffline,
    PrinterTimeout,
)
from anjungan.printing.status import (
    PrinterStatus,
    is_status_byte,
    parse_answers,
    parse_status,
    query_bytes,
)

OK = 0x12  # fixed bits 1 and 4 only: online, cover closed, paper present


def test_queries_are_dle_eot_1_2_4() -> None:
    assert query_bytes() == b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"


def test_all_clear_answers_mean_the_printer_can_print() -> None:
    status = parse_answers(bytes((OK, OK, OK)))
    assert status == PrinterStatus(
        offline=False, cover_open=False, paper_out=False, paper_near_end=False, error=False
    )
    assert status.problem() is None


@pytest.mark.parametrize(
    ("answers", "error"),
    [
        ((OK | 0x08, OK | 0x04, OK), CoverOpen),  # offline because the cover is open
        ((OK | 0x08, OK | 0x20, OK | 0x60), PaperOut),  # stopped at paper end, sensor empty
        ((OK, OK, OK | 0x60), PaperOut),  # roll sensor says no paper
        ((OK | 0x08, OK | 0x40, OK), PrinterFault),  # error occurred
        ((OK | 0x08, OK, OK), PrinterOffline),  # offline, no cause given
    ],
)
def test_status_bits_map_to_the_error_a_person_can_fix(
    answers: tuple[int, int, int], error: type[PrinterError]
) -> None:
    status = parse_answers(bytes(answers))
    assert status is not None
    assert isinstance(status.problem(), error)


def test_cover_open_is_reported_before_paper_out() -> None:
    status = parse_answers(bytes((OK | 0x08, OK | 0x04 | 0x20, OK | 0x60)))
    assert status is not None
    assert isinstance(status.problem(), CoverOpen)


def test_paper_near_end_is_a_warning_not_a_problem() -> None:
    status = parse_answers(bytes((OK, OK, OK | 0x0C)))
    assert status is not None
    assert status.paper_near_end is True
    assert status.problem() is None


def test_missing_or_foreign_answers_mean_no_status() -> None:
    assert parse_answers(b"") is None
    assert parse_answers(b"OK\r") is None  # a device echoing text is not a printer status
    partial = parse_answers(bytes((OK,)))  # only the first answer arrived
    assert partial == PrinterStatus(offline=False)


@given(st.integers(min_value=0, max_value=255))
def test_status_byte_shape_is_bits_1_and_4_set_0_and_7_clear(value: int) -> None:
    expected = bool(value & 0x02) and bool(value & 0x10) and not value & 0x01 and not value & 0x80
    assert is_status_byte(value) == expected
    assert (parse_status({1: value}) is None) != expected


ERRORS: list[PrinterError] = [
    PrinterOffline(),
    PaperOut(),
    CoverOpen(),
    PrinterFault(),
    PrinterTimeout(3.0),
    PrinterConfigError("port salah.", "wrong port."),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: e.code)
def test_every_printer_error_says_what_to_do_in_both_languages(error: PrinterError) -> None:
    assert isinstance(error, AnjunganError)
    indonesian, english = error.message("id"), error.message("en")
    assert indonesian != english
    assert any(
        word in indonesian.lower()
        for word in ("periksa", "isi", "tutup", "minta", "cetak", "matikan")
    )
    assert any(
        word in english.lower() for word in ("check", "load", "close", "ask", "print", "switch")
    )
    assert str(error).startswith(error.code)


def test_only_configuration_errors_are_not_worth_retrying() -> None:
    assert [e.code for e in ERRORS if not e.retryable] == ["printer_config"]


def test_timeout_message_uses_an_indonesian_decimal_comma() -> None:
    assert "3,0 detik" in PrinterTimeout(3.0).message("id")
    assert "3.0 seconds" in PrinterTimeout(3.0).message("en")
