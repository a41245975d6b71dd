"""Small style-sheet helpers for the touch kit: state properties that QSS selects on.

kiosk.qss styles a widget by object name and, for changing looks (error, ok, level),
by a dynamic property such as ``[state="error"]``. Qt does not re-apply a style sheet
when a property changes, so setting one goes through `set_state`. No layout, no text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_state(widget: QWidget, name: str, value: str) -> None:
    """Set the dynamic property ``name`` and re-polish so kiosk.qss picks the new look."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
