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
from kiosk.selfcheck.report import QT_TRANSLATE_NOOP, CheckResult, Said, joined, said, verbatim

LOW_DISK_BYTES = 200 * 1024 * 1024
CLOCK_SKEW_WARN_S = 60.0
CERT_EXPIRY_WARN_DAYS = 30
DEMO_CARD = "2990000000019"
LINUX_INPUT_DEVICES = Path("/dev/input/by-id")


def check_config(path: Path) -> tuple[CheckResult, KioskConfig | None]:
    try:
        config = load_config(path)
    except ConfigError as error:
        return CheckResult("config", "FAIL", verbatim(error.message)), None
    return CheckResult(
        "config", "OK", said(QT_TRANSLATE_NOOP("SelfCheck", "%1 is valid"), path)
    ), config


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
            said(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "reachable, but the terminal token was rejected (401); check "
                    "[central] token and terminal_id",
                )
            ),
        )
    except CentralTimeout as error:
        return CheckResult(
            "central", "FAIL", said(QT_TRANSLATE_NOOP("SelfCheck", "no answer in time (%1)"), error)
        )
    except CentralOffline as error:
        return CheckResult(
            "central", "FAIL", said(QT_TRANSLATE_NOOP("SelfCheck", "unreachable (%1)"), error)
        )
    except CentralError as error:
        return CheckResult(
            "central",
            "FAIL",
            said(QT_TRANSLATE_NOOP("SelfCheck", "answered with an error (%1)"), error),
        )
    elapsed_ms = (time.monotonic() - started) * 1000
    return CheckResult(
        "central",
        "OK",
        said(
            QT_TRANSLATE_NOOP(
                "SelfCheck", "reachable, terminal token accepted (rules %1) in %2 ms"
            ),
            info.rules_version,
            f"{elapsed_ms:.0f}",
        ),
    )


def _is_loopback(host: str) -> bool:
    return host in ("localhost", "127.0.0.1", "::1")


def check_tls(config: KioskConfig) -> CheckResult:
    """For https, a verified TLS handshake with the central (with the configured CA bundle)."""
    parts = urlsplit(config.central_url)
    host = parts.hostname or ""
    if parts.scheme != "https":
        if _is_loopback(host):
            return CheckResult(
                "tls",
                "OK",
                said(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck", "plain http on this machine (loopback), not sent out"
                    )
                ),
            )
        return CheckResult(
            "tls",
            "WARN",
            said(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "not encrypted: the central address is http://; use https:// in stores",
                )
            ),
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
        return CheckResult(
            "tls",
            "OK",
            said(QT_TRANSLATE_NOOP("SelfCheck", "certificate of %1 verified (%2)"), host, protocol),
        )
    expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(not_after), UTC)
    days_left = (expires - datetime.now(UTC)).days
    if days_left < CERT_EXPIRY_WARN_DAYS:
        template = QT_TRANSLATE_NOOP(
            "SelfCheck", "certificate of %1 verified (%2), expires %3: in %4 days, renew it"
        )
        return CheckResult(
            "tls", "WARN", said(template, host, protocol, f"{expires:%Y-%m-%d}", days_left)
        )
    template = QT_TRANSLATE_NOOP("SelfCheck", "certificate of %1 verified (%2), expires %3")
    return CheckResult("tls", "OK", said(template, host, protocol, f"{expires:%Y-%m-%d}"))


def _tls_failure(error: OSError, host: str, port: int, deadline: CallDeadline) -> CheckResult:
    address = f"{host}:{port}"
    if deadline.expired:
        template = QT_TRANSLATE_NOOP("SelfCheck", "TLS handshake with %1 not done within %2 s")
        return CheckResult("tls", "FAIL", said(template, address, f"{deadline.seconds:g}"))
    if isinstance(error, ssl.SSLCertVerificationError):
        template = QT_TRANSLATE_NOOP("SelfCheck", "certificate of %1 not accepted: %2")
        return CheckResult("tls", "FAIL", said(template, host, error.verify_message))
    if isinstance(error, ssl.SSLError):
        template = QT_TRANSLATE_NOOP("SelfCheck", "TLS handshake with %1 failed: %2")
        return CheckResult("tls", "FAIL", said(template, address, error))
    template = QT_TRANSLATE_NOOP("SelfCheck", "cannot connect to %1: %2")
    return CheckResult("tls", "FAIL", said(template, address, _reason(error)))


