"""Render the counter's screens to docs/screenshots/counter-*.png, filled as at a real desk.

Offscreen, on a throw-away store, with a fixed clock (Monday 23 November 2026) and a
plausible family and complaints. Look at every picture after changing a screen: nothing
cut off, nothing overlapping, errors beside their fields.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.config import DeviceConfig
from anjungan.core.domain.complaints import Category, Channel
from anjungan.core.domain.segments import Segment
from anjungan.core.services.complaints import ComplaintForm, log_complaint
from anjungan.core.services.forms import Desk
from anjungan.core.services.info_requests import InfoTopic, log_info_request
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.uow import UnitOfWork
from anjungan.core.wire.queue import TicketOut, WaitingList
from anjungan.counter.app import Counter, build_counter

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
NOW = datetime(2026, 11, 23, 10, 15, tzinfo=WIB)
FAMILY = (
    ("3171011205800001", "Budi Santoso", "K"),
    ("3171014308830002", "Siti Aminah", "I"),
    ("3171011501100003", "Andi Santoso", "A"),
    ("3171016006150004", "Rina Santoso", "A"),
)


def _settle(app: QApplication, counter: Counter) -> None:
    for _ in range(5):
        app.processEvents()
    counter.worker.shutdown()
    for _ in range(5):
        app.processEvents()


def _shot(app: QApplication, counter: Counter, name: str, size: tuple[int, int]) -> Path:
    counter.window.resize(*size)
    _settle(app, counter)
    path = OUT / f"counter-{name}.png"
    counter.window.grab().save(str(path))
    return path


def _type(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)


def _seed(store: Store) -> None:
    desk = Desk("petugas-01", "MPP Balikpapan")
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
        uow = UnitOfWork(store, device_id="counter-01", clock=clock)
        log_complaint(uow, replace(base, **changes), clock=clock, desk=desk)
    clock = FixedClock(NOW)
    for topic in (InfoTopic.CONTRIBUTIONS, InfoTopic.CONTRIBUTIONS, InfoTopic.MOBILE_JKN):
        uow = UnitOfWork(store, device_id="counter-01", clock=clock)
        log_info_request(uow, topic, Channel.DIRECT, desk=desk)


def _registration_shots(app: QApplication, counter: Counter) -> list[Path]:
    reg = counter.registration
    view = reg.view
    shots = []
    view.segment.buttons[Segment.PBPU].setChecked(True)
    shots.append(_shot(app, counter, "registration-segment", (1366, 768)))
    reg.next_page()
    _type(view.family.kk_number, "3171012001230004")
    _type(view.family.kk_count, "4")
    for row, (nik, name, role) in zip(view.family.table.rows, FAMILY, strict=True):
        _type(row.nik, nik)
        _type(row.name, name)
        QTest.keyClicks(row.relationship, role)
    shots.append(_shot(app, counter, "registration-family", (1366, 768)))
    # The same page with mistakes: a 70-year-old "child" and a NIK with a month 13.
    view.family.table.rows[3].nik.clear()
    _type(view.family.table.rows[3].nik, "3171010101560005")
    view.family.table.rows[2].nik.clear()
    _type(view.family.table.rows[2].nik, "3171011513100003")
    reg.next_page()
    shots.append(_shot(app, counter, "registration-family-errors", (1366, 768)))
    view.family.table.rows[3].nik.clear()
    _type(view.family.table.rows[3].nik, FAMILY[3][0])
    view.family.table.rows[2].nik.clear()
    _type(view.family.table.rows[2].nik, FAMILY[2][0])
    reg.next_page()
    _type(view.address.street, "Jl. Merdeka No. 1 RT 01/RW 02, Kel. Gambir")
    _type(view.address.phone, "0812 34S6 7890")
    shots.append(_shot(app, counter, "registration-address", (1366, 768)))
    view.address.phone.clear()
    _type(view.address.phone, "0812 3456 7890")
    reg.next_page()
    _type(view.care.fktp, "0138U020")
    view.care.classes[next(iter(view.care.classes))].setChecked(True)
    shots.append(_shot(app, counter, "registration-care", (1366, 768)))
    reg.next_page()
    for box in list(view.documents.boxes.values())[:3]:
        box.setChecked(True)
    reg.next_page()
    shots.append(_shot(app, counter, "registration-documents", (1366, 768)))
    list(view.documents.boxes.values())[3].setChecked(True)
    reg.next_page()
    view.autodebit.bank.setCurrentIndex(view.autodebit.bank.findData("BRI"))
    _type(view.autodebit.account, "0023-0100-0123-567")
    shots.append(_shot(app, counter, "registration-autodebit", (1366, 768)))
    reg.next_page()
    shots.append(_shot(app, counter, "registration-review", (1366, 768)))
    reg.save()
    _settle(app, counter)
    shots.append(_shot(app, counter, "registration-saved", (1366, 768)))
    return shots


def _queue_shots(
    app: QApplication, counter: Counter, store: Store, config: DeviceConfig
) -> list[Path]:
    """The login screen, then the queue panel filled from a canned waiting list."""
    gated = build_counter(app, config, store, clock=FixedClock(NOW), gate=True)
    gated.window.show()
    _type(gated.login.view.username, "petugas01")
    shots = [_shot(app, gated, "login", (1366, 768))]
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
    shots.append(_shot(app, counter, "queue", (1366, 768)))
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


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    config = DeviceConfig(office="MPP Kota Balikpapan", device_id="counter-01", language="id")
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "counter.sqlite3") as store:
        _seed(store)
        counter = build_counter(app, config, store, clock=FixedClock(NOW))
        counter.window.show()
        shots = _registration_shots(app, counter)
        counter.window.show_screen("complaints")
        form = counter.complaints.view.form
        form.channel.setCurrentIndex(form.channel.findData(Channel.ORAL.value))
        form.category.setCurrentIndex(form.category.findData(Category.MEMBERSHIP.value))
        _type(form.identifier, "3171011205800001")
        _type(form.name, "Budi Santoso")
        _type(form.problem, "Nama di kartu JKN berbeda dengan KTP.")
        counter.complaints.save()
        shots.append(_shot(app, counter, "complaints", (1366, 768)))
        shots.append(_shot(app, counter, "complaints-1920", (1920, 1080)))
        counter.window.show_screen("information")
        counter.information.log(InfoTopic.ARREARS)
        shots.append(_shot(app, counter, "information", (1366, 768)))
        shots += _queue_shots(app, counter, store, config)
        counter.window.toggle_language()
        counter.window.show_screen("registration")
        counter.registration.go_to("family")
        shots.append(_shot(app, counter, "registration-family-en", (1366, 768)))
        counter.languages.set_language("id")
        counter.window.close()
        # Let Qt delete the window while Python still runs, not during interpreter exit.
        counter.window.deleteLater()
        app.processEvents()
    for shot in shots:
        print(shot.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
