"""Fixing one record the server refused: its reasons, the fields they name, "send again".

Owns `FixPanel`: for the chosen `Correction` a heading (what and whom it is about), the
reasons that name no field, and one row per field the server named: its caption in
words ("Member 2: NIK"), an input holding the value as it was sent, the server's
sentence under it and the live error of the corrected value (`FormErrors`). The rows
are rebuilt only when another record is chosen, so an officer's typing survives a
refresh. View only: the controller checks the values and sends them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.services.resubmission import Correction, FieldToFix
from anjungan.counter.widgets.fields import FieldError, FormErrors, mark_invalid
from anjungan.kiosk.ui.widgets import named

_MEMBER = re.compile(r"members\[(\d+)\]\.(\w+)")


class FixPanel(QFrame):
    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self._lang = lang
        self.errors = FormErrors(lang)
        self.correction: Correction | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        self.reasons: dict[str, QLabel] = {}
        self.title = named(QLabel(), "PanelTitle")
        self.heading = named(QLabel(), "Body")
        self.heading.setWordWrap(True)
        self.general = named(QLabel(), "FieldError")
        self.general.setWordWrap(True)
        self.hint = named(QLabel(), "Hint")
        self.hint.setWordWrap(True)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.send_button = named(QPushButton(), "Primary")
        self.send_button.setAutoDefault(True)
        self.status = named(QLabel(), "Saved")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.heading)
        layout.addWidget(self.general)
        layout.addWidget(self.rows)
        layout.addWidget(self.hint)
        layout.addWidget(self.send_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.show_correction(None, "")

    # -- the chosen record ----------------------------------------------------------------

    def show_correction(self, correction: Correction | None, heading: str) -> None:
        """Rebuild the rows for ``correction`` (None: nothing to fix)."""
        self.correction = correction
        self._clear_rows()
        self.errors = FormErrors(self._lang)
        if correction is not None:
            for field in correction.fields:
                self._add_row(field)
        self.heading.setText(heading)
        has = correction is not None
        for widget in (self.heading, self.send_button):
            widget.setVisible(has)
        self.rows.setVisible(bool(correction and correction.fields))
        self.retranslate()

    def _clear_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.edits, self.captions, self.reasons = {}, {}, {}

    def _add_row(self, field: FieldToFix) -> None:
        row = self.grid.rowCount()
        caption = named(QLabel(), "Caption")
        edit = QLineEdit(field.value)
        edit.setMaxLength(500)
        caption.setBuddy(edit)
        reason = named(QLabel(), "Hint")
        reason.setWordWrap(True)
        error = FieldError()
        self.grid.addWidget(caption, row, 0)
        self.grid.addWidget(edit, row, 1)
        self.grid.addWidget(reason, row + 1, 1)
        self.grid.addWidget(error, row + 2, 1)
        self.edits[field.path] = edit
        self.captions[field.path] = caption
        self.reasons[field.path] = reason
        self.errors.bind(field.path, error, edit)

    def values(self) -> dict[str, str]:
        return {path: edit.text() for path, edit in self.edits.items()}

    def first_input(self) -> QWidget:
        return next(iter(self.edits.values()), self.send_button)

    def show_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        mark_invalid(self.status, problem)

    # -- words -----------------------------------------------------------------------------

    def field_label(self, path: str) -> str:
        names = {
            "nik": self.tr("NIK"),
            "name": self.tr("Name"),
            "kk_number": self.tr("KK number"),
            "phone": self.tr("Mobile phone"),
            "birth_date": self.tr("Birth date (YYYY-MM-DD)"),
            "sex": self.tr("Sex (L/P)"),
            "family_role": self.tr("Relationship"),
            "fktp_code": self.tr("FKTP code"),
            "care_class": self.tr("Care class"),
            "address": self.tr("Address"),
            "bank_code": self.tr("Bank"),
            "bank_account_number": self.tr("Account number"),
            "bank_account_holder": self.tr("Account holder"),
            "reporter_name": self.tr("Reporter's name"),
            "reporter_phone": self.tr("Reporter's phone"),
            "card_number": self.tr("JKN card number"),
            "description": self.tr("Problem"),
            "cause": self.tr("Cause"),
            "channel": self.tr("Channel"),
            "category": self.tr("Category"),
        }
        member = _MEMBER.fullmatch(path)
        if member is not None:
            index, leaf = member.groups()
            return self.tr("Member {n}: {field}").format(
                n=int(index) + 1, field=names.get(leaf, leaf)
            )
        return names.get(path, path)

    def retranslate(self) -> None:
        lang = self._lang()
        self.title.setText(self.tr("Fix and send again"))
        self.send_button.setText(self.tr("Send again (Ctrl+S)"))
        correction = self.correction
        if correction is None:
            self.hint.setText(
                self.tr(
                    "Nothing to fix. When the server refuses a record, it appears here "
                    "with the server's reasons, to be corrected and sent again."
                )
            )
            self.general.hide()
            return
        for field in correction.fields:
            self.captions[field.path].setText(self.field_label(field.path))
            self.reasons[field.path].setText(
                self.tr("Server: {reason}").format(
                    reason=" ".join(r.message(lang) for r in field.reasons)
                )
            )
        general = " ".join(r.message(lang) for r in correction.general)
        self.general.setText(general)
        self.general.setVisible(bool(general))
        if correction.fields:
            self.hint.setText(
                self.tr(
                    "Correct the fields above from the participant's documents, then send "
                    "again. The record goes to the server as a new item with the next sync."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "The server named nothing that can be typed here. Resolve the reason "
                    "above (for example with a supervisor), then send the record again "
                    "unchanged."
                )
            )
        self.errors.render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
