"""The counter's main window: top bar, the navigation list on the left, the screen area.

Owns the frame every counter screen lives in: a left list (Ctrl+1 ... Ctrl+9) of
registration, data changes, complaints, information, queue, reports and sync, a stacked
area that shows the chosen screen, the language toggle (Ctrl+Shift+L) and the status
line. Screens are added by the composition root with `add_screen`; a screen not built
yet can be listed, marked "not yet available". A gate (the login and lock
screen, `set_gate`) can cover the whole work area without touching the screens behind
it, so a locked form is found as it was left. Knows nothing of the store.
"""

from __future__ import annotations

from collections.abc import Callable

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
        self.pages = QStackedWidget()
        self.pages.setStyleSheet(assets.path("style", "counter.qss").read_text(encoding="utf-8"))
        self.gate: QWidget | None = None
        self.on_lock: Callable[[], None] | None = None
        top = named(QFrame(), "TopBar")
        self.title = named(QLabel(), "TopBarTitle")
        self.office = named(QLabel(config.office), "TopBarOffice")
        self.language_button = named(QPushButton(), "TopBarToggle")
        self.language_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.officer = named(QLabel(), "TopBarOffice")
        self.lock_button = named(QPushButton(), "TopBarToggle")
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lock_button.hide()
        bar = QHBoxLayout(top)
        bar.setContentsMargins(20, 8, 20, 8)
        bar.setSpacing(16)
        bar.addWidget(self.title)
        bar.addWidget(self.office, 1)
        bar.addWidget(self.officer)
        bar.addWidget(self.lock_button)
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
        self.pages.addWidget(self.root)
        self.setCentralWidget(self.pages)
        self.status = named(QLabel(), "Status")
        self.statusBar().addWidget(self.status, 1)
        self.setMinimumSize(*MIN_SIZE)
        self.screens: dict[str, QWidget] = {}
        self._officer: tuple[str, str, bool] = ("", "", False)
        self._available: dict[str, bool] = {}
        self.nav.currentRowChanged.connect(self._row_changed)
        self.language_button.clicked.connect(self.toggle_language)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self).activated.connect(self.toggle_language)
        self.lock_button.clicked.connect(self._lock_pressed)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self._lock_pressed)
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

    # -- the gate (login and lock) -------------------------------------------------------

    def set_gate(self, gate: QWidget) -> None:
        self.gate = gate
        self.pages.addWidget(gate)

    @property
    def gated(self) -> bool:
        return self.gate is not None and self.pages.currentWidget() is self.gate

    def show_gate(self) -> None:
        if self.gate is not None:
            self.pages.setCurrentWidget(self.gate)
            self.focus_screen()

    def show_work(self) -> None:
        self.pages.setCurrentWidget(self.root)
        self.focus_screen()

    def set_officer(self, name: str, role: str, *, offline: bool) -> None:
        """Name the logged-in officer in the top bar; ``offline``: say it was a cached login."""
        self._officer = (name, role, offline)
        self.lock_button.setVisible(bool(name) and self.on_lock is not None)
        self._retranslate_officer()

    def _retranslate_officer(self) -> None:
        name, role, offline = self._officer
        if not name:
            self.officer.clear()
            return
        roles = {"officer": self.tr("officer"), "supervisor": self.tr("supervisor")}
        text = f"{name} ({roles.get(role, role)})"
        if offline:
            text += " - " + self.tr("offline login")
            self.status.setText(
                self.tr(
                    "Offline login: the server cannot be reached, your password was checked "
                    "on this computer. Work is saved here and sent when the server is back."
                )
            )
        self.officer.setText(text)

    def _lock_pressed(self) -> None:
        if self.on_lock is not None and not self.gated:
            self.on_lock()

    def show_screen(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.screens).index(key))

    def current_screen(self) -> str:
        return list(self.screens)[self.stack.currentIndex()]

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < self.nav.count() and not self.gated:
            self.nav.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.focus_screen()

    def focus_screen(self) -> None:
        """Put the keyboard in the shown screen's first field, so typing can start."""
        shown = self.gate if self.gated else self.stack.currentWidget()
        focus_first = getattr(shown, "focus_first", None)
        if focus_first is not None:
            focus_first()

    def toggle_language(self) -> None:
        self.languages.set_language("en" if self.languages.language == "id" else "id")

    def _retranslate_nav(self) -> None:
        titles = {
            "registration": self.tr("Registration"),
            "changes": self.tr("Data changes"),
            "complaints": self.tr("Complaints"),
            "information": self.tr("Information"),
            "queue": self.tr("Queue"),
            "reports": self.tr("Reports"),
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
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip("Ctrl+L")
        self.status.setText(
            self.tr("Device {device}. Work is saved on this computer first, even offline.").format(
                device=self.config.device_id
            )
        )
        self._retranslate_nav()
        self._retranslate_officer()

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
