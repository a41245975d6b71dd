"""Contribution bill: what the family pays each month, what is owed, how to reactivate.

Owns `BillView` and `BillController`. Every figure comes from the server's `FamilyBill`
(DOMAIN.md "Payment, suspension, reactivation, penalty": due by the 10th; suspended from
the 1st of the month after an unpaid month; reactivation counts at most 24 months of
arrears plus the current month; the service penalty applies only to inpatient care
within 45 days after reactivation: 5% x INA-CBG cost x months, at most 12 months,
capped at Rp30,000,000, Perpres 64/2020 art. 42). This screen only explains them in
plain words; it computes nothing. Printed as a status slip with the bill's figures.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from anjungan.core.clock import Clock
from anjungan.core.wire.participants import FamilyBill
from anjungan.kiosk.screens import format as fmt
from anjungan.kiosk.screens.participant import (
    Account,
    ParticipantController,
    ParticipantView,
    fetch_account,
)
from anjungan.kiosk.screens.slips import bill_slip
from anjungan.kiosk.screens.widgets import Card, FactRow, wrapping
from anjungan.kiosk.ui.styling import set_state
from anjungan.kiosk.ui.widgets import named
from anjungan.printing.documents import ThermalDocument


class BillView(ParticipantView):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self._account: Account | None = None
        self.family = wrapping(named(QLabel(), "Lead"))
        self.state = wrapping(named(QLabel(), "StatusLine"))
        self.amount_card = Card(name="AmountCard")
        self.amount_caption = wrapping(named(QLabel(), "CardTitle"))
        self.amount = wrapping(named(QLabel(), "Amount"))
        self.amount_note = wrapping(named(QLabel(), "Body"))
        for label in (self.amount_caption, self.amount, self.amount_note):
            self.amount_card.body.addWidget(label)
        self.facts = Card()
        self.rows = {
            key: FactRow()
            for key in (
                "segment",
                "class",
                "people",
                "iuran",
                "payable",
                "payers",
                "paid",
                "due",
                "arrears",
                "counted",
            )
        }
        for row in self.rows.values():
            self.facts.body.addWidget(row)
        self.penalty_card = Card(name="NextCard")
        self.penalty_title = wrapping(named(QLabel(), "CardTitle"))
        self.penalty_text = wrapping(named(QLabel(), "Body"))
        self.penalty_card.body.addWidget(self.penalty_title)
        self.penalty_card.body.addWidget(self.penalty_text)
        self.va_button = named(QPushButton(), "Primary")
        self.add_result_page(
            self.family,
            self.state,
            self.amount_card,
            self.va_button,
            self.penalty_card,
            self.facts,
        )
        self.clear_result()
        self.retranslate()

    def show_bill(self, account: Account) -> None:
        self._account = account
        self._fill(account)
        self.show_page(self.result)

    def _fill(self, account: Account) -> None:
        bill, person = account.bill, account.person
        self.family.setText(self.tr("Family of %1").replace("%1", bill.masked_head_name))
        set_state(self.state, "state", "inactive" if bill.suspended else "active")
        self.state.setText(fmt.pick(person.status.message_id, person.status.message_en))
        self._show_amount(bill)
        self._show_facts(bill)
        self._show_penalty(bill)
        self.va_button.setVisible(bool(bill.virtual_accounts))

    def _show_amount(self, bill: FamilyBill) -> None:
        self.amount.show()
        if not bill.self_paid and not bill.amount_owed:
            # Someone else pays: a big amount here would read as a bill.
            self.amount_caption.setText(self.tr("Nothing for you to pay at the kiosk"))
            self.amount.clear()
            self.amount.hide()
            self.amount_note.setText(
                self.tr("The monthly contribution of your family is paid by: %1.").replace(
                    "%1", self._payers(bill)
                )
            )
        elif bill.reactivation_amount is not None:
            self.amount_caption.setText(self.tr("To reactivate your cover, pay"))
            self.amount.setText(fmt.rupiah(bill.reactivation_amount))
            self.amount_note.setText(
                self.tr(
                    "This is %1 months of arrears plus this month. At most 24 months of "
                    "arrears are counted."
                ).replace("%1", str(bill.months_counted))
            )
        elif bill.amount_owed:
            self.amount_caption.setText(self.tr("To pay now"))
            self.amount.setText(fmt.rupiah(bill.amount_owed))
            self.amount_note.setText(
                self.tr("Please pay by %1.").replace("%1", fmt.long_date(bill.due_date))
            )
        else:
            self.amount_caption.setText(self.tr("Nothing to pay now"))
            self.amount.setText(fmt.rupiah(0))
            self.amount_note.setText(
                self.tr("Paid through %1. Next payment: %2 a month, by the 10th.")
                .replace("%1", fmt.month_year(bill.paid_through))
                .replace("%2", fmt.rupiah(bill.monthly_payable))
            )

    def _payers(self, bill: FamilyBill) -> str:
        return ", ".join(f"{fmt.label(p.payer)} {fmt.rupiah(p.amount)}" for p in bill.payers)

    def _show_facts(self, bill: FamilyBill) -> None:
        rows = self.rows
        rows["segment"].set(self.tr("Membership type"), fmt.label(bill.segment))
        rows["class"].set(self.tr("Care class"), fmt.label(bill.care_class))
        rows["people"].set(self.tr("People covered"), str(bill.people))
        rows["iuran"].set(self.tr("Contribution per month"), fmt.rupiah(bill.monthly_iuran))
        rows["payable"].set(self.tr("You pay per month"), fmt.rupiah(bill.monthly_payable))
        rows["payable"].setVisible(bill.self_paid and bill.monthly_payable != bill.monthly_iuran)
        rows["payers"].set(self.tr("Paid by"), self._payers(bill))
        rows["paid"].set(self.tr("Paid through"), fmt.month_year(bill.paid_through))
        rows["due"].set(self.tr("Due date"), fmt.long_date(bill.due_date))
        rows["arrears"].set(self.tr("Months in arrears"), str(bill.months_in_arrears))
        rows["arrears"].setVisible(bill.months_in_arrears > 0)
        rows["counted"].set(self.tr("Months counted to reactivate"), str(bill.months_counted))
        rows["counted"].setVisible(bill.months_counted != bill.months_in_arrears)

    def _show_penalty(self, bill: FamilyBill) -> None:
        rule = bill.penalty
        self.penalty_card.setVisible(bill.suspended or bill.months_in_arrears > 0)
        self.penalty_title.setText(self.tr("Service penalty (denda pelayanan)"))
        self.penalty_text.setText(
            self.tr(
                "There is no late fee on the contribution itself. But if you need inpatient "
                "(hospital) care within %1 days after your cover is active again, you pay a "
                "penalty: %2% of the hospital package cost for each month in arrears, at "
                "most %3 months and at most %4. For your family, %5 months would count."
            )
            .replace("%1", str(rule.window_days))
            .replace("%2", format((rule.rate * 100).normalize(), "f"))
            .replace("%3", str(rule.max_months))
            .replace("%4", fmt.rupiah(rule.cap))
            .replace("%5", str(rule.months_that_would_count))
        )

    def clear_result(self) -> None:
        self._account = None
        for label in (self.family, self.state, self.amount, self.amount_note, self.penalty_text):
            label.clear()
        for row in self.rows.values():
            row.clear()

    def retranslate(self) -> None:
        self.retranslate_frame()
        self.title.setText(self.tr("Contribution bill"))
        self.identify.set_instruction(
            self.tr(
                "Type the NIK of any family member, or the number on a JKN card of the "
                "family, then press OK."
            )
        )
        self.va_button.setText(self.tr("How to pay (virtual account)"))
        self.print_button.setText(self.tr("Print"))
        self.again_button.setText(self.tr("Check another number"))
        if self._account is not None:
            self._fill(self._account)


class BillController(ParticipantController[Account]):
    va_requested = Signal(str, str)

    def __init__(self, view: BillView, **deps: Any) -> None:
        super().__init__(view, fetch_account, **deps)
        self.bill_view = view
        view.again_button.clicked.connect(self.open)
        view.va_button.clicked.connect(self._to_va)

    def _to_va(self) -> None:
        if self.identifier is not None:
            self.va_requested.emit(*self.identifier)

    def show(self, answer: Account) -> None:
        self.bill_view.show_bill(answer)

    def document(self, answer: Account, now: datetime) -> ThermalDocument | None:
        return bill_slip(answer.person, answer.bill, self.office_name, now)
