"""Idle reset: silence trips the watchdog, the still-there question counts down, a tap
keeps the session, no tap expires it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from anjungan.kiosk.ui.i18n import LanguageSwitch
from anjungan.kiosk.ui.idle import DEFAULT_IDLE_TIMEOUT, IdleWatchdog
from anjungan.kiosk.ui.still_there import StillThereDialog, watch_idle

from .conftest import MakeHost

SHORT = timedelta(milliseconds=60)
TICK = timedelta(milliseconds=20)


@pytest.fixture
def watchdog(qapp: QApplication):
    dog = IdleWatchdog(qapp, SHORT)
    yield dog
    dog.uninstall()


def test_defaults_are_sixty_seconds_idle_and_a_fifteen_second_countdown(
    qapp: QApplication, make_host: MakeHost
) -> None:
    dog = IdleWatchdog(qapp)
    screen = QWidget()
    make_host(screen)
    dialog = StillThereDialog(screen)
    try:
        assert dog.idle_timeout == DEFAULT_IDLE_TIMEOUT == timedelta(seconds=60)
        dialog.start()
        assert dialog.count.text() == "15"
    finally:
        dog.uninstall()


def test_after_the_timeout_the_question_appears_and_a_tap_dismisses_it(
    qtbot: QtBot, make_host: MakeHost, watchdog: IdleWatchdog
) -> None:
    screen = QWidget()
    make_host(screen)
    dialog = StillThereDialog(screen, countdown=50, tick=TICK)
    watch_idle(watchdog, dialog)
    watchdog.start()
    with qtbot.waitSignal(watchdog.idle, timeout=2000):
        pass
    assert dialog.isVisible() and dialog.asking
    assert not watchdog.armed, "the watchdog rests while the question is up"
    with qtbot.waitSignal(dialog.continued), qtbot.assertNotEmitted(dialog.expired):
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert watchdog.armed, "counting starts again for the same participant"


def test_a_tap_anywhere_on_the_question_counts_as_still_there(
    qtbot: QtBot, make_host: MakeHost
) -> None:
    screen = QWidget()
    make_host(screen)
    dialog = StillThereDialog(screen, countdown=50, tick=TICK)
    dialog.start()
    with qtbot.waitSignal(dialog.continued):
        qtbot.mouseClick(dialog, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not dialog.isVisible()


def test_no_tap_counts_down_to_zero_and_expires(
    qtbot: QtBot, make_host: MakeHost, watchdog: IdleWatchdog
) -> None:
    screen = QWidget()
    make_host(screen)
    dialog = StillThereDialog(screen, countdown=3, tick=TICK)
    watch_idle(watchdog, dialog)
    watchdog.start()
    with qtbot.waitSignal(watchdog.idle, timeout=2000):
        pass
    assert dialog.count.text() == "3"
    qtbot.waitUntil(lambda: dialog.count.text() == "2", timeout=2000)
    with qtbot.waitSignal(dialog.expired, timeout=2000), qtbot.assertNotEmitted(dialog.continued):
        pass
    assert not dialog.isVisible()
    assert watchdog.armed, "re-armed for the next participant"


def test_activity_restarts_the_countdown_to_idle(
    qtbot: QtBot, qapp: QApplication, make_host: MakeHost
) -> None:
    dog = IdleWatchdog(qapp, timedelta(seconds=10))
    button = QPushButton("tap")
    make_host(button)
    try:
        dog.start()
        qtbot.wait(300)
        before = dog.remaining
        assert before < timedelta(seconds=9.8)
        with qtbot.waitSignal(button.clicked):  # the filter watches, never swallows
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dog.remaining > before
    finally:
        dog.uninstall()


def test_the_watchdog_fires_once_then_rests_until_armed(
    qtbot: QtBot, watchdog: IdleWatchdog, make_host: MakeHost
) -> None:
    button = QPushButton("tap")
    make_host(button)
    watchdog.start()
    with qtbot.waitSignal(watchdog.idle, timeout=2000):
        pass
    with qtbot.assertNotEmitted(watchdog.idle, wait=200):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    watchdog.stop()
    assert not watchdog.armed


def test_the_question_speaks_indonesian(
    qtbot: QtBot, make_host: MakeHost, languages: LanguageSwitch
) -> None:
    screen = QWidget()
    make_host(screen)
    dialog = StillThereDialog(screen)
    languages.set_language("id")
    qtbot.waitUntil(lambda: dialog.title.text() == "Masih di sana?")
    assert dialog.continue_button.text() == "Ya, lanjutkan"
