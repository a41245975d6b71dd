"""The opened complaint's controller: read it, make one move, print its receipt.

Owns the flow of `ComplaintDetailDialog`: the complaint is read on the database worker
(with the moves the logged-in role may make); the chosen move's note is checked by
`validate_move` as it is typed; "Apply" runs the move on the worker, where the use case
checks the state and the role again, so a move the role may not make is refused even
if it were forced into the list; "Print receipt" renders the tanda terima on the worker
and opens it on the GUI thread. Must not import the store: the ports are given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol
from uuid import UUID

from PySide6.QtCore import QObject, Signal

from anjungan.core.errors import AnjunganError
from anjungan.core.services.complaint_actions import ComplaintDetail, Move, validate_move
from anjungan.core.services.forms import FormInvalid
from anjungan.counter.screens.complaints.detail import ComplaintDetailDialog
from anjungan.counter.widgets.keyboard import EnterAdvances
from anjungan.counter.worker import DbWorker

log = logging.getLogger(__name__)


class ComplaintDetailPort(Protocol):
    def complaint_detail(self, record_uuid: UUID) -> ComplaintDetail: ...

    def act_on_complaint(self, record_uuid: UUID, move: Move) -> ComplaintDetail: ...


class ComplaintPrinter(Protocol):
    def complaint(self, detail: ComplaintDetail) -> Path: ...

    def show(self, path: Path) -> bool: ...


class ComplaintDetailController(QObject):
    changed = Signal()  # a move was made: the list must be read again

    def __init__(
        self,
        dialog: ComplaintDetailDialog,
        port: ComplaintDetailPort,
        worker: DbWorker,
        lang: Callable[[], str],
        printer: ComplaintPrinter,
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.port = port
        self.worker = worker
        self.lang = lang
        self.printer = printer
        self._busy = False
        self.last_receipt: Path | None = None
        d = dialog
        self.enter = EnterAdvances(
            lambda: [d.action, d.note, d.satisfied, d.apply_button], self.apply, self
        )
        self.enter.watch(d.action, d.satisfied, d.apply_button)
        d.action.currentIndexChanged.connect(self._action_changed)
        d.note.textChanged.connect(self.revalidate)
        d.satisfied.currentIndexChanged.connect(self.revalidate)
        d.apply_button.clicked.connect(self.apply)
        d.apply_shortcut.activated.connect(self.apply)
        d.print_button.clicked.connect(self.print_receipt)
        d.print_shortcut.activated.connect(self.print_receipt)

    def open(self, record_uuid: UUID) -> None:
        """Read the complaint, then show it (the dialog opens when it has arrived)."""
        self.worker.submit(
            lambda: self.port.complaint_detail(record_uuid), self._opened, self._read_failed
        )

    def _opened(self, detail: ComplaintDetail) -> None:
        self.dialog.show_status("")
        self.dialog.show_detail(detail)
        if not self.dialog.isVisible():
            self.dialog.open()
        focus = self.dialog.action if detail.actions else self.dialog.close_button
        focus.setFocus()

    def _read_failed(self, error: Exception) -> None:
        message = error.message(self.lang()) if isinstance(error, AnjunganError) else None
        if message is None:
            log.error("complaint detail failed", exc_info=error)
            message = self.tr("The complaint could not be read. Try again.")
        self.dialog.show_status(message, problem=True)

    def _action_changed(self) -> None:
        self.dialog.show_action()
        self.dialog.errors.reset()
        self.revalidate()

    def revalidate(self) -> list[str]:
        detail, move = self.dialog.detail, self.dialog.requested_move()
        if detail is None or move is None:
            return []
        errors = validate_move(move, detail.state)
        self.dialog.errors.update(errors)
        return [e.field for e in errors]

    def apply(self) -> None:
        detail, move = self.dialog.detail, self.dialog.requested_move()
        if self._busy or detail is None or move is None:
            return
        wrong = self.revalidate()
        if wrong:
            errors = self.dialog.errors
            errors.touch(errors.fields())
            self.dialog.show_status(
                self.tr("Not saved: fix the fields marked in red."), problem=True
            )
            widget = errors.widget(wrong[0])
            if widget is not None:
                widget.setFocus()
            return
        self._busy = True
        self.dialog.apply_button.setEnabled(False)
        self.dialog.show_status(self.tr("Saving…"))
        uuid = detail.record_uuid
        self.worker.submit(
            lambda: self.port.act_on_complaint(uuid, move), self._acted, self._failed
        )

    def _acted(self, detail: ComplaintDetail) -> None:
        self._busy = False
        done = detail.timeline[-1]
        self.dialog.show_detail(detail)
        self.dialog.show_status(
            self.tr("Saved: {step}. It is sent to the server with the next sync.").format(
                step=self.dialog.action_label(done.action)
            )
        )
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.dialog.show_action()
        if isinstance(error, FormInvalid):
            self.dialog.errors.update(error.errors)
            self.dialog.errors.touch(error.fields)
            self.dialog.show_status(
                self.tr("Not saved: fix the fields marked in red."), problem=True
            )
        elif isinstance(error, AnjunganError):
            self.dialog.show_status(error.message(self.lang()), problem=True)
        else:
            log.error("complaint action failed", exc_info=error)
            self.dialog.show_status(
                self.tr("Not saved because of an unexpected error. Try again."), problem=True
            )

    def print_receipt(self) -> None:
        detail = self.dialog.detail
        if detail is None:
            return
        self.dialog.show_status(self.tr("Preparing the receipt…"))
        self.worker.submit(lambda: self.printer.complaint(detail), self._printed, self._not_printed)

    def _printed(self, path: Path) -> None:
        self.last_receipt = path
        if self.printer.show(path):
            text = self.tr("Receipt opened for printing. Saved as {path}.")
            self.dialog.show_status(text.format(path=path))
        else:
            text = self.tr(
                "The receipt is saved as {path}, but no PDF viewer opened. Open it there."
            )
            self.dialog.show_status(text.format(path=path), problem=True)

    def _not_printed(self, error: Exception) -> None:
        log.error("complaint receipt failed", exc_info=error)
        self.dialog.show_status(
            self.tr("The receipt could not be made. Check the disk space and try again."),
            problem=True,
        )
