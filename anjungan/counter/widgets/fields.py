"""Fields with their error beside them, and the router that puts a form's errors there.

Owns `FieldError` (the red sentence next to a field), `FormGrid` (rows of caption |
input | error) and `FormErrors`, which receives every `ValidationError` of a form after
each change and decides which to show. A field's error shows once the officer has left
the field or tried to go on; while typing it shows at once only when typing more cannot
fix it (a letter in a NIK), never "too short" in the middle of a number. Messages are
rendered in the current language again on every language change. Holds no rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from anjungan.core.errors import ValidationError

# Codes that only mean "not finished yet" while the officer is still typing.
INCOMPLETE_CODES = frozenset({"required", "wrong_length", "bad_number"})


class FieldError(QLabel):
    """The sentence saying what is wrong with one field; hidden when nothing is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        self.setVisible(False)
        # Set where the error sits away from its field (under a table row): "NIK: ...".
        self.caption = ""

    def set_message(self, text: str | None) -> None:
        if text and self.caption:
            text = f"{self.caption}: {text}"
        self.setText(text or "")
        self.setVisible(bool(text))


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Give ``widget`` the red frame of the style sheet's ``[invalid="true"]`` rule."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FormGrid(QGridLayout):
    """Caption, input and error side by side, one row per field."""

    def __init__(
        self, parent: QWidget | None = None, *, input_width: int = 340, errors_below: bool = False
    ) -> None:
        super().__init__(parent)
        self.setHorizontalSpacing(14)
        self.setVerticalSpacing(8)
        self._below = errors_below
        self.setColumnMinimumWidth(1, input_width)
        self.setColumnStretch(1 if errors_below else 2, 1)

    def add_field(self, widget: QWidget) -> tuple[QLabel, FieldError]:
        """Add a row for ``widget``; returns its caption (texts set by the view) and error.

        The error goes to the right of the input, or right under it in a narrow panel.
        """
        row = self.rowCount()
        caption = QLabel()
        caption.setObjectName("Caption")
        caption.setBuddy(widget)
        error = FieldError()
        top = Qt.AlignmentFlag.AlignTop
        self.addWidget(caption, row, 0, top | Qt.AlignmentFlag.AlignLeft)
        self.addWidget(widget, row, 1)
        if self._below:
            self.addWidget(error, row + 1, 1)
        else:
            self.addWidget(error, row, 2, top)
        return caption, error

    def add_wide(self, widget: QWidget) -> None:
        self.addWidget(widget, self.rowCount(), 0, 1, 3)


class FormErrors:
    """Routes a form's errors (by `ValidationError.field`) to the labels of their fields."""

    def __init__(self, lang: Callable[[], str]) -> None:
        self._lang = lang
        self._labels: dict[str, FieldError] = {}
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, ValidationError] = {}
        self._edited: set[str] = set()
        self._touched: set[str] = set()
        self._field_of: dict[QWidget, str] = {}
        self._followed: set[QWidget] = set()

    def bind(self, field: str, label: FieldError, widget: QWidget | None = None) -> None:
        """Show ``field``'s errors in ``label``; follow ``widget``'s edits to time them.

        A widget may be bound again under another name (table rows renumbered after a
        removal); its signals are connected once and always report its current name.
        """
        self._labels[field] = label
        if widget is None:
            return
        self._widgets[field] = widget
        self._field_of[widget] = field
        if widget in self._followed:
            return
        self._followed.add(widget)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self._edited_in(widget))
            widget.editingFinished.connect(lambda: self._left(widget))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self._edited_in(widget))
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(lambda: self._left(widget))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i: self._left(widget))
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda _on: self._left(widget))

    def _edited_in(self, widget: QWidget) -> None:
        field = self._field_of.get(widget)
        if field is not None:
            self._edited.add(field)

    def _left(self, widget: QWidget) -> None:
        field = self._field_of.get(widget)
        if field is not None:
            self.touch([field])

    def unbind(self, fields: Iterable[str]) -> None:
        for name in list(fields):
            widget = self._widgets.pop(name, None)
            if widget is not None and self._field_of.get(widget) == name:
                del self._field_of[widget]
            self._labels.pop(name, None)
            self._errors.pop(name, None)
            self._edited.discard(name)
            self._touched.discard(name)

    def fields(self, prefix: str = "") -> list[str]:
        return [name for name in self._labels if name.startswith(prefix)]

    def widget(self, field: str) -> QWidget | None:
        return self._widgets.get(field)

    def label(self, field: str) -> FieldError | None:
        return self._labels.get(field)

    def touch(self, fields: Iterable[str]) -> None:
        """The officer left these fields or tried to go on: show their errors in full."""
        self._touched.update(fields)
        self.render()

    def reset(self) -> None:
        self._errors.clear()
        self._edited.clear()
        self._touched.clear()
        self.render()

    def update(self, errors: Sequence[ValidationError]) -> None:
        """Take the form's current errors (the first per field wins) and show what is due."""
        self._errors = {}
        for error in errors:
            self._errors.setdefault(error.field, error)
        self.render()

    def error(self, field: str) -> ValidationError | None:
        return self._errors.get(field)

    def shown(self, field: str) -> bool:
        error = self._errors.get(field)
        if error is None:
            return False
        if field in self._touched:
            return True
        return field in self._edited and error.code not in INCOMPLETE_CODES

    def render(self) -> None:
        lang = self._lang()
        for field, label in self._labels.items():
            error = self._errors.get(field)
            shown = error is not None and self.shown(field)
            label.set_message(error.message(lang) if error and shown else None)
            widget = self._widgets.get(field)
            if widget is not None:
                mark_invalid(widget, shown)
