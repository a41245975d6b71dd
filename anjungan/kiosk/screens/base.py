"""The frame every kiosk service screen shares, and the way its controller calls out.

Owns `ScreenView` (a header with the screen's title and a big "Home" button, a
`MessageBanner` for the outcome of the last call, a stack of pages, and a `BusyOverlay`
over it all) and `Flow` (one background call at a time for a controller: cover the
screen with the busy overlay, run the job on the `Worker`, deliver the answer or show
the failure with its next step, report reachability to `Connectivity`; the overlay's
Cancel or `reset` drops the answer). A screen's controller owns its state; the view
holds only what is on screen, and `reset` empties both (DESIGN.md: the kiosk forgets
everything on idle reset).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from anjungan.kiosk.connectivity import Connectivity
from anjungan.kiosk.errors import Explanation, show_error
from anjungan.kiosk.screens.widgets import scrolling, wrapping
from anjungan.kiosk.ui.banner import MessageBanner
from anjungan.kiosk.ui.busy import BusyOverlay
from anjungan.kiosk.ui.widgets import MIN_TOUCH_PX, named
from anjungan.kiosk.worker import Task, Worker

T = TypeVar("T")
HOME_GLYPH = "⌂"


class ScreenView(QWidget):
    """Header, banner and pages. Subclasses add pages and set `title` in `retranslate`."""

    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = wrapping(named(QLabel(), "ScreenTitle"))
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.home_button = named(QPushButton(), "HomeButton")
        self.home_button.setMinimumHeight(MIN_TOUCH_PX + 16)
        self.home_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.home_button.clicked.connect(self.home_requested)
        self.banner = MessageBanner()
        self.pages = QStackedWidget()
        header = QHBoxLayout()
        header.setSpacing(24)
        header.addWidget(self.title, 1)
        header.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(20)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.busy = BusyOverlay(self)

    def add_page(self, page: QWidget, *, scroll: bool = True) -> QWidget:
        """Add ``page``; returns what the stack holds.

        Pages sit in a scroll area by default: a stack is as tall as its tallest page's
        minimum, hidden pages included and laid out for either orientation, and a page
        that asked for more than a landscape screen has would push the window past it.
        In the area the page still fills the screen when it fits, and scrolls otherwise.
        """
        holder = scrolling(page) if scroll else page
        self.pages.addWidget(holder)
        return holder

    def show_page(self, page: QWidget) -> None:
        """Show ``page`` (or the scroll area holding it), scrolled to its top."""
        holder: QWidget | None = page
        while holder is not None and self.pages.indexOf(holder) < 0:
            holder = holder.parentWidget()
        if holder is None:
            raise ValueError("not a page of this screen")
        self.pages.setCurrentWidget(holder)
        if isinstance(holder, QScrollArea):
            holder.verticalScrollBar().setValue(0)

    def current_page(self) -> QWidget | None:
        holder = self.pages.currentWidget()
        inner = holder.widget() if isinstance(holder, QScrollArea) else None
        return inner if inner is not None else holder

    def retranslate_frame(self) -> None:
        self.home_button.setText(f"{HOME_GLYPH}  " + self.tr("Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.retranslate_frame()


class Flow:
    """One call at a time for a controller; a new `call` drops the previous answer."""

    def __init__(self, view: ScreenView, worker: Worker, connectivity: Connectivity) -> None:
        self.view = view
        self.worker = worker
        self.connectivity = connectivity
        self._task: Task[Any] | None = None
        view.busy.cancelled.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.pending

    def call(
        self,
        job: Callable[[], T],
        done: Callable[[T], None],
        *,
        message: str | None = None,
        failed: Callable[[Exception, Explanation], None] | None = None,
        cancellable: bool = True,
        name: str = "call",
    ) -> None:
        """Run ``job`` on the worker behind the busy overlay.

        ``done(result)`` runs on the GUI thread; a failure is shown on the banner, then
        ``failed(error, explanation)`` may adjust the page.
        """
        self.cancel()
        self.view.banner.clear()
        self.view.busy.start(message, cancellable=cancellable)

        def ok(result: T) -> None:
            self._task = None
            self.view.busy.stop()
            self.connectivity.report(None)
            done(result)

        def fail(error: Exception) -> None:
            self._task = None
            self.view.busy.stop()
            self.connectivity.report(error)
            explanation = show_error(self.view.banner, error)
            if failed is not None:
                failed(error, explanation)

        self._task = self.worker.run(job, ok, fail, name=name)

    def cancel(self) -> None:
        """Stop waiting (Cancel, Home, idle): the answer, when it comes, is dropped."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.view.busy.stop()

    def reset(self) -> None:
        self.cancel()
        self.view.banner.clear()
