"""Idle reset (DESIGN.md "Security": the kiosk forgets everything on idle reset): after the
still-there countdown no widget anywhere holds the participant's NIK, name, birth date or
virtual account, and the kiosk is home with the watchdog resting."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anjungan.kiosk.app import KioskWindow
from anjungan.kiosk.ui.keypad import group_digits
from tests.helpers.demo_server import PERSONA

from .conftest import ANSWER_MS, SHORT, MakeKiosk, texts, type_digits, wait_answer

PERSON = PERSONA["pbpu_active"]
PERSONAL = (
    PERSON.nik,
    group_digits(PERSON.nik),
    PERSON.card_number,
    group_digits(PERSON.card_number),
    PERSON.name,
    "BU** SA*****",  # the masked name the server sends
    "SI** AM****",  # a masked family member
    "317101********01",  # the masked NIK
    "12 / 03 / 1980",  # the birth date typed for a change request
    "8888 8019 4435 8911",  # the family's VA
)
TICK = timedelta(milliseconds=40)


def idle_kiosk(make_kiosk: MakeKiosk, countdown: int = 2) -> KioskWindow:
    return make_kiosk(build={"idle_timeout": SHORT, "countdown": countdown, "countdown_tick": TICK})


def leaked(kiosk: KioskWindow) -> list[str]:
    return [t for t in texts(kiosk) if any(p in t for p in PERSONAL)]


def fill_every_screen(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """Put one participant's data on every screen that shows personal data (with the
    watchdog resting meanwhile: the test starts it when everything is on screen)."""

    def show(key: str) -> None:
        kiosk.show_screen(key)
        kiosk.watchdog.stop()

    for key in ("status", "bill", "va"):
        show(key)
        kiosk.screens[key].open_with(PERSON.nik, "nik")  # type: ignore[attr-defined]
    wait_answer(qtbot, kiosk)
    show("change")
    change = kiosk.screens["change"].view
    type_digits(change.identify.keypad, PERSON.nik)  # type: ignore[attr-defined]
    type_digits(change.date_entry, "12031980")  # type: ignore[attr-defined]
    wait_answer(qtbot, kiosk)
    show("status")
    status = kiosk.screens["status"].view
    # And the digits typed on a keypad, not yet sent.
    keypad = kiosk.screens["bill"].view.identify.keypad  # type: ignore[attr-defined]
    for digit in PERSON.nik:
        keypad.press(digit)
    assert status.isVisible()


def test_after_the_countdown_no_widget_holds_the_nik_or_the_name(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = idle_kiosk(make_kiosk)
    fill_every_screen(qtbot, kiosk)
    assert len(leaked(kiosk)) > 5, "the test must see the data before the reset"
    kiosk.watchdog.start()
    qtbot.waitUntil(kiosk.still_there.isVisible, timeout=ANSWER_MS)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.home, timeout=ANSWER_MS)
    assert leaked(kiosk) == []
    assert not kiosk.watchdog.armed, "no question is asked on the home screen"
    for screen in kiosk.screens.values():
        for attribute in ("answer", "identifier", "nik", "birth_date", "person"):
            value = getattr(screen, attribute, None)
            assert value is None or callable(value), attribute


def test_a_tap_on_still_there_keeps_the_session(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = idle_kiosk(make_kiosk, countdown=200)  # 8 s to answer
    qtbot.mouseClick(kiosk.home.tiles["status"], Qt.MouseButton.LeftButton)
    kiosk.screens["status"].open_with(PERSON.nik, "nik")  # type: ignore[attr-defined]
    wait_answer(qtbot, kiosk)
    qtbot.waitUntil(kiosk.still_there.isVisible, timeout=ANSWER_MS)
    qtbot.mouseClick(kiosk.still_there.continue_button, Qt.MouseButton.LeftButton)
    assert kiosk.current_screen() == "status"
    assert "BU** SA*****" in texts(kiosk)
    assert kiosk.watchdog.armed


def test_the_watchdog_rests_on_the_home_screen(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = idle_kiosk(make_kiosk)
    assert not kiosk.watchdog.armed
    qtbot.mouseClick(kiosk.home.tiles["info"], Qt.MouseButton.LeftButton)
    assert kiosk.watchdog.armed
    qtbot.mouseClick(kiosk.screens["info"].view.home_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert kiosk.stack.currentWidget() is kiosk.home
    assert not kiosk.watchdog.armed


def test_an_answer_arriving_after_the_reset_is_dropped(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    qtbot.mouseClick(kiosk.home.tiles["status"], Qt.MouseButton.LeftButton)
    kiosk.screens["status"].open_with(PERSON.nik, "nik")  # type: ignore[attr-defined]
    kiosk.go_home()  # before the answer is back
    kiosk.worker.wait(ANSWER_MS)
    qtbot.wait(50)  # let a late delivery run, if one were still wanted
    assert leaked(kiosk) == []
    assert kiosk.screens["status"].answer is None  # type: ignore[attr-defined]
