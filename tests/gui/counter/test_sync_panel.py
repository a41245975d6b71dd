"""The counter's sync screen against the real server on a loopback port.

Offline first: a PBPU family of four and three complaints are saved from the keyboard
while nothing listens on the server's port; the screen shows them waiting and says the
server cannot be reached. Then the server starts on that port, "Sync now" sends
everything, and the screen shows the card number of each member and the family's
virtual accounts exactly as the server stored them. A registration the server refuses
(a NIK it already has) is fixed and sent again from the screen. Also: the pending and
last-sync display, the revoked-device warning, the background runner woken by a save,
and the counter opened already logged in (as the demo does).
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from anjungan.core.clock import FixedClock
from anjungan.core.config import DeviceConfig
from anjungan.core.domain.complaints import Category, Channel
from anjungan.core.domain.segments import Segment
from anjungan.core.services.complaints import ComplaintForm
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.models import OutboxStatus
from anjungan.core.store.uow import UnitOfWork
from anjungan.counter.app import Counter, build_counter
from anjungan.server import admin, auth
from anjungan.server.app import create_app
from anjungan.server.db import Database, open_database
from anjungan.server.embedded import serve
from anjungan.server.models.complaints import ComplaintRecord
from anjungan.server.models.sync import RegistrationRecord
from anjungan.server.settings import ServerSettings
from anjungan.sync.backoff import Backoff
from anjungan.sync.engine import SyncEngine
from tests.gui.counter.conftest import MONDAY, Keyboard
from tests.helpers.sync_factories import add_registrations, family_members
from tests.integration.server.conftest import PASSWORD, enroll_everyone

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
WAIT = 15_000
DEVICE = "C-BPN-01"  # the counter `enroll_everyone` enrols
FAMILY = (
    ("3171011205800001", "Budi Santoso", "K"),  # Kepala keluarga
    ("3171014308830002", "Siti Aminah", "I"),  # Istri/suami
    ("3171011501100003", "Andi Santoso", "A"),  # Anak
    ("3171016006150004", "Rina Santoso", "A"),
)
COMPLAINANTS = (
    ("0001944358911", "Siti Aminah"),
    ("3171014308830002", "Dewi Lestari"),
    ("0001944358912", "Agus Salim"),
)
CANNOT_REACH = "tidak dapat dihubungi"  # the NetworkError sentence, in Indonesian


def free_port() -> int:
    """A loopback port nothing listens on (the server starts there later)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def no_wait_backoff() -> Backoff:
    return Backoff(base_s=0.01, cap_s=0.05, random=lambda: 0.5, sleep=lambda _s: None)


@dataclass
class Central:
    """The central server's database (seeded, devices enrolled) and its future port."""

    settings: ServerSettings
    db: Database
    tokens: dict[str, str]
    port: int
    stack: ExitStack
    clock: FixedClock

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.stack.enter_context(serve(create_app(self.settings, self.db), port=self.port))

    def registrations(self) -> list[RegistrationRecord]:
        with self.db.read() as session:
            return list(session.scalars(select(RegistrationRecord)))

    def tickets(self) -> list[str]:
        with self.db.read() as session:
            return [record.ticket for record in session.scalars(select(ComplaintRecord))]


