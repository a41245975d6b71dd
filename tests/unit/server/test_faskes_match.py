"""Directory search helpers: normalisation, as-you-type words, haversine, bounding box."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.errors import ValidationError
from anjungan.server.services.faskes_match import (
    EARTH_RADIUS_KM,
    bounding_box,
    haversine_km,
    normalize,
    query_words,
    search_text,
)
from anjungan.server.services.faskes_records import facility_type, place

latitudes = st.floats(min_value=-89.0, max_value=89.0)
longitudes = st.floats(min_value=-180.0, max_value=180.0)


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` away on ``bearing_deg`` (spherical direct problem)."""
    d = km / EARTH_RADIUS_KM
    phi, lam, theta = math.radians(lat), math.radians(lon), math.radians(bearing_deg)
    phi2 = math.asin(math.sin(phi) * math.cos(d) + math.cos(phi) * math.sin(d) * math.cos(theta))
    lam2 = lam + math.atan2(
        math.sin(theta) * math.sin(d) * math.cos(phi), math.cos(d) - math.sin(phi) * math.sin(phi2)
    )
    lon2 = (math.degrees(lam2) + 540.0) % 360.0 - 180.0
    return math.degrees(phi2), lon2


def inside(
    box_lat: tuple[float, float], ranges: tuple[tuple[float, float], ...], p: tuple[float, float]
) -> bool:
    lat, lon = p
    in_lat = box_lat[0] - 1e-9 <= lat <= box_lat[1] + 1e-9
    return in_lat and (not ranges or any(w - 1e-9 <= lon <= e + 1e-9 for w, e in ranges))


def test_normalize_drops_case_accents_and_punctuation() -> None:
    assert normalize("KLINIK PRATAMA SEHAT, Jl. Ahmad-Yani") == "klinik pratama sehat jl ahmad yani"
    assert normalize("  Dr. Siti Ñurhayati  ") == "dr siti nurhayati"
    assert search_text("3171K001", "KLINIK", None) == " 3171k001 klinik "


def test_query_words_keep_at_most_eight_words_for_the_like_filter() -> None:
    assert query_words("Klinik  seh") == ["klinik", "seh"]
    assert query_words("%_' ;--") == []  # nothing that could act as a LIKE wildcard
    assert len(query_words(" ".join("abcdefghij"))) == 8


def test_haversine_of_known_city_pairs() -> None:
    # Rosetta Code's haversine task: Nashville BNA to Los Angeles LAX is 2887.2599506 km
    # on a sphere of radius 6372.8 km; distances scale with the radius.
    bna_lax = haversine_km(36.12, -86.67, 33.94, -118.40)
    assert bna_lax * 6372.8 / EARTH_RADIUS_KM == pytest.approx(2887.2599506071106, abs=1e-6)
    # One degree of latitude on the mean sphere.
    assert haversine_km(0, 100, 1, 100) == pytest.approx(math.pi * EARTH_RADIUS_KM / 180)
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * EARTH_RADIUS_KM)


def test_a_box_wider_than_the_earth_is_no_box_and_polar_boxes_take_every_longitude() -> None:
    assert bounding_box(0, 0, 21_000) is None
    polar = bounding_box(88.0, 10.0, 500)
    assert polar is not None and polar.lon_ranges == () and polar.north == 90.0


def test_a_box_across_the_antimeridian_has_two_longitude_ranges() -> None:
    box = bounding_box(-8.0, 179.9, 50)
    assert box is not None and len(box.lon_ranges) == 2
    assert box.lon_ranges[1][0] == -180.0


def test_region_codes_must_nest_and_coordinates_come_in_pairs() -> None:
    assert place(None, "3171", "317101", -6.1, 106.8).province_code == "31"
    assert place("31", "3171", None, 0.0, 0.0).latitude is None  # (0, 0) means "unknown"
    for args, field in (
        (("32", "3171", None, None, None), "kabkota_code"),
        (("31", "3171", "327301", None, None), "kecamatan_code"),
        (("31", "3171", None, -6.1, None), "longitude"),
        (("31", "3171", None, 95.0, 100.0), "latitude"),
    ):
        with pytest.raises(ValidationError) as caught:
            place(*args)
        assert caught.value.field == field
    assert facility_type("Rumah Sakit").value == "rs"
    assert facility_type("KLINIK_TNI_POLRI").value == "klinik_tni_polri"


@given(st.text(max_size=60))
def test_property_normalize_is_idempotent_and_plain(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert set(once) <= set("abcdefghijklmnopqrstuvwxyz0123456789 ")


@given(
    st.lists(st.from_regex(r"[A-Za-z0-9]{1,10}", fullmatch=True), min_size=1, max_size=6), st.data()
)
def test_property_every_prefix_of_every_word_matches_as_you_type(
    words: list[str], data: st.DataObject
) -> None:
    stored = search_text(" ".join(words))
    word = data.draw(st.sampled_from(words))
    prefix = word[: data.draw(st.integers(min_value=1, max_value=len(word)))]
    (typed,) = query_words(prefix)
    assert f" {typed}" in stored  # what `LIKE '% typed%'` checks in SQL


@given(latitudes, longitudes, latitudes, longitudes)
def test_property_haversine_is_symmetric_and_bounded(
    lat1: float, lon1: float, lat2: float, lon2: float
) -> None:
    there = haversine_km(lat1, lon1, lat2, lon2)
    assert there == pytest.approx(haversine_km(lat2, lon2, lat1, lon1), abs=1e-6)
    assert 0.0 <= there <= math.pi * EARTH_RADIUS_KM + 1e-6


@given(
    st.floats(min_value=-60.0, max_value=60.0),
    longitudes,
    st.floats(min_value=0.5, max_value=3000.0),
    st.floats(min_value=0.0, max_value=360.0),
    st.floats(min_value=0.0, max_value=0.999),
)
def test_property_the_box_holds_every_point_within_the_radius(
    lat: float, lon: float, radius: float, bearing: float, share: float
) -> None:
    point = destination(lat, lon, bearing, radius * share)
    assert haversine_km(lat, lon, *point) <= radius + 1e-6
    box = bounding_box(lat, lon, radius)
    assert box is not None
    assert inside((box.south, box.north), box.lon_ranges, point)
