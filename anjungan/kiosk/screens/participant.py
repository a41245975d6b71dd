"""What the status, bill and VA screens share: type a number, ask the server, show, print.

Owns `ParticipantController`, the controller half of those three screens: the
identifier typed on the keypad (kept in memory only, for "see the bill" and "print"),
the one background call that fetches the answer, printing a slip on the worker, and
`reset`, which forgets the identifier and every answer and clears the view. The views
(`status.py`, `bill.py`, `va.py`) implement `ParticipantView`. Masked data only: the
server sends a kiosk nothing else (`core.wire.participants.ParticipantPublic`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLayout, QPushButton, QVBoxLayout, QWidget

from anjungan.core.clock import Clock
from anjungan.core.wire.participants import FamilyBill, ParticipantPublic
from anjungan.kiosk.connectivity import Connectivity
from anjungan.kiosk.errors import show_error
from anjungan.kiosk.printer import KioskPrinter
from anjungan.kiosk.screens.base import Flow, ScreenView
from anjungan.kiosk.screens.identify import IdentifyPage
from anjungan.kiosk.screens.widgets import hbox
from anjungan.kiosk.ui.banner import Level
from anjungan.kiosk.ui.widgets import named
from anjungan.kiosk.worker import Worker
from anjungan.printing.documents import ThermalDocument
from anjungan.printing.service import PrintOutcome
from anjungan.sync.api import ApiClient, IdentifierKind

A = TypeVar("A")
A_co = TypeVar("A_co", covariant=True)


class ParticipantView(ScreenView):
    """A screen with an `IdentifyPage` first and a result page after it.

    A subclass builds its result widgets, then lays them out with `add_result_page`,
    which puts the print and "check another number" buttons (texts set by the subclass)
    under them.
    """

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identify = IdentifyPage(clock)
        self.add_page(self.identify)
        self.result = QWidget()
        self.print_button = named(QPushButton(), "Secondary")
        self.again_button = named(QPushButton(), "Secondary")

    def add_result_page(self, *parts: QWidget | QLayout) -> None:
        """Lay out ``parts`` top to bottom on the result page, then the two buttons."""
        layout = QVBoxLayout(self.result)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(20)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addLayout(hbox(self.print_button, self.again_button))
        layout.addStretch(1)
        self.add_page(self.result)

    def show_identify(self) -> None:
        self.show_page(self.identify)

    def clear_result(self) -> None:
        raise NotImplementedError

    def printing_texts(self) -> tuple[str, str]:
        """(busy message, "printed" confirmation), translated."""
        return (
            self.tr("Printing…"),
            self.tr("Printed. Please take your slip from the printer."),
        )


class Fetch(Protocol[A_co]):
    def __call__(self, api: ApiClient, identifier: str, kind: IdentifierKind) -> A_co: ...


class ParticipantController(QObject, Generic[A]):
    """Keypad -> fetch on the worker -> `show(answer)`; print; reset."""

    home_requested = Signal()

    def __init__(
        self,
        view: ParticipantView,
        fetch: Fetch[A],
        *,
        api: ApiClient,
        worker: Worker,
        connectivity: Connectivity,
        clock: Clock,
        printer: KioskPrinter,
        office_name: str,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.flow = Flow(view, worker, connectivity)
        self.worker = worker
        self.api = api
        self.clock = clock
        self.printer = printer
        self.office_name = office_name
        self._fetch = fetch
        self._identifier: tuple[str, IdentifierKind] | None = None
        self.answer: A | None = None
        view.identify.submitted.connect(self._submitted)
        view.home_requested.connect(self.home_requested)
        view.print_button.clicked.connect(self.print_slip)
        view.print_button.setVisible(printer.available)

    # -- entering ------------------------------------------------------------------------

    def open(self) -> None:
        """Start afresh on the keypad."""
        self.reset()

    def open_with(self, identifier: str, kind: IdentifierKind) -> None:
        """Come from another screen with the number already typed there."""
        self.reset()
        self._lookup(identifier, kind)

    @property
    def identifier(self) -> tuple[str, IdentifierKind] | None:
        return self._identifier

    def _submitted(self, digits: str, kind: str) -> None:
        if kind not in ("nik", "card"):
            return
        self._lookup(digits, "nik" if kind == "nik" else "card")

    def _lookup(self, identifier: str, kind: IdentifierKind) -> None:
        self._identifier = (identifier, kind)
        api, fetch = self.api, self._fetch
        self.flow.call(lambda: fetch(api, identifier, kind), self._answered, name="lookup")

    def _answered(self, answer: A) -> None:
        self.answer = answer
        self.show(answer)

    def show(self, answer: A) -> None:
        raise NotImplementedError

    # -- printing ------------------------------------------------------------------------

    def document(self, answer: A, now: datetime) -> ThermalDocument | None:
        """The slip for ``answer``; None when there is nothing to print."""
        return None

    def print_slip(self) -> None:
        if self.answer is None:
            return
        doc = self.document(self.answer, self.clock.now())
        if doc is None:
            return
        busy_text, done_text = self.view.printing_texts()
        printer = self.printer
        self._run_print(lambda: printer.print(doc), busy_text, done_text)

    def _run_print(self, job: Callable[[], PrintOutcome], busy: str, done: str) -> None:
        def printed(outcome: PrintOutcome) -> None:
            if outcome.error is not None:
                show_error(self.view.banner, outcome.error)
            else:
                self.view.banner.show_message(Level.INFO, done)

        self.flow.call(job, printed, message=busy, cancellable=False, name="print")

    # -- leaving -------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget the number and the answer; back to an empty keypad."""
        self.flow.reset()
        self._identifier = None
        self.answer = None
        self.view.identify.reset()
        self.view.clear_result()
        self.view.show_identify()


@dataclass(frozen=True)
class Account:
    """A participant's status and the family's bill, fetched together."""

    person: ParticipantPublic
    bill: FamilyBill


def fetch_account(api: ApiClient, identifier: str, kind: IdentifierKind) -> Account:
    return Account(api.participant(identifier, kind), api.bill(identifier, kind))
