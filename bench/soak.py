"""Accelerated soak: the demo system in one process, used without pauses for N minutes.

`python -m bench.soak --minutes 30` (or `make soak`). One process, offscreen, holds what
`anjungan demo` runs: the embedded central server on loopback (SQLite, seeded by
`seed_demo` for Kota Jakarta Pusat as `anjungan.demo` does), the kiosk built by
`build_kiosk` (printing to a loopback ESC/POS printer, `bench.loopback_printer`) and the
counter built by `build_counter` (gated: the officer logs in). A seeded random script
then plays people at the kiosk (status, bill and VA checks, faskes search, queue
tickets, surveys, the information screen) and an officer at the counter (login, lock and
unlock, calling and serving the kiosk's tickets, registrations typed into the wizard,
complaints, information requests), while a background thread runs the counter's sync
engine every couple of seconds. Every interaction checks what it should have produced
(a status on screen, a ticket printed and confirmed, a form saved...).

Time is accelerated: one `FixedClock`, shared by the server and both programs, moves
`--step-seconds` (simulated) per interaction, so the kiosk's lookup limit (30 a minute)
holds, and an office day (08:00-16:00) ends after a few thousand interactions: the next
working day begins at 08:00 with the officer logging in again (the server's sessions
last 9 hours).

Watched: unhandled exceptions (sys and threading hooks), Python log records of level
WARNING and up, Qt warnings (a known offscreen-platform notice is counted apart), every
HTTP status the server answered (its access log), failed interaction checks, printer
jobs, sync runs, and the RSS, open file descriptors and threads of the process every
`SAMPLE_S` seconds. Prints a summary, writes ``bench/soak.json`` and exits non-zero on a
crash, a 5xx, an error log, a failed check, or memory growth over ``--max-growth-mb``
after the warm-up (the first quarter of the run).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from bench.soak_watch import Watch, process_numbers, slope_per_hour, watching

HERE = Path(__file__).resolve().parent
WAIT_S = 15.0  # bounds one step of an interaction; a step takes milliseconds
SAMPLE_S = 10.0
DAY_START, DAY_END = 8, 16
PASSWORD = "demo1234"  # `server.seed.DEMO_PASSWORD`, documented for the demo
OFFICER = "mpp3171.petugas1"
UNKNOWN_NIK = "3171011203800099"  # well formed (Gambir, 12 March 1980); nobody has it
WEIGHTS = {
    "kiosk.status": 4,
    "kiosk.bill": 2,
    "kiosk.va": 1,
    "kiosk.faskes": 3,
    "kiosk.ticket": 4,
    "kiosk.survey": 2,
    "kiosk.info": 1,
    "counter.queue": 4,
    "counter.registration": 1,
    "counter.complaint": 1,
    "counter.info": 2,
    "counter.lock": 0.2,
}
FACES_MORE = 3  # one survey in three answers the nine questions too


class Failed(Exception):
    """An interaction did not produce what it should have (the reason holds no personal data)."""


# -- the system ------------------------------------------------------------------------------


@dataclass
class SyncLoop:
    """The counter's sync engine, run every ``every_s`` seconds on a thread of its own."""

    engine: Any
    every_s: float
    runs: int = 0
    ok: int = 0
    accepted: int = 0
    pulled: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    stop: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._loop, name="soak-sync", daemon=True)
        self.thread.start()

    def run_once(self) -> Any:
        report = self.engine.sync_once()
        self.runs += 1
        self.accepted += report.accepted
        self.pulled += report.pulled
        if report.ok:
            self.ok += 1
        else:
            self.errors[type(report.error).__name__] += 1
        return report

    def _loop(self) -> None:
        while not self.stop.wait(self.every_s):
            self.run_once()

    def finish(self) -> None:
        self.stop.set()
        if self.thread is not None:
            self.thread.join(60)


@dataclass
class Options:
    seconds: float
    step: timedelta
    seed: int
    max_growth_mb: float
    sync_every_s: float
    out: Path


