"""Queue ticket: choose the service, say whether priority applies, get a number.

Owns `QueueController` (the view is `queue_view.QueueView`). The queue lives on the
server (DESIGN.md "Data flow" 5): the kiosk asks for the office's services, issues a
ticket (`POST /v1/queue/tickets`, not idempotent: a timed-out request is never repeated
blindly), prints it within the printer's 3 s, and if the printer fails shows the ticket
on screen with its QR, marked "not printed", with a reprint button. Only then does it
confirm the hand-out (`printed` or `shown_on_screen`): a ticket is not counted as handed
out before the participant has it. The confirmation is retried a few times in the
background; it carries no personal data.
"""

from __future__ import annotations

from datetime import UTC, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from anjungan.core.clock import Clock
from anjungan.core.domain.queue_policy import PriorityReason
from anjungan.core.wire.queue import (
    HandOutHow,
    IssuedTicket,
    IssueTicketRequest,
    QueueServiceOut,
)
from anjungan.kiosk.connectivity import Connectivity
from anjungan.kiosk.errors import show_error
from anjungan.kiosk.printer import KioskPrinter
from anjungan.kiosk.screens import format as fmt
from anjungan.kiosk.screens.base import Flow
from anjungan.kiosk.screens.queue_view import QueueView
from anjungan.kiosk.screens.slips import queue_ticket
from anjungan.kiosk.ui.banner import Level
from anjungan.kiosk.worker import Worker
from anjungan.printing.documents import QueueTicket
from anjungan.printing.service import PrintOutcome
from anjungan.sync.api import ApiClient
from anjungan.sync.errors import Permanent

HAND_OUT_ATTEMPTS = 3
HAND_OUT_RETRY = timedelta(seconds=2)

PrintResult = tuple[PrintOutcome, bytes | None]


class QueueController(QObject):
    home_requested = Signal()
    handed_out = Signal(str)
    """The server counted the ticket as handed out: ``printed`` or ``shown_on_screen``."""

    def __init__(
        self,
        view: QueueView,
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
        self.api = api
        self.worker = worker
        self.clock = clock
        self.printer = printer
        self.office_name = office_name
        self.flow = Flow(view, worker, connectivity)
        self.services: list[QueueServiceOut] = []
        self.service: QueueServiceOut | None = None
        self.ticket: IssuedTicket | None = None
        self.document: QueueTicket | None = None
        self.printed = False
        self.hand_out_how: HandOutHow | None = None
        view.home_requested.connect(self.home_requested)
        view.retry_button.clicked.connect(self.load_services)
        view.service_chosen.connect(self.choose_service)
        view.priority_chosen.connect(self.choose_priority)
        view.back_button.clicked.connect(lambda: view.show_page(view.services_page))
        view.reprint_button.clicked.connect(self.reprint)
        view.done_button.clicked.connect(self.home_requested)

    def open(self) -> None:
        self.reset()
        self.load_services()

    def load_services(self) -> None:
        api = self.api
        self.flow.call(
            api.queue_services,
            self._services_loaded,
            failed=lambda _e, _x: self.view.show_services_failed(),
            name="queue services",
        )

    def _services_loaded(self, services: list[QueueServiceOut]) -> None:
        self.services = [s for s in services if s.active]
        self.view.show_services(self.services)

    def choose_service(self, code: str) -> None:
        self.service = next((s for s in self.services if s.code == code), None)
        if self.service is not None:
            self.view.show_priority(fmt.pick(self.service.name_id, self.service.name_en))

    def choose_priority(self, value: str) -> None:
        if self.service is None:
            return
        request = IssueTicketRequest(service=self.service.code, priority=PriorityReason(value))
        api = self.api
        self.flow.call(
            lambda: api.issue_ticket(request),
            self._issued,
            message=self.tr("Taking your number…"),
            cancellable=False,
            name="issue ticket",
        )

    def _issued(self, ticket: IssuedTicket) -> None:
        self.ticket = ticket
        self.document = queue_ticket(ticket, self.office_name, self.clock.now().tzinfo or UTC)
        self._print(first=True)

    def _print(self, *, first: bool) -> None:
        doc, printer = self.document, self.printer
        if doc is None:
            return

        def job() -> PrintResult:
            outcome = printer.print(doc)
            # Drawn here, on the worker: the participant sees it as soon as printing failed.
            preview = None if outcome.ok else printer.preview(doc)
            return outcome, preview

        self.flow.call(
            job,
            lambda result: self._printed(result, first=first),
            message=self.tr("Printing your ticket…"),
            cancellable=False,
            name="print ticket",
        )

    def _printed(self, result: PrintResult, *, first: bool) -> None:
        outcome, preview = result
        assert self.ticket is not None and self.document is not None
        self.printed = self.printed or outcome.ok
        if preview is not None:
            self.view.set_preview(preview)
        if first:
            local = fmt.clock_time(self.document.issued_at)
            self.view.show_ticket(self.ticket, local, printed=outcome.ok)
            self._confirm("printed" if outcome.ok else "shown_on_screen")
        elif outcome.ok:
            self.view.set_printed(True)
            self.view.banner.show_message(Level.INFO, self.tr("Printed."))
        if outcome.error is not None and not first:
            # The first failure is explained by the "not printed" notice on the ticket;
            # a failed reprint says why, for whoever tries to fix the printer.
            show_error(self.view.banner, outcome.error)

    def reprint(self) -> None:
        self._print(first=False)

    # -- hand-out confirmation -------------------------------------------------------------

    def _confirm(self, how: HandOutHow) -> None:
        if self.ticket is not None:
            self.hand_out_how = how
            self._send_hand_out(self.ticket.id, how, HAND_OUT_ATTEMPTS)

    def _send_hand_out(self, ticket_id: int, how: HandOutHow, attempts: int) -> None:
        api = self.api

        def failed(error: Exception) -> None:
            if isinstance(error, Permanent) or attempts <= 1:
                if self.ticket is not None and self.ticket.id == ticket_id:
                    self.view.banner.show_message(
                        Level.WARNING,
                        self.tr("Please show your ticket to an officer when you are called."),
                    )
                return
            QTimer.singleShot(
                int(HAND_OUT_RETRY.total_seconds() * 1000),
                lambda: self._send_hand_out(ticket_id, how, attempts - 1),
            )

        self.worker.run(
            lambda: api.hand_out(ticket_id, how),
            lambda _t: self.handed_out.emit(how),
            failed,
            name="hand out",
        )

    # -- leaving ---------------------------------------------------------------------------

    def reset(self) -> None:
        self.flow.reset()
        # The hand-out confirmation is not personal data and must still reach the server.
        self.services = []
        self.service = None
        self.ticket = None
        self.document = None
        self.printed = False
        self.hand_out_how = None
        self.view.clear_ticket()
        self.view.show_services([])
