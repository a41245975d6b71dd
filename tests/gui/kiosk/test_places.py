"""The offline directory's search rules, without Qt: word prefixes, kinds, distances."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.wire.faskes import FacilityType, FaskesSnapshot, SnapshotFacility
from anjungan.kiosk.places import (
    CATEGORY_TYPES,
    Category,
    Directory,
    Place,
    distance_km,
    words,
)

MONAS = (-6.1754, 106.8272)
BUNDARAN_HI = (-6.1950, 106.8230)  # about 2.2 km south of Monas


def facility(
    code: str, name: str, kind: FacilityType, lat: float | None = None
) -> SnapshotFacility:
    return SnapshotFacility(
        code=code,
        name=name,
        type=kind,
        address="Jl. Contoh",
        phone=None,
        hours=None,
        province_code="31",
        kabkota_code="3171",
        kecamatan_code=None,
        latitude=lat,
        longitude=None if lat is None else 106.8272,
    )


DIRECTORY = Directory.from_snapshot(
    FaskesSnapshot(
        version=1,
        changed=True,
        updated_at=None,
        facilities=[
            facility("3171P001", "PUSKESMAS GAMBIR", FacilityType.PUSKESMAS, -6.176),
            facility("3171P004", "PUSKESMAS SENEN", FacilityType.PUSKESMAS, -6.19),
            facility("3171R001", "RS PKU-MUHAMMADIYAH", FacilityType.RS, -6.18),
            facility("3171K001", "KLINIK PRATAMA GAMBIR SEHAT", FacilityType.KLINIK_PRATAMA),
        ],
        offices=[],
    )
)


def test_every_typed_word_must_start_a_word_of_the_name() -> None:
    assert [p.name for p in DIRECTORY.search("pusk gam")] == ["PUSKESMAS GAMBIR"]
    assert [p.name for p in DIRECTORY.search("gambir")] == [
        "KLINIK PRATAMA GAMBIR SEHAT",
        "PUSKESMAS GAMBIR",
    ]
    assert DIRECTORY.search("ambir") == [], "the middle of a word does not match"
    assert [p.code for p in DIRECTORY.search("muh")] == ["3171R001"], "hyphens split words"


def test_kind_filter_and_fktp_only() -> None:
    assert {p.code for p in DIRECTORY.search(category=Category.HOSPITAL)} == {"3171R001"}
    fktp = DIRECTORY.search(fktp_only=True, exclude=["3171P001"])
    assert {p.code for p in fktp} == {"3171P004", "3171K001"}


def test_nearest_first_puts_places_without_coordinates_last() -> None:
    found = DIRECTORY.search(near=MONAS)
    assert [p.code for p in found] == ["3171P001", "3171R001", "3171P004", "3171K001"]
    assert found[-1].distance_km is None


def test_distance_between_monas_and_bundaran_hi_is_about_two_kilometres() -> None:
    assert 2.1 < distance_km(MONAS, BUNDARAN_HI) < 2.3


points = st.tuples(st.floats(-11, 6), st.floats(95, 141))


@given(points, points)
def test_distance_is_symmetric_and_zero_only_to_itself(
    a: tuple[float, float], b: tuple[float, float]
) -> None:
    assert abs(distance_km(a, b) - distance_km(b, a)) < 1e-6
    assert distance_km(a, a) < 1e-6


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ -.", max_size=12))
def test_every_result_matches_every_typed_word(typed: str) -> None:
    for place in DIRECTORY.search(typed):
        assert all(any(w.startswith(t) for w in words(place.name)) for t in words(typed))


def test_place_of_an_office_is_an_office() -> None:
    place = Place(
        "KC3171", "BPJS KESEHATAN KC", "kantor_cabang", "office", "", None, None, None, None
    )
    assert place.is_office and not place.is_fktp


def _reference_search(
    places: list[Place],
    text: str,
    category: Category,
    near: tuple[float, float] | None,
    fktp_only: bool,
    limit: int,
) -> list[tuple[str, float | None]]:
    """The rules read literally: filter everything, sort everything, cut."""
    wanted = words(text)
    found = [
        p
        for p in places
        if (category is Category.ALL or _category_holds(category, p))
        and (not fktp_only or p.is_fktp)
        and all(any(w.startswith(t) for w in words(p.name)) for t in wanted)
    ]
    if near is None:
        found.sort(key=lambda p: (p.name, p.code))
        return [(p.code, None) for p in found[:limit]]

    def away(p: Place) -> float | None:
        if p.latitude is None or p.longitude is None:
            return None
        return distance_km(near, (p.latitude, p.longitude))

    found.sort(key=lambda p: (away(p) is None, away(p) or 0.0, p.name))
    return [(p.code, away(p)) for p in found[:limit]]


def _category_holds(category: Category, place: Place) -> bool:
    return place.kind in CATEGORY_TYPES[category] or (
        category is Category.OFFICE and place.is_office
    )


NAME_WORDS = st.sampled_from(["PUSKESMAS", "KLINIK", "PUSAT", "GAMBIR", "SENEN", "RS", "APOTEK"])


@st.composite
def directories(draw: st.DrawFn) -> list[Place]:
    count = draw(st.integers(0, 60))
    places = []
    for n in range(count):
        name = " ".join(draw(st.lists(NAME_WORDS, min_size=1, max_size=3)))
        kind = draw(st.sampled_from(list(FacilityType)))
        lat = draw(st.none() | st.floats(-6.3, -6.1))
        places.append(Place.of_facility(facility(f"C{n:03d}", name, kind, lat)))
    return places


@given(
    directories(),
    st.text(alphabet="pusgkrelma ", max_size=8),
    st.sampled_from(list(Category)),
    st.sampled_from([None, MONAS, BUNDARAN_HI]),
    st.booleans(),
    st.integers(1, 12),
)
def test_indexed_search_answers_exactly_what_the_rules_say(
    places: list[Place],
    text: str,
    category: Category,
    near: tuple[float, float] | None,
    fktp_only: bool,
    limit: int,
) -> None:
    directory = Directory(places)
    got = directory.search(text, category=category, near=near, fktp_only=fktp_only, limit=limit)
    expected = _reference_search(places, text, category, near, fktp_only, limit)
    assert [p.code for p in got] == [code for code, _ in expected]
    assert [p.distance_km for p in got] == pytest.approx([d for _, d in expected])
