"""Unique, deterministic NIK, KK and JKN card numbers for demo participants.

Owns `IdentifierAllocator`. A NIK is built as DOMAIN.md "Identity" says
(``PP KK CC DDMMYY SSSS``, day + 40 for women) with the serial counted per kecamatan,
two-digit birth year and sex, so two people can never share one: the serial alone
differs whenever the other 12 digits agree. KK numbers carry the kecamatan and the
issue date the same way, with serials from a separate range (`KK_SERIAL_FIRST` up), so a
KK never equals a NIK. Card numbers are a bijection of the running member index onto
``0002000000000``-``0009999999999`` (fixed personas use ``0001...``): unique without
remembering any. Memory is a few counters per kecamatan, never one entry per person.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date

from anjungan.core.domain.nik import FEMALE_DAY_OFFSET

NIK_SERIAL_LAST = 4999
"""Generated NIK serials are 0001-4999 ..."""
KK_SERIAL_FIRST = 5001
"""... and KK serials 5001-9999, so no KK number equals a NIK."""
KK_SERIAL_LAST = 9999

_CARD_BASE = 2_000_000_000
_CARD_SPAN = 8_000_000_000
# Odd and not a multiple of 5, so coprime with the span (2^12 x 5^9): a bijection.
_CARD_MULTIPLIER = 2_654_435_761


class ScopeTooSmall(ValueError):
    """More people in one kecamatan, birth year and sex than four serial digits can number."""


class IdentifierAllocator:
    """Hands out NIK, KK and card numbers for the kecamatan given (by position)."""

    def __init__(self, kecamatan_codes: Sequence[str], seed: int) -> None:
        self.kecamatan_codes = tuple(kecamatan_codes)
        self.index = {code: i for i, code in enumerate(self.kecamatan_codes)}
        # Flat counters: [kecamatan][yy 0-99][sex 0-1] and [kecamatan][issue yy 0-99].
        self._nik_counts = [0] * (len(self.kecamatan_codes) * 200)
        self._kk_counts = [KK_SERIAL_FIRST - 1] * (len(self.kecamatan_codes) * 100)
        digest = hashlib.blake2b(f"cards:{seed}".encode(), digest_size=8).digest()
        self._card_offset = int.from_bytes(digest, "big") % _CARD_SPAN
        self._cards_issued = 0

    def nik(self, kec_index: int, birth: date, female: bool) -> str:
        """A new NIK issued in kecamatan ``kec_index`` for this birth date and sex."""
        yy = birth.year % 100
        slot = kec_index * 200 + yy * 2 + female
        serial = self._nik_counts[slot] + 1
        if serial > NIK_SERIAL_LAST:
            raise ScopeTooSmall(
                "too many participants for the regions chosen; widen regions or lower count"
            )
        self._nik_counts[slot] = serial
        day = birth.day + FEMALE_DAY_OFFSET if female else birth.day
        return f"{self.kecamatan_codes[kec_index]}{day:02d}{birth.month:02d}{yy:02d}{serial:04d}"

    def kk(self, kec_index: int, issued: date) -> str:
        """A new KK number issued in kecamatan ``kec_index`` on ``issued``."""
        yy = issued.year % 100
        slot = kec_index * 100 + yy
        serial = self._kk_counts[slot] + 1
        if serial > KK_SERIAL_LAST:
            raise ScopeTooSmall(
                "too many families for the regions chosen; widen regions or lower count"
            )
        self._kk_counts[slot] = serial
        return (
            f"{self.kecamatan_codes[kec_index]}{issued.day:02d}{issued.month:02d}{yy:02d}"
            f"{serial:04d}"
        )

    def card(self) -> str:
        """The next card number: 13 digits, never in the personas' ``0001`` range."""
        value = (_CARD_MULTIPLIER * (self._cards_issued + self._card_offset)) % _CARD_SPAN
        self._cards_issued += 1
        return f"000{_CARD_BASE + value:010d}"

    def reserve_nik(self, nik: str) -> None:
        """Keep a fixed NIK (a persona's) from being handed out again."""
        kec_index = self.index[nik[:6]]
        female = int(nik[6:8]) > FEMALE_DAY_OFFSET
        slot = kec_index * 200 + int(nik[10:12]) * 2 + female
        self._nik_counts[slot] = max(self._nik_counts[slot], int(nik[12:]))

    def reserve_kk(self, kk: str) -> None:
        """Keep a fixed KK number (a persona's) from being handed out again."""
        slot = self.index[kk[:6]] * 100 + int(kk[10:12])
        self._kk_counts[slot] = max(self._kk_counts[slot], int(kk[12:]))
