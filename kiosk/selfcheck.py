"""``kiosk --self-check``: can this terminal serve shoppers? One line per check, exit 0 or 1.

For field engineers after an installation and for CI on the bundle. Production checks run
against the configured central: config valid, central reachable and the terminal token
accepted, TLS valid, scanner present, free disk for the logs, the activation outbox (read as
the kiosk's user, changing nothing), clock skew. ``--demo`` runs the
same against the embedded demo central and adds a demo card scan through the real client, so
the bundle proves it has everything it needs (resources, translations, the demo service).

Each check says OK, WARN (works, but someone should look) or FAIL (shoppers would be let down),
plus SKIP when a failed check makes a later one meaningless. Any FAIL makes the exit status 1.
Nothing here needs a display: translations are loaded with QtCore only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import ssl
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Literal, Protocol, TextIO
from urllib.parse import urlsplit

from kiosk import __version__
from kiosk.core.cashier.outbox import OUTBOX_FILE_NAME
from kiosk.core.cashier.outbox_inspection import inspect_file
from kiosk.core.cashier.outbox_problems import OutboxProblem
from kiosk.core.client import CentralClient
from kiosk.core.client.deadline import CallDeadline
from kiosk.core.client.errors import CentralError, CentralOffline, CentralTimeout, Unauthorized
from kiosk.core.runtime.config import (
    ConfigError,
    KioskConfig,
    ScannerSettings,
    default_data_dir,
    load_config,
    resolve_config_path,
)
from kiosk.core.runtime.languages import LANGUAGES
from kiosk.core.runtime.logging_setup import default_log_dir
from kiosk.core.runtime.masking import mask_card, mask_url_passwords

Status = Literal["OK", "WARN", "FAIL", "SKIP"]

LOW_DISK_BYTES = 200 * 1024 * 1024
CLOCK_SKEW_WARN_S = 60.0
CERT_EXPIRY_WARN_DAYS = 30
DEMO_CARD = "2990000000019"
LINUX_INPUT_DEVICES = Path("/dev/input/by-id")


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str


@dataclass
class SelfCheckReport:
    version: str
    mode: str
    terminal_id: str = "-"
    central_url: str = "-"
    results: list[CheckResult] = field(default_factory=list)

    def add(self, name: str, status: Status, detail: str) -> CheckResult:
        result = CheckResult(name, status, detail)
        self.results.append(result)
        return result

    @property
    def failed(self) -> bool:
        return any(r.status == "FAIL" for r in self.results)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def render(self) -> str:
        width = max((len(r.name) for r in self.results), default=0)
        lines = [
            f"kiosk {self.version} self-check ({self.mode}; terminal {self.terminal_id}, "
            f"central {self.central_url})"
        ]
        lines += [f"{r.status:<4}  {r.name:<{width}}  {r.detail}" for r in self.results]
        failures = sum(r.status == "FAIL" for r in self.results)
        warnings = sum(r.status == "WARN" for r in self.results)
        verdict = "FAILED" if failures else "passed"
        plural = "" if warnings == 1 else "s"
        lines.append(f"self-check {verdict}: {failures} failed, {warnings} warning{plural}")
        # Printed for whoever looks on: a password written into the central's URL stays hidden.
        return mask_url_passwords("\n".join(lines))


# --- the checks ---------------------------------------------------------------------------------


def check_config(path: Path) -> tuple[CheckResult, KioskConfig | None]:
    try:
        config = load_config(path)
    except ConfigError as error:
        return CheckResult("config", "FAIL", error.message), None
    return CheckResult("config", "OK", f"{path} is valid"), config


def _client_for(config: KioskConfig) -> CentralClient:
    # No retries: the engineer wants the verdict now, and a flaky link should show as one.
    return CentralClient.for_config(config, retries=0)


def check_central(client: CentralClient) -> CheckResult:
    started = time.monotonic()
    try:
        info = client.program_info()
    except Unauthorized:
        return CheckResult(
            "central",
            "FAIL",
            "reachable, but the terminal token was rejected (401); check "
            "[central] token and terminal_id",
        )
    except CentralTimeout as error:
        return CheckResult("central", "FAIL", f"no answer in time ({error})")
    except CentralOffline as error:
        return CheckResult("central", "FAIL", f"unreachable ({error})")
    except CentralError as error:
        return CheckResult("central", "FAIL", f"answered with an error ({error})")
    elapsed_ms = (time.monotonic() - started) * 1000
    return CheckResult(
        "central",
        "OK",
        f"reachable, terminal token accepted (rules {info.rules_version}) in {elapsed_ms:.0f} ms",
    )


def _is_loopback(host: str) -> bool:
    return host in ("localhost", "127.0.0.1", "::1")


def check_tls(config: KioskConfig) -> CheckResult:
    """For https, a verified TLS handshake with the central (with the configured CA bundle)."""
    parts = urlsplit(config.central_url)
    host = parts.hostname or ""
    if parts.scheme != "https":
        if _is_loopback(host):
            return CheckResult("tls", "OK", "plain http on this machine (loopback), not sent out")
        return CheckResult(
            "tls", "WARN", "not encrypted: the central address is http://; use https:// in stores"
        )
    port = parts.port or 443
    context = ssl.create_default_context(cafile=config.ca_bundle or _public_ca_bundle())
    deadline = CallDeadline(config.whole_call_deadline)
    try:
        connect_timeout = min(config.connect_timeout, deadline.remaining())
        with socket.create_connection((host, port), timeout=connect_timeout) as raw:
            # CPython bounds a whole TLS handshake by the socket's timeout (not each read), so
            # the time left is the handshake's deadline, however slowly its bytes come.
            raw.settimeout(max(deadline.remaining(), 0.01))
            with context.wrap_socket(raw, server_hostname=host) as tls:
                certificate = tls.getpeercert()
                protocol = tls.version()
    except OSError as error:
        return _tls_failure(error, host, port, deadline)
    not_after = (certificate or {}).get("notAfter")
    if not isinstance(not_after, str):
        return CheckResult("tls", "OK", f"certificate of {host} verified ({protocol})")
    expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(not_after), UTC)
    days_left = (expires - datetime.now(UTC)).days
    detail = f"certificate of {host} verified ({protocol}), expires {expires:%Y-%m-%d}"
    if days_left < CERT_EXPIRY_WARN_DAYS:
        return CheckResult("tls", "WARN", f"{detail}: in {days_left} days, renew it")
    return CheckResult("tls", "OK", detail)


def _tls_failure(error: OSError, host: str, port: int, deadline: CallDeadline) -> CheckResult:
    if deadline.expired:
        return CheckResult(
            "tls",
            "FAIL",
            f"TLS handshake with {host}:{port} not done within {deadline.seconds:g} s",
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return CheckResult(
            "tls", "FAIL", f"certificate of {host} not accepted: {error.verify_message}"
        )
    if isinstance(error, ssl.SSLError):
        return CheckResult("tls", "FAIL", f"TLS handshake with {host}:{port} failed: {error}")
    return CheckResult("tls", "FAIL", f"cannot connect to {host}:{port}: {_reason(error)}")


def _public_ca_bundle() -> str | None:
    # The same public CAs requests (and so the kiosk's client) trusts.
    try:
        import certifi
    except ImportError:  # pragma: no cover - requests depends on certifi
        return None
    return certifi.where()


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def check_scanner(
    settings: ScannerSettings, *, input_devices: Path = LINUX_INPUT_DEVICES
) -> list[CheckResult]:
    results = []
    if settings.serial_port is not None:
        results.append(_check_serial_port(settings.serial_port, settings.serial_baudrate))
    if settings.keyboard_wedge:
        results.append(_check_keyboard_wedge(settings, input_devices))
    return results


def _check_serial_port(port: str, baudrate: int) -> CheckResult:
    import serial

    try:
        connection = serial.Serial(port, baudrate, timeout=0)
    except (serial.SerialException, OSError, ValueError) as error:
        return CheckResult(
            "scanner",
            "FAIL",
            f"serial port {port} does not open ({error}); is the scanner "
            "plugged in, and may the kiosk's user open it (group dialout)?",
        )
    connection.close()
    return CheckResult("scanner", "OK", f"serial scanner port {port} opens ({baudrate} baud)")


def _check_keyboard_wedge(settings: ScannerSettings, input_devices: Path) -> CheckResult:
    from kiosk.core.codes.nomenclature import DEFAULT_NOMENCLATURE

    # The built-in barcode nomenclature's shortest code (a staff badge) lowers min_length.
    fewest = min(settings.min_length, DEFAULT_NOMENCLATURE.shortest_code_length)
    configured = (
        f"keyboard-wedge scanner configured (scans of {fewest}+ characters, "
        f"average key gap <= {settings.max_avg_gap_ms} ms)"
    )
    if not sys.platform.startswith("linux"):
        return CheckResult("scanner", "OK", configured)
    try:
        keyboards = sorted(p.name for p in input_devices.iterdir() if p.name.endswith("-kbd"))
    except OSError:
        keyboards = []
    if not keyboards:
        return CheckResult(
            "scanner",
            "WARN",
            f"{configured}, but no USB keyboard-type device is connected; plug in the scanner",
        )
    return CheckResult("scanner", "OK", f"{configured}; devices: {', '.join(keyboards)}")


class DiskUsage(Protocol):
    @property
    def free(self) -> int: ...


def check_disk(
    log_dir: Path, *, disk_usage: Callable[[Path], DiskUsage] = shutil.disk_usage
) -> CheckResult:
    existing = log_dir
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    try:
        free = disk_usage(existing).free
    except OSError as error:
        return CheckResult("disk", "WARN", f"cannot tell the free space at {log_dir}: {error}")
    free_mb = free // (1024 * 1024)
    if not _writable(log_dir):
        return CheckResult(
            "disk",
            "WARN",
            f"log folder {log_dir} cannot be written; the kiosk will log to "
            f"stderr (the journal) only ({free_mb} MB free)",
        )
    if free < LOW_DISK_BYTES:
        return CheckResult(
            "disk",
            "WARN",
            f"only {free_mb} MB free at {log_dir} (below "
            f"{LOW_DISK_BYTES // (1024 * 1024)} MB); clean up the disk",
        )
    return CheckResult("disk", "OK", f"{free_mb} MB free at {log_dir}")


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def check_outbox(path: Path, *, now: Callable[[], float] = time.time) -> CheckResult:
    """The activation outbox as the kiosk will open it: quick_check, the activations it holds
    against the count beside it, and whether the kiosk's user may write it (nothing changed)."""
    found = inspect_file(path)
    counts, recorded, detail = found.counts, found.recorded, found.detail
    held = ""
    if counts is not None:
        held = f"{_count(counts.queued, 'activation')} queued, {counts.dead} refused"
    if found.problem is None:
        if not found.exists:
            return CheckResult("outbox", "OK", f"none yet at {path}; the kiosk makes it at start")
        oldest = ""
        if found.oldest_scanned_at is not None:
            minutes = max(0, int(now() - found.oldest_scanned_at)) // 60
            oldest = f" (the oldest {minutes} min ago)"
        return CheckResult("outbox", "OK", f"{path}: quick_check ok, {held}{oldest}")
    if found.problem is OutboxProblem.CORRUPT:
        kept = ""
        if recorded is not None and recorded.total:
            kept = f" ({_count(recorded.total, 'activation')} recorded in it)"
        return CheckResult(
            "outbox",
            "FAIL",
            f"{path} is damaged ({detail}): the kiosk will set it aside{kept} and start a new one",
        )
    if found.problem is OutboxProblem.ROWS_MISSING and recorded is not None:
        holds = f"holds {counts.queued} and {counts.dead}" if counts is not None else detail
        return CheckResult(
            "outbox",
            "FAIL",
            f"{path} {holds} where {recorded.queued} queued and {recorded.dead} refused were"
            " recorded beside it (a damaged WAL or an emptied file): the kiosk will keep a copy"
            " of it and say so",
        )
    if found.problem is OutboxProblem.BUSY:
        return CheckResult("outbox", "WARN", f"{path}: {found.description} ({detail})")
    kept = f"{held} are kept, but " if held else ""
    return CheckResult(
        "outbox",
        "FAIL",
        f"{path}: {found.description} ({detail}); {kept}no cashier scan can be recorded",
    )


