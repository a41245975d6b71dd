"""The benchmarks still run (small sizes) and report a positive figure and baseline.

This proves `make bench` is not broken; it judges no speed (never a timed assertion).
The quick sizes keep the whole run well under a minute (the server benchmark seeds
20,000 participants and sends a few hundred requests).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_bench_run_writes_a_result_per_benchmark(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))["results"]
    names = {row["name"] for row in rows}
    assert any(name.startswith("store:") for name in names)
    assert any(name.startswith("domain:") for name in names)
    assert any(
        name.startswith("ticket: issue to last byte on the printer socket") for name in names
    )
    assert any(name.startswith("kiosk: RSS after") for name in names)
    server = sorted(name.split(" (")[0] for name in names if name.startswith("server:"))
    assert server == [
        "server: seed-demo participants",
        "server: status lookup p50",
        "server: status lookup p99",
        "server: status lookups",
    ]
    for row in rows:
        assert row["value"] > 0 and row["baseline"] > 0, row
        assert row["name"] in result.stdout
