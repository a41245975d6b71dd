"""Kiosk home screen: the services as big tiles, and a greeting.

View only: it emits `service_chosen(key)`; the kiosk app decides which screen follows.
Two columns of tiles on a portrait screen, four on a landscape one (`ui.scale`), so all
eight tiles fit 1080 px of height either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from anjungan.kiosk.ui.scale import grid_columns
from anjungan.kiosk.ui.widgets import TileButton, named
from anjungan.kiosk.ui.window_shape import WindowShape


@dataclass(frozen=True)
class ServiceTile:
    key: str
    title: str  # English source text; translated at display time
    caption: str


SERVICES: tuple[ServiceTile, ...] = (
    ServiceTile(
        "status",
        str(QT_TRANSLATE_NOOP("HomeView", "Membership status")),
        str(QT_TRANSLATE_NOOP("HomeView", "Is my JKN card active?")),
    ),
    ServiceTile(
        "bill",
        str(QT_TRANSLATE_NOOP("HomeView", "Contribution bill")),
        str(QT_TRANSLATE_NOOP("HomeView", "Monthly iuran and arrears")),
    ),
    ServiceTile(
        "va",
        str(QT_TRANSLATE_NOOP("HomeView", "Virtual account")),
        str(QT_TRANSLATE_NOOP("HomeView", "How and where to pay")),
    ),
    ServiceTile(
        "faskes",
        str(QT_TRANSLATE_NOOP("HomeView", "Find a facility")),
        str(QT_TRANSLATE_NOOP("HomeView", "Clinics, hospitals, offices")),
    ),
    ServiceTile(
        "info",
        str(QT_TRANSLATE_NOOP("HomeView", "Info JKN")),
        str(QT_TRANSLATE_NOOP("HomeView", "Rights, benefits, rules")),
    ),
    ServiceTile(
        "change",
        str(QT_TRANSLATE_NOOP("HomeView", "Change FKTP or class")),
        str(QT_TRANSLATE_NOOP("HomeView", "Request a change")),
    ),
    ServiceTile(
        "queue",
        str(QT_TRANSLATE_NOOP("HomeView", "Queue ticket")),
        str(QT_TRANSLATE_NOOP("HomeView", "Take a number for the counter")),
    ),
    ServiceTile(
        "survey",
        str(QT_TRANSLATE_NOOP("HomeView", "Rate our service")),
        str(QT_TRANSLATE_NOOP("HomeView", "Tell us how we did")),
    ),
)


class HomeView(QWidget):
    """Greeting plus a two-column grid of service tiles."""

    service_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.greeting = named(QLabel(), "Greeting")
        self.hint = named(QLabel(), "Hint")
        self.hint.setWordWrap(True)
        for label in (self.greeting, self.hint):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.tiles: dict[str, TileButton] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        self._columns = 0
        self._shape = WindowShape(self)
        self._shape.changed.connect(self._follow_window)
        for service in SERVICES:
            tile = TileButton(service.key)
            tile.clicked.connect(lambda _=False, key=service.key: self.service_chosen.emit(key))
            self.tiles[service.key] = tile
        self.set_columns(2)
        layout = QVBoxLayout(self)
        # Tight enough that two columns of tiles, the top bar and the offline banner fit
        # 1080 px: the window cannot turn to landscape if portrait asks for more.
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(16)
        layout.addWidget(self.greeting)
        layout.addWidget(self.hint)
        layout.addLayout(self._grid, 1)
        layout.setStretch(2, 1)
        self.retranslate()

    def set_columns(self, columns: int) -> None:
        """Lay the tiles out in ``columns`` columns (2 portrait, 4 landscape)."""
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(4):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        # A hidden page's layout is not re-activated on its own, and the stack asks it
        # for its minimum size: drop the cached one now.
        outer = self.layout()
        if outer is not None:
            outer.invalidate()
            outer.activate()
        self.updateGeometry()

    def _follow_window(self, width: int, height: int) -> None:
        self.set_columns(grid_columns(width, height))

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Welcome to AMAN JKN"))
        self.hint.setText(
            self.tr("Touch a service to begin. Your data is cleared when you finish.")
        )
        for service in SERVICES:
            self.tiles[service.key].set_texts(self.tr(service.title), self.tr(service.caption))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
