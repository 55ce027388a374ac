"""systemd readiness and watchdog pings driven by the GUI event loop.

The pings come from a timer on the GUI thread on purpose: if the event loop freezes (a
blocking call, a deadlock, an endless loop in a slot), the pings stop, systemd's ``WatchdogSec``
runs out and the kiosk is restarted. A ping from a background thread would keep a frozen screen
alive forever.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.core.runtime.sdnotify import SdNotifier
from kiosk.qt.shell.timers import TimerFactory, qt_timer


class WatchdogPinger(QObject):
    """Sends ``READY=1`` once the event loop runs, then ``WATCHDOG=1`` every half interval.

    Call :meth:`start` right after the first screen is shown: ``READY=1`` goes out on the first
    turn of the event loop after that, i.e. once the screen can actually be painted and scans
    handled. Without systemd (no ``$NOTIFY_SOCKET``) nothing is sent, but :attr:`ready` is
    still emitted.
    """

    ready = Signal()

    def __init__(
        self,
        notifier: SdNotifier | None = None,
        parent: QObject | None = None,
        *,
        interval_s: float | None = None,
        timers: TimerFactory = qt_timer,
    ) -> None:
        super().__init__(parent)
        self._notifier = notifier if notifier is not None else SdNotifier()
        self._interval_s = (
            interval_s if interval_s is not None else (self._notifier.watchdog_interval_s())
        )
        self._timer = timers("watchdog", self)
        self._timer.timeout.connect(self._ping)
        # Interval 0: fires on the first turn of the event loop after start().
        self._ready_timer = timers("watchdog-ready", self, single_shot=True)
        self._ready_timer.timeout.connect(self._announce_ready)
        self._started = False
        self._is_ready = False

    @property
    def ping_interval_ms(self) -> int | None:
        """Half the watchdog interval, as systemd recommends; None without a watchdog."""
        if self._interval_s is None or not self._notifier.enabled:
            return None
        return max(1, int(self._interval_s * 1000 / 2))

    @property
    def is_ready(self) -> bool:
        return self._is_ready

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self._ready_timer.start()
        interval = self.ping_interval_ms
        if interval is not None:
            self._timer.start(interval)

    def stop(self) -> None:
        """Stop pinging and tell systemd the kiosk is shutting down on purpose."""
        self._timer.stop()
        self._ready_timer.stop()
        if self._started:
            self._notifier.notify("STOPPING=1")
        self._started = False

    def _announce_ready(self) -> None:
        if self._is_ready or not self._started:
            return
        self._is_ready = True
        self._notifier.notify("READY=1")
        self.ready.emit()

    def _ping(self) -> None:
        self._notifier.notify("WATCHDOG=1")
