"""``kiosk``: the shopper-facing kiosk application (console script and composition root).

    kiosk --demo [--db PATH] [--windowed] [--lang ru|be|en]    offline demo on demo data
    kiosk [--config PATH] [--windowed] [--lang ru|be|en]       production, against the central

Everything that can go wrong before the window opens (bad config, no display) is one line on
stderr and a non-zero exit status, never a traceback. Exit statuses: 0 the kiosk ended normally
(also on SIGTERM or SIGINT, which end it as leaving kiosk mode does), 1 no display to show it on,
2 a usage or config error (including ``--demo`` with ``--config``: demo mode runs its own central
on demo data, so a config would be silently ignored), 3 the demo service did not start. Only this
module may start the embedded reference central (demo mode); the Qt side talks to any central
through the HTTP client.
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kiosk.core.runtime.languages import LANGUAGES

if TYPE_CHECKING:
    from kiosk.core.runtime.config import KioskConfig
    from kiosk.qt.screens.demo_panel import DemoCard
    from kiosk.selfcheck.report import SelfCheckReport

#: Exit statuses.
EXIT_OK = 0
EXIT_NO_DISPLAY = 1
EXIT_CONFIG = 2
EXIT_DEMO_FAILED = 3


class _PrintVersion(argparse.Action):
    """``--version``: like argparse's own, but the version is looked up only when asked for
    (reading package metadata costs the start screen tens of milliseconds)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        import kiosk

        print(f"kiosk {kiosk.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Loyalty-card kiosk: scan a card, see the balance and offers.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="offline demo mode: run the reference central on demo data inside the kiosk",
    )
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="config file (TOML); default $KIOSK_CONFIG, then the platform's config folder",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="demo mode: keep the demo database in this file, and the activation outbox beside "
        "it, never wiped (default: a fresh one in the per-user demo folder, wiped when the demo "
        "ends)",
    )
    parser.add_argument(
        "--windowed", action="store_true", help="a normal window instead of fullscreen kiosk mode"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="start-up and idle language (default: from the config)"
    )
    parser.add_argument("--version", action=_PrintVersion, help="print the version and exit")
    parser.add_argument(
        "--hash-pin",
        action="store_true",
        help="ask for a service PIN and print the service_pin_hash line for the config file",
    )
    # Hook for the bundle's self-check: `--self-check` is registered here and handled in main()
    # before any window or config is touched.
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check config, central, scanner, disk and clock; print one line each and exit",
    )
    return parser


def display_problem(
    environ: Mapping[str, str], platform: str = sys.platform, *, demo: bool = True
) -> str | None:
    """Why no window can be shown here, or None. Only Linux/BSD can lack a display. The hint
    fits the mode: a trainer trying the demo, or a store terminal's service."""
    if environ.get("QT_QPA_PLATFORM"):
        return None  # the caller chose a platform plugin (offscreen, eglfs, ...)
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    if demo:
        hint = "run it in a graphical session or under a virtual display: xvfb-run -a kiosk --demo"
    else:
        hint = (
            "on a store terminal start it through its service (systemd + cage, see "
            "deploy/linux/install.md), or in a graphical session"
        )
    return (
        "kiosk: no display to show the kiosk on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        + hint
    )


