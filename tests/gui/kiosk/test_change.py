"""FKTP and class change requests through the kiosk against a real server: identity by
NIK and birth date, refusals with their reason, nearby FKTPs, accepted requests that take
effect on the 1st of next month (DOMAIN.md "Data changes")."""

from __future__ import annotations

from datetime import timedelta

import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anjungan.core.clock import FixedClock
from anjungan.kiosk.app import KioskWindow
from anjungan.kiosk.screens.change import ChangeController
from anjungan.kiosk.screens.change_view import ChangeView
from tests.helpers.demo_server import PERSONA, DemoServer

from .conftest import ANSWER_MS, MakeKiosk, type_digits

# The personas' birth dates, as their NIKs encode them (DDMMYY, women +40 on the day).
BIRTH = {
    "pbpu_active": "12031980",
    "arrears_5": "14081975",
    "pbi": "10041962",
    "bp_pensioner": "17071956",
}


def identify(qtbot: QtBot, kiosk: KioskWindow, key: str, birth: str | None = None) -> ChangeView:
    qtbot.mouseClick(kiosk.home.tiles["change"], Qt.MouseButton.LeftButton)
    screen = kiosk.screens["change"]
    assert isinstance(screen, ChangeController)
    view = screen.view
    type_digits(view.identify.keypad, PERSONA[key].nik)
    assert view.current_page() is view.birth_page
    type_digits(view.date_entry, birth or BIRTH[key])
    qtbot.waitUntil(
        lambda: view.current_page() is view.choose_page or view.banner.isVisible(),
        timeout=ANSWER_MS,
    )
    return view


def confirm_and_wait(qtbot: QtBot, view: ChangeView) -> None:
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.current_page() is not view.confirm_page or view.banner.isVisible(),
        timeout=ANSWER_MS,
    )


def pending_changes(server: DemoServer, nik: str) -> list[dict[str, str]]:
    answer = requests.get(
        f"{server.base_url}/v1/participants/nik/{nik}",
        headers={"Authorization": f"Bearer {server.token}"},
        timeout=10,
    )
    return list(answer.json()["pending_changes"])


def test_fktp_change_to_a_nearby_fktp_is_accepted_from_the_first_of_next_month(
    qtbot: QtBot, kiosk: KioskWindow, server: DemoServer
) -> None:
    qtbot.waitUntil(lambda: kiosk.keeper.ready, timeout=ANSWER_MS)
    view = identify(qtbot, kiosk, "pbpu_active")
    assert view.who.text() == "BU** SA*****"
    assert view.fktp_row.value.text() == "PUSKESMAS GAMBIR (3171P001)"
    qtbot.mouseClick(view.fktp_button, Qt.MouseButton.LeftButton)
    choices = [b for b in view.fktp_buttons if b.isVisible()]
    assert choices and "3171P001" not in {b.key for b in choices}, "never the current FKTP"
    new = choices[0]
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert "PUSKESMAS GAMBIR" in view.confirm_text.text()
    assert new.title.text() in view.confirm_text.text()
    confirm_and_wait(qtbot, view)
    assert view.result_badge.text() == "REQUEST ACCEPTED"
    assert "1 December 2026" in view.result_text.text()
    assert pending_changes(server, PERSONA["pbpu_active"].nik) == [
        {"kind": "FKTP", "new_value": new.key, "effective_on": "2026-12-01"}
    ]


def test_a_wrong_birth_date_is_refused_and_asked_again(
    qtbot: QtBot, kiosk: KioskWindow, server: DemoServer
) -> None:
    qtbot.waitUntil(lambda: kiosk.keeper.ready, timeout=ANSWER_MS)
    view = identify(qtbot, kiosk, "pbpu_active", birth="13031980")
    qtbot.mouseClick(view.fktp_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.fktp_buttons[0], Qt.MouseButton.LeftButton)
    confirm_and_wait(qtbot, view)
    assert view.current_page() is view.birth_page
    assert "birth date does not match" in view.banner.text.text()
    assert view.date_entry.value() is None, "the wrong date is not kept"
    assert pending_changes(server, PERSONA["pbpu_active"].nik) == []


def test_pbi_is_sent_to_the_counter_for_an_fktp_change_and_cannot_change_class(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    view = identify(qtbot, kiosk, "pbi")
    qtbot.mouseClick(view.fktp_button, Qt.MouseButton.LeftButton)
    assert view.result_badge.text() == "NOT POSSIBLE HERE"
    assert "cannot be made at the self-service kiosk" in view.result_text.text()
    assert "Care Center 165" in view.result_note.text()
    view.show_page(view.choose_page)
    qtbot.mouseClick(view.class_button, Qt.MouseButton.LeftButton)
    assert "Only self-paying PBPU/BP participants" in view.result_text.text()


def test_a_suspended_participant_must_pay_first(qtbot: QtBot, kiosk: KioskWindow) -> None:
    view = identify(qtbot, kiosk, "arrears_5")
    qtbot.mouseClick(view.class_button, Qt.MouseButton.LeftButton)
    assert view.result_badge.text() == "NOT POSSIBLE HERE"
    assert "not active" in view.result_text.text()


def test_class_change_for_the_whole_family_is_accepted(
    qtbot: QtBot, kiosk: KioskWindow, server: DemoServer
) -> None:
    view = identify(qtbot, kiosk, "pbpu_active")
    qtbot.mouseClick(view.class_button, Qt.MouseButton.LeftButton)
    offered = [c.value for c, b in view.class_buttons.items() if b.isVisible()]
    assert offered == ["I", "II"], "every class but the current one"
    qtbot.mouseClick(
        view.class_buttons[next(c for c in view.class_buttons if c.value == "II")],
        Qt.MouseButton.LeftButton,
    )
    assert "from Class III to Class II" in view.confirm_text.text()
    confirm_and_wait(qtbot, view)
    assert view.result_badge.text() == "REQUEST ACCEPTED"
    assert pending_changes(server, PERSONA["pbpu_active"].nik)[0]["new_value"] == "II"


def test_a_second_fktp_change_within_three_months_is_refused_with_the_first_allowed_day(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: FixedClock
) -> None:
    kiosk = make_kiosk()
    qtbot.waitUntil(lambda: kiosk.keeper.ready, timeout=ANSWER_MS)
    view = identify(qtbot, kiosk, "bp_pensioner")
    qtbot.mouseClick(view.fktp_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.fktp_buttons[0], Qt.MouseButton.LeftButton)
    confirm_and_wait(qtbot, view)
    assert view.result_badge.text() == "REQUEST ACCEPTED"
    kiosk.go_home()
    clock.advance(timedelta(days=9))  # 2 December 2026: the change has taken effect
    view = identify(qtbot, kiosk, "bp_pensioner")
    qtbot.mouseClick(view.fktp_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.fktp_buttons[0], Qt.MouseButton.LeftButton)
    confirm_and_wait(qtbot, view)
    assert view.result_badge.text() == "NOT POSSIBLE HERE"
    assert "3 months" in view.result_text.text()
    assert "You can ask again from 1 March 2027." in view.result_note.text()


def test_a_card_number_is_not_enough_for_a_change(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(kiosk.home.tiles["change"], Qt.MouseButton.LeftButton)
    view = kiosk.screens["change"].view
    assert isinstance(view, ChangeView)
    type_digits(view.identify.keypad, PERSONA["pbpu_active"].card_number)
    assert view.current_page() is view.identify
    assert "16 digits on your KTP" in view.banner.text.text()
