"""`anjungan sync`: the operator's commands for a device's sync (counter or kiosk).

``--once`` runs one sync and prints what happened; ``--status`` shows the local sync
state without touching the network (pending and rejected rows with the server's
reasons, last success, last error, cursor, revocation); with neither it keeps syncing
every ``--interval`` seconds until stopped (Ctrl+C or SIGTERM). Everything comes from
the device TOML (`core.config.DeviceConfig`: server URL, token, device id, data
directory, language); the local store is the one the device's program uses
(``counter.sqlite3`` or ``kiosk.sqlite3`` in the data directory, as in
`counter.app`/`kiosk.app`, which this package may not import), or ``--database``.
Exit status: 0 done, 1 failed but will pass later (network, server), 3 a person must
act (device revoked, conflict, refused). Prints no personal data: reasons name the
field, never its value. Must not import Qt.
"""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from anjungan.core.clock import WIB, SystemClock
from anjungan.core.config import DeviceConfig, Role
from anjungan.core.errors import ConfigError
from anjungan.sync.report import SyncStatus

if TYPE_CHECKING:
    from anjungan.core.store.engine import Store
    from anjungan.sync.engine import SyncEngine

log = logging.getLogger("anjungan.sync")

STORE_FILES = {Role.COUNTER: "counter.sqlite3", Role.KIOSK: "kiosk.sqlite3"}
EXIT_OK, EXIT_RETRY_LATER, EXIT_PERSON_MUST_ACT = 0, 1, 3


def add_sync_arguments(parser: argparse.ArgumentParser) -> None:
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="sync once, print a summary, exit")
    mode.add_argument(
        "--status", action="store_true", help="show the local sync state (no network)"
    )
    parser.add_argument("--database", type=Path, help="the device's local store file")
    parser.add_argument(
        "--interval", type=float, default=30.0, help="seconds between runs (default 30)"
    )


def store_path(config: DeviceConfig, override: Path | None = None) -> Path:
    if override is not None:
        return override
    name = STORE_FILES.get(config.role)
    if name is None:
        raise ConfigError(
            f"Perangkat berperan '{config.role.value}' tidak memiliki data untuk "
            "disinkronkan. Gunakan konfigurasi loket atau anjungan.",
            f"A device with role '{config.role.value}' has nothing to sync. Use a counter "
            "or kiosk configuration.",
        )
    return config.data_dir / name


def run_sync(config: DeviceConfig, args: argparse.Namespace) -> int:
    # Imported here: the top-level parser loads this module for every subcommand.
    from anjungan.core.store.engine import open_store

    path = store_path(config, args.database)
    lang = config.language
    if args.status:
        if not path.exists():
            print(_t(lang, "Belum ada data lokal di ", "No local data yet at ") + str(path))
            return EXIT_OK
        with open_store(path) as store:
            engine = _engine(config, store)
            print(format_status(engine.status(), lang))
            return EXIT_OK
    if not config.token:
        raise ConfigError(
            "Token perangkat belum diisi di konfigurasi (kunci 'token'). Minta admin "
            "mendaftarkan perangkat ini, lalu isi tokennya.",
            "The device token is not set in the configuration (key 'token'). Ask an admin "
            "to enrol this device, then fill in its token.",
        )
    with open_store(path) as store:
        engine = _engine(config, store)
        try:
            if args.once:
                report = engine.sync_once()
                print(report.summary(lang))
                if report.ok:
                    return EXIT_OK
                return EXIT_PERSON_MUST_ACT if report.halted else EXIT_RETRY_LATER
            return _loop(engine, args.interval, lang)
        finally:
            engine.close()


def _engine(config: DeviceConfig, store: Store) -> SyncEngine:
    from anjungan.sync.engine import SyncEngine

    return SyncEngine(store, config.server_url, config.token, config.device_id, clock=SystemClock())


def _loop(engine: SyncEngine, interval_s: float, lang: str) -> int:
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, on_signal)
    try:
        log.info("syncing every %.0f s; Ctrl+C to stop", interval_s)
        from anjungan.sync.runner import SyncRunner

        halted = SyncRunner(engine, interval_s=interval_s).run(stop)
    except KeyboardInterrupt:
        return EXIT_OK
    finally:
        signal.signal(signal.SIGTERM, previous)
    if halted is not None:
        print(halted.summary(lang))
        return EXIT_PERSON_MUST_ACT
    return EXIT_OK


def _t(lang: str, indonesian: str, english: str) -> str:
    return english if lang == "en" else indonesian


def _when(moment: datetime | None, lang: str) -> str:
    if moment is None:
        return _t(lang, "belum pernah", "never")
    return moment.astimezone(WIB).strftime("%Y-%m-%d %H:%M WIB")


def format_status(status: SyncStatus, lang: str = "id") -> str:
    """The status as lines of text (`--status`, logs)."""
    lines = [
        _t(lang, "Menunggu dikirim: ", "Waiting to be sent: ") + str(status.pending),
        _t(lang, "Sudah diterima server: ", "Received by the server: ") + str(status.sent),
        _t(
            lang,
            "Ditolak server, menunggu perbaikan petugas: ",
            "Rejected, waiting for the officer: ",
        )
        + str(len(status.rejected)),
    ]
    for item in status.rejected:
        lines.append(f"  - {item.kind} #{item.local_seq} ({item.record_uuid})")
        for reason in item.reasons:
            text = reason.message_en if lang == "en" else reason.message_id
            lines.append(f"      {reason.field or '-'}: {text}")
    lines.append(
        _t(lang, "Terakhir berhasil: ", "Last success: ") + _when(status.last_success, lang)
    )
    if status.last_error is not None:
        problem = status.last_error
        lines.append(
            _t(lang, "Kesalahan terakhir: ", "Last error: ")
            + f"{problem.message(lang)} ({problem.code}, {_when(problem.at, lang)})"
        )
        lines += [f"  conflict: {u}" for u in problem.conflicts]
    if status.revoked:
        lines.append(
            _t(
                lang,
                "PERANGKAT DICABUT: sinkronisasi berhenti sampai didaftarkan ulang.",
                "DEVICE REVOKED: sync is stopped until the device is enrolled again.",
            )
        )
    lines.append(_t(lang, "Posisi tarik perubahan: ", "Pull cursor: ") + str(status.cursor))
    version = "-" if status.faskes_version is None else str(status.faskes_version)
    lines.append(_t(lang, "Versi direktori faskes: ", "Faskes directory version: ") + version)
    return "\n".join(lines)
