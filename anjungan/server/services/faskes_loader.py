"""Writing the public directory: bulk upsert of facilities and offices, version bumps, audit.

Owns `upsert_facilities` and `upsert_offices` (insert or update by code, in bulk: the
existing rows are read once and written back with one executemany each, so 30,000
facilities load in seconds), the ``faskes`` `ReferenceVersion` bump published to the
change log whenever something really changed, and the audit row of every load. It
takes validated records (`faskes_records`); the CSV entry points live in
`faskes_import`, and the demo's generators feed `load_facilities` / `load_offices`.
It must not read the directory for callers: that is `services.faskes`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from anjungan.core.errors import ValidationError
from anjungan.core.wire.faskes import FacilityImportReport, ImportRowError
from anjungan.server.audit import audit, publish_change
from anjungan.server.auth import Principal, Role
from anjungan.server.db import Database
from anjungan.server.models.faskes import Facility, Office, ReferenceVersion
from anjungan.server.services.faskes import FASKES_KIND, current_version
from anjungan.server.services.faskes_match import normalize, search_text
from anjungan.server.services.faskes_records import (
    FacilityLike,
    FacilityRecord,
    OfficeLike,
    OfficeRecord,
    facility_from,
    office_from,
)
from anjungan.server.settings import ServerSettings

SYSTEM = Principal(Role.ADMIN, office_code="*", device_id="admin-cli")
"""Who the audit log names for loads run outside a request (CLI, demo seeding)."""

T = TypeVar("T")
R = TypeVar("R")

_FACILITY_COLUMNS = (
    "name",
    "type",
    "level",
    "address",
    "phone",
    "hours",
    "province_code",
    "kabkota_code",
    "kecamatan_code",
    "latitude",
    "longitude",
    "active",
    "name_norm",
    "search_text",
)
_OFFICE_COLUMNS = (
    "kind",
    "name",
    "address",
    "phone",
    "hours",
    "province_code",
    "kabkota_code",
    "kecamatan_code",
    "latitude",
    "longitude",
    "services",
    "active",
    "name_norm",
    "search_text",
)


@dataclass(frozen=True)
class RowError:
    """One refused input row: ``row`` is its line in the file (header = line 1)."""

    row: int
    field: str | None
    code: str
    message_id: str
    message_en: str

    @classmethod
    def of(cls, row: int, error: ValidationError) -> RowError:
        return cls(row, error.field, error.code, error.message_id, error.message_en)


@dataclass(frozen=True)
class ImportReport:
    inserted: int
    updated: int
    errors: tuple[RowError, ...] = ()
    unchanged: int = 0
    version: int = 0

    def wire(self) -> FacilityImportReport:
        return FacilityImportReport(
            inserted=self.inserted,
            updated=self.updated,
            unchanged=self.unchanged,
            errors=[
                ImportRowError(
                    row=e.row,
                    field=e.field,
                    code=e.code,
                    message_id=e.message_id,
                    message_en=e.message_en,
                )
                for e in self.errors
            ],
            version=self.version,
        )


def upsert_facilities(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    rows: Iterable[tuple[int, FacilityRecord]],
    *,
    errors: Iterable[RowError] = (),
    source: str,
) -> ImportReport:
    """Insert or update facilities by code; ``rows`` pair each record with its row number."""
    values = ((row, rec.code, _facility_values(rec)) for row, rec in rows)
    return _upsert(
        session, settings, principal, Facility, _FACILITY_COLUMNS, values, errors, source
    )


def upsert_offices(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    rows: Iterable[tuple[int, OfficeRecord]],
    *,
    errors: Iterable[RowError] = (),
    source: str,
) -> ImportReport:
    values = ((row, rec.code, _office_values(rec)) for row, rec in rows)
    return _upsert(session, settings, principal, Office, _OFFICE_COLUMNS, values, errors, source)


def load_facilities(
    db: Database,
    settings: ServerSettings,
    items: Iterable[FacilityLike],
    *,
    principal: Principal = SYSTEM,
    source: str = "demo",
) -> ImportReport:
    """Load facility objects (the demo generator's, or parsed from a CSV) in one transaction."""
    rows, errors = _checked(items, facility_from)
    with db.write() as session:
        return upsert_facilities(session, settings, principal, rows, errors=errors, source=source)


def load_offices(
    db: Database,
    settings: ServerSettings,
    items: Iterable[OfficeLike],
    *,
    principal: Principal = SYSTEM,
    source: str = "demo",
) -> ImportReport:
    rows, errors = _checked(items, office_from)
    with db.write() as session:
        return upsert_offices(session, settings, principal, rows, errors=errors, source=source)


def bump_version(session: Session, settings: ServerSettings, kind: str = FASKES_KIND) -> int:
    """Add one to a reference-data version (creating it at 1) and tell clients.

    One atomic INSERT .. ON CONFLICT DO UPDATE: concurrent loads serialise on the row
    (PostgreSQL row lock; SQLite writers hold BEGIN IMMEDIATE), so no version is lost.
    """
    now = settings.clock.now()
    dialect = session.get_bind().dialect.name
    build = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        build(ReferenceVersion)
        .values(kind=kind, version=1, updated_at=now)
        .on_conflict_do_update(
            index_elements=[ReferenceVersion.kind],
            set_={"version": ReferenceVersion.version + 1, "updated_at": now},
        )
        .returning(ReferenceVersion.version)
    )
    version = int(session.execute(statement).scalar_one())
    publish_change(session, settings, "reference", kind, {"kind": kind, "version": version})
    return version


