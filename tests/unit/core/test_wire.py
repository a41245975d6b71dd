"""Wire bodies refuse unknown keys and carry errors in both languages."""

from __future__ import annotations

import pydantic
import pytest

from anjungan.core.errors import RuleError, ValidationError
from anjungan.core.wire import ApiError


def test_validation_error_becomes_api_error_with_field_and_code() -> None:
    error = ValidationError("nik", "nik_length", "NIK harus 16 angka.", "NIK must be 16 digits.")
    body = ApiError.from_error(error)
    assert body.model_dump() == {
        "code": "nik_length",
        "message_id": "NIK harus 16 angka.",
        "message_en": "NIK must be 16 digits.",
        "field": "nik",
    }


def test_rule_error_keeps_its_code_and_has_no_field() -> None:
    body = ApiError.from_error(RuleError("fktp_too_soon", "Belum 3 bulan.", "Not 3 months yet."))
    assert (body.code, body.field) == ("fktp_too_soon", None)


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(pydantic.ValidationError):
        ApiError.model_validate({"code": "x", "message_id": "a", "message_en": "b", "nik": "1"})
