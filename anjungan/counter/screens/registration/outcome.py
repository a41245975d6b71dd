"""The last two pages of the registration wizard: the review and the saved confirmation.

`ReviewPage` shows the whole form as the officer reads it back to the participant
(names as they will be stored, what each NIK says, the address with its region names,
the first-payment window); `SavedPage` shows the provisional reference and prints the
registration receipt (a PDF with that reference). Views only: the values come from the
form and the receipt; nothing is decided here.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from anjungan.core.domain.names import normalize_name
from anjungan.core.domain.nik import Sex, format_nik
from anjungan.core.domain.registration import Document, first_payment_window
from anjungan.core.errors import ValidationError
from anjungan.core.services.registration import (
    RegistrationForm,
    RegistrationReceipt,
    address_line,
)
from anjungan.counter.screens.registration.pages import Page, wrapping
from anjungan.counter.widgets.fields import mark_invalid
from anjungan.counter.widgets.formatting import format_date
from anjungan.kiosk.ui.widgets import named


def _name(text: str) -> str:
    try:
        return normalize_name(text)
    except ValidationError:
        return text


class ReviewPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = wrapping("Summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = wrapping("Hint")
        self.body.addWidget(self.summary)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.retranslate()

    def show_form(self, form: RegistrationForm, today: date, lang: str) -> None:
        rows = []
        for member in form.members:
            facts = member.facts(today)
            born = format_date(facts.birth_date, lang, long=False) if facts else "–"
            sex = "–" if facts is None else self.tr("M") if facts.sex is Sex.MALE else self.tr("F")
            role = member.relationship.label(lang) if member.relationship else "–"
            nik = format_nik(facts.nik) if facts else escape(member.nik)
            cells = (escape(_name(member.name)), nik, escape(role), born, sex)
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        head = (self.tr("Name"), "NIK", self.tr("Relationship"), self.tr("Born"), self.tr("Sex"))
        table = (
            "<table cellspacing='0' cellpadding='4'><tr>"
            + "".join(f"<th align='left'>{h}</th>" for h in head)
            + "</tr>"
            + "".join(rows)
            + "</table>"
        )
        segment = form.segment.label(lang) if form.segment else "–"
        documents = [doc for doc in Document if doc in form.documents]  # the checklist order
        care = self.tr("Class {n}").format(n=form.care_class.value) if form.care_class else "–"
        facts_rows = [
            (self.tr("Segment"), escape(segment)),
            (self.tr("KK number"), escape(form.kk_number)),
            (self.tr("Address"), escape(address_line(form.address))),
            (self.tr("Mobile phone"), escape(form.phone)),
            (self.tr("FKTP"), escape(form.fktp_code.upper())),
            (self.tr("Care class"), care),
            (self.tr("Documents"), escape(", ".join(d.label(lang) for d in documents))),
        ]
        if form.segment is not None and form.segment.is_mandiri:
            debit = form.autodebit
            account = f"{debit.bank} {debit.account_number} a.n. {_name(debit.holder)}"
            first, last = first_payment_window(today)
            facts_rows += [
                (self.tr("Autodebit"), escape(account)),
                (
                    self.tr("First payment"),
                    self.tr("{first} to {last}").format(
                        first=format_date(first, lang), last=format_date(last, lang)
                    ),
                ),
            ]
        facts_html = "".join(
            f"<tr><td><b>{label}</b></td><td>{value}</td></tr>" for label, value in facts_rows
        )
        self.summary.setText(
            f"<table cellspacing='0' cellpadding='4'>{facts_html}</table><br>{table}"
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("7. Check with the participant, then save"))
        self.note.setText(
            self.tr(
                "Saving keeps the registration on this computer at once, even without a "
                "network; it is sent to the server when the connection is back."
            )
        )


class SavedPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = named(QLabel(), "Reference")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = wrapping("Body")
        self.print_button = named(QPushButton(), "Primary")
        self.print_shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        self.new_button = QPushButton()
        self.new_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        self.print_status = named(QLabel(), "Saved")
        self.print_status.setWordWrap(True)
        self.body.addWidget(self.reference)
        self.body.addWidget(self.details)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.new_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(self.print_status)
        self.body.addStretch(1)
        self.retranslate()

    def show_print_status(self, text: str, *, problem: bool = False) -> None:
        self.print_status.setText(text)
        mark_invalid(self.print_status, problem)

    def show_receipt(self, receipt: RegistrationReceipt, lang: str) -> None:
        self.reference.setText(receipt.reference)
        lines = [
            self.tr("{n} members, {segment}, registered {day}.").format(
                n=receipt.member_count,
                segment=receipt.segment.label(lang),
                day=format_date(receipt.registered_on, lang),
            )
        ]
        if receipt.first_payment is not None:
            first, last = receipt.first_payment
            lines.append(
                self.tr("First contribution payment: from {first} to {last}.").format(
                    first=format_date(first, lang), last=format_date(last, lang)
                )
            )
        lines.append(
            self.tr(
                "Give the participant this provisional reference. Card numbers and the "
                "virtual account follow when the server has received the registration."
            )
        )
        self.details.setText("<br>".join(escape(line) for line in lines))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Registration saved"))
        self.print_button.setText(self.tr("Print receipt (Ctrl+P)"))
        self.new_button.setText(self.tr("New registration (Ctrl+N)"))
