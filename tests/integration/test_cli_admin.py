"""`anjungan admin seed-demo` and `anjungan admin import-faskes` against a SQLite file.

The commands run in-process through `anjungan.cli.main` (the same parser and dispatch
as the installed command); results are read back over HTTP from the real app on
loopback, or from the database. One test seeds PostgreSQL as well (skipped without a
server) to prove both backends get the same participants from the same seed.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from anjungan.cli import main
from anjungan.core.clock import FixedClock
from anjungan.core.domain.queue import DEFAULT_SERVICES
from anjungan.server.app import create_app
from anjungan.server.db import Database, open_database
from anjungan.server.demo import PERSONAS
from anjungan.server.demo.personas import PERSONA_PARTICIPANTS
from anjungan.server.models import Device, Officer
from anjungan.server.models.faskes import Facility, Office
from anjungan.server.models.participants import Participant
from anjungan.server.seed import DEMO_PASSWORD, seed_demo
from anjungan.server.settings import ServerSettings
from tests.helpers.live_server import serve
from tests.helpers.pg import temporary_database

BUDI = next(p for p in PERSONAS if p.key == "pbpu_active")
AHMAD = next(p for p in PERSONAS if p.key == "arrears_5")

GOOD_AND_BAD = (
    "kode;nama;jenis;alamat;kabkota;kecamatan;telepon;lat;lon;jam_buka\n"
    "3171K010;Klinik Pratama Harapan;Klinik Pratama;Jl. Kramat Raya 12;3171;317101;"
    "021-5551234;-6,1800;106,8300;Senin-Sabtu 08.00-20.00\n"
    "BAD;Klinik X;Klinik Pratama;;3171;;;;;\n"
    "3171A010;Apotek Sejahtera;Toko;;3171;;;;;\n"
    "3273R010;RS Harapan Bandung;Rumah Sakit;;Kota Bandung;;;;;\n"
)


def admin(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["admin", "--db", url, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "server.sqlite3")


@pytest.fixture
def opened(url: str) -> Iterator[Database]:
    db = open_database(url)
    yield db
    db.dispose()


def niks(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Participant.nik).order_by(Participant.id)))


def test_seed_demo_serves_personas_offices_queue_and_logins_over_http(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    tokens_file = tmp_path / "tokens.toml"
    code, out, _ = admin(
        capsys, url, "seed-demo", "--participants", "300", "--tokens-out", str(tokens_file)
    )
    assert code == 0
    assert "300 participants" in out and f"password {DEMO_PASSWORD}" in out
    assert tokens_file.stat().st_mode & 0o777 == 0o600
    tokens = tomllib.loads(tokens_file.read_text(encoding="utf-8"))
    by_id = {d["device_id"]: d for d in tokens["device"]}
    assert by_id["MPP3171-LOKET-2"] == {**by_id["MPP3171-LOKET-2"], "role": "counter", "counter": 2}
    assert len({d["token"] for d in tokens["device"]}) == len(tokens["device"])
    assert "mpp3171.petugas1" in {o["username"] for o in tokens["officer"]}

    app = create_app(ServerSettings(database_url=url))
    with serve(app) as base, requests.Session() as kiosk:
        kiosk.headers["Authorization"] = f"Bearer {by_id['MPP3171-KIOSK-1']['token']}"
        budi = kiosk.get(f"{base}/v1/participants/nik/{BUDI.nik}", timeout=10).json()
        assert budi["status"]["active"] is True
        assert budi["fktp"]["name"]  # the participant's FKTP is in the seeded directory
        ahmad = kiosk.get(f"{base}/v1/participants/nik/{AHMAD.nik}", timeout=10).json()
        assert (ahmad["status"]["active"], ahmad["status"]["months_in_arrears"]) == (False, 5)
        office = kiosk.get(f"{base}/v1/offices/MPP3171", timeout=10).json()
        assert office["name"].startswith("MAL PELAYANAN PUBLIK")
        lines = kiosk.get(f"{base}/v1/queue/services", timeout=10).json()
        assert [s["code"] for s in lines] == [s.code for s in DEFAULT_SERVICES]

        login = requests.post(
            f"{base}/v1/auth/login",
            json={
                "username": "mpp3171.petugas1",
                "password": DEMO_PASSWORD,
                "device_id": "MPP3171-LOKET-1",
            },
            timeout=10,
        )
        assert login.status_code == 200, login.text
        counters = requests.get(
            f"{base}/v1/queue/counters",
            headers={"Authorization": f"Bearer {login.json()['token']}"},
            timeout=10,
        ).json()
        assert [(c["number"], c["name"]) for c in counters] == [(1, "LOKET 1"), (2, "LOKET 2")]
        admin_login = requests.post(
            f"{base}/v1/auth/login",
            json={"username": "admin", "password": DEMO_PASSWORD},
            timeout=10,
        )
        assert admin_login.status_code == 200, admin_login.text


def test_seed_demo_refuses_a_database_that_already_holds_participants(
    capsys: pytest.CaptureFixture[str], url: str, opened: Database
) -> None:
    assert admin(capsys, url, "seed-demo", "--participants", "100")[0] == 0
    before = niks(opened)
    code, _, err = admin(capsys, url, "seed-demo", "--participants", "100", "--seed", "2")
    assert code == 1
    assert "already holds participants" in err and "Traceback" not in err
    assert niks(opened) == before


def test_seed_demo_prints_tokens_once_when_no_file_is_given(
    capsys: pytest.CaptureFixture[str], url: str, opened: Database
) -> None:
    code, out, _ = admin(capsys, url, "seed-demo", "--participants", "100")
    assert code == 0
    printed = [line.split("\t") for line in out.splitlines() if line.count("\t") == 3]
    with opened.read() as session:
        enrolled = set(session.scalars(select(Device.device_id)))
        officers = session.scalar(select(func.count()).select_from(Officer))
    assert {row[0] for row in printed} == enrolled
    assert all(len(row[3]) >= 40 for row in printed)
    assert officers == 44  # 5 kab/kota x (KC and MPP officers) + admin


def test_seed_demo_output_holds_no_personal_data(
    capsys: pytest.CaptureFixture[str], url: str, opened: Database
) -> None:
    code, out, err = admin(capsys, url, "seed-demo", "--participants", "400")
    assert code == 0
    assert "participants: 400/400" in err and "rows/s" in err
    with opened.read() as session:
        people = session.execute(select(Participant.nik, Participant.card_number)).all()
    printed = out + err
    assert people and not any(nik in printed or card in printed for nik, card in people)
    assert BUDI.name not in printed


def test_seed_demo_same_seed_gives_the_same_participants(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    runs = {}
    for name, seed in (("a", "7"), ("b", "7"), ("c", "8")):
        url = sqlite_url(tmp_path / f"{name}.sqlite3")
        assert admin(capsys, url, "seed-demo", "--participants", "250", "--seed", seed)[0] == 0
        db = open_database(url)
        runs[name] = niks(db)
        db.dispose()
    assert len(runs["a"]) == 250
    assert runs["a"] == runs["b"]
    assert runs["a"] != runs["c"]
    # The personas come first and do not depend on the seed.
    assert runs["a"][0] == BUDI.nik
    assert runs["a"][:PERSONA_PARTICIPANTS] == runs["c"][:PERSONA_PARTICIPANTS]


def test_seed_demo_without_jakarta_pusat_leaves_out_the_personas(
    capsys: pytest.CaptureFixture[str], url: str, opened: Database
) -> None:
    code, _, _ = admin(capsys, url, "seed-demo", "--participants", "60", "--regions", "3273")
    assert code == 0
    loaded = niks(opened)
    assert len(loaded) == 60 and all(nik.startswith("3273") for nik in loaded)
    with opened.read() as session:
        assert set(session.scalars(select(Office.code))) == {"KC3273", "MPP3273"}
        assert session.scalar(select(func.count()).select_from(Facility))


def test_seed_demo_names_an_unknown_region_and_leaves_nothing_behind(
    capsys: pytest.CaptureFixture[str], url: str, opened: Database, tmp_path: Path
) -> None:
    tokens_file = tmp_path / "tokens.toml"
    code, _, err = admin(
        capsys,
        url,
        "seed-demo",
        "--participants",
        "60",
        "--regions",
        "3171,9999",
        "--tokens-out",
        str(tokens_file),
    )
    assert code == 1
    assert "'9999'" in err and "Traceback" not in err
    assert not tokens_file.exists()
    assert niks(opened) == []
    with opened.read() as session:
        assert session.scalar(select(func.count()).select_from(Office)) == 0


def test_seed_demo_refuses_fewer_participants_than_the_personas_need(
    capsys: pytest.CaptureFixture[str], url: str, opened: Database
) -> None:
    code, _, err = admin(capsys, url, "seed-demo", "--participants", "3")
    assert code == 1
    assert "at least" in err
    assert niks(opened) == []


def test_import_faskes_reports_counts_and_refused_rows_with_reasons(
    capsys: pytest.CaptureFixture[str], url: str, opened: Database, tmp_path: Path
) -> None:
    csv_file = tmp_path / "faskes.csv"
    csv_file.write_text(GOOD_AND_BAD, encoding="utf-8")
    code, out, _ = admin(capsys, url, "import-faskes", str(csv_file))
    assert code == 1  # some rows were refused; the good ones are saved all the same
    assert "2 inserted, 0 updated, 0 unchanged, 2 refused" in out
    assert "row 3, kode:" in out and "[bad_code]" in out
    assert "row 4, jenis:" in out and "[unknown_type]" in out
    with opened.read() as session:
        stored = set(session.scalars(select(Facility.code)))
    assert stored == {"3171K010", "3273R010"}

    good_only = "\n".join(line for line in GOOD_AND_BAD.splitlines() if "BAD" not in line)
    csv_file.write_text(good_only.replace(";Toko;", ";Apotek;") + "\n", encoding="utf-8")
    code, out, _ = admin(capsys, url, "import-faskes", str(csv_file))
    assert code == 0
    assert "1 inserted, 0 updated, 2 unchanged, 0 refused" in out


def test_import_faskes_of_a_missing_file_says_so_without_a_traceback(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    code, _, err = admin(capsys, url, "import-faskes", str(tmp_path / "nope.csv"))
    assert code == 1
    assert "no file" in err and "Traceback" not in err


def test_seed_demo_gives_postgresql_the_same_participants_as_sqlite(url: str) -> None:
    clock = FixedClock()
    results = []
    with temporary_database("anjungan_seed") as pg_url:
        for database_url in (url, pg_url.render_as_string(hide_password=False)):
            db = open_database(database_url)
            settings = ServerSettings(database_url=database_url, clock=clock)
            report = seed_demo(db, settings, participants=500, seed=3)
            results.append((report.participants, report.counters, niks(db)))
            db.dispose()
    assert results[0] == results[1]
    assert results[0][0] == 500
