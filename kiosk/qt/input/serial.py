"""Serial barcode scanners (USB CDC or a COM port), read with pyserial on a background thread.

A serial scanner sends each code as a line of ASCII ending in CR and/or LF. No keyboard layout is
involved, so the code arrives as sent. The thread opens the port, reads lines and hands each
code to the GUI thread through a queued Qt signal; when the port vanishes (the scanner was
unplugged) or reading fails, it closes the port and tries to reopen it every
``reconnect_interval`` seconds until the scanner is back.

Reads use a short timeout, so :meth:`SerialScanner.stop` returns within a fraction of a second.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading

import serial
from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

#: How long one read waits for data; bounds how long stop() takes.
READ_TIMEOUT_S = 0.1
#: A "line" longer than this is noise on the wire (or a wrong baud rate), not a code.
MAX_LINE_BYTES = 256
#: How long stop() waits for the thread.
STOP_TIMEOUT_S = 2.0

_LINE_END = re.compile(rb"[\r\n]")


def decode_line(raw: bytes) -> str:
    """A code from the bytes of one line: ASCII, control characters (STX/ETX framing) removed.

    Bytes outside ASCII become U+FFFD, so a garbled read stays visibly garbled and is rejected
    as a misread rather than turned into some other valid-looking number.
    """
    text = raw.decode("ascii", errors="replace")
    return "".join(char for char in text if char.isprintable()).strip()


class SerialScanner(QObject):
    """Reads codes from a serial scanner on ``port`` ("/dev/ttyACM0", "COM3", ...)."""

    #: A code read from the scanner (emitted on the GUI thread).
    scanned = Signal(str)
    #: The port was opened (True) or lost (False); emitted on the GUI thread, on changes only.
    status_changed = Signal(bool)

    # From the reading thread to the GUI thread; the int is the run the message belongs to, so
    # that nothing of a stopped run arrives after stop().
    _code_read = Signal(int, str)
    _link_changed = Signal(int, bool)

    def __init__(
        self,
        port: str,
        baudrate: int = 9600,
        reconnect_interval: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.port = port
        self.baudrate = baudrate
        self.reconnect_interval = reconnect_interval
        self._connected = False
        self._run = 0
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._code_read.connect(self._deliver_code, Qt.ConnectionType.QueuedConnection)
        self._link_changed.connect(self._deliver_link, Qt.ConnectionType.QueuedConnection)

    @property
    def connected(self) -> bool:
        """The port is open (as last reported to the GUI thread)."""
        return self._connected

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start reading (opening the port in the background; no-op when already running)."""
        if self.running:
            return
        self._run += 1
        self._stopping = threading.Event()
        self._thread = threading.Thread(
            target=self._read_forever,
            args=(self._run, self._stopping),
            name=f"serial-scanner {self.port}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop reading and close the port; returns once the thread has ended."""
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(STOP_TIMEOUT_S)
            if thread.is_alive():
                log.error("serial scanner on %s: the reading thread did not stop", self.port)
        self._run += 1  # whatever the old run still queued is dropped
        if self._connected:
            self._connected = False
            self.status_changed.emit(False)

    # -- GUI thread ------------------------------------------------------------------------------

    @Slot(int, str)
    def _deliver_code(self, run: int, code: str) -> None:
        if run == self._run:
            self.scanned.emit(code)

    @Slot(int, bool)
    def _deliver_link(self, run: int, connected: bool) -> None:
        if run == self._run and connected != self._connected:
            self._connected = connected
            self.status_changed.emit(connected)

    # -- reading thread --------------------------------------------------------------------------

    def _read_forever(self, run: int, stopping: threading.Event) -> None:
        failed_before = False
        while not stopping.is_set():
            try:
                port = serial.Serial(self.port, self.baudrate, timeout=READ_TIMEOUT_S)
            except (serial.SerialException, OSError, ValueError) as exc:
                if not failed_before:  # once per outage, not every few seconds
                    log.warning("serial scanner on %s not available: %s", self.port, exc)
                failed_before = True
                stopping.wait(self.reconnect_interval)
                continue
            log.info("serial scanner on %s connected", self.port)
            failed_before = False
            try:
                self._link_changed.emit(run, True)
                self._read_lines(port, run, stopping)
            except (serial.SerialException, OSError) as exc:
                log.warning("serial scanner on %s lost: %s", self.port, exc)
            except RuntimeError:  # this QObject was deleted under the thread
                return
            finally:
                with contextlib.suppress(Exception):
                    port.close()
            with contextlib.suppress(RuntimeError):
                self._link_changed.emit(run, False)
            stopping.wait(self.reconnect_interval)

    def _read_lines(self, port: serial.Serial, run: int, stopping: threading.Event) -> None:
        pending = b""
        while not stopping.is_set():
            chunk = port.read(max(1, port.in_waiting))  # b"" after READ_TIMEOUT_S of silence
            if not chunk:
                continue
            *lines, pending = _LINE_END.split(pending + chunk)
            for line in lines:
                code = decode_line(line)
                if code:
                    self._code_read.emit(run, code)
            if len(pending) > MAX_LINE_BYTES:
                log.warning(
                    "serial scanner on %s: %d bytes without a line end dropped (baud rate?)",
                    self.port,
                    len(pending),
                )
                pending = b""
