"""The counter's queue panel (controller): every move a call to the server, off the GUI.

Owns `QueueController`: it wires the panel's buttons, function keys and the waiting
list to the `ApiClient` of the logged-in officer (or of the counter device after an
offline login), runs every call on the network worker, refreshes the waiting list
every few seconds, and turns failures into words: a refusal (409 illegal move, 403
not allowed) becomes the server's own sentence; no answer at all shows the "server
unreachable" banner while the rest of the counter goes on offline. Calls go to the
counter number of the device config. No store, no Qt widgets of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer

from anjungan.core.clock import Clock
from anjungan.core.errors import AnjunganError
from anjungan.core.wire.queue import (
    CounterOut,
    CounterSetup,
    TicketOut,
    TicketOutcome,
    WaitingList,
)
from anjungan.counter.screens.queue_panel import CounterQueueView
from anjungan.counter.worker import DbWorker
from anjungan.sync.api import ApiClient
from anjungan.sync.errors import Retryable

T = TypeVar("T")
REFRESH_MS = 4000


class QueueController:
    def __init__(
        self,
        view: CounterQueueView,
        worker: DbWorker,
        lang: Callable[[], str],
        clock: Clock,
        *,
        counter_number: int,
    ) -> None:
        self.view = view
        self.worker = worker
        self.lang = lang
        self.clock = clock
        self.counter_number = counter_number
        view.counter_number = counter_number
        view.retranslate()
        self.client: ApiClient | None = None
        self._refreshing = False
        self.timer = QTimer(view)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        moves: dict[str, Callable[[], None]] = {
            "call_next": self.call_next,
            "recall": lambda: self._move("recall"),
            "start": lambda: self._move("start"),
            "finish": self.finish,
            "no_show": lambda: self._move("no-show"),
            "transfer": self.transfer,
        }
        for move, slot in moves.items():
            view.buttons[move].clicked.connect(slot)
            view.shortcuts[move].activated.connect(slot)
        view.table.cellDoubleClicked.connect(lambda *_: self.call_chosen())
        view.table.entered.connect(self.call_chosen)
        view.open_counter.clicked.connect(lambda: self.set_counter_open(True))
        view.close_counter.clicked.connect(lambda: self.set_counter_open(False))

    # -- session ------------------------------------------------------------------------

    def start(self, client: ApiClient, *, supervisor: bool) -> None:
        """Begin with ``client`` (the officer's token, or the device's when offline)."""
        self.stop()
        self.client = client
        self.view.set_supervisor(supervisor)
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        client, self.client = self.client, None
        if client is not None:
            # A call still using the client finishes first (bounded by its timeouts).
            self.worker.shutdown()
            client.close()

    # -- calls --------------------------------------------------------------------------

    def _run(self, job: Callable[[ApiClient], T], done: Callable[[T], None]) -> None:
        client = self.client
        if client is None:
            return
        self.worker.submit(lambda: job(client), lambda r: self._ok(done, r), self._failed)

    def _ok(self, done: Callable[[T], None], result: T) -> None:
        self.view.set_offline(False)
        done(result)

    def _failed(self, error: Exception) -> None:
        self._refreshing = False
        if isinstance(error, Retryable):
            self.view.set_offline(True)
        elif isinstance(error, AnjunganError):
            self.view.set_offline(False)
            self.view.message.setText(error.message(self.lang()))
        else:
            raise error

    def refresh(self) -> None:
        if self._refreshing or self.client is None:
            return
        self._refreshing = True

        def shown(waiting: WaitingList) -> None:
            self._refreshing = False
            self.view.show_waiting(waiting, self.clock.now().strftime("%H:%M:%S"))

        self._run(lambda c: c.waiting(), shown)

    def _moved(self, ticket: TicketOut) -> None:
        self.view.message.clear()
        # A ticket sent elsewhere or finished leaves this desk's card on its last state
        # until the next call; the buttons follow the server's list of allowed moves.
        self.view.show_ticket(ticket)
        self.refresh()

    def call_next(self) -> None:
        number = self.counter_number
        self._run(lambda c: c.call_next(number), self._moved)

    def call_chosen(self) -> None:
        ticket_id = self.view.chosen_ticket()
        if ticket_id is None:
            return
        number = self.counter_number
        self._run(lambda c: c.call_ticket(ticket_id, number), self._moved)

    def _current(self) -> int | None:
        return self.view.current.id if self.view.current is not None else None

    def _move(self, action: str) -> None:
        ticket_id = self._current()
        if ticket_id is not None:
            self._run(lambda c: c.move_ticket(ticket_id, action), self._moved)

    def finish(self) -> None:
        ticket_id = self._current()
        outcome = TicketOutcome(self.view.outcome.currentData())
        if ticket_id is not None:
            self._run(lambda c: c.finish_ticket(ticket_id, outcome), self._moved)

    def transfer(self) -> None:
        ticket_id = self._current()
        service = self.view.transfer_to.currentData()
        with_return = self.view.with_return.isChecked()
        if ticket_id is not None and service:
            self._run(
                lambda c: c.transfer_ticket(ticket_id, str(service), with_return=with_return),
                self._moved,
            )

    def set_counter_open(self, active: bool) -> None:
        """Supervisor only (the server refuses it to anyone else with 403)."""
        number = self.counter_number
        setup = CounterSetup(name=f"Loket {number}", services=[], active=active)

        def done(_: CounterOut) -> None:
            self.view.message.clear()
            self.refresh()

        self._run(lambda c: c.configure_counter(number, setup), done)
