"""The queue board's building blocks: a counter tile, the running-text ticker, the
"reconnecting" layer.

Owns how each piece looks and moves (the tile's flashing, the ticker's scroll), driven
by QTimers so the event loop never waits. Holds no queue logic: `board.view` puts a
`CounterSlot` or a text in them. Sizes are for a 1920x1080 TV read from across a hall:
the ticket number fills its tile, whatever the number of counters.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from anjungan.board.state import CounterSlot
from anjungan.kiosk.ui.busy import Spinner
from anjungan.kiosk.ui.overlay import Overlay
from anjungan.kiosk.ui.styling import set_state
from anjungan.kiosk.ui.widgets import named

FLASH_TOGGLE_MS = 450
EMPTY = "—"


def fit_pixel_size(text: str, font: QFont, width: float, height: float) -> int:
    """The largest pixel size at which ``text`` fits ``width`` x ``height``."""
    probe = QFont(font)
    probe.setPixelSize(100)
    metrics = QFontMetricsF(probe)
    text_width = max(1.0, metrics.horizontalAdvance(text))
    by_width = 100 * width / text_width
    by_height = 100 * height / max(1.0, metrics.height())
    return max(12, int(min(by_width, by_height)))


class CounterTile(QFrame):
    """One counter: its name on top, the ticket it called in very large type, the line
    under it. `flash` alternates a bright look for a few seconds after a new call."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CounterTile")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.number = number
        self.counter_name = named(QLabel(), "TileCounter")
        self.ticket = named(QLabel(EMPTY), "TileTicket")
        self.service = named(QLabel(), "TileService")
        for label in (self.counter_name, self.ticket, self.service):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Its size follows the tile (`_fit`), never the other way round.
        self.ticket.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.service.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(0)
        layout.addWidget(self.counter_name)
        layout.addWidget(self.ticket, 1)
        layout.addWidget(self.service)
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_TOGGLE_MS)
        self._flash_timer.timeout.connect(self._toggle)
        self._flash_left = 0
        self._look("off")

    def _look(self, flash: str) -> None:
        # The labels' colours depend on the tile's property: re-polish them with it.
        set_state(self, "flash", flash)
        for label in (self.counter_name, self.ticket, self.service):
            label.style().unpolish(label)
            label.style().polish(label)

    def set_slot(self, slot: CounterSlot, service_name: str) -> None:
        self.counter_name.setText(slot.name)
        self.ticket.setText(slot.label or EMPTY)
        self.service.setText(service_name if slot.label else "")
        self.setAccessibleName(f"{slot.name}: {slot.label or EMPTY}")
        self._fit()

    @property
    def flashing(self) -> bool:
        return self._flash_timer.isActive()

    def flash(self, seconds: float) -> None:
        self._flash_left = max(1, round(seconds * 1000 / FLASH_TOGGLE_MS))
        self._look("on")
        self._flash_timer.start()

    def _toggle(self) -> None:
        self._flash_left -= 1
        if self._flash_left <= 0:
            self._flash_timer.stop()
            # Ends bright-bordered, not plain: the newest call stays easy to find.
            self._look("last")
            return
        self._look("off" if self.property("flash") == "on" else "on")

    def settle(self) -> None:
        """Back to the plain look (another counter called more recently)."""
        self._flash_timer.stop()
        self._look("off")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = max(40, self.height() - 2 * self.counter_name.sizeHint().height() - 24)
        font = QFont(self.ticket.font())
        font.setBold(True)
        # "W888" is the widest label a line can produce: every tile gets the same size.
        font.setPixelSize(fit_pixel_size("W888", font, self.width() * 0.86, height * 0.92))
        self.ticket.setFont(font)


class Ticker(QWidget):
    """A line of text scrolling right to left forever, moved by a timer."""

    def __init__(
        self, parent: QWidget | None = None, *, step_px: int = 3, interval_ms: int = 30
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Ticker")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.offset = 0.0
        self._text = ""
        self._step = step_px
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.advance)
        self._timer.start()

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.offset = 0.0
            self.update()

    def advance(self) -> None:
        if not self._text:
            return
        span = QFontMetricsF(self.font()).horizontalAdvance(self._text + self._gap())
        self.offset = (self.offset + self._step) % max(1.0, span)
        self.update()

    def _gap(self) -> str:
        return "     •     "

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        loop = self._text + self._gap()
        span = QFontMetricsF(self.font()).horizontalAdvance(loop)
        x = 24 - self.offset
        # Repeat the text so the strip is never empty while the start scrolls back in.
        while x < self.width():
            painter.drawText(QRectF(x, 0, span, self.height()), Qt.AlignmentFlag.AlignVCenter, loop)
            x += span
        painter.end()


class StatusOverlay(Overlay):
    """Over the whole board while its data may be stale: "Reconnecting…" and why."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "StatusCard")
        self.spinner = Spinner()
        self.title = named(QLabel(), "StatusTitle")
        self.detail = named(QLabel(), "StatusDetail")
        for label in (self.title, self.detail):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card_layout.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.detail)

    def show_message(self, title: str, detail: str, *, waiting: bool = True) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.spinner.setVisible(waiting)
        self.cover()


BACKDROP_COLOR = QColor(6, 42, 22)
