"""Synthetic health facilities (faskes) for demo data: one Puskesmas per kecamatan and more.

Owns `Facility`, `FacilityType` and `generate_facilities`. Per kab/kota in scope it makes
one Puskesmas per kecamatan plus Klinik Pratama, Dokter Praktik Perorangan, Dokter Gigi,
one TNI/Polri clinic (FKTP), hospitals and main clinics (FKRTL), apotek and optik
(partners); how many of each depends only on the number of kecamatan (`facility_counts`),
so the FKTP codes a participant may reference are known without generating anything.
Source for the facility kinds: DOMAIN.md "Faskes".

Facility codes copy the shape of a BPJS kdProvider (8 characters, e.g. ``0138U020``):
``KKKK`` + type letter + ``NNN``, where ``KKKK`` is the Kemendagri kab/kota code, the
letter is `FacilityType.letter` and ``NNN`` a serial within that kab/kota and type
(a Puskesmas's serial is its kecamatan's rank by code). They are SYNTHETIC: real
kdProvider digits are BPJS's own. Names, addresses, phones and coordinates are synthetic
too (coordinates from `geo.py`). A kab/kota's facilities depend on ``seed`` and its code
only, not on which other regions are in scope.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, StrEnum

from anjungan.server.demo.geo import area_code, region_point, region_spread, scatter
from anjungan.server.demo.pools import FACILITY_WORDS, MOBILE_PREFIXES, Pools, pools
from anjungan.server.demo.scope import (
    KabkotaScope,
    Regions,
    kabkota_bare,
    kabkota_title,
    resolve_scope,
    short_name,
)


class FacilityLevel(StrEnum):
    FKTP = "FKTP"
    """Primary care: where a participant is registered (Puskesmas, clinic, GP, dentist)."""
    FKRTL = "FKRTL"
    """Referral care: hospitals and main clinics."""
    PARTNER = "PARTNER"
    """Partners: PRB pharmacies (apotek) and opticians (optik)."""


class FacilityType(Enum):
    PUSKESMAS = "PUSKESMAS"
    KLINIK_PRATAMA = "KLINIK_PRATAMA"
    DOKTER_PRAKTIK = "DOKTER_PRAKTIK"
    DOKTER_GIGI = "DOKTER_GIGI"
    KLINIK_TNI_POLRI = "KLINIK_TNI_POLRI"
    RUMAH_SAKIT = "RUMAH_SAKIT"
    KLINIK_UTAMA = "KLINIK_UTAMA"
    APOTEK = "APOTEK"
    OPTIK = "OPTIK"

    @property
    def letter(self) -> str:
        """The type letter in a synthetic facility code."""
        return _TYPE_INFO[self][0]

    @property
    def level(self) -> FacilityLevel:
        return _TYPE_INFO[self][1]

    @property
    def label_id(self) -> str:
        return _TYPE_INFO[self][2]

    @property
    def label_en(self) -> str:
        return _TYPE_INFO[self][3]

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id


_TYPE_INFO: dict[FacilityType, tuple[str, FacilityLevel, str, str]] = {
    FacilityType.PUSKESMAS: ("P", FacilityLevel.FKTP, "Puskesmas", "Community health centre"),
    FacilityType.KLINIK_PRATAMA: ("K", FacilityLevel.FKTP, "Klinik Pratama", "Primary clinic"),
    FacilityType.DOKTER_PRAKTIK: (
        "U",
        FacilityLevel.FKTP,
        "Dokter Praktik Perorangan",
        "General practitioner",
    ),
    FacilityType.DOKTER_GIGI: ("G", FacilityLevel.FKTP, "Dokter Gigi", "Dentist"),
    FacilityType.KLINIK_TNI_POLRI: (
        "T",
        FacilityLevel.FKTP,
        "Klinik TNI/Polri",
        "Armed forces/police clinic",
    ),
    FacilityType.RUMAH_SAKIT: ("R", FacilityLevel.FKRTL, "Rumah Sakit", "Hospital"),
    FacilityType.KLINIK_UTAMA: ("M", FacilityLevel.FKRTL, "Klinik Utama", "Main clinic"),
    FacilityType.APOTEK: ("A", FacilityLevel.PARTNER, "Apotek", "Pharmacy"),
    FacilityType.OPTIK: ("O", FacilityLevel.PARTNER, "Optik", "Optician"),
}

REGISTRABLE_FKTP = (
    FacilityType.PUSKESMAS,
    FacilityType.KLINIK_PRATAMA,
    FacilityType.DOKTER_PRAKTIK,
)
"""Where demo participants are registered (a dentist is chosen separately)."""

_OPENING_HOURS: dict[FacilityType, tuple[str, ...]] = {
    FacilityType.PUSKESMAS: (
        "Senin-Kamis 07.30-14.30; Jumat 07.30-11.30; Sabtu 07.30-13.00",
        "Senin-Sabtu 07.30-14.00; UGD 24 jam",
    ),
    FacilityType.KLINIK_PRATAMA: ("Senin-Sabtu 08.00-21.00", "24 jam"),
    FacilityType.DOKTER_PRAKTIK: ("Senin-Sabtu 17.00-21.00", "Senin-Jumat 16.00-20.00"),
    FacilityType.DOKTER_GIGI: ("Senin-Jumat 16.00-20.00", "Senin-Sabtu 09.00-15.00"),
    FacilityType.KLINIK_TNI_POLRI: ("Senin-Jumat 08.00-15.00",),
    FacilityType.RUMAH_SAKIT: ("IGD 24 jam; poliklinik Senin-Sabtu 08.00-14.00",),
    FacilityType.KLINIK_UTAMA: ("Senin-Sabtu 08.00-20.00",),
    FacilityType.APOTEK: ("Setiap hari 08.00-22.00", "24 jam"),
    FacilityType.OPTIK: ("Senin-Sabtu 09.00-20.00",),
}


@dataclass(frozen=True, slots=True)
class Facility:
    """One health facility. ``phone`` is E.164; coordinates are synthetic degrees.

    ``kecamatan_code``, ``phone`` and the coordinates may be None for imported facilities
    whose CSV row leaves them empty; generated facilities always have them.
    """

    code: str
    name: str
    kind: FacilityType
    address: str
    phone: str | None
    opening_hours: str
    province_code: str
    kabkota_code: str
    kecamatan_code: str | None
    latitude: float | None
    longitude: float | None

    @property
    def level(self) -> FacilityLevel:
        return self.kind.level


def facility_counts(kecamatan_count: int) -> dict[FacilityType, int]:
    """How many facilities of each type a kab/kota with this many kecamatan gets."""
    n = kecamatan_count
    return {
        FacilityType.PUSKESMAS: n,
        FacilityType.KLINIK_PRATAMA: max(2, round(1.2 * n)),
        FacilityType.DOKTER_PRAKTIK: max(2, n),
        FacilityType.DOKTER_GIGI: max(1, n // 2),
        FacilityType.KLINIK_TNI_POLRI: 1,
        FacilityType.RUMAH_SAKIT: max(1, round(n / 3)),
        FacilityType.KLINIK_UTAMA: n // 6,
        FacilityType.APOTEK: max(2, n),
        FacilityType.OPTIK: max(1, n // 3),
    }


def facility_code(kabkota_code: str, kind: FacilityType, serial: int) -> str:
    """``3171P001``: kab/kota code, type letter, 3-digit serial (1-999)."""
    if not 1 <= serial <= 999:
        raise ValueError("facility serial must be 1-999")
    return f"{kabkota_code}{kind.letter}{serial:03d}"


def puskesmas_code(kecamatan_code: str, scope: KabkotaScope) -> str:
    """The code of the Puskesmas of ``kecamatan_code`` (its rank by code in the kab/kota)."""
    ranks = [k.code for k in scope.kecamatan]
    return facility_code(scope.code, FacilityType.PUSKESMAS, ranks.index(kecamatan_code) + 1)


def registrable_fktp_codes(scope: KabkotaScope) -> tuple[str, ...]:
    """Codes of the Klinik Pratama and Dokter Praktik of a kab/kota (not the Puskesmas)."""
    counts = facility_counts(len(scope.kecamatan))
    return tuple(
        facility_code(scope.code, kind, serial)
        for kind in REGISTRABLE_FKTP[1:]
        for serial in range(1, counts[kind] + 1)
    )


def generate_facilities(regions: Regions = None, *, seed: int = 0) -> Iterator[Facility]:
    """Every facility of every kab/kota in scope, in code order per kab/kota.

    Raises ValueError for an unknown region at the call, not at the first item.
    """
    scopes = resolve_scope(regions)
    return (facility for scope in scopes for facility in _kabkota_facilities(scope, seed))


def _kabkota_facilities(scope: KabkotaScope, seed: int) -> Iterator[Facility]:
    # A string seed is hashed with SHA-512 by `random`: stable across processes.
    rng = random.Random(f"facilities:{seed}:{scope.code}")
    words = pools(seed)
    counts = facility_counts(len(scope.kecamatan))
    for kind, count in counts.items():
        for serial in range(1, count + 1):
            if kind is FacilityType.PUSKESMAS:
                kec = scope.kecamatan[serial - 1]
            else:
                kec = scope.kecamatan[int(rng.random() * len(scope.kecamatan))]
            point = scatter(
                region_point(kec.code), region_spread(kec.code), rng.random(), rng.random()
            )
            yield Facility(
                code=facility_code(scope.code, kind, serial),
                name=_facility_name(kind, serial, kec.name, scope, words, rng),
                kind=kind,
                address=street_address(words, rng, kec.name, scope.kabkota.name),
                phone=_facility_phone(kind, scope.code, rng),
                opening_hours=_pick(_OPENING_HOURS[kind], rng),
                province_code=scope.province.code,
                kabkota_code=scope.code,
                kecamatan_code=kec.code,
                latitude=point.latitude,
                longitude=point.longitude,
            )


def _pick(options: tuple[str, ...], rng: random.Random) -> str:
    return options[int(rng.random() * len(options))]


def street_address(words: Pools, rng: random.Random, kecamatan: str, kabkota: str) -> str:
    """``Jl. Cempaka No. 12, Kec. Gambir, Kota Jakarta Pusat`` (street from the Faker pool)."""
    street = _pick(words.streets, rng)
    number = 1 + int(rng.random() * 199)
    return f"{street} No. {number}, Kec. {short_name(kecamatan)}, {short_name(kabkota)}"


def _facility_name(
    kind: FacilityType,
    serial: int,
    kecamatan: str,
    scope: KabkotaScope,
    words: Pools,
    rng: random.Random,
) -> str:
    place = kabkota_bare(scope.kabkota.name).upper()
    two = f"{_pick(FACILITY_WORDS, rng)} {_pick(FACILITY_WORDS, rng)}"
    if kind is FacilityType.PUSKESMAS:
        return f"PUSKESMAS {short_name(kecamatan).upper()}"
    if kind is FacilityType.KLINIK_PRATAMA:
        return f"KLINIK PRATAMA {two}"
    if kind in (FacilityType.DOKTER_PRAKTIK, FacilityType.DOKTER_GIGI):
        female = rng.random() < 0.5
        first = _pick(words.female_first if female else words.male_first, rng)
        last = _pick(words.female_last if female else words.male_last, rng)
        title = "DR." if kind is FacilityType.DOKTER_PRAKTIK else "DRG."
        return f"{title} {first} {last}"
    if kind is FacilityType.KLINIK_TNI_POLRI:
        unit = "POLRES" if int(scope.code) % 2 else "KODIM"
        return f"KLINIK PRATAMA {unit} {place}"
    if kind is FacilityType.RUMAH_SAKIT:
        if serial == 1:
            return f"RSUD {kabkota_title(scope.kabkota.name).upper()}"
        return f"RS {two}" if rng.random() < 0.7 else f"RS IBU DAN ANAK {two}"
    if kind is FacilityType.KLINIK_UTAMA:
        return f"KLINIK UTAMA {two}"
    if kind is FacilityType.APOTEK:
        return f"APOTEK {two}"
    return f"OPTIK {two}"


def _facility_phone(kind: FacilityType, kab_code: str, rng: random.Random) -> str:
    if kind in (FacilityType.DOKTER_PRAKTIK, FacilityType.DOKTER_GIGI):
        return mobile_phone(rng)
    return landline_phone(area_code(kab_code), rng)


def landline_phone(area: str, rng: random.Random) -> str:
    """E.164 landline: area code + subscriber number, 10 digits after +62 in all."""
    digits = 10 - len(area)
    first = 2 + int(rng.random() * 7)
    rest = int(rng.random() * 10 ** (digits - 1))
    return f"+62{area}{first}{rest:0{digits - 1}d}"


def mobile_phone(rng: random.Random) -> str:
    """E.164 mobile: ``+628`` + operator prefix digits + 8 subscriber digits."""
    prefix = MOBILE_PREFIXES[int(rng.random() * len(MOBILE_PREFIXES))]
    return f"+62{prefix}{int(rng.random() * 100_000_000):08d}"
