"""Composition root of the kiosk program: builds the window and its screens from a DeviceConfig.

Owns `build_kiosk` (one place wires everything: the API client, the worker, the printer,
the local store, the screens and their cross-links; tests replace parts through its
keyword arguments, STYLE.md 5) and `KioskStore`, the only kiosk code that opens the
local store (DESIGN.md dependency rule). The store keeps public reference data (the
faskes snapshot, in `reference_data`) and anonymous survey answers waiting to be pushed
(the `outbox`): never personal data. It is opened on first use, so a kiosk that never
saved anything leaves no file behind.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtWidgets import QApplication

from anjungan.core.clock import Clock, SystemClock
from anjungan.core.config import DeviceConfig
from anjungan.core.store import outbox as outbox_rules
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.models import OutboxKind
from anjungan.core.store.uow import UnitOfWork
from anjungan.core.wire.faskes import FaskesSnapshot
from anjungan.core.wire.sync import PushItem, PushResponse
from anjungan.kiosk.admin_exit import HOLD
from anjungan.kiosk.connectivity import Connectivity
from anjungan.kiosk.ports import CachedDirectory
from anjungan.kiosk.printer import KioskPrinter
from anjungan.kiosk.reference import DirectoryKeeper
from anjungan.kiosk.screens.bill import BillController, BillView
from anjungan.kiosk.screens.change import ChangeController
from anjungan.kiosk.screens.change_view import ChangeView
from anjungan.kiosk.screens.faskes import FaskesController
from anjungan.kiosk.screens.faskes_view import FaskesView
from anjungan.kiosk.screens.info import InfoController, InfoView
from anjungan.kiosk.screens.queue import QueueController
from anjungan.kiosk.screens.queue_view import QueueView
from anjungan.kiosk.screens.status import StatusController, StatusView
from anjungan.kiosk.screens.survey import SurveyController, SurveyView
from anjungan.kiosk.screens.va import VaController, VaView
from anjungan.kiosk.surveys import SurveySender
from anjungan.kiosk.ui.i18n import LanguageSwitch
from anjungan.kiosk.ui.idle import DEFAULT_IDLE_TIMEOUT
from anjungan.kiosk.ui.still_there import DEFAULT_COUNTDOWN, ONE_SECOND
from anjungan.kiosk.window import KioskWindow
from anjungan.kiosk.worker import Worker
from anjungan.sync.api import ApiClient

__all__ = ["KioskStore", "KioskWindow", "build_kiosk"]

STORE_FILE = "kiosk.sqlite3"
FASKES_KIND = "faskes"


class KioskStore:
    """`ports.DirectoryCache` and `ports.SurveyOutbox` over the local store. Thread-safe;
    every method may touch the disk (call it on the worker)."""

    def __init__(self, path: Path, *, device_id: str, clock: Clock) -> None:
        self.path = path
        self.device_id = device_id
        self.clock = clock
        self._store: Store | None = None
        self._lock = threading.Lock()

    def _opened(self) -> Store:
        with self._lock:
            if self._store is None:
                self._store = open_store(self.path)
            return self._store

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._opened(), device_id=self.device_id, clock=self.clock)

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.dispose()
                self._store = None

    # -- DirectoryCache ----------------------------------------------------------------------

    def load(self) -> CachedDirectory | None:
        if self._store is None and not self.path.exists():
            return None
        with self._uow() as uow:
            row = uow.reference.get(FASKES_KIND)
            if row is None:
                return None
            return CachedDirectory(FaskesSnapshot.model_validate(row.payload), row.fetched_at)

    def save(self, snapshot: FaskesSnapshot) -> datetime:
        with self._uow() as uow:
            row = uow.reference.put(
                FASKES_KIND, str(snapshot.version), snapshot.model_dump(mode="json")
            )
            uow.commit()
            return row.fetched_at

    def touch(self) -> datetime | None:
        if self._store is None and not self.path.exists():
            return None
        with self._uow() as uow:
            row = uow.reference.get(FASKES_KIND)
            if row is None:
                return None
            row.fetched_at = self.clock.now()
            uow.commit()
            return row.fetched_at

    # -- SurveyOutbox ------------------------------------------------------------------------

    def add(self, payload: Mapping[str, Any]) -> UUID:
        with self._uow() as uow:
            entry = uow.enqueue(OutboxKind.SURVEY, payload)
            uow.commit()
            return entry.client_uuid

    def pending(self, limit: int) -> Sequence[PushItem]:
        if self._store is None and not self.path.exists():
            return []
        with self._uow() as uow:
            return [
                PushItem(
                    client_uuid=row.client_uuid,
                    device_id=row.device_id,
                    local_seq=row.local_seq,
                    kind=row.kind,
                    record_uuid=row.record_uuid,
                    payload=row.payload,
                )
                for row in outbox_rules.pending_batch(uow, limit)
            ]

    def settle(self, response: PushResponse) -> None:
        with self._uow() as uow:
            for item in response.results:
                outcome = item.result
                if outcome.status == "accepted":
                    outbox_rules.mark_sent(uow, item.client_uuid)
                elif outcome.status == "rejected":
                    reasons = [reason.model_dump() for reason in outcome.reasons]
                    outbox_rules.mark_rejected(uow, item.client_uuid, reasons)
            uow.commit()

    def failed(self, items: Sequence[PushItem], error: str) -> None:
        with self._uow() as uow:
            outbox_rules.record_failed_attempt(uow, [i.client_uuid for i in items], error)
            uow.commit()


def office_code(config: DeviceConfig) -> str:
    """The office's code for survey payloads (16 characters at most, as the store keeps)."""
    return config.office[:16]


