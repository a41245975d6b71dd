"""`SyncBridge`: the engine's progress, from its worker thread, as signals in the GUI thread."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from anjungan.core.clock import FixedClock
from anjungan.core.store.engine import open_store
from anjungan.sync.backoff import Backoff
from anjungan.sync.engine import SyncEngine
from anjungan.sync.qt_bridge import SyncBridge
from anjungan.sync.report import Problem, Reason, RejectedItem, SyncStatus
from tests.helpers.sync_factories import add_registrations

DEVICE = "C-GUI-01"


def _status(pending: int, error: Problem | None = None, rejected: int = 0) -> SyncStatus:
    items = tuple(
        RejectedItem(
            UUID(int=n + 1),
            n + 1,
            "registration",
            UUID(int=n + 100),
            (Reason("care_class", "care_class_required", "Pilih kelas.", "Choose a class."),),
        )
        for n in range(rejected)
    )
    return SyncStatus(
        pending=pending,
        sent=0,
        rejected=items,
        last_success=datetime(2026, 11, 23, 2, 0, tzinfo=UTC) if error is None else None,
        last_error=error,
        cursor=0,
        revoked=False,
        faskes_version=None,
    )


def test_progress_from_a_worker_thread_arrives_in_the_gui_thread(qtbot: QtBot) -> None:
    bridge = SyncBridge()
    received: list[tuple[int, bool]] = []
    gui = QThread.currentThread()
    bridge.pending_changed.connect(lambda n: received.append((n, QThread.currentThread() is gui)))
    with qtbot.waitSignal(bridge.status_changed, timeout=5000):
        threading.Thread(target=bridge.sync_progress, args=(_status(7),)).start()
    qtbot.waitUntil(lambda: bool(received))
    assert received == [(7, True)]


def test_each_signal_fires_only_when_its_value_changed(qtbot: QtBot) -> None:
    bridge = SyncBridge()
    pending: list[int] = []
    errors: list[object] = []
    rejected: list[list[RejectedItem]] = []
    bridge.pending_changed.connect(pending.append)
    bridge.last_error_changed.connect(errors.append)
    bridge.rejected_changed.connect(rejected.append)
    problem = Problem("network_error", "Server tidak dapat dihubungi.", "Server unreachable.")
    bridge.sync_progress(_status(5))
    bridge.sync_progress(_status(5))
    bridge.sync_progress(_status(3, problem, rejected=1))
    bridge.sync_progress(_status(3, problem, rejected=1))
    assert pending == [5, 3]
    assert errors == [None, problem]
    assert [len(r) for r in rejected] == [0, 1]
    assert rejected[1][0].reasons[0].field == "care_class"
    assert bridge.status == _status(3, problem, rejected=1)


def test_a_real_engine_reports_its_pending_rows_and_its_error_through_the_bridge(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FixedClock()
    bridge = SyncBridge()
    with open_store(tmp_path / "counter.sqlite3") as store:
        add_registrations(store, device_id=DEVICE, clock=clock, families=range(4))
        engine = SyncEngine(
            store,
            "http://127.0.0.1:9",  # nothing listens there: the server is "down"
            "token",
            DEVICE,
            clock=clock,
            attempts=1,
            backoff=Backoff(sleep=lambda _s: None),
            listener=bridge,
        )
        with qtbot.waitSignal(bridge.last_error_changed, timeout=10_000) as blocker:
            worker = threading.Thread(target=engine.sync_once)
            worker.start()
        worker.join(timeout=10)
        engine.close()
    problem = blocker.args[0]
    assert isinstance(problem, Problem) and problem.code == "network_error"
    assert "tidak dapat dihubungi" in problem.message("id")
    assert bridge.status is not None and bridge.status.pending == 4