def check_clock(config: KioskConfig, *, now: Callable[[], float] = time.time) -> CheckResult:
    """The terminal's clock against the ``Date`` header of the central's answer (through the
    kiosk's client, so within the same whole-call deadline)."""
    with contextlib.closing(_client_for(config)) as client:
        try:
            sent = now()
            date = client.central_date()
            received = now()
        except CentralError as error:
            return CheckResult(
                "clock", "SKIP", f"no answer from the central ({type(error).__name__})"
            )
    try:
        central_time = parsedate_to_datetime(date).timestamp() if date else None
    except (TypeError, ValueError):
        central_time = None
    if central_time is None:
        return CheckResult("clock", "SKIP", "the central's answer has no usable Date header")
    # The header was written between sending and receiving, and cut to whole seconds (the
    # +0.5 s centres that): good to a second or two, plenty against a 60 s limit.
    skew = central_time + 0.5 - (sent + received) / 2
    ahead = "behind" if skew > 0 else "ahead of"
    detail = f"terminal clock {abs(skew):.0f} s {ahead} the central's"
    if abs(skew) > CLOCK_SKEW_WARN_S:
        return CheckResult(
            "clock", "WARN", f"{detail} (more than {CLOCK_SKEW_WARN_S:.0f} s); fix time sync (NTP)"
        )
    return CheckResult("clock", "OK", detail)


