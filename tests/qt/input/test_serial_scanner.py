"""The serial scanner, driven through a pseudo-terminal as the scanner's port.

The port is a symlink to the pty's slave (as /dev/serial/by-id/... links to /dev/ttyACM0), so an
"unplug" closes the pty and a "replug" points the same name at a new one.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.qt.input.serial import SerialScanner, decode_line

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


class Pty:
    """A pseudo-terminal whose slave is reachable under a fixed path (``link``)."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self.master = -1
        self.slave = -1
        self.plug()

    def plug(self) -> None:
        self.master, self.slave = os.openpty()
        if self.link.is_symlink():
            self.link.unlink()
        self.link.symlink_to(os.ttyname(self.slave))

    def unplug(self) -> None:
        for fd in (self.master, self.slave):
            os.close(fd)
        self.master = self.slave = -1
        self.link.unlink()

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        if self.master >= 0:
            self.unplug()


def _scanner_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("serial-scanner")]


@pytest.fixture
def pty(tmp_path: Path) -> Iterator[Pty]:
    device = Pty(tmp_path / "ttyScanner")
    yield device
    device.close()


@pytest.fixture
def scanner(pty: Pty) -> Iterator[SerialScanner]:
    reader = SerialScanner(str(pty.link), reconnect_interval=0.05)
    yield reader
    reader.stop()
    assert _scanner_threads() == []


def _connected(qtbot: QtBot, scanner: SerialScanner) -> None:
    with qtbot.waitSignal(scanner.status_changed, timeout=3000) as blocker:
        scanner.start()
    assert blocker.args == [True] and scanner.connected


def test_code_line_is_scanned(qtbot: QtBot, pty: Pty, scanner: SerialScanner) -> None:
    _connected(qtbot, scanner)
    with qtbot.waitSignal(scanner.scanned, timeout=3000) as blocker:
        pty.send(b"2990000000019\r\n")
    assert blocker.args == ["2990000000019"]


def test_lines_split_on_cr_or_lf_across_reads(
    qtbot: QtBot, pty: Pty, scanner: SerialScanner
) -> None:
    _connected(qtbot, scanner)
    codes: list[str] = []
    scanner.scanned.connect(codes.append)
    pty.send(b"299000")
    qtbot.wait(150)  # at least one read in between: the line must wait for its end
    assert codes == []
    pty.send(b"0000019\r\n2991000000153\n\x02B0001\x03\r")
    qtbot.waitUntil(lambda: len(codes) == 3, timeout=3000)
    assert codes == ["2990000000019", "2991000000153", "B0001"]


def test_unplug_and_replug_reconnects(qtbot: QtBot, pty: Pty, scanner: SerialScanner) -> None:
    _connected(qtbot, scanner)
    statuses: list[bool] = []
    scanner.status_changed.connect(statuses.append)
    with qtbot.waitSignal(scanner.status_changed, timeout=3000):
        pty.unplug()
    assert statuses == [False] and not scanner.connected
    qtbot.wait(200)  # several reconnect attempts against a missing port
    assert statuses == [False]
    with qtbot.waitSignal(scanner.status_changed, timeout=3000):
        pty.plug()
    assert statuses == [False, True]
    with qtbot.waitSignal(scanner.scanned, timeout=3000) as blocker:
        pty.send(b"2990000000026\r\n")
    assert blocker.args == ["2990000000026"]


def test_missing_port_retries_and_stops_promptly(qtbot: QtBot, tmp_path: Path) -> None:
    reader = SerialScanner(str(tmp_path / "no-such-port"), reconnect_interval=2.0)
    statuses: list[bool] = []
    reader.status_changed.connect(statuses.append)
    reader.start()
    qtbot.wait(100)
    assert reader.running and not reader.connected
    started = time.monotonic()
    reader.stop()
    assert time.monotonic() - started < 0.5, "stop must not wait out the reconnect interval"
    assert not reader.running and _scanner_threads() == [] and statuses == []


def test_stop_closes_the_port_and_drops_late_codes(
    qtbot: QtBot, pty: Pty, scanner: SerialScanner
) -> None:
    _connected(qtbot, scanner)
    codes: list[str] = []
    statuses: list[bool] = []
    scanner.scanned.connect(codes.append)
    scanner.status_changed.connect(statuses.append)
    started = time.monotonic()
    scanner.stop()
    assert time.monotonic() - started < 0.5
    assert statuses == [False] and not scanner.running and _scanner_threads() == []
    pty.send(b"2990000000019\r\n")
    qtbot.wait(100)
    assert codes == []


def test_restart_after_stop(qtbot: QtBot, pty: Pty, scanner: SerialScanner) -> None:
    _connected(qtbot, scanner)
    scanner.stop()
    _connected(qtbot, scanner)
    with qtbot.waitSignal(scanner.scanned, timeout=3000) as blocker:
        pty.send(b"2990000000033\n")
    assert blocker.args == ["2990000000033"]


def test_decode_line() -> None:
    assert decode_line(b"  2990000000019 ") == "2990000000019"
    assert decode_line(b"\x02B0001\x03") == "B0001"
    assert decode_line(b"\xff123") == "\ufffd123"  # garbled stays garbled: a misread
    assert decode_line(b"\x00\x1b") == ""