@pytest.fixture
def central(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Central]:
    monkeypatch.setattr(auth, "_hasher", CHEAP)
    clock = FixedClock(MONDAY)
    settings = ServerSettings(database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", clock=clock)
    db = open_database(settings.database_url)
    tokens = enroll_everyone(db, clock)
    with ExitStack() as stack:
        yield Central(settings, db, tokens, free_port(), stack, clock)
    db.dispose()


MakeCounter = Callable[..., Counter]


def settled(counter: Counter) -> bool:
    return not (counter.worker.busy or counter.net.busy or counter.sync.busy)


@pytest.fixture
def make_synced(
    qapp: QApplication, qtbot: QtBot, store: Store, central: Central
) -> Iterator[MakeCounter]:
    built: list[Counter] = []

    def make(**options: object) -> Counter:
        config = DeviceConfig.model_validate(
            {
                "office": "MPP Kota Balikpapan",
                "device_id": DEVICE,
                "server_url": central.url,
                "token": central.tokens["counter"],
                "counter_number": 1,
            }
        )
        counter = build_counter(
            qapp,
            config,
            store,
            clock=FixedClock(MONDAY),
            hasher=CHEAP,
            **options,  # type: ignore[arg-type]
        )
        counter.sync.engine.backoff = no_wait_backoff()
        built.append(counter)
        qtbot.addWidget(counter.window)
        counter.window.resize(1366, 768)
        counter.window.show()
        qtbot.waitExposed(counter.window)
        counter.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is counter.window)  # shortcuts
        qtbot.waitUntil(partial(settled, counter))
        return counter

    yield make
    for counter in built:
        try:
            counter.shutdown()
            qtbot.waitUntil(partial(settled, counter))
        finally:  # a slow teardown must not leave the next tests in Indonesian
            counter.languages.set_language("en")


def outbox(store: Store) -> dict[OutboxStatus, int]:
    with UnitOfWork(store, device_id="check", clock=FixedClock(MONDAY)) as uow:
        return uow.outbox.counts()


# --- the officer's keys ---------------------------------------------------------------------


def go_to(qtbot: QtBot, counter: Counter, key: str) -> None:
    """Ctrl+<n>: the navigation shortcut of the screen ``key``."""
    number = list(counter.window.screens).index(key) + 1
    qtbot.keyClick(
        counter.window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
    )
    assert counter.window.current_screen() == key


def register_by_keyboard(
    qtbot: QtBot,
    counter: Counter,
    keys: Keyboard,
    family: tuple[tuple[str, str, str], ...],
) -> str:
    """A PBPU family through the wizard, as the wizard test drives it; the receipt's ref."""
    go_to(qtbot, counter, "registration")
    view = counter.registration.view
    assert keys.focus is view.segment.buttons[Segment.PBPU]
    keys.press(Qt.Key.Key_Space)
    keys.enter()
    keys.field("3171012001230004")
    keys.field(str(len(family)))
    for nik, name, role in family:
        keys.field(nik)
        keys.field(name)
        keys.type(role)
        keys.enter()
        keys.enter()  # "still studying": no
    assert view.current_page() == "address"
    keys.enter(3)  # province, kabupaten/kota, kecamatan: from the head's NIK
    keys.field("Jl. Merdeka No. 1 RT 01/RW 02")
    keys.field("0812 3456 7890")
    assert view.current_page() == "care"
    keys.field("0138U020")
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Space)  # class III
    keys.enter()
    for _ in view.documents.boxes:
        keys.press(Qt.Key.Key_Space)
        keys.enter()
    assert view.current_page() == "autodebit"
    keys.type("B")
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)  # BRI
    keys.enter()
    keys.field("002301000123567")
    keys.enter()  # the holder: the head
    assert view.current_page() == "review"
    keys.enter()
    qtbot.waitUntil(lambda: view.current_page() == "saved", timeout=WAIT)
    return view.saved.reference.text()


def log_complaints_by_keyboard(qtbot: QtBot, counter: Counter, keys: Keyboard) -> None:
    go_to(qtbot, counter, "complaints")
    form = counter.complaints.view.form
    table = counter.complaints.view.listing.table
    assert keys.focus is form.channel
    keys.type("L")  # Langsung
    keys.enter()
    for number, (identifier, name) in enumerate(COMPLAINANTS, start=1):
        assert keys.focus is form.category
        keys.press(Qt.Key.Key_Down)
        keys.press(Qt.Key.Key_Down)  # Iuran dan tagihan (typing "I" twice in 0.4 s is "II")
        assert form.category.currentData() == Category.CONTRIBUTIONS.value
        keys.enter()
        keys.field(identifier)
        keys.field(name)
        keys.enter()  # no phone
        keys.type("Iuran sudah dibayar tetapi kartu tidak aktif.")
        keys.press(Qt.Key.Key_Tab)
        keys.type("Pembayaran belum tercatat.")
        keys.press(Qt.Key.Key_Tab)
        keys.enter()  # the last field: save
        qtbot.waitUntil(partial(rows_are, table, number), timeout=WAIT)


