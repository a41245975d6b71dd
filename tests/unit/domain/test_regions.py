"""Kemendagri region codes for address pickers (anjungan.core.domain.regions)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain import regions
from anjungan.core.domain.regions import Region, RegionLevel


def test_38_provinces_sorted_by_name():
    provs = regions.provinces()
    assert len(provs) == 38
    assert [p.name.casefold() for p in provs] == sorted(p.name.casefold() for p in provs)
    assert Region("31", "DKI Jakarta", RegionLevel.PROVINCE) in provs


def test_514_kabkota_and_7277_kecamatan_in_total():
    kabs = [k for p in regions.provinces() for k in regions.kabkota(p.code)]
    assert len(kabs) == 514
    kecs = [
        c
        for p in regions.provinces()
        for k in kabs
        if k.parent_code == p.code
        for c in regions.kecamatan(p.code, k.code)
    ]
    assert len(kecs) == 7277


def test_kabkota_of_dki_jakarta_are_the_five_cities_and_kepulauan_seribu():
    names = {k.code: k.name for k in regions.kabkota("31")}
    assert names == {
        "3101": "Kab. Kepulauan Seribu",
        "3171": "Kota Jakarta Pusat",
        "3172": "Kota Jakarta Utara",
        "3173": "Kota Jakarta Barat",
        "3174": "Kota Jakarta Selatan",
        "3175": "Kota Jakarta Timur",
    }
    assert all(k.level is RegionLevel.KABKOTA for k in regions.kabkota("31"))


def test_kecamatan_accepts_local_or_full_kabkota_code():
    by_local = regions.kecamatan("31", "71")
    assert by_local == regions.kecamatan("31", "3171")
    assert Region("317101", "Gambir", RegionLevel.KECAMATAN) in by_local
    assert len(by_local) == 8


def test_unknown_codes_give_empty_lists():
    assert regions.kabkota("99") == []
    assert regions.kecamatan("31", "79") == []
    assert regions.kecamatan("32", "3171") == []  # kab/kota of another province


def test_region_of_finds_each_level_by_code_length():
    assert regions.region_of("31") == Region("31", "DKI Jakarta", RegionLevel.PROVINCE)
    assert regions.region_of("3171") == Region("3171", "Kota Jakarta Pusat", RegionLevel.KABKOTA)
    assert regions.region_of("317101") == Region("317101", "Gambir", RegionLevel.KECAMATAN)
    assert regions.region_of("6471") is not None  # Kota Balikpapan


def test_region_of_unknown_or_malformed_prefix_is_none():
    for code in ["317199", "3179", "99", "", "31710", "3171A1", "٣١"]:
        assert regions.region_of(code) is None


def test_region_path_of_a_nik_prefix_names_all_three_levels():
    path = regions.region_path("317101")
    assert path is not None
    assert path.label() == "Gambir, Kota Jakarta Pusat, DKI Jakarta"
    assert regions.region_path("3171") is None
    assert regions.region_path("317199") is None


def test_region_codes_know_their_parent_and_local_code():
    gambir = regions.region_of("317101")
    assert gambir is not None
    assert (gambir.parent_code, gambir.local_code) == ("3171", "01")
    dki = regions.region_of("31")
    assert dki is not None and dki.parent_code is None


def test_returned_lists_are_copies_callers_may_change():
    provs = regions.provinces()
    provs.clear()
    assert len(regions.provinces()) == 38


def test_index_is_built_once():
    regions.provinces()
    before = regions._index.cache_info().misses
    regions.kecamatan("31", "71")
    regions.region_of("317101")
    assert regions._index.cache_info().misses == before


def test_is_known_province_only_for_two_digit_province_codes():
    assert regions.is_known_province("31")
    assert regions.is_known_province("96")  # Papua Barat Daya, created 2022
    assert not regions.is_known_province("3171")
    assert not regions.is_known_province("20")


@given(
    st.sampled_from(regions.provinces()).flatmap(lambda p: st.sampled_from(regions.kabkota(p.code)))
)
def test_property_every_kecamatan_of_a_kabkota_resolves_back_to_its_path(kab):
    prov_code = kab.code[:2]
    for kec in regions.kecamatan(prov_code, kab.local_code):
        path = regions.region_path(kec.code)
        assert path is not None
        assert (path.province.code, path.kabkota, path.kecamatan) == (prov_code, kab, kec)
