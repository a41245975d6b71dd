"""The counter's main window: top bar, the navigation list on the left, the screen area.

Owns the frame every counter screen lives in: a left list (Ctrl+1 ... Ctrl+5) of
registration, complaints, information, queue and sync, a stacked area that shows the
chosen screen, the language toggle (Ctrl+Shift+L) and the status line. Screens are
added by the composition root with `add_screen`; screens that need the server are
listed, marked "not yet available", until they are built. Knows nothing of the store.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from anjungan import assets
from anjungan.core.config import DeviceConfig
from anjungan.counter.worker import DbWorker
from anjungan.kiosk.ui.i18n import LanguageSwitch
from anjungan.kiosk.ui.widgets import named

MIN_SIZE = (1280, 720)  # designed for 1366x768, still whole at 1280x720


class CounterWindow(QMainWindow):
    def __init__(self, config: DeviceConfig, languages: LanguageSwitch, worker: DbWorker) -> None:
        super().__init__()
        self.config = config
        self.languages = languages
        self.worker = worker
        self.root = named(QWidget(), "CounterRoot")
        self.root.setStyleSheet(assets.path("style", "counter.qss").read_text(encoding="utf-8"))
        top = named(QFrame(), "TopBar")
        self.title = named(QLabel(), "TopBarTitle")
        self.office = named(QLabel(config.office), "TopBarOffice")
        self.language_button = named(QPushButton(), "TopBarToggle")
        self.language_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar = QHBoxLayout(top)
        bar.setContentsMargins(20, 8, 20, 8)
        bar.setSpacing(16)
        bar.addWidget(self.title)
        bar.addWidget(self.office, 1)
        bar.addWidget(self.language_button)
        self.nav = named(QListWidget(), "Nav")
        self.nav.setFixedWidth(220)
        # Ctrl+1 ... Ctrl+5 move between screens; Tab stays inside the form in use.
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self.root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addLayout(body, 1)
        self.setCentralWidget(self.root)
        self.status = named(QLabel(), "Status")
        self.statusBar().addWidget(self.status, 1)
        self.setMinimumSize(*MIN_SIZE)
        self.screens: dict[str, QWidget] = {}
        self._available: dict[str, bool] = {}
        self.nav.currentRowChanged.connect(self._row_changed)
        self.language_button.clicked.connect(self.toggle_language)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self).activated.connect(self.toggle_language)
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self._go_to_row(n - 1))
        self.retranslate()

    def add_screen(self, key: str, widget: QWidget, *, available: bool = True) -> None:
        self.screens[key] = widget
        self._available[key] = available
        self.stack.addWidget(widget)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        if not available:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setForeground(QBrush(QColor("#6B7B70")))
        self.nav.addItem(item)
        self._retranslate_nav()
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def show_screen(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.screens).index(key))

    def current_screen(self) -> str:
        return list(self.screens)[self.stack.currentIndex()]

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < self.nav.count():
            self.nav.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.focus_screen()

    def focus_screen(self) -> None:
        """Put the keyboard in the shown screen's first field, so typing can start."""
        focus_first = getattr(self.stack.currentWidget(), "focus_first", None)
        if focus_first is not None:
            focus_first()

    def toggle_language(self) -> None:
        self.languages.set_language("en" if self.languages.language == "id" else "id")

    def _retranslate_nav(self) -> None:
        titles = {
            "registration": self.tr("Registration"),
            "complaints": self.tr("Complaints"),
            "information": self.tr("Information"),
            "queue": self.tr("Queue"),
            "sync": self.tr("Sync"),
        }
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            text = f"{row + 1}  {titles.get(key, key)}"
            if not self._available.get(key, True):
                text += "\n     " + self.tr("(not available yet)")
            item.setText(text)
            item.setToolTip(f"Ctrl+{row + 1}")

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Anjungan counter - {office}").format(office=self.config.office)
        )
        self.title.setText(self.tr("MPP counter"))
        # The button offers the *other* language, named in that language.
        self.language_button.setText("English" if self.languages.language == "id" else "Indonesia")
        self.language_button.setToolTip("Ctrl+Shift+L")
        self.status.setText(
            self.tr("Device {device}. Work is saved on this computer first, even offline.").format(
                device=self.config.device_id
            )
        )
        self._retranslate_nav()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.focus_screen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        # A save in progress finishes before the window goes: no half-written work.
        self.worker.shutdown()
        super().closeEvent(event)
