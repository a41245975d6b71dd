"""Facility CSV import: good rows kept, bad rows reported by row and column, formats tolerated."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan import assets
from anjungan.server.demo.facilities import FacilityType
from anjungan.server.demo.faskes_csv import COLUMNS, parse_faskes_csv, read_faskes_csv

HEADER = ",".join(COLUMNS)
GOOD = "3171P901,Puskesmas Uji,Puskesmas,Jl. Uji No. 1,3171,Gambir,021-3451001,-6.17,106.82,Senin"


def _errors_by_row(text: str) -> dict[int, set[str]]:
    _, errors = parse_faskes_csv(text)
    rows: dict[int, set[str]] = {}
    for error in errors:
        rows.setdefault(error.row, set()).add(error.field)
    return rows


def test_sample_csv_imports_all_20_rows_without_errors() -> None:
    facilities, errors = read_faskes_csv(assets.path("geo", "faskes_sample.csv"))
    assert errors == []
    assert len(facilities) == 20
    assert len({f.kind for f in facilities}) == len(FacilityType)
    assert all(f.latitude is not None and f.kecamatan_code for f in facilities)


def test_a_good_row_becomes_a_facility_with_clean_values() -> None:
    facilities, errors = parse_faskes_csv(f"{HEADER}\n{GOOD}\n")
    assert errors == []
    (facility,) = facilities
    assert facility.code == "3171P901"
    assert facility.name == "PUSKESMAS UJI"
    assert facility.kind is FacilityType.PUSKESMAS
    assert (facility.province_code, facility.kabkota_code) == ("31", "3171")
    assert facility.kecamatan_code == "317101"
    assert facility.phone == "+62213451001"
    assert (facility.latitude, facility.longitude) == (-6.17, 106.82)


def test_bad_rows_are_reported_by_row_and_column_and_good_rows_still_import() -> None:
    text = "\n".join(
        [
            HEADER,
            GOOD,  # row 2
            "ABC,Klinik X,Klinik Pratama,,3171,,,,,",  # row 3: bad code
            "3171K902,,Klinik Pratama,,3171,,,,,",  # row 4: no name
            "3171K903,Klinik Y,Warung,,3171,,,,,",  # row 5: unknown type
            "3171K904,Klinik Z,Klinik,,9999,,,,,",  # row 6: unknown kab/kota
            "3171K905,Klinik Q,Klinik,,3171,Gambirr,,,,",  # row 7: unknown kecamatan
            "3171K906,Klinik R,Klinik,,3171,,12345,,,",  # row 8: bad phone
            "3171K907,Klinik S,Klinik,,3171,,,-6.1,,",  # row 9: lat without lon
            "3171K908,Klinik T,Klinik,,3171,,,40.0,106.8,",  # row 10: outside Indonesia
            "3171P901,Puskesmas Lagi,Puskesmas,,3171,,,,,",  # row 11: duplicate code
            "3171K909,Klinik OK,Klinik,,Kota Jakarta Pusat,,,,,",  # row 12: good
        ]
    )
    facilities, _ = parse_faskes_csv(text)
    assert [f.code for f in facilities] == ["3171P901", "3171K909"]
    assert _errors_by_row(text) == {
        3: {"kode"},
        4: {"nama"},
        5: {"jenis"},
        6: {"kabkota"},
        7: {"kecamatan"},
        8: {"telepon"},
        9: {"lon"},
        10: {"lat"},
        11: {"kode"},
    }


def test_one_bad_row_reports_every_bad_field_at_once() -> None:
    rows = _errors_by_row(f"{HEADER}\n,,Warung,,,,x,,,\n")
    assert rows == {2: {"kode", "nama", "jenis", "kabkota", "telepon"}}


def test_error_messages_are_bilingual_and_never_quote_the_cell() -> None:
    _, errors = parse_faskes_csv(f"{HEADER}\n3171K906,Klinik R,Klinik,,3171,,0899-12,,,\n")
    (error,) = errors
    assert error.message("id").startswith("Baris 2, telepon: ")
    assert error.message("en").startswith("Row 2, telepon: ")
    assert "0899" not in error.message_id + error.message_en


def test_bom_comments_and_semicolons_with_decimal_commas_are_understood() -> None:
    text = (
        "\ufeff# komentar\n"
        "kode;nama;jenis;kab/kota;latitude;longitude\n"
        "3273A901;Apotek Uji;Apotek;Kota Bandung;-6,9147;107,6098\n"
    )
    facilities, errors = parse_faskes_csv(text)
    assert errors == []
    assert (facilities[0].latitude, facilities[0].longitude) == (-6.9147, 107.6098)


def test_tabs_and_quoted_decimal_commas_are_understood() -> None:
    tabbed = "kode\tnama\tjenis\tkabkota\n3273A901\tApotek Uji\tApotek\t3273\n"
    assert parse_faskes_csv(tabbed)[1] == []
    quoted = 'kode,nama,jenis,kabkota,lat,lon\n3273A901,Apotek Uji,Apotek,3273,"-6,91","107,6"\n'
    facilities, errors = parse_faskes_csv(quoted)
    assert errors == []
    assert facilities[0].latitude == -6.91


def test_unquoted_decimal_commas_in_a_comma_file_are_explained() -> None:
    text = "kode,nama,jenis,kabkota,lat,lon\n3273A901,Apotek Uji,Apotek,3273,-6,91,107,6\n"
    facilities, errors = parse_faskes_csv(text)
    assert facilities == []
    assert any(e.code == "too_many_fields" for e in errors)


def test_missing_required_columns_are_reported_on_the_header_row() -> None:
    facilities, errors = parse_faskes_csv("kode,nama,alamat\n3171P901,Puskesmas,Jl\n")
    assert facilities == []
    assert {(e.row, e.field, e.code) for e in errors} == {
        (1, "jenis", "missing_column"),
        (1, "kabkota", "missing_column"),
    }


def test_an_empty_file_is_one_clear_error() -> None:
    facilities, errors = parse_faskes_csv("\ufeff\n\n")
    assert facilities == []
    assert [e.code for e in errors] == ["empty_file"]


@pytest.mark.parametrize(
    ("kabkota", "expected"),
    [
        ("3273", "3273"),
        ("32.73", "3273"),
        ("Kota Bandung", "3273"),
        ("KABUPATEN BOGOR", "3201"),
        ("Kab. Bogor", "3201"),
        ("Balikpapan", "6471"),
    ],
)
def test_kabkota_may_be_a_code_or_a_name(kabkota: str, expected: str) -> None:
    facilities, errors = parse_faskes_csv(f"kode,nama,jenis,kabkota\nX0000001,A,Apotek,{kabkota}\n")
    assert errors == []
    assert facilities[0].kabkota_code == expected


def test_a_bare_name_shared_by_a_kota_and_a_kabupaten_is_ambiguous() -> None:
    _, errors = parse_faskes_csv("kode,nama,jenis,kabkota\nX0000001,A,Apotek,Bandung\n")
    assert [(e.field, e.code) for e in errors] == [("kabkota", "ambiguous_kabkota")]


def test_swapped_coordinates_get_a_hint() -> None:
    _, errors = parse_faskes_csv(f"{HEADER}\n3171P901,P,Puskesmas,,3171,,,106.8,-6.2,\n")
    (error,) = errors
    assert error.field == "lat"
    assert "swapped" in error.message_en
    assert "tertukar" in error.message_id


def test_a_windows_1252_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "faskes.csv"
    path.write_bytes("kode;nama;jenis;kabkota\n3171A901;Apotek Café;Apotek;3171\n".encode("cp1252"))
    facilities, errors = read_faskes_csv(path)
    assert errors == []
    assert facilities[0].name == "APOTEK CAFÉ"


@given(
    lat=st.floats(-11.5, 6.5, allow_nan=False).map(lambda v: round(v, 5)),
    lon=st.floats(94.5, 141.5, allow_nan=False).map(lambda v: round(v, 5)),
)
def test_decimal_comma_and_decimal_point_give_the_same_coordinates(lat: float, lon: float) -> None:
    def row(sep: str) -> str:
        la, lo = (f"{v}".replace(".", sep) for v in (lat, lon))
        return f"kode;nama;jenis;kabkota;lat;lon\nX0000001;A;Apotek;3171;{la};{lo}\n"

    comma, point = parse_faskes_csv(row(",")), parse_faskes_csv(row("."))
    assert comma == point
    assert point[1] == []
    assert (point[0][0].latitude, point[0][0].longitude) == (lat, lon)