class Soak:
    """Drives the kiosk and the counter; counts what happened."""

    def __init__(self, options: Options, watch: Watch, stack: ExitStack, folder: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from anjungan.core.clock import WIB, FixedClock
        from bench.loopback_printer import LoopbackPrinter

        self.options = options
        self.watch = watch
        self.rng = random.Random(options.seed)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        self.app = app
        self.clock = FixedClock(datetime(2026, 11, 23, DAY_START, 0, tzinfo=WIB))
        self.started_at = self.clock.now()
        self.days = 1
        self.printer = stack.enter_context(LoopbackPrinter())
        self.counts: Counter[str] = Counter()
        self.failures: Counter[str] = Counter()
        self.notes: list[str] = []
        self.printed_jobs = 0
        self.printed_bytes = 0
        self.registrations = 0
        self.samples: list[tuple[float, float, int, int]] = []
        self._build(stack, folder)

    # -- building ----------------------------------------------------------------------------

    def _build(self, stack: ExitStack, folder: Path) -> None:
        from sqlalchemy import select

        from anjungan import demo
        from anjungan.core.config import DeviceConfig, Location, Role
        from anjungan.core.store.engine import open_store
        from anjungan.counter.app import STORE_FILE, build_counter
        from anjungan.kiosk.app import build_kiosk
        from anjungan.server.app import create_app
        from anjungan.server.db import open_database
        from anjungan.server.demo import PERSONAS
        from anjungan.server.embedded import serve
        from anjungan.server.models.participants import Participant
        from anjungan.server.seed import seed_demo
        from anjungan.server.settings import ServerSettings
        from anjungan.sync.engine import SyncEngine

        settings = ServerSettings(
            database_url=f"sqlite:///{folder / 'server.sqlite3'}", clock=self.clock
        )
        db = open_database(settings.database_url)
        stack.callback(db.dispose)
        self.db = db
        report = seed_demo(db, settings, participants=demo.PARTICIPANTS, regions=[demo.REGION])
        tokens = {device.device_id: device.token for device in report.devices}
        with db.read() as session:
            niks = list(session.scalars(select(Participant.nik).limit(400)))
        self.niks = [p.nik for p in PERSONAS] + niks
        self.cards = [p.card_number for p in PERSONAS]
        base = stack.enter_context(serve(create_app(settings, db)))
        common: dict[str, Any] = {"office": demo.OFFICE_NAME, "server_url": base}
        kiosk_config = DeviceConfig(
            role=Role.KIOSK,
            device_id=demo.KIOSK,
            token=tokens[demo.KIOSK],
            printer=self.printer.uri,
            location=Location(latitude=-6.1754, longitude=106.8272),
            data_dir=folder / "kiosk",
            **common,
        )
        counter_config = DeviceConfig(
            role=Role.COUNTER,
            device_id=demo.COUNTER,
            token=tokens[demo.COUNTER],
            counter_number=1,
            data_dir=folder,
            **common,
        )
        self.kiosk = build_kiosk(self.app, kiosk_config, clock=self.clock)
        self.kiosk.resize(1080, 1920)
        self.kiosk.show()
        stack.callback(self._close_kiosk)
        self.store = stack.enter_context(open_store(folder / STORE_FILE))
        self.counter = build_counter(
            self.app, counter_config, self.store, clock=self.clock, gate=True
        )
        self.counter.window.resize(1366, 768)
        self.counter.window.show()
        stack.callback(self._close_counter)
        engine = SyncEngine(self.store, base, tokens[demo.COUNTER], demo.COUNTER, clock=self.clock)
        stack.callback(engine.close)
        self.sync = SyncLoop(engine, self.options.sync_every_s)
        stack.callback(self.sync.finish)
        self.handed_out: list[str] = []
        self.surveys: list[str] = []
        self.kiosk.screens["queue"].handed_out.connect(self.handed_out.append)  # type: ignore[attr-defined]
        survey = self.kiosk.screens["survey"]
        survey.outbox_sender.finished.connect(self.surveys.append)  # type: ignore[attr-defined]
        self.until(lambda: self.kiosk.keeper.ready and not self.kiosk.worker.busy, "kiosk start")
        self.words = self._faskes_words()

    def _faskes_words(self) -> list[str]:
        keys = set(self.kiosk.screens["faskes"].view.keyboard.keys)  # type: ignore[attr-defined]
        directory = self.kiosk.keeper.directory
        words = set()
        for prefix in ("PUSK", "KLINIK", "APOTEK", "RS", "OPTIK", "DR", "LAB"):
            for place in directory.search(prefix, limit=40):
                typed = " ".join(place.name.split()[:2])
                if typed and all(c in keys or c == " " for c in typed):
                    words.add(typed[: self.rng.randint(min(4, len(typed)), len(typed))].strip())
        if not words:
            raise RuntimeError("no facility names to search for in the demo directory")
        return sorted(words)

    def _close_kiosk(self) -> None:
        self.kiosk.go_home()
        self.kiosk.shutdown()
        self.kiosk.hide()

    def _close_counter(self) -> None:
        self.counter.shutdown()
        self.counter.window.hide()

    # -- driving -----------------------------------------------------------------------------

    def pump(self) -> None:
        """One turn of a running main loop: the events, then the deferred deletions
        (`deleteLater`), which `processEvents` alone leaves for a loop that never runs."""
        from PySide6.QtCore import QCoreApplication, QEvent

        self.app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def until(self, done: Callable[[], object], what: str, wait_s: float = WAIT_S) -> None:
        deadline = time.monotonic() + wait_s
        while not done():
            if time.monotonic() > deadline:
                raise Failed(f"timed out waiting for {what}")
            self.pump()
            time.sleep(0.0005)

    def settle(self, seconds: float = 0.0) -> None:
        """Process events for ``seconds`` (timers and queued answers get their turn)."""
        end = time.monotonic() + seconds
        while True:
            self.pump()
            if time.monotonic() >= end:
                return
            time.sleep(0.001)

    def fail(self, kind: str, reason: str) -> None:
        self.failures[kind] += 1
        if len(self.notes) < 50:
            self.notes.append(f"{self.clock.now():%Y-%m-%d %H:%M} {kind}: {reason}")
        print(f"soak: {kind} failed: {reason}", file=sys.stderr, flush=True)

    def advance(self) -> None:
        """One step of simulated time; past closing, the next working day at 08:00."""
        self.clock.advance(self.options.step)
        now = self.clock.now()
        if now.hour < DAY_END:
            return
        day = now + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        self.clock.current = day.replace(hour=DAY_START, minute=0, second=0, microsecond=0)
        self.days += 1
        self.new_day()

    def new_day(self) -> None:
        """The office opens: the officer logs in afresh (yesterday's session has expired)."""
        self.counter.login.view.show_login()
        self.counter.window.show_gate()

    def play(self, kind: str) -> None:
        action = getattr(self, kind.replace(".", "_"))
        try:
            action()
        except Failed as failed:
            self.fail(kind, str(failed))
        self.counts[kind] += 1
        self.pump()

    # -- kiosk -------------------------------------------------------------------------------

    def kiosk_open(self, key: str) -> Any:
        self.kiosk.home.tiles[key].click()
        self.until(lambda: self.kiosk.current_screen() == key, f"the {key} screen")
        return self.kiosk.screens[key]

    def kiosk_home(self) -> None:
        self.kiosk.go_home()
        self.until(lambda: not self.kiosk.worker.busy, "the kiosk's background calls")

    @staticmethod
    def type_digits(keypad: Any, digits: str) -> None:
        keypad.reset()
        for digit in digits:
            keypad.digit_keys[digit].click()
        keypad.ok_key.click()

    def _number(self) -> tuple[str, bool]:
        """A participant's NIK or card number (True), or a NIK nobody has (False)."""
        draw = self.rng.random()
        if draw < 0.1:
            return UNKNOWN_NIK, False
        if draw < 0.2:
            return self.rng.choice(self.cards), True
        return self.rng.choice(self.niks), True

    def _lookup(self, key: str, answered: Callable[[Any], bool]) -> None:
        view = self.kiosk_open(key).view
        number, known = self._number()
        try:
            self.type_digits(view.identify.keypad, number)
            self.until(
                lambda: not self.kiosk.worker.busy and (answered(view) or view.banner.isVisible()),
                f"the {key} answer",
            )
            if known and not answered(view):
                raise Failed(f"a known participant got a message: {view.banner.text()[:120]}")
            if not known and answered(view):
                raise Failed("a NIK nobody has was answered")
        finally:
            self.kiosk_home()

    def kiosk_status(self) -> None:
        self._lookup("status", lambda view: view.badge.text() != "")

    def kiosk_bill(self) -> None:
        self._lookup("bill", lambda view: view.current_page() is view.result)

    def kiosk_va(self) -> None:
        view = self.kiosk_open("va").view
        number, known = self._number()
        try:
            self.type_digits(view.identify.keypad, number)
            self.until(
                lambda: (
                    not self.kiosk.worker.busy
                    and (view.family.text() != "" or view.banner.isVisible())
                ),
                "the VA answer",
            )
            if not known and view.family.text():
                raise Failed("a NIK nobody has was answered")
        finally:
            self.kiosk_home()

    def kiosk_faskes(self) -> None:
        screen = self.kiosk_open("faskes")
        keyboard = screen.view.keyboard
        try:
            for char in self.rng.choice(self.words):
                (keyboard.space_key if char == " " else keyboard.keys[char]).click()
            self.until(lambda: not self.kiosk.worker.busy, "the faskes search")
            if not screen.found:
                raise Failed("a name from the directory found nothing")
        finally:
            self.kiosk_home()

    def kiosk_ticket(self) -> None:
        screen = self.kiosk_open("queue")
        view = screen.view
        self.handed_out.clear()
        try:
            self.until(lambda: bool(view.service_buttons), "the queue services")
            self.rng.choice(view.service_buttons).click()
            reasons = list(view.priority_buttons)
            reason = reasons[0] if self.rng.random() < 0.8 else self.rng.choice(reasons)
            view.priority_buttons[reason].click()
            self.until(lambda: bool(self.handed_out), "the ticket's hand-out")
            if self.handed_out != ["printed"]:
                raise Failed(f"ticket handed out as {self.handed_out}")
            try:
                job = self.printer.next_job(WAIT_S)
            except Exception as error:
                raise Failed("no job reached the printer") from error
            self.printed_jobs += 1
            self.printed_bytes += job.size
        finally:
            self.kiosk_home()

    def kiosk_survey(self) -> None:
        from anjungan.core.domain.survey import Face

        screen = self.kiosk_open("survey")
        view = screen.view
        self.surveys.clear()
        try:
            view.face_buttons[self.rng.choice(list(Face))].click()
            if self.rng.randrange(FACES_MORE) == 0:
                view.more_button.click()
                for _ in range(9):
                    if self.rng.random() < 0.15:
                        view.skip_button.click()
                    else:
                        view.answer_buttons[self.rng.choice(list(Face))].click()
            else:
                view.finish_button.click()
            self.until(lambda: bool(self.surveys), "the survey's delivery")
            if self.surveys != ["sent"]:
                raise Failed(f"survey delivery {self.surveys}")
        finally:
            self.kiosk_home()

    def kiosk_info(self) -> None:
        self.kiosk_open("info")
        self.settle()
        self.kiosk_home()

    # -- counter -----------------------------------------------------------------------------

    def counter_idle(self) -> None:
        self.until(
            lambda: not self.counter.net.busy and not self.counter.worker.busy,
            "the counter's background work",
        )

    def ensure_logged_in(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window = self.counter.window
        if not window.gated:
            return
        view = self.counter.login.view
        unlock = view.locked_for is not None
        if not unlock:
            view.username.clear()
            QTest.keyClicks(view.username, OFFICER)
            QTest.keyClick(view.username, Qt.Key.Key_Return)
        QTest.keyClicks(view.password, PASSWORD)
        QTest.keyClick(view.password, Qt.Key.Key_Return)
        kind = "counter.unlock" if unlock else "counter.login"
        try:
            self.until(lambda: not window.gated, "the login")
        except Failed as failed:
            self.fail(kind, f"{failed}: {view.message.text()[:120]}")
            raise
        self.counts[kind] += 1
        self.counter_idle()

    def counter_screen(self, key: str) -> None:
        self.ensure_logged_in()
        self.counter.window.show_screen(key)
        self.counter_idle()

    def counter_lock(self) -> None:
        self.ensure_logged_in()
        self.counter.session.lock()
        if not self.counter.window.gated:
            raise Failed("the lock did not cover the work area")
        self.ensure_logged_in()

    def counter_queue(self) -> None:
        from anjungan.core.wire.queue import TicketOutcome

        self.counter_screen("queue")
        queue, view = self.counter.queue, self.counter.queue.view
        queue.refresh()
        self.counter_idle()
        if view.table.rowCount() == 0:
            self.counts["counter.queue.empty"] += 1
            return

        def move(button: str, state: str) -> None:
            view.buttons[button].click()
            self.counter_idle()
            current = view.current
            if current is None or current.state.value != state:
                shown = current.state.value if current else None
                raise Failed(f"{button}: ticket is {shown}: {view.message.text()[:120]}")

        move("call_next", "called")
        if self.rng.random() < 0.1:
            move("recall", "called")
        move("start", "serving")
        outcomes = [o.value for o in TicketOutcome]
        view.outcome.setCurrentIndex(view.outcome.findData(self.rng.choice(outcomes)))
        move("finish", "done")

    def counter_info(self) -> None:
        from anjungan.core.services.info_requests import InfoTopic

        self.counter_screen("information")
        view = self.counter.information.view
        before = view.total.text()
        view.topics[self.rng.choice(list(InfoTopic))].click()
        self.counter_idle()
        if view.total.text() == before:
            raise Failed("the day's total did not move")

    def counter_complaint(self) -> None:
        from PySide6.QtTest import QTest

        from anjungan.core.domain.complaints import Category, Channel

        self.counter_screen("complaints")
        form = self.counter.complaints.view.form
        channels = [c for c in Channel if form.channel.findData(c.value) >= 0]
        form.channel.setCurrentIndex(form.channel.findData(self.rng.choice(channels).value))
        form.category.setCurrentIndex(form.category.findData(self.rng.choice(list(Category)).value))
        QTest.keyClicks(form.identifier, self.rng.choice(self.niks + self.cards))
        QTest.keyClicks(form.name, self.rng.choice(("Siti Aminah", "Budi Santoso", "Rina Wati")))
        QTest.keyClicks(form.problem, "Kartu tidak aktif padahal iuran sudah dibayar.")
        QTest.keyClicks(form.cause, "Pembayaran belum tercatat di sistem.")
        if self.rng.random() < 0.2:
            form.coordination.setChecked(True)
        form.save_button.click()
        self.counter_idle()
        if form.identifier.text() or form.status.property("invalid"):
            raise Failed(f"not saved: {form.status.text()[:120]}")

    def _family(self) -> tuple[str, tuple[tuple[str, str, str], ...]]:
        """A KK number and two members (head, wife) whose NIKs no one else has."""
        self.registrations += 1
        n = self.registrations
        serial = 1000 + n % 8000
        day, month = 1 + (n // 8000) % 28, 1 + (n // (8000 * 28)) % 12
        head = f"317101{day:02d}{month:02d}80{serial:04d}"
        wife = f"317101{day + 40:02d}{month:02d}83{serial:04d}"
        kk = f"317101200123{serial:04d}"
        return kk, ((head, "Budi Santoso", "K"), (wife, "Siti Aminah", "I"))

    def counter_registration(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from anjungan.core.domain.segments import Segment

        self.counter_screen("registration")
        registration = self.counter.registration
        view = registration.view
        if view.current_page() != "segment":
            registration.start_over()
        view.segment.buttons[Segment.PBPU].setFocus()
        window = self.counter.window

        def focus() -> Any:
            widget = window.focusWidget()
            if widget is None:
                raise Failed(f"nothing has the focus on page {view.current_page()}")
            return widget

        def press(key: Qt.Key, times: int = 1) -> None:
            for _ in range(times):
                QTest.keyClick(focus(), key)

        def field(text: str) -> None:
            QTest.keyClicks(focus(), text)
            press(Qt.Key.Key_Return)

        kk, members = self._family()
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Return)
        field(kk)
        field(str(len(members)))
        for nik, name, role in members:
            field(nik)
            field(name)
            QTest.keyClicks(focus(), role)
            press(Qt.Key.Key_Return)
            press(Qt.Key.Key_Return)  # "still studying"
        press(Qt.Key.Key_Return, 3)  # province, kab/kota, kecamatan from the head's NIK
        field("Jl. Merdeka No. 1 RT 01/RW 02")
        field("0812 3456 7890")
        field("0138u020")
        press(Qt.Key.Key_Down, 2)
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Return)
        for _ in view.documents.boxes:
            press(Qt.Key.Key_Space)
            press(Qt.Key.Key_Return)
        QTest.keyClicks(focus(), "B")
        press(Qt.Key.Key_Down, 2)
        press(Qt.Key.Key_Return)
        field("002301000123567")
        press(Qt.Key.Key_Return)
        if view.current_page() != "review":
            page = view.current_page()
            registration.start_over()
            raise Failed(f"the wizard stopped on page {page}")
        press(Qt.Key.Key_Return)
        self.counter_idle()
        if view.current_page() != "saved":
            raise Failed(f"not saved, on page {view.current_page()}")
        view.saved.new_button.click()

    # -- the run -----------------------------------------------------------------------------

    def sample(self, started: float) -> None:
        rss, fds, threads = process_numbers()
        self.samples.append((time.monotonic() - started, rss, fds, threads))

    def run(self) -> None:
        kinds = list(WEIGHTS)
        weights = [WEIGHTS[k] for k in kinds]
        started = time.monotonic()
        self.sample(started)
        with suppress(Failed):
            self.ensure_logged_in()
        self.sync.start()
        next_sample = started + min(SAMPLE_S, self.options.seconds / 20)
        end = started + self.options.seconds
        tour = list(kinds)  # every kind once first, then at random
        while time.monotonic() < end:
            kind = tour.pop(0) if tour else self.rng.choices(kinds, weights)[0]
            self.play(kind)
            self.advance()
            if time.monotonic() >= next_sample:
                self.sample(started)
                next_sample += min(SAMPLE_S, self.options.seconds / 20)
        self.sample(started)
        self.sync.finish()
        self.counter_idle()
        final = self.sync.run_once()  # what is left goes out now
        if not final.ok:
            self.fail("sync.final", type(final.error).__name__)
        self.until(lambda: not self.kiosk.worker.busy, "the kiosk's last surveys")
        self.printer_extra = len(self.printer.drain())
        self.delivered = self.reconcile()

    def reconcile(self) -> dict[str, Any]:
        """What each side holds at the end: nothing waiting, nothing refused, nothing lost."""
        from sqlalchemy import func, select

        from anjungan.core.store.uow import UnitOfWork
        from anjungan.server.models.sync import SyncInbox

        with UnitOfWork(self.store, device_id="soak-check", clock=self.clock) as uow:
            outbox = {status.value: n for status, n in uow.outbox.counts().items() if n}
        with self.db.read() as session:
            rows = session.execute(
                select(
                    SyncInbox.device_id, SyncInbox.kind, SyncInbox.status, func.count()
                ).group_by(SyncInbox.device_id, SyncInbox.kind, SyncInbox.status)
            ).all()
        inbox = {f"{device} {kind} {status}": int(n) for device, kind, status, n in rows}
        counter, kiosk = self.counter.window.config.device_id, self.kiosk.config.device_id
        expected = {
            (counter, "registration"): "counter.registration",
            (counter, "complaint"): "counter.complaint",
            (counter, "info_request"): "counter.info",
            (kiosk, "survey"): "kiosk.survey",
        }
        for (device, kind), interaction in expected.items():
            wanted = self.counts[interaction] - self.failures[interaction]
            got = inbox.get(f"{device} {kind} accepted", 0)
            if got != wanted:
                self.fail("sync.reconcile", f"{kind}: server accepted {got}, {wanted} were made")
        waiting = {k: v for k, v in outbox.items() if k != "sent"}
        if waiting:
            self.fail("sync.reconcile", f"counter outbox not empty at the end: {waiting}")
        if any(key.endswith(" rejected") for key in inbox):
            self.fail("sync.reconcile", "the server rejected pushed records")
        return {"counter_outbox": outbox, "server_inbox": inbox}

    # -- the answer --------------------------------------------------------------------------

    def summary(self, seconds: float) -> dict[str, Any]:
        watch = self.watch
        statuses = watch.statuses.counts
        server_errors = sum(n for code, n in statuses.items() if code >= 500)
        warm = [s for s in self.samples if s[0] >= self.options.seconds / 4] or self.samples[-1:]
        mb = [s[1] for s in self.samples]
        growth = self.samples[-1][1] - warm[0][1]
        slope = slope_per_hour([(s[0], s[1]) for s in warm])
        problems = []
        if watch.crashes:
            problems.append(f"{len(watch.crashes)} unhandled exception(s)")
        if server_errors:
            problems.append(f"{server_errors} HTTP 5xx answer(s)")
        if sum(watch.warnings.counts.values()):
            problems.append(f"{sum(watch.warnings.counts.values())} log record(s) WARNING+")
        if sum(watch.qt_warnings.values()):
            problems.append(f"{sum(watch.qt_warnings.values())} Qt warning(s)")
        if sum(self.failures.values()):
            problems.append(f"{sum(self.failures.values())} failed interaction check(s)")
        if growth > self.options.max_growth_mb:
            problems.append(
                f"RSS grew {growth:.1f} MB after the warm-up (bound {self.options.max_growth_mb})"
            )
        interactions = {k: v for k, v in sorted(self.counts.items())}
        return {
            "ok": not problems,
            "problems": problems,
            "wall_seconds": round(seconds, 1),
            "simulated": {
                "from": self.started_at.isoformat(),
                "to": self.clock.now().isoformat(),
                "office_days": self.days,
                "step_seconds": self.options.step.total_seconds(),
            },
            "interactions_total": sum(
                v for k, v in self.counts.items() if not k.endswith(".empty")
            ),
            "interactions": interactions,
            "failures": dict(self.failures),
            "failure_notes": self.notes,
            "http": {
                "requests": sum(statuses.values()),
                "by_status": {str(k): v for k, v in sorted(statuses.items())},
                "5xx": server_errors,
            },
            "log_warnings": dict(watch.warnings.counts),
            "qt_warnings": dict(watch.qt_warnings),
            "qt_offscreen_notices": dict(watch.qt_benign),
            "crashes": watch.crashes,
            "printer": {
                "jobs": self.printed_jobs,
                "bytes": self.printed_bytes,
                "connections": self.printer.connections,
                "unclaimed": getattr(self, "printer_extra", 0),
            },
            "delivered": getattr(self, "delivered", {}),
            "sync": {
                "runs": self.sync.runs,
                "ok": self.sync.ok,
                "accepted": self.sync.accepted,
                "pulled": self.sync.pulled,
                "errors": dict(self.sync.errors),
            },
            "memory": {
                "rss_first_mb": round(mb[0], 1),
                "rss_warm_mb": round(warm[0][1], 1),
                "rss_last_mb": round(mb[-1], 1),
                "rss_max_mb": round(max(mb), 1),
                "growth_after_warm_up_mb": round(growth, 1),
                "slope_after_warm_up_mb_per_hour": round(slope, 1),
                "fds_first_last_max": [
                    self.samples[0][2],
                    self.samples[-1][2],
                    max(s[2] for s in self.samples),
                ],
                "threads_first_last_max": [
                    self.samples[0][3],
                    self.samples[-1][3],
                    max(s[3] for s in self.samples),
                ],
                "samples": [[round(t, 1), round(m, 1), f, n] for t, m, f, n in self.samples],
            },
        }


def print_summary(result: dict[str, Any]) -> None:
    memory = result["memory"]
    sim = result["simulated"]
    lines = [
        f"soak: {'OK' if result['ok'] else 'FAILED'} after {result['wall_seconds']:.0f} s;"
        f" {result['interactions_total']:,} interactions; simulated {sim['from'][:16]} to"
        f" {sim['to'][:16]} ({sim['office_days']} office day(s))",
        "interactions: " + ", ".join(f"{k} {v:,}" for k, v in result["interactions"].items()),
        f"failures: {result['failures'] or 'none'}",
        f"HTTP: {result['http']['requests']:,} requests, by status {result['http']['by_status']},"
        f" 5xx {result['http']['5xx']}",
        f"log WARNING+: {sum(result['log_warnings'].values())}; Qt warnings:"
        f" {sum(result['qt_warnings'].values())}; crashes: {len(result['crashes'])}",
        f"printer: {result['printer']['jobs']:,} tickets, {result['printer']['bytes']:,} bytes;"
        f" sync: {result['sync']['runs']:,} runs ({result['sync']['ok']:,} ok),"
        f" {result['sync']['accepted']:,} records accepted",
        f"memory: RSS first {memory['rss_first_mb']} MB, after warm-up {memory['rss_warm_mb']},"
        f" last {memory['rss_last_mb']}, max {memory['rss_max_mb']}; growth after warm-up"
        f" {memory['growth_after_warm_up_mb']:+} MB, slope"
        f" {memory['slope_after_warm_up_mb_per_hour']:+} MB/h; fds (first, last, max)"
        f" {memory['fds_first_last_max']}; threads {memory['threads_first_last_max']}",
    ]
    for problem in result["problems"]:
        lines.append(f"PROBLEM: {problem}")
    print("\n".join(lines), flush=True)


class _Folder:
    """The soak's working folder: a temporary one unless ``--folder`` names one."""

    def __init__(self, given: Path | None) -> None:
        self._tmp = None if given else tempfile.TemporaryDirectory(prefix="anjungan-soak-")
        self.path = given or Path(self._tmp.name if self._tmp else ".")
        self.path.mkdir(parents=True, exist_ok=True)

    def __enter__(self) -> Path:
        return self.path

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--minutes", type=float, default=30.0, help="wall time (default 30)")
    length.add_argument("--seconds", type=float, help="wall time in seconds (short runs)")
    parser.add_argument("--step-seconds", type=float, default=4.0, help="simulated s a step")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-growth-mb", type=float, default=48.0)
    parser.add_argument("--sync-every", type=float, default=2.0, help="seconds between syncs")
    parser.add_argument("--folder", type=Path, help="keep the databases here (else a temp dir)")
    parser.add_argument("--out", type=Path, default=HERE / "soak.json")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    options = Options(
        seconds=args.seconds if args.seconds is not None else args.minutes * 60,
        step=timedelta(seconds=args.step_seconds),
        seed=args.seed,
        max_growth_mb=args.max_growth_mb,
        sync_every_s=args.sync_every,
        out=args.out,
    )
    with _Folder(args.folder) as folder, watching() as watch, ExitStack() as stack:
        began = time.monotonic()
        soak = Soak(options, watch, stack, folder)
        soak.run()
        seconds = time.monotonic() - began
        stack.close()  # the programs and the server stop inside the watch
        result = soak.summary(seconds)
    options.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print_summary(result)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
