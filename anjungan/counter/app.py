"""Composition root of the counter program: the store, the clock, the ports, the window.

The one module of the counter that opens the local store (DESIGN.md dependency rule).
Owns `CounterBackend`, which implements every screen's port by calling the use cases
of `core.services` with a fresh unit of work per call (always on the database worker),
and `build_counter`, which wires views, controllers and the window; tests call it with
a temporary store and a fixed clock. It also keeps the officers' cached password hashes
(the `CredentialCache` of `counter.session`, one `sync_state` entry) and switches the
window between the login/lock gate and the work area (`CounterSession`), and creates the
sync engine over the same store with its background runner (`CounterSync`), which every
save wakes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from uuid import UUID

from argon2 import PasswordHasher
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from anjungan.core.clock import WIB, Clock, SystemClock
from anjungan.core.config import DeviceConfig
from anjungan.core.domain.calendar import HolidayLoader, WorkingCalendar, load_indonesian_holidays
from anjungan.core.domain.complaint_sla import Channel, sla_due_date
from anjungan.core.domain.complaints import Role
from anjungan.core.domain.report_figures import ReportPeriod
from anjungan.core.services.complaint_actions import (
    ComplaintDetail,
    ExportFiles,
    Move,
    ServerView,
    act_on_complaint,
    complaint_detail,
    export_complaints,
    role_of,
    write_export,
)
from anjungan.core.services.complaints import (
    ComplaintFilters,
    ComplaintForm,
    ComplaintRow,
    list_complaints,
    log_complaint,
    store_calendar,
)
from anjungan.core.services.data_changes import ChangeForm, RecordedChange, record_data_change
from anjungan.core.services.forms import Desk
from anjungan.core.services.info_requests import InfoTopic, info_counts_on, log_info_request
from anjungan.core.services.registration import (
    RegistrationForm,
    RegistrationReceipt,
    register_participant,
    registration_receipt,
)
from anjungan.core.services.reports import LocalReport, local_report
from anjungan.core.services.resubmission import resubmit_corrected
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.uow import UnitOfWork
from anjungan.counter.background_sync import CounterSync
from anjungan.counter.idle import IdleLock
from anjungan.counter.main_window import CounterWindow
from anjungan.counter.receipts import RECEIPTS_FOLDER, Opener, ReceiptPrinter, open_in_viewer
from anjungan.counter.screens.complaints import ComplaintsController, ComplaintsView
from anjungan.counter.screens.data_changes import DataChangesController, DataChangesView
from anjungan.counter.screens.info_requests import InfoRequestsController, InfoRequestsView
from anjungan.counter.screens.login import LoginController, LoginView
from anjungan.counter.screens.queue_controller import QueueController
from anjungan.counter.screens.queue_panel import CounterQueueView
from anjungan.counter.screens.registration import RegistrationController, RegistrationView
from anjungan.counter.screens.reports import ReportsController, ReportsView
from anjungan.counter.screens.sync_panel import SyncPanelController, SyncPanelView
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
from anjungan.sync.engine import SyncEngine
from anjungan.sync.qt_bridge import SyncBridge
from anjungan.sync.review import SyncOverview, read_overview
from anjungan.sync.state import complaint_facts

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
        self.after_save: Callable[[], None] = lambda: None
        """Called on the worker after a record is saved (wakes the background sync)."""
        self.role = Role.OFFICER
        """The logged-in officer's complaint-workflow role (set at login)."""
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
        self.after_save()
        return registration_receipt(record, registered_on=today)

    def log_complaint(self, form: ComplaintForm) -> date:
        calendar = self._fresh_calendar()
        logged = log_complaint(
            self._uow(), form, clock=self.clock, desk=self.desk, calendar=calendar
        )
        self.after_save()
        return logged.due_date

    def record_change(self, form: ChangeForm) -> RecordedChange:
        recorded = record_data_change(self._uow(), form, today=self.today(), desk=self.desk)
        self.after_save()
        return recorded

    def list_complaints(self, filters: ComplaintFilters) -> list[ComplaintRow]:
        calendar = self._fresh_calendar()
        return list_complaints(
            self._uow(), clock=self.clock, calendar=calendar, filters=filters, server=server_view
        )

    def complaint_detail(self, record_uuid: UUID) -> ComplaintDetail:
        return complaint_detail(
            self._uow(),
            record_uuid,
            clock=self.clock,
            role=self.role,
            calendar=self._fresh_calendar(),
            server=server_view,
        )

    def act_on_complaint(self, record_uuid: UUID, move: Move) -> ComplaintDetail:
        act_on_complaint(
            self._uow(),
            record_uuid,
            move,
            role=self.role,
            clock=self.clock,
            desk=self.desk,
            server=server_view,
        )
        self.after_save()
        return self.complaint_detail(record_uuid)

    def export_complaints(
        self, folder: Path, received_from: date | None, received_to: date | None
    ) -> ExportFiles:
        data = export_complaints(
            self._uow(),
            clock=self.clock,
            received_from=received_from,
            received_to=received_to,
            calendar=self._fresh_calendar(),
            server=server_view,
        )
        return write_export(data, folder)

    def log_info(self, topic: InfoTopic, channel: Channel) -> dict[InfoTopic, int]:
        log_info_request(self._uow(), topic, channel, desk=self.desk)
        return self.info_counts()

    def info_counts(self) -> dict[InfoTopic, int]:
        return info_counts_on(self._uow(), self.today(), self._tz())

    # -- reports screen -----------------------------------------------------------------------
    def local_report(self, period: ReportPeriod) -> LocalReport:
        calendar = self._fresh_calendar()
        return local_report(
            self._uow(), period, zone=self._tz(), today=self.today(), calendar=calendar
        )

    # -- sync screen --------------------------------------------------------------------------
    def sync_overview(self) -> SyncOverview:
        with self._uow() as uow:
            return read_overview(uow)

    def resubmit(self, client_uuid: UUID, values: Mapping[str, str]) -> None:
        resubmit_corrected(self._uow(), client_uuid, values, today=self.today())
        self.after_save()

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


