"""Pytest plugin: a test run fails if its logs contain an unmasked card number or phone.

How it works:

- At session start a handler is added to the root logger. It carries the kiosk's own
  ``KioskFormatter`` and ``MaskingFilter`` (the ones ``setup_logging`` installs) and writes
  every record of the run, at DEBUG and above, to a temporary file: exactly the lines a kiosk
  would have written to its log. The root logger is set to DEBUG for the run so that INFO and
  DEBUG records are produced at all. The handler works on a copy of each record, so ``caplog``
  and other handlers still see the original message.
- At session end the file is scanned for a 13-digit run (a card number) or a ``+375``/``+7``
  phone number with at least 10 digits. Any hit sets the exit status to 1 and the terminal
  summary lists the offending lines (their secrets shown masked).

So a code path that logs shopper data in a form the masking does not catch, or a regression in
``mask_text``, fails the run even when every test passed.

With pytest-xdist (``make test`` runs two workers), each worker writes its own file into one
folder the controlling process made, and the controlling process scans them all at its end: a
worker's exit status would not reach the run's.

Registered from ``tests/conftest.py`` with ``pytest_plugins = ["tests.support.log_privacy"]``; the
capture file is available to tests through the ``captured_log_file`` fixture. Records of loggers
that do not propagate to the root logger are not seen."""

from __future__ import annotations

import copy
import logging
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from kiosk.core.runtime.logging_setup import KioskFormatter
from kiosk.core.runtime.masking import MaskingFilter

# A card number: 13 digits not glued to other digits.
CARD_RE = re.compile(r"(?<!\d)\d{13}(?!\d)")
# A phone: +375 or +7 followed by digits with the usual separators, 10 digits or more in all.
PHONE_RE = re.compile(r"\+\s?(?:375|7)(?:[\s()\-]{0,2}\d){8,12}")

_WORKER_DIR = "kiosk_log_privacy_dir"

_capture_dir_key = pytest.StashKey[Path]()
_capture_path_key = pytest.StashKey[Path]()
_handler_key = pytest.StashKey[logging.Handler]()
_root_level_key = pytest.StashKey[int]()
_leaks_key = pytest.StashKey[list[str]]()


class _CopyingFileHandler(logging.FileHandler):
    """Filters and writes a copy of each record, so the masking never alters the original."""

    def handle(self, record: logging.LogRecord) -> bool | logging.LogRecord:
        return super().handle(copy.copy(record))


def find_unmasked(lines: list[str]) -> list[str]:
    """The lines holding a full card number or phone, described with the secret masked."""
    leaks = []
    for number, line in enumerate(lines, start=1):
        for kind, pattern in (("card number", CARD_RE), ("phone", PHONE_RE)):
            for match in pattern.finditer(line):
                digits = "".join(ch for ch in match.group(0) if ch.isdigit())
                if kind == "phone" and len(digits) < 10:
                    continue
                leaks.append(f"line {number}: unmasked {kind} ending in {digits[-4:]}")
    return leaks


def _worker_input(config: pytest.Config) -> dict[str, Any] | None:
    workerinput: dict[str, Any] | None = getattr(config, "workerinput", None)
    return workerinput


def pytest_configure(config: pytest.Config) -> None:
    if _worker_input(config) is None:  # the controlling process, or a run without workers
        config.stash[_capture_dir_key] = Path(tempfile.mkdtemp(prefix="kiosk-test-logs-"))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist: tell each worker where to write its lines."""
    node.workerinput[_WORKER_DIR] = str(node.config.stash[_capture_dir_key])


def pytest_sessionstart(session: pytest.Session) -> None:
    workerinput = _worker_input(session.config)
    if workerinput is None:
        path = session.config.stash[_capture_dir_key] / "main.log"
    else:
        path = Path(workerinput[_WORKER_DIR]) / f"{workerinput['workerid']}.log"
    handler = _CopyingFileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(KioskFormatter())
    handler.addFilter(MaskingFilter())
    root = logging.getLogger()
    session.stash[_root_level_key] = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    session.stash[_capture_path_key] = path
    session.stash[_handler_key] = handler


def pytest_sessionfinish(session: pytest.Session) -> None:
    handler = session.stash.get(_handler_key, None)
    if handler is None:
        return
    root = logging.getLogger()
    root.removeHandler(handler)
    root.setLevel(session.stash[_root_level_key])
    handler.close()
    if _worker_input(session.config) is not None:
        return  # the controlling process reads every worker's file when the run ends
    folder = session.config.stash[_capture_dir_key]
    leaks = []
    for path in sorted(folder.glob("*.log")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        leaks += [f"{path.stem} {leak}" for leak in find_unmasked(lines)]
    shutil.rmtree(folder, ignore_errors=True)
    session.config.stash[_leaks_key] = leaks
    if leaks:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    leaks = terminalreporter.config.stash.get(_leaks_key, [])
    if leaks:
        terminalreporter.section("unmasked shopper data in the logs", sep="=", red=True)
        for leak in leaks[:50]:
            terminalreporter.write_line(leak)
        if len(leaks) > 50:
            terminalreporter.write_line(f"... and {len(leaks) - 50} more")


@pytest.fixture
def captured_log_file(request: pytest.FixtureRequest) -> Path:
    """The file that collects this run's log lines, for tests of the capture itself."""
    handler = request.session.stash[_handler_key]
    handler.flush()
    return request.session.stash[_capture_path_key]