def rows_are(table: QTableWidget, count: int) -> bool:
    return table.rowCount() == count


def column(table: QTableWidget, index: int) -> list[str]:
    cells = (table.item(row, index) for row in range(table.rowCount()))
    return [cell.text() if cell is not None else "" for cell in cells]


def sync_now(qtbot: QtBot, counter: Counter, keys: Keyboard) -> None:
    """F5 on the sync screen, then wait for the run and the screen's next read."""
    view = counter.sync_panel.view
    assert view.isVisible()
    keys.press(Qt.Key.Key_F5)
    assert counter.sync.busy
    qtbot.waitUntil(partial(settled, counter), timeout=WAIT)


# --- the acceptance test ------------------------------------------------------------


def test_offline_family_and_complaints_reach_the_server_and_show_its_cards_and_vas(
    make_synced: MakeCounter, central: Central, store: Store, qtbot: QtBot
) -> None:
    counter = make_synced()
    keys = Keyboard(qtbot, counter.window)
    reference = register_by_keyboard(qtbot, counter, keys, FAMILY)
    log_complaints_by_keyboard(qtbot, counter, keys)

    go_to(qtbot, counter, "sync")
    view = counter.sync_panel.view
    box = view.status_box
    waiting = outbox(store)[OutboxStatus.PENDING]
    assert waiting >= 4
    qtbot.waitUntil(lambda: box.pending.text() == str(waiting), timeout=WAIT)
    assert box.last_success.text() == "belum pernah"
    assert keys.focus is view.sync_button

    sync_now(qtbot, counter, keys)  # nothing listens on the server's port yet
    assert CANNOT_REACH in box.last_error.text()
    assert box.pending.text() == str(waiting)
    assert outbox(store)[OutboxStatus.PENDING] == waiting
    assert column(view.registrations, 1) == [reference]
    assert column(view.registrations, 2) == ["Menunggu dikirim"]

    central.start()
    sync_now(qtbot, counter, keys)
    assert box.pending.text() == "0"
    assert box.last_error.text() == "–"
    assert box.last_success.text() == "Senin, 23 November 2026 09.00"
    assert "Sinkronisasi selesai pukul 09.00" in box.progress.text()
    assert outbox(store)[OutboxStatus.PENDING] == 0

    [stored] = central.registrations()
    cards = [m.card_number for m in stored.members]
    assert len(cards) == 4 and len(set(cards)) == 4
    [members] = column(view.registrations, 4)
    lines = members.splitlines()
    assert lines == [
        f"{m.position}. {m.name}   {m.card_number}"
        for m in sorted(stored.members, key=lambda m: m.position)
    ]
    [accounts] = column(view.registrations, 5)
    assert sorted(accounts.splitlines()) == sorted(
        f"{bank}  {va}" for bank, va in stored.virtual_accounts.items()
    )
    assert column(view.registrations, 3) == [stored.reference]
    assert column(view.registrations, 2) == ["Diterima server"]
    assert sorted(column(view.complaints, 4)) == sorted(central.tickets())
    assert len(central.tickets()) == 3
    assert set(column(view.complaints, 5)) == {"Diterima"}


# --- fix and send again ---------------------------------------------------------------------


