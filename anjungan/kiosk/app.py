"""Composition root of the kiosk program: builds the window from a DeviceConfig.

Owns the screen stack, the top bar toggles and the language switch. Screens know
nothing of each other; this module wires their signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from anjungan import assets
from anjungan.core.config import DeviceConfig
from anjungan.kiosk.screens.home import HomeView
from anjungan.kiosk.screens.pending import PendingView
from anjungan.kiosk.ui.i18n import LanguageSwitch
from anjungan.kiosk.ui.widgets import TopBar, named


class KioskWindow(QMainWindow):
    def __init__(self, config: DeviceConfig, languages: LanguageSwitch) -> None:
        super().__init__()
        self.config = config
        self.languages = languages
        self.root = named(QWidget(), "KioskRoot")
        self.root.setStyleSheet(assets.path("style", "kiosk.qss").read_text(encoding="utf-8"))
        self.top_bar = TopBar(config.office)
        self.stack = QStackedWidget()
        self.home = HomeView()
        self.pending = PendingView()
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.pending)
        layout = QVBoxLayout(self.root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(self.root)
        self.home.service_chosen.connect(self._open_service)
        self.pending.back.connect(self.go_home)
        self.top_bar.language_toggled.connect(self._toggle_language)
        self.top_bar.large_text_toggled.connect(self._set_large_text)
        self.retranslate()

    def go_home(self) -> None:
        self.stack.setCurrentWidget(self.home)

    def _open_service(self, _key: str) -> None:
        self.stack.setCurrentWidget(self.pending)

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


def build_kiosk(app: QApplication, config: DeviceConfig) -> KioskWindow:
    languages = LanguageSwitch(app)
    languages.set_language(config.language)
    return KioskWindow(config, languages)
