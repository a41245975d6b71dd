"""`anjungan server` and `anjungan admin ...`: argument handling for the server side.

Kept out of the top-level CLI so that `anjungan kiosk` never imports FastAPI and
`anjungan server` never imports Qt. Prints tokens once; never prints personal data.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from datetime import UTC, date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from anjungan.core.clock import SystemClock

if TYPE_CHECKING:
    from anjungan.server.db import Database

DEFAULT_DB = "sqlite:///anjungan-server.sqlite3"


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, help="SQLAlchemy URL (PostgreSQL or SQLite)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)


def add_admin_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, help="SQLAlchemy URL of the server database")
    sub = parser.add_subparsers(dest="admin_command", required=True, metavar="COMMAND")
    officer = sub.add_parser("create-officer", help="add an officer account")
    officer.add_argument("username")
    officer.add_argument("--role", default="officer", choices=["officer", "supervisor", "admin"])
    officer.add_argument("--office", required=True)
    officer.add_argument("--name")
    device = sub.add_parser("enroll-device", help="register a device and print its token once")
    device.add_argument("device_id")
    device.add_argument("--kind", required=True, choices=["kiosk", "counter", "board"])
    device.add_argument("--office", required=True)
    revoke = sub.add_parser("revoke-device", help="stop a device's token from working")
    revoke.add_argument("device_id")
    seed = sub.add_parser(
        "seed-demo",
        help="fill an EMPTY database with demo data (officer password: demo1234)",
        description="Load demo offices with queue counters, facilities, officers (password "
        "demo1234), devices and participants (fixed personas first) into an empty database. "
        "A database that already holds participants is refused: use a new one.",
    )
    seed.add_argument("--participants", type=_count, required=True, metavar="N")
    seed.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    seed.add_argument(
        "--regions",
        type=_regions,
        default=None,
        metavar="CODES",
        help="comma-separated province/kab-kota codes, or 'all' (default: 3171,3201,3273,"
        "6471,7171)",
    )
    seed.add_argument(
        "--tokens-out",
        type=Path,
        metavar="FILE.toml",
        help="write the device tokens here (mode 600) instead of printing them",
    )
    faskes = sub.add_parser(
        "import-faskes",
        help="insert or update facilities from a CSV file",
        description="Upsert facilities by code from a CSV file (columns kode, nama, jenis, "
        "alamat, kabkota, kecamatan, telepon, lat, lon, jam_buka). Good rows are saved even "
        "when others are refused; the exit status is 1 if any row was refused.",
    )
    faskes.add_argument("file", type=Path, metavar="FILE.csv")
    report = sub.add_parser(
        "report",
        help="write the service report (queue, services, complaints, SKM) as a PDF",
        description="Queue, services, complaints and satisfaction (SKM) of one office (or "
        "every office without --office) over a period of local dates, as an A4 PDF with "
        "charts, and optionally one CSV file per table.",
    )
    report.add_argument("--office", default=None, help="office code (default: every office)")
    report.add_argument("--from", dest="date_from", type=date.fromisoformat, required=True)
    report.add_argument("--to", dest="date_to", type=date.fromisoformat, required=True)
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--csv-dir", type=Path, default=None, metavar="DIR")


def _count(text: str) -> int:
    value = int(text.replace("_", "").replace(",", ""))
    if value < 1:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _regions(text: str) -> list[str] | str | None:
    if text.strip().lower() == "all":
        return "all"
    codes = [code.strip() for code in text.split(",") if code.strip()]
    return codes or None


def run_server(args: argparse.Namespace) -> int:
    import uvicorn

    from anjungan.server.app import create_app
    from anjungan.server.settings import ServerSettings

    app = create_app(ServerSettings(database_url=args.db))
    # uvicorn's access log would record NIKs from URL paths; ours redacts them.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level="info",
        access_log=False,
        timeout_graceful_shutdown=5,  # event streams are cut after 5 s on shutdown
    )
    return 0


def run_admin(args: argparse.Namespace) -> int:
    from anjungan.server import admin
    from anjungan.server.db import open_database

    db = open_database(args.db)
    now = SystemClock().now()
    try:
        if args.admin_command == "create-officer":
            password = getpass.getpass(f"Password for {args.username}: ")
            admin.create_officer(
                db,
                args.username,
                password,
                role=args.role,
                office_code=args.office,
                display_name=args.name,
            )
            print(f"officer {args.username} created")
        elif args.admin_command == "enroll-device":
            token = admin.enroll_device(db, args.device_id, args.kind, args.office, now)
            print(f"device {args.device_id} enrolled; its token (shown once):\n{token}")
        elif args.admin_command == "revoke-device":
            if not admin.revoke_device(db, args.device_id, now):
                print(f"no device {args.device_id}", file=sys.stderr)
                return 1
            print(f"device {args.device_id} revoked")
        elif args.admin_command == "seed-demo":
            return _seed_demo(db, args)
        elif args.admin_command == "import-faskes":
            return _import_faskes(db, args)
        elif args.admin_command == "report":
            return _report(db, args)
    finally:
        db.dispose()
    return 0


def _seed_demo(db: Database, args: argparse.Namespace) -> int:
    from anjungan.server.seed import DEMO_PASSWORD, SeedProgress, seed_demo, tokens_toml
    from anjungan.server.settings import ServerSettings

    # Opened before seeding: a path that cannot be written must not lose the tokens.
    out = _private_file(args.tokens_out) if args.tokens_out else None
    last_line = [0.0]

    def progress(p: SeedProgress) -> None:
        now = time.monotonic()
        if p.step == "participants" and p.done != p.total and now - last_line[0] < 2.0:
            return
        last_line[0] = now
        print(p.line(), file=sys.stderr, flush=True)

    try:
        report = seed_demo(
            db,
            ServerSettings(database_url=args.db),
            participants=args.participants,
            seed=args.seed,
            regions=args.regions,
            progress=progress,
        )
    except BaseException:
        if out is not None:
            out.close()
            args.tokens_out.unlink(missing_ok=True)
        raise
    print(
        f"seeded {report.offices:,} offices ({report.counters:,} counters), "
        f"{report.facilities:,} facilities, {report.participants:,} participants in "
        f"{report.families:,} families, {report.payments:,} payments in {report.seconds:.1f} s"
    )
    roles = sorted({o.role for o in report.officers})
    print(
        f"{len(report.officers):,} officer accounts ({', '.join(roles)}; e.g. "
        f"{report.officers[0].username}, {report.officers[1].username}), "
        f"password {DEMO_PASSWORD}"
    )
    if out is not None:
        with out:
            out.write(tokens_toml(report))
        print(f"{len(report.devices):,} devices enrolled; tokens written to {args.tokens_out}")
    else:
        print(f"{len(report.devices):,} devices enrolled; their tokens (shown once):")
        for d in report.devices:
            print(f"{d.device_id}\t{d.kind}\t{d.office_code}\t{d.token}")
    return 0


def _private_file(path: Path) -> TextIO:
    """``path`` opened for writing, readable by its owner only (it will hold tokens)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(path, 0o600)  # an existing file keeps its mode through O_CREAT
    return os.fdopen(fd, "w", encoding="utf-8")


