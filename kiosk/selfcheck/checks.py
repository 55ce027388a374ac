"""The checks of ``kiosk --self-check``, one function each: its result says OK, WARN or FAIL
(or SKIP) and why, in words for the field engineer."""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from kiosk.core.cashier.outbox_inspection import inspect_file
from kiosk.core.cashier.outbox_problems import OutboxProblem
from kiosk.core.client import CentralClient
from kiosk.core.client.deadline import CallDeadline
from kiosk.core.client.errors import CentralError, CentralOffline, CentralTimeout, Unauthorized
from kiosk.core.runtime.config import ConfigError, KioskConfig, ScannerSettings, load_config
from kiosk.core.runtime.languages import LANGUAGES
from kiosk.core.runtime.masking import mask_card
from kiosk.selfcheck.report import CheckResult

LOW_DISK_BYTES = 200 * 1024 * 1024
CLOCK_SKEW_WARN_S = 60.0
CERT_EXPIRY_WARN_DAYS = 30
DEMO_CARD = "2990000000019"
LINUX_INPUT_DEVICES = Path("/dev/input/by-id")


def check_config(path: Path) -> tuple[CheckResult, KioskConfig | None]:
    try:
        config = load_config(path)
    except ConfigError as error:
        return CheckResult("config", "FAIL", error.message), None
    return CheckResult("config", "OK", f"{path} is valid"), config


def client_for(config: KioskConfig) -> CentralClient:
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
    with contextlib.closing(client_for(config)) as client:
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
