"""Data-change and complaint-detail shots of tools/counter_screenshots.py.

The data-change forms are typed into as an officer would (key clicks, so the live checks
run); the complaint is opened through the list's controller, as an officer and then as
the head of unit, after a history of moves made through the real use case.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from uuid import UUID

from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.change_types import ChangeType
from anjungan.core.domain.changes import FamilyChangeKind, FktpChangeReason
from anjungan.core.domain.complaints import Action, Category, Channel, Role
from anjungan.core.domain.segments import Segment
from anjungan.core.services.complaint_actions import Move, act_on_complaint
from anjungan.core.services.complaints import ComplaintForm, log_complaint
from anjungan.core.services.forms import Desk
from anjungan.core.store.engine import Store
from anjungan.core.store.uow import UnitOfWork
from anjungan.counter.app import Counter
from anjungan.counter.screens.complaints.detail import ComplaintDetailDialog
from anjungan.counter.screens.data_changes import DataChangesView
from tools.counter_screenshots_more import (
    COUNTER_DEVICE,
    grab_with_list,
    shot,
    shot_with_list,
    type_into,
    wait_until,
)

SIZE = (1366, 768)


# -- data changes -------------------------------------------------------------------------


def _choose(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def _fill(view: DataChangesView, change: ChangeType, card: str, nik: str) -> None:
    _choose(view.change_type, change.value)
    view.card_number.clear()
    view.nik.clear()
    type_into(view.card_number, card)
    type_into(view.nik, nik)


def _line(view: DataChangesView, name: str, text: str) -> None:
    widget = view.panel().inputs[name]
    assert isinstance(widget, QLineEdit)
    widget.clear()
    type_into(widget, text)


def _pick(view: DataChangesView, name: str, value: object) -> None:
    widget = view.panel().inputs[name]
    assert isinstance(widget, QComboBox)
    _choose(widget, value)


def _tick_documents(view: DataChangesView) -> None:
    for box in view.documents.boxes.values():
        box.setChecked(True)


def data_change_shots(app: QApplication, counter: Counter) -> list[Path]:
    counter.window.show_screen("changes")
    view = counter.window.screens["changes"]
    assert isinstance(view, DataChangesView)
    # The chooser open on the empty screen: the eleven kinds of change.
    view.change_type.setFocus()
    shots = [shot_with_list(app, counter, view.change_type, "data-changes", SIZE)]

    # A newborn added to Budi Santoso's family card.
    _fill(view, ChangeType.FAMILY_ADD, "0001944358911", "3171011205800001")
    _pick(view, "kind", FamilyChangeKind.ADD_NEWBORN.value)
    _line(view, "member_nik", "3171015109260005")
    _line(view, "member_name", "Nadia Putri Santoso")
    _tick_documents(view)
    shots.append(shot(app, counter, "data-change-family", SIZE))

    # Reactivation for a suspended PBPU family (a demo persona, 5 months in arrears): the
    # card number is enough, the bill comes from the central server.
    _fill(view, ChangeType.REACTIVATION, "0001944358921", "3171041408750001")
    arrears = view.panel().inputs["months_in_arrears"]
    assert isinstance(arrears, QLineEdit)
    wait_until(app, lambda: bool(arrears.text()) and not counter.net.busy)
    _tick_documents(view)
    shots.append(shot(app, counter, "data-change-reactivation", SIZE))

    # An FKTP change with mistakes: a card number one digit short, a NIK with month 13,
    # a code that is no FKTP code, and the last change only two months ago.
    _fill(view, ChangeType.FKTP, "000194435891", "3171011513100003")
    _pick(view, "segment", Segment.PBPU.value)
    _pick(view, "reason", FktpChangeReason.REGULAR.value)
    _line(view, "fktp_code", "0138-U2")
    _line(view, "last_change_on", "14-09-2026")
    view.save_button.click()
    shots.append(shot(app, counter, "data-change-errors", SIZE))
    return shots


# -- complaint detail ---------------------------------------------------------------------

OFFICER = Desk("petugas01", "MPP-JKT-PUSAT")
HISTORY = ComplaintForm(
    channel=Channel.DIRECT,
    category=Category.CONTRIBUTIONS,
    identifier="0001944358933",
    name="Sri Rahayu",
    phone="0813-1122-3344",
    problem=(
        "Iuran bulan Oktober sudah dibayar lewat minimarket, tetapi di Mobile JKN masih "
        "tercatat menunggak dan kartu tidak aktif saat berobat."
    ),
    cause="Pembayaran lewat kanal mitra belum masuk rekonsiliasi bank.",
)


def _at(day: int, hour: int, minute: int) -> FixedClock:
    return FixedClock(datetime(2026, 11, day, hour, minute, tzinfo=WIB))


def seed_complaint_history(store: Store) -> UUID:
    """A complaint received last Wednesday that went through several steps since."""
    clock = _at(18, 9, 40)
    logged = log_complaint(
        UnitOfWork(store, device_id=COUNTER_DEVICE, clock=clock), HISTORY, clock=clock, desk=OFFICER
    )
    uuid = logged.record.uuid
    moves = (
        (_at(18, 10, 5), Move(Action.START, "Bukti bayar difoto, dicek ke rekonsiliasi bank.")),
        (
            _at(18, 14, 20),
            Move(
                Action.REQUEST_DOCUMENTS,
                "Struk asli pembayaran minimarket dan nomor VA keluarga.",
            ),
        ),
        (_at(20, 8, 55), Move(Action.DOCUMENTS_RECEIVED, "Struk asli diserahkan di loket 2.")),
    )
    for clock, move in moves:
        uow = UnitOfWork(store, device_id=COUNTER_DEVICE, clock=clock)
        act_on_complaint(uow, uuid, move, role=Role.OFFICER, clock=clock, desk=OFFICER)
    return uuid


def _shown_to(dialog: ComplaintDetailDialog, role: Role) -> bool:
    """The dialog is open on the complaint as read for ``role``."""
    return dialog.isVisible() and dialog.detail is not None and dialog.detail.role is role


def complaint_detail_shots(app: QApplication, counter: Counter, uuid: UUID) -> list[Path]:
    dialog = counter.complaints.dialog
    shots = []
    for role, name, who in (
        (Role.OFFICER, "complaint-detail", ("Rina Wulandari", "officer")),
        (Role.SUPERVISOR, "complaint-detail-supervisor", ("Hendra Gunawan", "supervisor")),
    ):
        counter.backend.role = role
        counter.window.set_officer(*who, offline=False)
        counter.window.show_screen("complaints")
        counter.complaints.detail.open(uuid)
        wait_until(app, partial(_shown_to, dialog, role))
        dialog.resize(900, 760)
        dialog.action.setFocus()
        shots.append(grab_with_list(app, counter, dialog, dialog.action, name))
        dialog.close()
    return shots
