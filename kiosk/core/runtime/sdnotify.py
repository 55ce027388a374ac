"""A minimal systemd notification client (the ``sd_notify`` protocol), without dependencies.

Under a ``Type=notify`` unit systemd passes a datagram socket in ``$NOTIFY_SOCKET``; the service
sends ``READY=1`` once it is up and, with ``WatchdogSec=``, ``WATCHDOG=1`` more often than
``$WATCHDOG_USEC``. Outside systemd (development, Windows, tests) every call is a no-op.
"""

from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger(__name__)


class SdNotifier:
    """Sends state lines to systemd; silent and harmless when not started by systemd."""

    def __init__(self, socket_path: str | None = None) -> None:
        path = os.environ.get("NOTIFY_SOCKET", "") if socket_path is None else socket_path
        self._address: str | bytes | None = None
        self._warned = False
        if not path or not hasattr(socket, "AF_UNIX"):
            return
        # "@name" is a socket in the Linux abstract namespace: a leading NUL byte on the wire.
        self._address = b"\0" + path[1:].encode() if path.startswith("@") else path

    @property
    def enabled(self) -> bool:
        return self._address is not None

    def notify(self, state: str) -> bool:
        """Send ``state`` (e.g. ``"READY=1"``); True when systemd received it."""
        if self._address is None:
            return False
        try:
            # A socket per message, as libsystemd's sd_notify does: a ping every few seconds
            # costs microseconds, and no socket is left open for anyone to close.
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.setblocking(False)
                sock.sendto(state.encode(), self._address)
        except OSError as error:
            if not self._warned:  # once: a watchdog ping every few seconds must not flood the log
                self._warned = True
                log.warning("cannot notify systemd (%s): %s", state, error)
            return False
        return True

    def watchdog_interval_s(self) -> float | None:
        """The watchdog timeout systemd expects pings within, or None when there is none.

        ``$WATCHDOG_PID``, when set, names the process the watchdog is meant for; another
        process (a child that inherited the environment) must not ping.
        """
        usec = os.environ.get("WATCHDOG_USEC", "")
        pid = os.environ.get("WATCHDOG_PID", "")
        if pid and pid != str(os.getpid()):
            return None
        try:
            value = int(usec)
        except ValueError:
            return None
        return value / 1_000_000 if value > 0 else None
