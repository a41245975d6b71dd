"""What the soak watches: crashes, log records, Qt warnings, HTTP statuses, the process.

`watching()` installs, for the length of a block, a handler counting every log record of
level WARNING and up (by logger and message template, never the formatted message), one
counting the central server's answers by HTTP status (from `server.access_log`), a Qt
message handler counting Qt warnings (the offscreen platform's own notices apart), and
``sys``/``threading`` exception hooks recording unhandled exceptions; it removes them
afterwards. `process_numbers` reads RSS, open file descriptors and threads from ``/proc``.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENIGN_QT = ("This plugin does not support propagateSizeHints()",)
"""Qt notices of the offscreen platform itself, counted apart (no window system here)."""


class WarningCounter(logging.Handler):
    """Counts every record of level WARNING and up, by logger and message template."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[f"{record.levelname} {record.name}: {record.msg}"] += 1


class StatusCounter(logging.Handler):
    """Counts the server's answers by HTTP status, from `server.access_log`'s records."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.counts: Counter[int] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], int):
            self.counts[args[2]] += 1


@dataclass
class Watch:
    warnings: WarningCounter = field(default_factory=WarningCounter)
    statuses: StatusCounter = field(default_factory=StatusCounter)
    qt_warnings: Counter[str] = field(default_factory=Counter)
    qt_benign: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)

    def crash(self, where: str, kind: type[BaseException], error: BaseException) -> None:
        last = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
        at = f" at {last[0].filename}:{last[0].lineno}" if last else ""
        self.crashes.append(f"{where}: {kind.__name__}{at}")
        traceback.print_exception(kind, error, error.__traceback__, file=sys.stderr)


@contextmanager
def watching() -> Iterator[Watch]:
    """Install the counters (logging, Qt messages, exception hooks); remove them after."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    watch = Watch()
    root = logging.getLogger()
    access = logging.getLogger("anjungan.server.access")
    shown = logging.StreamHandler(sys.stderr)
    shown.setLevel(logging.WARNING)
    before = (root.level, access.level, sys.excepthook, threading.excepthook)
    root.setLevel(logging.WARNING)
    root.addHandler(watch.warnings)
    root.addHandler(shown)
    access.setLevel(logging.INFO)
    access.addHandler(watch.statuses)

    def qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if message in BENIGN_QT:
            watch.qt_benign[message] += 1
            return
        watch.qt_warnings[message[:200]] += 1
        print(f"Qt: {message}", file=sys.stderr)

    def unhandled(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        watch.crash("main thread", kind, error)

    def unhandled_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            name = args.thread.name if args.thread else "thread"
            watch.crash(name, args.exc_type, args.exc_value)

    previous_qt = qInstallMessageHandler(qt_message)
    sys.excepthook = unhandled
    threading.excepthook = unhandled_thread
    try:
        yield watch
    finally:
        qInstallMessageHandler(previous_qt)
        root.removeHandler(watch.warnings)
        root.removeHandler(shown)
        access.removeHandler(watch.statuses)
        root.setLevel(before[0])
        access.setLevel(before[1])
        sys.excepthook, threading.excepthook = before[2], before[3]


def process_numbers() -> tuple[float, int, int]:
    """(RSS in MB, open file descriptors, threads) of this process, from ``/proc``."""
    rss_kb, threads = 0, 0
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            rss_kb = int(line.split()[1])
        elif line.startswith("Threads:"):
            threads = int(line.split()[1])
    return rss_kb / 1024, len(os.listdir("/proc/self/fd")), threads


def slope_per_hour(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of ``(seconds, MB)`` points, in MB per hour."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    return sxy / sxx * 3600 if sxx else 0.0