def put_family_on_the_server(central: Central, tmp_path: Path) -> str:
    """Another counter's registration (family 0 of the sync factories); its head's NIK."""
    with open_store(tmp_path / "other-counter.sqlite3") as other:
        add_registrations(other, device_id=DEVICE, clock=central.clock, families=range(1))
        engine = SyncEngine(
            other, central.url, central.tokens["counter"], DEVICE, clock=central.clock
        )
        try:
            assert engine.sync_once().ok
        finally:
            engine.close()
    return family_members(0)[0].nik


def test_a_nik_the_server_already_has_is_fixed_on_the_sync_screen_and_sent_again(
    make_synced: MakeCounter, central: Central, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    central.start()
    taken = put_family_on_the_server(central, tmp_path)
    counter = make_synced()
    keys = Keyboard(qtbot, counter.window)
    register_by_keyboard(qtbot, counter, keys, ((taken, "Slamet Riyadi", "K"),))
    go_to(qtbot, counter, "sync")
    sync_now(qtbot, counter, keys)

    view = counter.sync_panel.view
    fix = view.fix
    assert view.tabs.tabText(0) == "Ditolak (1)"
    assert "1 data ditolak server" in view.status_box.rejected_hint.text()
    assert column(view.registrations, 2) == ["Ditolak: perbaiki di tab Ditolak"]
    assert outbox(store)[OutboxStatus.REJECTED] == 1
    view.tabs.setCurrentIndex(0)
    view.rejected_list.setFocus()
    assert "SLAMET RIYADI" in view.rejected_list.item(0).text()
    assert list(fix.edits) == ["members[0].nik"]
    assert fix.captions["members[0].nik"].text() == "Anggota 1: NIK"
    assert "sudah terdaftar" in fix.reasons["members[0].nik"].text()
    edit = fix.edits["members[0].nik"]
    assert edit.text() == taken

    keys.enter()  # from the list into the field to fix
    assert keys.focus is edit
    edit.selectAll()
    keys.type("3171011513100001")  # month 13: the domain's NIK parser refuses it
    error = fix.errors.label("members[0].nik")
    assert error is not None and error.isVisible() and "bulan lahir" in error.text()
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Belum dikirim" in fix.status.text()
    assert not counter.worker.busy
    assert outbox(store)[OutboxStatus.PENDING] == 0

    edit.selectAll()
    keys.type("3171011205800001")
    assert not error.isVisible()
    keys.enter()  # the last field: send again
    qtbot.waitUntil(lambda: view.tabs.tabText(0) == "Ditolak (0)", timeout=WAIT)
    assert "Dikirim ulang" in fix.status.text()
    assert outbox(store)[OutboxStatus.PENDING] == 1
    assert column(view.registrations, 2) == ["Menunggu dikirim"]

    view.sync_button.setFocus()
    sync_now(qtbot, counter, keys)
    assert view.status_box.pending.text() == "0"
    mine = [r for r in central.registrations() if r.members[0].nik == "3171011205800001"]
    [record] = mine
    member = record.members[0]
    assert (member.birth_date.isoformat(), member.sex) == ("1980-05-12", "L")
    assert column(view.registrations, 3) == [record.reference]
    [members] = column(view.registrations, 4)
    assert members == f"1. SLAMET RIYADI   {member.card_number}"


# --- the status display ---------------------------------------------------------------------


def complaint(name: str) -> ComplaintForm:
    return ComplaintForm(
        channel=Channel.DIRECT,
        category=Category.CONTRIBUTIONS,
        identifier="0001944358911",
        name=name,
        phone="",
        problem="Kartu tidak aktif.",
        cause="Iuran belum tercatat.",
    )


def save_complaint(qtbot: QtBot, counter: Counter, name: str) -> None:
    """Saved through the screens' port on the database worker, as the form does."""
    saved: list[object] = []
    counter.worker.submit(
        lambda: counter.backend.log_complaint(complaint(name)), saved.append, saved.append
    )
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT)


