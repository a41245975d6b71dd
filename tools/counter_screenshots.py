"""Render the counter's screens to docs/screenshots/counter-*.png, filled as at a real desk.

Offscreen, on a throw-away store, with a fixed clock (Monday 23 November 2026) and a
plausible family and complaints, against the real central server on loopback (seeded
with the demo data, this counter enrolled, a month of queue tickets and survey answers):
the officer logs in through the login screen, "Sync now" sends the day's work and the
server refuses a NIK it already has, the bill of a reactivation and the queue figures of
the Reports screen come from the server. Helpers are in counter_screenshots_more.py
(shots, server, sync, reports), counter_screenshots_forms.py (data changes, complaint
detail) and counter_screenshots_seed.py (the counter's month). Look at every picture
after changing a screen: nothing cut off, nothing overlapping, errors beside their
fields, no English left in the Indonesian ones.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/counter_screenshots.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.config import DeviceConfig
from anjungan.core.domain.complaints import Category, Channel
from anjungan.core.domain.segments import Segment
from anjungan.core.services.complaints import ComplaintForm, log_complaint
from anjungan.core.services.forms import Desk
from anjungan.core.services.info_requests import InfoTopic, log_info_request
from anjungan.core.services.registration_form import FamilyRole, MemberEntry
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.uow import UnitOfWork
from anjungan.core.wire.queue import TicketOut, WaitingList
from anjungan.counter.app import Counter, build_counter
from tools.counter_screenshots_forms import (
    complaint_detail_shots,
    data_change_shots,
    seed_complaint_history,
)
from tools.counter_screenshots_more import (
    COUNTER_DEVICE,
    NOW,
    OUT,
    log_in,
    office_server,
    report_shots,
    run_sync,
    shot,
    sync_shots,
    type_into,
    wait_until,
)
from tools.counter_screenshots_seed import family_form, seed_month

FAMILY = (
    ("3171011205800001", "Budi Santoso", "K"),
    ("3171014308830002", "Siti Aminah", "I"),
    ("3171011501100003", "Andi Santoso", "A"),
    ("3171016006150004", "Rina Santoso", "A"),
)


def _seed(store: Store) -> None:
    desk = Desk("petugas01", "MPP Kota Jakarta")
    base = ComplaintForm(
        channel=Channel.DIRECT,
        category=Category.CONTRIBUTIONS,
        identifier="0001944358911",
        name="Ayu Lestari",
        problem="Iuran sudah dibayar tetapi kartu masih tidak aktif.",
        cause="Pembayaran belum tercatat di sistem.",
    )
    for when, changes in (
        (datetime(2026, 11, 19, 9, 5, tzinfo=WIB), {}),
        (datetime(2026, 11, 20, 13, 40, tzinfo=WIB), {"name": "Bima Saputra"}),
        (
            datetime(2026, 11, 23, 8, 10, tzinfo=WIB),
            {
                "name": "Cici Ramadhani",
                "channel": Channel.WRITTEN,
                "category": Category.MEDICINES,
                "needs_coordination": True,
            },
        ),
        (
            datetime(2026, 11, 23, 9, 30, tzinfo=WIB),
            {"name": "Dedi Kurniawan", "channel": Channel.ORAL, "category": Category.REFERRAL},
        ),
    ):
        clock = FixedClock(when)
        uow = UnitOfWork(store, device_id=COUNTER_DEVICE, clock=clock)
        log_complaint(uow, replace(base, **changes), clock=clock, desk=desk)
    clock = FixedClock(NOW)
    for topic in (InfoTopic.CONTRIBUTIONS, InfoTopic.CONTRIBUTIONS, InfoTopic.MOBILE_JKN):
        uow = UnitOfWork(store, device_id=COUNTER_DEVICE, clock=clock)
        log_info_request(uow, topic, Channel.DIRECT, desk=desk)


def _registration_shots(app: QApplication, counter: Counter) -> list[Path]:
    reg = counter.registration
    view = reg.view
    shots = []
    view.segment.buttons[Segment.PBPU].setChecked(True)
    shots.append(shot(app, counter, "registration-segment", (1366, 768)))
    reg.next_page()
    type_into(view.family.kk_number, "3171012001230004")
    type_into(view.family.kk_count, "4")
    for row, (nik, name, role) in zip(view.family.table.rows, FAMILY, strict=True):
        type_into(row.nik, nik)
        type_into(row.name, name)
        type_into(row.relationship, role)
    shots.append(shot(app, counter, "registration-family", (1366, 768)))
    # The same page with mistakes: a 70-year-old "child" and a NIK with a month 13.
    view.family.table.rows[3].nik.clear()
    type_into(view.family.table.rows[3].nik, "3171010101560005")
    view.family.table.rows[2].nik.clear()
    type_into(view.family.table.rows[2].nik, "3171011513100003")
    reg.next_page()
    shots.append(shot(app, counter, "registration-family-errors", (1366, 768)))
    view.family.table.rows[3].nik.clear()
    type_into(view.family.table.rows[3].nik, FAMILY[3][0])
    view.family.table.rows[2].nik.clear()
    type_into(view.family.table.rows[2].nik, FAMILY[2][0])
    reg.next_page()
    type_into(view.address.street, "Jl. Merdeka No. 1 RT 01/RW 02, Kel. Gambir")
    type_into(view.address.phone, "0812 34S6 7890")
    shots.append(shot(app, counter, "registration-address", (1366, 768)))
    view.address.phone.clear()
    type_into(view.address.phone, "0812 3456 7890")
    reg.next_page()
    type_into(view.care.fktp, "0138U020")
    view.care.classes[next(iter(view.care.classes))].setChecked(True)
    shots.append(shot(app, counter, "registration-care", (1366, 768)))
    reg.next_page()
    for box in list(view.documents.boxes.values())[:3]:
        box.setChecked(True)
    reg.next_page()
    shots.append(shot(app, counter, "registration-documents", (1366, 768)))
    list(view.documents.boxes.values())[3].setChecked(True)
    reg.next_page()
    view.autodebit.bank.setCurrentIndex(view.autodebit.bank.findData("BRI"))
    type_into(view.autodebit.account, "0023-0100-0123-567")
    shots.append(shot(app, counter, "registration-autodebit", (1366, 768)))
    reg.next_page()
    shots.append(shot(app, counter, "registration-review", (1366, 768)))
    reg.save()
    wait_until(app, lambda: not counter.worker.busy)
    shots.append(shot(app, counter, "registration-saved", (1366, 768)))
    return shots


def _queue_shots(
    app: QApplication, counter: Counter, store: Store, config: DeviceConfig
) -> list[Path]:
    """The login screen, then the queue panel filled from a canned waiting list."""
    gated = build_counter(app, config, store, clock=FixedClock(NOW), gate=True)
    gated.window.show()
    type_into(gated.login.view.username, "petugas01")
    shots = [shot(app, gated, "login", (1366, 768))]
    # Its own translator would stay installed and keep the main window in Indonesian
    # after the switch to English.
    gated.languages.set_language("en")
    gated.shutdown()
    gated.window.close()
    gated.window.deleteLater()
    view = counter.queue.view
    waiting = WaitingList.model_validate(_CANNED_WAITING)
    view.show_waiting(waiting, "10:15:04")
    view.show_ticket(TicketOut.model_validate(_CANNED_TICKET))
    view.set_supervisor(True)
    view.set_offline(False)
    counter.window.set_officer("Rina Wulandari", "supervisor", offline=False)
    counter.window.show_screen("queue")
    shots.append(shot(app, counter, "queue", (1366, 768)))
    return shots


def _ticket(id_: int, label: str, minutes: int, position: int, priority: str = "none") -> dict:
    return {
        "id": id_,
        "label": label,
        "priority": priority,
        "state": "issued",
        "returning": False,
        "handed_out": True,
        "issued_at": "2026-11-23T09:30:00+07:00",
        "queued_at": "2026-11-23T09:30:00+07:00",
        "waiting_minutes": minutes,
        "position": position,
    }


_CANNED_WAITING = {
    "at": "2026-11-23T10:15:04+07:00",
    "lines": [
        {
            "service": "new_registration",
            "name_id": "Pendaftaran peserta baru",
            "name_en": "New participant registration",
            "waiting": 3,
            "tickets": [
                _ticket(12, "A012", 24, 1, "elderly"),
                _ticket(13, "A013", 18, 2),
                _ticket(14, "A014", 6, 3),
            ],
        },
        {
            "service": "data_change",
            "name_id": "Perubahan data peserta",
            "name_en": "Participant data change",
            "waiting": 2,
            "tickets": [_ticket(21, "B007", 15, 1), _ticket(22, "B008", 3, 2)],
        },
    ],
}
_CANNED_TICKET = {
    "id": 11,
    "label": "A011",
    "number": 11,
    "service_date": "2026-11-23",
    "origin_service": "new_registration",
    "service": "new_registration",
    "priority": "none",
    "state": "serving",
    "counter": 1,
    "recall_count": 0,
    "returning": False,
    "issued_at": "2026-11-23T09:20:00+07:00",
    "queued_at": "2026-11-23T09:20:00+07:00",
    "called_at": "2026-11-23T10:10:00+07:00",
    "started_at": "2026-11-23T10:11:00+07:00",
    "finished_at": None,
    "outcome": None,
    "handed_out": True,
    "handed_out_how": "printed",
    "printed": True,
    "reprints": 0,
    "hops": [],
    "actions": ["finish", "transfer", "cancel"],
}


def _register_taken_nik(app: QApplication, counter: Counter) -> None:
    """A one-person family whose head's NIK was typed as Budi Santoso's: saved here (the
    store cannot know), refused by the server, which has Budi's family by then."""
    form = family_form(random.Random(5), 7)
    head = MemberEntry(FAMILY[0][0], "Slamet Riyadi", FamilyRole.HEAD)
    autodebit = replace(form.autodebit, holder=head.name)
    form = replace(form, members=(head,), kk_member_count=1, autodebit=autodebit)
    saved: list[object] = []
    counter.worker.submit(lambda: counter.backend.register(form), saved.append, saved.append)
    wait_until(app, lambda: bool(saved))
    assert not isinstance(saved[0], Exception), saved[0]


