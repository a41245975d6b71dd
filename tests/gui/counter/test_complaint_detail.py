"""A complaint opened from the counter's list: only the logged-in role's actions are
offered and the use case refuses a forced one, notes are checked next to their field,
the printed tanda terima carries the working-day due date (the 2026 Eid leave), the
SIPP / SP4N-LAPOR! export is written as CSV and JSON, and the registration receipt PDF
carries the provisional reference. PDFs are read back with pypdf. Against the real
server on a loopback port: the role comes from the login, and the head's move reaches
the server as the head's."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from uuid import UUID

import pytest
import requests
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.config import DeviceConfig
from anjungan.core.domain.complaints import Action, Category, Channel, ComplaintState, Role
from anjungan.core.domain.registration import Document
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.services.complaint_actions import EXPORT_COLUMNS, provisional_ticket
from anjungan.core.services.complaints import ComplaintForm, log_complaint
from anjungan.core.services.forms import Desk
from anjungan.core.services.registration import (
    FamilyRole,
    MemberEntry,
    RegistrationForm,
    RegistrationReceipt,
)
from anjungan.core.store.engine import Store
from anjungan.core.store.uow import UnitOfWork
from anjungan.counter.app import Counter, build_counter
from anjungan.counter.receipts import ReceiptPrinter
from anjungan.sync.engine import SyncEngine
from tests.gui.counter.conftest import MONDAY, _close
from tests.gui.counter.test_login_and_queue import Live, gated, live, logged_in  # noqa: F401
from tests.gui.counter.test_registration_wizard import _fill_without_keys

# The last working day before Nyepi and the Idul Fitri collective leave of 2026.
BEFORE_EID = datetime(2026, 3, 17, 10, 30, tzinfo=WIB)
PHONE = ComplaintForm(
    channel=Channel.ORAL,
    category=Category.CONTRIBUTIONS,
    identifier="0001944358911",
    name="Siti Aminah",
    phone="0812-3456-7890",
    problem="Iuran sudah dibayar tetapi kartu tidak aktif.",
    cause="Pembayaran belum tercatat.",
)


@dataclass
class Opened:
    """The opener the counter is given: records the receipts instead of showing them."""

    paths: list[Path] = field(default_factory=list)

    def __call__(self, path: Path) -> bool:
        self.paths.append(path)
        return True


MakeCounter = Callable[..., Counter]


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def make_counter(
    qapp: QApplication, qtbot: QtBot, store: Store, tmp_path: Path, opened: Opened
) -> Iterator[MakeCounter]:
    built: list[Counter] = []

    def make(now: datetime = MONDAY, role: Role = Role.OFFICER) -> Counter:
        config = DeviceConfig(
            office="MPP Kota Balikpapan", device_id="counter-01", data_dir=tmp_path / "data"
        )
        counter = build_counter(qapp, config, store, clock=FixedClock(now), opener=opened)
        counter.backend.role = role
        built.append(counter)
        qtbot.addWidget(counter.window)
        counter.window.resize(1366, 768)
        counter.window.show()
        qtbot.waitExposed(counter.window)
        counter.window.activateWindow()
        qtbot.waitUntil(lambda: not counter.worker.busy)
        return counter

    yield make
    for counter in built:
        counter.complaints.dialog.close()
        _close(counter, qtbot)


def seed(
    store: Store, at: datetime = MONDAY, form: ComplaintForm = PHONE, device: str = "counter-01"
) -> UUID:
    clock = FixedClock(at)
    uow = UnitOfWork(store, device_id=device, clock=clock)
    return log_complaint(uow, form, clock=clock, desk=Desk("petugas-01", "MPP")).record.uuid


def steps(store: Store, uuid: UUID) -> list[tuple[str, str | None, object]]:
    with UnitOfWork(store, device_id="check", clock=FixedClock()) as uow:
        return [
            (e.event_type, e.note, (e.data or {}).get("role")) for e in uow.complaints.events(uuid)
        ]


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def open_first(counter: Counter, qtbot: QtBot) -> None:
    """The officer selects the first complaint of the list and presses Enter."""
    counter.window.show_screen("complaints")
    table = counter.complaints.view.listing.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = counter.complaints.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.detail is not None)


def cell(counter: Counter, row: int, column: int) -> str:
    item = counter.complaints.view.listing.table.item(row, column)
    return item.text() if item is not None else ""


def offered(counter: Counter) -> list[Action]:
    combo = counter.complaints.dialog.action
    return [Action(combo.itemData(i)) for i in range(combo.count())]


def choose(counter: Counter, action: Action) -> None:
    combo = counter.complaints.dialog.action
    combo.setCurrentIndex(combo.findData(action.value))


def apply(counter: Counter, qtbot: QtBot) -> None:
    qtbot.mouseClick(counter.complaints.dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not counter.worker.busy)


def test_a_phone_complaint_before_the_eid_leave_prints_the_due_date_of_the_calendar(
    make_counter: MakeCounter, store: Store, opened: Opened, tmp_path: Path, qtbot: QtBot
) -> None:
    uuid = seed(store, BEFORE_EID)
    counter = make_counter(now=BEFORE_EID)
    open_first(counter, qtbot)
    assert [cell(counter, 0, 4), cell(counter, 0, 5)] == ["25 Mar 2026", "Sisa 1 hari kerja"]
    dialog = counter.complaints.dialog
    assert "Rabu, 25 Maret 2026" in dialog.facts.text()
    assert dialog.heading.text().startswith(f"Pengaduan {provisional_ticket(uuid)}")
    assert dialog.badge.text() == "Sisa 1 hari kerja"

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened.paths) == 1)
    [path] = opened.paths
    assert path.parent == tmp_path / "data" / "receipts"
    text = pdf_text(path)
    assert "TANDA TERIMA PENGADUAN" in text
    assert provisional_ticket(uuid) in text
    assert "Jawaban paling lambat: Rabu, 25 Maret 2026" in text
    assert "SI** AM****" in text and "SITI AMINAH" not in text
    assert "0001944358911" not in text
    assert str(path) in dialog.status.text()


def test_an_officer_gets_only_officer_moves_and_a_forced_withdraw_is_refused(
    make_counter: MakeCounter, store: Store, qtbot: QtBot
) -> None:
    uuid = seed(store)
    counter = make_counter()
    open_first(counter, qtbot)
    dialog = counter.complaints.dialog
    assert offered(counter) == [Action.START]
    assert dialog.role.text() == "Aksi yang dapat Anda lakukan sebagai petugas."
    counter.languages.set_language("en")
    qtbot.waitUntil(lambda: dialog.role.text() == "Actions open to you as officer.")
    assert dialog.action.currentText() == "Take up and draft the answer"
    counter.languages.set_language("id")
    qtbot.waitUntil(lambda: dialog.apply_button.text() == "Simpan langkah (Ctrl+Enter)")
    # Forced into the list (as a modified build would): the use case still refuses it.
    dialog.action.addItem("withdraw", Action.WITHDRAW.value)
    choose(counter, Action.WITHDRAW)
    qtbot.keyClicks(dialog.note, "Pengaduan ganda")
    apply(counter, qtbot)
    assert "tidak berwenang" in dialog.status.text()
    assert "kepala unit" in dialog.status.text()
    assert dialog.status.property("invalid") is True
    assert steps(store, uuid) == []


def test_a_supervisor_may_withdraw_with_a_reason_the_officer_cannot_give(
    make_counter: MakeCounter, store: Store, qtbot: QtBot
) -> None:
    uuid = seed(store)
    counter = make_counter(role=Role.SUPERVISOR)
    open_first(counter, qtbot)
    dialog = counter.complaints.dialog
    assert offered(counter) == [Action.START, Action.WITHDRAW]
    choose(counter, Action.WITHDRAW)
    assert dialog.captions["note"].text() == "Alasan"
    apply(counter, qtbot)  # no reason yet
    note_error = dialog.errors.label("note")
    assert note_error is not None and note_error.isVisible()
    assert "wajib diisi" in note_error.text()
    assert steps(store, uuid) == []
    qtbot.keyClicks(dialog.note, "Sama dengan pengaduan kemarin.")
    assert not note_error.isVisible()
    apply(counter, qtbot)
    assert steps(store, uuid) == [("withdraw", "Sama dengan pengaduan kemarin.", "supervisor")]
    assert dialog.detail is not None and dialog.detail.state is ComplaintState.CLOSED
    assert offered(counter) == []
    last = dialog.timeline.item(dialog.timeline.rowCount() - 1, 3)
    assert last is not None and last.text() == "Sama dengan pengaduan kemarin."
    qtbot.waitUntil(lambda: cell(counter, 0, 5) == "Selesai")  # the list was read again


def test_an_officer_answers_and_records_satisfaction_from_the_keyboard(
    make_counter: MakeCounter, store: Store, qtbot: QtBot
) -> None:
    uuid = seed(store)
    counter = make_counter()
    open_first(counter, qtbot)
    dialog = counter.complaints.dialog
    assert dialog.action.hasFocus()
    qtbot.keyClick(dialog.action, Qt.Key.Key_Return)  # to the note (optional for start)
    assert dialog.note.hasFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert dialog.apply_button.hasFocus()
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(steps(store, uuid)) == 1)
    qtbot.waitUntil(lambda: offered(counter)[:1] == [Action.ESCALATE])
    assert offered(counter) == [Action.ESCALATE, Action.REQUEST_DOCUMENTS, Action.ANSWER]
    choose(counter, Action.ANSWER)
    assert dialog.captions["note"].text() == "Jawaban yang diberikan"
    qtbot.keyClicks(dialog.note, "Iuran sudah tercatat; kartu aktif kembali.")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(steps(store, uuid)) == 2)
    qtbot.waitUntil(lambda: offered(counter) == [Action.CONFIRM, Action.REOPEN])
    assert not dialog.satisfied.isHidden()
    apply(counter, qtbot)  # the participant's answer is missing
    error = dialog.errors.label("satisfied")
    assert error is not None and error.isVisible()
    dialog.satisfied.setCurrentIndex(dialog.satisfied.findData(True))
    apply(counter, qtbot)
    assert steps(store, uuid)[-1] == ("confirm", None, "officer")
    assert dialog.detail is not None and dialog.detail.state is ComplaintState.CONFIRMED
    assert offered(counter) == [Action.CLOSE]  # reopening a confirmed one is the head's
    timeline = dialog.timeline
    steps_shown = [timeline.item(r, 1) for r in range(timeline.rowCount())]
    assert [item.text() for item in steps_shown if item] == [
        "Diterima",
        "Tangani dan susun jawaban",
        "Sampaikan jawaban kepada peserta",
        "Catat kepuasan peserta",
    ]
    answer = timeline.item(2, 3)
    assert answer is not None and answer.text() == "Iuran sudah tercatat; kartu aktif kembali."
    who = timeline.item(3, 2)
    assert who is not None and who.text() == "unassigned (petugas)"


def test_the_export_writes_csv_and_json_without_names_into_the_folder_picked(
    make_counter: MakeCounter, store: Store, tmp_path: Path, qtbot: QtBot
) -> None:
    first = seed(store)
    seed(store, datetime(2026, 10, 30, 9, 0, tzinfo=WIB))  # last month: not asked for
    counter = make_counter()
    counter.window.show_screen("complaints")
    folder = tmp_path / "sipp"
    folder.mkdir()
    counter.complaints.pick_folder = lambda: folder
    listing = counter.complaints.view.listing
    assert listing.export_period.currentText() == "Diterima bulan ini"
    qtbot.mouseClick(listing.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listing.export_status.text() != "")
    assert listing.export_status.text().startswith("1 pengaduan diekspor")
    [csv_path] = folder.glob("*.csv")
    [json_path] = folder.glob("*.json")
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [tuple(r) for r in rows] == [EXPORT_COLUMNS]
    assert rows[0]["ticket"] == provisional_ticket(first)
    assert (rows[0]["channel"], rows[0]["due_date"]) == ("oral", "2026-11-24")
    body = json.loads(json_path.read_text(encoding="utf-8"))
    assert body["received_from"] == "2026-11-01" and body["received_to"] == "2026-11-23"
    assert [r["ticket"] for r in body["rows"]] == [provisional_ticket(first)]
    for text in (csv_path.read_text(encoding="utf-8"), json_path.read_text(encoding="utf-8")):
        assert "SITI" not in text and "0001944358911" not in text and "Iuran sudah" not in text


def test_the_registration_receipt_pdf_carries_the_provisional_reference(
    make_counter: MakeCounter, opened: Opened, qtbot: QtBot
) -> None:
    counter = make_counter()
    _fill_without_keys(counter)
    counter.registration.save()
    view = counter.registration.view
    qtbot.waitUntil(lambda: view.current_page() == "saved")
    reference = view.saved.reference.text()
    assert reference.startswith("REG-")
    assert view.saved.print_button.hasFocus()
    qtbot.keyClick(view.saved.print_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(opened.paths) == 1)
    text = pdf_text(opened.paths[0])
    assert "TANDA TERIMA PENDAFTARAN PESERTA JKN" in text
    assert f"Nomor referensi sementara {reference}" in text
    assert "BU** SA*****" in text and "BUDI SANTOSO" not in text
    assert "317101********01" in text and "3171011205800001" not in text
    assert "Paling cepat Senin, 7 Desember 2026" in text
    assert "Kelas III" in text
    assert str(opened.paths[0]) in view.saved.print_status.text()


def test_the_role_comes_from_the_login_and_the_server_takes_the_heads_withdrawal(
    gated: Callable[..., Counter],  # noqa: F811 (the fixture imported above)
    live: Live,  # noqa: F811
    store: Store,
    qtbot: QtBot,
) -> None:
    uuid = seed(store, device="C-BPN-01")
    officer = gated()
    logged_in(qtbot, officer, "officer1")
    assert officer.backend.role is Role.OFFICER
    open_first(officer, qtbot)
    assert offered(officer) == [Action.START]
    officer.complaints.dialog.close()

    head = gated()
    logged_in(qtbot, head, "supervisor1")
    assert head.backend.role is Role.SUPERVISOR
    open_first(head, qtbot)
    assert offered(head) == [Action.START, Action.WITHDRAW]
    choose(head, Action.WITHDRAW)
    qtbot.keyClicks(head.complaints.dialog.note, "Pengaduan ganda.")
    apply(head, qtbot)
    assert steps(store, uuid) == [("withdraw", "Pengaduan ganda.", "supervisor")]

    engine = SyncEngine(
        store, live.base, live.tokens["counter"], "C-BPN-01", clock=FixedClock(MONDAY)
    )
    try:
        report = engine.sync_once()
    finally:
        engine.close()
    assert report.rejected == 0, report
    assert head.session.officer is not None
    answer = requests.get(
        f"{live.base}/v1/complaints/{uuid}",
        headers={"Authorization": f"Bearer {head.session.officer.token}"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    server = answer.json()
    assert (server["state"], server["outcome"]) == ("closed", "withdrawn")
    assert (server["events"][-1]["actor"], server["events"][-1]["by_role"]) == (
        "supervisor1",
        "supervisor",
    )
    head.complaints.dialog.close()
    open_first(head, qtbot)  # read again: the server's ticket replaces the provisional one
    assert head.complaints.dialog.heading.text() == f"Pengaduan {server['ticket']}"


def test_a_payroll_registration_receipt_has_no_first_payment_window(tmp_path: Path) -> None:
    form = RegistrationForm(
        segment=Segment.PPU_PN,
        members=(MemberEntry("3171011205800001", "Budi Santoso", FamilyRole.HEAD),),
        care_class=CareClass.I,
        documents=frozenset({Document.KK, Document.SK_PEGAWAI, Document.SALARY_LIST}),
    )
    receipt = RegistrationReceipt(
        reference="REG-3F2A-91C0",
        record_uuid=UUID(int=7),
        registered_on=MONDAY.date(),
        segment=Segment.PPU_PN,
        member_count=1,
        first_payment=None,
    )
    opened = Opened()
    printer = ReceiptPrinter(
        tmp_path, office_name="MPP Kota Balikpapan", officer_name=lambda: "Rina", opener=opened
    )
    text = pdf_text(printer.registration(receipt, form))
    assert "Nomor referensi sementara REG-3F2A-91C0" in text
    assert "Pembayaran iuran pertama" not in text
    assert "Iuran dibayar oleh pemberi kerja melalui pemotongan gaji." in text
    assert "SK pegawai" in text and "Kelas I" in text
    assert opened.paths == []  # saving is not showing
