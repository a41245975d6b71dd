"""Counter login and queue panel against the real server on a loopback port: online then
offline login, wrong passwords and lockouts, the inactivity lock, the supervisor-only
counter setup (hidden in the GUI, 403 at the server), and a kiosk ticket called, started
and finished from the keyboard, with recall, no-show and transfer with return."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
import requests
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from anjungan.core.clock import FixedClock
from anjungan.core.config import DeviceConfig
from anjungan.core.store.engine import Store
from anjungan.core.wire.queue import CounterSetup, TicketOut, TicketOutcome
from anjungan.counter.app import Counter, build_counter
from anjungan.counter.screens.queue_panel import CounterQueueView
from anjungan.server import auth
from anjungan.server.app import create_app
from anjungan.server.db import Database, open_database
from anjungan.server.settings import ServerSettings
from anjungan.sync.api import ApiClient
from anjungan.sync.errors import Forbidden
from tests.gui.counter.conftest import MONDAY
from tests.helpers.live_server import serve
from tests.integration.server.conftest import OFFICE, PASSWORD, enroll_everyone

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
WAIT = 10_000


@dataclass
class Live:
    base: str
    tokens: dict[str, str]
    stack: ExitStack

    def stop(self) -> None:
        self.stack.close()

    def issue(self, service: str = "new_registration") -> dict[str, object]:
        """A ticket issued and printed by the kiosk."""
        headers = {"Authorization": f"Bearer {self.tokens['kiosk']}"}
        answer = requests.post(
            f"{self.base}/v1/queue/tickets", json={"service": service}, headers=headers, timeout=10
        )
        assert answer.status_code == 201, answer.text
        ticket: dict[str, object] = answer.json()
        handed = requests.post(
            f"{self.base}/v1/queue/tickets/{ticket['id']}/handed-out",
            json={"how": "printed"},
            headers=headers,
            timeout=10,
        )
        assert handed.status_code == 200, handed.text
        return ticket


@pytest.fixture
def live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Live]:
    monkeypatch.setattr(auth, "_hasher", CHEAP)
    clock = FixedClock(MONDAY)
    settings = ServerSettings(database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", clock=clock)
    db: Database = open_database(settings.database_url)
    tokens = enroll_everyone(db, clock)
    with ExitStack() as stack:
        base = stack.enter_context(serve(create_app(settings, db)))
        yield Live(base, tokens, stack)
    db.dispose()


MakeCounter = Callable[..., Counter]


@pytest.fixture
def gated(qapp: QApplication, qtbot: QtBot, store: Store, live: Live) -> Iterator[MakeCounter]:
    built: list[Counter] = []

    def make(**changes: object) -> Counter:
        values: dict[str, object] = {
            "office": "MPP Kota Balikpapan",
            "device_id": "C-BPN-01",
            "server_url": live.base,
            "token": live.tokens["counter"],
            "counter_number": 1,
        }
        values.update(changes)
        config = DeviceConfig.model_validate(values)
        counter = build_counter(
            qapp, config, store, clock=FixedClock(MONDAY), hasher=CHEAP, gate=True
        )
        built.append(counter)
        qtbot.addWidget(counter.window)
        counter.window.resize(1366, 768)
        counter.window.show()
        qtbot.waitExposed(counter.window)
        counter.window.activateWindow()
        return counter

    yield make
    for counter in built:
        counter.session.idle.disarm()
        counter.queue.stop()
        try:
            counter.net.shutdown()
            counter.worker.shutdown()
            qtbot.waitUntil(partial(settled, counter))
        finally:  # a slow teardown must not leave the next tests in Indonesian
            counter.languages.set_language("en")


def settled(counter: Counter) -> bool:
    return not counter.net.busy and not counter.worker.busy


def log_in(qtbot: QtBot, counter: Counter, username: str, password: str = PASSWORD) -> None:
    view = counter.login.view
    assert counter.window.gated
    if not view.username.isReadOnly():
        view.username.clear()
        qtbot.keyClicks(view.username, username)
        qtbot.keyClick(view.username, Qt.Key.Key_Return)
    assert counter.window.focusWidget() is view.password
    qtbot.keyClicks(view.password, password)
    qtbot.keyClick(view.password, Qt.Key.Key_Return)


def logged_in(qtbot: QtBot, counter: Counter, username: str) -> None:
    log_in(qtbot, counter, username)
    qtbot.waitUntil(lambda: not counter.window.gated, timeout=WAIT)


def test_online_login_then_offline_login_against_the_cached_hash_with_the_server_stopped(
    gated: MakeCounter, live: Live, qtbot: QtBot
) -> None:
    first = gated(office_code="KC6471")
    assert counter_is_locked_away(first)
    assert first.backend.desk.office_code == "KC6471"  # the device's, until a login
    logged_in(qtbot, first, "officer1")
    assert first.session.officer is not None and first.session.officer.online
    assert first.backend.desk.officer_id == "officer1"
    assert first.backend.desk.office_code == OFFICE  # the server's answer to the login
    assert "luring" not in first.window.officer.text()
    live.stop()
    second = gated()
    logged_in(qtbot, second, "officer1")
    assert second.session.offline
    assert second.backend.desk.officer_id == "officer1"
    assert second.backend.desk.office_code == OFFICE  # cached with the password hash
    assert "login luring" in second.window.officer.text()
    assert "Login luring" in second.window.status.text()
    # Never logged in here online: no way in offline, and the screen says why.
    third = gated()
    log_in(qtbot, third, "supervisor1")
    qtbot.waitUntil(lambda: "belum pernah masuk" in third.login.view.message.text(), timeout=WAIT)
    assert third.window.gated


def counter_is_locked_away(counter: Counter) -> bool:
    """The work area is covered and the navigation shortcuts do nothing."""
    before = counter.window.current_screen()
    counter.window._go_to_row(2)
    return counter.window.gated and counter.window.current_screen() == before


def test_a_wrong_password_gets_a_plain_sentence_and_the_server_lockout_is_relayed(
    gated: MakeCounter, qtbot: QtBot
) -> None:
    counter = gated()
    message = counter.login.view.message
    log_in(qtbot, counter, "officer1", "salah-sekali")
    qtbot.waitUntil(lambda: "kata sandi salah" in message.text(), timeout=WAIT)
    assert counter.window.gated
    for _ in range(5):  # the server locks the account after five failures
        log_in(qtbot, counter, "officer1", "salah-sekali")
        qtbot.waitUntil(lambda: not counter.net.busy, timeout=WAIT)
    log_in(qtbot, counter, "officer1", PASSWORD)
    qtbot.waitUntil(lambda: not counter.net.busy, timeout=WAIT)
    assert "terkunci sementara" in message.text()
    assert counter.window.gated


def test_inactivity_locks_the_counter_and_only_the_password_unlocks_it_with_the_form_kept(
    gated: MakeCounter, qtbot: QtBot
) -> None:
    counter = gated(lock_after_minutes=10)
    assert counter.session.idle.timer.interval() == 10 * 60_000
    logged_in(qtbot, counter, "officer1")
    counter.window.show_screen("complaints")
    form = counter.complaints.view.form
    form.name.setText("Ayu Lestari")
    counter.session.idle.set_interval_ms(200)
    qtbot.waitUntil(lambda: counter.window.gated, timeout=WAIT)
    view = counter.login.view
    assert view.username.isReadOnly() and view.username.text() == "officer1"
    assert "Layar terkunci" in view.title.text()
    log_in(qtbot, counter, "officer1", "bukan-ini")
    qtbot.waitUntil(lambda: "Kata sandi salah" in view.message.text(), timeout=WAIT)
    assert counter.window.gated
    counter.session.idle.set_interval_ms(60_000)
    logged_in(qtbot, counter, "officer1")
    assert counter.window.current_screen() == "complaints"
    assert form.name.text() == "Ayu Lestari"


def test_only_a_supervisor_sees_the_counter_setup_and_the_server_refuses_it_to_an_officer(
    gated: MakeCounter, live: Live, qtbot: QtBot
) -> None:
    officer = gated()
    logged_in(qtbot, officer, "officer1")
    officer.window.show_screen("queue")
    assert not officer.queue.view.supervisor_row.isVisible()
    assert officer.session.officer is not None
    client = ApiClient(live.base, officer.session.officer.token)
    with pytest.raises(Forbidden) as refused:
        client.configure_counter(1, CounterSetup(name="Loket 1", services=[]))
    assert refused.value.status == 403
    client.close()
    supervisor = gated()
    logged_in(qtbot, supervisor, "supervisor1")
    supervisor.window.show_screen("queue")
    assert supervisor.queue.view.supervisor_row.isVisible()


def open_counter_as_supervisor(gated: MakeCounter, qtbot: QtBot) -> Counter:
    counter = gated()
    logged_in(qtbot, counter, "supervisor1")
    counter.window.show_screen("queue")
    qtbot.mouseClick(counter.queue.view.open_counter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not counter.net.busy, timeout=WAIT)
    assert counter.queue.view.message.text() == ""
    return counter


def now(view: CounterQueueView) -> TicketOut:
    """The ticket at the desk (there must be one)."""
    assert view.current is not None
    return view.current


def cell(view: CounterQueueView, row: int, column: int) -> str:
    item = view.table.item(row, column)
    assert item is not None
    return item.text()


def press(qtbot: QtBot, counter: Counter, key: Qt.Key) -> None:
    qtbot.keyClick(counter.window.focusWidget(), key)
    qtbot.waitUntil(lambda: not counter.net.busy, timeout=WAIT)


def test_a_kiosk_ticket_is_called_with_f5_started_with_f7_and_finished_with_f8(
    gated: MakeCounter, live: Live, qtbot: QtBot
) -> None:
    counter = open_counter_as_supervisor(gated, qtbot)
    view = counter.queue.view
    ticket = live.issue()
    counter.queue.refresh()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=WAIT)
    assert cell(view, 0, 0) == ticket["label"]
    assert cell(view, 0, 2) == "0 mnt"
    press(qtbot, counter, Qt.Key.Key_F5)
    assert view.ticket_label.text() == ticket["label"]
    assert now(view).state.value == "called"
    press(qtbot, counter, Qt.Key.Key_F7)
    assert view.ticket_state.text() == "Sedang dilayani"
    view.outcome.setCurrentIndex(view.outcome.findData("incomplete_requirements"))
    press(qtbot, counter, Qt.Key.Key_F8)
    assert now(view).state.value == "done"
    assert now(view).outcome == TicketOutcome.INCOMPLETE_REQUIREMENTS
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=WAIT)
    # Calling a finished ticket again is an illegal move: the server's sentence is shown.
    counter.queue._move("start")
    qtbot.waitUntil(lambda: view.message.text() != "", timeout=WAIT)
    assert not view.banner.isVisible()


def test_recall_then_no_show_and_a_transfer_with_return_from_the_waiting_list(
    gated: MakeCounter, live: Live, qtbot: QtBot
) -> None:
    counter = open_counter_as_supervisor(gated, qtbot)
    view = counter.queue.view
    absent, chosen = live.issue(), live.issue()
    counter.queue.refresh()
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=WAIT)
    press(qtbot, counter, Qt.Key.Key_F5)
    assert view.ticket_label.text() == absent["label"]
    assert not view.buttons["no_show"].isEnabled()  # only after the office's recalls
    for count in (1, 2, 3):
        press(qtbot, counter, Qt.Key.Key_F6)
        assert now(view).recall_count == count
    assert view.buttons["no_show"].isEnabled()
    press(qtbot, counter, Qt.Key.Key_F9)
    assert now(view).state.value == "no_show"
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=WAIT)
    view.table.setFocus()
    view.table.selectRow(0)
    press(qtbot, counter, Qt.Key.Key_Return)
    assert view.ticket_label.text() == chosen["label"]
    press(qtbot, counter, Qt.Key.Key_F7)
    other = next(
        i
        for i in range(view.transfer_to.count())
        if view.transfer_to.itemData(i) != "new_registration"
    )
    view.transfer_to.setCurrentIndex(other)
    assert view.with_return.isChecked()
    press(qtbot, counter, Qt.Key.Key_F10)
    assert now(view).state.value == "transferred"
    assert now(view).hops[-1].with_return
    assert now(view).service == view.transfer_to.itemData(other)
    assert "kembali" in view.ticket_state.text()


def test_the_queue_panel_says_server_unreachable_and_the_counter_keeps_working(
    gated: MakeCounter, live: Live, qtbot: QtBot
) -> None:
    counter = gated()
    logged_in(qtbot, counter, "officer1")
    counter.window.show_screen("queue")
    live.stop()
    press(qtbot, counter, Qt.Key.Key_F5)
    assert counter.queue.view.banner.isVisible()
    assert "Server tidak terjangkau" in counter.queue.view.banner.text()
    counter.window.show_screen("information")
    assert counter.window.current_screen() == "information"
