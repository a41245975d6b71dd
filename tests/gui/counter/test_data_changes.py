"""Data changes at the counter, from the keyboard: the type chooser, the form of that type,
bad input named next to its field with nothing saved, and a valid change of several types
saved as one record with one outbox row, its reference shown and the form cleared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from anjungan.core.clock import FixedClock
from anjungan.core.domain.change_types import ChangeType
from anjungan.core.store.engine import Store
from anjungan.core.store.models import OutboxKind, OutboxStatus
from anjungan.core.store.uow import UnitOfWork
from anjungan.counter.app import Counter
from anjungan.counter.screens.data_changes import DataChangesView
from anjungan.counter.widgets.fields import FieldError
from tests.gui.counter.conftest import Keyboard

CARD = "0001944358911"
HOLDER_NIK = "3171011205800001"
NEWBORN_NIK = "3171011011260005"  # born 10 Nov 2026
SEVENTY_NIK = "3171010106560006"  # born 1 Jun 1956


def _view(counter: Counter) -> DataChangesView:
    view = counter.window.screens["changes"]
    assert isinstance(view, DataChangesView)
    return view


@dataclass(frozen=True)
class Stored:
    uuid: UUID
    change_type: str
    reason: str | None
    new_values: dict[str, Any]
    effective_date: date | None


def _stored(store: Store) -> tuple[list[Stored], int]:
    """The data changes kept, and the outbox rows (each change has exactly one)."""
    with UnitOfWork(store, device_id="check", clock=FixedClock()) as uow:
        changes = [
            Stored(c.uuid, c.change_type, c.reason, c.new_values, c.effective_date)
            for c in uow.data_changes.latest()
        ]
        rows = uow.outbox.with_status(OutboxStatus.PENDING)
        assert all(row.kind == OutboxKind.DATA_CHANGE for row in rows)
        for change in changes:
            assert len(uow.outbox.for_record(change.uuid)) == 1
        return changes, len(rows)


def _label(view: DataChangesView, field: str) -> FieldError:
    label = view.errors.label(field)
    assert label is not None, field
    return label


def _open(counter: Counter, keys: Keyboard, change: ChangeType) -> DataChangesView:
    """Ctrl+2 to the screen, then pick ``change`` with the arrow keys, Enter to go on."""
    keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = _view(counter)
    assert counter.window.current_screen() == "changes"
    assert keys.focus is view.change_type
    steps = list(ChangeType).index(change) - view.change_type.currentIndex()
    for _ in range(abs(steps)):
        keys.press(Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert view.current() is change
    keys.enter()
    assert keys.focus is view.card_number
    return view


def _participant(keys: Keyboard, nik: str = HOLDER_NIK) -> None:
    keys.field(CARD)
    keys.field(nik)


def _choose(keys: Keyboard, downs: int) -> None:
    """In a choice: Down ``downs`` times past '– choose –', then Enter to the next field."""
    assert isinstance(keys.focus, QComboBox)
    for _ in range(downs):
        keys.press(Qt.Key.Key_Down)
    keys.enter()


def _tick_all(keys: Keyboard, view: DataChangesView) -> None:
    """Space on each document box, Enter between them; Enter on the last one saves."""
    for _ in view.documents.boxes:
        assert isinstance(keys.focus, QCheckBox)
        keys.press(Qt.Key.Key_Space)
        keys.enter()


def _saved(counter: Counter, qtbot: QtBot, view: DataChangesView) -> None:
    qtbot.waitUntil(lambda: not counter.worker.busy and "Referensi UBH-" in view.status.text())


def test_the_screen_sits_after_registration_and_lists_every_change_type(
    counter: Counter,
) -> None:
    assert list(counter.window.screens)[:2] == ["registration", "changes"]
    view = _view(counter)
    texts = [view.change_type.itemText(i) for i in range(view.change_type.count())]
    assert texts == [change.label("id") for change in ChangeType]
    assert view.title.text() == "Perubahan data"


def test_a_bad_nik_is_named_next_to_its_field_and_nothing_is_saved(
    counter: Counter, keys: Keyboard, store: Store, qtbot: QtBot
) -> None:
    view = _open(counter, keys, ChangeType.CONTACT)
    keys.field(CARD)
    keys.field("3171015213870002")  # month 13
    label = _label(view, "nik")
    assert label.isVisible()
    assert "bulan lahir" in label.text()
    assert view.nik.property("invalid") is True
    keys.field("0812 3456 7890")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Belum disimpan" in view.status.text()
    assert keys.focus is view.nik
    assert not counter.worker.busy
    assert _stored(store) == ([], 0)


def test_a_seventy_year_old_child_is_refused_next_to_the_nik(
    counter: Counter, keys: Keyboard, store: Store, qtbot: QtBot
) -> None:
    view = _open(counter, keys, ChangeType.FAMILY_ADD)
    _participant(keys)
    _choose(keys, 1)  # newborn
    keys.field(SEVENTY_NIK)
    label = _label(view, "member_nik")
    assert label.isVisible()
    assert "70 tahun" in label.text() and "sebagai anak" in label.text()
    keys.field("Kakek Santoso")
    _tick_all(keys, view)  # Enter on the last box tries to save
    assert "Belum disimpan" in view.status.text()
    assert keys.focus is view.panel().inputs["member_nik"]
    assert _stored(store) == ([], 0)


def test_an_empty_cause_of_removal_is_named_when_saving_and_nothing_is_saved(
    counter: Counter, keys: Keyboard, store: Store, qtbot: QtBot
) -> None:
    view = _open(counter, keys, ChangeType.FAMILY_REMOVE)
    _participant(keys)
    keys.enter()  # cause left at '– choose –'
    keys.field("3171014308830002")
    keys.type("02-11-2026")
    cause = _label(view, "cause")
    assert not cause.isVisible()
    assert not view.documents.boxes  # they follow the cause, not chosen yet
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert cause.isVisible()
    assert cause.text() == "Pilih sebab pengurangan."
    assert view.panel().inputs["cause"].property("invalid") is True
    assert keys.focus is view.panel().inputs["cause"]
    assert _stored(store) == ([], 0)


def test_a_phone_with_letters_is_refused_while_typing(
    counter: Counter, keys: Keyboard, store: Store, qtbot: QtBot
) -> None:
    view = _open(counter, keys, ChangeType.CONTACT)
    _participant(keys)
    keys.type("0812 abc")
    label = _label(view, "phone")
    assert label.isVisible()
    assert "tidak boleh berisi huruf" in label.text()
    keys.enter()
    keys.field("budi@contoh")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Belum disimpan" in view.status.text()
    assert "Alamat email tidak sah" in _label(view, "email").text()
    assert _stored(store) == ([], 0)


def test_a_new_phone_number_is_saved_with_a_reference_and_the_form_is_cleared(
    counter: Counter, keys: Keyboard, store: Store, qtbot: QtBot
) -> None:
    view = _open(counter, keys, ChangeType.CONTACT)
    _participant(keys)
    keys.field("0812-3456-7890")
    keys.field("")
    keys.type("Jl. Merdeka No. 1, Gambir")
    keys.enter()  # the last field: save
    _saved(counter, qtbot, view)
    [change], rows = _stored(store)
    assert rows == 1
    assert change.change_type == "contact"
    assert change.new_values == {"phone": "+6281234567890", "address": "Jl. Merdeka No. 1, Gambir"}
    assert f"UBH-{change.uuid.hex[:4].upper()}" in view.status.text()
    assert view.card_number.text() == view.nik.text() == ""
    assert view.panel().line("phone").text() == ""
    assert view.current() is ChangeType.CONTACT
    assert keys.focus is view.card_number


def test_a_reactivation_shows_the_amount_to_pay_and_is_saved(
    counter: Counter, keys: Keyboard, store: Store, qtbot: QtBot
) -> None:
    view = _open(counter, keys, ChangeType.REACTIVATION)
    _participant(keys)
    _choose(keys, 5)  # PBPU
    _choose(keys, 3)  # class III
    keys.field("3")
    keys.field("30")
    assert "Rp2.625.000" in view.preview.text()
    assert "24 bulan" in view.preview.text()
    keys.type("10.000.000")
    assert "Rp6.000.000" in view.preview.text()
    keys.enter()
    _saved(counter, qtbot, view)
    assert "Rp2.625.000" in view.status.text()
    [change], rows = _stored(store)
    assert rows == 1
    assert change.change_type == "reactivation"
    assert change.new_values["amount_to_pay"] == 2_625_000


def test_a_newborn_and_an_fktp_change_are_saved_one_after_the_other(
    counter: Counter, keys: Keyboard, store: Store, qtbot: QtBot
) -> None:
    view = _open(counter, keys, ChangeType.FAMILY_ADD)
    _participant(keys)
    _choose(keys, 1)  # newborn
    keys.field(NEWBORN_NIK)
    keys.field("Bayi Santoso")
    assert [box.text() for box in view.documents.boxes.values()] == [
        "Kartu Keluarga (KK)",
        "Akta kelahiran atau surat keterangan lahir",
    ]
    _tick_all(keys, view)
    _saved(counter, qtbot, view)

    keys.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert keys.focus is view.change_type
    view.change_type.setCurrentIndex(list(ChangeType).index(ChangeType.FKTP))
    keys.enter()
    _participant(keys)
    _choose(keys, 5)  # PBPU
    _choose(keys, 2)  # moved house
    keys.field("0138B011")
    keys.field("01-10-2026")
    keys.enter()  # not TNI/Polri
    keys.press(Qt.Key.Key_Space)  # the letter of change of domicile
    assert "1 Desember 2026" in view.preview.text()
    keys.enter()  # the last box: save
    qtbot.waitUntil(lambda: not counter.worker.busy and "Perubahan FKTP" in view.status.text())
    changes, rows = _stored(store)
    assert rows == 2
    assert sorted(c.change_type for c in changes) == ["family_add", "fktp"]
    fktp = next(c for c in changes if c.change_type == "fktp")
    assert fktp.reason == "MOVED_DOMICILE" and fktp.effective_date == date(2026, 12, 1)


def test_switching_the_type_shows_that_types_fields_only(counter: Counter, qtbot: QtBot) -> None:
    view = _view(counter)
    counter.window.show_screen("changes")
    view.change_type.setCurrentIndex(list(ChangeType).index(ChangeType.ABROAD_IN))
    shown: list[QWidget] = [w for w in view.chain() if w.isVisibleTo(view)]
    assert shown == [
        view.change_type,
        view.card_number,
        view.nik,
        view.panels[ChangeType.ABROAD_IN].inputs["return_on"],
        *view.documents.boxes.values(),
    ]
    assert [b.text() for b in view.documents.boxes.values()] == ["Paspor"]


def test_the_screen_turns_to_english_with_the_language_toggle(
    counter: Counter, qtbot: QtBot
) -> None:
    view = _view(counter)
    counter.window.show_screen("changes")
    view.change_type.setCurrentIndex(list(ChangeType).index(ChangeType.RANK_SALARY))
    panel = view.panel()
    assert panel.captions["salary"].text() == "Gaji dan tunjangan per bulan"
    qtbot.keyClicks(panel.line("salary"), "5.250.000")
    counter.window.toggle_language()
    qtbot.waitUntil(lambda: view.title.text() == "Data changes")
    assert view.change_type.currentText() == "Rank and salary (civil servants, TNI/Polri)"
    assert panel.captions["salary"].text() == "Wage and allowances per month"
    assert "Latest salary list" in [b.text() for b in view.documents.boxes.values()]


def test_tab_visits_the_fields_of_the_type_then_its_documents_then_save(
    counter: Counter, keys: Keyboard, qtbot: QtBot
) -> None:
    view = _open(counter, keys, ChangeType.FAMILY_REMOVE)
    panel = view.panel()
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus is panel.inputs["cause"]
    keys.press(Qt.Key.Key_Down)  # death: its document appears
    visited = []
    for _ in range(4):
        keys.press(Qt.Key.Key_Tab)
        visited.append(keys.focus)
    [death_certificate] = view.documents.boxes.values()
    assert visited == [
        panel.inputs["member_nik"],
        panel.inputs["event_on"],
        death_certificate,
        view.save_button,
    ]
