"""Offline and message banners: the age of saved data from an injected clock, and a
message with its next step in the participant's language."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.card import parse_card_number
from anjungan.core.errors import ValidationError
from anjungan.kiosk.ui.banner import (
    DataAge,
    Level,
    MessageBanner,
    NextStep,
    OfflineBanner,
    data_age,
)
from anjungan.kiosk.ui.i18n import LanguageSwitch

from .conftest import MakeHost

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)


def test_offline_banner_shows_the_age_for_a_fixed_clock(
    qtbot: QtBot, make_host: MakeHost, clock: FixedClock, languages: LanguageSwitch
) -> None:
    banner = OfflineBanner(clock)
    make_host(banner)
    banner.set_last_updated(clock.now() - timedelta(hours=3))
    assert banner.text.text() == "Offline — data last updated 3 hours ago."
    languages.set_language("id")
    qtbot.waitUntil(
        lambda: banner.text.text() == "Mode luring — data terakhir diperbarui 3 jam lalu."
    )


def test_offline_banner_ages_while_it_is_shown(
    qtbot: QtBot, make_host: MakeHost, clock: FixedClock
) -> None:
    banner = OfflineBanner(clock, refresh_interval=timedelta(milliseconds=10))
    make_host(banner)
    banner.set_last_updated(clock.now() - timedelta(minutes=59))
    assert banner.text.text() == "Offline — data last updated 59 minutes ago."
    clock.advance(timedelta(minutes=1))
    qtbot.waitUntil(lambda: banner.text.text() == "Offline — data last updated 1 hour ago.")


def test_offline_banner_without_saved_data_says_so(make_host: MakeHost, clock: FixedClock) -> None:
    banner = OfflineBanner(clock)
    make_host(banner)
    assert banner.text.text() == "Offline — no saved data on this kiosk yet."


def test_data_age_picks_the_largest_whole_unit() -> None:
    assert data_age(NOW - timedelta(seconds=59), NOW) == DataAge("now", 0)
    assert data_age(NOW - timedelta(minutes=179), NOW) == DataAge("hours", 2)
    assert data_age(NOW - timedelta(days=2, hours=23), NOW) == DataAge("days", 2)
    assert data_age(NOW + timedelta(minutes=5), NOW) == DataAge("now", 0)


UNIT_MINUTES = {"now": 1, "minutes": 1, "hours": 60, "days": 24 * 60}


@given(st.integers(min_value=0, max_value=400 * 24 * 60 * 60))
def test_data_age_never_overstates_and_is_off_by_less_than_one_unit(seconds: int) -> None:
    age = data_age(NOW - timedelta(seconds=seconds), NOW)
    minutes = seconds // 60
    unit = UNIT_MINUTES[age.unit]
    assert age.count * unit <= minutes < (age.count + 1) * unit or age.unit == "now"
    assert (age.unit == "now") == (minutes < 1)


def test_message_banner_shows_a_domain_error_with_its_next_step(
    qtbot: QtBot, make_host: MakeHost, languages: LanguageSwitch
) -> None:
    banner = MessageBanner()
    make_host(banner)
    assert not banner.isVisible()
    try:
        parse_card_number("0" * 13)
    except ValidationError as error:
        banner.show_message(Level.ERROR, error, NextStep.CARE_CENTER)
    assert banner.isVisible()
    assert banner.property("level") == "error"
    assert banner.text.text().startswith("The JKN card number cannot be all zeros.")
    assert banner.step.text() == "Call Care Center 165 or come to the counter."
    languages.set_language("id")
    qtbot.waitUntil(lambda: banner.step.text() == "Hubungi Care Center 165 atau datang ke loket.")
    assert banner.text.text().startswith("Nomor kartu JKN tidak boleh nol semua.")
    banner.clear()
    assert not banner.isVisible() and banner.text.text() == ""


def test_message_banner_takes_translated_text_and_hides_an_empty_step(make_host: MakeHost) -> None:
    banner = MessageBanner()
    make_host(banner)
    banner.show_message(Level.WARNING, "The printer is out of paper.", "Ask an officer for help.")
    assert banner.property("level") == "warning"
    assert banner.step.text() == "Ask an officer for help."
    banner.show_message(Level.INFO, "Your card is active.")
    assert banner.property("level") == "info"
    assert banner.step.isHidden()
