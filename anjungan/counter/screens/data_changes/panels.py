"""One panel of fields per change type, built from a short list of what each type asks.

Owns `SPECS` (per `ChangeType`, its fields in the order the officer fills them: a text
line, a choice or a tick box), `ChangePanel` (caption | input | error rows of one type,
read back as the keyword arguments of that type's form; the months in arrears also
have a note saying where the figure came from) and `DocumentsBox` (one tick box
per document the change needs). Captions, placeholders and the labels of choices are set
here in the interface language. View only: no rules, no store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.domain.change_types import ChangeDocument, ChangeType
from anjungan.core.domain.changes import FktpChangeReason
from anjungan.core.domain.member_changes import SegmentChangeCause
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.services.data_change_forms import ADD_KINDS, REMOVE_KINDS, TARGET_SEGMENTS
from anjungan.counter.widgets.fields import FieldError, FormErrors, FormGrid

Choices = tuple[Any, ...]


@dataclass(frozen=True)
class Field:
    name: str
    kind: str = "text"  # "text", "choice" or "check"
    choices: Choices = ()
    enum: type[Enum] | None = None
    default: bool = False  # a tick box's starting state


def _text(name: str) -> Field:
    return Field(name)


def _choice(name: str, choices: Choices, enum: type[Enum] | None) -> Field:
    return Field(name, "choice", choices, enum)


def _check(name: str, default: bool = False) -> Field:
    return Field(name, "check", default=default)


_SEGMENTS = _choice("segment", tuple(Segment), Segment)
_FAMILY = _text("family_members")
_ARREARS = _text("months_in_arrears")

SPECS: dict[ChangeType, tuple[Field, ...]] = {
    ChangeType.IDENTITY: (_text("new_nik"), _text("new_kk"), _text("new_name"), _text("note")),
    ChangeType.CONTACT: (_text("phone"), _text("email"), _text("address")),
    ChangeType.RANK_SALARY: (_text("rank"), _text("salary")),
    ChangeType.FAMILY_ADD: (
        _choice("kind", ADD_KINDS, type(ADD_KINDS[0])),
        _text("member_nik"),
        _text("member_name"),
    ),
    ChangeType.FAMILY_REMOVE: (
        _choice("cause", REMOVE_KINDS, type(REMOVE_KINDS[0])),
        _text("member_nik"),
        _text("event_on"),
    ),
    ChangeType.FKTP: (
        _SEGMENTS,
        _choice("reason", tuple(FktpChangeReason), FktpChangeReason),
        _text("fktp_code"),
        _text("last_change_on"),
        _check("tni_polri"),
    ),
    ChangeType.CARE_CLASS: (
        _SEGMENTS,
        _choice("current_class", tuple(CareClass), CareClass),
        _choice("requested_class", tuple(CareClass), CareClass),
        _text("class_since"),
        _ARREARS,
        _FAMILY,
        _text("members_requested"),
        _check("first_payment_made", default=True),
    ),
    ChangeType.REACTIVATION: (
        _SEGMENTS,
        _choice("care_class", tuple(CareClass), CareClass),
        _FAMILY,
        _ARREARS,
        _text("inacbg_cost"),
    ),
    ChangeType.ABROAD_OUT: (_SEGMENTS, _text("departure_on"), _text("months_abroad")),
    ChangeType.ABROAD_IN: (_text("return_on"),),
    ChangeType.SEGMENT: (
        _SEGMENTS,
        _choice("target_segment", TARGET_SEGMENTS, Segment),
        _choice("cause", tuple(SegmentChangeCause), SegmentChangeCause),
        _choice("care_class", tuple(CareClass), CareClass),
        _FAMILY,
        _choice("bank", (), None),  # filled from the tariff schedule in force
        _text("account_number"),
    ),
}

# Shared with the view's own rows, so captions and inputs line up in one column each.
CAPTION_WIDTH = 190
INPUT_WIDTH = 300

# Fields with a note under them saying where the value came from (`bill_lookup.py`).
NOTED_FIELDS = frozenset({"months_in_arrears"})

DATE_FIELDS = frozenset({"event_on", "last_change_on", "class_since", "departure_on", "return_on"})


class ChangePanel(QWidget):
    """The fields of one change type; `values()` gives its form's keyword arguments."""

    def __init__(self, change: ChangeType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change = change
        self.specs = SPECS[change]
        self.inputs: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}
        self.notes: dict[str, QLabel] = {}
        """Where a field's value came from (the central server's bill), under the field."""
        grid = FormGrid(input_width=INPUT_WIDTH, errors_below=True)
        grid.setColumnMinimumWidth(0, CAPTION_WIDTH)
        for spec in self.specs:
            widget: QWidget
            if spec.kind == "choice":
                widget = QComboBox()
            elif spec.kind == "check":
                widget = QCheckBox()
                widget.setChecked(spec.default)
            else:
                widget = QLineEdit()
                widget.setMaxLength(24 if spec.name in DATE_FIELDS else 220)
            caption, error = grid.add_field(widget)
            self.inputs[spec.name] = widget
            self.captions[spec.name] = caption
            self.errors[spec.name] = error
            if spec.name in NOTED_FIELDS:
                note = QLabel()
                note.setObjectName("Hint")
                note.setWordWrap(True)
                note.setVisible(False)
                grid.addWidget(note, grid.rowCount(), 1)
                self.notes[spec.name] = note
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addStretch(1)

    def bind(self, errors: FormErrors) -> None:
        for name, widget in self.inputs.items():
            errors.bind(name, self.errors[name], widget)

    def chain(self) -> list[QWidget]:
        return [self.inputs[spec.name] for spec in self.specs]

    def line(self, name: str) -> QLineEdit:
        widget = self.inputs[name]
        assert isinstance(widget, QLineEdit)
        return widget

    def combo(self, name: str) -> QComboBox:
        widget = self.inputs[name]
        assert isinstance(widget, QComboBox)
        return widget

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec in self.specs:
            widget = self.inputs[spec.name]
            if isinstance(widget, QLineEdit):
                out[spec.name] = widget.text()
            elif isinstance(widget, QCheckBox):
                out[spec.name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                data = widget.currentData() or ""
                if spec.enum is None:
                    out[spec.name] = data
                else:
                    out[spec.name] = spec.enum(data) if data else None
        return out

    def clear(self) -> None:
        for spec in self.specs:
            widget = self.inputs[spec.name]
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QCheckBox):
                widget.setChecked(spec.default)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)

    def set_banks(self, banks: tuple[str, ...]) -> None:
        if "bank" in self.inputs:
            _fill(self.combo("bank"), [(self._choose(), ""), *((b, b) for b in banks)])

    def set_choices(self, lang: str) -> None:
        for spec in self.specs:
            if spec.kind != "choice" or spec.enum is None:
                continue
            items = [(self.choice_label(value, lang), value.value) for value in spec.choices]
            _fill(self.combo(spec.name), [(self._choose(), ""), *items])

    def choice_label(self, value: Any, lang: str) -> str:
        if isinstance(value, FktpChangeReason):
            return {
                FktpChangeReason.REGULAR: self.tr("Regular (no proof needed)"),
                FktpChangeReason.MOVED_DOMICILE: self.tr("Moved house (proof needed)"),
                FktpChangeReason.JOB_TRANSFER: self.tr("Job transfer (proof needed)"),
            }[value]
        label: Callable[[str], str] = value.label
        return label(lang)

    def _choose(self) -> str:
        return self.tr("– choose –")

    def retranslate(self) -> None:
        texts = self.caption_texts()
        for name, caption in self.captions.items():
            caption.setText(texts[name])
        hints = {
            "new_nik": self.tr("Only if the NIK was wrong"),
            "new_kk": self.tr("Only if the KK number changed"),
            "new_name": self.tr("As on the KTP or KK"),
            "note": self.tr("What was wrong and where it was seen"),
            "phone": "0812 3456 7890",
            "email": "nama@contoh.co.id",
            "salary": "5.250.000",
            "rank": self.tr("e.g. III/c or Letnan Dua"),
            "fktp_code": "0138U020",
            "last_change_on": self.tr("dd-mm-yyyy, empty if not known"),
            "inacbg_cost": self.tr("Optional: only for an inpatient stay"),
        }
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                hint = hints.get(name, self.tr("dd-mm-yyyy") if name in DATE_FIELDS else "")
                widget.setPlaceholderText(hint)
        if "tni_polri" in self.inputs:
            box = self.inputs["tni_polri"]
            assert isinstance(box, QCheckBox)
            box.setText(self.tr("Member of TNI or Polri"))
        if "first_payment_made" in self.inputs:
            box = self.inputs["first_payment_made"]
            assert isinstance(box, QCheckBox)
            box.setText(self.tr("The first iuran has been paid"))

    def caption_texts(self) -> dict[str, str]:
        texts = {
            "new_nik": self.tr("Correct NIK"),
            "new_kk": self.tr("New KK number"),
            "new_name": self.tr("Correct name"),
            "note": self.tr("Reason for the correction"),
            "phone": self.tr("Mobile phone"),
            "email": self.tr("E-mail"),
            "address": self.tr("Domicile address"),
            "rank": self.tr("Rank (golongan/pangkat)"),
            "salary": self.tr("Wage and allowances per month"),
            "kind": self.tr("Kind of addition"),
            "member_nik": self.tr("Member's NIK"),
            "member_name": self.tr("Member's name"),
            "cause": self.tr("Cause"),
            "event_on": self.tr("Date of death or divorce"),
            "segment": self.tr("Current segment"),
            "reason": self.tr("Reason"),
            "fktp_code": self.tr("New FKTP code"),
            "last_change_on": self.tr("Last FKTP change"),
            "tni_polri": self.tr("TNI/Polri"),
            "current_class": self.tr("Current class"),
            "requested_class": self.tr("New class"),
            "class_since": self.tr("In the current class since"),
            "months_in_arrears": self.tr("Months in arrears (bill)"),
            "family_members": self.tr("Members on the KK"),
            "members_requested": self.tr("Members changing class"),
            "first_payment_made": self.tr("First payment"),
            "care_class": self.tr("Care class"),
            "inacbg_cost": self.tr("INA-CBG package cost"),
            "departure_on": self.tr("Departure date"),
            "months_abroad": self.tr("Months abroad"),
            "return_on": self.tr("Date back in Indonesia"),
            "target_segment": self.tr("New segment"),
            "bank": self.tr("Autodebit bank"),
            "account_number": self.tr("Account number"),
        }
        if self.change is ChangeType.SEGMENT:
            texts["cause"] = self.tr("Cause of the change")
        return texts


