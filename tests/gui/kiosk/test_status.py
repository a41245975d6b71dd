"""Membership status against a real server: the right words for each kind of participant,
the next step when cover has stopped, and a plain message when the server is down."""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anjungan.kiosk.app import KioskWindow
from anjungan.kiosk.screens.status import StatusView
from anjungan.sync.api import ApiClient
from tests.helpers.demo_server import PERSONA

from .conftest import ANSWER_MS, screen_text, type_digits, wait_answer


def _status(kiosk: KioskWindow) -> StatusView:
    view = kiosk.screens["status"].view
    assert isinstance(view, StatusView)
    return view


def check(qtbot: QtBot, kiosk: KioskWindow, number: str) -> StatusView:
    qtbot.mouseClick(kiosk.home.tiles["status"], Qt.MouseButton.LeftButton)
    view = _status(kiosk)
    type_digits(view.identify.keypad, number)
    qtbot.waitUntil(lambda: view.badge.text() != "" or view.banner.isVisible(), timeout=ANSWER_MS)
    return view


def test_active_pbpu_family_is_active_with_segment_class_fktp_and_masked_members(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    view = check(qtbot, kiosk, PERSONA["pbpu_active"].nik)
    assert view.badge.text() == "ACTIVE"
    assert view.message.text() == "Active."
    assert view.segment_row.value.text() == "Self-employed, paying their own contribution"
    assert view.class_row.value.text() == "Class III"
    assert view.fktp_row.value.text() == "PUSKESMAS GAMBIR (3171P001)"
    assert view.name_row.value.text() == "BU** SA*****"
    assert view.number_row.value.text() == "317101********01"
    shown = [row.label.text() for row in view.member_rows if row.isVisible()]
    assert shown == ["BU** SA*****", "SI** AM****", "RI*** PR*****", "AY* LE*****"]
    assert not view.next_card.isVisible()
    assert view.va_button.isVisible(), "a self-paying family has a VA"


def test_suspended_family_hears_why_since_when_and_what_to_do(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    view = check(qtbot, kiosk, PERSONA["arrears_5"].nik)
    assert view.badge.text() == "NOT ACTIVE"
    assert "5 months of unpaid contributions" in view.message.text()
    assert "1 July 2026" in view.message.text()
    assert view.next_card.isVisible()
    assert "virtual account" in view.next_text.text()
    assert "Care Center 165" in view.next_text.text()
    assert view.bill_button.isVisible() and view.va_button.isVisible()


def test_pbi_participant_is_active_and_has_no_va_to_pay(qtbot: QtBot, kiosk: KioskWindow) -> None:
    view = check(qtbot, kiosk, PERSONA["pbi"].nik)
    assert view.badge.text() == "ACTIVE"
    assert "PBI JK" in view.segment_row.value.text()
    assert not view.va_button.isVisible()


def test_ppu_participant_found_by_card_number(qtbot: QtBot, kiosk: KioskWindow) -> None:
    view = check(qtbot, kiosk, PERSONA["ppu_15m"].card_number)
    assert view.badge.text() == "ACTIVE"
    assert view.segment_row.value.text() == "Wage earner, private employer"
    assert view.class_row.value.text() == "Class I"


def test_unknown_nik_says_not_found_and_to_check_the_number(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    # A well-formed NIK (Gambir, born 12 March 1980, serial 0099) that nobody has.
    view = check(qtbot, kiosk, "3171011203800099")
    assert view.banner.text.text() == "A participant with that number was not found."
    assert view.banner.step.text() == "Check the number and type it again."
    assert view.current_page() is view.identify
    assert view.badge.text() == ""


def test_malformed_nik_never_reaches_the_server_and_a_server_refusal_is_shown(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    qtbot.mouseClick(kiosk.home.tiles["status"], Qt.MouseButton.LeftButton)
    view = _status(kiosk)
    keypad = view.identify.keypad
    type_digits(keypad, "3171011213800001")  # month 13
    assert not keypad.ok_key.isEnabled()
    assert not kiosk.screens["status"].flow.busy  # type: ignore[attr-defined]
    assert not view.busy.isVisible()
    # The server's own check answers the same kind of mistake with its sentence (422).
    kiosk.screens["status"].open_with("3171011203800000", "nik")  # type: ignore[attr-defined]
    wait_answer(qtbot, kiosk)
    assert "0000" in view.banner.text.text()


def test_server_down_names_care_center_165_and_the_counter(
    qtbot: QtBot, offline_kiosk: KioskWindow
) -> None:
    view = check(qtbot, offline_kiosk, PERSONA["pbpu_active"].nik)
    assert "cannot be reached" in view.banner.text.text()
    assert view.banner.step.text() == "Call Care Center 165 or come to the counter."
    assert not view.busy.isVisible(), "nothing stays frozen behind the busy layer"
    qtbot.waitUntil(offline_kiosk.offline_banner.isVisible, timeout=ANSWER_MS)


def test_see_the_bill_carries_the_number_to_the_bill_screen(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    view = check(qtbot, kiosk, PERSONA["arrears_5"].nik)
    qtbot.mouseClick(view.bill_button, Qt.MouseButton.LeftButton)
    assert kiosk.current_screen() == "bill"
    bill = kiosk.screens["bill"].view
    qtbot.waitUntil(lambda: bill.amount.text() != "", timeout=ANSWER_MS)  # type: ignore[attr-defined]
    assert bill.amount.text() == "Rp1,800,000"  # type: ignore[attr-defined]


def test_indonesian_is_the_first_language_and_the_toggle_retranslates_the_result(
    qtbot: QtBot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(language="id")
    view = check(qtbot, kiosk, PERSONA["arrears_5"].nik)
    assert view.badge.text() == "TIDAK AKTIF"
    assert "tunggakan iuran 5 bulan" in view.message.text()
    assert "Langkah selanjutnya" in screen_text(view)
    qtbot.mouseClick(kiosk.top_bar.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.badge.text() == "NOT ACTIVE")
    assert "5 months of unpaid" in view.message.text()


def test_cancel_on_the_busy_layer_frees_the_screen_and_the_late_answer_is_dropped(
    qtbot: QtBot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # accepts connections (kernel) but never answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        kiosk = make_kiosk(server_url=url, build={"api": ApiClient(url, "t", read_timeout=1.0)})
        qtbot.mouseClick(kiosk.home.tiles["status"], Qt.MouseButton.LeftButton)
        view = _status(kiosk)
        type_digits(view.identify.keypad, PERSONA["pbpu_active"].nik)
        qtbot.waitUntil(view.busy.isVisible)
        assert view.busy.cancel_button.isVisible()
        qtbot.mouseClick(view.busy.cancel_button, Qt.MouseButton.LeftButton)
        assert not view.busy.isVisible()
        assert view.current_page() is view.identify
        kiosk.worker.wait(ANSWER_MS)  # the timed-out answer comes back, unwanted
        qtbot.wait(50)
    assert not view.banner.isVisible(), "a cancelled call shows nothing"
