"""Any text given to an identity parser either parses to a value that keeps the documented
invariants or is refused with the project's own `ValidationError`, never another
exception, and the refusal never repeats the typed number (error strings reach logs).

Targets: NIK and KK (`nik.py`), JKN card numbers, the kiosk's NIK-or-card field and
virtual accounts (`card.py`), phone numbers (`contact.py`), names and their masking
(`names.py`), the digit cleaning they share (`digit_input.py`) and region lookups
(`regions.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain import regions
from anjungan.core.domain.card import (
    CARD_LENGTH,
    VA_CARD_DIGITS,
    VA_PREFIXES,
    Bank,
    classify_identifier,
    parse_card_number,
    virtual_account,
    virtual_accounts,
)
from anjungan.core.domain.contact import PhoneKind, normalize_phone, parse_phone
from anjungan.core.domain.digit_input import require_digits, strip_separators
from anjungan.core.domain.names import NAME_MAX_LENGTH, mask_name, normalize_name
from anjungan.core.domain.nik import (
    FEMALE_DAY_OFFSET,
    Sex,
    format_nik,
    is_valid_nik,
    mask_nik,
    parse_kk,
    parse_nik,
)
from anjungan.core.errors import ValidationError
from tests.fuzz.budget import fuzz, tried
from tests.fuzz.strategies import HOSTILE, any_text, identifier_like

T = TypeVar("T")

PROVINCES = [p.code for p in regions.provinces()]
DIGITS = re.compile(r"[0-9]{6,}")


def _separated(digits: str, draw: st.DrawFn) -> str:
    """``digits`` with spaces, dots or dashes between some of them, as people type."""
    out = []
    for char in digits:
        out.append(char)
        out.append(draw(st.sampled_from(["", "", "", " ", ".", "-"])))
    return "".join(out)


@st.composite
def nik_like(draw: st.DrawFn) -> str:
    """16 digits, mostly with a real province, a plausible date and some separators."""
    province = draw(st.sampled_from([*PROVINCES, "00", "99"]))
    rest = draw(st.text(alphabet="0123456789", min_size=4, max_size=4))
    day = draw(st.integers(0, 80))
    month = draw(st.integers(0, 13))
    year = draw(st.integers(0, 99))
    serial = draw(st.integers(0, 9999))
    digits = f"{province}{rest}{day:02d}{month:02d}{year:02d}{serial:04d}"
    return _separated(digits, draw)


@st.composite
def card_like(draw: st.DrawFn) -> str:
    return _separated(draw(st.text(alphabet="0123456789", min_size=13, max_size=13)), draw)


@st.composite
def phone_like(draw: st.DrawFn) -> str:
    start = draw(st.sampled_from(["08", "+62 8", "628", "021", "+62 (0)21 ", "0542", "62", "+1"]))
    body = draw(st.text(alphabet="0123456789 -.()", max_size=16))
    return start + body


any_input = st.one_of(any_text, identifier_like, st.sampled_from(HOSTILE))
dates = st.dates(date(1901, 1, 1), date(2099, 12, 31))


def _refusal_or_value(target: str, parse: Callable[[], T], field: str, text: str) -> T | None:
    """Run ``parse``; a refusal must be a ValidationError on ``field`` naming no number."""
    tried(target)
    try:
        return parse()
    except ValidationError as error:
        assert error.field == field
        assert error.message_id and error.message_en
        digits = strip_separators(text)
        if DIGITS.fullmatch(digits):
            assert digits not in str(error)
            assert digits not in error.message_id + error.message_en
        return None


@fuzz(400)
@given(text=st.one_of(any_input, nik_like()), today=dates)
def test_any_text_is_a_valid_nik_or_a_nik_validation_error(text: str, today: date) -> None:
    info = _refusal_or_value("nik.parse_nik", lambda: parse_nik(text, today), "nik", text)
    assert is_valid_nik(text, today) is (info is not None)
    if info is None:
        return
    assert info.nik == strip_separators(text)
    assert len(info.nik) == 16 and info.nik.isascii() and info.nik.isdigit()
    assert info.province_code in PROVINCES
    assert info.birth_date <= today
    assert today.year - info.birth_date.year <= 100
    day_field = int(info.nik[6:8])
    expected = info.birth_date.day + (FEMALE_DAY_OFFSET if info.sex is Sex.FEMALE else 0)
    assert day_field == expected
    assert info.serial != "0000"
    assert parse_nik(format_nik(info.nik), today) == info
    masked = mask_nik(info.nik)
    assert masked == info.nik[:6] + "********" + info.nik[14:]


@fuzz(300)
@given(text=st.one_of(any_input, nik_like()))
def test_any_text_is_a_valid_kk_or_a_kk_validation_error(text: str) -> None:
    info = _refusal_or_value("nik.parse_kk", lambda: parse_kk(text), "kk", text)
    if info is None:
        return
    assert info.kk == strip_separators(text)
    assert len(info.kk) == 16 and info.kk.isdigit()
    assert info.province_code in PROVINCES
    assert (info.region is None) == bool(info.warnings)


@fuzz(300)
@given(text=st.one_of(any_input, card_like()), bank=st.sampled_from(Bank))
def test_any_text_is_a_card_number_with_its_virtual_accounts_or_a_card_error(
    text: str, bank: Bank
) -> None:
    card = _refusal_or_value(
        "card.parse_card_number", lambda: parse_card_number(text), "card_number", text
    )
    if card is None:
        return
    assert card == strip_separators(text)
    assert len(card) == CARD_LENGTH and card.isascii() and card.isdigit()
    assert card.strip("0")
    assert parse_card_number(card) == card
    va = virtual_account(card, bank)
    assert va == VA_PREFIXES[bank] + card[-VA_CARD_DIGITS:]
    assert va.isdigit() and len(va) == 16
    assert virtual_accounts(card)[bank] == va


@fuzz(300)
@given(text=st.one_of(any_input, nik_like(), card_like()))
def test_the_kiosk_identifier_field_is_a_nik_a_card_or_an_identifier_error(text: str) -> None:
    kind = _refusal_or_value(
        "card.classify_identifier", lambda: classify_identifier(text), "identifier", text
    )
    if kind is None:
        return
    digits = strip_separators(text)
    assert digits.isascii() and digits.isdigit()
    assert len(digits) == (16 if kind == "nik" else 13)


@fuzz(200)
@given(text=any_input, length=st.integers(1, 20))
def test_digit_cleaning_gives_exactly_the_ascii_digits_or_an_error(text: str, length: int) -> None:
    digits = _refusal_or_value(
        "digit_input.require_digits",
        lambda: require_digits(text, length=length, field="f", label_id="X", label_en="x"),
        "f",
        text,
    )
    if digits is not None:
        assert len(digits) == length and all(c in "0123456789" for c in digits)


@fuzz(400)
@given(text=st.one_of(any_input, phone_like()))
def test_any_text_is_an_indonesian_e164_phone_or_a_phone_error(text: str) -> None:
    phone = _refusal_or_value("contact.parse_phone", lambda: parse_phone(text), "phone", text)
    if phone is None:
        return
    assert phone.e164.startswith("+62")
    nsn = phone.e164[3:]
    assert nsn.isascii() and nsn.isdigit() and 8 <= len(nsn) <= 12
    assert (phone.kind is PhoneKind.MOBILE) == nsn.startswith("8")
    assert parse_phone(phone.e164) == phone
    assert parse_phone(phone.national) == phone
    assert normalize_phone(text) == phone.e164


@st.composite
def name_like(draw: st.DrawFn) -> str:
    words = draw(
        st.lists(
            st.text(alphabet=st.sampled_from("abcdeXYZ'’-.,éÉ\u0301ŉΐß "), min_size=1, max_size=12),
            min_size=1,
            max_size=6,
        )
    )
    return draw(st.sampled_from([" ", "  ", "\t"])).join(words)


@fuzz(400)
@given(text=st.one_of(any_input, name_like()))
def test_any_text_is_a_normalized_card_name_or_a_name_error(text: str) -> None:
    name = _refusal_or_value("names.normalize_name", lambda: normalize_name(text), "name", text)
    masked = mask_name(text)  # masks anything, valid or not
    tried("names.mask_name")
    assert "\n" not in masked
    if name is None:
        return
    assert 0 < len(name) <= NAME_MAX_LENGTH
    assert name == name.strip() and "  " not in name
    assert not any(c.isdigit() for c in name)
    assert any(c.isalpha() for c in name)
    assert normalize_name(name) == name
    assert [len(w) for w in mask_name(name).split(" ")] == [len(w) for w in name.split(" ")]


@fuzz(200)
@given(code=st.one_of(any_input, st.text(alphabet="0123456789 ", max_size=8)))
def test_region_lookups_answer_none_or_empty_for_any_code(code: str) -> None:
    tried("regions.lookup")
    found = regions.region_of(code)
    assert found is None or found.code == code.strip()
    path = regions.region_path(code)
    assert path is None or path.code == code.strip()
    assert isinstance(regions.is_known_province(code), bool)
    assert all(r.code.startswith(code.strip()) for r in regions.kabkota(code))
    regions.kecamatan(code, code)
