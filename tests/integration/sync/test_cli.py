"""`anjungan sync --once` and `--status`, as an operator runs them on a counter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from anjungan.core.clock import FixedClock
from anjungan.core.store.engine import open_store
from anjungan.core.store.uow import UnitOfWork
from anjungan.server import admin
from tests.helpers.sync_factories import add_registrations, family_registration
from tests.integration.sync.conftest import COUNTER, Server

REPO_ROOT = Path(__file__).resolve().parents[3]


def _config(tmp_path: Path, server: Server, token: str, language: str = "id") -> Path:
    path = tmp_path / "counter.toml"
    path.write_text(
        f'role = "counter"\ndevice_id = "{COUNTER}"\nserver_url = "{server.base}"\n'
        f'token = "{token}"\nlanguage = "{language}"\ndata_dir = "{tmp_path / "data"}"\n',
        encoding="utf-8",
    )
    return path


def _sync(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "anjungan", "--config", str(config), "sync", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_sync_once_sends_the_counters_records_and_status_shows_the_result(
    tmp_path: Path, server: Server, clock: FixedClock
) -> None:
    with open_store(tmp_path / "data" / "counter.sqlite3") as store:
        add_registrations(store, device_id=COUNTER, clock=clock, families=range(3))
        with UnitOfWork(store, device_id=COUNTER, clock=clock) as uow:
            bad = family_registration(9)
            bad.care_class = None
            uow.add_record(bad)
            uow.commit()
    config = _config(tmp_path, server, server.tokens["counter"])
    before = _sync(config, "--status")
    assert before.returncode == 0, before.stderr
    assert "Menunggu dikirim: 4" in before.stdout and "belum pernah" in before.stdout

    once = _sync(config, "--once")
    assert once.returncode == 0, once.stderr
    assert "terkirim 3 baru" in once.stdout and "1 ditolak" in once.stdout

    after = _sync(config, "--status")
    assert "Menunggu dikirim: 0" in after.stdout
    assert "Ditolak server, menunggu perbaikan petugas: 1" in after.stdout
    assert "care_class: Peserta mandiri harus memilih kelas rawat" in after.stdout
    assert "Posisi tarik perubahan: 3" in after.stdout
    assert "3171" not in after.stdout  # no NIK (nor any other personal data) printed


def test_a_revoked_device_exits_3_with_the_sentence_for_the_operator(
    tmp_path: Path, server: Server, clock: FixedClock
) -> None:
    admin.revoke_device(server.db, COUNTER, clock.now())
    config = _config(tmp_path, server, server.tokens["counter"], language="en")
    result = _sync(config, "--once")
    assert result.returncode == 3, result.stderr
    assert "revoked" in result.stdout and "enrol the device again" in result.stdout
    status = _sync(config, "--status")
    assert "DEVICE REVOKED" in status.stdout


def test_an_unreachable_server_exits_1_and_a_missing_token_is_a_clear_config_error(
    tmp_path: Path, server: Server
) -> None:
    dead = Server("http://127.0.0.1:9", server.db, server.settings, server.tokens)
    result = _sync(_config(tmp_path, dead, "some-token"), "--once")
    assert result.returncode == 1
    assert "tidak dapat dihubungi" in result.stdout
    missing = _sync(_config(tmp_path, server, ""), "--once")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert "'token'" in missing.stderr
