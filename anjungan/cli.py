"""The `anjungan` command: one entry point, a subcommand per program.

This is the outermost composition root: it parses arguments, loads the device config
and hands over to a program's `app` module, importing Qt or the server only for the
subcommand that needs it (so `anjungan admin` starts fast and headless).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from anjungan import __version__
from anjungan.core.config import DeviceConfig, load_config
from anjungan.core.errors import AnjunganError

log = logging.getLogger("anjungan")

PROGRAMS = ("server", "kiosk", "counter", "board", "demo", "sync", "admin")
NOT_YET: dict[str, str] = {}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="anjungan", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"anjungan {__version__}")
    parser.add_argument("--config", type=Path, help="device TOML file (default: demo settings)")
    parser.add_argument(
        "--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"]
    )
    sub = parser.add_subparsers(dest="program", required=True, metavar="PROGRAM")
    sub.add_parser("kiosk", help="the AMAN JKN touchscreen kiosk")
    demo = sub.add_parser("demo", help="everything at once on this machine, with demo data")
    demo.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)
    from anjungan.server.cli import add_admin_arguments, add_server_arguments

    add_server_arguments(sub.add_parser("server", help="the central server (HTTP API)"))
    add_admin_arguments(sub.add_parser("admin", help="administration of the server database"))
    counter = sub.add_parser("counter", help="the MPP officer's counter (works offline)")
    counter.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)
    board = sub.add_parser("board", help="the queue board on a TV (calls, chime and voice)")
    board.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)
    from anjungan.sync.cli import add_sync_arguments

    add_sync_arguments(sub.add_parser("sync", help="push this device's outbox, pull changes"))
    return parser


def _run_gui(config: DeviceConfig, *, windowed: bool, quit_after: float = 0.0) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from anjungan.kiosk.app import build_kiosk

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    window = build_kiosk(app, config)
    if config.fullscreen and not windowed:
        window.showFullScreen()
    else:
        window.resize(720, 1280)
        window.show()
    if quit_after > 0:
        # Used by `make smoke` and CI: prove the window opens, then leave cleanly.
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    return app.exec()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # Migrations announce every step at INFO; operators only need to hear of trouble.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        config = load_config(args.config)
        if args.program == "kiosk":
            return _run_gui(config, windowed=False)
        if args.program == "counter":
            from anjungan.counter.app import run_counter

            return run_counter(config, quit_after=args.quit_after)
        if args.program == "board":
            from anjungan.board.app import run_board

            return run_board(config, quit_after=args.quit_after)
        if args.program == "sync":
            from anjungan.sync.cli import run_sync

            return run_sync(config, args)
        if args.program in ("server", "admin"):
            from anjungan.server.cli import run_admin, run_server

            return run_server(args) if args.program == "server" else run_admin(args)
        if args.program == "demo":
            from anjungan.demo import run_demo

            log.info("Starting the demo: server, kiosk, counter and board. Close them to quit.")
            return run_demo(config.data_dir / "demo", quit_after=args.quit_after)
        print(
            f"anjungan {args.program}: {NOT_YET[args.program]} is not built yet in this version.",
            file=sys.stderr,
        )
        return 2
    except AnjunganError as exc:
        print(f"anjungan: {exc.message('en')}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
