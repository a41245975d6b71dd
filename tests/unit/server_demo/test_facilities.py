"""Demo facilities and offices: coverage per region, code shape, valid fields, determinism."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.contact import parse_phone
from anjungan.core.domain.names import normalize_name
from anjungan.core.domain.queue import DEFAULT_SERVICES
from anjungan.core.domain.regions import region_of
from anjungan.server.demo.facilities import (
    FacilityLevel,
    FacilityType,
    facility_code,
    facility_counts,
    generate_facilities,
    registrable_fktp_codes,
)
from anjungan.server.demo.geo import INDONESIA_BBOX
from anjungan.server.demo.offices import DeviceKind, OfficerRole, generate_offices
from anjungan.server.demo.scope import DEMO_KABKOTA, resolve_scope, short_name
from tests.unit.server_demo.samples import demo_facilities

_CODE = re.compile(r"(\d{4})([A-Z])(\d{3})")


def _inside_indonesia(lat: float | None, lon: float | None) -> bool:
    south, north, west, east = INDONESIA_BBOX
    return lat is not None and lon is not None and south <= lat <= north and west <= lon <= east


def test_every_kecamatan_in_scope_has_exactly_one_puskesmas_named_after_it() -> None:
    puskesmas = [f for f in demo_facilities() if f.kind is FacilityType.PUSKESMAS]
    kecamatan = {k.code: k for s in resolve_scope() for k in s.kecamatan}
    assert sorted(f.kecamatan_code or "" for f in puskesmas) == sorted(kecamatan)
    for facility in puskesmas:
        kec = kecamatan[facility.kecamatan_code or ""]
        assert facility.name == f"PUSKESMAS {short_name(kec.name).upper()}"


def test_every_kabkota_has_every_facility_type() -> None:
    kinds: dict[str, set[FacilityType]] = {}
    for facility in demo_facilities():
        kinds.setdefault(facility.kabkota_code, set()).add(facility.kind)
    # Klinik Utama only where there are 6+ kecamatan; all demo kab/kota have that many.
    assert kinds == {code: set(FacilityType) for code in DEMO_KABKOTA}


def test_codes_are_unique_8_characters_kabkota_type_letter_serial() -> None:
    facilities = demo_facilities()
    assert len({f.code for f in facilities}) == len(facilities)
    letters = {kind.letter for kind in FacilityType}
    assert len(letters) == len(FacilityType)
    for facility in facilities:
        match = _CODE.fullmatch(facility.code)
        assert match is not None
        assert match.group(1) == facility.kabkota_code
        assert match.group(2) == facility.kind.letter
        assert 1 <= int(match.group(3)) <= 999


def test_facilities_have_valid_names_phones_regions_and_coordinates() -> None:
    for facility in demo_facilities():
        assert normalize_name(facility.name) == facility.name  # upper case, no odd symbols
        assert facility.phone is not None
        assert parse_phone(facility.phone).e164 == facility.phone
        assert facility.kecamatan_code is not None
        assert facility.kecamatan_code.startswith(facility.kabkota_code)
        assert facility.kabkota_code.startswith(facility.province_code)
        assert _inside_indonesia(facility.latitude, facility.longitude)
        assert facility.opening_hours
        kec = region_of(facility.kecamatan_code)
        assert kec is not None
        assert f", Kec. {short_name(kec.name)}, " in facility.address


def test_national_scale_gives_over_30000_facilities_all_inside_indonesia() -> None:
    facilities = list(generate_facilities("all", seed=5))
    assert len(facilities) > 30_000
    assert len({f.code for f in facilities}) == len(facilities)
    assert all(_inside_indonesia(f.latitude, f.longitude) for f in facilities)
    levels = Counter(f.level for f in facilities)
    assert levels[FacilityLevel.FKTP] > levels[FacilityLevel.FKRTL] > 0
    assert levels[FacilityLevel.PARTNER] > 0


def test_a_kabkotas_facilities_do_not_depend_on_the_other_regions_in_scope() -> None:
    alone = list(generate_facilities(["6471"], seed=2024))
    assert alone == [f for f in demo_facilities() if f.kabkota_code == "6471"]


def test_same_seed_same_facilities_and_another_seed_other_names() -> None:
    again = list(generate_facilities(seed=2024))
    assert again == list(demo_facilities())
    other = list(generate_facilities(seed=2025))
    assert [f.code for f in other] == [f.code for f in again]
    assert [f.name for f in other] != [f.name for f in again]


def test_unknown_regions_are_refused_at_the_call() -> None:
    with pytest.raises(ValueError, match="unknown"):
        generate_facilities(["3199"])
    with pytest.raises(ValueError, match="unknown"):
        generate_offices(["99"])


def test_registrable_fktp_codes_are_generated_primary_care_facilities() -> None:
    by_code = {f.code: f for f in demo_facilities()}
    for scope in resolve_scope():
        codes = registrable_fktp_codes(scope)
        assert codes
        for code in codes:
            assert by_code[code].level is FacilityLevel.FKTP
            assert by_code[code].kabkota_code == scope.code


@given(kab=st.from_regex(r"[1-9][0-9]{3}", fullmatch=True), serial=st.integers(1, 999))
def test_facility_code_round_trips_through_its_parts(kab: str, serial: int) -> None:
    for kind in FacilityType:
        match = _CODE.fullmatch(facility_code(kab, kind, serial))
        assert match is not None
        assert (match.group(1), match.group(2), int(match.group(3))) == (kab, kind.letter, serial)


@given(st.integers(0, 60))
def test_facility_counts_give_one_puskesmas_per_kecamatan(kecamatan: int) -> None:
    counts = facility_counts(kecamatan)
    assert counts[FacilityType.PUSKESMAS] == kecamatan
    assert all(0 <= n <= 999 for n in counts.values())
    assert counts[FacilityType.RUMAH_SAKIT] >= 1


def test_each_kabkota_gets_a_branch_office_and_an_mpp_booth() -> None:
    offices = list(generate_offices(seed=1))
    assert [o.code for o in offices] == [
        code for kab in DEMO_KABKOTA for code in (f"KC{kab}", f"MPP{kab}")
    ]
    service_codes = {s.code for s in DEFAULT_SERVICES}
    for office in offices:
        assert len(office.code) <= 16
        assert set(office.service_codes) == service_codes
        assert [c.number for c in office.counters] == list(range(1, len(office.counters) + 1))
        assert all(set(c.service_codes) <= service_codes for c in office.counters)
        assert _inside_indonesia(office.latitude, office.longitude)
        assert parse_phone(office.phone).e164 == office.phone
        roles = Counter(o.role for o in office.officers)
        assert roles[OfficerRole.SUPERVISOR] == 1
        assert roles[OfficerRole.OFFICER] == len(office.counters)
        for officer in office.officers:
            assert normalize_name(officer.display_name) == officer.display_name
        counter_devices = {d.counter_number for d in office.devices if d.kind is DeviceKind.COUNTER}
        assert counter_devices == {c.number for c in office.counters}
        assert any(d.kind is DeviceKind.KIOSK for d in office.devices)
        assert any(d.kind is DeviceKind.BOARD for d in office.devices)


def test_office_usernames_and_device_ids_are_unique_and_follow_the_pattern() -> None:
    offices = list(generate_offices("all", seed=1))
    usernames = [o.username for office in offices for o in office.officers]
    devices = [d.device_id for office in offices for d in office.devices]
    assert len(set(usernames)) == len(usernames)
    assert len(set(devices)) == len(devices)
    assert "mpp3171.petugas1" in usernames
    assert "MPP3171-KIOSK-1" in devices
    assert max(map(len, usernames + devices)) <= 64
