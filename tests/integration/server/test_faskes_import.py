"""Writing the directory: CSV import (API and CLI), versions, snapshot, audit, bulk loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from anjungan.server.db import Database
from anjungan.server.demo.facilities import facility_counts, generate_facilities, puskesmas_code
from anjungan.server.demo.scope import resolve_scope
from anjungan.server.models import AuditLog, ChangeLog
from anjungan.server.services import faskes
from anjungan.server.services.faskes_import import import_faskes_csv
from anjungan.server.services.faskes_loader import load_facilities, load_offices
from anjungan.server.settings import ServerSettings
from tests.integration.server.conftest import Api
from tests.integration.server.faskes_fixtures import FACILITIES, OFFICES

GOOD_AND_BAD = (
    "kode;nama;jenis;alamat;kabkota;kecamatan;telepon;lat;lon;jam_buka\n"
    "3171K010;Klinik Pratama Harapan;Klinik Pratama;Jl. Kramat Raya 12;3171;317101;"
    "021-5551234;-6,1800;106,8300;Senin-Sabtu 08.00-20.00\n"
    "BAD;Klinik X;Klinik Pratama;;3171;;;;;\n"
    "3171A010;Apotek Sejahtera;Toko;;3171;;;;;\n"
    "3171A011;Apotek Sejahtera Dua;Apotek;;3171;;;-6.2;;\n"
    "3273R010;RS Harapan Bandung;Rumah Sakit;;Kota Bandung;;;;;\n"
)


def post_csv(api: Api, text: str, role: str = "admin") -> Any:
    answer = api.as_(role).post(api.url("/faskes/import"), json={"csv": text}, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()


def snapshot(api: Api, since: int | None = None) -> Any:
    params = {} if since is None else {"since_version": since}
    answer = api.as_("kiosk").get(api.url("/faskes/snapshot"), params=params, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer


def test_csv_import_stores_good_rows_and_reports_bad_ones_by_row(api: Api) -> None:
    report = post_csv(api, GOOD_AND_BAD)
    assert (report["inserted"], report["updated"], report["unchanged"]) == (2, 0, 0)
    assert [(e["row"], e["field"], e["code"]) for e in report["errors"]] == [
        (3, "kode", "bad_code"),
        (4, "jenis", "unknown_type"),
        (5, "lon", "coordinate_pair"),
    ]
    assert all(e["message_id"] and e["message_en"] for e in report["errors"])
    stored = api.as_("kiosk").get(api.url("/faskes/facilities/3171K010"), timeout=10).json()
    assert stored["name"] == "KLINIK PRATAMA HARAPAN"
    assert (stored["latitude"], stored["longitude"]) == (-6.18, 106.83)
    assert stored["phone"] == "+62215551234"
    bandung = api.as_("kiosk").get(api.url("/faskes/facilities/3273R010"), timeout=10).json()
    assert (bandung["type"], bandung["level"], bandung["latitude"]) == ("rs", "fkrtl", None)
    for code in ("3171A010", "3171A011"):
        missing = api.as_("kiosk").get(api.url(f"/faskes/facilities/{code}"), timeout=10)
        assert missing.status_code == 404


def test_import_upserts_by_code_and_bumps_the_version_only_on_change(api: Api) -> None:
    first = post_csv(api, GOOD_AND_BAD)
    again = post_csv(api, GOOD_AND_BAD)
    assert (again["inserted"], again["updated"], again["unchanged"]) == (0, 0, 2)
    assert again["version"] == first["version"]
    renamed = GOOD_AND_BAD.replace("RS Harapan Bandung", "RS Harapan Kita Bandung")
    changed = post_csv(api, renamed)
    assert (changed["inserted"], changed["updated"], changed["unchanged"]) == (0, 1, 1)
    assert changed["version"] == first["version"] + 1
    found = api.as_("kiosk").get(
        api.url("/faskes/facilities"), params={"q": "harapan kita"}, timeout=10
    )
    assert [i["code"] for i in found.json()["items"]] == ["3273R010"]


def test_a_file_that_is_not_csv_or_lacks_a_column_is_refused_with_a_reason(api: Api) -> None:
    answer = api.as_("admin").post(
        api.url("/faskes/import"),
        json={"csv": "kode,nama,jenis,kabkota\n\r0"},
        timeout=10,
    )
    assert answer.status_code == 422
    assert answer.json()["field"] == "csv"
    report = post_csv(api, "kode,nama\n3171K010,Klinik\n")
    assert report["inserted"] == 0
    assert {(e["row"], e["code"]) for e in report["errors"]} == {
        (1, "missing_column")
    }  # jenis and kabkota, both on the header row
    assert len(report["errors"]) == 2


def test_snapshot_is_not_modified_until_an_import_bumps_the_version(
    api: Api, db: Database, settings: ServerSettings
) -> None:
    empty = snapshot(api).json()
    assert (empty["version"], empty["changed"], empty["facilities"]) == (0, True, [])
    assert snapshot(api, 0).json() == {
        "version": 0,
        "changed": False,
        "updated_at": None,
        "facilities": None,
        "offices": None,
    }
    load_facilities(db, settings, FACILITIES)
    load_offices(db, settings, OFFICES)
    full = snapshot(api, 0)
    assert full.headers["Content-Encoding"] == "gzip"  # requests asks for it by default
    body = full.json()
    assert (body["version"], body["changed"]) == (2, True)
    assert sorted(f["code"] for f in body["facilities"]) == sorted(f.code for f in FACILITIES)
    assert [o["code"] for o in body["offices"]] == ["KC3171", "MPP3273", "MPP6471"]
    assert snapshot(api, 2).json()["changed"] is False
    plain = api.as_("kiosk").get(
        api.url("/faskes/snapshot"), headers={"Accept-Encoding": "identity"}, timeout=30
    )
    assert "Content-Encoding" not in plain.headers
    assert plain.json() == body

    report = post_csv(api, GOOD_AND_BAD)
    assert report["version"] == 3
    assert snapshot(api, 3).json()["changed"] is False
    newer = snapshot(api, 2).json()
    assert (newer["version"], newer["changed"]) == (3, True)
    assert "3171K010" in {f["code"] for f in newer["facilities"]}
    # An older client version that is somehow ahead of the server also gets everything.
    assert snapshot(api, 99).json()["changed"] is True


def test_every_version_bump_is_published_to_the_change_log(
    api: Api, db: Database, settings: ServerSettings
) -> None:
    load_facilities(db, settings, FACILITIES)
    post_csv(api, GOOD_AND_BAD)
    post_csv(api, GOOD_AND_BAD)  # nothing changes: no bump, no change
    with db.read() as session:
        changes = session.scalars(
            select(ChangeLog).where(ChangeLog.kind == "reference").order_by(ChangeLog.id)
        ).all()
    assert [c.payload for c in changes] == [
        {"kind": "faskes", "version": 1},
        {"kind": "faskes", "version": 2},
    ]
    assert {(c.entity_id, c.office_code, c.device_id) for c in changes} == {("faskes", None, None)}


def test_every_import_is_audited_with_counts_and_no_names(
    api: Api, db: Database, settings: ServerSettings, tmp_path: Path
) -> None:
    post_csv(api, GOOD_AND_BAD)
    path = tmp_path / "faskes.csv"
    path.write_text(GOOD_AND_BAD.replace("Harapan Bandung", "Harapan Baru"), encoding="utf-8")
    cli = import_faskes_csv(db, settings, path)
    assert (cli.inserted, cli.updated, cli.unchanged, len(cli.errors)) == (0, 1, 1, 3)
    with db.read() as session:
        rows = session.scalars(
            select(AuditLog).where(AuditLog.action == "facility.import").order_by(AuditLog.id)
        ).all()
    assert [(r.role, r.officer, r.device_id) for r in rows] == [
        ("admin", "admin1", "C-BPN-01"),
        ("admin", None, "admin-cli"),
    ]
    assert rows[0].detail == {
        "source": "api",
        "inserted": 2,
        "updated": 0,
        "unchanged": 0,
        "refused": 3,
        "version": 1,
    }
    assert rows[1].detail["source"] == "cli"
    assert "HARAPAN" not in str([r.detail for r in rows]).upper()


def test_the_loader_takes_the_demo_generators_objects(
    db: Database, settings: ServerSettings
) -> None:
    (scope,) = resolve_scope(["3171"])
    expected = sum(facility_counts(len(scope.kecamatan)).values())
    report = load_facilities(db, settings, generate_facilities(["3171"]))
    assert (report.inserted, report.errors, report.version) == (expected, (), 1)
    again = load_facilities(db, settings, generate_facilities(["3171"]))
    assert (again.inserted, again.updated, again.unchanged, again.version) == (0, 0, expected, 1)
    with db.read() as session:
        page = faskes.search_facilities(session, faskes.DirectoryQuery(text="puskesmas gamb"))
    assert [item.code for item in page.items] == [puskesmas_code("317101", scope)]  # Gambir


@pytest.mark.slow
def test_a_whole_country_of_facilities_loads_and_searches(
    db: Database, settings: ServerSettings
) -> None:
    items = list(generate_facilities("all"))
    assert len(items) > 30_000
    report = load_facilities(db, settings, items)
    assert (report.inserted, report.errors) == (len(items), ())
    with db.read() as session:
        query = faskes.DirectoryQuery(
            near=faskes.Point(-6.1754, 106.8272), kinds=("puskesmas",), limit=5
        )
        near = faskes.search_facilities(session, query)
        found = faskes.search_facilities(session, faskes.DirectoryQuery(text="puskesmas gambir"))
    assert [i.distance_km for i in near.items] == sorted(i.distance_km or 0 for i in near.items)
    assert near.items[0].kabkota_code[:2] == "31"
    assert "PUSKESMAS GAMBIR" in [i.name for i in found.items]
