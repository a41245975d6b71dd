"""Membership status: is my JKN card active, and if not, why and what now.

Owns `StatusView` (keypad page; result page with a big ACTIVE / NOT ACTIVE badge, the
server's sentence saying why, segment, class, FKTP, the family's members masked, what to
do next when cover has stopped, and buttons to the bill and the virtual account) and
`StatusController`. The reason and its sentence come from the server (DOMAIN.md
"Payment, suspension, reactivation": unpaid by month end, suspended from the 1st of the
next month); this screen only adds the next step: pay by VA or at the counter, Care
Center 165.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from anjungan.core.clock import Clock
from anjungan.core.domain.segments import Segment
from anjungan.core.wire.participants import MemberPublic, ParticipantPublic
from anjungan.kiosk.screens import format as fmt
from anjungan.kiosk.screens.participant import ParticipantController, ParticipantView
from anjungan.kiosk.screens.slips import status_slip
from anjungan.kiosk.screens.widgets import Card, FactRow, hbox, wrapping
from anjungan.kiosk.ui.styling import set_state
from anjungan.kiosk.ui.widgets import named
from anjungan.printing.documents import ThermalDocument
from anjungan.sync.api import ApiClient, IdentifierKind

MAX_MEMBERS_SHOWN = 10


class StatusView(ParticipantView):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self._person: ParticipantPublic | None = None
        self.badge = named(QLabel(), "StatusBadge")
        self.message = wrapping(named(QLabel(), "Lead"))
        self.warning = wrapping(named(QLabel(), "Warning"))
        self.facts = Card()
        self.name_row, self.number_row = FactRow(), FactRow()
        self.segment_row, self.class_row, self.fktp_row = FactRow(), FactRow(), FactRow()
        self.pending_row = FactRow()
        self._fact_rows = (
            self.name_row,
            self.number_row,
            self.segment_row,
            self.class_row,
            self.fktp_row,
            self.pending_row,
        )
        for row in self._fact_rows:
            self.facts.body.addWidget(row)
        self.next_card = Card(name="NextCard")
        self.next_title = wrapping(named(QLabel(), "CardTitle"))
        self.next_text = wrapping(named(QLabel(), "Body"))
        self.next_card.body.addWidget(self.next_title)
        self.next_card.body.addWidget(self.next_text)
        self.family_card = Card()
        self.family_title = wrapping(named(QLabel(), "CardTitle"))
        self.family_card.body.addWidget(self.family_title)
        self.member_rows = [FactRow() for _ in range(MAX_MEMBERS_SHOWN)]
        for row in self.member_rows:
            self.family_card.body.addWidget(row)
        self.bill_button = named(QPushButton(), "Primary")
        self.va_button = named(QPushButton(), "Primary")
        self.add_result_page(
            self.badge,
            self.message,
            self.warning,
            self.next_card,
            hbox(self.bill_button, self.va_button),
            self.facts,
            self.family_card,
        )
        self.clear_result()
        self.retranslate()

    def show_status(self, person: ParticipantPublic) -> None:
        self._person = person
        self._fill(person)
        self.show_page(self.result)

    def _fill(self, person: ParticipantPublic) -> None:
        status = person.status
        set_state(self.badge, "state", "active" if status.active else "inactive")
        self.badge.setText(self.tr("ACTIVE") if status.active else self.tr("NOT ACTIVE"))
        self.message.setText(fmt.pick(status.message_id, status.message_en))
        warning = fmt.pick(status.warning_id or "", status.warning_en or "")
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.name_row.set(self.tr("Name"), person.masked_name)
        self.number_row.set(self.tr("NIK"), person.masked_nik)
        self.segment_row.set(self.tr("Membership type"), fmt.label(person.segment))
        self.class_row.set(self.tr("Care class"), fmt.label(person.care_class))
        fktp = f"{person.fktp.name} ({person.fktp.code})" if person.fktp.name else person.fktp.code
        self.fktp_row.set(self.tr("FKTP (your clinic)"), fktp)
        pending = [
            self.tr("%1 to %2 from %3")
            .replace("%1", self.tr("FKTP change") if c.kind == "FKTP" else self.tr("Class change"))
            .replace("%2", c.new_value)
            .replace("%3", fmt.long_date(c.effective_on))
            for c in person.pending_changes
        ]
        self.pending_row.set(self.tr("Requested changes"), "\n".join(pending))
        self.pending_row.setVisible(bool(pending))
        self._show_next_step(person)
        # Only families who pay for themselves have a VA (DOMAIN.md "Identity").
        self.va_button.setVisible(self_paying(person.segment.code))
        self.family_title.setText(
            self.tr("Family members: %1").replace("%1", str(len(person.members)))
        )
        for row, member in zip(self.member_rows, person.members, strict=False):
            row.set(member.masked_name, self._member_line(member))
            row.show()
        for row in self.member_rows[len(person.members) :]:
            row.clear()
            row.hide()
        self.family_card.setVisible(bool(person.members))

    def _member_line(self, member: MemberPublic) -> str:
        state = self.tr("active") if member.status.active else self.tr("not active")
        age = self.tr("%1 years").replace("%1", str(member.age))
        return f"{fmt.label(member.relation)}, {age}: {state}"

    def _show_next_step(self, person: ParticipantPublic) -> None:
        status = person.status
        self.next_title.setText(self.tr("What to do next"))
        if status.active:
            self.next_card.hide()
            return
        if status.reason == "ARREARS":
            text = self.tr(
                "Pay the bill to reactivate your cover: by virtual account (VA) at a bank, "
                "ATM, post office or minimarket, or at the counter. Cover returns once the "
                "payment is received. Questions: Care Center 165."
            )
        elif status.reason == "EMPLOYER_ARREARS":
            text = self.tr(
                "Your employer pays this contribution. Ask your employer's HR department to "
                "pay the arrears. For help, come to the counter or call Care Center 165."
            )
        else:
            text = self.tr("For help, come to the counter or call Care Center 165.")
        self.next_text.setText(text)
        self.next_card.show()

    def clear_result(self) -> None:
        self._person = None
        for label in (self.badge, self.message, self.warning, self.next_text):
            label.clear()
        for row in (*self._fact_rows, *self.member_rows):
            row.clear()

    def retranslate(self) -> None:
        self.retranslate_frame()
        self.title.setText(self.tr("Membership status"))
        self.identify.set_instruction("")  # the keypad's own hint says it all
        self.bill_button.setText(self.tr("See the bill"))
        self.va_button.setText(self.tr("How to pay (VA)"))
        self.print_button.setText(self.tr("Print"))
        self.again_button.setText(self.tr("Check another number"))
        if self._person is not None:
            self._fill(self._person)


def self_paying(segment_code: str) -> bool:
    try:
        return Segment(segment_code).is_mandiri
    except ValueError:
        return False


def _fetch(api: ApiClient, identifier: str, kind: IdentifierKind) -> ParticipantPublic:
    return api.participant(identifier, kind)


class StatusController(ParticipantController[ParticipantPublic]):
    """``bill_requested`` / ``va_requested`` carry the number to the next screen."""

    bill_requested = Signal(str, str)
    va_requested = Signal(str, str)

    def __init__(self, view: StatusView, **deps: Any) -> None:
        super().__init__(view, _fetch, **deps)
        self.status_view = view
        view.again_button.clicked.connect(self.open)
        view.bill_button.clicked.connect(lambda: self._forward(self.bill_requested))
        view.va_button.clicked.connect(lambda: self._forward(self.va_requested))

    def _forward(self, signal: Any) -> None:
        if self.identifier is not None:
            signal.emit(*self.identifier)

    def show(self, answer: ParticipantPublic) -> None:
        self.status_view.show_status(answer)

    def document(self, answer: ParticipantPublic, now: datetime) -> ThermalDocument | None:
        return status_slip(answer, self.office_name, now)
