"""The `anjungan` command opens the demo window and exits cleanly, as `make run` does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "anjungan", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_demo_seeds_a_server_and_opens_every_window_without_a_traceback(tmp_path: Path) -> None:
    config = tmp_path / "demo.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    result = _run("--config", str(config), "demo", "--quit-after", "3")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Demo ready" in result.stderr
    # The embedded server really served the windows (access log lines, NIK-free).
    assert "GET /v1/queue/board 200" in result.stderr
    assert (tmp_path / "data" / "demo" / "server.sqlite3").exists()


def test_bad_config_gives_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "kiosk.toml"
    bad.write_text('language = "fr"\n', encoding="utf-8")
    result = _run("--config", str(bad), "kiosk")
    assert result.returncode == 1
    assert "Key 'language'" in result.stderr
    assert "Traceback" not in result.stderr


def test_admin_enrolls_a_device_and_prints_its_token_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    result = _run("admin", "--db", db, "enroll-device", "K-01", "--kind", "kiosk", "--office", "X")
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip().splitlines()[-1]
    assert len(token) >= 40
    again = _run("admin", "--db", db, "revoke-device", "K-01")
    assert again.returncode == 0 and "revoked" in again.stdout
    missing = _run("admin", "--db", db, "revoke-device", "K-99")
    assert missing.returncode == 1
