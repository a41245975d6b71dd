"""Identity rules of DOMAIN.md "Identity" in one import: NIK, KK, card, VA, phone, name.

A facade only: the rules live in `nik.py` (NIK and KK numbers, age), `card.py` (JKN card
number, NIK-or-card input, virtual accounts), `contact.py` (phone numbers), `names.py`
(names and their masking) and `regions.py` (Kemendagri region codes). Callers may import
from here or from those modules; nothing is defined here, so nothing can drift.
"""

from __future__ import annotations

from anjungan.core.domain.card import (
    CARD_LENGTH,
    VA_PREFIXES,
    Bank,
    classify_identifier,
    parse_card_number,
    virtual_account,
    virtual_accounts,
)
from anjungan.core.domain.contact import PhoneKind, PhoneNumber, normalize_phone, parse_phone
from anjungan.core.domain.names import NAME_MAX_LENGTH, mask_name, normalize_name
from anjungan.core.domain.nik import (
    NIK_LENGTH,
    KkInfo,
    NikInfo,
    NikWarning,
    Sex,
    age_on,
    format_nik,
    is_valid_nik,
    mask_nik,
    parse_kk,
    parse_nik,
)
from anjungan.core.domain.regions import Region, RegionLevel, RegionPath

__all__ = [
    "CARD_LENGTH",
    "NAME_MAX_LENGTH",
    "NIK_LENGTH",
    "VA_PREFIXES",
    "Bank",
    "KkInfo",
    "NikInfo",
    "NikWarning",
    "PhoneKind",
    "PhoneNumber",
    "Region",
    "RegionLevel",
    "RegionPath",
    "Sex",
    "age_on",
    "classify_identifier",
    "format_nik",
    "is_valid_nik",
    "mask_name",
    "mask_nik",
    "normalize_name",
    "normalize_phone",
    "parse_card_number",
    "parse_kk",
    "parse_nik",
    "parse_phone",
    "virtual_account",
    "virtual_accounts",
]
