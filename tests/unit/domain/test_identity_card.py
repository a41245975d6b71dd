"""JKN card number, NIK-or-card input and virtual accounts (anjungan.core.domain.card)."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.identity import (
    VA_PREFIXES,
    Bank,
    classify_identifier,
    parse_card_number,
    virtual_account,
    virtual_accounts,
)
from anjungan.core.errors import ValidationError

CARD = "0001944358911"  # DOMAIN.md "Identity"


def _error(func, text):
    with pytest.raises(ValidationError) as caught:
        func(text)
    return caught.value


def test_card_number_keeps_leading_zeros():
    assert parse_card_number(CARD) == "0001944358911"
    assert parse_card_number("0001 9443 5891 1") == "0001944358911"
    assert parse_card_number("0001-944358-911") == "0001944358911"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1944358911", "wrong_length"),  # leading zeros lost, e.g. by a spreadsheet
        ("00019443589110", "wrong_length"),
        ("000194435891A", "not_digits"),
        ("", "required"),
        ("0000000000000", "all_zero"),
    ],
)
def test_card_number_rejections_on_field_card_number(text, code):
    err = _error(parse_card_number, text)
    assert (err.field, err.code) == ("card_number", code)


def test_card_number_error_never_contains_the_number():
    err = _error(parse_card_number, "000194435891A")
    assert "000194435891" not in str(err) + err.message("id") + err.message("en")


def test_classify_identifier_16_digits_is_nik_13_is_card():
    assert classify_identifier("3171 0101 0190 0001") == "nik"
    assert classify_identifier(CARD) == "card"
    assert classify_identifier("0001-9443-5891-1") == "card"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("12345678901234", "wrong_length"),
        ("123", "wrong_length"),
        ("", "required"),
        ("31710101019000A1", "not_digits"),
    ],
)
def test_classify_identifier_rejects_other_shapes(text, code):
    err = _error(classify_identifier, text)
    assert (err.field, err.code) == ("identifier", code)


def test_virtual_account_example_from_domain_md_exactly():
    assert virtual_account(CARD, Bank.BRI) == "8888801944358911"
    assert virtual_account(CARD, Bank.MANDIRI) == "8988801944358911"


def test_virtual_accounts_gives_88888_for_bri_bni_btn_bca_and_89888_for_mandiri():
    assert virtual_accounts(CARD) == {
        Bank.BRI: "8888801944358911",
        Bank.BNI: "8888801944358911",
        Bank.BTN: "8888801944358911",
        Bank.BCA: "8888801944358911",
        Bank.MANDIRI: "8988801944358911",
    }


def test_every_bank_has_a_va_prefix_in_the_table():
    assert set(VA_PREFIXES) == set(Bank)


def test_va_prefix_table_is_data_a_caller_can_replace():
    newer = MappingProxyType({**VA_PREFIXES, Bank.BCA: "39358"})
    assert virtual_account(CARD, Bank.BCA, newer) == "3935801944358911"
    assert virtual_accounts(CARD, newer)[Bank.BCA] == "3935801944358911"
    assert virtual_account(CARD, Bank.BCA) == "8888801944358911"


def test_va_for_a_bank_missing_from_the_table_is_a_validation_error():
    only_bri = {Bank.BRI: "88888"}
    err = _error(lambda card: virtual_account(card, Bank.MANDIRI, only_bri), CARD)
    assert (err.field, err.code) == ("bank", "no_virtual_account")


def test_va_rejects_an_invalid_card_number():
    err = _error(lambda card: virtual_account(card, Bank.BRI), "1944358911")
    assert err.field == "card_number"


cards = st.text(alphabet="0123456789", min_size=13, max_size=13).filter(lambda s: s.strip("0"))


@given(cards, st.sampled_from(Bank))
def test_property_va_ends_with_last_11_digits_of_its_card_number(card, bank):
    va = virtual_account(card, bank)
    assert va.endswith(card[-11:])
    assert va == VA_PREFIXES[bank] + card[-11:]
    assert len(va) == 16


@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_property_classify_identifier_agrees_with_the_digit_count(digits):
    expected = {16: "nik", 13: "card"}.get(len(digits))
    if expected is None:
        assert _error(classify_identifier, digits).code == "wrong_length"
    else:
        assert classify_identifier(digits) == expected