def test_pending_count_last_sync_last_error_and_revocation_show_as_they_change(
    make_synced: MakeCounter, central: Central, qtbot: QtBot
) -> None:
    central.start()
    counter = make_synced()
    keys = Keyboard(qtbot, counter.window)
    save_complaint(qtbot, counter, "Ayu Lestari")
    save_complaint(qtbot, counter, "Bayu Saputra")
    go_to(qtbot, counter, "sync")
    view = counter.sync_panel.view
    box = view.status_box
    qtbot.waitUntil(lambda: box.pending.text() == "2", timeout=WAIT)
    assert (box.sent.text(), box.last_success.text(), box.last_error.text()) == (
        "0",
        "belum pernah",
        "–",
    )
    assert not view.banner.isVisible()
    assert view.sync_button.text() == "Sinkronkan sekarang (F5)"

    sync_now(qtbot, counter, keys)
    assert (box.pending.text(), box.sent.text()) == ("0", "2")
    assert box.last_success.text() == "Senin, 23 November 2026 09.00"
    assert box.progress.text() == (
        "Sinkronisasi selesai pukul 09.00: 2 terkirim, 0 ditolak, 2 pembaruan diterima."
    )

    admin.revoke_device(central.db, DEVICE, central.clock.now())
    save_complaint(qtbot, counter, "Citra Dewi")
    sync_now(qtbot, counter, keys)
    assert box.pending.text() == "1"
    assert view.banner.isVisible() and "dicabut" in view.banner.text()
    assert box.last_error.text().startswith("Perangkat ini dicabut dari server pusat")
    assert box.last_success.text() == "Senin, 23 November 2026 09.00"
    assert "terhenti" in box.progress.text()

    counter.window.toggle_language()
    qtbot.waitUntil(lambda: view.title.text() == "Sync with the server")
    assert box.last_error.text().startswith("This device was revoked by the central server")
    assert "revoked" in view.banner.text()
    assert box.progress.text().startswith("Sync stopped at 09:00")


def test_a_counter_without_a_device_token_says_so_and_sends_nothing(
    counter: Counter, qtbot: QtBot
) -> None:
    counter.window.show_screen("sync")
    view = counter.sync_panel.view
    assert not counter.sync.configured
    assert view.banner.isVisible() and "belum memiliki token" in view.banner.text()
    assert not view.sync_button.isEnabled()
    counter.sync.start()
    assert not counter.sync.running
    assert not counter.sync.sync_now()


# --- the background runner and the demo's login ---------------------------------------------


def test_the_background_sync_sends_a_saved_complaint_without_sync_now(
    make_synced: MakeCounter, central: Central, store: Store, qtbot: QtBot
) -> None:
    central.start()
    counter = make_synced(sync=True)
    assert counter.sync.running
    box = counter.sync_panel.view.status_box
    go_to(qtbot, counter, "sync")
    qtbot.waitUntil(lambda: box.last_success.text() != "belum pernah", timeout=WAIT)
    save_complaint(qtbot, counter, "Ayu Lestari")  # the save wakes the sleeping runner
    qtbot.waitUntil(lambda: outbox(store)[OutboxStatus.SENT] == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: box.sent.text() == "1", timeout=WAIT)
    assert len(central.tickets()) == 1
    counter.sync.stop()
    assert not counter.sync.running


def test_the_counter_can_open_already_logged_in_and_still_locks(
    make_synced: MakeCounter, central: Central, qtbot: QtBot
) -> None:
    central.start()
    counter = make_synced(gate=True, login_as=("officer1", PASSWORD))
    qtbot.waitUntil(lambda: not counter.window.gated, timeout=WAIT)
    officer = counter.session.officer
    assert officer is not None and officer.username == "officer1" and officer.online
    assert counter.backend.desk.officer_id == "officer1"
    counter.session.lock()
    assert counter.window.gated
    view = counter.login.view
    assert view.username.text() == "officer1" and view.username.isReadOnly()
    qtbot.keyClicks(view.password, PASSWORD)
    qtbot.keyClick(view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not counter.window.gated, timeout=WAIT)
