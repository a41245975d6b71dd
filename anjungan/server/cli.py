"""`anjungan server` and `anjungan admin ...`: argument handling for the server side.

Kept out of the top-level CLI so that `anjungan kiosk` never imports FastAPI and
`anjungan server` never imports Qt. Prints tokens once; never prints personal data.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from anjungan.core.clock import SystemClock

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


def run_server(args: argparse.Namespace) -> int:
    import uvicorn

    from anjungan.server.app import create_app
    from anjungan.server.settings import ServerSettings

    app = create_app(ServerSettings(database_url=args.db))
    # uvicorn's access log would record NIKs from URL paths; ours redacts them.
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", access_log=False)
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
    finally:
        db.dispose()
    return 0
