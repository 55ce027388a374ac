"""SIGTERM (systemd stopping the unit) and SIGINT (Ctrl+C in a terminal), seen by the event loop.

A Python signal handler runs only when the interpreter next gets control, and the GUI thread
spends its time inside Qt's event loop, in C++: a signal could wait there until the next tap or
timer, and the default SIGTERM action ends the process on the spot, with the activation outbox
open and its sender in the middle of a call. So the Python handlers do nothing themselves;
:func:`signal.set_wakeup_fd` writes the signal's number to a socket that a QSocketNotifier
watches, and :attr:`StopSignals.received` is emitted on the GUI thread, between two events, where
the kiosk can end the way leaving kiosk mode ends it.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

#: The signals that stop the kiosk (SIGTERM is what ``systemctl stop`` sends).
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)

_Handler = Callable[[int, FrameType | None], Any] | int | None


def _note(_signum: int, _frame: FrameType | None) -> None:
    """The Python handler: nothing to do here; the wakeup socket tells the event loop."""


class StopSignals(QObject):
    """Catches the stop signals while installed and emits :attr:`received` on the GUI thread."""

    #: The name of the signal ("SIGTERM"), once, however many arrive.
    received = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._previous_fd = -1
        self._previous: dict[signal.Signals, _Handler] = {}
        self._emitted = False

    @property
    def installed(self) -> bool:
        return self._sockets is not None

    def install(self) -> bool:
        """Catch the stop signals from now on. Only the main thread may handle signals: from
        another (a test's), nothing is installed and False is returned."""
        if self._sockets is not None:
            return True
        if threading.current_thread() is not threading.main_thread():
            return False
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        for signum in STOP_SIGNALS:
            self._previous[signum] = signal.signal(signum, _note)
        self._sockets = (reader, writer)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        return True

    def uninstall(self) -> None:
        """Give the signals back to whoever had them before."""
        if self._sockets is None:
            return
        for signum, handler in self._previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        self._previous.clear()
        signal.set_wakeup_fd(self._previous_fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for sock in self._sockets:
            sock.close()
        self._sockets = None

    def _drain(self) -> None:
        assert self._sockets is not None
        numbers = b""
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while chunk := self._sockets[0].recv(64):
                numbers += chunk
        # The wakeup socket carries every signal Python handles; only the stop signals count.
        stops = [signal.Signals(n) for n in numbers if n in {int(s) for s in STOP_SIGNALS}]
        if stops and not self._emitted:
            self._emitted = True
            self.received.emit(stops[0].name)