def demo_cards() -> list[DemoCard]:
    """The demo data set's cards for the demo panel, one of each kind a trainer shows."""
    from kiosk.central import demo_data as d
    from kiosk.qt.screens.demo_panel import DemoCard

    return [
        DemoCard(d.ANNA_CARD, "active", "Анна", "large_balance"),
        DemoCard(d.ANNA_PARTNER_CARD, "active", "Анна", "partner"),
        DemoCard(d.SERGEY_CARD, "active", "Сергей", "birthday"),
        DemoCard(d.OLGA_CARDS[0], "active", "Ольга", "card_limit"),
        *(DemoCard(number, "issued") for number in d.ISSUED_CARDS[:2]),
        DemoCard(d.ISSUED_PARTNER_CARD, "issued", "", "partner"),
        DemoCard(d.NOT_ISSUED_CARDS[0], "not_issued"),
        DemoCard(d.BLOCKED_CARD, "blocked"),
        DemoCard(d.UNKNOWN_CARD, "unknown"),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    environ = os.environ
    if args.demo and args.config is not None:
        # Demo mode runs its own central on demo data: a config given with it would be ignored.
        print(
            "kiosk: --demo and --config do not go together: --demo runs on its own demo data and "
            "would ignore the config; drop --demo to run against the configured central",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    if sys.stderr is not None and not faulthandler.is_enabled():
        # A crash, or systemd's watchdog aborting a frozen kiosk, prints every thread's stack.
        with contextlib.suppress(ValueError, OSError):  # a stderr without a file descriptor
            faulthandler.enable()

    if args.hash_pin:
        from kiosk.core.runtime.hash_pin import main as hash_pin_main

        return hash_pin_main(["hash-pin"])

    if args.self_check:
        from kiosk.selfcheck.run import self_check_main

        return self_check_main(args.config, demo=args.demo)

    if not args.demo:
        # Config first: a broken config is the first thing a field engineer must hear about.
        from kiosk.core.runtime.config import ConfigError, load_config, resolve_config_path

        try:
            config = load_config(resolve_config_path(args.config, environ))
        except ConfigError as error:
            print(f"kiosk: {error}", file=sys.stderr)
            return EXIT_CONFIG

    problem = display_problem(environ, demo=args.demo)
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY

    from kiosk.qt.app import run_kiosk

    if not args.demo:
        return run_kiosk(
            config,
            fullscreen=not args.windowed,
            language=args.lang,
            self_check=_self_check_for(config, demo=False),
        )
    return _run_demo(args)


def _self_check_for(config: KioskConfig, *, demo: bool) -> Callable[[], SelfCheckReport]:
    """The self-check the service screen runs on the spot (on a worker thread)."""

    def run() -> SelfCheckReport:
        from kiosk.selfcheck.run import run_self_check

        return run_self_check(config, demo=demo, in_running_kiosk=True)

    return run


def _run_demo(args: argparse.Namespace) -> int:
    import tempfile
    from pathlib import Path

    from kiosk.core.runtime.demo_folder import DemoFolder, open_demo_folder

    # The demo's session (its central's database and the activation outbox, both holding the
    # cards' full numbers) lives next to a --db file, else in the per-user demo folder: wiped
    # when the demo ends, kept after a crash for the next start to go on with.
    folder: DemoFolder | None = None
    if not args.db:
        try:
            folder = open_demo_folder(temp_dir=Path(tempfile.gettempdir()))
        except OSError as error:
            print(f"kiosk: the demo folder cannot be used: {error}", file=sys.stderr)
            return EXIT_DEMO_FAILED
        if folder.resumed:
            print(
                f"kiosk: demo session resumed: the last demo did not end, so this one goes on "
                f"with its data (queued activations go out now); {folder.path} is wiped when "
                f"this demo ends",
                file=sys.stderr,
            )
    try:
        if folder is None:
            return _run_demo_in(args, args.db, os.path.dirname(os.path.abspath(args.db)))
        return _run_demo_in(args, str(folder.database), str(folder.path))
    finally:
        if folder is not None:
            folder.close()


def _run_demo_in(args: argparse.Namespace, database: str, data_dir: str) -> int:
    # Only demo mode pays for FastAPI and uvicorn.
    import dataclasses

    from kiosk.central.link import DemoLink
    from kiosk.central.server import EmbeddedCentral
    from kiosk.core.runtime.config import demo_config
    from kiosk.qt.app import run_kiosk

    central = EmbeddedCentral(database, demo=True)
    try:
        central.start()
    except Exception as error:
        print(f"kiosk: the demo service did not start: {error}", file=sys.stderr)
        return EXIT_DEMO_FAILED
    host, port = central.url.removeprefix("http://").rsplit(":", 1)
    # The kiosk talks to its central through a link the demo panel can cut and reconnect.
    link = DemoLink((host, int(port)))
    try:
        link.start()
        config = dataclasses.replace(demo_config(link.url, central.token), data_dir=data_dir)
        return run_kiosk(
            config,
            fullscreen=not args.windowed,
            language=args.lang,
            demo_cards=demo_cards(),
            self_check=_self_check_for(config, demo=True),
            demo_network=link,
            # The day's discount and birthday offers are dated by the central's clock
            # (Minsk); a laptop in another time zone must not lose them for hours.
            today=lambda: central.clock.today(),
        )
    finally:
        link.stop()
        central.stop()


if __name__ == "__main__":
    raise SystemExit(main())