def check_translations(root: Path | None = None) -> CheckResult:
    """The kiosk's translation of every language loads with QTranslator (QtCore only).

    ``root`` is the resources folder, by default the one the kiosk uses.
    """
    from PySide6.QtCore import QTranslator

    from kiosk.qt.resources import resources_dir
    from kiosk.qt.shell.translations import translation_file

    folder = (root or resources_dir()) / "translations"
    problems = []
    for language in LANGUAGES:
        path = folder / translation_file(language).name
        translator = QTranslator()
        if not translator.load(str(path)):
            problems.append(f"{language}: {path} missing or unreadable")
        elif translator.isEmpty():
            problems.append(f"{language}: {path} holds no translations")
        elif not translator.language().startswith(language):
            problems.append(f"{language}: {path} is a {translator.language()} translation")
    if problems:
        return CheckResult("translations", "FAIL", "; ".join(problems))
    return CheckResult("translations", "OK", f"{', '.join(LANGUAGES)} load")


def check_resources(root: Path | None = None) -> CheckResult:
    """The stylesheet parses, and every image and font of the kiosk loads, with the Qt the
    kiosk runs on (its plugins included). Uses an offscreen QApplication if none is running.

    ``root`` is the resources folder, by default the one the kiosk uses.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QFontDatabase, QImage
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.qt.resources import resources_dir

    folder = root or resources_dir()
    app = QApplication.instance() or QApplication(["kiosk", "-platform", "offscreen"])
    assert isinstance(app, QApplication)
    problems: list[str] = []
    loaded = {"images": 0, "fonts": 0}

    def collect_warning(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            problems.append(f"Qt: {message}")

    stylesheet = folder / "styles" / "kiosk.qss"
    previous_handler = qInstallMessageHandler(collect_warning)
    previous_sheet = app.styleSheet()
    try:
        try:
            app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))
            probe = QWidget()
            probe.ensurePolished()  # the stylesheet is parsed here
            probe.deleteLater()
        except OSError as error:
            problems.append(f"stylesheet {stylesheet}: {_reason(error)}")
        finally:
            app.setStyleSheet(previous_sheet)
        for path in sorted((folder / "images").glob("*")):
            if path.suffix == ".svg":
                valid = QSvgRenderer(str(path)).isValid()
            else:
                valid = not QImage(str(path)).isNull()
            if valid:
                loaded["images"] += 1
            else:
                problems.append(f"image {path.name} does not load")
        for path in sorted((folder / "fonts").glob("*")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id == -1:
                problems.append(f"font {path.name} does not load")
            else:
                loaded["fonts"] += 1
                QFontDatabase.removeApplicationFont(font_id)
    finally:
        qInstallMessageHandler(previous_handler)
    if problems:
        return CheckResult("resources", "FAIL", "; ".join(problems))
    return CheckResult(
        "resources",
        "OK",
        f"stylesheet parses, {_count(loaded['images'], 'image')} and "
        f"{_count(loaded['fonts'], 'font')} load",
    )


# --- running them -------------------------------------------------------------------------------


def run_self_check(
    config: KioskConfig,
    *,
    demo: bool,
    config_source: str = "",
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
    report.add("config", "OK", config_source or "valid")
    client = _client_for(config)
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
            report.add("clock", "SKIP", "the central did not answer")
        report.results.append(check_translations())
        if in_running_kiosk:
            report.add("resources", "SKIP", "in use by the running kiosk")
        else:
            report.results.append(check_resources())
        if demo:
            if central.status == "OK":
                report.results.append(check_demo_scan(client))
            else:
                report.add("demo scan", "SKIP", "the demo central did not answer")
    finally:
        client.close()
    return report


def check_demo_scan(client: CentralClient) -> CheckResult:
    """Scan the demo card through the real client and check the answer makes sense."""
    masked = mask_card(DEMO_CARD)
    try:
        card = client.lookup_card(DEMO_CARD)
    except CentralError as error:
        return CheckResult("demo scan", "FAIL", f"looking up {masked} failed: {error}")
    if card.number != DEMO_CARD or card.status != "active" or card.account is None:
        return CheckResult(
            "demo scan",
            "FAIL",
            f"unexpected answer for {masked}: status {card.status}, "
            f"account {'present' if card.account else 'missing'}",
        )
    return CheckResult(
        "demo scan", "OK", f"{masked}: active {card.kind} card, {card.account.points} points"
    )


def report_for_bad_config(error: ConfigError) -> SelfCheckReport:
    report = SelfCheckReport(__version__, "production")
    report.add("config", "FAIL", error.message)
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
        report.add(name, "SKIP", "needs a valid config")
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
            report = run_self_check(config, demo=False, config_source=result.detail)
    print(report.render(), file=stream, flush=True)
    return report.exit_code


def _run_demo_self_check() -> SelfCheckReport:
    from kiosk.core.runtime.config import demo_config

    with _embedded_central() as (url, token):
        config = demo_config(url, token)
        return run_self_check(config, demo=True, config_source="demo configuration")


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


if __name__ == "__main__":
    raise SystemExit(main())
