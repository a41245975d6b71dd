"""Composition root of the counter program: the store, the clock, the ports, the window.

The one module of the counter that opens the local store (DESIGN.md dependency rule).
Owns `CounterBackend`, which implements every screen's port by calling the use cases
of `core.services` with a fresh unit of work per call (always on the database worker),
and `build_counter`, which wires views, controllers and the window; tests call it with
a temporary store and a fixed clock. It also keeps the officers' cached password hashes
(the `CredentialCache` of `counter.session`, one `sync_state` entry) and switches the
window between the login/lock gate and the work area (`CounterSession`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from argon2 import PasswordHasher
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
from anjungan.counter.idle import IdleLock
from anjungan.counter.main_window import CounterWindow
from anjungan.counter.screens.complaints import ComplaintsController, ComplaintsView
from anjungan.counter.screens.info_requests import InfoRequestsController, InfoRequestsView
from anjungan.counter.screens.login import LoginController, LoginView
from anjungan.counter.screens.placeholder import NotYetView
from anjungan.counter.screens.queue_controller import QueueController
from anjungan.counter.screens.queue_panel import CounterQueueView
from anjungan.counter.screens.registration import RegistrationController, RegistrationView
from anjungan.counter.session import (
    ApiFactory,
    Authenticator,
    CachedCredential,
    LoginResult,
    Officer,
)
from anjungan.counter.worker import DbWorker
from anjungan.kiosk.ui.i18n import LanguageSwitch
from anjungan.sync.api import ApiClient

# Stands in for the officer until the login screen exists; records stay attributable
# to this device through their device id and outbox sequence meanwhile.
PRE_LOGIN_OFFICER = "unassigned"
STORE_FILE = "counter.sqlite3"
CREDENTIALS_KEY = "officer_credentials"


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

    # -- cached officer credentials (offline login) ---------------------------------------
    def cached_credential(self, username: str) -> CachedCredential | None:
        with self._uow() as uow:
            entry = (uow.sync_state.get(CREDENTIALS_KEY) or {}).get(username)
        return CachedCredential(**entry) if isinstance(entry, dict) else None

    def remember_credential(self, credential: CachedCredential) -> None:
        with self._uow() as uow:
            known = dict(uow.sync_state.get(CREDENTIALS_KEY) or {})
            known[credential.username] = {
                "username": credential.username,
                "password_hash": credential.password_hash,
                "display_name": credential.display_name,
                "role": credential.role,
                "office_code": credential.office_code,
            }
            uow.sync_state.set(CREDENTIALS_KEY, known)
            uow.commit()


def office_code(config: DeviceConfig) -> str:
    """The office's code for the `Staffed` columns. DeviceConfig has only the office name
    yet, so its first 16 characters stand in until the config grows an office code."""
    return config.office[:16]


class CounterSession:
    """Who is logged in, and the window's gate: login, lock after inactivity, unlock."""

    def __init__(
        self,
        config: DeviceConfig,
        window: CounterWindow,
        backend: CounterBackend,
        queue: QueueController,
        api: ApiFactory,
    ) -> None:
        self.config = config
        self.window = window
        self.backend = backend
        self.queue = queue
        self.api = api
        self.officer: Officer | None = None
        self.offline = False

    def attach(self, login: LoginController, idle: IdleLock) -> None:
        self.login = login
        self.idle = idle

    def logged_in(self, result: LoginResult) -> None:
        officer = result.officer
        self.officer, self.offline = officer, result.offline
        self.backend.desk = Desk(officer_id=officer.username, office_code=office_code(self.config))
        self.window.set_officer(officer.display_name, officer.role, offline=result.offline)
        # Offline, the queue still tries with the counter device's own token, so calling
        # resumes by itself once the server is back.
        client = self.api(officer.token or self.config.token)
        self.queue.start(client, supervisor=officer.is_supervisor)
        self.window.show_work()
        self.idle.arm()

    def lock(self) -> None:
        if self.officer is None or self.window.gated:
            return
        self.idle.disarm()
        self.login.view.show_lock(self.officer)
        self.window.show_gate()

    def unlocked(self) -> None:
        self.window.show_work()
        self.idle.arm()


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
    net: DbWorker
    """The network worker: HTTP calls (login, queue) in order, off the GUI thread."""
    queue: QueueController
    login: LoginController
    session: CounterSession

    def shutdown(self) -> None:
        """Stop timers and workers in order: the lock, the queue poll, network, database."""
        self.session.idle.disarm()
        self.queue.stop()
        self.net.shutdown()
        self.worker.shutdown()


def build_counter(
    app: QApplication,
    config: DeviceConfig,
    store: Store,
    *,
    clock: Clock | None = None,
    holidays: HolidayLoader = load_indonesian_holidays,
    api: ApiFactory | None = None,
    hasher: PasswordHasher | None = None,
    gate: bool = False,
) -> Counter:
    """The counter with every screen wired to ``store`` (the caller opens and closes it).

    ``gate``: start on the login screen and lock after inactivity (`run_counter` always
    does; screen tests build without it). ``api`` makes the server client for a token.
    """
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
    net = DbWorker(window)
    clock = backend.clock

    def make_client(token: str) -> ApiClient:
        return ApiClient(config.server_url, token, connect_timeout=2.0, read_timeout=6.0)

    api_factory = api or make_client
    registration = RegistrationController(RegistrationView(lang), backend, worker, lang)
    complaints = ComplaintsController(ComplaintsView(lang), backend, worker, lang)
    information = InfoRequestsController(InfoRequestsView(lang), backend, worker, lang)
    window.add_screen("registration", registration.view)
    window.add_screen("complaints", complaints.view)
    window.add_screen("information", information.view)
    queue = QueueController(
        CounterQueueView(lang), net, lang, clock, counter_number=config.counter_number
    )
    window.add_screen("queue", queue.view)
    window.add_screen("sync", NotYetView("sync"), available=False)
    authenticator = Authenticator(api_factory, backend, device_id=config.device_id, hasher=hasher)
    session = CounterSession(config, window, backend, queue, api_factory)
    login = LoginController(
        LoginView(),
        authenticator,
        net,
        lang,
        logged_in=session.logged_in,
        unlocked=session.unlocked,
    )
    idle = IdleLock(app, config.lock_after_minutes, session.lock)
    idle.setParent(window)
    session.attach(login, idle)
    # The gate page always belongs to the window (Qt, not Python's collector, frees it).
    window.set_gate(login.view)
    if gate:
        window.on_lock = session.lock
        window.show_gate()
    return Counter(
        window,
        backend,
        worker,
        languages,
        registration,
        complaints,
        information,
        net,
        queue,
        login,
        session,
    )


def run_counter(config: DeviceConfig, *, quit_after: float = 0.0) -> int:
    """``anjungan counter``: open the store, show the window, run until it is closed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with open_store(config.data_dir / STORE_FILE) as store:
        counter = build_counter(app, config, store, gate=True)
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
            counter.shutdown()
