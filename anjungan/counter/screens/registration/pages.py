"""The pages of the registration wizard, in the order the officer fills them.

Segment, family (from the KK), address and phone, FKTP and class, documents, autodebit
account; the review and the saved confirmation are in `outcome.py`. Views only: each
page lays out its widgets, binds each field to its error label in the shared
`FormErrors`, and shows what the controller hands it. No validation, no store.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.domain.money import format_rupiah
from anjungan.core.domain.registration import Document, RegistrationRequirements
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.domain.tariffs import PbpuRates
from anjungan.core.services.registration import COUNTER_SEGMENTS
from anjungan.counter.screens.registration.family import FamilyTable
from anjungan.counter.widgets.fields import FieldError, FormErrors, FormGrid
from anjungan.kiosk.ui.widgets import named


class Page(QWidget):
    """A titled page that re-sets its texts when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = named(QLabel(), "PageTitle")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        self.body.addWidget(self.title)

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def wrapping(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class SegmentPage(Page):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[Segment, QRadioButton] = {}
        for segment in COUNTER_SEGMENTS:
            button = QRadioButton()
            self.buttons[segment] = button
            self.group.addButton(button)
            self.body.addWidget(button)
        self.error = FieldError()
        errors.bind("segment", self.error)
        self.requirements = wrapping("Requirements")
        self.body.addWidget(self.error)
        self.body.addWidget(self.requirements)
        self.body.addStretch(1)
        self.retranslate()

    def segment(self) -> Segment | None:
        return next((s for s, b in self.buttons.items() if b.isChecked()), None)

    def set_labels(self, lang: str) -> None:
        for segment, button in self.buttons.items():
            button.setText(segment.label(lang))

    def show_requirements(self, needs: RegistrationRequirements | None, lang: str) -> None:
        if needs is None:
            self.requirements.setText(self.tr("Choose the segment to see what to bring."))
            return
        items = [self.tr("Documents: {docs}").format(docs=_docs(needs.documents, lang))]
        if needs.whole_family:
            items.append(self.tr("Every member on the family card (KK) registers together."))
        if needs.autodebit_required:
            items.append(
                self.tr("Autodebit savings account at {banks}.").format(
                    banks=", ".join(needs.accepted_banks)
                )
            )
        if needs.materai:
            stamp = self.tr("Stamp duty {amount}.")
            items.append(stamp.format(amount=format_rupiah(needs.materai)))
        lines = "".join(f"<li>{item}</li>" for item in items)
        heading = self.tr("What the participant brings")
        self.requirements.setText(f"<b>{heading}</b><ul>{lines}</ul>")

    def retranslate(self) -> None:
        self.title.setText(self.tr("1. Participant segment"))


def _docs(documents: tuple[Document, ...], lang: str) -> str:
    return ", ".join(doc.label(lang) for doc in documents)


class FamilyPage(Page):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kk_number = QLineEdit()
        self.kk_number.setMaxLength(24)
        self.kk_count = QLineEdit()
        self.kk_count.setValidator(QIntValidator(1, 30, self.kk_count))
        self.kk_count.setMaximumWidth(80)
        grid = FormGrid()
        self.kk_caption, kk_error = grid.add_field(self.kk_number)
        self.count_caption, count_error = grid.add_field(self.kk_count)
        errors.bind("kk_number", kk_error, self.kk_number)
        errors.bind("kk_member_count", count_error, self.kk_count)
        self.body.addLayout(grid)
        self.hint = wrapping("Hint")
        self.members_error = FieldError()
        errors.bind("members", self.members_error)
        self.table = FamilyTable()
        self.add_button = QPushButton()
        # QShortcut, not a button shortcut: that one clicks 100 ms later (animateClick).
        self.add_shortcut = QShortcut(QKeySequence("Ctrl+M"), self)
        self.remove_shortcut = QShortcut(QKeySequence("Ctrl+Delete"), self)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.table)
        self.body.addWidget(self.members_error)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.retranslate()

    def kk_member_count(self) -> int | None:
        text = self.kk_count.text().strip()
        return int(text) if text.isdigit() else None

    def retranslate(self) -> None:
        self.title.setText(self.tr("2. Family, as on the family card (KK)"))
        self.kk_caption.setText(self.tr("KK number"))
        self.kk_number.setPlaceholderText(self.tr("16 digits"))
        self.count_caption.setText(self.tr("Members on the KK"))
        self.hint.setText(
            self.tr(
                "Type each NIK: birth date, sex and region fill in by themselves. "
                "Enter moves on; after the last member it goes to the next page."
            )
        )
        self.add_button.setText(self.tr("Add member (Ctrl+M)"))


class AddressPage(Page):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.province = QComboBox()
        self.kabkota = QComboBox()
        self.kecamatan = QComboBox()
        self.street = QLineEdit()
        self.street.setMaxLength(240)
        self.phone = QLineEdit()
        self.phone.setMaxLength(24)
        grid = FormGrid(input_width=380)
        self.captions: dict[str, QLabel] = {}
        for name, widget in (
            ("province", self.province),
            ("kabkota", self.kabkota),
            ("kecamatan", self.kecamatan),
            ("street", self.street),
            ("phone", self.phone),
        ):
            caption, error = grid.add_field(widget)
            self.captions[name] = caption
            errors.bind(name, error, widget)
        self.hint = wrapping("Hint")
        self.body.addLayout(grid)
        self.body.addWidget(self.hint)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("3. Address and phone"))
        self.captions["province"].setText(self.tr("Province"))
        self.captions["kabkota"].setText(self.tr("Regency/city"))
        self.captions["kecamatan"].setText(self.tr("District (kecamatan)"))
        self.captions["street"].setText(self.tr("Street, RT/RW, village"))
        self.captions["phone"].setText(self.tr("Mobile phone"))
        self.phone.setPlaceholderText("0812 3456 7890")
        self.hint.setText(
            self.tr(
                "The region starts from where the head's NIK was issued; change it if the "
                "family lives elsewhere. Type a letter to jump in a list."
            )
        )


