"""The sync screen's controller: reading the overview, "sync now", fix and send again.

Owns the flow between the officer, the store and the sync: the overview (`SyncOverview`)
is read on the database worker when the screen shows, after every run and whenever the
engine reports progress (one read at a time; a report arriving meanwhile asks for one
more); "Sync now" (button or F5) runs one sync on the sync's own worker
(`CounterSync.sync_now`) and says how it ended; a rejected record's corrected values are
checked as they are typed (`check_correction`, the domain's parsers) and sent again
through the port on the database worker, which also wakes the background sync. Must
not import the store: `SyncPort` is implemented by the composition root.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime, tzinfo
from typing import Protocol
from uuid import UUID

from PySide6.QtCore import QObject

from anjungan.core.clock import WIB
from anjungan.core.errors import AnjunganError, ValidationError
from anjungan.core.services.forms import FormInvalid
from anjungan.core.services.resubmission import check_correction
from anjungan.counter.background_sync import CounterSync
from anjungan.counter.screens.sync_panel.view import SyncPanelView
from anjungan.counter.widgets.formatting import format_time
from anjungan.counter.widgets.keyboard import EnterAdvances
from anjungan.counter.worker import DbWorker
from anjungan.sync.report import SyncReport, SyncStatus
from anjungan.sync.review import SyncOverview

log = logging.getLogger(__name__)


class SyncPort(Protocol):
    def today(self) -> date: ...

    def now(self) -> datetime: ...

    def sync_overview(self) -> SyncOverview: ...

    def resubmit(self, client_uuid: UUID, values: Mapping[str, str]) -> None: ...


class SyncPanelController(QObject):
    def __init__(
        self,
        view: SyncPanelView,
        port: SyncPort,
        worker: DbWorker,
        sync: CounterSync,
        lang: Callable[[], str],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.port = port
        self.worker = worker
        self.sync = sync
        self.lang = lang
        self.overview: SyncOverview | None = None
        self._loading = False
        self._again = False
        self._sending = False
        self._report: SyncReport | None = None
        fix = view.fix
        self.enter = EnterAdvances(
            lambda: [view.rejected_list, *fix.edits.values()], self.resubmit, self
        )
        self.enter.watch(view.rejected_list)
        view.sync_button.clicked.connect(self.sync_now)
        view.sync_shortcut.activated.connect(self.sync_now)
        view.send_shortcut.activated.connect(self._send_shortcut)
        fix.send_button.clicked.connect(self.resubmit)
        view.rejected_list.currentRowChanged.connect(lambda _row: self._choose())
        view.shown.connect(self.refresh)
        view.language_changed.connect(self._retranslate)
        sync.bridge.status_changed.connect(self._status_arrived)
        sync.finished.connect(self._ran)
        sync.failed.connect(self._run_failed)
        if not sync.configured:
            view.show_unconfigured()
            view.sync_button.setEnabled(False)

    def _zone(self) -> tzinfo:
        return self.port.now().tzinfo or WIB

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the overview again (once at a time; asked meanwhile, once more after)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.worker.submit(self.port.sync_overview, self._loaded, self._load_failed)

    def _loaded(self, overview: SyncOverview) -> None:
        self._loading = False
        self.overview = overview
        self.render()
        if self._again:
            self._again = False
            self.refresh()

    def _load_failed(self, error: Exception) -> None:
        self._loading = self._again = False
        self.view.show_progress(self._error_text(error, "sync status read failed"), problem=True)

    def render(self) -> None:
        overview = self.overview
        if overview is None:
            return
        view = self.view
        chosen = view.fix.correction.client_uuid if view.fix.correction else None
        view.show_status(overview.status, self._zone())
        view.show_corrections(overview.corrections, chosen)
        view.show_registrations(overview.registrations)
        view.show_complaints(overview.complaints)
        current = view.current_correction()
        if current is None or chosen != current.client_uuid:
            self._choose()

    def _status_arrived(self, status: SyncStatus) -> None:
        # The numbers at once; the lists (cards, tickets) with the next read.
        self.view.show_status(status, self._zone())
        if self.view.isVisible():
            self.refresh()

    # -- sync now -----------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.sync.configured:
            return
        if self.sync.sync_now():
            self.view.sync_button.setEnabled(False)
            self.view.show_progress(self.tr("Syncing with the server…"))

    def _ran(self, report: SyncReport) -> None:
        self._report = report
        self.view.sync_button.setEnabled(True)
        self._show_report()
        self.refresh()

    def _show_report(self) -> None:
        report = self._report
        if report is None:
            return
        at = format_time(report.finished_at.astimezone(self._zone()), self.lang())
        if report.ok:
            text = self.tr(
                "Sync finished at {time}: {sent} sent, {rejected} refused, {pulled} update(s) "
                "received."
            ).format(
                time=at,
                sent=report.accepted + report.duplicates,
                rejected=report.rejected,
                pulled=report.pulled,
            )
            self.view.show_progress(text)
        else:
            self.view.show_progress(
                self.tr("Sync stopped at {time}. What happened: see Last error.").format(time=at),
                problem=True,
            )

    def _run_failed(self, error: Exception) -> None:
        self.view.sync_button.setEnabled(True)
        self.view.show_progress(self._error_text(error, "sync run failed"), problem=True)
        self.refresh()

    # -- fix and send again -------------------------------------------------------------

    def _choose(self) -> None:
        correction = self.view.current_correction()
        heading = ""
        if correction is not None:
            heading = self.view.correction_title(correction, self.lang())
        fix = self.view.fix
        fix.show_correction(correction, heading)
        self.enter.watch(*fix.edits.values())
        for edit in fix.edits.values():
            edit.textEdited.connect(lambda _t: self.revalidate())
        self.revalidate()

    def revalidate(self) -> list[ValidationError]:
        fix = self.view.fix
        correction = fix.correction
        if correction is None:
            return []
        today = self.port.today()
        values = fix.values()
        errors = [
            error
            for field in correction.fields
            for error in check_correction(field.path, values[field.path], today, field.pushed)
        ]
        fix.errors.update(errors)
        return errors

    def _send_shortcut(self) -> None:
        if self.view.fix.send_button.isVisible():
            self.resubmit()

    def resubmit(self) -> None:
        fix = self.view.fix
        correction = fix.correction
        if correction is None or self._sending:
            return
        errors = self.revalidate()
        if errors:
            self._show_invalid([e.field for e in errors])
            return
        values = fix.values()
        self._sending = True
        fix.send_button.setEnabled(False)
        fix.show_status(self.tr("Sending again…"))
        self.worker.submit(
            lambda: self.port.resubmit(correction.client_uuid, values),
            lambda _none: self._sent(),
            self._send_failed,
        )

    def _show_invalid(self, fields: list[str]) -> None:
        fix = self.view.fix
        fix.errors.touch(fix.errors.fields())
        fix.show_status(self.tr("Not sent: fix the fields marked in red."), problem=True)
        widget = next((w for f in fields if (w := fix.errors.widget(f)) is not None), None)
        if widget is not None:
            widget.setFocus()

    def _sent(self) -> None:
        self._sending = False
        fix = self.view.fix
        fix.send_button.setEnabled(True)
        fix.show_status(
            self.tr(
                "Sent again as a new item. It goes to the server with the next sync; "
                "its answer shows here."
            )
        )
        self.view.rejected_list.setFocus()
        self.refresh()

    def _send_failed(self, error: Exception) -> None:
        self._sending = False
        fix = self.view.fix
        fix.send_button.setEnabled(True)
        if isinstance(error, FormInvalid):
            fix.errors.update(error.errors)
            self._show_invalid(list(error.fields))
            return
        fix.show_status(self._error_text(error, "resubmission failed"), problem=True)
        self.refresh()

    # -- words ----------------------------------------------------------------------------

    def _error_text(self, error: Exception, what: str) -> str:
        if isinstance(error, AnjunganError):
            return error.message(self.lang())
        log.error(what, exc_info=error)
        return self.tr(
            "Something went wrong on this computer. Try again; call support if it repeats."
        )

    def _retranslate(self) -> None:
        self._show_report()
        correction = self.view.fix.correction
        if correction is not None:
            self.view.fix.heading.setText(self.view.correction_title(correction, self.lang()))
