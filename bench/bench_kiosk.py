"""Kiosk (Qt): cold start, tap-to-next-screen, and faskes type-ahead, each against bare Qt or SQL.

Figures, each with a baseline measured in the same run on the same machine:

1. Cold start to the first painted home screen: a fresh ``python -c`` process builds the
   kiosk as `anjungan.cli` does (server on a closed port, so it starts offline; an empty
   temporary data_dir) and prints one line from the first paint of the home view; the
   figure is the wall time from `Popen` to reading that line. Baseline: a bare PySide6
   QLabel shown the same way. Median of 5 runs each (quick: 2).
2. Tap to next screen painted, p95, in this process on the offscreen platform: a home
   tile is clicked and the events are processed until the new screen is current and its
   paint event has run. "faskes" opens over the whole-country directory (its `open()`
   runs the first, nearest-first search), "info" needs nothing. Baseline: a button that
   switches a QStackedWidget between two plain QLabels, timed the same way.
3. Faskes type-ahead p95 over the demo country (about 40,000 facilities): words typed
   letter by letter through `places.Directory.search`, called as the faskes screen calls
   it (nearest first from the kiosk's location, `MAX_RESULTS`). Baseline: an in-memory
   SQLite table of the same facilities, ``name LIKE '%q%' ORDER BY name LIMIT n``.

Qt runs offscreen (``QT_QPA_PLATFORM=offscreen``) so no display is needed. Nothing here
asserts a speed; the ratio is what to watch.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.config import DeviceConfig, Location
from anjungan.core.wire.faskes import FacilityType, FaskesSnapshot, SnapshotFacility
from anjungan.kiosk.app import build_kiosk
from anjungan.kiosk.places import Directory
from anjungan.kiosk.screens.faskes_view import MAX_RESULTS
from bench.harness import Result, median, percentile

ROOT = Path(__file__).resolve().parents[1]
PORTRAIT = (1080, 1920)
# Monas, Kota Jakarta Pusat: the demo kiosk's configured location.
KIOSK_LOCATION = (-6.1754, 106.8272)
WAIT_S = 30.0  # bounds a hang only; a paint takes milliseconds

WORDS = (
    "klinik pratama",
    "puskesmas kuta",
    "apotek farma",
    "dr. laras",
    "rsud kabupaten",
    "optik bintang",
    "sejahtera",
)
QUICK_WORDS = ("klinik pratama", "puskesmas kuta")

# The child prints one line once its first paint has finished (the zero timer runs after
# the paint event returns), then leaves at once: shutting down is not part of the figure.
_FIRST_PAINT = """
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        sys.stdout.write("painted\\n")
        sys.stdout.flush()
        os._exit(0)

app = QApplication(sys.argv[:1])
probe = FirstPaint()
"""

KIOSK_CHILD = _FIRST_PAINT + textwrap.dedent(
    """
    from pathlib import Path
    from anjungan.core.config import DeviceConfig, Location
    from anjungan.kiosk.app import build_kiosk

    config = DeviceConfig(
        server_url=os.environ["BENCH_SERVER_URL"],
        data_dir=Path(os.environ["BENCH_DATA_DIR"]),
        location=Location(latitude=-6.1754, longitude=106.8272),
    )
    window = build_kiosk(app, config)
    window.home.installEventFilter(probe)
    window.resize(720, 1280)
    window.show()
    app.exec()
    """
)

LABEL_CHILD = _FIRST_PAINT + textwrap.dedent(
    """
    from PySide6.QtWidgets import QLabel

    window = QLabel("AMAN JKN")
    window.installEventFilter(probe)
    window.resize(720, 1280)
    window.show()
    app.exec()
    """
)


def closed_port() -> int:
    """A loopback port that was free a moment ago: connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- 1. cold start -----------------------------------------------------------------------


