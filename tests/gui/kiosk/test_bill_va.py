"""The bill and the virtual account screens show the server's figures in plain words and
print them as slips on a real (loopback) network printer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anjungan.kiosk.app import KioskWindow
from anjungan.kiosk.screens.bill import BillView
from anjungan.kiosk.screens.va import VaView
from tests.helpers.demo_server import PERSONA
from tests.integration.printing.fake_printers import fake_printer

from .conftest import ANSWER_MS, MakeKiosk, screen_text, type_digits


def open_bill(qtbot: QtBot, kiosk: KioskWindow, number: str) -> BillView:
    qtbot.mouseClick(kiosk.home.tiles["bill"], Qt.MouseButton.LeftButton)
    view = kiosk.screens["bill"].view
    assert isinstance(view, BillView)
    type_digits(view.identify.keypad, number)
    qtbot.waitUntil(
        lambda: view.current_page() is view.result or view.banner.isVisible(), timeout=ANSWER_MS
    )
    return view


def open_va(qtbot: QtBot, kiosk: KioskWindow, number: str) -> VaView:
    qtbot.mouseClick(kiosk.home.tiles["va"], Qt.MouseButton.LeftButton)
    view = kiosk.screens["va"].view
    assert isinstance(view, VaView)
    type_digits(view.identify.keypad, number)
    qtbot.waitUntil(lambda: view.family.text() != "" or view.banner.isVisible(), timeout=ANSWER_MS)
    return view


def test_thirty_months_in_arrears_pay_24_plus_this_month_and_the_penalty_is_explained(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    view = open_bill(qtbot, kiosk, PERSONA["arrears_30"].nik)
    # Class I Rp150,000 x (24 counted + November) = Rp3,750,000 (DOMAIN.md: at most 24).
    assert view.amount_caption.text() == "To reactivate your cover, pay"
    assert view.amount.text() == "Rp3,750,000"
    assert "24 months" in view.amount_note.text()
    assert view.rows["arrears"].value.text() == "30"
    assert view.rows["counted"].value.text() == "24"
    penalty = view.penalty_text.text()
    assert view.penalty_card.isVisible()
    for fact in ("45 days", "5% of", "at most 12 months", "Rp30,000,000", "12 months would count"):
        assert fact in penalty, fact


def test_a_paid_up_family_has_nothing_to_pay_and_sees_its_monthly_share(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    view = open_bill(qtbot, kiosk, PERSONA["pbpu_active"].nik)
    assert view.amount_caption.text() == "Nothing to pay now"
    # Class III: Rp42,000 x 4 people in all, of which the family pays Rp35,000 each.
    assert view.rows["iuran"].value.text() == "Rp168,000"
    assert view.rows["payable"].value.text() == "Rp140,000"
    assert "Rp140,000 a month" in view.amount_note.text()
    assert not view.penalty_card.isVisible()


def test_pbi_bill_says_the_government_pays(qtbot: QtBot, kiosk: KioskWindow) -> None:
    view = open_bill(qtbot, kiosk, PERSONA["pbi"].nik)
    assert view.amount_caption.text() == "Nothing for you to pay at the kiosk"
    assert "Central government" in view.amount_note.text()
    assert not view.amount.isVisible(), "no big amount that reads like a bill"
    assert not view.va_button.isVisible()


def test_va_lists_one_number_per_bank_with_the_reactivation_amount(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    view = open_va(qtbot, kiosk, PERSONA["arrears_5"].nik)
    banks = {row.label.text(): row.value.text() for row in view.bank_rows if row.isVisible()}
    # DOMAIN.md: 88888 (BRI, BNI, BTN, BCA) / 89888 (Mandiri) + the card's last 11 digits.
    assert banks["BRI"] == "8888 8019 4435 8921"
    assert banks["MANDIRI"] == "8988 8019 4435 8921"
    assert set(banks) == {"BRI", "BNI", "BTN", "BCA", "MANDIRI"}
    assert view.amount.text() == "Rp1,800,000"
    assert "ATM" in screen_text(view)


def test_va_of_a_ppu_family_says_who_pays_instead(qtbot: QtBot, kiosk: KioskWindow) -> None:
    view = open_va(qtbot, kiosk, PERSONA["ppu_15m"].nik)
    assert "There is no virtual account" in view.none_text.text()
    assert "Employer" in view.none_text.text()
    assert not any(row.isVisible() for row in view.bank_rows)


def test_va_slip_prints_the_numbers_on_a_network_printer(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    with fake_printer() as printer:
        kiosk = make_kiosk(printer=printer.uri)
        view = open_va(qtbot, kiosk, PERSONA["arrears_5"].nik)
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Printed" in view.banner.text.text(), timeout=ANSWER_MS)
        received = printer.finish()
    assert b"8888801944358921" in received
    assert b"8988801944358921" in received
    assert b"VIRTUAL ACCOUNT IURAN JKN" in received


def test_bill_slip_prints_the_figures(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    with fake_printer() as printer:
        kiosk = make_kiosk(printer=printer.uri)
        view = open_bill(qtbot, kiosk, PERSONA["arrears_30"].nik)
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Printed" in view.banner.text.text(), timeout=ANSWER_MS)
        received = printer.finish()
    assert b"Rp3.750.000" in received
    assert b"NONAKTIF" in received
