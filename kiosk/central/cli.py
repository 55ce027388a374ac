"""``kiosk-central``: run the reference central service.

    kiosk-central --host 127.0.0.1 --port 8765 --db central.sqlite3 --demo-data

With ``--demo-data`` the database is reset to the demo data on every start (dates follow
today), and sent SMS codes are readable at ``GET /demo/sms`` and in the log.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
import uvicorn

from kiosk import __version__
from kiosk.central.demo_data import TERMINAL_TOKEN, seed
from kiosk.central.domain.clock import SystemClock
from kiosk.central.domain.sms import SendLimits
from kiosk.central.http.app import create_app
from kiosk.central.storage.store import Store
from kiosk.core.runtime.masking import MaskingFilter

log = logging.getLogger("kiosk.central")

TOKEN_ENV = "KIOSK_CENTRAL_TOKEN"


def default_db_path() -> Path:
    return platformdirs.user_data_path("loyalty-kiosk") / "central.sqlite3"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kiosk-central", description="Reference central loyalty service (API v1)."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="port (0 picks a free one)")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"SQLite database file (default: {default_db_path()})",
    )
    parser.add_argument(
        "--demo-data",
        action="store_true",
        help="reset the database to the demo data and enable GET /demo/sms",
    )
    parser.add_argument(
        "--token",
        default=os.environ.get(TOKEN_ENV, TERMINAL_TOKEN),
        help=f"terminal bearer token (default: ${TOKEN_ENV} or '{TERMINAL_TOKEN}')",
    )
    limits = SendLimits()
    parser.add_argument(
        "--sms-per-phone",
        type=_positive,
        default=limits.per_phone,
        metavar="N",
        help="SMS codes to one phone number per hour (default: %(default)s)",
    )
    parser.add_argument(
        "--sms-per-terminal",
        type=_positive,
        default=limits.per_terminal,
        metavar="N",
        help="SMS codes from one terminal token per hour (default: %(default)s)",
    )
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def _configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())  # access log lines carry card paths
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    _configure_logging(args.log_level)
    db_path: Path = args.db or default_db_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    clock = SystemClock()
    store = Store(db_path)
    try:
        if args.demo_data:
            if not store.is_empty():
                log.warning("resetting %s to the demo data", db_path)
                store.wipe_data()
            seed(store, clock)
        elif args.token == TERMINAL_TOKEN:
            log.warning("running with the demo terminal token; set --token or $%s", TOKEN_ENV)
        limits = SendLimits(per_phone=args.sms_per_phone, per_terminal=args.sms_per_terminal)
        app = create_app(
            store, token=args.token, demo=args.demo_data, clock=clock, send_limits=limits
        )
        log.info(
            "database %s (schema v%d)%s",
            db_path,
            store.schema_version,
            ", demo data" if args.demo_data else "",
        )
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            log_config=None,
            log_level=args.log_level,
            lifespan="off",
        )
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
