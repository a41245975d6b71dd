"""The family table of the registration wizard: one row per person on the family card.

Owns `MemberRow` (NIK, name, relationship, "still studying", and what the NIK says:
birth date, sex, region of issue, shown as soon as the NIK is complete) and
`FamilyTable` (header, rows, adding and removing). Each row's errors sit right under
it, one line per field, and the offending cell gets a red frame. Holds no rule: the
controller validates the whole form and the facts come from `MemberEntry.facts`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.domain.nik import NikInfo, Sex, age_on
from anjungan.core.services.registration import FamilyRole, MemberEntry
from anjungan.counter.widgets.fields import FieldError, FormErrors
from anjungan.counter.widgets.formatting import format_date
from anjungan.kiosk.ui.widgets import named

# Pixel widths of the fixed columns; name and region share what is left.
_NUMBER, _NIK, _ROLE, _STUDY, _BORN, _SEX, _REMOVE = 26, 180, 160, 84, 150, 90, 30
_STRETCH = -1
COLUMNS = (_NUMBER, _NIK, _STRETCH, _ROLE, _STUDY, _BORN, _SEX, _STRETCH, _REMOVE)


def _cells(layout: QHBoxLayout, widgets: list[QWidget]) -> None:
    for width, widget in zip(COLUMNS, widgets, strict=True):
        if width == _STRETCH:
            widget.setMinimumWidth(120)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            layout.addWidget(widget, 1)
        else:
            widget.setFixedWidth(width)
            layout.addWidget(widget)


class MemberRow(QWidget):
    """One person: four inputs, three facts read from the NIK, and the row's errors."""

    removed = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = named(QLabel(), "RowNumber")
        self.nik = QLineEdit()
        self.nik.setMaxLength(24)  # room for spaces or dashes typed from a card
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.relationship = QComboBox()
        self.studying = QCheckBox()
        self.born = named(QLabel(), "Derived")
        self.sex = named(QLabel(), "Derived")
        self.region = named(QLabel(), "Derived")
        self.region.setWordWrap(True)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard: Ctrl+Delete
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        self.errors = {key: FieldError() for key in ("nik", "name", "relationship")}
        cells = QHBoxLayout()
        cells.setContentsMargins(0, 0, 0, 0)
        cells.setSpacing(8)
        _cells(
            cells,
            [
                self.number,
                self.nik,
                self.name,
                self.relationship,
                self.studying,
                self.born,
                self.sex,
                self.region,
                self.remove_button,
            ],
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(cells)
        for error in self.errors.values():
            error.setContentsMargins(_NUMBER + 8, 0, 0, 0)
            layout.addWidget(error)
        self._lang = "id"
        self._facts: tuple[NikInfo | None, date] | None = None
        self.retranslate()

    def inputs(self) -> list[QWidget]:
        return [self.nik, self.name, self.relationship, self.studying]

    def entry(self) -> MemberEntry:
        role = self.relationship.currentData()
        return MemberEntry(
            nik=self.nik.text(),
            name=self.name.text(),
            relationship=FamilyRole(role) if role else None,
            studying=self.studying.isChecked(),
        )

    def bind(self, errors: FormErrors, index: int) -> None:
        self.number.setText(f"{index + 1}.")
        widgets: dict[str, QWidget] = {
            "nik": self.nik,
            "name": self.name,
            "relationship": self.relationship,
        }
        for key, widget in widgets.items():
            errors.bind(f"members[{index}].{key}", self.errors[key], widget)

    def show_facts(self, info: NikInfo | None, today: date, lang: str) -> None:
        """Birth date (with age), sex and region of issue read from the NIK, or blanks."""
        self._facts = (info, today)
        self._lang = lang
        if info is None:
            for label in (self.born, self.sex, self.region):
                label.setText("–")
            return
        age = age_on(info.birth_date, today)
        self.born.setText(
            self.tr("{date} ({age} y)").format(
                date=format_date(info.birth_date, lang, long=False), age=age
            )
        )
        self.sex.setText(self.tr("Male") if info.sex is Sex.MALE else self.tr("Female"))
        if info.region is not None:
            self.region.setText(f"{info.region.kecamatan.name}, {info.region.kabkota.name}")
        else:
            self.region.setText(" ".join(w.message(lang) for w in info.warnings))

    def set_roles(self, lang: str) -> None:
        chosen = self.relationship.currentData()
        self.relationship.blockSignals(True)
        self.relationship.clear()
        self.relationship.addItem("–", "")
        for role in FamilyRole:
            self.relationship.addItem(role.label(lang), role.value)
        self.relationship.setCurrentIndex(max(0, self.relationship.findData(chosen or "")))
        self.relationship.blockSignals(False)

    def retranslate(self) -> None:
        self.nik.setPlaceholderText(self.tr("16 digits"))
        self.name.setPlaceholderText(self.tr("As on the KK"))
        self.studying.setText(self.tr("Yes"))
        self.studying.setToolTip(self.tr("Child still in formal education (covered until 25)"))
        self.remove_button.setToolTip(self.tr("Remove this member (Ctrl+Delete)"))
        self.errors["nik"].caption = "NIK"
        self.errors["name"].caption = self.tr("Name")
        self.errors["relationship"].caption = self.tr("Relationship")
        if self._facts is not None:
            self.show_facts(self._facts[0], self._facts[1], self._lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FamilyTable(QWidget):
    """The header and the member rows; rows are added and removed here."""

    row_added = Signal(QWidget)
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MemberRow] = []
        self.headers = [named(QLabel(), "ColumnHeader") for _ in COLUMNS]
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(8)
        _cells(header, list(self.headers))
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(self._rows_box)
        self.retranslate()

    def add_row(self) -> MemberRow:
        row = MemberRow(self)
        row.removed.connect(self._remove)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        # A layout shows a new child only at the next event loop turn; Enter may
        # already be on its way to this row.
        row.show()
        self.row_added.emit(row)
        self.rows_changed.emit()
        return row

    def ensure_rows(self, count: int) -> None:
        """At least ``count`` rows; filled rows are never removed by this."""
        while len(self.rows) < count:
            self.add_row()

    def remove_row(self, row: MemberRow) -> None:
        self._remove(row)

    def _remove(self, widget: QWidget) -> None:
        if not isinstance(widget, MemberRow) or widget not in self.rows:
            return
        self.rows.remove(widget)
        self._rows_box.removeWidget(widget)
        widget.hide()
        widget.deleteLater()
        self.rows_changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self._remove(row)

    def entries(self) -> tuple[MemberEntry, ...]:
        return tuple(row.entry() for row in self.rows)

    def row_of(self, widget: QWidget | None) -> MemberRow | None:
        while widget is not None:
            if isinstance(widget, MemberRow) and widget in self.rows:
                return widget
            widget = widget.parentWidget()
        return None

    def retranslate(self) -> None:
        texts = (
            "#",
            "NIK",
            self.tr("Name"),
            self.tr("Relationship"),
            self.tr("Studying"),
            self.tr("Born (from NIK)"),
            self.tr("Sex"),
            self.tr("Issued in"),
            "",
        )
        for label, text in zip(self.headers, texts, strict=True):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
