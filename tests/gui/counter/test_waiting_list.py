"""The waiting list refilled on every refresh keeps its columns sized to their contents and
stays scrolled where the officer left it (the refill sizes the columns once, at the end:
`bench/bench_counter.py` times it)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from anjungan.counter.screens.queue_panel import CounterQueueView
from bench.bench_counter import waiting_list


def test_a_refill_keeps_the_column_sizing_and_the_scroll_position(qtbot: QtBot) -> None:
    view = CounterQueueView(lambda: "id")
    qtbot.addWidget(view)
    view.resize(1366, 500)
    view.show()
    qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    modes = [header.sectionResizeMode(i) for i in range(header.count())]
    view.show_waiting(waiting_list(16), "09:00:00")
    view.show_waiting(waiting_list(200), "09:00:04")
    scrollbar = view.table.verticalScrollBar()
    qtbot.waitUntil(lambda: scrollbar.maximum() > 0)
    scrollbar.setValue(scrollbar.maximum() // 2)
    kept = scrollbar.value()
    view.show_waiting(waiting_list(200), "09:00:08")
    assert view.table.rowCount() == 200
    assert [header.sectionResizeMode(i) for i in range(header.count())] == modes
    assert modes[0] == QHeaderView.ResizeMode.ResizeToContents
    label_width = view.table.sizeHintForColumn(0)
    assert header.sectionSize(0) >= label_width > 0
    assert kept > 0 and scrollbar.value() == kept
