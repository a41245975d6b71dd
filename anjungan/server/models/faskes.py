"""Tables of the public directory: health facilities (faskes), service offices, versions.

`Facility` is one BPJS-contracted facility keyed by its 8-character kdProvider code
(DOMAIN.md "Faskes"); `Office` a BPJS Kantor Cabang or MPP booth; `ReferenceVersion`
one counter per kind of reference data, bumped in the same transaction as every change
so that kiosks know when their offline copy is stale. ``search_text`` and ``name_norm``
are derived (lower-case, accent-free words) and written only by the loader, so that
as-you-type search is a plain LIKE on both SQLite and PostgreSQL. No personal data here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Double, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from anjungan.core.store.types import UtcDateTime
from anjungan.server.db import ServerBase


class Facility(ServerBase):
    __tablename__ = "facility"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(24))  # core.wire.faskes.FacilityType
    level: Mapped[str] = mapped_column(String(8))  # fktp | fkrtl | partner
    address: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    hours: Mapped[str | None] = mapped_column(String(200))
    province_code: Mapped[str] = mapped_column(String(2))
    kabkota_code: Mapped[str] = mapped_column(String(4))
    kecamatan_code: Mapped[str | None] = mapped_column(String(6))
    latitude: Mapped[float | None] = mapped_column(Double)
    longitude: Mapped[float | None] = mapped_column(Double)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    name_norm: Mapped[str] = mapped_column(String(200))
    search_text: Mapped[str] = mapped_column(String(560))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        # Not on ``active``: nearly every row is active, and SQLite would then walk that
        # index row by row instead of scanning the table for a LIKE (3x slower).
        Index("ix_facility_name_norm", "name_norm"),
        Index("ix_facility_type", "type"),
        Index("ix_facility_province", "province_code"),
        Index("ix_facility_kabkota", "kabkota_code"),
        Index("ix_facility_kecamatan", "kecamatan_code"),
        Index("ix_facility_lat_lon", "latitude", "longitude"),
    )


class Office(ServerBase):
    __tablename__ = "office"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # = device/officer office_code
    kind: Mapped[str] = mapped_column(String(16))  # kantor_cabang | mpp
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    hours: Mapped[str | None] = mapped_column(String(200))
    province_code: Mapped[str] = mapped_column(String(2))
    kabkota_code: Mapped[str] = mapped_column(String(4), index=True)
    kecamatan_code: Mapped[str | None] = mapped_column(String(6))
    latitude: Mapped[float | None] = mapped_column(Double)
    longitude: Mapped[float | None] = mapped_column(Double)
    services: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    name_norm: Mapped[str] = mapped_column(String(200))
    search_text: Mapped[str] = mapped_column(String(560))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ReferenceVersion(ServerBase):
    """One row per kind of reference data ("faskes"); ``version`` only ever grows."""

    __tablename__ = "reference_version"
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
