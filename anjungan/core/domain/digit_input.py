"""Cleaning of digit-only identifiers typed on a keypad or copied from a card.

Owns the one rule shared by NIK, KK and JKN card numbers: people group digits with
spaces, dots or dashes (``3171 0101 0190 0001``, ``0001-9443-5891-1``), so those are
dropped, and what remains must be exactly the expected number of ASCII digits. It must
not know what the digits mean (regions, dates, banks): the callers own that.
"""

from __future__ import annotations

from anjungan.core.errors import ValidationError

_SEPARATORS = frozenset(".-")
_ASCII_DIGITS = frozenset("0123456789")


def strip_separators(text: str) -> str:
    """``text`` without whitespace, dots and dashes."""
    return "".join(c for c in text if not c.isspace() and c not in _SEPARATORS)


def require_digits(text: str, *, length: int, field: str, label_id: str, label_en: str) -> str:
    """The ``length`` ASCII digits in ``text``, or a ValidationError on ``field``.

    Codes: ``required`` (nothing typed), ``not_digits`` (letters or other symbols; non-ASCII
    digits too, since no Indonesian card prints them), ``wrong_length``.
    """
    digits = strip_separators(text)
    if not digits:
        raise ValidationError(
            field,
            "required",
            f"{label_id} wajib diisi.",
            f"Please enter the {label_en}.",
        )
    if not all(c in _ASCII_DIGITS for c in digits):
        raise ValidationError(
            field,
            "not_digits",
            f"{label_id} hanya boleh berisi angka. Periksa kembali dan ketik ulang.",
            f"The {label_en} may contain digits only. Check it and type it again.",
        )
    if len(digits) != length:
        raise ValidationError(
            field,
            "wrong_length",
            f"{label_id} harus {length} digit. Periksa kembali dan ketik ulang.",
            f"The {label_en} must have {length} digits. Check it and type it again.",
        )
    return digits
