"""The queue board's screen: calls per counter, last calls, waiting per line, clock, ticker.

Owns the layout of a 1920x1080 TV (it also scales to a window): a top bar with the
office and a clock, a grid of counter tiles with the called ticket in very large type,
a side column with the last calls and how many wait in each line, the Info JKN running
text at the bottom, and the "reconnecting" layer over everything. It shows what it is
given (`show_state(BoardState)`); it fetches, decides and announces nothing (`board.app`).
"""

from __future__ import annotations

import math
import re
from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from anjungan import assets
from anjungan.board.state import RECENT_CALLS, BoardState, Call, Line
from anjungan.board.widgets import EMPTY, CounterTile, StatusOverlay, Ticker
from anjungan.kiosk.ui.styling import set_state
from anjungan.kiosk.ui.widgets import named

WAITING_ROWS = 10
DESIGN_SIZE = (1920, 1080)
"""The style sheet's pixel sizes are for this screen; other sizes scale them."""
_PX = re.compile(r"(\d+)px")
LOCALES = {
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def scaled_style(qss: str, factor: float) -> str:
    """``qss`` with every pixel size multiplied by ``factor`` (a window smaller than the TV)."""
    return _PX.sub(lambda m: f"{max(1, round(int(m.group(1)) * factor))}px", qss)


def scale_for(width: int, height: int) -> float:
    """How much smaller than the design screen a ``width`` x ``height`` area is (<= 1),
    in steps of 5% so a window being dragged does not restyle at every pixel."""
    factor = min(width / DESIGN_SIZE[0], height / DESIGN_SIZE[1], 1.0)
    return max(0.4, math.floor(factor * 20) / 20)


def scale_layout(layout: QLayout, factor: float) -> None:
    """Margins and spacing of ``layout`` at ``factor`` times the ones it was built with."""
    grid = layout if isinstance(layout, QGridLayout) else None
    design = layout.property("designSpacing")
    if design is None:
        m = layout.contentsMargins()
        spacing = (
            (grid.horizontalSpacing(), grid.verticalSpacing())
            if grid
            else (layout.spacing(), layout.spacing())
        )
        design = [m.left(), m.top(), m.right(), m.bottom(), *spacing]
        layout.setProperty("designSpacing", design)
    left, top, right, bottom, across, down = design
    layout.setContentsMargins(*(round(v * factor) for v in (left, top, right, bottom)))
    if grid:
        grid.setHorizontalSpacing(max(0, round(across * factor)))
        grid.setVerticalSpacing(max(0, round(down * factor)))
    elif across >= 0:
        layout.setSpacing(round(across * factor))


def grid_columns(count: int) -> int:
    """Columns of counter tiles: as square as a 16:9 area allows."""
    if count <= 1:
        return 1
    if count <= 4:
        return 2
    if count <= 6:
        return 3
    return 4 if count <= 12 else 5


class RecentCalls(QFrame):
    """The last calls, newest on top: ticket and counter on one row each."""

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SidePanel")
        self.heading = named(QLabel(), "PanelHeading")
        self.tickets: list[QLabel] = []
        self.counters: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        for row in range(rows):
            ticket = named(QLabel(), "RecentTicket")
            counter = named(QLabel(), "RecentCounter")
            counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            set_state(ticket, "newest", "yes" if row == 0 else "no")
            set_state(counter, "newest", "yes" if row == 0 else "no")
            grid.addWidget(ticket, row, 0)
            grid.addWidget(counter, row, 1)
            self.tickets.append(ticket)
            self.counters.append(counter)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

    def show_calls(self, calls: tuple[Call, ...]) -> None:
        for index, (ticket, counter) in enumerate(zip(self.tickets, self.counters, strict=True)):
            call = calls[index] if index < len(calls) else None
            ticket.setText(call.label if call else "")
            counter.setText(f"→ {call.counter_name}" if call else "")
        if not calls:
            self.tickets[0].setText(EMPTY)


class WaitingLines(QFrame):
    """How many people wait in each service line: letter, name, count."""

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SidePanel")
        self.heading = named(QLabel(), "PanelHeading")
        self.prefixes: list[QLabel] = []
        self.names: list[QLabel] = []
        self.counts: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for row in range(rows):
            prefix = named(QLabel(), "WaitingPrefix")
            name = named(QLabel(), "WaitingName")
            name.setWordWrap(True)  # long MPP line names take two lines, never cut
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            count = named(QLabel(), "WaitingCount")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(prefix, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 1)
            grid.addWidget(count, row, 2)
            self.prefixes.append(prefix)
            self.names.append(name)
            self.counts.append(count)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

    def show_lines(self, lines: tuple[Line, ...], language: str) -> None:
        rows = zip(self.prefixes, self.names, self.counts, strict=True)
        for index, (prefix, name, count) in enumerate(rows):
            line = lines[index] if index < len(lines) else None
            prefix.setText(line.prefix if line else "")
            name.setText(line.name(language) if line else "")
            count.setText(str(line.waiting) if line else "")
            for label in (prefix, name, count):
                label.setVisible(line is not None)


class BoardView(QWidget):
    """``show_state(state, language)``, `flash(counter)`, `set_clock(now, language)`."""

    def __init__(
        self, office: str, *, recent_rows: int = RECENT_CALLS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BoardRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._style = assets.path("style", "board.qss").read_text(encoding="utf-8")
        self._scale = 1.0
        self.setStyleSheet(self._style)
        # Smaller windows restyle themselves (resizeEvent) rather than being refused.
        self.setMinimumSize(640, 360)
        self.title = named(QLabel(), "BoardTitle")
        self.office = named(QLabel(office), "BoardOffice")
        self.time = named(QLabel(), "BoardTime")
        self.date = named(QLabel(), "BoardDate")
        self.calls_heading = named(QLabel(), "CallsHeading")
        self.no_counters = named(QLabel(), "NoCounters")
        self.no_counters.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_counters.setWordWrap(True)
        self.recent = RecentCalls(recent_rows)
        self.waiting = WaitingLines(WAITING_ROWS)
        self.ticker = Ticker()
        self.tiles: dict[int, CounterTile] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(20)
        self._build()
        self.overlay = StatusOverlay(self)
        self.retranslate()

    def _build(self) -> None:
        top = named(QFrame(), "BoardTopBar")
        top.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.office)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        for label in (self.time, self.date):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            clock.addWidget(label)
        bar = QHBoxLayout(top)
        bar.setContentsMargins(40, 12, 40, 12)
        bar.addLayout(names, 1)
        bar.addLayout(clock)
        calls = QVBoxLayout()
        calls.setSpacing(12)
        calls.addWidget(self.calls_heading)
        calls.addWidget(self.no_counters)
        calls.addLayout(self._grid, 1)
        side = QVBoxLayout()
        side.setSpacing(20)
        side.addWidget(self.recent, 5)
        side.addWidget(self.waiting, 6)
        main = QHBoxLayout()
        main.setContentsMargins(32, 24, 32, 24)
        main.setSpacing(28)
        main.addLayout(calls, 13)
        main.addLayout(side, 7)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(top)
        root.addLayout(main, 1)
        root.addWidget(self.ticker)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        factor = scale_for(event.size().width(), event.size().height())
        if factor != self._scale:
            self._scale = factor
            self.setStyleSheet(scaled_style(self._style, factor))
            for layout in self.findChildren(QLayout):
                scale_layout(layout, factor)
        super().resizeEvent(event)

    # -- content -----------------------------------------------------------------------------
    def show_state(self, state: BoardState, language: str) -> None:
        numbers = [c.number for c in state.counters]
        if numbers != list(self.tiles):
            self._lay_out_tiles(numbers)
        for slot in state.counters:
            line = state.line(slot.service) if slot.service else None
            self.tiles[slot.number].set_slot(slot, line.name(language) if line else "")
        self.no_counters.setVisible(not numbers)
        self.recent.show_calls(state.recent)
        self.waiting.show_lines(state.lines, language)

    def _lay_out_tiles(self, numbers: list[int]) -> None:
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {n: CounterTile(n) for n in numbers}
        columns = grid_columns(len(numbers))
        rows = max(1, math.ceil(len(numbers) / columns))
        for index, number in enumerate(numbers):
            tile = self.tiles[number]
            self._grid.addWidget(tile, index // columns, index % columns)
            if self._scale != 1.0 and (inner := tile.layout()) is not None:
                scale_layout(inner, self._scale)
        for column in range(5):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(rows):
            self._grid.setRowStretch(row, 1)

    def flash(self, counter: int, seconds: float) -> None:
        """Draw the eye to ``counter``: its tile flashes, the others go plain."""
        for number, tile in self.tiles.items():
            if number == counter:
                tile.flash(seconds)
            else:
                tile.settle()

    def set_clock(self, now: datetime, language: str) -> None:
        locale = LOCALES.get(language, LOCALES["en"])
        self.time.setText(now.strftime("%H:%M"))
        self.date.setText(locale.toString(QDate(now.year, now.month, now.day), "dddd, d MMMM yyyy"))

    def set_running_text(self, messages: tuple[str, ...]) -> None:
        self.ticker.set_text("     •     ".join(messages))

    # -- connection status --------------------------------------------------------------------
    def show_connecting(self) -> None:
        self.overlay.show_message(
            self.tr("Connecting to the queue server…"),
            self.tr("The calls appear as soon as the board is connected."),
        )

    def show_reconnecting(self) -> None:
        self.overlay.show_message(
            self.tr("Reconnecting…"),
            self.tr("The queue data on this screen may be out of date. Please listen for calls."),
        )

    def show_refused(self) -> None:
        self.overlay.show_message(
            self.tr("This board is not registered"),
            self.tr("The server refused this board. Ask the administrator to enroll it again."),
            waiting=False,
        )

    def hide_status(self) -> None:
        self.overlay.hide()

    @property
    def status_text(self) -> str:
        """What the status layer says ("" when hidden): for tests and logs."""
        return self.overlay.title.text() if self.overlay.isVisible() else ""

    # -- language -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Queue number"))
        self.calls_heading.setText(self.tr("Now calling"))
        self.no_counters.setText(self.tr("No counter is open yet."))
        self.recent.heading.setText(self.tr("Last calls"))
        self.waiting.heading.setText(self.tr("Waiting"))