def _import_faskes(db: Database, args: argparse.Namespace) -> int:
    from anjungan.server.services.faskes_import import import_faskes_csv
    from anjungan.server.settings import ServerSettings

    path: Path = args.file
    if not path.is_file():
        print(f"anjungan: no file {path}", file=sys.stderr)
        return 1
    report = import_faskes_csv(db, ServerSettings(database_url=args.db), path)
    print(
        f"{report.inserted:,} inserted, {report.updated:,} updated, "
        f"{report.unchanged:,} unchanged, {len(report.errors):,} refused "
        f"(directory version {report.version})"
    )
    for error in report.errors:
        where = f"row {error.row}" + (f", {error.field}" if error.field else "")
        print(f"{where}: {error.message_en} [{error.code}]")
    return 1 if report.errors else 0


def _report(db: Database, args: argparse.Namespace) -> int:
    from anjungan.core.errors import ValidationError
    from anjungan.server.reports import ReportQuery, build_report, render_report_pdf, write_csv

    try:
        query = ReportQuery(args.office, args.date_from, args.date_to)
    except ValidationError as error:
        print(f"anjungan: {error.message_en}", file=sys.stderr)
        return 2
    now = SystemClock().now()
    started = time.perf_counter()
    data = build_report(db, query, today=now.date(), zone=now.tzinfo or UTC)
    render_report_pdf(data, args.out, generated_at=now)
    print(f"report written to {args.out} in {time.perf_counter() - started:.1f} s")
    if args.csv_dir is not None:
        paths = write_csv(data, args.csv_dir)
        print(f"{len(paths)} CSV files written to {args.csv_dir}")
    return 0