def _checked(
    items: Iterable[T], check: Callable[[T], R]
) -> tuple[list[tuple[int, R]], list[RowError]]:
    rows: list[tuple[int, R]] = []
    errors: list[RowError] = []
    for number, item in enumerate(items, start=1):
        try:
            rows.append((number, check(item)))
        except ValidationError as error:
            errors.append(RowError.of(number, error))
    return rows, errors


def _facility_values(rec: FacilityRecord) -> dict[str, Any]:
    p = rec.place
    return {
        "name": rec.name,
        "type": rec.type.value,
        "level": rec.level.value,
        "address": rec.address,
        "phone": rec.phone,
        "hours": rec.hours,
        "province_code": p.province_code,
        "kabkota_code": p.kabkota_code,
        "kecamatan_code": p.kecamatan_code,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "active": rec.active,
        "name_norm": normalize(rec.name)[:200],
        "search_text": search_text(rec.code, rec.name, rec.address)[:560],
    }


def _office_values(rec: OfficeRecord) -> dict[str, Any]:
    p = rec.place
    return {
        "kind": rec.kind.value,
        "name": rec.name,
        "address": rec.address,
        "phone": rec.phone,
        "hours": rec.hours,
        "province_code": p.province_code,
        "kabkota_code": p.kabkota_code,
        "kecamatan_code": p.kecamatan_code,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "services": list(rec.services),
        "active": rec.active,
        "name_norm": normalize(rec.name)[:200],
        "search_text": search_text(rec.code, rec.name, rec.address)[:560],
    }


def _upsert(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    model: type[Facility] | type[Office],
    columns: tuple[str, ...],
    values: Iterable[tuple[int, str, dict[str, Any]]],
    errors: Iterable[RowError],
    source: str,
) -> ImportReport:
    refused = list(errors)
    existing = {
        row[1]: (row[0], tuple(row[2:]))
        for row in session.execute(
            select(model.id, model.code, *(getattr(model, c) for c in columns))
        )
    }
    now = settings.clock.now()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    first_row: dict[str, int] = {}
    unchanged = 0
    for row, code, data in values:
        if code in first_row:
            refused.append(_duplicate(row, first_row[code]))
            continue
        first_row[code] = row
        old = existing.get(code)
        if old is None:
            inserts.append({"code": code, **data, "updated_at": now})
        elif old[1] != tuple(data[c] for c in columns):
            updates.append({"id": old[0], **data, "updated_at": now})
        else:
            unchanged += 1
    if inserts:
        session.execute(insert(model), inserts)
    if updates:
        session.execute(update(model), updates)
    changed = bool(inserts or updates)
    version = bump_version(session, settings) if changed else current_version(session)[0]
    refused.sort(key=lambda e: e.row)
    audit(
        session,
        settings,
        principal,
        f"{model.__tablename__}.import",
        model.__tablename__,
        FASKES_KIND,
        source=source,
        inserted=len(inserts),
        updated=len(updates),
        unchanged=unchanged,
        refused=len(refused),
        version=version,
    )
    return ImportReport(
        inserted=len(inserts),
        updated=len(updates),
        errors=tuple(refused),
        unchanged=unchanged,
        version=version,
    )


def _duplicate(row: int, first: int) -> RowError:
    return RowError(
        row,
        "code",
        "duplicate_code",
        f"Kode ini sudah ada di baris {first} berkas yang sama; hapus salah satunya.",
        f"This code is already on row {first} of the same file; remove one of them.",
    )
