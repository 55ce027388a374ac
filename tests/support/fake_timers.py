"""Fake timers for ``kiosk.qt.shell.timers``: they never run by themselves, a test fires them.

timers = FakeTimers()
thing = Thing(timers=timers)          # the factory the composition root would pass
timers.named("spinner").fire()        # what the wall clock would have done
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal


class FakeTimer(QObject):
    """Stands in for a ``QTimer``: records starts, fires only when the test says so."""

    timeout = Signal()

    def __init__(
        self,
        name: str = "",
        parent: QObject | None = None,
        *,
        interval_ms: int = 0,
        single_shot: bool = False,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.active = False
        self.interval_ms = interval_ms
        self.single_shot = single_shot
        self.starts = 0
        self.timer_type = Qt.TimerType.CoarseTimer

    def setSingleShot(self, single_shot: bool) -> None:
        self.single_shot = single_shot

    def setInterval(self, msec: int) -> None:
        self.interval_ms = msec

    def setTimerType(self, kind: Qt.TimerType) -> None:
        self.timer_type = kind

    def interval(self) -> int:
        return self.interval_ms

    def start(self, msec: int | None = None) -> None:
        if msec is not None:
            self.interval_ms = msec
        self.active = True
        self.starts += 1

    def stop(self) -> None:
        self.active = False

    def isActive(self) -> bool:
        return self.active

    def fire(self) -> None:
        """What the event loop does when the interval is up."""
        assert self.active, f"timer {self.name!r} was not running"
        if self.single_shot:
            self.active = False
        self.timeout.emit()


class FakeTimers:
    """A timer factory (``kiosk.qt.shell.timers.TimerFactory``) that makes :class:`FakeTimer`."""

    def __init__(self) -> None:
        self.made: list[FakeTimer] = []

    def __call__(
        self,
        name: str,
        parent: QObject | None = None,
        *,
        interval_ms: int = 0,
        single_shot: bool = False,
    ) -> FakeTimer:
        timer = FakeTimer(name, parent, interval_ms=interval_ms, single_shot=single_shot)
        self.made.append(timer)
        return timer

    def all_named(self, name: str) -> list[FakeTimer]:
        return [timer for timer in self.made if timer.name == name]

    def named(self, name: str) -> FakeTimer:
        """The one timer called ``name`` (the newest if several were made)."""
        found = self.all_named(name)
        assert found, f"no timer {name!r} was made; made: {sorted({t.name for t in self.made})}"
        return found[-1]

    def fire(self, name: str) -> None:
        self.named(name).fire()
