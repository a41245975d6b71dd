"""The months in arrears of a reactivation or class change, read from the central server.

Owns `BillLookup`. Once the form of one of those two types names a participant (a valid
card number, else a valid NIK), the family's bill is asked of the central server on the
network worker with the logged-in officer's client (`GET /v1/participants/.../bill`),
never on the GUI thread; meanwhile the note under the field says so. The answer fills
the months in arrears (unless the officer typed there since asking) and, where still
empty, the segment, the class and the number of members, and the note says "from the
central server at HH:MM". Offline (no client, or the server does not answer) the field
stays the officer's to type, and the note says the amount is to be confirmed; any other
failure keeps what was typed and says why. A lookup only helps the officer: the record
still carries the figure the form shows, and the server checks it again on sync. Answers
to an older question are dropped. Must not import the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from anjungan.core.domain.card import parse_card_number
from anjungan.core.domain.change_types import ChangeType
from anjungan.core.domain.money import format_rupiah
from anjungan.core.domain.nik import parse_nik
from anjungan.core.errors import AnjunganError
from anjungan.core.wire.participants import FamilyBill
from anjungan.counter.screens.data_changes.panels import ChangePanel
from anjungan.counter.screens.data_changes.view import DataChangesView
from anjungan.counter.widgets.fields import mark_invalid
from anjungan.counter.widgets.formatting import format_time
from anjungan.counter.worker import DbWorker
from anjungan.sync.api import ApiClient, IdentifierKind
from anjungan.sync.errors import Retryable

log = logging.getLogger(__name__)

LOOKED_UP = frozenset({ChangeType.REACTIVATION, ChangeType.CARE_CLASS})
ARREARS = "months_in_arrears"
Question = tuple[ChangeType, IdentifierKind, str]


class Clock(Protocol):
    def today(self) -> date: ...

    def now(self) -> datetime: ...


class BillLookup(QObject):
    def __init__(
        self,
        view: DataChangesView,
        clock: Clock,
        net: DbWorker | None,
        client: Callable[[], ApiClient | None],
        lang: Callable[[], str],
        filled: Callable[[], object],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.clock = clock
        self.net = net
        self.client = client
        self.lang = lang
        self.filled = filled
        """Called after the answer changed the form (the controller checks it again)."""
        self.bill: FamilyBill | None = None
        """The last bill that filled the form, while its figure stands."""
        self._question: Question | None = None
        self._asked = 0
        self._typed_since_asked = False
        self._answered_at: datetime | None = None
        self._state = "idle"
        self._problem = ""
        for change in LOOKED_UP:
            line = view.panels[change].line(ARREARS)
            line.textEdited.connect(self._months_typed)

    # -- when to ask ----------------------------------------------------------------------

    def participant_changed(self) -> None:
        """The type, the card number or the NIK changed: ask again if the question did."""
        change = self.view.current()
        if change not in LOOKED_UP:
            return
        question = self._question_now(change)
        if question == self._question:
            self._show()
            return
        self._question = question
        self._asked += 1
        self.bill = None
        if question is None:
            self._set("idle")
            return
        client = self.client()
        if client is None or self.net is None:
            self._set("offline")
            return
        self._typed_since_asked = False
        self._set("asking")
        asked, (_, kind, number) = self._asked, question
        self.net.submit(
            lambda: client.bill(number, kind),
            lambda bill: self._answered(asked, bill),
            lambda error: self._failed(asked, error),
        )

    def reset(self) -> None:
        """The form was cleared for the next participant."""
        self._question = None
        self._asked += 1
        self.bill = None
        self._set("idle")

    def _question_now(self, change: ChangeType) -> Question | None:
        try:
            return change, "card", parse_card_number(self.view.card_number.text())
        except AnjunganError:
            pass
        try:
            return change, "nik", parse_nik(self.view.nik.text(), self.clock.today()).nik
        except AnjunganError:
            return None

    # -- answers --------------------------------------------------------------------------

    def _answered(self, asked: int, bill: FamilyBill) -> None:
        if asked != self._asked or self._question is None:
            return
        panel = self.view.panels[self._question[0]]
        if not self._typed_since_asked:
            panel.line(ARREARS).setText(str(bill.months_in_arrears))
        _fill_blank_choice(panel, "segment", bill.segment.code)
        _fill_blank_choice(panel, _class_field(panel), bill.care_class.code)
        family = panel.line("family_members")
        if not family.text().strip():
            family.setText(str(bill.people))
        self.bill = bill
        self._answered_at = self.clock.now()
        self._set("typed" if self._typed_since_asked else "server")
        self.filled()

    def _failed(self, asked: int, error: Exception) -> None:
        if asked != self._asked:
            return
        if isinstance(error, Retryable):
            self._set("offline")
            return
        if isinstance(error, AnjunganError):
            self._problem = error.message(self.lang())
        else:
            log.error("bill lookup failed", exc_info=error)
            self._problem = self.tr("The bill could not be read because of an unexpected error.")
        self._set("failed")

    def _months_typed(self) -> None:
        self._typed_since_asked = True
        if self._state == "server":
            self._set("typed")

    # -- the note under the field ------------------------------------------------------

    def _set(self, state: str) -> None:
        self._state = state
        self._show()

    def _show(self) -> None:
        """Write the note of the current state in the current language."""
        change = self.view.current()
        if change not in LOOKED_UP:
            return
        note = self.view.panels[change].notes[ARREARS]
        text, problem = self._text(change)
        note.setText(text)
        note.setVisible(bool(text))
        mark_invalid(note, problem)
        for other in LOOKED_UP - {change}:
            self.view.panels[other].notes[ARREARS].setVisible(False)

    def _text(self, change: ChangeType) -> tuple[str, bool]:
        manual = self.tr(
            "Type the months from the participant's bill or Mobile JKN. The amount is to "
            "be confirmed: the central server checks it when the record is sent."
        )
        state = self._state
        if state == "asking":
            return self.tr("Asking the central server for the family's bill…"), False
        if state == "offline":
            return self.tr("Offline: the central server cannot be reached.") + " " + manual, False
        if state == "failed":
            return self._problem + " " + manual, True
        if state in ("server", "typed") and self.bill is not None:
            return self._from_server(change, self.bill, typed=state == "typed"), False
        if self.client() is None or self.net is None:
            return self.tr("Offline: the central server cannot be reached.") + " " + manual, False
        return self.tr(
            "Filled in from the central server's bill once the card number or NIK is entered."
        ), False

    def refresh_texts(self) -> None:
        self._show()

    def _from_server(self, change: ChangeType, bill: FamilyBill, *, typed: bool) -> str:
        at = format_time(self._answered_at or self.clock.now(), self.lang())
        if typed:
            return self.tr(
                "Typed by the officer. The central server's bill at {time} says {months} "
                "month(s) in arrears."
            ).format(time=at, months=bill.months_in_arrears)
        text = self.tr("From the central server at {time}: {months} month(s) in arrears.").format(
            time=at, months=bill.months_in_arrears
        )
        if change is ChangeType.REACTIVATION and bill.reactivation_amount is not None:
            text += " " + self.tr("Its bill to reactivate: {amount}.").format(
                amount=format_rupiah(bill.reactivation_amount)
            )
        return text


def _class_field(panel: ChangePanel) -> str:
    return "current_class" if "current_class" in panel.inputs else "care_class"


def _fill_blank_choice(panel: ChangePanel, name: str, code: str) -> None:
    combo = panel.inputs.get(name)
    if not isinstance(combo, QComboBox) or combo.currentData():
        return
    index = combo.findData(code)
    if index > 0:
        combo.setCurrentIndex(index)
