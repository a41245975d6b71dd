"""Virtual account: where and how to pay the family's iuran, with the amount.

Owns `VaView` and `VaController`. One VA per family (DOMAIN.md "Identity": bank prefix
``88888`` for BRI, BNI, BTN, BCA, ``89888`` for Mandiri, plus the last 11 digits of the
card number); the numbers and the amount come from the server's `FamilyBill`. A family
whose iuran is paid by an employer or the government has no VA: the screen says who pays
instead. Printed as a VA slip (`printing.documents.VaSlip`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from anjungan.core.clock import Clock
from anjungan.kiosk.screens import format as fmt
from anjungan.kiosk.screens.participant import (
    Account,
    ParticipantController,
    ParticipantView,
    fetch_account,
)
from anjungan.kiosk.screens.slips import amount_to_pay, va_slip
from anjungan.kiosk.screens.widgets import Card, FactRow, wrapping
from anjungan.kiosk.ui.keypad import group_digits
from anjungan.kiosk.ui.widgets import named
from anjungan.printing.documents import ThermalDocument

MAX_BANKS = 6


class VaView(ParticipantView):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self._shown: tuple[Account, bool] | None = None
        self.family = wrapping(named(QLabel(), "Lead"))
        self.amount_card = Card(name="AmountCard")
        self.amount_caption = wrapping(named(QLabel(), "CardTitle"))
        self.amount = wrapping(named(QLabel(), "Amount"))
        self.amount_card.body.addWidget(self.amount_caption)
        self.amount_card.body.addWidget(self.amount)
        self.accounts_card = Card()
        self.accounts_title = wrapping(named(QLabel(), "CardTitle"))
        self.accounts_card.body.addWidget(self.accounts_title)
        self.bank_rows = [FactRow() for _ in range(MAX_BANKS)]
        for row in self.bank_rows:
            row.value.setObjectName("VaNumber")
            self.accounts_card.body.addWidget(row)
        self.how_card = Card(name="NextCard")
        self.how_title = wrapping(named(QLabel(), "CardTitle"))
        self.how_card.body.addWidget(self.how_title)
        self.channel_rows = [FactRow() for _ in range(4)]
        for row in self.channel_rows:
            self.how_card.body.addWidget(row)
        self.none_text = wrapping(named(QLabel(), "Body"))
        self.add_result_page(
            self.family, self.none_text, self.amount_card, self.accounts_card, self.how_card
        )
        self.clear_result()
        self.retranslate()

    def show_accounts(self, account: Account, printer_available: bool) -> None:
        self._shown = (account, printer_available)
        self._fill(account, printer_available)
        self.show_page(self.result)

    def _fill(self, account: Account, printer_available: bool) -> None:
        bill = account.bill
        self.family.setText(self.tr("Family of %1").replace("%1", bill.masked_head_name))
        has_va = bool(bill.virtual_accounts)
        for widget in (self.amount_card, self.accounts_card, self.how_card):
            widget.setVisible(has_va)
        self.none_text.setVisible(not has_va)
        self.print_button.setVisible(has_va and printer_available)
        if not has_va:
            payers = ", ".join(fmt.label(p.payer) for p in bill.payers)
            self.none_text.setText(
                self.tr(
                    "Your family's contribution is paid by: %1. There is no virtual "
                    "account for you to pay."
                ).replace("%1", payers)
            )
            return
        amount, _what = amount_to_pay(bill)
        if bill.reactivation_amount is not None:
            caption = self.tr("Pay this amount to reactivate your cover")
        elif bill.amount_owed:
            caption = self.tr("Amount to pay now")
        else:
            caption = self.tr("Monthly contribution, due by the 10th")
        self.amount_caption.setText(caption)
        self.amount.setText(fmt.rupiah(amount))
        self.accounts_title.setText(self.tr("Virtual account numbers: one for the whole family"))
        for row, va in zip(self.bank_rows, bill.virtual_accounts, strict=False):
            row.set(va.bank, group_digits(va.number))
            row.show()
        for row in self.bank_rows[len(bill.virtual_accounts) :]:
            row.clear()
            row.hide()

    def clear_result(self) -> None:
        self._shown = None
        for label in (self.family, self.amount, self.none_text):
            label.clear()
        for row in self.bank_rows:
            row.clear()

    def retranslate(self) -> None:
        self.retranslate_frame()
        self.title.setText(self.tr("Virtual account"))
        self.identify.set_instruction(
            self.tr(
                "Type the NIK of any family member, or the number on a JKN card of the "
                "family, then press OK."
            )
        )
        self.how_title.setText(self.tr("How to pay"))
        channels = (
            (self.tr("ATM"), self.tr("Choose Pay, then BPJS Kesehatan, and type the VA number.")),
            (
                self.tr("Mobile or internet banking"),
                self.tr("Menu Pay, BPJS Kesehatan, then the VA number of your bank."),
            ),
            (
                self.tr("Bank teller, post office, minimarket"),
                self.tr("Give the VA number and the amount. Keep the receipt."),
            ),
            (
                self.tr("Mobile JKN app"),
                self.tr("Menu Payment: the app shows your bill and the VA."),
            ),
        )
        for row, (where, how) in zip(self.channel_rows, channels, strict=True):
            row.set(where, how)
        self.print_button.setText(self.tr("Print"))
        self.again_button.setText(self.tr("Check another number"))
        if self._shown is not None:
            self._fill(*self._shown)


class VaController(ParticipantController[Account]):
    def __init__(self, view: VaView, **deps: Any) -> None:
        super().__init__(view, fetch_account, **deps)
        self.va_view = view
        view.again_button.clicked.connect(self.open)

    def show(self, answer: Account) -> None:
        self.va_view.show_accounts(answer, self.printer.available)

    def document(self, answer: Account, now: datetime) -> ThermalDocument | None:
        if not answer.bill.virtual_accounts:
            return None
        return va_slip(answer.person, answer.bill, self.office_name, now)
