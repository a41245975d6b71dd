"""The kiosk's main window: top bar, offline banner, home and the service screens.

Owns `KioskWindow`: navigation (home tiles open a screen; every screen's Home button and
the idle reset come back), the idle rule (DESIGN.md "Security": after `idle_timeout`
without a touch on a service screen the "still there?" countdown starts; when it ends
every screen's `reset()` runs and the kiosk is home again with nothing personal left on
screen; the watchdog is armed only while a service screen is open), the offline banner
(shown while the server cannot be reached, with the age of the saved directory), the
language and large-text toggles, and fullscreen kiosk mode with the staff's exit (a
long press on the title, then the PIN of the device TOML). Screens know nothing of each
other; `app.py` builds them and wires the ones that lead to another.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol

from PySide6.QtCore import QEvent, SignalInstance
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from anjungan import assets
from anjungan.core.clock import Clock
from anjungan.core.config import DeviceConfig
from anjungan.kiosk.admin_exit import HOLD, LongPress, PinPad
from anjungan.kiosk.connectivity import Connectivity
from anjungan.kiosk.reference import DirectoryKeeper
from anjungan.kiosk.screens.home import HomeView
from anjungan.kiosk.ui.banner import OfflineBanner
from anjungan.kiosk.ui.i18n import LanguageSwitch
from anjungan.kiosk.ui.idle import DEFAULT_IDLE_TIMEOUT, IdleWatchdog
from anjungan.kiosk.ui.still_there import (
    DEFAULT_COUNTDOWN,
    ONE_SECOND,
    StillThereDialog,
    watch_idle,
)
from anjungan.kiosk.ui.widgets import TopBar, named
from anjungan.kiosk.worker import Worker

SHUTDOWN_WAIT_MS = 2_000


class Screen(Protocol):
    """A service screen's controller as the window sees it."""

    @property
    def view(self) -> QWidget: ...

    @property
    def home_requested(self) -> SignalInstance: ...

    def open(self) -> None: ...

    def reset(self) -> None: ...


class KioskWindow(QMainWindow):
    def __init__(
        self,
        config: DeviceConfig,
        languages: LanguageSwitch,
        *,
        app: QApplication,
        clock: Clock,
        worker: Worker,
        connectivity: Connectivity,
        keeper: DirectoryKeeper,
        idle_timeout: timedelta = DEFAULT_IDLE_TIMEOUT,
        countdown: int = DEFAULT_COUNTDOWN,
        countdown_tick: timedelta = ONE_SECOND,
        admin_hold: timedelta = HOLD,
    ) -> None:
        super().__init__()
        self.config = config
        self.languages = languages
        self.worker = worker
        self.connectivity = connectivity
        self.keeper = keeper
        self.screens: dict[str, Screen] = {}
        self._may_close = not config.fullscreen
        self.root = named(QWidget(), "KioskRoot")
        self.root.setStyleSheet(assets.path("style", "kiosk.qss").read_text(encoding="utf-8"))
        self.top_bar = TopBar(config.office)
        self.offline_banner = OfflineBanner(clock)
        self.offline_banner.hide()
        self.stack = QStackedWidget()
        self.home = HomeView()
        self.stack.addWidget(self.home)
        layout = QVBoxLayout(self.root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(self.root)
        self.watchdog = IdleWatchdog(app, idle_timeout, parent=self)
        self.still_there = StillThereDialog(self.root, countdown=countdown, tick=countdown_tick)
        watch_idle(self.watchdog, self.still_there)
        # Connected after watch_idle's re-arm, so going home disarms it again.
        self.still_there.expired.connect(self.go_home)
        self.pin_pad = PinPad(self.root, config.admin_pin)
        self.pin_pad.accepted.connect(self.leave_kiosk_mode)
        self.long_press = LongPress(self.top_bar.title, hold=admin_hold)
        self.long_press.held.connect(self.pin_pad.ask)
        self.home.service_chosen.connect(self.open_service)
        self.top_bar.language_toggled.connect(self._toggle_language)
        self.top_bar.large_text_toggled.connect(self._set_large_text)
        connectivity.changed.connect(self._online_changed)
        keeper.updated.connect(self._directory_updated)
        self.retranslate()

    # -- screens -----------------------------------------------------------------------------

    def add_screen(self, key: str, screen: Screen) -> None:
        self.screens[key] = screen
        self.stack.addWidget(screen.view)
        screen.home_requested.connect(self.go_home)

    def open_service(self, key: str) -> None:
        """A home tile: the screen starts afresh."""
        screen = self.show_screen(key)
        if screen is not None:
            screen.open()

    def show_screen(self, key: str) -> Screen | None:
        """Bring ``key``'s screen forward without resetting it (one screen leads to another)."""
        screen = self.screens.get(key)
        if screen is None:
            return None
        self.stack.setCurrentWidget(screen.view)
        self.watchdog.start()
        return screen

    def current_screen(self) -> str | None:
        for key, screen in self.screens.items():
            if self.stack.currentWidget() is screen.view:
                return key
        return None

    def go_home(self) -> None:
        """Forget everything of the last participant and show the tiles."""
        self.watchdog.stop()
        self.still_there.hide()
        self.pin_pad.close_pad()
        for screen in self.screens.values():
            screen.reset()
        self.stack.setCurrentWidget(self.home)

    # -- offline -----------------------------------------------------------------------------

    def _online_changed(self, online: bool) -> None:
        self.offline_banner.set_last_updated(self.keeper.checked_at)
        self.offline_banner.setVisible(not online)

    def _directory_updated(self) -> None:
        self.offline_banner.set_last_updated(self.keeper.checked_at)

    # -- kiosk mode --------------------------------------------------------------------------

    def leave_kiosk_mode(self) -> None:
        """The staff PIN was typed: the window may close (and the program end)."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if not self._may_close:
            event.ignore()  # Alt+F4 and friends do not end a public kiosk
            return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop timers and background work and forget the last participant."""
        self.watchdog.uninstall()
        self.connectivity.stop()
        self.keeper.stop()
        for screen in self.screens.values():
            screen.reset()
        self.worker.shutdown(SHUTDOWN_WAIT_MS)

    # -- looks -------------------------------------------------------------------------------

    def _toggle_language(self) -> None:
        self.languages.set_language("en" if self.languages.language == "id" else "id")

    def _set_large_text(self, on: bool) -> None:
        self.root.setProperty("largeText", on)
        self.root.style().unpolish(self.root)
        self.root.style().polish(self.root)
        for child in self.root.findChildren(QWidget):
            child.style().unpolish(child)
            child.style().polish(child)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("AMAN JKN kiosk"))
        self.top_bar.title.setText(self.tr("AMAN JKN"))
        # The button offers the *other* language, named in that language.
        self.top_bar.language_button.setText(
            "English" if self.languages.language == "id" else "Indonesia"
        )
        self.top_bar.large_text_button.setText(self.tr("Large text"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
