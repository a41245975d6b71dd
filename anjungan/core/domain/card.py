"""JKN card numbers (noKartu), the kiosk's NIK-or-card input, and bank virtual accounts.

Owns DOMAIN.md "Identity": a card number is 13 digits kept as text (leading zeros are
part of it, ``0001944358911``); the virtual account (VA) for paying iuran is one per
family, a bank prefix followed by the last 11 digits of the card number. Bank prefixes
are a table (`VA_PREFIXES`), so a new bank is a new row, not new code. It must not know
how a payment is made or confirmed, and must never put a card number into an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Literal

from anjungan.core.domain.digit_input import require_digits, strip_separators
from anjungan.core.domain.nik import NIK_LENGTH
from anjungan.core.errors import ValidationError

CARD_LENGTH = 13
# DOMAIN.md "Identity": the VA keeps the last 11 digits of the card number.
VA_CARD_DIGITS = 11


class Bank(StrEnum):
    """Banks that take iuran by virtual account (DOMAIN.md "Identity"; seed 004 lists the same
    five for the savings account of a new PBPU registration)."""

    BRI = "BRI"
    BNI = "BNI"
    BTN = "BTN"
    BCA = "BCA"
    MANDIRI = "MANDIRI"


VA_PREFIXES: Mapping[Bank, str] = MappingProxyType(
    {
        Bank.BRI: "88888",
        Bank.BNI: "88888",
        Bank.BTN: "88888",
        Bank.BCA: "88888",
        Bank.MANDIRI: "89888",
    }
)
"""VA prefix per bank (DOMAIN.md "Identity")."""


def parse_card_number(text: str) -> str:
    """The 13-digit JKN card number in ``text`` (spaces, dots, dashes dropped; zeros kept).

    Raises `ValidationError` with ``field="card_number"``; also for all zeros, which no
    card carries and which would give every family the same VA.
    """
    card = require_digits(
        text,
        length=CARD_LENGTH,
        field="card_number",
        label_id="Nomor kartu JKN",
        label_en="JKN card number",
    )
    if card.strip("0") == "":
        raise ValidationError(
            "card_number",
            "all_zero",
            "Nomor kartu JKN tidak boleh nol semua. Lihat nomor pada kartu atau aplikasi "
            "Mobile JKN.",
            "The JKN card number cannot be all zeros. Read the number on the card or in "
            "the Mobile JKN app.",
        )
    return card


def classify_identifier(text: str) -> Literal["nik", "card"]:
    """Tell the kiosk's single input apart: 16 digits is a NIK (or KK), 13 a card number.

    Only the shape is checked; the caller then runs `parse_nik` or `parse_card_number`.
    Raises `ValidationError` with ``field="identifier"``.
    """
    digits = strip_separators(text)
    if not digits:
        raise ValidationError(
            "identifier",
            "required",
            "Ketik NIK (16 digit) atau nomor kartu JKN (13 digit).",
            "Type your NIK (16 digits) or JKN card number (13 digits).",
        )
    if not digits.isascii() or not digits.isdigit():
        raise ValidationError(
            "identifier",
            "not_digits",
            "NIK atau nomor kartu JKN hanya berisi angka. Periksa kembali dan ketik ulang.",
            "A NIK or JKN card number contains digits only. Check it and type it again.",
        )
    if len(digits) == NIK_LENGTH:
        return "nik"
    if len(digits) == CARD_LENGTH:
        return "card"
    raise ValidationError(
        "identifier",
        "wrong_length",
        "NIK terdiri dari 16 digit dan nomor kartu JKN 13 digit. Periksa kembali dan ketik ulang.",
        "A NIK has 16 digits and a JKN card number 13. Check it and type it again.",
    )


def virtual_account(
    card_number: str, bank: Bank, prefixes: Mapping[Bank, str] = VA_PREFIXES
) -> str:
    """The family's VA at ``bank``: bank prefix + last 11 digits of the card number.

    DOMAIN.md "Identity": card ``0001944358911`` gives ``8888801944358911`` (BRI, BNI,
    BTN, BCA) and ``8988801944358911`` (Mandiri). Use the card number of the family's
    head (one VA per KK). ``prefixes`` lets a caller pass a newer table.
    """
    card = parse_card_number(card_number)
    try:
        prefix = prefixes[bank]
    except KeyError:
        raise ValidationError(
            "bank",
            "no_virtual_account",
            "Bank ini belum melayani virtual account BPJS Kesehatan. Pilih bank lain.",
            "This bank does not offer a BPJS Kesehatan virtual account yet. Choose another bank.",
        ) from None
    return prefix + card[-VA_CARD_DIGITS:]


def virtual_accounts(
    card_number: str, prefixes: Mapping[Bank, str] = VA_PREFIXES
) -> dict[Bank, str]:
    """The family's VA at every bank in ``prefixes``, in the table's order."""
    card = parse_card_number(card_number)
    return {bank: prefix + card[-VA_CARD_DIGITS:] for bank, prefix in prefixes.items()}
