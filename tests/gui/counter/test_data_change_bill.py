"""The months in arrears of a reactivation or class change, from the central server's
bill on a loopback port: filled (with the segment, class and family size) once the card
number is typed, with the time it came and the amount to pay; a class change refused on
that figure; a figure typed while the server is asked kept, the server's noted; an
unknown card said in red with the typed figure kept; and with the server stopped, typed
by hand under a note that the amount is to be confirmed.

The server holds the participant families of `tests.helpers.participant_factories`; its
bill for PBPU_ARREARS_5 (class III, 4 people, paid through May 2026) is checked by hand
in `tests/integration/server/test_participants.py`: 5 months, Rp840,000 to reactivate.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from anjungan.core.clock import FixedClock
from anjungan.core.domain.change_types import ChangeType
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.store.engine import Store
from anjungan.core.store.uow import UnitOfWork
from anjungan.counter.app import Counter
from anjungan.counter.screens.data_changes import DataChangesView
from anjungan.counter.screens.data_changes.panels import ChangePanel
from anjungan.server import auth
from anjungan.server.app import create_app
from anjungan.server.db import Database, open_database
from anjungan.server.settings import ServerSettings
from tests.gui.counter.conftest import MONDAY, Keyboard
from tests.gui.counter.test_login_and_queue import (  # noqa: F401 (fixtures)
    CHEAP,
    WAIT,
    Live,
    MakeCounter,
    gated,
    logged_in,
)
from tests.helpers import participant_factories as f
from tests.helpers.live_server import serve
from tests.integration.server.conftest import enroll_everyone

HEAD = f.PBPU_ARREARS_5.members[0]


@pytest.fixture
def live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Live]:
    """The real server on loopback, its officers enrolled and the test families loaded."""
    monkeypatch.setattr(auth, "_hasher", CHEAP)
    clock = FixedClock(MONDAY)
    settings = ServerSettings(database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", clock=clock)
    db: Database = open_database(settings.database_url)
    tokens = enroll_everyone(db, clock)
    f.load(db, clock)
    with ExitStack() as stack:
        base = stack.enter_context(serve(create_app(settings, db)))
        yield Live(base, tokens, stack)
    db.dispose()


def _open(qtbot: QtBot, counter: Counter, change: ChangeType) -> tuple[DataChangesView, Keyboard]:
    """Logged in as officer1, on the data-change screen with ``change`` chosen."""
    logged_in(qtbot, counter, "officer1")
    keys = Keyboard(qtbot, counter.window)
    keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = counter.changes.view
    assert keys.focus is view.change_type
    view.change_type.setCurrentIndex(list(ChangeType).index(change))
    keys.enter()
    assert keys.focus is view.card_number
    return view, keys


def _note(panel: ChangePanel) -> QLabel:
    return panel.notes["months_in_arrears"]


def _settled(counter: Counter) -> bool:
    return not counter.net.busy and not counter.worker.busy


def _months_stored(store: Store) -> list[tuple[str, object, object]]:
    with UnitOfWork(store, device_id="check", clock=FixedClock()) as uow:
        return [
            (
                c.change_type,
                (c.old_values or {}).get("months_in_arrears"),
                c.new_values.get("amount_to_pay"),
            )
            for c in uow.data_changes.latest()
        ]


def test_online_the_bill_fills_the_months_in_arrears_and_the_amount_to_pay_is_shown(
    gated: MakeCounter,  # noqa: F811 (fixture)
    live: Live,
    qtbot: QtBot,
    store: Store,
) -> None:
    counter = gated()
    view, keys = _open(qtbot, counter, ChangeType.REACTIVATION)
    panel = view.panel()
    months = panel.line("months_in_arrears")
    assert months.text() == ""
    keys.field(HEAD.card_number)  # a whole card number: the bill is asked at once
    qtbot.waitUntil(lambda: months.text() == "5", timeout=WAIT)
    note = _note(panel)
    assert note.isVisible()
    assert "Dari server pusat pukul 09.00: tunggakan 5 bulan" in note.text()
    assert "Rp840.000" in note.text()  # the server's own figure
    assert not note.property("invalid")
    # What was still empty comes from the bill too; the officer only adds the NIK.
    assert panel.combo("segment").currentData() == Segment.PBPU.value
    assert panel.combo("care_class").currentData() == CareClass.III.value
    assert panel.line("family_members").text() == "4"
    keys.field(HEAD.nik)
    # The counter's own pricing of the server's figure: 5 months + November, 4 x 35,000.
    assert "Rp840.000" in view.preview.text()
    view.save_button.click()
    qtbot.waitUntil(lambda: "Referensi UBH-" in view.status.text(), timeout=WAIT)
    assert _months_stored(store) == [("reactivation", 5, 840_000)]
    assert months.text() == "" and not _note(panel).text().startswith("Dari server")

    # The same family asking for another class: refused on the server's arrears.
    view.change_type.setCurrentIndex(list(ChangeType).index(ChangeType.CARE_CLASS))
    klass = view.panel()
    qtbot.keyClicks(view.card_number, HEAD.card_number)
    qtbot.waitUntil(lambda: klass.line("months_in_arrears").text() == "5", timeout=WAIT)
    assert klass.combo("current_class").currentData() == CareClass.III.value
    assert "tunggakan 5 bulan" in _note(klass).text()
    assert "Rp840.000" not in _note(klass).text()  # the reactivation amount is not asked here
    qtbot.keyClicks(view.nik, HEAD.nik)
    klass.combo("requested_class").setCurrentIndex(
        klass.combo("requested_class").findData(CareClass.II.value)
    )
    qtbot.keyClicks(klass.line("class_since"), "01-01-2024")
    qtbot.keyClicks(klass.line("members_requested"), "4")
    refusal = view.errors.error("months_in_arrears")
    assert refusal is not None and refusal.code == "class_change_arrears"


def test_months_typed_while_the_server_is_asked_are_kept_and_its_figure_noted(
    gated: MakeCounter,  # noqa: F811 (fixture)
    live: Live,
    qtbot: QtBot,
) -> None:
    counter = gated()
    view, keys = _open(qtbot, counter, ChangeType.REACTIVATION)
    panel = view.panel()
    # Hold the network worker, so the bill is asked but not answered yet.
    release = threading.Event()
    counter.net.submit(lambda: release.wait(WAIT / 1000), lambda _: None, lambda _: None)
    keys.field(HEAD.card_number)
    assert "Meminta tagihan keluarga ke server pusat" in _note(panel).text()
    qtbot.keyClicks(panel.line("months_in_arrears"), "9")
    release.set()
    qtbot.waitUntil(lambda: "Diketik petugas" in _note(panel).text(), timeout=WAIT)
    assert "tunggakan 5 bulan" in _note(panel).text()
    assert panel.line("months_in_arrears").text() == "9"
    assert panel.line("family_members").text() == "4"  # empty fields are still filled


def test_an_unknown_card_is_said_in_red_and_the_typed_months_are_kept(
    gated: MakeCounter,  # noqa: F811 (fixture)
    live: Live,
    qtbot: QtBot,
) -> None:
    counter = gated()
    view, keys = _open(qtbot, counter, ChangeType.REACTIVATION)
    panel = view.panel()
    panel.line("months_in_arrears").setText("7")
    keys.field("0001999999999")
    qtbot.waitUntil(lambda: _settled(counter), timeout=WAIT)
    note = _note(panel)
    assert "tidak ditemukan" in note.text()
    assert "Ketik jumlah bulan dari tagihan peserta" in note.text()
    assert note.property("invalid")
    assert panel.line("months_in_arrears").text() == "7"


def test_with_the_server_stopped_the_months_are_typed_and_the_amount_is_to_be_confirmed(
    gated: MakeCounter,  # noqa: F811 (fixture)
    live: Live,
    qtbot: QtBot,
    store: Store,
) -> None:
    counter = gated()
    view, keys = _open(qtbot, counter, ChangeType.REACTIVATION)
    live.stop()
    panel = view.panel()
    keys.field(HEAD.card_number)
    qtbot.waitUntil(lambda: _settled(counter), timeout=WAIT)
    note = _note(panel)
    assert note.isVisible()
    assert "Luring: server pusat tidak dapat dihubungi" in note.text()
    assert "Jumlah bayarnya perlu dikonfirmasi" in note.text()
    assert panel.line("months_in_arrears").text() == ""
    keys.field(HEAD.nik)
    for downs in (5, 3):  # PBPU, class III
        for _ in range(downs):
            keys.press(Qt.Key.Key_Down)
        keys.enter()
    keys.field("4")
    keys.field("3")
    assert "Rp560.000" in view.preview.text()  # 3 months + November, 4 x 35,000
    keys.enter()  # past the optional INA-CBG cost: save
    qtbot.waitUntil(lambda: "Referensi UBH-" in view.status.text(), timeout=WAIT)
    assert _months_stored(store) == [("reactivation", 3, 560_000)]
