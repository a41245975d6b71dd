"""Bodies of the faskes (health facility) and office directory endpoints.

Owns the API vocabulary of facility types and levels, the facility and office bodies
returned by search and detail, the versioned snapshot that kiosks cache for offline
search, and the admin CSV import request and report. Facility types and their levels
follow DOMAIN.md "Faskes": FKTP = Puskesmas, Klinik Pratama, Dokter Praktik Perorangan,
Dokter Gigi, TNI/Polri clinics; FKRTL = hospitals and main clinics; partners = apotek
(PRB pharmacies) and optik. Facility codes are BPJS kdProvider codes, 8 characters.
Everything here is public directory information: no participant data. Must hold no
query or storage logic.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from anjungan.core.wire.common import WireModel

FACILITY_CODE_PATTERN = "^[0-9A-Z]{8}$"
"""kdProvider: 8 characters, digits and upper-case letters (DOMAIN.md, e.g. ``0138U020``)."""

REGION_PATTERN = "^[0-9]{2}([0-9]{2}([0-9]{2})?)?$"
"""A Kemendagri province (2), kab/kota (4) or kecamatan (6) code."""

MAX_IMPORT_CSV_CHARS = 20_000_000  # about 60,000 rows; the whole country fits twice


class FacilityType(StrEnum):
    PUSKESMAS = "puskesmas"
    KLINIK_PRATAMA = "klinik_pratama"
    DOKTER_PRAKTIK = "dokter_praktik"
    DOKTER_GIGI = "dokter_gigi"
    KLINIK_TNI_POLRI = "klinik_tni_polri"
    RS = "rs"
    KLINIK_UTAMA = "klinik_utama"
    APOTEK = "apotek"
    OPTIK = "optik"


class FacilityLevel(StrEnum):
    FKTP = "fktp"
    FKRTL = "fkrtl"
    PARTNER = "partner"


LEVEL_OF_TYPE: dict[FacilityType, FacilityLevel] = {
    FacilityType.PUSKESMAS: FacilityLevel.FKTP,
    FacilityType.KLINIK_PRATAMA: FacilityLevel.FKTP,
    FacilityType.DOKTER_PRAKTIK: FacilityLevel.FKTP,
    FacilityType.DOKTER_GIGI: FacilityLevel.FKTP,
    FacilityType.KLINIK_TNI_POLRI: FacilityLevel.FKTP,
    FacilityType.RS: FacilityLevel.FKRTL,
    FacilityType.KLINIK_UTAMA: FacilityLevel.FKRTL,
    FacilityType.APOTEK: FacilityLevel.PARTNER,
    FacilityType.OPTIK: FacilityLevel.PARTNER,
}
"""DOMAIN.md "Faskes": which level each facility type belongs to."""


class OfficeKind(StrEnum):
    KANTOR_CABANG = "kantor_cabang"
    MPP = "mpp"


class FacilityOut(WireModel):
    """One facility as search and detail answer it; ``distance_km`` when a point was given."""

    code: str
    name: str
    type: FacilityType
    level: FacilityLevel
    address: str
    phone: str | None
    hours: str | None
    province_code: str
    kabkota_code: str
    kecamatan_code: str | None
    latitude: float | None
    longitude: float | None
    active: bool
    distance_km: float | None = None


class FacilityPage(WireModel):
    items: list[FacilityOut]
    total: int
    offset: int
    limit: int


class OfficeOut(WireModel):
    """A BPJS Kesehatan branch office (Kantor Cabang) or an MPP booth."""

    code: str
    kind: OfficeKind
    name: str
    address: str
    phone: str | None
    hours: str | None
    province_code: str
    kabkota_code: str
    kecamatan_code: str | None
    latitude: float | None
    longitude: float | None
    services: list[str]
    """Queue service codes offered there (`core.domain.queue` service codes)."""
    distance_km: float | None = None


class OfficePage(WireModel):
    items: list[OfficeOut]
    total: int
    offset: int
    limit: int


class SnapshotFacility(WireModel):
    """A facility as a kiosk caches it: active ones only, no derived fields."""

    code: str
    name: str
    type: FacilityType
    address: str
    phone: str | None
    hours: str | None
    province_code: str
    kabkota_code: str
    kecamatan_code: str | None
    latitude: float | None
    longitude: float | None


class FaskesSnapshot(WireModel):
    """The directory for offline use, or ``changed: false`` if the client is up to date.

    ``facilities`` and ``offices`` are present (the full lists, replacing the client's
    cache) exactly when ``changed`` is true.
    """

    version: int
    changed: bool
    updated_at: datetime | None
    facilities: list[SnapshotFacility] | None = None
    offices: list[OfficeOut] | None = None


class FacilityCsvImport(WireModel):
    """A CSV file of facilities, as text (header row first), for `POST .../import`."""

    csv: Annotated[str, Field(min_length=1, max_length=MAX_IMPORT_CSV_CHARS)]


class ImportRowError(WireModel):
    """A refused row: its line number in the file (header = 1), the field and why."""

    row: int
    field: str | None
    code: str
    message_id: str
    message_en: str


class FacilityImportReport(WireModel):
    inserted: int
    updated: int
    unchanged: int
    errors: list[ImportRowError]
    version: int
    """The directory version after the import (bumped only if something changed)."""
