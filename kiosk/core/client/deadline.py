"""Whole-call deadlines for HTTP calls, however slowly the bytes arrive.

A socket timeout bounds each read, not the call: a server sending one byte a second never trips
a 10 s read timeout and can hold a call for minutes. A :class:`CallDeadline` bounds the whole
call. The HTTP client tells it which connections the call uses (:meth:`CallDeadline.watch`), and
one watchdog thread shuts those sockets down when the deadline passes, which wakes the worker
blocked in ``recv`` at once; the client then reports a timeout because :attr:`CallDeadline.expired`
is set. Between reads the client also checks :meth:`CallDeadline.remaining` itself. When the call
ends (:meth:`CallDeadline.end`, on the worker's thread) the connections the watchdog cut off are
closed, so none is used again or left open for the pool to find; the watchdog only shuts them down,
because closing a socket another thread is blocked on frees its descriptor number for reuse while
that thread may still be about to read it.

The watchdog thread starts with the first armed deadline and exits after a short idle spell, so a
process that makes no calls has no extra thread.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

#: Seconds the watchdog thread waits for new deadlines before it exits.
IDLE_EXIT_SECONDS = 2.0


class CallDeadline:
    """The moment one call (all its attempts) must be over, and the connections it uses."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expires_at = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._connections: list[object] = []
        self._expired = False
        self._ended = False

    @property
    def expired(self) -> bool:
        """True once the watchdog cut the call off, or the time is up."""
        return self._expired or self.remaining() <= 0

    def remaining(self) -> float:
        return max(0.0, self.expires_at - time.monotonic())

    def watch(self, connection: object) -> None:
        """Cut ``connection`` (a socket, or anything with a ``sock`` attribute and a ``close``
        method) off when the deadline passes, and close it when the call ends."""
        with self._lock:
            if self._ended:
                return
            if self._expired:
                _shut_down(connection)
            self._connections.append(connection)

    def expire(self) -> None:
        """Called by the watchdog: shut down every watched socket, unless the call is over."""
        with self._lock:
            if self._ended:
                return
            self._expired = True
            for connection in self._connections:
                _shut_down(connection)

    def end(self) -> None:
        """The call is over. Connections it cut off are closed (the calling thread no longer
        reads them); the others go back to the pool untouched from now on."""
        with self._lock:
            self._ended = True
            cut_off = self._connections if self._expired else []
            self._connections = []
        for connection in cut_off:
            _close(connection)


def _shut_down(connection: object) -> None:
    sock = (
        connection if isinstance(connection, socket.socket) else getattr(connection, "sock", None)
    )
    if isinstance(sock, socket.socket):
        # Already closed or never connected: nothing is blocked on it.
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _close(connection: object) -> None:
    close = getattr(connection, "close", None)
    if callable(close):
        # Already closed, or its peer gone: either way nothing is left open.
        with contextlib.suppress(OSError):
            close()


class _Watchdog:
    """One thread that expires armed deadlines when their time comes."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: set[CallDeadline] = set()
        self._thread: threading.Thread | None = None

    def arm(self, deadline: CallDeadline) -> None:
        with self._cond:
            self._armed.add(deadline)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="central-call-deadlines", daemon=True
                )
                self._thread.start()
            self._cond.notify()

    def disarm(self, deadline: CallDeadline) -> None:
        deadline.end()
        with self._cond:
            self._armed.discard(deadline)

    def _run(self) -> None:
        while True:
            with self._cond:
                if not self._armed:
                    self._cond.wait(IDLE_EXIT_SECONDS)
                    if not self._armed:
                        self._thread = None
                        return
                now = time.monotonic()
                due = [d for d in self._armed if d.expires_at <= now]
                for deadline in due:
                    self._armed.discard(deadline)
                if not due:
                    nearest = min(d.expires_at for d in self._armed)
                    self._cond.wait(nearest - now)
            for deadline in due:
                deadline.expire()


_watchdog = _Watchdog()


@contextlib.contextmanager
def armed(deadline: CallDeadline) -> Iterator[CallDeadline]:
    """Let the watchdog enforce ``deadline`` while the block runs."""
    _watchdog.arm(deadline)
    try:
        yield deadline
    finally:
        _watchdog.disarm(deadline)
