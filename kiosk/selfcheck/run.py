"""Running every check (:mod:`kiosk.selfcheck.checks`) into one report, and the command line."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from kiosk import __version__
from kiosk.core.cashier.outbox import OUTBOX_FILE_NAME
from kiosk.core.runtime.config import (
    ConfigError,
    KioskConfig,
    default_data_dir,
    resolve_config_path,
)
from kiosk.core.runtime.logging_setup import default_log_dir
from kiosk.selfcheck.checks import (
    LINUX_INPUT_DEVICES,
    check_central,
    check_clock,
    check_config,
    check_demo_scan,
    check_disk,
    check_outbox,
    check_resources,
    check_scanner,
    check_tls,
    check_translations,
    client_for,
)
from kiosk.selfcheck.report import QT_TRANSLATE_NOOP, Said, SelfCheckReport, said, verbatim


def run_self_check(
    config: KioskConfig,
    *,
    demo: bool,
    config_source: Said | None = None,
    input_devices: Path = LINUX_INPUT_DEVICES,
    in_running_kiosk: bool = False,
) -> SelfCheckReport:
    """Every check against ``config`` (already loaded and valid).

    ``in_running_kiosk``: run from the service screen, on a worker thread: the resources check
    (which styles a probe widget on the GUI thread's application) is left out, as the running
    kiosk shows they load."""
    report = SelfCheckReport(
        __version__,
        "demo" if demo else "production",
        terminal_id=config.terminal_id,
        central_url=config.central_url,
    )
    report.add("config", "OK", config_source or said(QT_TRANSLATE_NOOP("SelfCheck", "valid")))
    client = client_for(config)
    try:
        central = check_central(client)
        report.results.append(central)
        report.results.append(check_tls(config))
        report.results.extend(check_scanner(config.scanner, input_devices=input_devices))
        log_dir = Path(config.log_dir) if config.log_dir else default_log_dir()
        report.results.append(check_disk(log_dir))
        data_dir = Path(config.data_dir) if config.data_dir else default_data_dir()
        report.results.append(check_outbox(data_dir / OUTBOX_FILE_NAME))
        if central.status == "OK":
            report.results.append(check_clock(config))
        else:  # a second wait for a central that just failed to answer tells nothing new
            report.add(
                "clock", "SKIP", said(QT_TRANSLATE_NOOP("SelfCheck", "the central did not answer"))
            )
        report.results.append(check_translations())
        if in_running_kiosk:
            report.add(
                "resources",
                "SKIP",
                said(QT_TRANSLATE_NOOP("SelfCheck", "in use by the running kiosk")),
            )
        else:
            report.results.append(check_resources())
        if demo:
            if central.status == "OK":
                report.results.append(check_demo_scan(client))
            else:
                template = QT_TRANSLATE_NOOP("SelfCheck", "the demo central did not answer")
                report.add("demo scan", "SKIP", said(template))
    finally:
        client.close()
    return report


def report_for_bad_config(error: ConfigError) -> SelfCheckReport:
    report = SelfCheckReport(__version__, "production")
    report.add("config", "FAIL", verbatim(error.message))
    needs_config = said(QT_TRANSLATE_NOOP("SelfCheck", "needs a valid config"))
    for name in (
        "central",
        "tls",
        "scanner",
        "disk",
        "outbox",
        "clock",
        "translations",
        "resources",
    ):
        report.add(name, "SKIP", needs_config)
    return report


def self_check_main(
    config_path: str | None,
    *,
    demo: bool,
    out: TextIO | None = None,
    environ: dict[str, str] | None = None,
) -> int:
    """The ``kiosk --self-check [--demo]`` command: print the report, return the exit status."""
    stream = out if out is not None else _console()
    if demo:
        report = _run_demo_self_check()
    else:
        path = resolve_config_path(config_path, os.environ if environ is None else environ)
        result, config = check_config(path)
        if config is None:
            report = report_for_bad_config(ConfigError(result.detail))
        else:
            report = run_self_check(config, demo=False, config_source=result.said)
    print(report.render(), file=stream, flush=True)
    return report.exit_code


def _run_demo_self_check() -> SelfCheckReport:
    from kiosk.core.runtime.config import demo_config

    with _embedded_central() as (url, token):
        config = demo_config(url, token)
        source = said(QT_TRANSLATE_NOOP("SelfCheck", "demo configuration"))
        return run_self_check(config, demo=True, config_source=source)


@contextlib.contextmanager
def _embedded_central() -> Iterator[tuple[str, str]]:
    # Imported here: the demo service (FastAPI, uvicorn) is not needed in production.
    from kiosk.central.server import EmbeddedCentral

    central = EmbeddedCentral()
    central.start()
    try:
        yield central.url, central.token
    finally:
        central.stop()


def _console() -> TextIO:
    """stdout; a windowed Windows bundle has none, so borrow the console it was started from."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        attach_parent_process = -1
        if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            return open("CONOUT$", "w", encoding="utf-8")
    return open(os.devnull, "w", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kiosk.selfcheck [--demo] [--config PATH]``, like ``kiosk --self-check``."""
    import argparse

    parser = argparse.ArgumentParser(prog="kiosk --self-check")
    parser.add_argument("--config")
    parser.add_argument("--demo", action="store_true")
    args = parser.parse_args(argv)
    return self_check_main(args.config, demo=args.demo)
