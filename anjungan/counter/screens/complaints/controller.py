"""The complaints screen's controller: live checks, the live SLA due date, save, the list,
opening a complaint and the export for SIPP / SP4N-LAPOR!.

Owns the flow between the officer and the complaint use cases: every change runs
`validate_complaint` and the errors go next to their fields; picking the channel (or
ticking coordination) shows the due date the working-day calendar gives at once; saving
runs `log_complaint` on the database worker, then the list is read again with its
filters. Enter or a double click on a row opens the complaint
(`ComplaintDetailController`); the export writes CSV and JSON into a folder the officer
picks. Must not import the store: `ComplaintsPort` is implemented by the composition
root.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from anjungan.core.domain.complaint_sla import sla_working_days
from anjungan.core.domain.complaints import Channel
from anjungan.core.errors import AnjunganError
from anjungan.core.services.complaint_actions import ComplaintDetail, ExportFiles, Move
from anjungan.core.services.complaints import (
    ComplaintFilters,
    ComplaintForm,
    ComplaintRow,
    validate_complaint,
)
from anjungan.core.services.forms import FormInvalid
from anjungan.counter.screens.complaints.detail import ComplaintDetailDialog
from anjungan.counter.screens.complaints.detail_controller import (
    ComplaintDetailController,
    ComplaintPrinter,
)
from anjungan.counter.screens.complaints.view import ComplaintsView
from anjungan.counter.widgets.fields import mark_invalid
from anjungan.counter.widgets.formatting import format_date
from anjungan.counter.widgets.keyboard import EnterAdvances
from anjungan.counter.worker import DbWorker

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250


class ComplaintsPort(Protocol):
    def today(self) -> date: ...

    def due_preview(self, channel: Channel, needs_coordination: bool) -> date: ...

    def log_complaint(self, form: ComplaintForm) -> date: ...

    def list_complaints(self, filters: ComplaintFilters) -> list[ComplaintRow]: ...

    def complaint_detail(self, record_uuid: UUID) -> ComplaintDetail: ...

    def act_on_complaint(self, record_uuid: UUID, move: Move) -> ComplaintDetail: ...

    def export_complaints(
        self, folder: Path, received_from: date | None, received_to: date | None
    ) -> ExportFiles: ...


def pick_folder(parent: QWidget) -> Path | None:
    """The folder the officer chooses for the export; None if cancelled."""
    title = QCoreApplication.translate(
        "ComplaintsController", "Folder for the SIPP / SP4N-LAPOR! export"
    )
    chosen = QFileDialog.getExistingDirectory(parent, title)
    return Path(chosen) if chosen else None


class ComplaintsController(QObject):
    def __init__(
        self,
        view: ComplaintsView,
        port: ComplaintsPort,
        worker: DbWorker,
        lang: Callable[[], str],
        printer: ComplaintPrinter,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.port = port
        self.worker = worker
        self.lang = lang
        self.pick_folder: Callable[[], Path | None] = lambda: pick_folder(view)
        self.dialog = ComplaintDetailDialog(lang, view.badge, view)
        self.detail = ComplaintDetailController(self.dialog, port, worker, lang, printer)
        self.detail.changed.connect(self.refresh)
        self._saving = False
        self._last_saved: date | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        f = view.form
        self.enter = EnterAdvances(
            lambda: [
                f.channel,
                f.category,
                f.identifier,
                f.name,
                f.phone,
                f.problem,
                f.cause,
                f.coordination,
            ],
            self.save,
            self,
        )
        self.enter.watch(f.channel, f.category, f.identifier, f.name, f.phone, f.coordination)
        for edit in (f.identifier, f.name, f.phone):
            edit.textEdited.connect(self.revalidate)
        for box in (f.problem, f.cause):
            box.textChanged.connect(self.revalidate)
        f.category.currentIndexChanged.connect(self.revalidate)
        f.channel.currentIndexChanged.connect(self._channel_changed)
        f.coordination.toggled.connect(self._channel_changed)
        f.save_button.clicked.connect(self.save)
        view.save_shortcut.activated.connect(self.save)
        view.language_changed.connect(self.refresh_texts)
        view.shown.connect(self._shown)
        listing = view.listing
        listing.search.textChanged.connect(lambda _t: self._search_timer.start())
        listing.status_filter.currentIndexChanged.connect(self.refresh)
        listing.channel_filter.currentIndexChanged.connect(self.refresh)
        listing.open_requested.connect(self.open_row)
        listing.export_button.clicked.connect(self.export)
        self.refresh_texts()

    def _shown(self) -> None:
        # The list and the due date move with the day; nothing is read before it shows.
        self.update_due()
        self.refresh()

    def revalidate(self) -> list[str]:
        errors = validate_complaint(self.view.form.form(), self.port.today())
        self.view.errors.update(errors)
        return [e.field for e in errors]

    def _channel_changed(self) -> None:
        self.update_due()
        self.revalidate()

    def update_due(self) -> None:
        """The answer's due date for the channel chosen, counted in working days."""
        form = self.view.form.form()
        label = self.view.form.due
        if form.channel is None:
            label.setText(self.tr("Choose the channel to see when the answer is due."))
            return
        today = self.port.today()
        due = self.port.due_preview(form.channel, form.needs_coordination)
        days = sla_working_days(form.channel, form.needs_coordination, today)
        text = self.tr(
            "Answer due: {date} ({n} working day(s); weekends, holidays and collective "
            "leave do not count)"
        )
        label.setText(text.format(date=format_date(due, self.lang()), n=days))

    def save(self) -> None:
        if self._saving:
            return
        form = self.view.form.form()
        wrong = self.revalidate()
        if wrong:
            self._show_invalid(wrong)
            return
        self._saving = True
        self.view.form.save_button.setEnabled(False)
        self.view.form.show_status(self.tr("Saving…"))
        self.worker.submit(lambda: self.port.log_complaint(form), self._saved, self._failed)

    def _show_invalid(self, fields: list[str]) -> None:
        errors = self.view.errors
        errors.touch(errors.fields())
        self.view.form.show_status(
            self.tr("Not saved: fix the fields marked in red."), problem=True
        )
        widget = next((w for f in fields if (w := errors.widget(f)) is not None), None)
        if widget is not None:
            widget.setFocus()

    def _saved(self, due: date) -> None:
        self._saving = False
        self._last_saved = due
        self.view.form.save_button.setEnabled(True)
        self.view.form.clear()
        self.view.errors.reset()
        self._show_saved()
        self.view.form.category.setFocus()
        self.refresh()

    def _show_saved(self) -> None:
        if self._last_saved is not None:
            text = self.tr("Complaint saved. The answer is due {date}.")
            self.view.form.show_status(text.format(date=format_date(self._last_saved, self.lang())))

    def _failed(self, error: Exception) -> None:
        self._saving = False
        self.view.form.save_button.setEnabled(True)
        if isinstance(error, FormInvalid):
            self.view.errors.update(error.errors)
            self._show_invalid(list(error.fields))
        elif isinstance(error, AnjunganError):
            self.view.form.show_status(error.message(self.lang()), problem=True)
        else:
            log.error("complaint save failed", exc_info=error)
            self.view.form.show_status(
                self.tr("Not saved because of an unexpected error. The form is kept: try again."),
                problem=True,
            )

    def refresh(self) -> None:
        listing = self.view.listing
        filters = ComplaintFilters(
            status=listing.status(), channel=listing.channel(), search=listing.search.text()
        )
        self.worker.submit(
            lambda: self.port.list_complaints(filters), self.view.show_rows, self._list_failed
        )

    def open_row(self, index: int) -> None:
        record_uuid = self.view.row_uuid(index)
        if record_uuid is not None:
            self.detail.open(record_uuid)

    def export(self) -> None:
        """CSV and JSON of the period chosen, into a folder the officer picks."""
        folder = self.pick_folder()
        if folder is None:
            return
        first, last = self.view.listing.period().days(self.port.today())
        self.view.listing.export_button.setEnabled(False)
        self.worker.submit(
            lambda: self.port.export_complaints(folder, first, last),
            self._exported,
            self._export_failed,
        )

    def _exported(self, files: ExportFiles) -> None:
        listing = self.view.listing
        listing.export_button.setEnabled(True)
        text = self.tr("{n} complaint(s) exported: {csv} and {json}")
        listing.export_status.setText(
            text.format(n=files.rows, csv=files.csv.name, json=files.json.name)
        )
        listing.export_status.setToolTip(str(files.csv.parent))
        mark_invalid(listing.export_status, False)

    def _export_failed(self, error: Exception) -> None:
        listing = self.view.listing
        listing.export_button.setEnabled(True)
        if isinstance(error, OSError):
            text = self.tr("Not exported: the folder cannot be written. Choose another folder.")
        elif isinstance(error, AnjunganError):
            text = error.message(self.lang())
        else:
            log.error("complaint export failed", exc_info=error)
            text = self.tr("Not exported because of an unexpected error. Try again.")
        listing.export_status.setText(text)
        mark_invalid(listing.export_status, True)

    def _list_failed(self, error: Exception) -> None:
        message = error.message(self.lang()) if isinstance(error, AnjunganError) else str(error)
        log.error("complaint list failed: %s", message)
        self.view.listing.count.setText(message)

    def refresh_texts(self) -> None:
        self.update_due()
        self._show_saved()
