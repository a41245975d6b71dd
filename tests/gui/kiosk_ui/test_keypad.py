"""The NIK / card keypad: grouped digits, the core's verdict in plain words, OK only when
valid, and nothing kept after a reset."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.nik import is_valid_nik, parse_nik
from anjungan.core.errors import ValidationError
from anjungan.kiosk.ui.i18n import LanguageSwitch
from anjungan.kiosk.ui.keypad import Keypad, assess, group_digits

from .conftest import MakeHost

VALID_NIK = "3171010101900001"  # Jakarta Pusat, born 1 Jan 1990, serial 0001
NIK_MONTH_13 = "3171010113900001"
CARD = "0001944358911"


def tap(qtbot, keypad: Keypad, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(keypad.digit_keys[digit], Qt.MouseButton.LeftButton)


@pytest.fixture
def keypad(make_host: MakeHost, clock: FixedClock) -> Keypad:
    pad = Keypad(clock)
    make_host(pad)
    return pad


def test_tapping_a_valid_nik_shows_groups_of_four_and_enables_ok(
    qtbot: QtBot, keypad: Keypad
) -> None:
    assert not keypad.ok_key.isEnabled()
    tap(qtbot, keypad, VALID_NIK)
    assert keypad.display.text() == "3171 0101 0190 0001"
    assert keypad.ok_key.isEnabled()
    assert keypad.message.text() == "NIK complete. Check it against your KTP, then press OK."
    with qtbot.waitSignal(keypad.submitted) as signal:
        qtbot.mouseClick(keypad.ok_key, Qt.MouseButton.LeftButton)
    assert signal.args == [VALID_NIK, "nik"]


def test_nik_with_month_13_shows_the_domain_message_and_ok_stays_disabled(
    qtbot: QtBot, keypad: Keypad, clock: FixedClock
) -> None:
    tap(qtbot, keypad, NIK_MONTH_13)
    with pytest.raises(ValidationError) as caught:
        parse_nik(NIK_MONTH_13, clock.today())
    assert caught.value.code == "invalid_month"
    assert keypad.message.text() == caught.value.message("en")
    assert keypad.message.property("state") == "error"
    assert not keypad.ok_key.isEnabled()
    with qtbot.assertNotEmitted(keypad.submitted):
        keypad.submit()
        qtbot.keyClick(keypad, Qt.Key.Key_Return)


def test_domain_message_follows_the_language(
    qtbot: QtBot, keypad: Keypad, clock: FixedClock, languages: LanguageSwitch
) -> None:
    tap(qtbot, keypad, NIK_MONTH_13)
    languages.set_language("id")
    expected = (
        "Digit ke-9 dan ke-10 NIK (bulan lahir) harus 01-12. Periksa kembali dan ketik ulang."
    )
    qtbot.waitUntil(lambda: keypad.message.text() == expected)
    assert keypad.ok_key.text() == "OK"
    assert keypad.clear_key.text() == "Hapus semua"


def test_thirteen_digits_are_a_card_number(qtbot: QtBot, keypad: Keypad) -> None:
    tap(qtbot, keypad, CARD)
    assert keypad.display.text() == "0001 9443 5891 1"
    assert keypad.verdict.kind == "card"
    assert keypad.ok_key.isEnabled()
    with qtbot.waitSignal(keypad.submitted) as signal:
        qtbot.mouseClick(keypad.ok_key, Qt.MouseButton.LeftButton)
    assert signal.args == [CARD, "card"]


def test_all_zero_card_number_is_refused(qtbot: QtBot, keypad: Keypad) -> None:
    tap(qtbot, keypad, "0" * 13)
    assert keypad.verdict.error is not None and keypad.verdict.error.code == "all_zero"
    assert not keypad.ok_key.isEnabled()


def test_missing_digits_are_counted_in_the_message(
    qtbot: QtBot, keypad: Keypad, languages: LanguageSwitch
) -> None:
    tap(qtbot, keypad, VALID_NIK[:14])
    assert keypad.message.text() == "A NIK has 16 digits: 2 more to go."
    assert not keypad.ok_key.isEnabled()
    languages.set_language("id")
    qtbot.waitUntil(lambda: keypad.message.text() == "NIK harus 16 angka — kurang 2 angka.")
    keypad.backspace()
    assert (
        keypad.message.text()
        == "Nomor kartu JKN lengkap. Tekan OK, atau lanjutkan mengetik bila ini NIK."
    )


def test_short_input_says_both_lengths(qtbot: QtBot, keypad: Keypad) -> None:
    tap(qtbot, keypad, "3171")
    assert keypad.message.text() == ("Digits typed: 4. A JKN card number has 13 digits, a NIK 16.")
    assert keypad.message.property("state") == "hint"


def test_digits_past_sixteen_are_ignored(qtbot: QtBot, keypad: Keypad) -> None:
    tap(qtbot, keypad, VALID_NIK + "99")
    assert keypad.display.text().replace(" ", "") == VALID_NIK


def test_backspace_and_clear_keys_edit_the_digits(qtbot: QtBot, keypad: Keypad) -> None:
    tap(qtbot, keypad, "31710")
    qtbot.mouseClick(keypad.backspace_key, Qt.MouseButton.LeftButton)
    assert keypad.display.text() == "3171"
    qtbot.mouseClick(keypad.clear_key, Qt.MouseButton.LeftButton)
    assert keypad.display.text() == ""


def test_reset_forgets_every_digit(qtbot: QtBot, keypad: Keypad) -> None:
    tap(qtbot, keypad, VALID_NIK)
    keypad.reset()
    shown = [label.text() for label in keypad.findChildren(QLabel)]
    assert not any(VALID_NIK[:4] in text or "0001" in text for text in shown)
    assert keypad.display.text() == ""
    assert not keypad.ok_key.isEnabled()
    assert keypad.verdict.kind is None
    assert keypad.message.text().startswith("Type the 16-digit NIK")
    with qtbot.assertNotEmitted(keypad.submitted):
        keypad.submit()


def test_a_hardware_keypad_or_scanner_types_and_submits(qtbot: QtBot, keypad: Keypad) -> None:
    keypad.setFocus()
    qtbot.keyClicks(keypad, "0001-9443-5891-1")  # separators are not digits: ignored
    assert keypad.display.text() == "0001 9443 5891 1"
    with qtbot.waitSignal(keypad.submitted) as signal:
        qtbot.keyClick(keypad, Qt.Key.Key_Enter)
    assert signal.args == [CARD, "card"]


def test_kk_screen_accepts_a_family_card_number_a_nik_screen_refuses(
    qtbot: QtBot, make_host: MakeHost, clock: FixedClock
) -> None:
    kk_number = "3171019912345678"  # "day" 99: fine for a KK, impossible in a NIK
    kk_pad = Keypad(clock, sixteen="kk")
    nik_pad = Keypad(clock)
    make_host(kk_pad, nik_pad)
    tap(qtbot, kk_pad, kk_number)
    tap(qtbot, nik_pad, kk_number)
    assert kk_pad.ok_key.isEnabled() and kk_pad.verdict.kind == "kk"
    assert not nik_pad.ok_key.isEnabled()
    assert nik_pad.verdict.error is not None and nik_pad.verdict.error.code == "invalid_day"


def test_the_keypad_judges_the_birth_date_by_the_injected_clock(
    qtbot: QtBot, make_host: MakeHost
) -> None:
    # 29 Feb "00": year 2000 (a leap year) seen from 2026, but 1900 (not one) from 1999.
    leap_day_nik = "3171012902000001"
    now = Keypad(FixedClock())
    then = Keypad(FixedClock(datetime(1999, 6, 1, 9, 0, tzinfo=WIB)))
    make_host(now, then)
    tap(qtbot, now, leap_day_nik)
    tap(qtbot, then, leap_day_nik)
    assert now.ok_key.isEnabled()
    assert not then.ok_key.isEnabled()
    assert then.verdict.error is not None and then.verdict.error.code == "invalid_date"


def test_assess_gives_no_kind_before_a_full_length() -> None:
    assert assess("317101010190", date(2026, 11, 23)).kind is None
    assert assess("31710101019000", date(2026, 11, 23)).kind is None


def test_group_digits_groups_of_four_from_the_left() -> None:
    assert group_digits("0001944358911") == "0001 9443 5891 1"
    assert group_digits("") == ""


@given(st.text(alphabet="0123456789", max_size=16))
def test_grouping_keeps_every_digit_in_order(digits: str) -> None:
    grouped = group_digits(digits)
    assert grouped.replace(" ", "") == digits
    assert all(len(group) <= 4 for group in grouped.split(" "))


@settings(
    deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_ok_is_enabled_exactly_when_core_accepts_the_nik(keypad: Keypad, digits: str) -> None:
    keypad.reset()
    for digit in digits:
        keypad.press(digit)
    assert keypad.ok_key.isEnabled() == is_valid_nik(digits, date(2026, 11, 23))
