"""The accelerated soak runs and holds for a short while: no crash, no 5xx, no error log.

A ~25 s run of `bench.soak` (kiosk, counter and server in one process, offscreen) with big
time steps, so several office days pass and the officer logs in again each morning. It
proves the soak works and that nothing fails under it; memory is judged by the full
30-minute run (`make soak`), since the first minutes of any run are warm-up.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.soak import WEIGHTS

ROOT = Path(__file__).resolve().parents[2]


def test_a_short_soak_drives_every_interaction_and_finds_nothing_wrong(tmp_path: Path) -> None:
    out = tmp_path / "soak.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.soak",
            "--seconds",
            "25",
            "--step-seconds",
            "600",
            "--max-growth-mb",
            "1000",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["ok"] and summary["problems"] == []
    assert summary["crashes"] == [] and summary["http"]["5xx"] == 0
    assert summary["log_warnings"] == {} and summary["qt_warnings"] == {}
    assert summary["failures"] == {}
    played = summary["interactions"]
    for kind in WEIGHTS:
        assert played.get(kind, 0) > 0, kind
    assert played["counter.login"] >= 2, "a new office day begins with a new login"
    assert summary["simulated"]["office_days"] >= 2
    assert summary["printer"]["jobs"] == played["kiosk.ticket"]
    assert set(summary["delivered"]["counter_outbox"]) == {"sent"}
    assert "soak: OK" in result.stdout
