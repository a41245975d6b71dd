"""`anjungan board` opens the board window from a device file and exits cleanly, even
with no server to talk to (the board then shows that it is connecting)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_anjungan_board_opens_and_quits_without_a_traceback(tmp_path: Path) -> None:
    config = tmp_path / "board.toml"
    config.write_text(
        'role = "board"\noffice = "MPP Kota Balikpapan"\n'
        'server_url = "http://127.0.0.1:9"\ntoken = "not-enrolled"\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "anjungan", "--config", str(config), "board", "--quit-after", "1.5"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "not-enrolled" not in result.stderr  # the token never reaches the log
