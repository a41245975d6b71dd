"""A small, known directory for the faskes tests: real places, hand-written facilities.

Coordinates are of real landmarks (Monas, Gedung Sate, ...) so that distances can be
checked against an independent haversine in the tests. Built from the demo generator's
own record types, which is what the loader must accept.
"""

from __future__ import annotations

import math

from anjungan.server.demo.facilities import Facility, FacilityType
from anjungan.server.demo.offices import Office, OfficeKind

MONAS = (-6.1754, 106.8272)


def facility(
    code: str,
    name: str,
    kind: FacilityType,
    kecamatan: str | None,
    point: tuple[float, float] | None,
    *,
    kabkota: str | None = None,
    address: str = "Jl. Merdeka No. 1",
) -> Facility:
    kab = kabkota or (kecamatan or "")[:4]
    return Facility(
        code=code,
        name=name,
        kind=kind,
        address=address,
        phone="+62215551234",
        opening_hours="Senin-Jumat 08.00-16.00",
        province_code=kab[:2],
        kabkota_code=kab,
        kecamatan_code=kecamatan,
        latitude=point[0] if point else None,
        longitude=point[1] if point else None,
    )


FACILITIES = (
    facility("3171P001", "PUSKESMAS GAMBIR", FacilityType.PUSKESMAS, "317101", (-6.1767, 106.8226)),
    facility(
        "3171K001",
        "KLINIK PRATAMA SEHAT SENTOSA",
        FacilityType.KLINIK_PRATAMA,
        "317101",
        (-6.1862, 106.8341),
        address="Jl. Cempaka Putih Raya No. 5",
    ),
    facility(
        "3171A001",
        "APOTEK KIMIA FARMA SEHAT",
        FacilityType.APOTEK,
        "317105",
        (-6.1700, 106.8650),
    ),
    facility(
        "3171M001",
        "KLINIK UTAMA MATA DAN OPTIK NUSANTARA",
        FacilityType.KLINIK_UTAMA,
        "317108",
        (-6.1850, 106.8500),
    ),
    facility("3171U001", "DR. BUDI SANTOSO", FacilityType.DOKTER_PRAKTIK, "317108", None),
    facility(
        "3273R001", "RSUD KOTA BANDUNG", FacilityType.RUMAH_SAKIT, "327305", (-6.9147, 107.6098)
    ),
    facility(
        "3201K001",
        "KLINIK PRATAMA MEDIKA BOGOR",
        FacilityType.KLINIK_PRATAMA,
        "320105",
        (-6.4815, 106.8540),
    ),
    facility(
        "6471P001",
        "PUSKESMAS BALIKPAPAN KOTA",
        FacilityType.PUSKESMAS,
        "647106",
        (-1.2654, 116.8312),
    ),
    facility("7171O001", "OPTIK SEHAT MATA", FacilityType.OPTIK, "717101", (1.4931, 124.8413)),
)


def office(
    code: str, kind: OfficeKind, name: str, kecamatan: str, lat: float, lon: float
) -> Office:
    return Office(
        code=code,
        name=name,
        kind=kind,
        address="Jl. Proklamasi No. 10",
        phone="+62215550000",
        opening_hours="Senin-Jumat 08.00-15.00",
        province_code=kecamatan[:2],
        kabkota_code=kecamatan[:4],
        kecamatan_code=kecamatan,
        latitude=lat,
        longitude=lon,
        service_codes=("registration", "info_complaint"),
        counters=(),
        officers=(),
        devices=(),
    )


OFFICES = (
    office(
        "KC3171",
        OfficeKind.KANTOR_CABANG,
        "BPJS KESEHATAN KANTOR CABANG JAKARTA PUSAT",
        "317101",
        -6.1805,
        106.8400,
    ),
    office(
        "MPP3273",
        OfficeKind.MPP,
        "MAL PELAYANAN PUBLIK BANDUNG - LOKET BPJS KESEHATAN",
        "327305",
        -6.9175,
        107.6191,
    ),
    office(
        "MPP6471",
        OfficeKind.MPP,
        "MAL PELAYANAN PUBLIK BALIKPAPAN - LOKET BPJS KESEHATAN",
        "647106",
        -1.2379,
        116.8529,
    ),
)


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The tests' own haversine (atan2 form, same mean radius), apart from the server's."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0088 * 2 * math.atan2(math.sqrt(h), math.sqrt(1 - h))
