"""Composition root of the counter program: the store, the clock, the ports, the window.

The one module of the counter that opens the local store (DESIGN.md dependency rule).
Owns `CounterBackend`, which implements every screen's port by calling the use cases
of `core.services` with a fresh unit of work per call (always on the database worker),
and `build_counter`, which wires views, controllers and the window; tests call it with
a temporary store and a fixed clock. The login, queue and sync parts plug in here later.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from anjungan.core.clock import WIB, Clock, SystemClock
from anjungan.core.config import DeviceConfig
from anjungan.core.domain.calendar import HolidayLoader, WorkingCalendar, load_indonesian_holidays
from anjungan.core.domain.complaint_sla import Channel, sla_due_date
from anjungan.core.services.complaints import (
    ComplaintFilters,
    ComplaintForm,
    ComplaintRow,
    list_complaints,
    log_complaint,
    store_calendar,
)
from anjungan.core.services.forms import Desk
from anjungan.core.services.info_requests import InfoTopic, info_counts_on, log_info_request
from anjungan.core.services.registration import (
    RegistrationForm,
    RegistrationReceipt,
    register_participant,
    registration_receipt,
)
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.uow import UnitOfWork
from anjungan.counter.main_window import CounterWindow
from anjungan.counter.screens.complaints import ComplaintsController, ComplaintsView
from anjungan.counter.screens.info_requests import InfoRequestsController, InfoRequestsView
from anjungan.counter.screens.placeholder import NotYetView
from anjungan.counter.screens.registration import RegistrationController, RegistrationView
from anjungan.counter.worker import DbWorker
from anjungan.kiosk.ui.i18n import LanguageSwitch

# Stands in for the officer until the login screen exists; records stay attributable
# to this device through their device id and outbox sequence meanwhile.
PRE_LOGIN_OFFICER = "unassigned"
STORE_FILE = "counter.sqlite3"


class CounterBackend:
    """Every port of the counter screens, over the local store. Called on the worker,
    except `today`, `now` and `due_preview`, which only read the clock and the calendar."""

    def __init__(
        self,
        store: Store,
        *,
        device_id: str,
        clock: Clock,
        desk: Desk,
        holidays: HolidayLoader = load_indonesian_holidays,
    ) -> None:
        self.store = store
        self.device_id = device_id
        self.clock = clock
        self.desk = desk
        self._holidays = holidays
        self._calendar_day: date | None = None
        self._calendar = WorkingCalendar(loader=holidays)
        self.reload_calendar()

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self.store, device_id=self.device_id, clock=self.clock)

    def today(self) -> date:
        return self.clock.today()

    def now(self) -> datetime:
        return self.clock.now()

    def _tz(self) -> tzinfo:
        return self.clock.now().tzinfo or WIB

    # -- working-day calendar ------------------------------------------------------------
    def reload_calendar(self) -> None:
        """Read the local override table again (at start, then once a day, on the worker)."""
        with self._uow() as uow:
            self._calendar = store_calendar(uow, loader=self._holidays)
        self._calendar_day = self.today()

    def _fresh_calendar(self) -> WorkingCalendar:
        if self._calendar_day != self.today():
            self.reload_calendar()
        return self._calendar

    def due_preview(self, channel: Channel, needs_coordination: bool) -> date:
        # GUI thread: no disk here, the calendar read at start (or today) is used.
        return sla_due_date(self.today(), channel, needs_coordination, self._calendar)

    # -- use cases ---------------------------------------------------------------------------
    def register(self, form: RegistrationForm) -> RegistrationReceipt:
        today = self.today()
        record = register_participant(self._uow(), form, today=today, desk=self.desk)
        return registration_receipt(record, registered_on=today)

    def log_complaint(self, form: ComplaintForm) -> date:
        calendar = self._fresh_calendar()
        logged = log_complaint(
            self._uow(), form, clock=self.clock, desk=self.desk, calendar=calendar
        )
        return logged.due_date

    def list_complaints(self, filters: ComplaintFilters) -> list[ComplaintRow]:
        calendar = self._fresh_calendar()
        return list_complaints(self._uow(), clock=self.clock, calendar=calendar, filters=filters)

    def log_info(self, topic: InfoTopic, channel: Channel) -> dict[InfoTopic, int]:
        log_info_request(self._uow(), topic, channel, desk=self.desk)
        return self.info_counts()

    def info_counts(self) -> dict[InfoTopic, int]:
        return info_counts_on(self._uow(), self.today(), self._tz())


def office_code(config: DeviceConfig) -> str:
    """The office's code for the `Staffed` columns. DeviceConfig has only the office name
    yet, so its first 16 characters stand in until the config grows an office code."""
    return config.office[:16]


@dataclass(frozen=True)
class Counter:
    """What `build_counter` wired: the window and the parts tests and later plug-ins need."""

    window: CounterWindow
    backend: CounterBackend
    worker: DbWorker
    languages: LanguageSwitch
    registration: RegistrationController
    complaints: ComplaintsController
    information: InfoRequestsController


def build_counter(
    app: QApplication,
    config: DeviceConfig,
    store: Store,
    *,
    clock: Clock | None = None,
    holidays: HolidayLoader = load_indonesian_holidays,
) -> Counter:
    """The counter with every screen wired to ``store`` (the caller opens and closes it)."""
    desk = Desk(officer_id=PRE_LOGIN_OFFICER, office_code=office_code(config))
    backend = CounterBackend(
        store,
        device_id=config.device_id,
        clock=clock or SystemClock(),
        desk=desk,
        holidays=holidays,
    )
    languages = LanguageSwitch(app)
    languages.set_language(config.language)

    def lang() -> str:
        return languages.language

    worker = DbWorker()
    window = CounterWindow(config, languages, worker)
    worker.setParent(window)
    registration = RegistrationController(RegistrationView(lang), backend, worker, lang)
    complaints = ComplaintsController(ComplaintsView(lang), backend, worker, lang)
    information = InfoRequestsController(InfoRequestsView(lang), backend, worker, lang)
    window.add_screen("registration", registration.view)
    window.add_screen("complaints", complaints.view)
    window.add_screen("information", information.view)
    window.add_screen("queue", NotYetView("queue"), available=False)
    window.add_screen("sync", NotYetView("sync"), available=False)
    return Counter(window, backend, worker, languages, registration, complaints, information)


def run_counter(config: DeviceConfig, *, quit_after: float = 0.0) -> int:
    """``anjungan counter``: open the store, show the window, run until it is closed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with open_store(config.data_dir / STORE_FILE) as store:
        counter = build_counter(app, config, store)
        if config.fullscreen:
            counter.window.showFullScreen()
        else:
            counter.window.resize(1366, 768)
            counter.window.showMaximized()
        if quit_after > 0:
            # Used by the CLI test: prove the window opens, then leave cleanly.
            QTimer.singleShot(int(quit_after * 1000), app.quit)
        try:
            return app.exec()
        finally:
            counter.worker.shutdown()
