"""Counter (Qt): the waiting list refreshed with a long queue, as the officer's panel does.

Figure: p95 of `CounterQueueView.show_waiting` (the panel's table refilled from the
server's `WaitingList`, every 4 s and after every call) with 400 people waiting in the
eight lines (quick: 150), the table already full from the refresh before and no row
chosen, offscreen, inside the counter's style sheet. Baseline, same run: a bare
`QTableWidget` with the same four columns filled with the same 1,600 strings. The soak
found this one: with the header sizing its columns to the contents, every replaced cell
measured every row again, and 150 waiting froze the counter for 0.4 s per refresh.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from anjungan import assets
from anjungan.core.domain.queue import DEFAULT_SERVICES
from anjungan.core.domain.queue_policy import PriorityReason
from anjungan.core.domain.queue_ticket import TicketState
from anjungan.core.wire.queue import WaitingLine, WaitingList, WaitingTicket
from anjungan.counter.screens.queue_panel import CounterQueueView
from bench.harness import Result, percentile

AT = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def waiting_list(people: int) -> WaitingList:
    """``people`` handed-out tickets spread over the default lines, in call order."""
    lines = []
    per_line = -(-people // len(DEFAULT_SERVICES))
    for index, service in enumerate(DEFAULT_SERVICES):
        tickets = [
            WaitingTicket(
                id=index * 1000 + n,
                label=service.label(n),
                priority=PriorityReason.ELDERLY if n % 9 == 0 else PriorityReason.NONE,
                state=TicketState.ISSUED,
                returning=False,
                handed_out=True,
                issued_at=AT,
                queued_at=AT,
                waiting_minutes=n // 3,
                position=index + n * len(DEFAULT_SERVICES),
            )
            for n in range(1, per_line + 1)
        ]
        lines.append(
            WaitingLine(
                service=service.code,
                name_id=service.name_id,
                name_en=service.name_en,
                waiting=len(tickets),
                tickets=tickets,
            )
        )
    return WaitingList(at=AT, lines=lines)


def _application() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def _styled(widget: QWidget) -> QWidget:
    frame = QWidget()
    frame.setStyleSheet(assets.path("style", "counter.qss").read_text(encoding="utf-8"))
    QVBoxLayout(frame).addWidget(widget)
    frame.resize(1366, 768)
    frame.show()
    return frame


def _panel_refreshes(app: QApplication, waiting: WaitingList, n: int) -> list[float]:
    view = CounterQueueView(lambda: "id")
    frame = _styled(view)
    view.show_waiting(waiting, "09:00:00")
    app.processEvents()
    samples = []
    for _ in range(n):
        view.table.clearSelection()
        view.table.setCurrentCell(-1, -1)
        start = time.perf_counter()
        view.show_waiting(waiting, "09:00:04")
        app.processEvents()
        samples.append(time.perf_counter() - start)
    frame.hide()
    frame.deleteLater()
    return samples


def _bare_fills(app: QApplication, waiting: WaitingList, n: int) -> list[float]:
    table = QTableWidget(0, 4)
    frame = _styled(table)
    rows = [
        (t.label, line.name_id, f"{t.waiting_minutes} mnt", str(t.position))
        for line in waiting.lines
        for t in line.tickets
    ]
    samples = []
    for _ in range(n + 1):
        start = time.perf_counter()
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        app.processEvents()
        samples.append(time.perf_counter() - start)
    frame.hide()
    frame.deleteLater()
    return samples[1:]


def run(quick: bool = False) -> list[Result]:
    people, n = (150, 10) if quick else (400, 40)
    app = _application()
    waiting = waiting_list(people)
    count = sum(len(line.tickets) for line in waiting.lines)
    panel = _panel_refreshes(app, waiting, n)
    bare = _bare_fills(app, waiting, n)
    return [
        Result(
            name=f"counter: waiting list refresh p95 ({count} waiting)",
            value=percentile(panel, 95) * 1000,
            baseline_name="bare QTableWidget, same cells",
            baseline=percentile(bare, 95) * 1000,
            unit="ms",
            note=f"{n} refreshes of a full table, no row chosen; offscreen, counter style sheet",
        )
    ]