class CarePage(Page):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fktp = QLineEdit()
        self.fktp.setMaxLength(10)
        grid = FormGrid()
        self.fktp_caption, fktp_error = grid.add_field(self.fktp)
        errors.bind("fktp_code", fktp_error, self.fktp)
        self.body.addLayout(grid)
        self.class_caption = named(QLabel(), "Caption")
        self.body.addWidget(self.class_caption)
        self.group = QButtonGroup(self)
        self.classes: dict[CareClass, QRadioButton] = {}
        for care_class in CareClass:
            button = QRadioButton()
            self.classes[care_class] = button
            self.group.addButton(button)
            self.body.addWidget(button)
        self.class_error = FieldError()
        errors.bind("care_class", self.class_error)
        self.body.addWidget(self.class_error)
        self.body.addStretch(1)
        self._rates: PbpuRates | None = None
        self.retranslate()

    def care_class(self) -> CareClass | None:
        return next((c for c, b in self.classes.items() if b.isChecked()), None)

    def show_rates(self, rates: PbpuRates | None) -> None:
        """Monthly iuran per person beside each class (PBPU/BP only; others pay by wage)."""
        self._rates = rates
        for care_class, button in self.classes.items():
            text = self.tr("Class {n}").format(n=care_class.value)
            if rates is not None and care_class is CareClass.III:
                subsidised = self.tr(
                    "{paid} per person per month (of {total}; the rest is subsidised)"
                )
                text += "  –  " + subsidised.format(
                    paid=format_rupiah(rates.class_iii.participant_part),
                    total=format_rupiah(rates.class_iii.total),
                )
            elif rates is not None:
                amount = rates.class_i if care_class is CareClass.I else rates.class_ii
                text += "  –  " + self.tr("{amount} per person per month").format(
                    amount=format_rupiah(amount)
                )
            button.setText(text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("4. Primary care facility (FKTP) and class"))
        self.fktp_caption.setText(self.tr("FKTP code"))
        self.fktp.setPlaceholderText("0138U020")
        self.class_caption.setText(self.tr("Care class"))
        self.show_rates(self._rates)


class DocumentsPage(Page):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[Document, QCheckBox] = {}
        self._list = QVBoxLayout()
        self.body.addLayout(self._list)
        self.error = FieldError()
        errors.bind("documents", self.error)
        self.hint = wrapping("Hint")
        self.body.addWidget(self.error)
        self.body.addWidget(self.hint)
        self.body.addStretch(1)
        self.retranslate()

    def set_documents(self, documents: tuple[Document, ...], lang: str) -> list[QCheckBox]:
        """Show one box per required document, keeping ticks already given."""
        ticked = {doc for doc, box in self.boxes.items() if box.isChecked()}
        for box in self.boxes.values():
            self._list.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        for doc in documents:
            box = QCheckBox(doc.label(lang))
            box.setChecked(doc in ticked)
            self.boxes[doc] = box
            self._list.addWidget(box)
        return list(self.boxes.values())

    def documents(self) -> frozenset[Document]:
        return frozenset(doc for doc, box in self.boxes.items() if box.isChecked())

    def retranslate(self) -> None:
        self.title.setText(self.tr("5. Documents checked"))
        self.hint.setText(self.tr("Tick each original document you have seen. Space ticks."))


class AutodebitPage(Page):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = QComboBox()
        self.account = QLineEdit()
        self.account.setMaxLength(24)
        self.holder = QLineEdit()
        self.holder.setMaxLength(120)
        grid = FormGrid()
        self.captions: dict[str, QLabel] = {}
        for name, widget in (
            ("autodebit_bank", self.bank),
            ("autodebit_account", self.account),
            ("autodebit_holder", self.holder),
        ):
            caption, error = grid.add_field(widget)
            self.captions[name] = caption
            errors.bind(name, error, widget)
        self.hint = wrapping("Hint")
        self.body.addLayout(grid)
        self.body.addWidget(self.hint)
        self.body.addStretch(1)
        self.retranslate()

    def set_banks(self, banks: tuple[str, ...], choose: str) -> None:
        chosen = self.bank.currentData()
        self.bank.clear()
        self.bank.addItem(choose, "")
        for bank in banks:
            self.bank.addItem(bank, bank)
        self.bank.setCurrentIndex(max(0, self.bank.findData(chosen or "")))

    def retranslate(self) -> None:
        self.title.setText(self.tr("6. Autodebit account"))
        self.captions["autodebit_bank"].setText(self.tr("Bank"))
        self.captions["autodebit_account"].setText(self.tr("Account number"))
        self.captions["autodebit_holder"].setText(self.tr("Account holder"))
        self.hint.setText(
            self.tr(
                "The monthly contribution is debited from this savings account. Copy the "
                "number from the front page of the savings book."
            )
        )