def _public_ca_bundle() -> str | None:
    # The same public CAs requests (and so the kiosk's client) trusts.
    try:
        import certifi
    except ImportError:  # pragma: no cover - requests depends on certifi
        return None
    return certifi.where()


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
        template = QT_TRANSLATE_NOOP(
            "SelfCheck",
            "serial port %1 does not open (%2); is the scanner plugged in, and may the kiosk's "
            "user open it (group dialout)?",
        )
        return CheckResult("scanner", "FAIL", said(template, port, error))
    connection.close()
    template = QT_TRANSLATE_NOOP("SelfCheck", "serial scanner port %1 opens (%2 baud)")
    return CheckResult("scanner", "OK", said(template, port, baudrate))


def _check_keyboard_wedge(settings: ScannerSettings, input_devices: Path) -> CheckResult:
    from kiosk.core.codes.nomenclature import DEFAULT_NOMENCLATURE

    # The built-in barcode nomenclature's shortest code (a staff badge) lowers min_length.
    fewest = min(settings.min_length, DEFAULT_NOMENCLATURE.shortest_code_length)
    configured = said(
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "keyboard-wedge scanner configured (scans of %1+ characters, average key gap <= %2 ms)",
        ),
        fewest,
        settings.max_avg_gap_ms,
    )
    if not sys.platform.startswith("linux"):
        return CheckResult("scanner", "OK", configured)
    try:
        keyboards = sorted(p.name for p in input_devices.iterdir() if p.name.endswith("-kbd"))
    except OSError:
        keyboards = []
    if not keyboards:
        template = QT_TRANSLATE_NOOP(
            "SelfCheck", "%1, but no USB keyboard-type device is connected; plug in the scanner"
        )
        return CheckResult("scanner", "WARN", said(template, configured))
    template = QT_TRANSLATE_NOOP("SelfCheck", "%1; devices: %2")
    return CheckResult("scanner", "OK", said(template, configured, ", ".join(keyboards)))


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
        template = QT_TRANSLATE_NOOP("SelfCheck", "cannot tell the free space at %1: %2")
        return CheckResult("disk", "WARN", said(template, log_dir, error))
    free_mb = free // (1024 * 1024)
    if not _writable(log_dir):
        template = QT_TRANSLATE_NOOP(
            "SelfCheck",
            "log folder %1 cannot be written; the kiosk will log to stderr (the journal) only "
            "(%2 MB free)",
        )
        return CheckResult("disk", "WARN", said(template, log_dir, free_mb))
    if free < LOW_DISK_BYTES:
        template = QT_TRANSLATE_NOOP(
            "SelfCheck", "only %1 MB free at %2 (below %3 MB); clean up the disk"
        )
        low_mb = LOW_DISK_BYTES // (1024 * 1024)
        return CheckResult("disk", "WARN", said(template, free_mb, log_dir, low_mb))
    template = QT_TRANSLATE_NOOP("SelfCheck", "%1 MB free at %2")
    return CheckResult("disk", "OK", said(template, free_mb, log_dir))


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


#: What stops the outbox writing, in words (the same as the core's, marked for translation).
_OUTBOX_PROBLEMS = {
    OutboxProblem.FULL: QT_TRANSLATE_NOOP("SelfCheck", "the disk is full"),
    OutboxProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "SelfCheck", "the outbox file, its -wal/-shm file or its folder is read-only"
    ),
    OutboxProblem.PERMISSION: QT_TRANSLATE_NOOP(
        "SelfCheck", "the outbox file or its folder cannot be opened (permissions?)"
    ),
    OutboxProblem.BUSY: QT_TRANSLATE_NOOP(
        "SelfCheck", "another program holds the outbox database locked"
    ),
    OutboxProblem.IO_ERROR: QT_TRANSLATE_NOOP(
        "SelfCheck", "the outbox file could not be read or written"
    ),
    OutboxProblem.CORRUPT: QT_TRANSLATE_NOOP("SelfCheck", "the outbox file is damaged"),
    OutboxProblem.ROWS_MISSING: QT_TRANSLATE_NOOP(
        "SelfCheck", "the outbox file holds fewer rows than recorded"
    ),
}