def _first_paint_seconds(code: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "BENCH_SERVER_URL": f"http://127.0.0.1:{closed_port()}",
            "BENCH_DATA_DIR": str(Path(tmp) / "kiosk"),
        }
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        try:
            _, err = child.communicate(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            child.kill()
            _, err = child.communicate()
        if line.strip() != "painted":
            raise RuntimeError(f"cold-start child never painted: {err[-2000:]}")
        return elapsed


def cold_start(runs: int) -> Result:
    _first_paint_seconds(LABEL_CHILD)  # warm the file system cache for both
    kiosk: list[float] = []
    label: list[float] = []
    for _ in range(runs):  # interleaved, so a busy moment hurts both alike
        kiosk.append(_first_paint_seconds(KIOSK_CHILD))
        label.append(_first_paint_seconds(LABEL_CHILD))
    return Result(
        name=f"kiosk: cold start to first paint, median ({runs} runs)",
        value=median(kiosk) * 1000,
        baseline_name="bare PySide6 QLabel",
        baseline=median(label) * 1000,
        unit="ms",
        note="wall time from Popen to the line printed after the first paint; offline",
    )


# -- the whole-country directory (figures 2 and 3) ---------------------------------------


def country_snapshot() -> FaskesSnapshot:
    """Every demo facility as the server's snapshot carries it (offices left out)."""
    from anjungan.server.demo.facilities import FacilityType as DemoType
    from anjungan.server.demo.facilities import generate_facilities

    def wire_type(kind: DemoType) -> FacilityType:
        return FacilityType.RS if kind is DemoType.RUMAH_SAKIT else FacilityType[kind.name]

    facilities = [
        SnapshotFacility(
            code=f.code,
            name=f.name,
            type=wire_type(f.kind),
            address=f.address,
            phone=f.phone,
            hours=f.opening_hours,
            province_code=f.province_code,
            kabkota_code=f.kabkota_code,
            kecamatan_code=f.kecamatan_code,
            latitude=f.latitude,
            longitude=f.longitude,
        )
        for f in generate_facilities("all")
    ]
    return FaskesSnapshot(version=1, changed=True, updated_at=None, facilities=facilities)


# -- 2. tap to next screen ---------------------------------------------------------------


class PaintProbe(QObject):
    """Notes when ``widget`` receives a paint event."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def _until(app: QApplication, done: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + WAIT_S
    while not done():
        if time.perf_counter() > deadline:
            raise RuntimeError("the screen was never painted")
        app.processEvents()


def _switch_seconds(
    app: QApplication, stack: QStackedWidget, click: Callable[[], None], target: QWidget
) -> float:
    """Click, then process events until ``target`` is current and painted."""
    probe = PaintProbe(target)
    start = time.perf_counter()
    click()
    _until(app, lambda: stack.currentWidget() is target and probe.seen)
    elapsed = time.perf_counter() - start
    target.removeEventFilter(probe)
    probe.deleteLater()
    return elapsed


def _application() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def _kiosk_taps(app: QApplication, directory: Directory, n: int) -> dict[str, list[float]]:
    """``n`` taps on each of the two tiles, alternating, each followed by going home."""
    with tempfile.TemporaryDirectory() as tmp:
        config = DeviceConfig(
            server_url=f"http://127.0.0.1:{closed_port()}",
            data_dir=Path(tmp) / "kiosk",
            location=Location(latitude=KIOSK_LOCATION[0], longitude=KIOSK_LOCATION[1]),
        )
        # Not started: no health checks or refreshes on the worker while we time.
        window = build_kiosk(app, config, start=False)
        window.keeper.directory = directory  # as after loading the saved snapshot
        window.resize(*PORTRAIT)
        window.show()
        home = window.home
        _until(app, home.isVisible)
        samples: dict[str, list[float]] = {"info": [], "faskes": []}
        for i in range(2 * n):
            key = "info" if i % 2 == 0 else "faskes"
            target = window.screens[key].view
            samples[key].append(_switch_seconds(app, window.stack, home.tiles[key].click, target))
            _switch_seconds(app, window.stack, window.go_home, home)
        window.shutdown()
        window.hide()
        window.deleteLater()
        app.processEvents()
    return samples


def _label_taps(app: QApplication, n: int) -> list[float]:
    window = QWidget()
    stack = QStackedWidget()
    first, second = QLabel("Beranda"), QLabel("Informasi")
    stack.addWidget(first)
    stack.addWidget(second)
    button = QPushButton("Info")
    layout = QVBoxLayout(window)
    layout.addWidget(button)
    layout.addWidget(stack, 1)
    button.clicked.connect(lambda: stack.setCurrentWidget(second))
    window.resize(*PORTRAIT)
    window.show()
    _until(app, first.isVisible)
    samples = []
    for _ in range(n):
        samples.append(_switch_seconds(app, stack, button.click, second))
        _switch_seconds(app, stack, lambda: stack.setCurrentWidget(first), first)
    window.hide()
    window.deleteLater()
    app.processEvents()
    return samples


def taps(directory: Directory, n: int) -> list[Result]:
    app = _application()
    _label_taps(app, 5)  # first paints of a new window are not what we time
    label = _label_taps(app, n)
    kiosk = _kiosk_taps(app, directory, n + 1)
    base = percentile(label, 95) * 1000
    return [
        Result(
            name=f"kiosk: tap '{key}' tile to screen painted p95 ({len(samples) - 1})",
            value=percentile(samples[1:], 95) * 1000,  # the first opening builds caches
            baseline_name="QStackedWidget of two QLabels",
            baseline=base,
            unit="ms",
            note=f"p50 {percentile(samples[1:], 50) * 1000:.2f} ms; offscreen, 1080x1920",
        )
        for key, samples in kiosk.items()
    ]


# -- 3. faskes type-ahead -------------------------------------------------------------------


def keystrokes(words: tuple[str, ...]) -> list[str]:
    """What the search box holds after each key: ``k``, ``kl``, ... for every word."""
    return [word[:i] for word in words for i in range(1, len(word) + 1) if word[i - 1] != " "]


def _sqlite_table(snapshot: FaskesSnapshot) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE facility (code TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,"
        " address TEXT NOT NULL, latitude REAL, longitude REAL)"
    )
    db.executemany(
        "INSERT INTO facility VALUES (?,?,?,?,?,?)",
        [
            (f.code, f.name, f.type.value, f.address, f.latitude, f.longitude)
            for f in snapshot.facilities or ()
        ],
    )
    db.commit()
    return db


def type_ahead(snapshot: FaskesSnapshot, directory: Directory, words: tuple[str, ...]) -> Result:
    typed = keystrokes(words)
    db = _sqlite_table(snapshot)

    def sql(text: str) -> object:
        return db.execute(
            "SELECT code, name, type, address FROM facility WHERE name LIKE ?"
            " ORDER BY name LIMIT ?",
            (f"%{text}%", MAX_RESULTS),
        ).fetchall()

    def kiosk(text: str) -> object:
        return directory.search(text, near=KIOSK_LOCATION, limit=MAX_RESULTS)

    def by_name(text: str) -> object:
        return directory.search(text, limit=MAX_RESULTS)

    def timed(fn: Callable[[str], object]) -> list[float]:
        fn(typed[0])  # warm
        samples = []
        for text in typed:
            start = time.perf_counter()
            fn(text)
            samples.append(time.perf_counter() - start)
        return samples

    base = timed(sql)
    ours = timed(kiosk)
    named = timed(by_name)
    db.close()
    return Result(
        name=f"kiosk: faskes type-ahead p95 ({len(directory):,} places, {len(typed)} keys)",
        value=percentile(ours, 95) * 1000,
        baseline_name="sqlite :memory: name LIKE",
        baseline=percentile(base, 95) * 1000,
        unit="ms",
        note=(
            f"nearest first as the screen does; by name p95 {percentile(named, 95) * 1000:.1f}"
            f" ms; p50 ours {percentile(ours, 50) * 1000:.1f} / sqlite"
            f" {percentile(base, 50) * 1000:.1f} ms"
        ),
    )


def run(quick: bool = False) -> list[Result]:
    results = [cold_start(2 if quick else 5)]
    snapshot = country_snapshot()
    directory = Directory.from_snapshot(snapshot)
    results += taps(directory, 20 if quick else 200)
    results.append(type_ahead(snapshot, directory, QUICK_WORDS if quick else WORDS))
    return results
