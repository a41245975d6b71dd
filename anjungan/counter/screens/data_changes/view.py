"""The data-change screen: the change-type chooser, the participant, the form of that type.

Owns the layout (type chooser, card number and NIK, one `ChangePanel` per type in a
stack, the documents to tick, what the change does, the save button and the status
line), the keyboard shortcuts (Ctrl+S save, Ctrl+T change type) and `form()`, which reads
the shown panel into its form. View only: the controller validates, previews and saves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.domain.change_types import ChangeType
from anjungan.core.services.data_changes import FORMS, ChangeForm, Subject
from anjungan.counter.screens.data_changes.panels import (
    CAPTION_WIDTH,
    INPUT_WIDTH,
    ChangePanel,
    DocumentsBox,
)
from anjungan.counter.widgets.fields import FieldError, FormErrors, FormGrid, mark_invalid
from anjungan.kiosk.ui.widgets import named


class DataChangesView(QWidget):
    language_changed = Signal()

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.errors = FormErrors(lang)
        self.title = named(QLabel(), "ScreenTitle")
        self.change_type = QComboBox()
        for change in ChangeType:
            self.change_type.addItem(change.label(lang()), change.value)
        self.card_number = QLineEdit()
        self.card_number.setMaxLength(24)
        self.nik = QLineEdit()
        self.nik.setMaxLength(24)
        top = FormGrid(input_width=INPUT_WIDTH, errors_below=True)
        top.setColumnMinimumWidth(0, CAPTION_WIDTH)
        self.type_caption, _type_error = top.add_field(self.change_type)
        self.card_caption, card_error = top.add_field(self.card_number)
        self.nik_caption, nik_error = top.add_field(self.nik)
        self.errors.bind("card_number", card_error, self.card_number)
        self.errors.bind("nik", nik_error, self.nik)
        self.panels: dict[ChangeType, ChangePanel] = {}
        self.stack = QStackedWidget()
        for change in ChangeType:
            panel = ChangePanel(change)
            self.panels[change] = panel
            self.stack.addWidget(panel)
        self.documents = DocumentsBox(self.errors)
        self.documents.setVisible(False)
        self.problem = FieldError()
        self.errors.bind("change", self.problem)
        self.preview = named(QLabel(), "DuePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = named(QPushButton(), "Primary")
        self.save_button.setAutoDefault(True)
        self.status = named(QLabel(), "Saved")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keys_hint = named(QLabel(), "Hint")
        self.keys_hint.setWordWrap(True)
        self.save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        self.type_shortcut = QShortcut(QKeySequence("Ctrl+T"), self)
        self.type_shortcut.activated.connect(self.focus_first)
        body = named(QFrame(), "Panel")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.setSpacing(10)
        inner.addLayout(top)
        inner.addWidget(self.stack)
        inner.addWidget(self.documents)
        inner.addWidget(self.problem)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.preview)
        side.addWidget(self.save_button)
        side.addWidget(self.status)
        side.addWidget(self.keys_hint)
        side.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(scroll, 3)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)
        self.retranslate()

    def current(self) -> ChangeType:
        return ChangeType(self.change_type.currentData())

    def panel(self) -> ChangePanel:
        return self.panels[self.current()]

    def show_type(self, change: ChangeType) -> None:
        # The stack takes the height of the shown panel only, not of the longest one.
        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        for key, panel in self.panels.items():
            shown = key is change
            panel.setSizePolicy(preferred if shown else ignored, preferred if shown else ignored)
        self.stack.setCurrentWidget(self.panels[change])
        self.stack.adjustSize()

    def chain(self) -> list[QWidget]:
        """The inputs in the order Enter (and Tab) visit them."""
        return [
            self.change_type,
            self.card_number,
            self.nik,
            *self.panel().chain(),
            *self.documents.boxes.values(),
        ]

    def fix_tab_order(self) -> None:
        chain = [*self.chain(), self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        self.change_type.setFocus()

    def form(self) -> ChangeForm:
        change = self.current()
        values = self.panel().values()
        if "documents" in {spec.name for spec in fields(FORMS[change])}:
            values["documents"] = self.documents.documents()
        subject = Subject(card_number=self.card_number.text(), nik=self.nik.text())
        return FORMS[change](subject=subject, **values)

    def clear(self) -> None:
        """Empty the form for the next participant; the change type stays."""
        self.card_number.clear()
        self.nik.clear()
        self.panel().clear()
        self.documents.clear()

    def show_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        mark_invalid(self.status, problem)

    def retranslate(self) -> None:
        lang = self._lang()
        self.title.setText(self.tr("Data changes"))
        self.type_caption.setText(self.tr("Change"))
        self.card_caption.setText(self.tr("JKN card no."))
        self.nik_caption.setText(self.tr("Participant's NIK"))
        self.card_number.setPlaceholderText(self.tr("13 digits"))
        self.nik.setPlaceholderText(self.tr("16 digits, as on the KTP"))
        self.documents.caption.setText(self.tr("Documents checked (Space ticks)"))
        for index in range(self.change_type.count()):
            change = ChangeType(self.change_type.itemData(index))
            self.change_type.setItemText(index, change.label(lang))
        for panel in self.panels.values():
            panel.retranslate()
            panel.set_choices(lang)
        self.save_button.setText(self.tr("Save change (Ctrl+S)"))
        self.keys_hint.setText(
            self.tr("Enter: next field, on the last one saves  ·  Ctrl+T: change type")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.errors.render()
            self.language_changed.emit()
        super().changeEvent(event)