def check_outbox(path: Path, *, now: Callable[[], float] = time.time) -> CheckResult:
    """The activation outbox as the kiosk will open it: quick_check, the activations it holds
    against the count beside it, and whether the kiosk's user may write it (nothing changed)."""
    found = inspect_file(path)
    counts, recorded, detail = found.counts, found.recorded, found.detail
    if found.problem is None:
        if not found.exists:
            template = QT_TRANSLATE_NOOP("SelfCheck", "none yet at %1; the kiosk makes it at start")
            return CheckResult("outbox", "OK", said(template, path))
        assert counts is not None
        if found.oldest_scanned_at is None:
            template = QT_TRANSLATE_NOOP("SelfCheck", "%1: quick_check ok, %2 queued, %3 refused")
            return CheckResult("outbox", "OK", said(template, path, counts.queued, counts.dead))
        minutes = max(0, int(now() - found.oldest_scanned_at)) // 60
        template = QT_TRANSLATE_NOOP(
            "SelfCheck", "%1: quick_check ok, %2 queued, %3 refused (the oldest %4 min ago)"
        )
        return CheckResult(
            "outbox", "OK", said(template, path, counts.queued, counts.dead, minutes)
        )
    if found.problem is OutboxProblem.CORRUPT:
        if recorded is not None and recorded.total:
            template = QT_TRANSLATE_NOOP(
                "SelfCheck",
                "%1 is damaged (%2): the kiosk will set it aside (%3 activations recorded in "
                "it) and start a new one",
            )
            return CheckResult("outbox", "FAIL", said(template, path, detail, recorded.total))
        template = QT_TRANSLATE_NOOP(
            "SelfCheck", "%1 is damaged (%2): the kiosk will set it aside and start a new one"
        )
        return CheckResult("outbox", "FAIL", said(template, path, detail))
    if found.problem is OutboxProblem.ROWS_MISSING and recorded is not None:
        if counts is not None:
            template = QT_TRANSLATE_NOOP(
                "SelfCheck",
                "%1 holds %2 and %3 where %4 queued and %5 refused were recorded beside it (a "
                "damaged WAL or an emptied file): the kiosk will keep a copy of it and say so",
            )
            held: tuple[object, ...] = (counts.queued, counts.dead)
        else:
            template = QT_TRANSLATE_NOOP(
                "SelfCheck",
                "%1: %2, where %3 queued and %4 refused were recorded beside it (a damaged WAL "
                "or an emptied file): the kiosk will keep a copy of it and say so",
            )
            held = (detail,)
        return CheckResult(
            "outbox", "FAIL", said(template, path, *held, recorded.queued, recorded.dead)
        )
    problem = Said(_OUTBOX_PROBLEMS[found.problem])
    if found.problem is OutboxProblem.BUSY:
        template = QT_TRANSLATE_NOOP("SelfCheck", "%1: %2 (%3)")
        return CheckResult("outbox", "WARN", said(template, path, problem, detail))
    if counts is None:
        template = QT_TRANSLATE_NOOP("SelfCheck", "%1: %2 (%3); no cashier scan can be recorded")
        return CheckResult("outbox", "FAIL", said(template, path, problem, detail))
    template = QT_TRANSLATE_NOOP(
        "SelfCheck",
        "%1: %2 (%3); %4 queued and %5 refused are kept, but no cashier scan can be recorded",
    )
    return CheckResult(
        "outbox", "FAIL", said(template, path, problem, detail, counts.queued, counts.dead)
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
            template = QT_TRANSLATE_NOOP("SelfCheck", "no answer from the central (%1)")
            return CheckResult("clock", "SKIP", said(template, type(error).__name__))
    try:
        central_time = parsedate_to_datetime(date).timestamp() if date else None
    except (TypeError, ValueError):
        central_time = None
    if central_time is None:
        template = QT_TRANSLATE_NOOP("SelfCheck", "the central's answer has no usable Date header")
        return CheckResult("clock", "SKIP", said(template))
    # The header was written between sending and receiving, and cut to whole seconds (the
    # +0.5 s centres that): good to a second or two, plenty against a 60 s limit.
    skew = central_time + 0.5 - (sent + received) / 2
    if skew > 0:
        template = QT_TRANSLATE_NOOP("SelfCheck", "terminal clock %1 s behind the central's")
    else:
        template = QT_TRANSLATE_NOOP("SelfCheck", "terminal clock %1 s ahead of the central's")
    detail = said(template, f"{abs(skew):.0f}")
    if abs(skew) > CLOCK_SKEW_WARN_S:
        template = QT_TRANSLATE_NOOP("SelfCheck", "%1 (more than %2 s); fix time sync (NTP)")
        return CheckResult("clock", "WARN", said(template, detail, f"{CLOCK_SKEW_WARN_S:.0f}"))
    return CheckResult("clock", "OK", detail)


def check_translations(root: Path | None = None) -> CheckResult:
    """The kiosk's translation of every language loads with QTranslator (QtCore only).

    ``root`` is the resources folder, by default the one the kiosk uses.
    """
    from PySide6.QtCore import QTranslator

    from kiosk.qt.resources import resources_dir
    from kiosk.qt.shell.translations import translation_file

    folder = (root or resources_dir()) / "translations"
    problems: list[Said] = []
    for language in LANGUAGES:
        path = folder / translation_file(language).name
        translator = QTranslator()
        if not translator.load(str(path)):
            template = QT_TRANSLATE_NOOP("SelfCheck", "%1: %2 missing or unreadable")
            problems.append(said(template, language, path))
        elif translator.isEmpty():
            template = QT_TRANSLATE_NOOP("SelfCheck", "%1: %2 holds no translations")
            problems.append(said(template, language, path))
        elif not translator.language().startswith(language):
            template = QT_TRANSLATE_NOOP("SelfCheck", "%1: %2 is a %3 translation")
            problems.append(said(template, language, path, translator.language()))
    if problems:
        return CheckResult("translations", "FAIL", joined(problems))
    template = QT_TRANSLATE_NOOP("SelfCheck", "%1 load")
    return CheckResult("translations", "OK", said(template, ", ".join(LANGUAGES)))


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
    problems: list[Said] = []
    loaded = {"images": 0, "fonts": 0}

    def collect_warning(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            problems.append(said(QT_TRANSLATE_NOOP("SelfCheck", "Qt: %1"), message))

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
            template = QT_TRANSLATE_NOOP("SelfCheck", "stylesheet %1: %2")
            problems.append(said(template, stylesheet, _reason(error)))
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
                template = QT_TRANSLATE_NOOP("SelfCheck", "image %1 does not load")
                problems.append(said(template, path.name))
        for path in sorted((folder / "fonts").glob("*")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id == -1:
                template = QT_TRANSLATE_NOOP("SelfCheck", "font %1 does not load")
                problems.append(said(template, path.name))
            else:
                loaded["fonts"] += 1
                QFontDatabase.removeApplicationFont(font_id)
    finally:
        qInstallMessageHandler(previous_handler)
    if problems:
        return CheckResult("resources", "FAIL", joined(problems))
    template = QT_TRANSLATE_NOOP("SelfCheck", "stylesheet parses, images: %1, fonts: %2 load")
    return CheckResult("resources", "OK", said(template, loaded["images"], loaded["fonts"]))


def check_demo_scan(client: CentralClient) -> CheckResult:
    """Scan the demo card through the real client and check the answer makes sense."""
    masked = mask_card(DEMO_CARD)
    try:
        card = client.lookup_card(DEMO_CARD)
    except CentralError as error:
        template = QT_TRANSLATE_NOOP("SelfCheck", "looking up %1 failed: %2")
        return CheckResult("demo scan", "FAIL", said(template, masked, error))
    if card.number != DEMO_CARD or card.status != "active" or card.account is None:
        if card.account is not None:
            template = QT_TRANSLATE_NOOP(
                "SelfCheck", "unexpected answer for %1: status %2, account present"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "SelfCheck", "unexpected answer for %1: status %2, account missing"
            )
        return CheckResult("demo scan", "FAIL", said(template, masked, card.status))
    if card.kind == "partner":
        template = QT_TRANSLATE_NOOP("SelfCheck", "%1: active partner card, %2 points")
    else:
        template = QT_TRANSLATE_NOOP("SelfCheck", "%1: active own card, %2 points")
    return CheckResult("demo scan", "OK", said(template, masked, card.account.points))
