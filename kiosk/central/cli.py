"""``kiosk-central``: run the reference central service, and register its terminals.

    kiosk-central --host 127.0.0.1 --port 8765 --db central.sqlite3 --demo-data
    kiosk-central terminals add TILL-07 --db central.sqlite3     # prints the new token once
    kiosk-central terminals list --db central.sqlite3
    kiosk-central terminals remove TILL-07 --db central.sqlite3

With ``--demo-data`` the database is reset to the demo data on every start (dates follow
today), and sent SMS codes are readable at ``GET /demo/sms`` and in the log. Every terminal calls
the API with a token of its own; the database keeps only the tokens' hashes.
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
from kiosk.central.demo_data import TERMINAL_ID, TERMINAL_TOKEN, seed
from kiosk.central.domain.clock import SystemClock
from kiosk.central.domain.sms import SendLimits
from kiosk.central.domain.terminals import register_terminal, valid_terminal_id
from kiosk.central.http.app import create_app
from kiosk.central.http.deadlines import Deadlines, protocol_with
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


def _terminal_id(text: str) -> str:
    if not valid_terminal_id(text):
        raise argparse.ArgumentTypeError(
            f"not a terminal id (1..64 of A-Z a-z 0-9 . _ -): {text!r}"
        )
    return text


def _add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"SQLite database file (default: {default_db_path()})",
    )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kiosk-central",
        description="Reference central loyalty service (API v1).",
        epilog="Terminals and their tokens: kiosk-central terminals add|list|remove "
        "(kiosk-central terminals --help).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="port (0 picks a free one)")
    _add_db_argument(parser)
    parser.add_argument(
        "--demo-data",
        action="store_true",
        help="reset the database to the demo data (its terminal "
        f"{TERMINAL_ID} with token '{TERMINAL_TOKEN}') and enable GET /demo/sms",
    )
    parser.add_argument(
        "--token",
        default=os.environ.get(TOKEN_ENV) or None,
        help="give terminal --terminal this token at start, in place of its old one "
        f"(default: ${TOKEN_ENV}, else none: the terminals registered in the database)",
    )
    parser.add_argument(
        "--terminal",
        type=_terminal_id,
        default=TERMINAL_ID,
        metavar="ID",
        help="the terminal --token belongs to (default: %(default)s)",
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
        help="SMS codes from one terminal per hour (default: %(default)s)",
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


def parse_terminal_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kiosk-central terminals",
        description="The terminals that may call the API, each with a token of its own.",
    )
    actions = parser.add_subparsers(dest="action", required=True)
    add = actions.add_parser(
        "add", help="add a terminal, or give it a new token; prints the token (only now)"
    )
    add.add_argument("terminal_id", type=_terminal_id, metavar="ID")
    _add_db_argument(add)
    listing = actions.add_parser("list", help="the terminals and when their tokens were issued")
    _add_db_argument(listing)
    remove = actions.add_parser("remove", help="remove a terminal: its token stops working")
    remove.add_argument("terminal_id", type=_terminal_id, metavar="ID")
    _add_db_argument(remove)
    return parser.parse_args(argv)


def _open_store(db: Path | None) -> tuple[Path, Store]:
    db_path = db or default_db_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    return db_path, Store(db_path)


def terminals_main(argv: Sequence[str]) -> int:
    args = parse_terminal_args(argv)
    db_path, store = _open_store(args.db)
    try:
        if args.action == "add":
            token = register_terminal(store, args.terminal_id, SystemClock().now())
            print(
                f"Terminal {args.terminal_id} in {db_path}. Its token, shown only now (the "
                "database keeps its hash): put it in the terminal's config, [central] token.",
                file=sys.stderr,
            )
            print(token)
            return 0
        if args.action == "list":
            for terminal_id, added_at in store.terminals():
                print(f"{terminal_id}\ttoken issued {added_at:%Y-%m-%d %H:%M} UTC")
            return 0
        with store.transaction():
            removed = store.remove_terminal(args.terminal_id)
        if not removed:
            print(f"No terminal {args.terminal_id} in {db_path}.", file=sys.stderr)
            return 1
        return 0
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["terminals"]:
        return terminals_main(arguments[1:])
    args = parse_args(arguments)
    _configure_logging(args.log_level)
    clock = SystemClock()
    db_path, store = _open_store(args.db)
    try:
        if args.demo_data:
            if not store.is_empty():
                log.warning("resetting %s to the demo data", db_path)
                store.wipe_data()
            seed(store, clock)
        if args.token:
            register_terminal(store, args.terminal, clock.now(), args.token)
            if args.token == TERMINAL_TOKEN and not args.demo_data:
                log.warning("running with the demo terminal token; set --token or $%s", TOKEN_ENV)
        if not store.terminals():
            log.warning(
                "no terminal may call the API yet: add one with kiosk-central terminals add ID"
            )
        limits = SendLimits(per_phone=args.sms_per_phone, per_terminal=args.sms_per_terminal)
        app = create_app(store, demo=args.demo_data, clock=clock, send_limits=limits)
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
            http=protocol_with(Deadlines()),
        )
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
