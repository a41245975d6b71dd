"""Telling a widget the size of the window it is shown in, whenever that window changes.

Owns `WindowShape`: a small event filter that emits ``changed(width, height)`` with the
window's size when its widget is shown and whenever that window is resized (the screen
turned, the window moved to another screen). The window's shape decides a layout, not
the widget's own box: a widget (a keypad, a grid of tiles) may keep its size while the
screen turns, and a hidden page gets no resize of its own. What a widget does with the
size (columns, orientation) is its own business; `ui.scale` has the rules.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget


class WindowShape(QObject):
    """``WindowShape(widget).changed.connect(...)``; lives and dies with ``widget``."""

    changed = Signal(int, int)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._watched: QWidget | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if watched is self._widget and kind == QEvent.Type.Show:
            # The widget may have moved to another window since it was last shown.
            window = self._widget.window()
            if window is not self._watched:
                if self._watched is not None:
                    self._watched.removeEventFilter(self)
                window.installEventFilter(self)
                self._watched = window
            self._emit()
        elif watched is self._watched and kind == QEvent.Type.Resize:
            self._emit()
        return False

    def _emit(self) -> None:
        window = self._widget.window()
        self.changed.emit(window.width(), window.height())
