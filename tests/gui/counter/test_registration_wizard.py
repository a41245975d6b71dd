"""An officer registers a family through the wizard from the keyboard; bad input is named
next to its field and nothing is saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from anjungan.core.clock import FixedClock
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.errors import StoreError
from anjungan.core.services.registration import FamilyRole
from anjungan.core.store.engine import Store
from anjungan.core.store.models import OutboxKind
from anjungan.core.store.uow import UnitOfWork
from anjungan.counter.app import Counter
from tests.gui.counter.conftest import MONDAY, Keyboard

FAMILY = (
    ("3171011205800001", "Budi Santoso", "K"),  # Kepala keluarga
    ("3171014308830002", "Siti Aminah", "I"),  # Istri/suami
    ("3171011501100003", "Andi Santoso", "A"),  # Anak
    ("3171016006150004", "Rina Santoso", "A"),
)


def _stored(store: Store) -> tuple[int, int]:
    with UnitOfWork(store, device_id="check", clock=FixedClock(MONDAY)) as uow:
        return uow.registrations.count(), sum(uow.outbox.counts().values())


def _page(counter: Counter) -> str:
    return counter.registration.view.current_page()


def _fill_family(
    keys: Keyboard, counter: Counter, family: tuple[tuple[str, str, str], ...]
) -> None:
    view = counter.registration.view
    assert keys.focus is view.family.kk_number
    keys.field("3171012001230004")
    keys.field(str(len(family)))
    for nik, name, role in family:
        assert isinstance(keys.focus, QLineEdit)
        keys.field(nik)
        keys.field(name)
        assert isinstance(keys.focus, QComboBox)
        keys.type(role)
        keys.enter()
        assert isinstance(keys.focus, QCheckBox)  # "still studying"
        keys.enter()


def test_officer_registers_a_pbpu_family_of_four_by_keyboard(
    counter: Counter, keys: Keyboard, store: Store, qtbot
) -> None:
    view = counter.registration.view
    assert _page(counter) == "segment"
    assert keys.focus is view.segment.buttons[Segment.PBPU]
    keys.press(Qt.Key.Key_Space)
    assert "Meterai" in view.segment.requirements.text()
    keys.enter()

    assert _page(counter) == "family"
    _fill_family(keys, counter, FAMILY)
    row = view.family.table.rows[1]
    assert row.born.text().startswith("3 Agu 1983")
    assert row.sex.text() == "Perempuan"
    assert row.region.text() == "Gambir, Kota Jakarta Pusat"

    assert _page(counter) == "address"
    address = view.address
    assert address.kecamatan.currentText() == "Gambir"  # from the head's NIK
    assert keys.focus is address.province
    keys.enter(3)
    keys.field("Jl. Merdeka No. 1 RT 01/RW 02")
    keys.field("0812 3456 7890")

    assert _page(counter) == "care"
    keys.field("0138u020")
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Space)
    assert view.care.care_class() is CareClass.III
    keys.enter()

    assert _page(counter) == "documents"
    for _ in view.documents.boxes:
        keys.press(Qt.Key.Key_Space)
        keys.enter()

    assert _page(counter) == "autodebit"
    keys.type("B")  # BNI, then BCA, then BRI (the order of the tariff data)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    assert view.autodebit.bank.currentText() == "BRI"
    keys.enter()
    keys.field("002301000123567")
    assert view.autodebit.holder.text() == "Budi Santoso"  # the head, until changed
    keys.enter()

    assert _page(counter) == "review"
    assert "BUDI SANTOSO" in view.review.summary.text()
    assert keys.focus is view.next_button
    keys.enter()
    qtbot.waitUntil(lambda: _page(counter) == "saved")

    assert view.saved.reference.text().startswith("REG-")
    assert "7 Desember 2026" in view.saved.details.text()  # first payment from day 14
    with UnitOfWork(store, device_id="check", clock=FixedClock(MONDAY)) as uow:
        [record] = uow.registrations.latest()
        [entry] = uow.outbox.for_record(record.uuid)
        assert [m.name for m in record.members] == [
            "BUDI SANTOSO",
            "SITI AMINAH",
            "ANDI SANTOSO",
            "RINA SANTOSO",
        ]
        assert [m.birth_date for m in record.members][3] == date(2015, 6, 20)
        assert record.fktp_code == "0138U020" and record.care_class == 3
        assert record.bank_code == "BRI"
        assert entry.kind is OutboxKind.REGISTRATION


def _to_family_page(counter: Counter, keys: Keyboard) -> None:
    keys.press(Qt.Key.Key_Space)
    keys.enter()
    assert _page(counter) == "family"


def test_a_bad_nik_is_explained_next_to_its_row_and_blocks_the_page(
    counter: Counter, keys: Keyboard, store: Store
) -> None:
    _to_family_page(counter, keys)
    keys.field("3171012001230004")
    keys.field("1")
    keys.type("3171011513100001")  # month 13
    row = counter.registration.view.family.table.rows[0]
    assert row.errors["nik"].isVisible()
    assert "bulan lahir" in row.errors["nik"].text()
    assert row.nik.property("invalid") is True
    assert row.born.text() == "–"
    counter.registration.next_page()
    assert _page(counter) == "family"
    assert counter.registration.view.problem.isVisible()
    assert _stored(store) == (0, 0)


def test_a_seventy_year_old_child_is_named_as_such_and_nothing_is_saved(
    counter: Counter, keys: Keyboard, store: Store
) -> None:
    _to_family_page(counter, keys)
    old_child = (FAMILY[0], ("3171010101560005", "Slamet", "A"))
    _fill_family(keys, counter, old_child)
    row = counter.registration.view.family.table.rows[1]
    assert _page(counter) == "family", "the page must not be left with a 70-year-old child"
    assert row.errors["relationship"].isVisible()
    assert "70 tahun" in row.errors["relationship"].text()
    assert row.relationship.property("invalid") is True
    counter.registration.save()  # as if saved from anywhere: refused the same way
    assert _stored(store) == (0, 0)
    assert _page(counter) == "family"


def test_too_short_is_not_shouted_while_typing_but_letters_are(
    counter: Counter, keys: Keyboard
) -> None:
    _to_family_page(counter, keys)
    errors = counter.registration.view.errors
    label = errors.label("kk_number")
    assert label is not None
    keys.type("31710")
    assert not label.isVisible()  # still typing a 16-digit number
    keys.type("x")
    assert label.isVisible()
    assert "hanya boleh berisi angka" in label.text()
    keys.press(Qt.Key.Key_Backspace)
    assert not label.isVisible()
    keys.enter()  # leaving the field: now "too short" is due
    assert "16 digit" in label.text()


def test_the_phone_with_letters_is_refused_next_to_the_field(
    counter: Counter, keys: Keyboard
) -> None:
    view = counter.registration.view
    counter.registration.go_to("address")
    view.address.phone.setFocus()
    keys.type("0812 34S6 7890")
    assert view.address.captions["phone"].text() == "Nomor HP"
    label = view.errors.label("phone")
    assert label is not None and label.isVisible()
    assert "tidak boleh berisi huruf" in label.text()
    assert view.address.phone.property("invalid") is True


def test_language_switch_rewrites_errors_in_english(
    counter: Counter, keys: Keyboard, qtbot
) -> None:
    _to_family_page(counter, keys)
    keys.type("31710x")
    view = counter.registration.view
    label = view.errors.label("kk_number")
    assert label is not None and "angka" in label.text()
    counter.window.toggle_language()
    qtbot.waitUntil(lambda: view.title.text() == "New participant registration")
    assert "digits only" in label.text()
    assert view.family.kk_caption.text() == "KK number"


def test_members_are_added_with_ctrl_m_and_removed_with_ctrl_delete(
    counter: Counter, keys: Keyboard
) -> None:
    _to_family_page(counter, keys)
    table = counter.registration.view.family.table
    keys.field("3171012001230004")
    keys.field("2")
    assert len(table.rows) == 2
    keys.press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert len(table.rows) == 3 and keys.focus is table.rows[2].nik
    keys.type(FAMILY[2][0])
    keys.press(Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(table.rows) == 2
    assert keys.focus is table.rows[1].nik
    assert [row.number.text() for row in table.rows] == ["1.", "2."]
    errors = counter.registration.view.errors
    assert errors.fields("members[") == [
        f"members[{i}].{key}" for i in range(2) for key in ("nik", "name", "relationship")
    ]


def _fill_without_keys(counter: Counter) -> None:
    """A complete PBPU form set straight into the widgets (the keyboard path is tested above)."""
    reg, view = counter.registration, counter.registration.view
    view.segment.buttons[Segment.PBPU].setChecked(True)
    view.family.kk_number.setText("3171012001230004")
    view.family.kk_count.setText("4")
    view.family.table.ensure_rows(4)
    roles = {"K": FamilyRole.HEAD, "I": FamilyRole.SPOUSE, "A": FamilyRole.CHILD}
    for row, (nik, name, role) in zip(view.family.table.rows, FAMILY, strict=True):
        row.nik.setText(nik)
        row.name.setText(name)
        row.relationship.setCurrentIndex(row.relationship.findData(roles[role].value))
    reg.go_to("address")  # the region comes from the head's NIK
    view.address.street.setText("Jl. Merdeka No. 1")
    view.address.phone.setText("081234567890")
    view.care.fktp.setText("0138U020")
    view.care.classes[CareClass.III].setChecked(True)
    reg.go_to("documents")
    for box in view.documents.boxes.values():
        box.setChecked(True)
    view.autodebit.bank.setCurrentIndex(view.autodebit.bank.findData("BRI"))
    view.autodebit.account.setText("002301000123567")
    view.autodebit.holder.setText("Budi Santoso")
    reg.go_to("review")


def test_a_failed_save_says_so_and_keeps_the_form(
    counter: Counter, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_without_keys(counter)
    view = counter.registration.view

    def disk_full(_form: object) -> object:
        raise StoreError("Basis data lokal gagal menyimpan.", "The local database failed.")

    monkeypatch.setattr(counter.backend, "register", disk_full)
    counter.registration.save()
    assert not view.next_button.isEnabled()  # no second save while the first runs
    qtbot.waitUntil(view.problem.isVisible)
    assert view.problem.text() == "Basis data lokal gagal menyimpan."
    assert _page(counter) == "review" and view.next_button.isEnabled()
    assert view.family.table.rows[0].nik.text() == FAMILY[0][0]
    assert _stored(store) == (0, 0)
    monkeypatch.undo()
    counter.registration.save()  # the same form, once the disk is back
    qtbot.waitUntil(lambda: _page(counter) == "saved")
    assert _stored(store) == (1, 1)
