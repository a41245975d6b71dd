"""Fuzz tests: print how many inputs each target was given (the issue's count)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.fuzz.budget import DEEP, FACTOR, TRIED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TRIED:
        return
    mode = f"deep x{FACTOR}" if DEEP else "ci"
    terminalreporter.section(f"fuzz inputs tried per target ({mode})")
    width = max(len(name) for name in TRIED)
    for name, count in sorted(TRIED.items()):
        terminalreporter.write_line(f"{name:<{width}}  {count:>9,}")
    terminalreporter.write_line(f"{'total':<{width}}  {sum(TRIED.values()):>9,}")
    report = os.environ.get("ANJUNGAN_FUZZ_REPORT")
    if report:
        Path(report).write_text(
            json.dumps({"mode": mode, "tried": dict(sorted(TRIED.items()))}, indent=2) + "\n",
            encoding="utf-8",
        )