def _qt_message(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # The offscreen plugin says this on every first show of a window; the test suite
    # ignores it too (pyproject, qt_log_ignore). Everything else is printed.
    if not message.startswith("This plugin does not support propagateSizeHints"):
        print(f"Qt {mode.name}: {message}", file=sys.stderr)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp, office_server(Path(tmp)) as server:
        config = DeviceConfig(
            office="MPP Kota Jakarta Pusat",
            device_id=COUNTER_DEVICE,
            language="id",
            server_url=server.url,
            token=server.counter_token,
            data_dir=Path(tmp) / "counter",
        )
        with open_store(Path(tmp) / "counter.sqlite3") as store:
            shots = _shots(app, config, store)
    for path in shots:
        print(path.relative_to(OUT.parent.parent))
    return 0


def _shots(app: QApplication, config: DeviceConfig, store: Store) -> list[Path]:
    _seed(store)
    history = seed_complaint_history(store)
    counter = build_counter(app, config, store, clock=FixedClock(NOW))
    counter.window.show()
    shots = _registration_shots(app, counter)
    counter.window.show_screen("complaints")
    form = counter.complaints.view.form
    form.channel.setCurrentIndex(form.channel.findData(Channel.ORAL.value))
    form.category.setCurrentIndex(form.category.findData(Category.MEMBERSHIP.value))
    type_into(form.identifier, "3171011205800001")
    type_into(form.name, "Budi Santoso")
    type_into(form.problem, "Nama di kartu JKN berbeda dengan KTP.")
    counter.complaints.save()
    shots.append(shot(app, counter, "complaints", (1366, 768)))
    shots.append(shot(app, counter, "complaints-1920", (1920, 1080)))
    counter.window.show_screen("information")
    counter.information.log(InfoTopic.ARREARS)
    shots.append(shot(app, counter, "information", (1366, 768)))
    shots += _queue_shots(app, counter, store, config)
    counter.window.toggle_language()
    counter.window.show_screen("registration")
    counter.registration.go_to("family")
    shots.append(shot(app, counter, "registration-family-en", (1366, 768)))
    counter.languages.set_language("id")
    log_in(app, counter, "petugas01")  # the queue, the bill lookup and the reports ask the server
    shots += data_change_shots(app, counter)
    # Everything so far reaches the server; then a family it must refuse, and two more
    # questions answered at the desk that wait for the next sync.
    run_sync(app, counter)
    _register_taken_nik(app, counter)
    run_sync(app, counter)
    counter.information.log(InfoTopic.MEMBERSHIP_STATUS)
    counter.information.log(InfoTopic.FKTP_CHANGE)
    shots += sync_shots(app, counter)
    shots += complaint_detail_shots(app, counter, history)
    counter.window.set_officer("Rina Wulandari", "officer", offline=False)
    seed_month(store)
    shots += report_shots(app, counter)
    counter.window.toggle_language()
    shots += report_shots(app, counter, "-en")
    counter.languages.set_language("id")
    counter.shutdown()
    counter.window.close()
    # Let Qt delete the window while Python still runs, not during interpreter exit.
    counter.window.deleteLater()
    app.processEvents()
    return shots


if __name__ == "__main__":
    raise SystemExit(main())