class DocumentsBox(QWidget):
    """One tick box per document the change needs; ticks survive a change of list."""

    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setObjectName("Caption")
        self.boxes: dict[ChangeDocument, QCheckBox] = {}
        self._list = QVBoxLayout()
        self.error = FieldError()
        errors.bind("documents", self.error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(self._list)
        layout.addWidget(self.error)

    def set_documents(
        self, documents: tuple[ChangeDocument, ...], lang: str
    ) -> list[QCheckBox] | None:
        """Show the boxes of ``documents``; None when the list is already shown."""
        if tuple(self.boxes) == documents:
            for doc, box in self.boxes.items():
                box.setText(doc.label(lang))
            return None
        ticked = {doc for doc, box in self.boxes.items() if box.isChecked()}
        for box in self.boxes.values():
            self._list.removeWidget(box)
            box.hide()  # gone now, not when the deferred delete runs
            box.deleteLater()
        self.boxes = {}
        for doc in documents:
            box = QCheckBox(doc.label(lang))
            box.setChecked(doc in ticked)
            self.boxes[doc] = box
            self._list.addWidget(box)
            box.show()  # at once, not on the next event loop pass: Enter may reach it now
        self.setVisible(bool(documents))
        return list(self.boxes.values())

    def documents(self) -> frozenset[ChangeDocument]:
        return frozenset(doc for doc, box in self.boxes.items() if box.isChecked())

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)


def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen or "")))
    combo.blockSignals(False)
