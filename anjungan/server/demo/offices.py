"""Synthetic service offices for demo data: BPJS branch offices and MPP booths.

Owns `Office` (with its `Counter` desks, `Officer` accounts and `Device` ids) and
`generate_offices`. Per kab/kota in scope it makes one BPJS Kesehatan Kantor Cabang
(a simplification: a real branch often covers several kab/kota) and one Mal Pelayanan
Publik booth, each offering the queue services of `DEFAULT_SERVICES` (seeds 003/004,
DOMAIN.md "Queue"). Usernames, office codes and device ids follow fixed patterns so a
README tour can name them (``mpp3171.petugas1``, ``MPP3171``, ``MPP3171-KIOSK-1``);
officer names are synthetic. It holds no passwords: the server seeds those.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from anjungan.core.domain.queue import DEFAULT_SERVICES
from anjungan.server.demo.facilities import landline_phone, street_address
from anjungan.server.demo.geo import area_code, region_point, region_spread, scatter
from anjungan.server.demo.pools import Pools, pools
from anjungan.server.demo.scope import KabkotaScope, Regions, kabkota_bare, resolve_scope

_ALL_SERVICES = tuple(s.code for s in DEFAULT_SERVICES)
_INFO_COMPLAINT = "info_complaint"


class OfficeKind(StrEnum):
    KANTOR_CABANG = "KC"
    MPP = "MPP"


class OfficerRole(StrEnum):
    """Values match the server's officer roles."""

    OFFICER = "officer"
    SUPERVISOR = "supervisor"


class DeviceKind(StrEnum):
    """Values match the server's device kinds."""

    KIOSK = "kiosk"
    COUNTER = "counter"
    BOARD = "board"


@dataclass(frozen=True)
class Counter:
    """A service desk (loket). ``service_codes`` are `ServiceDef.code` values."""

    number: int
    name: str
    service_codes: tuple[str, ...]


@dataclass(frozen=True)
class Officer:
    username: str
    display_name: str
    role: OfficerRole
    office_code: str
    counter_number: int | None


@dataclass(frozen=True)
class Device:
    device_id: str
    kind: DeviceKind
    office_code: str
    counter_number: int | None


@dataclass(frozen=True)
class Office:
    code: str
    name: str
    kind: OfficeKind
    address: str
    phone: str
    opening_hours: str
    province_code: str
    kabkota_code: str
    kecamatan_code: str
    latitude: float
    longitude: float
    service_codes: tuple[str, ...]
    counters: tuple[Counter, ...]
    officers: tuple[Officer, ...]
    devices: tuple[Device, ...]


def office_code(kind: OfficeKind, kabkota_code: str) -> str:
    """``KC3171`` or ``MPP3171`` (at most 16 characters, as the server stores it)."""
    return f"{kind.value}{kabkota_code}"


def generate_offices(regions: Regions = None, *, seed: int = 0) -> Iterator[Office]:
    """A Kantor Cabang and an MPP booth for every kab/kota in scope, in code order.

    Raises ValueError for an unknown region at the call, not at the first item.
    """
    scopes = resolve_scope(regions)
    return (office for scope in scopes for office in _kabkota_offices(scope, seed))


def _kabkota_offices(scope: KabkotaScope, seed: int) -> Iterator[Office]:
    rng = random.Random(f"offices:{seed}:{scope.code}")
    words = pools(seed)
    kc_counters = min(8, max(3, len(scope.kecamatan) // 5))
    yield _office(scope, OfficeKind.KANTOR_CABANG, kc_counters, 2, words, rng)
    yield _office(scope, OfficeKind.MPP, 2, 1, words, rng)


def _office(
    scope: KabkotaScope,
    kind: OfficeKind,
    counter_count: int,
    kiosk_count: int,
    words: Pools,
    rng: random.Random,
) -> Office:
    code = office_code(kind, scope.code)
    # The office sits in the kab/kota's first kecamatan by code, usually the old centre.
    kec = scope.kecamatan[0]
    point = scatter(region_point(kec.code), region_spread(kec.code), rng.random(), rng.random())
    place = kabkota_bare(scope.kabkota.name).upper()
    if kind is OfficeKind.KANTOR_CABANG:
        name = f"BPJS KESEHATAN KANTOR CABANG {place}"
        hours = "Senin-Jumat 08.00-15.00"
    else:
        name = f"MAL PELAYANAN PUBLIK {place} - LOKET BPJS KESEHATAN"
        hours = "Senin-Jumat 08.00-15.00; Sabtu 08.00-12.00"
    counters = tuple(
        Counter(
            number=n,
            name=f"LOKET {n}",
            service_codes=(_INFO_COMPLAINT,)
            if counter_count > 2 and n == counter_count
            else _ALL_SERVICES,
        )
        for n in range(1, counter_count + 1)
    )
    prefix = code.lower()
    officers = [
        Officer(f"{prefix}.petugas{n}", _person(words, rng), OfficerRole.OFFICER, code, n)
        for n in range(1, counter_count + 1)
    ]
    officers.append(
        Officer(f"{prefix}.supervisor", _person(words, rng), OfficerRole.SUPERVISOR, code, None)
    )
    devices = [
        *(
            Device(f"{code}-KIOSK-{n}", DeviceKind.KIOSK, code, None)
            for n in range(1, kiosk_count + 1)
        ),
        *(
            Device(f"{code}-LOKET-{n}", DeviceKind.COUNTER, code, n)
            for n in range(1, counter_count + 1)
        ),
        Device(f"{code}-BOARD-1", DeviceKind.BOARD, code, None),
    ]
    return Office(
        code=code,
        name=name,
        kind=kind,
        address=street_address(words, rng, kec.name, scope.kabkota.name),
        phone=landline_phone(area_code(scope.code), rng),
        opening_hours=hours,
        province_code=scope.province.code,
        kabkota_code=scope.code,
        kecamatan_code=kec.code,
        latitude=point.latitude,
        longitude=point.longitude,
        service_codes=_ALL_SERVICES,
        counters=counters,
        officers=tuple(officers),
        devices=tuple(devices),
    )


def _person(words: Pools, rng: random.Random) -> str:
    female = rng.random() < 0.5
    first = words.female_first if female else words.male_first
    last = words.female_last if female else words.male_last
    return f"{first[int(rng.random() * len(first))]} {last[int(rng.random() * len(last))]}"
