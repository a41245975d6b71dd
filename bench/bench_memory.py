"""Kiosk memory: resident set size after 10,000 screen changes against after 100.

A child process (so nothing of the benchmark process is counted) builds the kiosk as
`anjungan.kiosk.app.build_kiosk` does for the program (started: health checks, the
directory download, the survey outbox), offscreen at 1080x1920, against the real server
on loopback with the demo data (`tests.helpers.demo_server`, in this process). It then
taps the home tiles in turn (all eight services; the queue screen asks the server for
its lines, the faskes screen runs its first search) and goes home after each: every
tap and every return is one screen change, counted once the new screen is current, has
painted and every background call has answered; then Qt's deferred deletions run, as a
running main loop would do. At each mark it collects garbage and reads VmRSS from
``/proc/self/status``. The figure is the
RSS after 10,000 changes (quick: 400); the baseline is the RSS after the first 100, in
the same process; the ratio is the growth. The slope over the later marks is in the
note: a leak shows as a steady climb there, while allocator caches level off early.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from anjungan.core.clock import FixedClock
from bench.harness import Result
from tests.helpers.demo_server import demo_server

ROOT = Path(__file__).resolve().parents[1]
PORTRAIT = (1080, 1920)
KEYS = ("status", "bill", "va", "faskes", "info", "change", "queue", "survey")
FULL_MARKS = (100, *range(1000, 10_001, 1000))
QUICK_MARKS = (100, 200, 300, 400)
WAIT_S = 30.0  # bounds one screen change; a change takes milliseconds
CHILD_TIMEOUT_S = 900.0


def rss_bytes() -> int:
    """This process's resident set size (Linux ``/proc``)."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("VmRSS not found in /proc/self/status")


def slope_per_1000(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of ``(changes, MB)`` points, in MB per 1,000 changes."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    return sxy / sxx * 1000 if sxx else 0.0


def child() -> None:
    """In the child: build the kiosk, change screens, print the samples as one JSON line."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from anjungan.core.config import DeviceConfig
    from anjungan.kiosk.app import build_kiosk
    from bench.bench_kiosk import PaintProbe

    app = QApplication(sys.argv[:1])
    config = DeviceConfig.model_validate(json.loads(os.environ["BENCH_KIOSK_CONFIG"]))
    marks = [int(m) for m in os.environ["BENCH_MARKS"].split(",")]
    window = build_kiosk(app, config)
    window.resize(*PORTRAIT)
    window.show()

    def until(done: object) -> None:
        assert callable(done)
        deadline = time.perf_counter() + WAIT_S
        while not done():
            if time.perf_counter() > deadline:
                raise RuntimeError("a screen change did not finish")
            app.processEvents()

    def change(go: object, target: QWidget) -> None:
        assert callable(go)
        probe = PaintProbe(target)
        go()
        until(
            lambda: window.stack.currentWidget() is target and probe.seen and not window.worker.busy
        )
        target.removeEventFilter(probe)
        probe.deleteLater()
        # What a running main loop does between events (`processEvents` alone never does).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    until(lambda: window.keeper.ready and not window.worker.busy)
    samples: dict[int, int] = {}
    changes = 0
    started = time.perf_counter()
    while changes < marks[-1]:
        key = KEYS[(changes // 2) % len(KEYS)]
        if changes % 2 == 0:
            change(window.home.tiles[key].click, window.screens[key].view)
        else:
            change(window.go_home, window.home)
        changes += 1
        if changes in marks:
            gc.collect()
            samples[changes] = rss_bytes()
    seconds = time.perf_counter() - started
    sys.stdout.write(json.dumps({"samples": samples, "seconds": seconds}) + "\n")
    sys.stdout.flush()
    os._exit(0)  # shutting down is not measured


def _measure(marks: tuple[int, ...]) -> tuple[dict[int, int], float]:
    with tempfile.TemporaryDirectory() as tmp, demo_server(Path(tmp), FixedClock()) as server:
        config = server.kiosk_config(Path(tmp) / "kiosk").model_dump(mode="json")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "BENCH_KIOSK_CONFIG": json.dumps(config),
            "BENCH_MARKS": ",".join(str(m) for m in marks),
        }
        done = subprocess.run(
            [sys.executable, "-c", "from bench.bench_memory import child; child()"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the kiosk memory child failed: {done.stderr[-2000:]}")
    answer = json.loads(lines[-1])
    return {int(k): int(v) for k, v in answer["samples"].items()}, float(answer["seconds"])


def run(quick: bool = False) -> list[Result]:
    marks = QUICK_MARKS if quick else FULL_MARKS
    samples, seconds = _measure(marks)
    mb = {k: v / 2**20 for k, v in samples.items()}
    first, last = marks[0], marks[-1]
    later = [(k, v) for k, v in sorted(mb.items()) if k >= marks[len(marks) // 2]]
    return [
        Result(
            name=f"kiosk: RSS after {last:,} screen changes",
            value=mb[last],
            baseline_name=f"RSS after {first:,} changes, same process",
            baseline=mb[first],
            unit="MB",
            note=(
                f"{', '.join(f'{k:,}: {v:.1f}' for k, v in sorted(mb.items()))} MB;"
                f" slope over the second half {slope_per_1000(later):+.2f} MB/1,000 changes;"
                f" max {max(mb.values()):.1f} MB; {last / seconds:,.0f} changes/s;"
                " all 8 tiles, live server, offscreen 1080x1920"
            ),
        )
    ]
