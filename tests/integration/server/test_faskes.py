"""Facility and office search over HTTP: text as you type, filters, nearest, detail, roles."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from anjungan.server.db import Database
from anjungan.server.services.faskes_loader import (
    SYSTEM,
    load_facilities,
    load_offices,
    upsert_facilities,
)
from anjungan.server.services.faskes_records import FacilityRecord, facility_from
from anjungan.server.settings import ServerSettings
from tests.integration.server.conftest import Api
from tests.integration.server.faskes_fixtures import (
    FACILITIES,
    MONAS,
    OFFICES,
    great_circle_km,
)


@pytest.fixture
def directory(api: Api, db: Database, settings: ServerSettings) -> Api:
    report = load_facilities(db, settings, FACILITIES)
    assert (report.inserted, report.errors) == (len(FACILITIES), ())
    assert load_offices(db, settings, OFFICES).inserted == len(OFFICES)
    return api


def get(api: Api, path: str, *, role: str = "kiosk", **params: Any) -> requests.Response:
    return api.as_(role).get(api.url(path), params=params, timeout=10)


def codes(answer: requests.Response) -> list[str]:
    assert answer.status_code == 200, answer.text
    return [item["code"] for item in answer.json()["items"]]


def test_typing_the_start_of_words_finds_the_facility_as_you_type(directory: Api) -> None:
    for typed in ("k", "kl", "klinik", "klinik s", "klinik seh", "KLINIK  Seh", "pratama sen"):
        assert "3171K001" in codes(get(directory, "/faskes/facilities", q=typed)), typed
    assert codes(get(directory, "/faskes/facilities", q="klinik seh")) == ["3171K001"]
    # "seh" starts a word in three names; "ehat" starts none (prefixes, not substrings).
    assert sorted(codes(get(directory, "/faskes/facilities", q="seh"))) == [
        "3171A001",
        "3171K001",
        "7171O001",
    ]
    assert codes(get(directory, "/faskes/facilities", q="ehat")) == []


def test_text_search_also_matches_the_address_and_the_code(directory: Api) -> None:
    assert codes(get(directory, "/faskes/facilities", q="cempaka put")) == ["3171K001"]
    assert codes(get(directory, "/faskes/facilities", q="3273r001")) == ["3273R001"]


def test_names_that_start_with_the_query_come_before_other_matches(directory: Api) -> None:
    # Alphabetically "klinik utama mata dan optik" sorts first; the name starting
    # with "optik" is what the person is typing.
    assert codes(get(directory, "/faskes/facilities", q="optik")) == ["7171O001", "3171M001"]


def test_type_and_level_filters(directory: Api) -> None:
    assert sorted(codes(get(directory, "/faskes/facilities", type="puskesmas"))) == [
        "3171P001",
        "6471P001",
    ]
    answer = directory.as_("kiosk").get(
        directory.url("/faskes/facilities"),
        params=[("type", "apotek"), ("type", "optik")],
        timeout=10,
    )
    assert sorted(codes(answer)) == ["3171A001", "7171O001"]
    assert codes(get(directory, "/faskes/facilities", level="fkrtl", q="rsud")) == ["3273R001"]
    fkrtl = get(directory, "/faskes/facilities", level="fkrtl").json()["items"]
    assert {item["type"] for item in fkrtl} == {"rs", "klinik_utama"}
    assert get(directory, "/faskes/facilities", type="bidan").status_code == 422


def test_region_filter_takes_a_province_kabkota_or_kecamatan_code(directory: Api) -> None:
    jakpus = {"3171P001", "3171K001", "3171A001", "3171M001", "3171U001"}
    assert set(codes(get(directory, "/faskes/facilities", region="31"))) == jakpus
    assert set(codes(get(directory, "/faskes/facilities", region="3171"))) == jakpus
    assert sorted(codes(get(directory, "/faskes/facilities", region="317101"))) == [
        "3171K001",
        "3171P001",
    ]
    assert sorted(codes(get(directory, "/faskes/facilities", region="32"))) == [
        "3201K001",
        "3273R001",
    ]
    assert get(directory, "/faskes/facilities", region="317").status_code == 422


def test_nearest_orders_by_real_great_circle_distance(directory: Api) -> None:
    answer = get(directory, "/faskes/facilities", lat=MONAS[0], lon=MONAS[1], limit=100)
    items = answer.json()["items"]
    placed = [f for f in FACILITIES if f.latitude is not None and f.longitude is not None]
    expected = sorted(
        placed, key=lambda f: great_circle_km(MONAS, (f.latitude or 0, f.longitude or 0))
    )
    assert [i["code"] for i in items] == [f.code for f in expected]
    for item, fac in zip(items, expected, strict=True):
        truth = great_circle_km(MONAS, (fac.latitude or 0, fac.longitude or 0))
        assert item["distance_km"] == pytest.approx(truth, abs=0.001)
    by_code = {i["code"]: i["distance_km"] for i in items}
    assert 115 < by_code["3273R001"] < 125  # Monas to central Bandung: about 120 km
    assert answer.json()["total"] == len(placed)  # the doctor without a point is left out


def test_nearest_pages_filters_by_type_and_stops_at_max_km(directory: Api) -> None:
    point: dict[str, Any] = {"lat": MONAS[0], "lon": MONAS[1]}
    everything = codes(get(directory, "/faskes/facilities", **point, limit=100))
    assert (
        codes(get(directory, "/faskes/facilities", **point, offset=2, limit=2)) == (everything[2:4])
    )
    assert codes(get(directory, "/faskes/facilities", **point, type="puskesmas", limit=1)) == [
        "3171P001"
    ]
    near = get(directory, "/faskes/facilities", **point, max_km=20)
    assert near.json()["total"] == 4  # the four of Jakarta Pusat; Bogor is 34 km away
    assert set(codes(near)) == {"3171P001", "3171K001", "3171A001", "3171M001"}


def test_a_point_needs_both_coordinates(directory: Api) -> None:
    answer = get(directory, "/faskes/facilities", lat=MONAS[0])
    assert answer.status_code == 422
    assert answer.json()["field"] == "lon"
    assert get(directory, "/faskes/facilities", lat=91, lon=100).status_code == 422


def test_detail_by_code_and_404_for_an_unknown_code(directory: Api) -> None:
    answer = get(directory, "/faskes/facilities/3171k001")
    assert answer.status_code == 200
    body = answer.json()
    assert body["name"] == "KLINIK PRATAMA SEHAT SENTOSA"
    assert (body["type"], body["level"], body["kecamatan_code"]) == (
        "klinik_pratama",
        "fktp",
        "317101",
    )
    unknown = get(directory, "/faskes/facilities/0138U020")
    assert unknown.status_code == 404
    assert unknown.json()["code"] == "facility_not_found"
    assert get(directory, "/faskes/facilities/bad%20code").status_code == 404


def test_an_inactive_facility_leaves_search_but_keeps_its_detail(
    directory: Api, db: Database, settings: ServerSettings
) -> None:
    base = facility_from(FACILITIES[0])
    closed = FacilityRecord(**{**base.__dict__, "active": False})
    with db.write() as session:
        report = upsert_facilities(session, settings, SYSTEM, [(1, closed)], source="test")
    assert report.updated == 1
    assert "3171P001" not in codes(get(directory, "/faskes/facilities", q="puskesmas"))
    assert get(directory, "/faskes/facilities/3171P001").json()["active"] is False


def test_offices_search_nearest_kind_filter_and_detail(directory: Api) -> None:
    assert codes(get(directory, "/offices", q="mal pelayanan")) == ["MPP6471", "MPP3273"]
    assert codes(get(directory, "/offices", kind="kantor_cabang")) == ["KC3171"]
    nearest = get(directory, "/offices", lat=-6.90, lon=107.60, limit=3).json()["items"]
    assert [o["code"] for o in nearest] == ["MPP3273", "KC3171", "MPP6471"]
    assert nearest[0]["distance_km"] == pytest.approx(
        great_circle_km((-6.90, 107.60), (-6.9175, 107.6191)), abs=0.001
    )
    detail = get(directory, "/offices/mpp3273")
    assert detail.status_code == 200
    assert detail.json()["services"] == ["registration", "info_complaint"]
    assert get(directory, "/offices/KC9999").status_code == 404
    assert codes(get(directory, "/offices", region="64")) == ["MPP6471"]


def test_every_device_and_role_may_read_but_only_an_admin_imports(directory: Api) -> None:
    for role in ("kiosk", "board", "counter", "officer", "supervisor", "admin"):
        assert get(directory, "/faskes/facilities", role=role, q="klinik").status_code == 200
        assert get(directory, "/faskes/facilities/3171K001", role=role).status_code == 200
        assert get(directory, "/faskes/snapshot", role=role).status_code == 200
        assert get(directory, "/offices", role=role).status_code == 200
    assert get(directory, "/faskes/facilities", role="anonymous").status_code == 401
    body = {"csv": "kode,nama,jenis,kabkota\n3171K009,KLINIK BARU,Klinik Pratama,3171\n"}
    for role in ("kiosk", "board", "counter", "officer", "supervisor"):
        answer = directory.as_(role).post(directory.url("/faskes/import"), json=body, timeout=10)
        assert answer.status_code == 403, role
    assert get(directory, "/faskes/facilities/3171K009").status_code == 404
    answer = directory.as_("admin").post(directory.url("/faskes/import"), json=body, timeout=10)
    assert answer.status_code == 200
    assert get(directory, "/faskes/facilities/3171K009").status_code == 200
