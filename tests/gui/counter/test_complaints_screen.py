"""Complaints at the counter: the due date shows as the channel is picked, bad input is named
next to its field, and the list counts down in working days."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.complaints import Category, Channel
from anjungan.core.services.complaints import ComplaintForm, log_complaint
from anjungan.core.services.forms import Desk
from anjungan.core.store.engine import Store
from anjungan.core.store.uow import UnitOfWork
from anjungan.counter.app import Counter
from tests.gui.counter.conftest import Keyboard, MakeCounter

BEFORE_NYEPI = datetime(2026, 3, 17, 10, 30, tzinfo=WIB)


def _complaints(store: Store) -> int:
    with UnitOfWork(store, device_id="check", clock=FixedClock()) as uow:
        return uow.complaints.count()


def _item(counter: Counter, row: int, column: int) -> QTableWidgetItem:
    item = counter.complaints.view.listing.table.item(row, column)
    assert item is not None
    return item


def _table_texts(counter: Counter) -> list[list[str]]:
    table = counter.complaints.view.listing.table
    return [
        [_item(counter, row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_phone_complaint_before_nyepi_and_eid_is_due_after_the_collective_leave(
    make_counter: MakeCounter, store: Store, qtbot
) -> None:
    counter = make_counter(now=BEFORE_NYEPI)
    keys = Keyboard(qtbot, counter.window)
    counter.window.show_screen("complaints")
    form = counter.complaints.view.form
    assert keys.focus is form.channel
    assert "Pilih kanal" in form.due.text()
    keys.type("L")  # Langsung; one down is the phone (oral) channel
    keys.press(Qt.Key.Key_Down)
    assert form.channel.currentData() == Channel.ORAL.value
    assert "Rabu, 25 Maret 2026" in form.due.text()
    assert "1 hari kerja" in form.due.text()
    keys.enter()
    keys.type("I")  # Iuran dan tagihan
    keys.enter()
    keys.field("0001944358911")
    keys.field("Siti Aminah")
    keys.enter()  # no phone
    keys.type("Iuran sudah dibayar tetapi kartu tidak aktif.")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Pembayaran belum tercatat.")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus is form.coordination
    keys.enter()  # the last field: save
    qtbot.waitUntil(lambda: counter.complaints.view.listing.table.rowCount() == 1)

    [row] = _table_texts(counter)
    assert row[1] == "SITI AMINAH"
    assert row[2] == "Telepon, hotline, 165"
    assert row[4] == "25 Mar 2026"
    assert row[5] == "Sisa 1 hari kerja"
    assert "25 Maret 2026" in form.status.text()
    assert form.identifier.text() == "" and form.cause.toPlainText() == ""
    assert _complaints(store) == 1


def test_coordination_moves_the_shown_due_date(make_counter: MakeCounter, qtbot: QtBot) -> None:
    counter = make_counter(now=BEFORE_NYEPI)
    counter.window.show_screen("complaints")
    form = counter.complaints.view.form
    form.channel.setCurrentIndex(form.channel.findData(Channel.WRITTEN.value))
    assert "Jumat, 27 Maret 2026" in form.due.text()
    qtbot.mouseClick(form.coordination, Qt.MouseButton.LeftButton)
    assert "Selasa, 31 Maret 2026" in form.due.text()
    assert "5 hari kerja" in form.due.text()


def test_an_empty_cause_is_named_next_to_the_field_and_nothing_is_saved(
    counter: Counter, store: Store, qtbot
) -> None:
    counter.window.show_screen("complaints")
    qtbot.waitUntil(lambda: not counter.worker.busy)  # the list has been read
    view = counter.complaints.view
    form = view.form
    form.channel.setCurrentIndex(form.channel.findData(Channel.DIRECT.value))
    form.category.setCurrentIndex(form.category.findData(Category.MEMBERSHIP.value))
    qtbot.keyClicks(form.identifier, "3171011205800001")
    qtbot.keyClicks(form.name, "Budi Santoso")
    qtbot.keyClicks(form.problem, "Kartu tidak aktif.")
    cause = view.errors.label("cause")
    assert cause is not None and not cause.isVisible()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert cause.isVisible()
    assert cause.text() == "Penyebab keluhan wajib diisi."
    assert form.cause.property("invalid") is True
    assert "Belum disimpan" in form.status.text()
    assert not counter.worker.busy  # no save was even attempted
    assert _complaints(store) == 0


def test_a_phone_with_letters_is_refused_while_typing(counter: Counter, qtbot: QtBot) -> None:
    counter.window.show_screen("complaints")
    view = counter.complaints.view
    qtbot.keyClicks(view.form.phone, "0812 abc")
    label = view.errors.label("phone")
    assert label is not None and label.isVisible()
    assert "tidak boleh berisi huruf" in label.text()


def _seed(store: Store, at: datetime, name: str, **changes: object) -> None:
    form = ComplaintForm(
        channel=Channel.DIRECT,
        category=Category.CONTRIBUTIONS,
        identifier="0001944358911",
        name=name,
        problem="Status kartu tidak aktif.",
        cause="Iuran belum tercatat.",
    )
    clock = FixedClock(at)
    uow = UnitOfWork(store, device_id="counter-01", clock=clock)
    log_complaint(uow, replace(form, **changes), clock=clock, desk=Desk("petugas-01", "0901"))  # type: ignore[arg-type]


def test_the_list_shows_overdue_in_red_and_due_today_in_amber_with_filters(
    make_counter: MakeCounter, store: Store, qtbot
) -> None:
    _seed(store, datetime(2026, 11, 19, 9, 0, tzinfo=WIB), "Ayu")  # due Fri 20: late
    _seed(store, datetime(2026, 11, 20, 9, 0, tzinfo=WIB), "Bima")  # due Mon 23: today
    _seed(
        store,
        datetime(2026, 11, 23, 8, 0, tzinfo=WIB),
        "Cici",
        channel=Channel.WRITTEN,
        problem="Obat PRB kosong di apotek.",
    )
    counter = make_counter()  # Monday 23 Nov 2026
    counter.window.show_screen("complaints")
    listing = counter.complaints.view.listing
    qtbot.waitUntil(lambda: listing.table.rowCount() == 3)
    rows = _table_texts(counter)
    assert [r[1] for r in rows] == ["AYU", "BIMA", "CICI"]
    assert [r[5] for r in rows] == [
        "Terlambat 1 hari kerja",
        "Jatuh tempo hari ini",
        "Sisa 3 hari kerja",
    ]
    late = _item(counter, 0, 5).background().color()
    today = _item(counter, 1, 5).background().color()
    assert late == QColor("#C62828") and today == QColor("#FFB300")
    assert listing.count.text() == "3 pengaduan ditampilkan"

    listing.status_filter.setCurrentIndex(listing.status_filter.findData("overdue"))
    qtbot.waitUntil(lambda: [r[1] for r in _table_texts(counter)] == ["AYU"])
    listing.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(listing.search, "obat prb")
    qtbot.waitUntil(lambda: [r[1] for r in _table_texts(counter)] == ["CICI"], timeout=2000)
