"""Enter moves on: the counter's forms are filled from the keyboard, field after field.

Owns `EnterAdvances`, an event filter that turns Enter in a watched field into "go to the
next field of this form" and Enter in the last one into the form's own next step (next
page, save). Multi-line text boxes are never watched: there Enter is a new line, and Tab
leaves. Holds no form logic: the chain of fields and the last step are given to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterAdvances(QObject):
    """``EnterAdvances(chain, on_last, parent).watch(widget, ...)``.

    ``chain`` is asked each time, so rows added or hidden later are followed; only
    visible, enabled widgets count.
    """

    def __init__(
        self,
        chain: Callable[[], Sequence[QWidget]],
        on_last: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._chain = chain
        self._on_last = on_last

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if event.key() not in _ENTER or not plain or not isinstance(watched, QWidget):
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter picks the item in the open list
        self.advance(watched)
        return True

    def advance(self, current: QWidget) -> None:
        usable = [w for w in self._chain() if w.isVisibleTo(w.window()) and w.isEnabled()]
        after = usable[usable.index(current) + 1 :] if current in usable else []
        if not after:
            self._on_last()
            return
        target = after[0]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()