def build_kiosk(
    app: QApplication,
    config: DeviceConfig,
    *,
    clock: Clock | None = None,
    api: ApiClient | None = None,
    store: KioskStore | None = None,
    idle_timeout: timedelta = DEFAULT_IDLE_TIMEOUT,
    countdown: int = DEFAULT_COUNTDOWN,
    countdown_tick: timedelta = ONE_SECOND,
    admin_hold: timedelta = HOLD,
    start: bool = True,
) -> KioskWindow:
    """The kiosk window with every screen wired. ``start`` begins talking to the server
    (health, directory refresh, pending surveys) right away, on the worker.

    Raises `PrinterConfigError` for a wrong printer URI: better at start-up than mid-queue.
    """
    clock = clock or SystemClock()
    languages = LanguageSwitch(app)
    languages.set_language(config.language)
    printer = KioskPrinter.from_uri(config.printer)
    api = api or ApiClient(config.server_url, config.token)
    store = store or KioskStore(
        config.data_dir / STORE_FILE, device_id=config.device_id, clock=clock
    )
    worker = Worker()
    connectivity = Connectivity(worker, api.health)
    keeper = DirectoryKeeper(worker, store, api.faskes_snapshot)
    surveys = SurveySender(worker, store, api.push)
    window = KioskWindow(
        config,
        languages,
        app=app,
        clock=clock,
        worker=worker,
        connectivity=connectivity,
        keeper=keeper,
        idle_timeout=idle_timeout,
        countdown=countdown,
        countdown_tick=countdown_tick,
        admin_hold=admin_hold,
    )
    for helper in (worker, connectivity, keeper, surveys):
        helper.setParent(window)
    location = (config.location.latitude, config.location.longitude) if config.location else None
    deps: dict[str, Any] = {
        "api": api,
        "worker": worker,
        "connectivity": connectivity,
        "clock": clock,
        "printer": printer,
        "office_name": config.office,
    }
    status = StatusController(StatusView(clock), **deps)
    bill = BillController(BillView(clock), **deps)
    va = VaController(VaView(clock), **deps)
    queue = QueueController(QueueView(), **deps)
    faskes = FaskesController(FaskesView(), keeper, location)
    info = InfoController(InfoView())
    change = ChangeController(
        ChangeView(clock),
        api=api,
        worker=worker,
        connectivity=connectivity,
        clock=clock,
        keeper=keeper,
        location=location,
    )
    survey = SurveyController(SurveyView(), surveys, office_code(config))
    for key, screen in (
        ("status", status),
        ("bill", bill),
        ("va", va),
        ("faskes", faskes),
        ("info", info),
        ("change", change),
        ("queue", queue),
        ("survey", survey),
    ):
        window.add_screen(key, screen)

    def forward(key: str, target: BillController | VaController) -> Any:
        def go(identifier: str, kind: str) -> None:
            if window.show_screen(key) is not None:
                target.open_with(identifier, "card" if kind == "card" else "nik")

        return go

    status.bill_requested.connect(forward("bill", bill))
    status.va_requested.connect(forward("va", va))
    bill.va_requested.connect(forward("va", va))

    def back_online(online: bool) -> None:
        # Send what waited, and see whether the directory changed meanwhile.
        if online:
            surveys.flush()
            keeper.refresh()

    connectivity.changed.connect(back_online)
    window.destroyed.connect(store.close)
    if start:
        connectivity.start()
        keeper.start()
    return window
