"""Kiosk logging: size-capped rotating files, one line per event, shopper data masked.

Every line reads ``<time> <level> <screen> <logger>: <message>``. ``screen`` is the screen the
kiosk shows when the event happens (set by the app with :func:`set_screen`), so a field engineer
can tell what the shopper was looking at.

Privacy: each handler installed here carries :class:`kiosk.core.runtime.masking.MaskingFilter`,
which renders the final message (arguments merged, traceback included) and runs it through
:func:`kiosk.core.runtime.masking.mask_url_ids` and :func:`kiosk.core.runtime.masking.mask_text`, so
card numbers, phone numbers and the ids in URLs reach the file only as their last 4 characters.
Records of other libraries arrive without tracebacks (:class:`ThirdPartyTracebackFilter`): one line
each.

Robustness: logging must never take the kiosk down. An unwritable log folder (read-only file
system, full disk, a file where the folder should be) makes the kiosk log to stderr only, with a
warning; a disk that fills up later costs log lines, not the kiosk.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from datetime import datetime
from pathlib import Path

import kiosk
from kiosk.core.runtime.masking import DEMO_SMS_CODES_LOGGER, MaskingFilter

APP_NAME = "loyalty-kiosk"
LOG_FILE_NAME = "kiosk.log"
NO_SCREEN = "-"

# A plain module global rather than a ContextVar: the kiosk shows one screen at a time, and
# records logged by worker threads (which start with an empty context) must carry it too.
_current_screen = NO_SCREEN

# Marks the handlers installed by setup_logging so that a second call (tests, a restart of the
# app object) replaces them instead of doubling every line.
_OWNED_ATTR = "_kiosk_owned"


def default_log_dir() -> Path:
    """The platform's per-user log folder (``~/.local/state/loyalty-kiosk/log`` on Linux)."""
    import platformdirs  # here: only a config without a [logging] dir needs it

    return platformdirs.user_log_path(APP_NAME)


def set_screen(name: str) -> None:
    """Record which screen the kiosk shows; every following log line carries the name."""
    global _current_screen
    _current_screen = name or NO_SCREEN


def current_screen() -> str:
    return _current_screen


#: Loggers whose records keep their tracebacks: the kiosk's own.
OWN_LOGGER = "kiosk"


class ThirdPartyTracebackFilter(logging.Filter):
    """A record of a library (urllib3, uvicorn, ...) with a traceback becomes one line.

    urllib3 logs two chained tracebacks when a connection closes in the middle of the headers;
    the kiosk's client already reports that failure in its own words. The exception's type and
    first line are kept at the end of the message; the frames are dropped. Install it before
    :class:`MaskingFilter`, which then masks the line.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == OWN_LOGGER or record.name.startswith(OWN_LOGGER + "."):
            return True
        if not (record.exc_info or record.exc_text or record.stack_info):
            return True
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None:
            first_line = (str(exc).strip().splitlines() or [""])[0][:200]
            message = f"{message} ({type(exc).__name__}: {first_line})".replace(": )", ")")
        record.msg, record.args = message, None
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


class KioskFormatter(logging.Formatter):
    """``<ISO time with ms and UTC offset> <LEVEL> <screen> <logger>: <message>`` on one line.

    Newlines inside a message or traceback are written as the two characters ``\\n`` so that
    each event is exactly one line (grep, log shippers and rotation all count lines).
    """

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(screen)s %(name)s: %(message)s")

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        moment = datetime.fromtimestamp(record.created).astimezone()
        return moment.isoformat(timespec="milliseconds")

    def format(self, record: logging.LogRecord) -> str:
        if not hasattr(record, "screen"):
            record.screen = _current_screen
        return super().format(record).replace("\r\n", "\n").replace("\n", "\\n")


class _RotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Reports its first write failure once on stderr instead of a traceback per line."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        self.failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        if not self.failed:
            self.failed = True
            error = sys.exc_info()[1]
            _write_stderr(f"kiosk: cannot write the log file {self.baseFilename}: {error}\n")

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # flushing the last lines onto a full disk; the file is closed anyway
            self.stream = None


def _write_stderr(text: str) -> None:
    # A windowed bundle on Windows has no stderr at all.
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(text)


def _own(handler: logging.Handler, level: int) -> logging.Handler:
    handler.setLevel(level)
    handler.setFormatter(KioskFormatter())
    handler.addFilter(ThirdPartyTracebackFilter())
    handler.addFilter(MaskingFilter())
    setattr(handler, _OWNED_ATTR, True)
    return handler


def _open_log_file(log_dir: Path, max_bytes: int, backups: int) -> _RotatingFileHandler:
    log_dir.mkdir(parents=True, exist_ok=True)
    return _RotatingFileHandler(log_dir / LOG_FILE_NAME, max_bytes=max_bytes, backups=backups)


def teardown_logging() -> None:
    """Remove and close the handlers installed by :func:`setup_logging`."""
    logging.getLogger(DEMO_SMS_CODES_LOGGER).propagate = True
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OWNED_ATTR, False):
            root.removeHandler(handler)
            handler.close()


def setup_logging(
    log_dir: Path | None,
    *,
    level: int = logging.INFO,
    max_bytes: int = 1_000_000,
    backups: int = 5,
    terminal_id: str = "-",
) -> Path | None:
    """Install the kiosk's log handlers on the root logger and log the start-up line.

    ``log_dir`` None means the platform's log folder. Files rotate at ``max_bytes`` and keep
    ``backups`` old files, so the logs never take more than ``max_bytes * (backups + 1)``.
    Warnings and errors also go to stderr (the journal under systemd).

    Returns the log file in use, or None when the folder could not be written and the kiosk
    logs to stderr only.
    """
    teardown_logging()
    root = logging.getLogger()
    root.setLevel(level)
    # Demo mode runs the reference central in this process: its demo SMS codes (logged for
    # kiosk-central's console) must never reach the kiosk's files; the demo panel shows them.
    logging.getLogger(DEMO_SMS_CODES_LOGGER).propagate = False
    folder = default_log_dir() if log_dir is None else log_dir
    start_line = "kiosk %s starting (terminal %s)"
    logger = logging.getLogger("kiosk")

    file_handler: _RotatingFileHandler | None
    problem: str | None = None
    try:
        file_handler = _open_log_file(folder, max_bytes, backups)
    except OSError as error:
        file_handler = None
        problem = str(error)

    if file_handler is not None:
        root.addHandler(_own(file_handler, level))
        logger.info(start_line, kiosk.__version__, terminal_id)
        if file_handler.failed:  # opened, but the first write failed (full disk)
            root.removeHandler(file_handler)
            file_handler.close()
            file_handler = None
            problem = "writing failed"

    stderr_level = logging.WARNING if file_handler is not None else level
    if sys.stderr is not None:
        root.addHandler(_own(logging.StreamHandler(sys.stderr), stderr_level))

    if file_handler is None:
        logger.info(start_line, kiosk.__version__, terminal_id)
        logger.warning("cannot write logs to %s (%s); logging to stderr only", folder, problem)
        return None
    return Path(file_handler.baseFilename)
