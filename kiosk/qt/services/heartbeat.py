"""The terminal's own health: the last scan, and the heartbeat to the central.

Every ``heartbeat_seconds`` the kiosk posts its version, uptime, the outbox's depth and the age
of its oldest row, the dead letters, what stops the outbox if anything, the last scan time and
the time of the central's last good answer. The post runs on a worker thread (the outbox is
read there too); a failed heartbeat is logged and tried again at the next tick.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

import kiosk
from kiosk.core.codes.nomenclature import DEFAULT_NOMENCLATURE, Classified, CodeKind
from kiosk.qt.services.outbox import ActivationService
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.tasks import LazyClient, TaskRunner

if TYPE_CHECKING:
    from kiosk.contract import HeartbeatAck

log = logging.getLogger(__name__)


class ScanWatch(QObject):
    """The last scan: when, and what class of code (never the code itself)."""

    scanned = Signal(str)  # the CodeKind value of the code just read

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        classify: Callable[[str], Classified] = DEFAULT_NOMENCLATURE.classify,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._classify = classify
        self._clock = clock
        self.last_at: float | None = None
        self.last_kind: CodeKind | None = None

    def note(self, code: str) -> None:
        self.last_at = self._clock()
        self.last_kind = self._classify(code).kind
        self.scanned.emit(self.last_kind.value)


def _utc(seconds: float | None) -> dt.datetime | None:
    return None if seconds is None else dt.datetime.fromtimestamp(seconds, dt.UTC)


class HeartbeatDriver(QObject):
    def __init__(
        self,
        client: LazyClient,
        activations: ActivationService,
        scans: ScanWatch,
        *,
        interval_seconds: int,
        timers: TimerFactory = qt_timer,
        parent: QObject | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.activations = activations
        self.scans = scans
        self._monotonic = monotonic
        self._started = monotonic()
        self.runner = TaskRunner.one_at_a_time(parent=self)
        self.timer = timers("heartbeat", self, interval_ms=interval_seconds * 1000)
        self.timer.timeout.connect(self.beat)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.runner.close()  # the kiosk is ending: nobody is left to show results to
        self.runner.wait_for_done(15_000)

    def beat(self) -> None:
        if self.runner.pending:
            return  # the previous one still waits for its answer
        uptime = int(self._monotonic() - self._started)
        last_scan = self.scans.last_at
        client = self.client
        activations = self.activations

        def send() -> HeartbeatAck:
            from kiosk.contract import Heartbeat

            health = activations.health_now()
            central = client.get()
            return central.heartbeat(
                Heartbeat(
                    version=kiosk.__version__,
                    uptime_seconds=uptime,
                    # The depth last read (none yet: 0); outbox_problem says what is wrong.
                    outbox_depth=(health.depth or 0) if health else 0,
                    oldest_outbox_age_seconds=health.oldest_age_seconds if health else None,
                    dead_letters=health.dead_letters if health else 0,
                    last_scan_at=_utc(last_scan),
                    last_central_answer_at=_utc(central.last_answer_at),
                    outbox_problem=health.reported_problem if health else "not-open",
                )
            )

        def on_done(_ack: HeartbeatAck) -> None:
            self.activations.wake()  # the central answers: waiting activations may go

        def on_error(error: Exception) -> None:
            log.info("heartbeat not delivered: %s", type(error).__name__)

        self.runner.run(send, on_done, on_error)