def server_view(uow: UnitOfWork, record_uuid: UUID) -> ServerView | None:
    """The server's view of a complaint after sync (`complaint_facts`), for the use cases."""
    facts = complaint_facts(uow, record_uuid)
    return ServerView.parse(facts.ticket, facts.state, facts.last_event) if facts else None


def office_code(config: DeviceConfig, officer: Officer | None = None) -> str:
    """The office's code for the `Staffed` columns: the logged-in officer's (the server's
    answer at login, or the cached one offline), else the device's configured code."""
    if officer is not None and officer.office_code:
        return officer.office_code
    return config.office_code


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
        self.backend.desk = Desk(
            officer_id=officer.username, office_code=office_code(self.config, officer)
        )
        self.backend.role = role_of(officer.role)
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
    sync: CounterSync
    """The background sync (`start()`ed by `build_counter(sync=True)`) and "sync now"."""
    sync_panel: SyncPanelController
    reports: ReportsController
    changes: DataChangesController

    def shutdown(self) -> None:
        """Stop timers and workers in order: the lock, the queue poll, the sync, network,
        database."""
        self.session.idle.disarm()
        self.queue.stop()
        self.sync.stop()
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
    sync: bool = False,
    login_as: tuple[str, str] | None = None,
    opener: Opener = open_in_viewer,
) -> Counter:
    """The counter with every screen wired to ``store`` (the caller opens and closes it).

    ``gate``: start on the login screen and lock after inactivity (`run_counter` always
    does; screen tests build without it). ``api`` makes the server client for a token.
    ``sync``: keep syncing in the background from the start (with the device token of
    ``config``: the server attributes each record to the officer it names); without it
    the engine is there but runs only on "sync now". ``login_as``: (username, password)
    logged in at once through the normal login on the network worker (the demo).
    ``opener`` shows a saved receipt PDF (tests record instead of opening a viewer);
    receipts are kept under ``config.data_dir / "receipts"``.
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

    def officer_name() -> str:
        # The session is made below; the printer asks only once someone has saved.
        officer = session.officer
        return officer.display_name if officer is not None else backend.desk.officer_id

    receipts = ReceiptPrinter(
        config.data_dir / RECEIPTS_FOLDER,
        office_name=config.office,
        officer_name=officer_name,
        opener=opener,
    )
    registration = RegistrationController(RegistrationView(lang), backend, worker, lang, receipts)
    complaints = ComplaintsController(ComplaintsView(lang), backend, worker, lang, receipts)
    information = InfoRequestsController(InfoRequestsView(lang), backend, worker, lang)
    changes_view = DataChangesView(lang)
    window.add_screen("registration", registration.view)
    window.add_screen("changes", changes_view)
    window.add_screen("complaints", complaints.view)
    window.add_screen("information", information.view)
    queue = QueueController(
        CounterQueueView(lang), net, lang, clock, counter_number=config.counter_number
    )
    window.add_screen("queue", queue.view)
    # The bill of a reactivation comes with the officer's client, on the network worker.
    changes = DataChangesController(
        changes_view, backend, worker, lang, net=net, client=lambda: queue.client
    )
    reports = ReportsController(ReportsView(lang), backend, worker, net, lambda: queue.client, lang)
    window.add_screen("reports", reports.view)
    bridge = SyncBridge(window)
    engine = SyncEngine(
        store, config.server_url, config.token, config.device_id, clock=clock, listener=bridge
    )
    background = CounterSync(engine, bridge, configured=bool(config.token), parent=window)
    backend.after_save = background.wake
    sync_panel = SyncPanelController(SyncPanelView(lang), backend, worker, background, lang)
    window.add_screen("sync", sync_panel.view)  # keep it last in the navigation
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
    if sync:
        background.start()
    if login_as is not None:
        login.view.username.setText(login_as[0])
        login.view.password.setText(login_as[1])
        login.submit()
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
        sync=background,
        sync_panel=sync_panel,
        reports=reports,
        changes=changes,
    )


def run_counter(config: DeviceConfig, *, quit_after: float = 0.0) -> int:
    """``anjungan counter``: open the store, show the window, run until it is closed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with open_store(config.data_dir / STORE_FILE) as store:
        counter = build_counter(app, config, store, gate=True, sync=True)
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
