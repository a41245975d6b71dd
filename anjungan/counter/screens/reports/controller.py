"""The Reports screen's controller: read the figures of the chosen period, off the GUI.

Owns `ReportsController`. On showing the screen, changing the period or pressing F5,
the counter's own figures (services and complaints) are read from the local store on
the database worker, and the queue and SKM figures are asked of the office server on
the network worker with the logged-in officer's client (`GET /v1/reports/summary`).
Without a client, or when the server does not answer, the server's part says it is
unavailable offline while the local part is shown as usual. Answers to an older
request are dropped, so a slow answer never overwrites a newer period. "Save as CSV"
writes the table as shown, on the database worker. Must not import the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from anjungan.core.domain.report_figures import ReportPeriod
from anjungan.core.errors import AnjunganError
from anjungan.core.services.reports import LocalReport
from anjungan.core.wire.reports import ReportSummary
from anjungan.counter.screens.reports.tables import ReportTables, write_csv
from anjungan.counter.screens.reports.view import PeriodKind, ReportsView
from anjungan.counter.worker import DbWorker
from anjungan.sync.api import ApiClient
from anjungan.sync.errors import Retryable

log = logging.getLogger(__name__)
DATES_DELAY_MS = 400


class ReportsPort(Protocol):
    def today(self) -> date: ...

    def local_report(self, period: ReportPeriod) -> LocalReport: ...


def fetch_summary(client: ApiClient, period: ReportPeriod) -> ReportSummary:
    """The office's queue and SKM figures of ``period`` (blocking: call on a worker)."""
    params = {"date_from": period.date_from.isoformat(), "date_to": period.date_to.isoformat()}
    return client.get("reports/summary", ReportSummary, params=params)


class ReportsController(QObject):
    def __init__(
        self,
        view: ReportsView,
        port: ReportsPort,
        worker: DbWorker,
        net: DbWorker,
        client: Callable[[], ApiClient | None],
        lang: Callable[[], str],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.port = port
        self.worker = worker
        self.net = net
        self.client = client
        self.lang = lang
        self.tables = ReportTables(lang, self)
        self.local: LocalReport | None = None
        self.summary: ReportSummary | None = None
        self._asked = 0
        self._dates_timer = QTimer(self)
        self._dates_timer.setSingleShot(True)
        self._dates_timer.setInterval(DATES_DELAY_MS)
        self._dates_timer.timeout.connect(self.refresh)
        view.shown.connect(self.refresh)
        view.period_changed.connect(self._period_changed)
        view.date_from.dateChanged.connect(lambda _d: self._dates_timer.start())
        view.date_to.dateChanged.connect(lambda _d: self._dates_timer.start())
        view.refresh_button.clicked.connect(self.refresh)
        view.refresh_shortcut.activated.connect(self.refresh)
        view.export_requested.connect(self.export)
        view.language_changed.connect(self._render)

    def _period_changed(self) -> None:
        if self.view.kind() is PeriodKind.CUSTOM:
            # Start from what was shown, so the officer only moves the dates needed.
            shown = self.local.period if self.local else ReportPeriod.day(self.port.today())
            self.view.set_custom(shown)
        self.refresh()

    def refresh(self) -> None:
        self._dates_timer.stop()
        try:
            period = self.view.period(self.port.today())
        except AnjunganError as error:
            self.view.show_status(error.message(self.lang()), problem=True)
            return
        self._asked += 1
        asked = self._asked
        self.view.show_status("")
        self.view.show_period(period)
        shown = self.summary
        if shown is not None and (shown.date_from, shown.date_to) != (
            period.date_from,
            period.date_to,
        ):
            # Another period's queue figures must not stand next to this one's.
            self.summary = None
            self.view.set_server_unavailable("")
        self.worker.submit(
            lambda: self.port.local_report(period),
            lambda report: self._local_read(asked, report),
            lambda error: self._local_failed(asked, error),
        )
        client = self.client()
        if client is None:
            self._server_unavailable(asked)
            return
        self.net.submit(
            lambda: fetch_summary(client, period),
            lambda summary: self._summary_read(asked, summary),
            lambda error: self._summary_failed(asked, error),
        )

    # -- answers -------------------------------------------------------------------------

    def _local_read(self, asked: int, report: LocalReport) -> None:
        if asked == self._asked:
            self.local = report
            self.view.show_local(self.tables.local(report))

    def _local_failed(self, asked: int, error: Exception) -> None:
        if asked != self._asked:
            return
        log.error("local report failed", exc_info=error)
        text = self.tr("The figures of this computer could not be read: {reason}")
        self.view.show_status(text.format(reason=self._reason(error)), problem=True)

    def _summary_read(self, asked: int, summary: ReportSummary) -> None:
        if asked == self._asked:
            self.summary = summary
            self.view.show_server(self.tables.server(summary))

    def _server_unavailable(self, asked: int) -> None:
        if asked == self._asked:
            self.summary = None
            self.view.set_server_unavailable(
                self.tr(
                    "Queue and satisfaction figures are unavailable offline: they come from "
                    "the office server, which cannot be reached now. The figures below are "
                    "from this computer."
                )
            )

    def _summary_failed(self, asked: int, error: Exception) -> None:
        if isinstance(error, Retryable):
            self._server_unavailable(asked)
        elif asked == self._asked:
            self.summary = None
            self.view.set_server_unavailable(self._reason(error))

    def _reason(self, error: Exception) -> str:
        if isinstance(error, AnjunganError):
            return error.message(self.lang())
        log.error("report read failed", exc_info=error)
        return self.tr("an unexpected error; try again.")

    def _render(self) -> None:
        """Headings and names in the new language, from the figures already read."""
        if self.local is not None:
            self.view.show_period(self.local.period)
            self.view.show_local(self.tables.local(self.local))
        if self.summary is not None:
            self.view.show_server(self.tables.server(self.summary))

    # -- CSV -----------------------------------------------------------------------------

    def export(self, slug: str) -> None:
        table = self.view.blocks[slug].content
        if table is None or self.local is None:
            return
        period = self.local.period
        suggested = f"laporan_{slug}_{period.date_from:%Y%m%d}_{period.date_to:%Y%m%d}.csv"
        path = self.view.choose_path(suggested)
        if path is None:
            return
        self.worker.submit(lambda: write_csv(table, path), self._saved, self._save_failed)

    def _saved(self, path: Path) -> None:
        self.view.show_status(self.tr("Saved: {file}").format(file=str(path)))

    def _save_failed(self, error: Exception) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else None
        text = self.tr("The CSV file was not saved: {reason}")
        self.view.show_status(text.format(reason=reason or self._reason(error)), problem=True)
